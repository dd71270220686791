"""SMAA-2: batched kernels against per-sample rank(), sampling schemes, reproducibility, cancel."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from decision.errors import InputError
from decision.evaluate import rank
from decision.sensitivity.smaa import (
    SensitivityCancelled,
    group_weights,
    sample_weights,
    smaa,
)
from tests.decision.helpers import make_problem

BATCHED = ("topsis", "wsm", "wpm", "vikor", "promethee2")


def _random_problem(seed: int, m: int = 6, n: int = 4):  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    types = [1 if j % 3 else -1 for j in range(n)]
    return make_problem(rng.uniform(1.0, 10.0, (m, n)), types, np.ones(n))


def _reference(problem, method, weights):  # type: ignore[no-untyped-def]
    """Acceptability, central weights and pairwise indices from rank() once per sample."""
    m = len(problem.alternatives)
    acc = np.zeros((m, m))
    win = np.zeros((m, weights.shape[1]))
    pairs = np.zeros((m, m))
    for w in weights:
        ranks = rank(problem, method, weights=w).ranks
        for i in range(m):
            t = int((ranks == ranks[i]).sum())
            acc[i, ranks[i] - 1 : ranks[i] - 1 + t] += 1.0 / t
            if ranks[i] == 1:
                win[i] += w / t
        pairs += ranks[:, None] < ranks[None, :]
    k = weights.shape[0]
    return acc / k, win / np.maximum(acc[:, :1], 1e-300), pairs / k


@pytest.mark.parametrize("method", (*BATCHED, "copras"))
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_batched_results_equal_per_sample_rank(method: str, seed: int) -> None:
    problem = _random_problem(seed)
    weights = sample_weights(problem, 300, seed=seed)
    result = smaa(problem, method, weights=weights, batch=64)
    acc, central, pairs = _reference(problem, method, weights)
    np.testing.assert_allclose(result.acceptability, acc, rtol=0, atol=1e-12)
    np.testing.assert_allclose(result.pairwise, pairs, rtol=0, atol=1e-12)
    won = acc[:, 0] > 0
    np.testing.assert_allclose(result.central_weights[won], central[won], atol=1e-12)
    assert np.isnan(result.central_weights[~won]).all()


def test_ties_are_split_between_the_tied_ranks() -> None:
    # a1 and a2 are identical: every sample ties them, each gets half of ranks 1 and 2
    problem = make_problem([[5, 5], [5, 5], [1, 1]], [1, 1], [1, 1])
    result = smaa(problem, "wsm", samples=100)
    np.testing.assert_allclose(result.acceptability[:2, :2], 0.5)
    np.testing.assert_allclose(result.acceptability[2], [0, 0, 1])
    np.testing.assert_allclose(result.confidence, [0.5, 0.5, 0.0])
    np.testing.assert_allclose(result.pairwise, [[0, 0, 1], [0, 0, 1], [0, 0, 0]])


@pytest.mark.parametrize("method", BATCHED)
def test_acceptability_rows_and_columns_sum_to_one(method: str) -> None:
    result = smaa(_random_problem(7, m=8, n=5), method, samples=2000)
    np.testing.assert_allclose(result.acceptability.sum(axis=0), 1.0, atol=1e-12)
    np.testing.assert_allclose(result.acceptability.sum(axis=1), 1.0, atol=1e-12)
    assert result.samples == 2000


def test_reproducible_and_independent_of_batch_size() -> None:
    problem = _random_problem(4, m=10, n=4)
    a = smaa(problem, "topsis", samples=1500, seed=11, batch=1000)
    b = smaa(problem, "topsis", samples=1500, seed=11, batch=7)
    c = smaa(problem, "topsis", samples=1500, seed=12, batch=1000)
    np.testing.assert_array_equal(a.acceptability, b.acceptability)
    # first-place weights are summed in sample order at the end, whatever the batches
    np.testing.assert_array_equal(a.central_weights, b.central_weights)
    np.testing.assert_array_equal(a.confidence, b.confidence)
    assert not np.array_equal(a.acceptability, c.acceptability)
    noisy_a = smaa(problem, "wsm", samples=40, seed=3, batch=40, performance_uncertainty=0.2)
    noisy_b = smaa(problem, "wsm", samples=40, seed=3, batch=3, performance_uncertainty=0.2)
    np.testing.assert_array_equal(noisy_a.acceptability, noisy_b.acceptability)
    np.testing.assert_array_equal(noisy_a.confidence, noisy_b.confidence)


def test_uniform_simplex_sampling_is_statistically_sane() -> None:
    n = 5
    w = sample_weights(_random_problem(1, n=n), 40_000, seed=5)
    np.testing.assert_allclose(w.sum(axis=1), 1.0)
    assert (w >= 0).all()
    # Dirichlet(1,...,1): mean 1/n, variance (n-1)/(n^2 (n+1)), marginal P(w_j > x) = (1-x)^(n-1)
    np.testing.assert_allclose(w.mean(axis=0), 1 / n, atol=0.005)
    np.testing.assert_allclose(w.var(axis=0), (n - 1) / (n * n * (n + 1)), rtol=0.05)
    np.testing.assert_allclose((w > 0.5).mean(axis=0), 0.5 ** (n - 1), atol=0.01)


def test_ranges_are_respected_and_uniform_inside() -> None:
    problem = _random_problem(2, n=3)
    ranges = [[0.1, 0.3], [0.2, 0.6], [0.0, 1.0]]
    w = sample_weights(problem, 5000, seed=1, scheme="ranges", ranges=ranges)
    lo, hi = np.array(ranges).T
    assert (w >= lo - 1e-12).all() and (w <= hi + 1e-12).all()
    np.testing.assert_allclose(w.sum(axis=1), 1.0)
    result = smaa(problem, samples=500, weights="ranges", ranges=ranges)
    won = ~np.isnan(result.central_weights[:, 0])
    assert (result.central_weights[won] >= lo - 1e-12).all()
    assert (result.central_weights[won] <= hi + 1e-12).all()


@pytest.mark.parametrize(
    "ranges",
    [
        [[0.5, 0.6], [0.5, 0.6], [0.1, 0.2]],  # lower bounds sum above 1
        [[0.0, 0.2], [0.0, 0.2], [0.0, 0.2]],  # upper bounds sum below 1
        [[0.3, 0.2], [0.0, 1.0], [0.0, 1.0]],  # lower above upper
    ],
)
def test_infeasible_ranges_are_rejected(ranges: list[list[float]]) -> None:
    with pytest.raises(InputError, match="range"):
        smaa(_random_problem(2, n=3), samples=10, weights="ranges", ranges=ranges)


def test_dirichlet_around_current_weights() -> None:
    problem = make_problem(np.random.default_rng(0).uniform(1, 9, (4, 3)), [1, 1, 1], [5, 3, 2])
    w = sample_weights(problem, 20_000, seed=2, scheme="dirichlet", concentration=50)
    np.testing.assert_allclose(w.mean(axis=0), [0.5, 0.3, 0.2], atol=0.005)
    np.testing.assert_allclose(w[:, 0].var(), 0.25 / 51, rtol=0.05)
    with pytest.raises(InputError, match="concentration"):
        smaa(problem, samples=10, weights="dirichlet")


def test_dominating_alternative_always_wins() -> None:
    rng = np.random.default_rng(3)
    x = rng.uniform(1, 5, (6, 4))
    x[2] = x.max(axis=0) + 1  # benefit criteria: a3 is best on every criterion
    problem = make_problem(x, [1, 1, 1, 1], [1, 1, 1, 1])
    for method in BATCHED:
        result = smaa(problem, method, samples=1000)
        assert result.acceptability[2, 0] == 1.0, method
        assert result.confidence[2] == 1.0
        np.testing.assert_allclose(result.central_weights[2], sample_weights(problem, 1000).mean(0))


def test_confidence_with_performance_uncertainty() -> None:
    problem = make_problem([[10, 1], [1, 10], [9.5, 1.0]], [1, 1], [1, 1])
    exact = smaa(problem, "wsm", samples=400, seed=1)
    assert set(np.unique(exact.confidence)) <= {0.0, 1.0}
    noisy = smaa(problem, "wsm", samples=400, seed=1, performance_uncertainty=[0.2, 0.2])
    # a1 and a3 are close: with ±20% noise a1 no longer wins for sure with its central weights
    assert 0.3 < noisy.confidence[0] < 1.0
    assert noisy.acceptability[2, 0] > 0.0
    assert "performance uncertainty" in " ".join(noisy.conventions.notes)


def test_explicit_weights_and_group_weights() -> None:
    problem = _random_problem(5, n=3)
    panel = np.array([[0.5, 0.3, 0.2], [0.4, 0.4, 0.2], [0.6, 0.2, 0.2], [0.45, 0.25, 0.3]])
    w = group_weights(panel, 20_000, seed=1)
    np.testing.assert_allclose(w.mean(axis=0), panel.mean(axis=0), atol=0.005)
    # moment fit: the Dirichlet's total variance matches the panel's
    np.testing.assert_allclose(w.var(axis=0).sum(), panel.var(axis=0, ddof=1).sum(), rtol=0.05)
    hull = group_weights(panel, 2000, seed=1, how="convex")
    assert (hull >= panel.min(axis=0) - 1e-12).all() and (hull <= panel.max(axis=0) + 1e-12).all()
    result = smaa(problem, weights=w[:500] * 7.0)  # rows are normalised
    assert result.samples == 500
    np.testing.assert_allclose(result.acceptability.sum(axis=0), 1.0)
    with pytest.raises(InputError, match="weight sample 2"):
        smaa(problem, weights=[[1, 1, 1], [-1, 1, 1]])


def test_cancel_stops_quickly_on_a_large_problem() -> None:
    rng = np.random.default_rng(0)
    problem = make_problem(rng.uniform(1, 10, (1000, 20)), [1] * 20, [1] * 20)
    cancelled_at: list[float] = []

    def cancel_after_first_batch() -> bool:
        # the first poll comes before any batch; cancel from the second poll on
        if not cancelled_at:
            cancelled_at.append(0.0)
            return False
        if cancelled_at[-1] == 0.0:
            cancelled_at.append(time.perf_counter())
        return True

    with pytest.raises(SensitivityCancelled):
        smaa(problem, samples=100_000, pairwise=False, is_cancelled=cancel_after_first_batch)
    assert time.perf_counter() - cancelled_at[-1] < 0.5
    # a user cancelling at an arbitrary moment waits at most one batch plus the poll
    start = time.perf_counter()
    with pytest.raises(SensitivityCancelled):
        smaa(
            problem,
            samples=100_000,
            pairwise=False,
            is_cancelled=lambda: time.perf_counter() - start > 0.2,
        )
    assert time.perf_counter() - start < 0.2 + 0.5
    progress: list[float] = []
    smaa(_random_problem(1), samples=300, batch=100, progress=progress.append)
    assert progress == pytest.approx([1 / 3, 2 / 3, 1.0])


def test_lahdelma_salminen_style_two_criteria_acceptability() -> None:
    # Analytic check (no published numeric SMAA example was found to copy): with WSM, no
    # normalisation and two benefit criteria, a1 = (1, 0) beats a2 = (0, 1) exactly when
    # w1 > 1/2, and a3 = (0.6, 0.6) wins when max(w1, w2) < 0.6: b1(a3) = 0.2 for uniform w1.
    problem = make_problem([[1, 0], [0, 1], [0.6, 0.6]], [1, 1], [1, 1])
    result = smaa(problem, "wsm", samples=200_000, params={"normalization": "none"}, batch=50_000)
    np.testing.assert_allclose(result.acceptability[:, 0], [0.4, 0.4, 0.2], atol=0.005)
    # a3 is never last: last is a1 when w1 < 0.4, a2 when w1 > 0.6
    np.testing.assert_allclose(result.acceptability[2], [0.2, 0.8, 0.0], atol=0.005)
    np.testing.assert_allclose(result.central_weights[2], [0.5, 0.5], atol=0.005)
    np.testing.assert_allclose(result.central_weights[0], [0.8, 0.2], atol=0.005)


def _assert_same(a, b) -> None:  # type: ignore[no-untyped-def]
    np.testing.assert_array_equal(a.acceptability, b.acceptability)
    np.testing.assert_array_equal(a.central_weights, b.central_weights)
    np.testing.assert_array_equal(a.confidence, b.confidence)
    if a.pairwise is None:
        assert b.pairwise is None
    else:
        np.testing.assert_array_equal(a.pairwise, b.pairwise)


@pytest.mark.parametrize("method", ["topsis", "promethee2"])
def test_thread_count_and_batch_size_do_not_change_results(method: str) -> None:
    rng = np.random.default_rng(8)
    x = rng.uniform(1, 10, (40, 5))
    x[7] = x[3]  # exact ties in every sample
    problem = make_problem(x, [1, -1, 1, 1, -1], np.ones(5))
    one = smaa(problem, method, samples=1500, seed=2, batch=1000, threads=1)
    for threads, batch in ((2, 1000), (2, 7), (3, 64), (1, 130)):
        _assert_same(one, smaa(problem, method, samples=1500, seed=2, batch=batch, threads=threads))
    assert one.acceptability[3, 0] == one.acceptability[7, 0]


@pytest.mark.parametrize("method", BATCHED)
def test_near_ties_on_a_larger_problem_equal_per_sample_rank(method: str) -> None:
    # duplicates (ties), copies nudged by 1e-13 (ties under the 1e-9 rule, but in different
    # float bits) and by 1e-6 (no tie): the packed sort must hand the first two to the exact
    # ranks and order the third exactly
    rng = np.random.default_rng(11)
    x = rng.uniform(1, 10, (37, 4))
    x[5] = x[2]
    x[9] = x[2] * (1 + 1e-13)
    x[12] = x[20] * (1 + 1e-6)
    problem = make_problem(x, [1, -1, 1, 1], np.ones(4))
    weights = sample_weights(problem, 200, seed=4)
    result = smaa(problem, method, weights=weights, batch=50, threads=2)
    acc, central, pairs = _reference(problem, method, weights)
    np.testing.assert_allclose(result.acceptability, acc, rtol=0, atol=1e-12)
    np.testing.assert_allclose(result.pairwise, pairs, rtol=0, atol=1e-12)
    won = acc[:, 0] > 0
    np.testing.assert_allclose(result.central_weights[won], central[won], atol=1e-12)


def test_topsis_with_every_alternative_at_both_ideals_ties_them_all() -> None:
    # weight only on a constant criterion: distances to both ideals are 0 (closeness 1/2)
    problem = make_problem([[2, 5], [2, 3], [2, 4]], [1, 1], [1, 1])
    weights = np.array([[1.0, 0.0], [0.5, 0.5], [1.0, 0.0], [0.2, 0.8]])
    result = smaa(problem, "topsis", weights=weights, threads=2)
    acc, _, pairs = _reference(problem, "topsis", weights)
    np.testing.assert_allclose(result.acceptability, acc, atol=1e-12)
    np.testing.assert_allclose(result.pairwise, pairs, atol=1e-12)
    np.testing.assert_allclose(result.acceptability.sum(axis=1), 1.0)


def test_a_single_alternative_always_ranks_first() -> None:
    problem = make_problem([[3.0, 4.0]], [1, -1], [1, 1])
    result = smaa(problem, "topsis", samples=50)
    np.testing.assert_array_equal(result.acceptability, [[1.0]])
    np.testing.assert_allclose(result.central_weights.sum(axis=1), 1.0)


def test_callbacks_come_from_the_calling_thread() -> None:
    problem = _random_problem(3, m=30)
    seen: set[int] = set()

    def poll() -> bool:
        seen.add(threading.get_ident())
        return False

    smaa(
        problem,
        samples=2000,
        batch=100,
        threads=2,
        progress=lambda f: seen.add(threading.get_ident()),
        is_cancelled=poll,
    )
    assert seen == {threading.get_ident()}
    with pytest.raises(InputError, match="threads"):
        smaa(problem, samples=10, threads=0)
