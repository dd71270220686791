"""VIKOR against published examples and pymcdm, its compromise set and its batched Q kernel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pymcdm.methods import VIKOR

from decision.errors import MethodError
from decision.evaluate import rank, run_method
from decision.methods.base import MethodOutput
from decision.methods.vikor import SPEC, compromise, vikor_gaps, vikor_q
from decision.problem import Alternative, Criterion, Problem
from tests.decision.helpers import make_problem, reference


def _problem(
    matrix: Any, types: Sequence[str | int], weights: Sequence[float], ids: Sequence[str]
) -> Problem:
    crit = [
        Criterion(
            id=f"c{j + 1}",
            direction="benefit" if t in (1, "benefit") else "cost",
            weight=float(w),
        )
        for j, (t, w) in enumerate(zip(types, weights, strict=True))
    ]
    return Problem.create("vikor test", crit, [Alternative(id=a) for a in ids], matrix)


def _direct(problem: Problem, params: Mapping[str, Any] | None = None) -> MethodOutput:
    """The module's compute after the same one validation pass decision.evaluate makes."""
    return run_method(problem, SPEC, SPEC.resolve(params), problem.global_weights())


# -- published worked examples -------------------------------------------------------------


def test_opricovic_tzeng_2004_example() -> None:
    # Opricovic, S. & Tzeng, G.-H. (2004) Compromise solution by MCDM methods: a comparative
    # analysis of VIKOR and TOPSIS. EJOR 156(2):445-455, numerical example (risk as cost,
    # altitude as benefit): S = .5/.375/.5, R = .5/.25/.5, Q = 1/0/1, compromise A2.
    case = reference("vikor_opricovic_tzeng_2004")
    problem = _problem(case["matrix"], case["types"], case["weights"], ["A1", "A2", "A3"])
    out = _direct(problem, case["params"])
    expected = case["expected"]
    np.testing.assert_allclose(out.details["S"], expected["S"], atol=1e-4)
    np.testing.assert_allclose(out.details["R"], expected["R"], atol=1e-4)
    np.testing.assert_allclose(out.scores, expected["Q"], atol=1e-4)
    assert out.details["compromise"] == expected["compromise_set"]
    conditions = out.details["conditions"]
    assert conditions["acceptable_advantage"] is expected["acceptable_advantage"]
    assert conditions["acceptable_stability"] is expected["acceptable_stability"]
    assert conditions["DQ"] == pytest.approx(0.5)


def test_opricovic_tzeng_2004_through_evaluate() -> None:
    case = reference("vikor_opricovic_tzeng_2004")
    problem = _problem(case["matrix"], case["types"], case["weights"], ["A1", "A2", "A3"])
    result = rank(problem, "vikor", case["params"])
    # A1 and A3 tie on Q = 1: they share rank 2 (pymcdm would give 2.5 and 2.5)
    assert result.ranks.tolist() == case["expected"]["ranking_by_Q"]
    assert result.higher_is_better is False
    details = result.details_json()
    assert details["Q"] == pytest.approx({"A1": 1.0, "A2": 0.0, "A3": 1.0}, abs=1e-4)
    assert details["S"]["A2"] == pytest.approx(0.375, abs=1e-4)
    assert details["compromise"] == ["A2"]
    assert details["conditions"]["DQ"] == pytest.approx(0.5)
    assert "raw values" in (result.conventions.normalization or "")
    assert any("compromise" in n for n in result.conventions.notes)
    assert result.conventions.parameters == {"v": 0.5}


def test_yang_wu_2020_example() -> None:
    # Yang, W. & Wu, Y. (2020) A new improvement method to avoid rank reversal in VIKOR.
    # IEEE Access 8:21261-21271 (as in pymcdm's test suite): four benefit criteria, equal
    # weights, v = 0.5; published Q = 0.5679, 0.7667, 1, 0.7493, 0.
    matrix = [[78, 56, 34, 6], [4, 45, 3, 97], [18, 2, 50, 63], [9, 14, 11, 92], [85, 9, 100, 29]]
    problem = make_problem(matrix, [1, 1, 1, 1], [0.25] * 4)
    out = _direct(problem)
    np.testing.assert_allclose(out.scores, [0.5679, 0.7667, 1.0, 0.7493, 0.0], atol=1e-4)


