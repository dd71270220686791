"""PROMETHEE II by sorting: published examples, pymcdm, a direct m x m reference, properties."""

from __future__ import annotations

import tracemalloc
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pymcdm.methods import PROMETHEE_II

from decision.errors import MethodError
from decision.evaluate import rank, run_method
from decision.methods.base import MethodOutput
from decision.methods.promethee import SPEC, check_preferences, criterion_flows, net_flows
from decision.problem import Alternative, Criterion, Preference, PreferenceFunction, Problem
from tests.decision.helpers import reference

FUNCTIONS: tuple[PreferenceFunction, ...] = ("usual", "u-shape", "v-shape", "level", "linear")
# our names -> pymcdm 1.4's names (vshape_2 is Brans & Vincke's linear, type V)
PYMCDM_NAMES = {
    "usual": "usual",
    "u-shape": "ushape",
    "v-shape": "vshape",
    "level": "level",
    "linear": "vshape_2",
}


def _problem(
    matrix: Any,
    types: Any,
    weights: Any,
    prefs: Sequence[Preference | None] | None = None,
    ids: Sequence[str] | None = None,
) -> Problem:
    x = np.asarray(matrix, dtype=float)
    prefs = prefs if prefs is not None else [None] * x.shape[1]
    crit = [
        Criterion(
            id=f"c{j + 1}",
            direction="benefit" if t in (1, "benefit") else "cost",
            weight=float(w),
            preference=pref,
        )
        for j, (t, w, pref) in enumerate(zip(types, weights, prefs, strict=True))
    ]
    ids = ids or [f"a{i + 1}" for i in range(x.shape[0])]
    return Problem.create("promethee test", crit, [Alternative(id=a) for a in ids], x)


def _direct(problem: Problem) -> MethodOutput:
    """The module's compute after the same one validation pass decision.evaluate makes."""
    return run_method(problem, SPEC, SPEC.resolve(None), problem.global_weights())


def _reference_flows(
    x: np.ndarray, types: np.ndarray, prefs: Sequence[Preference]
) -> tuple[np.ndarray, np.ndarray]:
    """Textbook PROMETHEE with the full m x m difference matrix per criterion."""
    m, n = x.shape
    f_plus, f_minus = np.zeros((m, n)), np.zeros((m, n))
    for j, pref in enumerate(prefs):
        g = x[:, j] if types[j] > 0 else -x[:, j]
        d = g[:, None] - g[None, :]  # d[a, b] = g(a) - g(b)
        q, p = pref.q, pref.p
        if pref.function == "usual":
            pm = (d > 0).astype(float)
        elif pref.function == "u-shape":
            pm = (d > q).astype(float)
        elif pref.function == "v-shape":
            pm = np.where(d <= 0, 0.0, np.where(d <= p, d / p, 1.0))
        elif pref.function == "level":
            pm = np.where(d <= q, 0.0, np.where(d <= p, 0.5, 1.0))
        else:
            with np.errstate(divide="ignore", invalid="ignore"):
                pm = np.where(d <= q, 0.0, np.where(d <= p, (d - q) / (p - q), 1.0))
        f_plus[:, j] = pm.sum(axis=1) / (m - 1)
        f_minus[:, j] = pm.sum(axis=0) / (m - 1)
    return f_plus, f_minus


# -- published worked examples -------------------------------------------------------------


def test_zhao_peng_li_2013_usual_example() -> None:
    # Zhao, H., Peng, Y. & Li, W. (2013) Revised PROMETHEE II for improving efficiency in
    # emergency response. Procedia Computer Science 17:181-188 (as in pymcdm's tests):
    # usual functions, net flows 0.1, -0.3, 0.2.
    case = reference("promethee2_zhao_2013_usual")
    out = _direct(_problem(case["matrix"], case["types"], case["weights"]))
    np.testing.assert_allclose(out.scores, case["expected"]["net_flow"], atol=1e-4)
    np.testing.assert_allclose(out.details["phi_net"], case["expected"]["net_flow"], atol=1e-4)
    # pymcdm's PROMETHEE I docstring, same data: phi+ = .55 .35 .6, phi- = .45 .65 .4
    np.testing.assert_allclose(out.details["phi_plus"], [0.55, 0.35, 0.6], atol=1e-4)
    np.testing.assert_allclose(out.details["phi_minus"], [0.45, 0.65, 0.4], atol=1e-4)


