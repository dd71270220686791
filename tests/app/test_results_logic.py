"""Qt-free Results logic: one method, the agreement set, WSM contributions, correlations, what-if."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import kendalltau, spearmanr

from app.services import results_logic as rl
from decision.evaluate import rank
from decision.problem import Alternative, Criterion, Problem


def _problem(matrix: list[list[float]] | np.ndarray, weights: list[float] | None = None) -> Problem:
    m = np.asarray(matrix, dtype=float)
    n = m.shape[1]
    weights = weights or [1.0] * n
    crit = [
        Criterion(f"c{j}", f"Criterion {j}", "cost" if j == 0 else "benefit", weight=weights[j])
        for j in range(n)
    ]
    alts = [Alternative(f"a{i}", f"Option {i}") for i in range(m.shape[0])]
    return Problem.create("t", crit, alts, m)


@pytest.fixture
def problem() -> Problem:
    rng = np.random.default_rng(7)
    return _problem(rng.uniform(1, 10, (12, 4)), [0.4, 0.3, 0.2, 0.1])


def test_run_one_is_the_engine_rank(problem: Problem) -> None:
    ours = rl.run_one(problem, "vikor", {"v": 0.3})
    engine = rank(problem, "vikor", {"v": 0.3})
    assert ours.ranks.tolist() == engine.ranks.tolist()
    assert ours.conventions.parameters == {"v": 0.3}


def test_wsm_contributions_sum_to_scores_and_follow_weights(problem: Problem) -> None:
    result = rl.run_one(problem, "wsm")
    parts = rl.contributions(result)
    assert parts is not None and parts.shape == (12, 4)
    np.testing.assert_allclose(parts.sum(axis=1), result.scores, rtol=1e-12)
    # min-max: the best value of a criterion contributes exactly its weight
    np.testing.assert_allclose(parts.max(axis=0), result.weights, rtol=1e-12)


def test_non_additive_methods_have_no_contributions(problem: Problem) -> None:
    assert rl.contributions(rl.run_one(problem, "topsis")) is None
    assert rl.contributions(rl.run_one(problem, "promethee2")) is None


def test_agreement_has_the_main_methods_and_ones_on_the_diagonal(problem: Problem) -> None:
    agreement = rl.run_agreement(problem, "topsis")
    assert agreement is not None
    assert agreement.methods == rl.AGREEMENT_METHODS
    np.testing.assert_array_equal(np.diag(agreement.spearman), 1.0)
    np.testing.assert_array_equal(np.diag(agreement.kendall), 1.0)
    np.testing.assert_allclose(agreement.spearman, agreement.spearman.T)
    for k, key in enumerate(agreement.methods):
        assert agreement.ranks[:, k].tolist() == rank(problem, key).ranks.tolist()


def test_agreement_adds_a_selected_method_outside_the_main_set(problem: Problem) -> None:
    agreement = rl.run_agreement(problem, "copras")
    assert agreement is not None
    assert agreement.methods[0] == "copras"
    assert len(agreement.methods) == len(rl.AGREEMENT_METHODS) + 1


def test_a_method_that_cannot_run_is_reported_not_raised() -> None:
    # a constant criterion: VIKOR divides by its range; zero values: WPM needs > 0
    p = _problem([[1, 0, 3], [2, 0, 5], [3, 0, 4]])
    agreement = rl.run_agreement(p, "topsis")
    assert agreement is not None
    assert "vikor" in agreement.errors and "wpm" in agreement.errors
    assert np.isnan(agreement.ranks[:, agreement.column("vikor")]).all()
    assert np.isnan(agreement.spearman[agreement.column("vikor")]).all()
    assert agreement.spearman[0, 0] == 1.0


def test_cancelled_agreement_returns_none(problem: Problem) -> None:
    assert rl.run_agreement(problem, "topsis", is_cancelled=lambda: True) is None
    assert rl.compute_outcome(problem, "topsis", is_cancelled=lambda: True) is None


@pytest.mark.parametrize("seed", range(5))
def test_correlations_match_scipy_with_ties(seed: int) -> None:
    rng = np.random.default_rng(seed)
    a = rng.integers(1, 8, 60).astype(float)  # many ties
    b = a + rng.integers(-3, 4, 60)
    assert rl.spearman(a, b) == pytest.approx(spearmanr(a, b).statistic, abs=1e-12)
    assert rl.kendall_tau_b(a, b) == pytest.approx(kendalltau(a, b).statistic, abs=1e-12)


@pytest.mark.parametrize("n", [1, 2, 3, 17, 1000])
def test_kendall_matches_scipy_without_ties(n: int) -> None:
    rng = np.random.default_rng(n)
    a, b = rng.permutation(n).astype(float), rng.permutation(n).astype(float)
    expected = kendalltau(a, b).statistic if n > 1 else float("nan")
    assert rl.kendall_tau_b(a, b) == pytest.approx(expected, abs=1e-12, nan_ok=True)


def test_correlations_of_reversed_and_constant_orders() -> None:
    a = np.arange(10.0)
    assert rl.spearman(a, -a) == pytest.approx(-1.0)
    assert rl.kendall_tau_b(a, -a) == pytest.approx(-1.0)
    assert np.isnan(rl.spearman(a, np.ones(10)))
    assert np.isnan(rl.kendall_tau_b(a, np.ones(10)))


def test_average_ranks_share_ties() -> None:
    assert rl.average_ranks([10, 20, 10, 30]).tolist() == [1.5, 3.0, 1.5, 4.0]


def test_missing_value_gives_a_message_naming_the_place() -> None:
    p = _problem([[1, 2], [np.nan, 4], [3, 5]])
    outcome = rl.compute_outcome(p, "topsis")
    assert outcome is not None and outcome.result is None
    assert "“Criterion 0”" in outcome.message and "“Option 1”" in outcome.message
    assert "missing" in outcome.message


def test_missing_weight_gives_a_message() -> None:
    p = _problem([[1, 2], [2, 4], [3, 5]])
    crit = [p.criteria[0], Criterion("c1", "Jobs", weight=None)]
    p = Problem.create("t", crit, p.alternatives, p.matrix)
    outcome = rl.compute_outcome(p, "wsm")
    assert outcome is not None and outcome.result is None
    assert "“Jobs” has no weight" in outcome.message


def test_outcome_carries_result_contributions_and_agreement(problem: Problem) -> None:
    outcome = rl.compute_outcome(problem, "wsm", {"normalization": "max"})
    assert outcome is not None and outcome.result is not None
    assert outcome.result.conventions.parameters == {"normalization": "max"}
    assert outcome.contributions is not None
    assert outcome.agreement is not None
    assert outcome.criterion_names == tuple(c.label for c in problem.leaves)


def test_method_choices_list_main_methods_first_then_all() -> None:
    from decision.methods.registry import all_methods

    keys = [k for k, _label, _text in rl.method_choices()]
    assert keys[:5] == list(rl.MAIN_METHODS)
    assert sorted(keys) == sorted(all_methods())
    assert all(text for _k, _label, text in rl.method_choices())


def test_every_normalization_has_a_plain_explanation() -> None:
    from decision.normalization import NORMALIZATIONS

    for name in (*NORMALIZATIONS, "none"):
        assert rl.NORMALIZATION_PLAIN[name]


def test_rebalance_keeps_the_others_in_proportion(problem: Problem) -> None:
    new = rl.rebalance(problem, "c0", 0.6)
    assert new["c0"] == pytest.approx(0.6)
    assert sum(new.values()) == pytest.approx(1.0)
    # c1:c2:c3 were 0.3:0.2:0.1
    assert new["c1"] / new["c3"] == pytest.approx(3.0)


def test_rebalance_shares_the_rest_equally_when_the_others_are_zero() -> None:
    p = _problem([[1, 2, 3], [2, 3, 1]], [1.0, 0.0, 0.0])
    new = rl.rebalance(p, "c0", 0.5)
    assert new == pytest.approx({"c0": 0.5, "c1": 0.25, "c2": 0.25})


def test_whatif_uses_top_level_criteria_of_a_tree() -> None:
    crit = [
        Criterion("g", "Group", weight=2.0),
        Criterion("x", "X", weight=1.0, parent="g"),
        Criterion("y", "Y", weight=1.0, parent="g"),
        Criterion("z", "Z", weight=1.0),
    ]
    p = Problem.create("t", crit, [Alternative("a"), Alternative("b")], [[1, 2, 3], [2, 1, 1]])
    assert rl.whatif_criteria(p) == ["g", "z"]
    assert rl.shares(p, ["g", "z"]) == pytest.approx({"g": 2 / 3, "z": 1 / 3})