def test_papathanasiou_ploskas_2018_example() -> None:
    # Papathanasiou, J. & Ploskas, N. (2018) VIKOR. In: Multiple Criteria Decision Aid:
    # Methods, Examples and Python Implementations, Springer Optimization and Its
    # Applications 136, pp. 31-55 (transcribed in pyrepo-mcda's tests): v = 0.625, published
    # Q to three decimals 0.640, 1.000, 0.693, 0.271, 0.000, 0.694 (ranking 3 6 4 2 1 5).
    matrix = [[8, 7, 2, 1], [5, 3, 7, 5], [7, 5, 6, 4], [9, 9, 7, 3], [11, 10, 3, 7], [6, 9, 5, 4]]
    problem = make_problem(matrix, [1, 1, 1, 1], [0.4, 0.3, 0.1, 0.2])
    out = _direct(problem, {"v": 0.625})
    assert np.round(out.scores, 3).tolist() == [0.640, 1.000, 0.693, 0.271, 0.000, 0.694]


# -- agreement with pymcdm and the batched kernel ------------------------------------------


def test_agrees_with_pymcdm_on_random_data() -> None:
    rng = np.random.default_rng(11)
    for _ in range(60):
        m, n = int(rng.integers(2, 30)), int(rng.integers(1, 8))
        x = rng.uniform(-50, 100, size=(m, n))
        types = rng.choice([-1, 1], size=n)
        w = rng.dirichlet(np.ones(n))
        v = float(rng.uniform(0, 1))
        ours = _direct(make_problem(x, types, w), {"v": v}).scores
        theirs = VIKOR(v=v)(x, w, types, validation=False)  # pymcdm's default "fake" normalization
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-12)


def test_batched_q_equals_one_weight_vector_at_a_time() -> None:
    rng = np.random.default_rng(4)
    x = rng.uniform(1, 10, size=(40, 5))
    types = np.array([1, -1, 1, 1, -1])
    weights = rng.dirichlet(np.ones(5), size=200)
    batched = vikor_q(vikor_gaps(x, types), weights, 0.3)
    assert batched.shape == (40, 200)
    problem = make_problem(x, types, np.ones(5))
    for k in range(200):
        single = _direct(problem.with_weights(weights[k]), {"v": 0.3}).scores
        np.testing.assert_allclose(batched[:, k], single, rtol=0, atol=1e-12)
        theirs = VIKOR(v=0.3)(x, weights[k], types, validation=False)
        np.testing.assert_allclose(batched[:, k], theirs, rtol=0, atol=1e-12)
    # one vector gives a vector, and Q ignores the weight sum
    np.testing.assert_allclose(
        vikor_q(vikor_gaps(x, types), 7 * weights[0], 0.3), batched[:, 0], atol=1e-12
    )


def test_gaps_are_zero_at_the_best_and_one_at_the_worst_value() -> None:
    gaps = vikor_gaps([[1, 3000], [2, 3750], [5, 4500]], [-1, 1])
    np.testing.assert_allclose(gaps, np.array([[0, 1], [0.25, 0.5], [1, 0]]))


# -- compromise set: the three outcomes ----------------------------------------------------


def test_both_conditions_hold_gives_one_alternative() -> None:
    # Opricovic & Tzeng (2004) above gives this outcome; here a second case where every S is
    # equal. Gaps (10 - x)/10: a1 (0, 1), a2 (1, 0), a3 (.5, .5); S = .5 for all, so the S
    # term is 0 (S- = S*); R = .5, .5, .25, so Q = .5, .5, 0. DQ = 1/2 and Q(a'') - Q(a') = .5
    # meets it exactly (C1); a3 has the best R (C2). Compromise: a3 alone.
    out = _direct(make_problem([[10, 0], [0, 10], [5, 5]], [1, 1], [0.5, 0.5]))
    np.testing.assert_allclose(out.scores, [0.5, 0.5, 0.0], atol=1e-12)
    assert out.details["compromise"] == ["a3"]
    assert out.details["conditions"]["acceptable_advantage"] is True
    assert out.details["conditions"]["acceptable_stability"] is True
    assert any("same S" in n for n in out.notes)