def test_zhao_peng_li_2013_through_evaluate() -> None:
    case = reference("promethee2_zhao_2013_usual")
    result = rank(_problem(case["matrix"], case["types"], case["weights"]), "promethee2")
    assert result.ranks.tolist() == case["expected"]["ranking"]
    assert result.higher_is_better is True
    details = result.details_json()
    assert details["phi_net"] == pytest.approx({"a1": 0.1, "a2": -0.3, "a3": 0.2}, abs=1e-4)
    assert set(details) == {"phi_plus", "phi_minus", "phi_net"}
    assert "weight sum" in (result.conventions.normalization or "")
    assert "c1 usual" in result.conventions.notes[0]
    # the registry's alias reaches the same method
    assert rank(_problem(case["matrix"], case["types"], case["weights"]), "promethee").method == (
        "promethee2"
    )


PAPATHANASIOU = [
    [8, 7, 2, 1],
    [5, 3, 7, 5],
    [7, 5, 6, 4],
    [9, 9, 7, 3],
    [11, 10, 3, 7],
    [6, 9, 5, 4],
]


def test_papathanasiou_ploskas_2018_linear_example() -> None:
    # Papathanasiou, J. & Ploskas, N. (2018) PROMETHEE. In: Multiple Criteria Decision Aid:
    # Methods, Examples and Python Implementations, Springer Optimization and Its
    # Applications 136, pp. 57-89 (transcribed in pyrepo-mcda's tests): linear preference
    # (q = 1, p = 2) on four benefit criteria, weights .4 .3 .1 .2; published net flows to
    # two decimals -0.26, -0.52, -0.22, 0.36, 0.70, -0.06.
    prefs = [Preference("linear", 1, 2)] * 4
    problem = _problem(PAPATHANASIOU, [1] * 4, [0.4, 0.3, 0.1, 0.2], prefs)
    out = _direct(problem)
    assert np.round(out.scores, 2).tolist() == [-0.26, -0.52, -0.22, 0.36, 0.70, -0.06]
    assert "c1 linear (q=1, p=2)" in out.notes[0]


def test_papathanasiou_ploskas_2018_through_evaluate_with_percent_weights() -> None:
    prefs = [Preference("linear", 1, 2)] * 4
    problem = _problem(PAPATHANASIOU, [1] * 4, [40, 30, 10, 20], prefs)
    result = rank(problem, "promethee2")
    assert np.round(result.scores, 2).tolist() == [-0.26, -0.52, -0.22, 0.36, 0.70, -0.06]
    assert result.ranks.tolist() == [5, 6, 4, 2, 1, 3]


# -- the sorted computation against a direct m x m reference and against pymcdm ------------


def _random_preference(rng: np.random.Generator, fn: PreferenceFunction) -> Preference:
    # thresholds on the half grid, like the data, so boundary cases d = q and d = p occur
    q = float(rng.integers(0, 5)) / 2
    p = q + float(rng.integers(0, 6)) / 2
    if fn in ("v-shape", "level", "linear") and p == 0:
        p = 0.5
    return Preference(fn, q, p)


@pytest.mark.parametrize("fn", FUNCTIONS)
def test_sorted_flows_equal_the_m_by_m_reference_with_ties(fn: PreferenceFunction) -> None:
    rng = np.random.default_rng(abs(hash(fn)) % 1000)
    for _ in range(60):
        m, n = int(rng.integers(2, 40)), int(rng.integers(1, 5))
        x = rng.integers(0, 12, size=(m, n)) / 2  # many ties, many d equal to q or p
        types = rng.choice([-1, 1], size=n)
        prefs = [_random_preference(rng, fn) for _ in range(n)]
        ours = criterion_flows(x, types, prefs)
        expected = _reference_flows(x, types, prefs)
        np.testing.assert_allclose(ours[0], expected[0], rtol=0, atol=1e-12)
        np.testing.assert_allclose(ours[1], expected[1], rtol=0, atol=1e-12)