def test_only_stability_fails_gives_the_two_best() -> None:
    # Three benefit criteria on 0..10, equal weights, v = .5, m = 11 so DQ = 0.1.
    # Gaps (10 - x)/10: A (.1, .1, .6), B (0, 0, .75), C (.55, .55, .55), D x7 (1, 1, 1),
    # E (1, 1, 0). S = mean gap: A 4/15, B 1/4, C 11/20, D 1, E 2/3; R = max gap / 3:
    # A 1/5, B 1/4, C 11/60, D 1/3, E 1/3. Q: A 1/15, C 1/5, B 2/9, E 7/9, D 1.
    # C1: 1/5 - 1/15 = 2/15 >= 0.1 holds; C2: A is best by neither S (B) nor R (C): fails.
    rows = [[9, 9, 4], [10, 10, 2.5], [4.5, 4.5, 4.5], *([[0, 0, 0]] * 7), [0, 0, 10]]
    ids = ["A", "B", "C", *(f"D{i}" for i in range(1, 8)), "E"]
    out = _direct(_problem(rows, [1, 1, 1], [1, 1, 1], ids))
    q = dict(zip(ids, out.scores.tolist(), strict=True))
    assert q["A"] == pytest.approx(1 / 15, abs=1e-12)
    assert q["C"] == pytest.approx(1 / 5, abs=1e-12)
    assert q["B"] == pytest.approx(2 / 9, abs=1e-12)
    assert q["E"] == pytest.approx(7 / 9, abs=1e-12)
    assert out.details["compromise"] == ["A", "C"]
    assert out.details["conditions"] == {
        "acceptable_advantage": True,
        "acceptable_stability": False,
        "DQ": pytest.approx(0.1),
    }


def test_advantage_fails_gives_every_alternative_within_dq() -> None:
    # Two benefit criteria on 0..10, weights .5/.5, m = 4 so DQ = 1/3. Gaps: a1 (0, 1),
    # a2 (1, 0), a3 (.4, .5), a4 (.5, .45). S = .5, .5, .45, .475; R = .5, .5, .25, .25.
    # Q = .5 (S - .45)/.05 + .5 (R - .25)/.25 = 1, 1, 0, .25. C1: .25 < 1/3 fails; a3 is
    # best by S so C2 holds. Compromise: a3, a4 (Q within DQ of a3); a1, a2 are not.
    out = _direct(make_problem([[10, 0], [0, 10], [6, 5], [5, 5.5]], [1, 1], [0.5, 0.5]))
    np.testing.assert_allclose(out.scores, [1, 1, 0, 0.25], atol=1e-12)
    assert out.details["compromise"] == ["a3", "a4"]
    assert out.details["conditions"]["acceptable_advantage"] is False
    assert out.details["conditions"]["acceptable_stability"] is True


def test_a_tie_with_the_best_q_fails_advantage() -> None:
    # a3 (.4, .5) and a4 (.5, .4) have the same S and R, so both have Q = 0.
    out = _direct(make_problem([[10, 0], [0, 10], [6, 5], [5, 6]], [1, 1], [0.5, 0.5]))
    np.testing.assert_allclose(out.scores, [1, 1, 0, 0], atol=1e-12)
    assert out.details["compromise"] == ["a3", "a4"]
    assert out.details["conditions"]["acceptable_advantage"] is False


def test_compromise_rules_on_given_q_s_r() -> None:
    # m = 4, DQ = 1/3. a'' is a tie of two alternatives on Q: both join a' when C2 fails.
    c = compromise([0.0, 0.6, 0.6, 1.0], [0.3, 0.2, 0.5, 0.9], [0.3, 0.4, 0.2, 0.5])
    assert (c.members, c.acceptable_advantage, c.acceptable_stability) == ((0, 1, 2), True, False)
    # C1 fails: the prefix with Q - Q(a') < 1/3, whatever the input order
    c = compromise([0.3, 0.0, 0.5, 0.2], [0.1, 0.1, 0.1, 0.2], [0.1, 0.1, 0.3, 0.1])
    assert (c.members, c.acceptable_advantage, c.acceptable_stability) == ((1, 3, 0), False, True)
    # both hold; ties for the best S count as best
    c = compromise([0.0, 0.5, 1.0, 0.8], [0.2, 0.2, 0.9, 0.4], [0.3, 0.1, 0.5, 0.2])
    assert (c.members, c.acceptable_advantage, c.acceptable_stability) == ((0,), True, True)
    assert c.dq == pytest.approx(1 / 3)