@pytest.mark.parametrize("fn", FUNCTIONS)
def test_agrees_with_pymcdm(fn: PreferenceFunction) -> None:
    rng = np.random.default_rng(len(fn))
    for _ in range(40):
        m, n = int(rng.integers(2, 30)), int(rng.integers(1, 7))
        x = rng.uniform(-20, 80, size=(m, n))
        types = rng.choice([-1, 1], size=n)
        w = rng.dirichlet(np.ones(n))  # pymcdm does not divide by the weight sum
        q = rng.uniform(0, 10, size=n)
        p = q + rng.uniform(0.1, 30, size=n)
        prefs = [Preference(fn, float(q[j]), float(p[j])) for j in range(n)]
        ours = _direct(_problem(x, types, w, prefs)).scores
        # a fresh pymcdm object per call: one with thresholds fails on its second call
        kwargs = {"usual": {}, "u-shape": {"q": q}, "v-shape": {"p": p}}.get(fn, {"q": q, "p": p})
        theirs = PROMETHEE_II(PYMCDM_NAMES[fn], **kwargs)(x, w, types, validation=False)
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-12)


def test_batched_net_flows_are_one_product_and_divide_by_the_weight_sum() -> None:
    rng = np.random.default_rng(8)
    x = rng.uniform(0, 50, size=(30, 4))
    types = np.array([1, -1, 1, -1])
    prefs = [
        Preference("linear", 2, 10),
        Preference("level", 1, 4),
        Preference("v-shape", 0, 15),
        None,
    ]
    f_plus, f_minus = criterion_flows(x, types, prefs)
    weights = rng.dirichlet(np.ones(4), size=50)
    batched = net_flows(f_plus, f_minus, 100 * weights)  # sums of 100, not 1
    assert batched.shape == (30, 50)
    problem = _problem(x, types, np.ones(4), prefs)
    for k in range(50):
        single = _direct(problem.with_weights(weights[k])).scores
        np.testing.assert_allclose(batched[:, k], single, rtol=0, atol=1e-12)
    np.testing.assert_allclose(net_flows(f_plus, f_minus, weights[0]), batched[:, 0], atol=1e-12)
    with pytest.raises(MethodError, match="sum to zero"):
        net_flows(f_plus, f_minus, np.zeros(4))


def test_no_m_by_m_matrix_is_built() -> None:
    # 20,000 alternatives: one m x m float matrix would be 3.2 GB, an int8 one 400 MB
    rng = np.random.default_rng(1)
    x = np.round(rng.uniform(0, 100, size=(20_000, 2)), 1)
    prefs = [Preference("linear", 1, 5), Preference("level", 0.5, 2)]
    tracemalloc.start()
    try:
        f_plus, f_minus = criterion_flows(x, [1, -1], prefs)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000
    assert abs(float((f_plus - f_minus).sum())) < 1e-9


def test_one_alternative_has_zero_flows() -> None:
    out = _direct(_problem([[3.0, 4.0]], [1, -1], [0.5, 0.5]))
    assert out.scores.tolist() == [0.0]
    assert any("one alternative" in n for n in out.notes)


def test_decimal_differences_equal_to_a_threshold_are_not_split_by_rounding() -> None:
    # 12.3 - 12.1 is 0.20000000000000107 in binary; Brans & Vincke's u-shape with q = 0.2
    # means "more than 0.2", which a difference of exactly 0.2 is not.
    f_plus, f_minus = criterion_flows([[12.3], [12.1], [12.0]], [1], [Preference("u-shape", 0.2)])
    assert f_plus[:, 0].tolist() == [0.5, 0.0, 0.0]
    assert f_minus[:, 0].tolist() == [0.0, 0.0, 0.5]


# -- threshold checks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pref", "message"),
    [
        (Preference("linear", 50, 10), "below the indifference threshold"),
        (Preference("level", 3, 2), "below the indifference threshold"),
        (Preference("v-shape", 0, 0), "p > 0"),
        (Preference("linear", 0, 0), "p > 0"),
        (Preference("u-shape", -1, 0), "negative"),
        (Preference("linear", float("nan"), 2), "finite"),
        (Preference("gaussian2", 0, 1), "'gaussian2' is not one of"),  # type: ignore[arg-type]
    ],
)
def test_bad_thresholds_raise_naming_the_criterion(pref: Preference, message: str) -> None:
    prefs: list[Preference | None] = [None, pref, None]
    with pytest.raises(MethodError, match=message) as err:
        check_preferences(prefs, ["jobs", "cost", "access"])
    assert err.value.criterion == "cost"
    assert str(err.value).startswith("criterion 'cost': ")
    with pytest.raises(MethodError):
        criterion_flows(np.ones((2, 3)), [1, 1, 1], prefs)


def test_p_below_q_through_evaluate_names_the_criterion() -> None:
    # the case of tests/cli/broken/promethee_p_below_q.json
    prefs = [Preference("linear", 50, 10), None, None]
    problem = _problem(
        [[420, 12, 7.5], [610, 20, 8.0], [380, 9, 5.5]], [-1, 1, 1], [0.4, 0.35, 0.25], prefs
    )
    with pytest.raises(MethodError) as err:
        rank(problem, "promethee2")
    assert err.value.criterion == "c1"


def test_u_shape_with_q_zero_is_the_usual_function() -> None:
    x = np.array([[1.0], [2.0], [2.0], [5.0]])
    usual = criterion_flows(x, [1], [None])
    ushape = criterion_flows(x, [1], [Preference("u-shape", 0.0)])
    np.testing.assert_array_equal(usual[0], ushape[0])
    np.testing.assert_array_equal(usual[1], ushape[1])


# -- properties ----------------------------------------------------------------------------


@st.composite
def _cases(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[Preference]]:
    m = draw(st.integers(1, 25))
    n = draw(st.integers(1, 4))
    values = st.floats(-1e4, 1e4, allow_nan=False) | st.sampled_from([0.0, 0.1, 0.2, 0.3, 1.5])
    x = np.array(draw(st.lists(st.lists(values, min_size=n, max_size=n), min_size=m, max_size=m)))
    types = np.array(draw(st.lists(st.sampled_from([1, -1]), min_size=n, max_size=n)))
    w = np.array(draw(st.lists(st.floats(0.01, 1), min_size=n, max_size=n)))
    prefs = []
    for _ in range(n):
        fn = draw(st.sampled_from(FUNCTIONS))
        q = draw(st.floats(0, 100))
        p = q + draw(st.floats(0.01, 100))
        prefs.append(Preference(fn, q, p))
    return x, types, w, prefs


@settings(max_examples=150, deadline=None)
@given(_cases())
def test_net_flows_sum_to_zero_and_flows_lie_in_zero_one(case: tuple[Any, ...]) -> None:
    x, types, w, prefs = case
    out = _direct(_problem(x, types, w, prefs))
    assert abs(float(out.scores.sum())) <= 1e-9 * len(out.scores)
    for key in ("phi_plus", "phi_minus"):
        assert np.all(out.details[key] >= -1e-12)
        assert np.all(out.details[key] <= 1 + 1e-12)
    np.testing.assert_allclose(
        out.details["phi_plus"] - out.details["phi_minus"], out.scores, atol=1e-12
    )


@settings(max_examples=60, deadline=None)
@given(_cases())
def test_evaluate_ranks_follow_the_net_flow(case: tuple[Any, ...]) -> None:
    x, types, w, prefs = case
    result = rank(_problem(x, types, w, prefs), "promethee2")
    order = np.argsort(-result.scores, kind="stable")
    assert result.ranks[order[0]] == 1
    assert np.all(np.diff(result.ranks[order]) >= 0)