# -- errors and properties -----------------------------------------------------------------


def test_constant_column_raises_naming_the_criterion() -> None:
    problem = make_problem([[1, 5], [2, 5], [3, 5]], [1, -1], [0.5, 0.5])
    with pytest.raises(MethodError) as err:
        rank(problem, "vikor")
    assert err.value.criterion == "c2"
    assert "criterion 'c2'" in str(err.value)
    # the kernel itself refuses too, without the validation pass
    with pytest.raises(MethodError) as err:
        vikor_gaps(problem.matrix, problem.types, problem.leaf_ids)
    assert err.value.criterion == "c2"


def test_one_alternative_is_refused() -> None:
    with pytest.raises(MethodError, match="at least two alternatives"):
        _direct(make_problem([[1, 2]], [1, 1], [0.5, 0.5]))


def test_v_outside_zero_one_is_refused() -> None:
    problem = make_problem([[1, 2], [2, 1]], [1, 1], [0.5, 0.5])
    with pytest.raises(MethodError, match="parameter 'v'"):
        rank(problem, "vikor", {"v": 1.5})


@st.composite
def _problems(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    m = draw(st.integers(2, 10))
    n = draw(st.integers(1, 5))
    # a few distinct values so that tied alternatives and tied Q are common
    values = st.sampled_from([0.5, 1.0, 2.0, 3.5, 7.0, 10.0])
    x = np.array(draw(st.lists(st.lists(values, min_size=n, max_size=n), min_size=m, max_size=m)))
    types = np.array(draw(st.lists(st.sampled_from([1, -1]), min_size=n, max_size=n)))
    w = np.array(draw(st.lists(st.floats(0.05, 1), min_size=n, max_size=n)))
    return x, types, w


def _varies(x: np.ndarray) -> bool:
    return not np.any(np.all(x == x[0], axis=0))


@settings(max_examples=80, deadline=None)
@given(_problems())
def test_ranks_are_a_permutation_with_shared_ties(p: tuple[np.ndarray, ...]) -> None:
    x, types, w = p
    problem = make_problem(x, types, w)
    if not _varies(x):
        with pytest.raises(MethodError):
            rank(problem, "vikor")
        return
    result = rank(problem, "vikor")
    ranks = result.ranks
    q = result.scores
    # rank = 1 + number of alternatives with a strictly smaller Q (competition ranking)
    for i in range(len(q)):
        assert ranks[i] == 1 + int(np.sum(q < q[i] - 1e-9))
    assert sorted(ranks.tolist())[0] == 1
    assert len(result.details["compromise"]) >= 1
    assert all(0 - 1e-12 <= v <= 1 + 1e-12 for v in q)


@settings(max_examples=80, deadline=None)
@given(_problems(), st.integers(0, 4), st.floats(1e-3, 1e3))
def test_rescaling_a_column_keeps_the_ranking(
    p: tuple[np.ndarray, ...], col: int, factor: float
) -> None:
    x, types, w = p
    if not _varies(x):
        return
    col %= x.shape[1]
    scaled = x.copy()
    scaled[:, col] *= factor
    before = rank(make_problem(x, types, w), "vikor")
    after = rank(make_problem(scaled, types, w), "vikor")
    assert before.ranks.tolist() == after.ranks.tolist()
    assert before.details["compromise"] == after.details["compromise"]


@settings(max_examples=40, deadline=None)
@given(_problems(), st.data())
def test_a_constant_column_is_named(p: tuple[np.ndarray, ...], data: st.DataObject) -> None:
    x, types, w = p
    col = data.draw(st.integers(0, x.shape[1] - 1))
    x = x.copy()
    x[:, col] = 4.25
    first_constant = int(np.argmax(np.all(x == x[0], axis=0)))
    with pytest.raises(MethodError) as err:
        rank(make_problem(x, types, w), "vikor")
    assert err.value.criterion == f"c{first_constant + 1}"
    assert f"criterion 'c{first_constant + 1}'" in str(err.value)
