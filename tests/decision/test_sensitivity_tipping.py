"""Weight sweeps and tipping points against brute force (dense grids of rank() calls)."""

from __future__ import annotations

from unittest import mock

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decision.errors import InputError, MethodError
from decision.evaluate import rank
from decision.methods.registry import all_methods
from decision.problem import Alternative, Criterion, Problem
from decision.sensitivity import leaf_weights, pair_change, perturb, sweep, tipping, tipping_points
from decision.sensitivity.sweep import make_kernel
from decision.sensitivity.tipping import TippingResult
from decision.sensitivity.tipping_topsis import closeness, grid_closeness, topsis_lines
from tests.decision.helpers import make_problem

METHODS = ("wsm", "topsis", "vikor", "promethee2")
DENSE = np.linspace(0.0, 1.0, 1001)
STEP = DENSE[1]


def random_problem(seed: int, m: int = 5, n: int = 3):  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    matrix = rng.uniform(1.0, 10.0, (m, n))
    types = rng.choice([1, -1], n)
    weights = rng.uniform(0.2, 1.0, n)
    return make_problem(matrix, types, weights)


def winner_at(problem, method: str, w: np.ndarray) -> int:  # type: ignore[no-untyped-def]
    ranks = rank(problem, method, weights=w).ranks
    return int(np.lexsort((np.arange(ranks.size), ranks))[0])


def test_perturb_rescales_the_others_proportionally() -> None:
    w = np.array([0.5, 0.3, 0.2])
    out = perturb(w, 0, [0.0, 0.5, 1.0])
    # others 0.3:0.2 share 1 - x: x = 0 -> 0.6, 0.4; x = 0.5 -> 0.3, 0.2; x = 1 -> 0, 0
    np.testing.assert_allclose(out, [[0.0, 0.6, 0.4], [0.5, 0.3, 0.2], [1.0, 0.0, 0.0]])
    # the others all zero: they share 1 - x equally
    np.testing.assert_allclose(perturb([1.0, 0.0, 0.0], 0, 0.4), [0.4, 0.3, 0.3])
    with pytest.raises(InputError):
        perturb(w, 1, 1.2)


def test_leaf_weights_need_weights() -> None:
    problem = make_problem([[1, 2], [3, 4]], [1, 1])
    with pytest.raises(InputError, match="has no weight"):
        leaf_weights(problem)
    with pytest.raises(InputError, match="has no weight"):
        tipping_points(problem)


@pytest.mark.parametrize("method", sorted(all_methods()))
def test_sweep_equals_rank_at_every_point(method: str) -> None:
    problem = random_problem(11, m=6, n=4)
    grid = perturb(leaf_weights(problem), 1, np.linspace(0.0, 1.0, 21))
    try:
        for w in grid:
            rank(problem, method, weights=w)
    except MethodError:
        # e.g. COCOSO has no score when a weight is 0: the sweep must fail the same way
        with pytest.raises(MethodError):
            sweep(problem, "c2", method, points=21)
        return
    result = sweep(problem, "c2", method, points=21)
    np.testing.assert_allclose(result.weights, grid)
    assert result.scores.shape == (21, 6)
    for i, w in enumerate(result.weights):
        expected = rank(problem, method, weights=w)
        np.testing.assert_array_equal(result.ranks[i], expected.ranks)
        np.testing.assert_allclose(result.scores[i], expected.scores, rtol=1e-12, atol=1e-12)
    assert result.current_weight == pytest.approx(leaf_weights(problem)[1])


def test_sweep_reports_progress_and_cancels() -> None:
    problem = random_problem(2)
    seen: list[float] = []
    sweep(problem, "c1", "topsis", progress=seen.append)
    assert seen[-1] == 1.0
    from decision.sensitivity import SensitivityCancelled

    with pytest.raises(SensitivityCancelled):
        sweep(problem, "c1", "topsis", is_cancelled=lambda: True)
    with pytest.raises(InputError, match="'nope'"):
        sweep(problem, "nope")


def test_wsm_hand_example() -> None:
    # Raw values (normalization none), both benefit; x = weight of c1, c2 gets 1 - x:
    #   A = (0.9, 0.1): s = 0.1 + 0.8x      B = (0.2, 0.8): s = 0.8 - 0.6x
    #   C = (0.6, 0.5): s = 0.5 + 0.1x
    # At x = 0.4: A 0.42, B 0.56, C 0.54 -> ranking B, C, A.
    # B = C: 0.8 - 0.6x = 0.5 + 0.1x -> x = 3/7;  A = C: 0.1 + 0.8x = 0.5 + 0.1x -> x = 4/7;
    # A = B: 0.1 + 0.8x = 0.8 - 0.6x -> x = 1/2.  Lowering x only helps B, so the winner
    # holds on [0, 3/7] and changes to C at 3/7 (+0.028571). For c2 (y = 1 - x, now 0.6) the
    # same swaps sit at y = 4/7 (B/C) and 3/7 (A/C): the winner changes at -0.028571.
    problem = make_problem([[0.9, 0.1], [0.2, 0.8], [0.6, 0.5]], [1, 1], [0.4, 0.6])
    for analytic in (True, False):
        r = tipping_points(
            problem, "wsm", {"normalization": "none"}, swap_pairs="all", analytic=analytic
        )
        assert r.analytic is analytic
        assert r.winner == "a2"
        assert r.ranking == ("a2", "a3", "a1")
        delta, who = r.winner_change["c1"]  # type: ignore[misc]
        assert delta == pytest.approx(3 / 7 - 0.4, abs=1e-6)
        assert who == "a3"
        delta, who = r.winner_change["c2"]  # type: ignore[misc]
        assert delta == pytest.approx(4 / 7 - 0.6, abs=1e-6)
        assert who == "a3"
        assert r.stability["c1"] == pytest.approx((0.0, 3 / 7), abs=1e-6)
        assert r.tipping_weights("c1") == pytest.approx((3 / 7, 1 / 2, 4 / 7), abs=1e-6)
        assert r.tipping_weights("c2") == pytest.approx((3 / 7, 1 / 2, 4 / 7), abs=1e-6)
        bc = [s for s in r.swaps if s.criterion_id == "c1" and s.weight < 0.45]
        assert (bc[0].ahead_below, bc[0].ahead_above) == ("a2", "a3")
        assert r.pair_change("a1", "a2") == pytest.approx({"c1": 0.1, "c2": -0.1}, abs=1e-6)
    top2 = tipping_points(problem, "wsm", {"normalization": "none"}, top_k=2)
    # B, C keep their order until B = C at 3/7; below, A never passes C (A = C only at 4/7)
    assert top2.stability["c1"] == pytest.approx((0.0, 3 / 7), abs=1e-6)
    adjacent = tipping_points(problem, "wsm", {"normalization": "none"})
    with pytest.raises(Exception, match="not examined"):
        adjacent.pair_change("a2", "a1")
    assert pair_change(
        problem, "a2", "a1", "wsm", {"normalization": "none"}, analytic=False
    ) == pytest.approx({"c1": 0.1, "c2": -0.1}, abs=1e-6)


def check_against_brute_force(problem, method: str, r: TippingResult) -> None:  # type: ignore[no-untyped-def]
    w0 = leaf_weights(problem)
    winner = problem.alternative_ids.index(r.winner)
    for j, cid in enumerate(problem.leaf_ids):
        x0 = float(w0[j])
        low, high = r.stability[cid]
        inside = DENSE[(low + 1e-5 < DENSE) & (high - 1e-5 > DENSE)]
        for x in inside:
            # ties with the winner are no change (VIKOR Q of two alternatives ties over intervals)
            ranks = rank(problem, method, weights=perturb(w0, j, x)).ranks
            assert ranks[winner] == 1, (cid, x)
        options = []
        if high < 1.0:
            x = min(high + 2e-5, 1.0)
            options.append((high - x0, winner_at(problem, method, perturb(w0, j, x))))
            assert options[-1][1] != winner
        if low > 0.0:
            x = max(low - 2e-5, 0.0)
            options.append((low - x0, winner_at(problem, method, perturb(w0, j, x))))
            assert options[-1][1] != winner
        change = r.winner_change[cid]
        if not options:
            assert change is None
            # brute force agrees: the winner holds (ties allowed) on the whole dense grid
            for x in DENSE:
                assert rank(problem, method, weights=perturb(w0, j, x)).ranks[winner] == 1
            continue
        assert change is not None
        best = min(options, key=lambda t: abs(t[0]))
        assert change[0] == pytest.approx(best[0], abs=2e-6)
        assert change[1] == problem.alternative_ids[best[1]]


def check_swaps(problem, method: str, r: TippingResult) -> None:  # type: ignore[no-untyped-def]
    """Every sign change of an adjacent pair's difference on the dense grid is reported.

    The grid also holds the points 2e-6 either side of every reported swap: two real crossings
    within one cell of the dense grid (VIKOR: a tie over an interval that ends in a short
    reversal) are then seen by brute force too, and a reported swap that is no sign change
    still shows up as a count mismatch.
    """
    w0 = leaf_weights(problem)
    ids = problem.alternative_ids
    sign = 1.0 if all_methods()[method].higher_is_better else -1.0
    for j, cid in enumerate(problem.leaf_ids):
        near = [s.weight + e for s in r.swaps if s.criterion_id == cid for e in (-2e-6, 2e-6)]
        grid = np.union1d(DENSE, np.clip(near, 0.0, 1.0))
        scores = np.array([rank(problem, method, weights=perturb(w0, j, x)).scores for x in grid])
        for a, b in zip(r.ranking[:-1], r.ranking[1:], strict=True):
            d = sign * (scores[:, ids.index(a)] - scores[:, ids.index(b)])
            tol = 1e-9 * np.abs(scores).max(axis=1)
            nonzero = np.abs(d) > tol  # an exact tie at a grid point is no side
            signs, xs = np.sign(d[nonzero]), grid[nonzero]
            at_flip = np.flatnonzero(signs[1:] != signs[:-1])
            flips, before = xs[1:][at_flip], xs[:-1][at_flip]
            found = sorted(
                s.weight
                for s in r.swaps
                if s.criterion_id == cid and {s.ahead_below, s.ahead_above} == {a, b}
            )
            assert len(found) == len(flips), (cid, a, b, found, flips)
            # across a tie that lasts an interval, the swap lies somewhere in the tie
            for x, f, b in zip(found, flips, before, strict=True):
                assert b - 1e-6 <= x <= f + 1e-6


@pytest.mark.parametrize("method", METHODS)
@settings(max_examples=8, deadline=None)
@given(seed=st.integers(0, 10_000), m=st.integers(2, 6), n=st.integers(2, 4))
def test_tipping_points_match_brute_force(method: str, seed: int, m: int, n: int) -> None:
    problem = random_problem(seed, m, n)
    r = tipping_points(problem, method)
    check_against_brute_force(problem, method, r)
    check_swaps(problem, method, r)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), m=st.integers(2, 7), n=st.integers(2, 5))
def test_wsm_analytic_equals_numeric(seed: int, m: int, n: int) -> None:
    problem = random_problem(seed, m, n)
    exact = tipping_points(problem, "wsm", swap_pairs="all", top_k=2)
    grid = tipping_points(problem, "wsm", swap_pairs="all", top_k=2, analytic=False)
    assert exact.analytic and not grid.analytic
    assert exact.winner_change.keys() == grid.winner_change.keys()
    for cid, change in exact.winner_change.items():
        other = grid.winner_change[cid]
        assert (change is None) == (other is None)
        if change is not None and other is not None:
            assert other[0] == pytest.approx(change[0], abs=2e-6)
            assert other[1] == change[1]
        assert grid.stability[cid] == pytest.approx(exact.stability[cid], abs=2e-6)
    assert len(exact.swaps) == len(grid.swaps)
    for s, g in zip(exact.swaps, grid.swaps, strict=True):
        assert (s.criterion_id, s.ahead_below, s.ahead_above) == (
            g.criterion_id,
            g.ahead_below,
            g.ahead_above,
        )
        assert g.weight == pytest.approx(s.weight, abs=2e-6)


def test_top_k_stability_against_brute_force() -> None:
    problem = random_problem(5, m=6, n=3)
    r = tipping_points(problem, "topsis", top_k=3)
    w0 = leaf_weights(problem)
    top = [problem.alternative_ids.index(a) for a in r.ranking[:3]]
    for j, cid in enumerate(problem.leaf_ids):
        low, high = r.stability[cid]
        assert low <= w0[j] <= high
        for x in DENSE:
            ranks = rank(problem, "topsis", weights=perturb(w0, j, x)).ranks
            order = list(np.lexsort((np.arange(ranks.size), ranks))[:3])
            if low + 1e-5 < x < high - 1e-5:
                assert order == top
            elif x > high + 1e-5 or x < low - 1e-5:
                pass  # beyond the first change the order may come back; not checked
        for edge, step in ((high, 2e-5), (low, -2e-5)):
            if 0.0 < edge < 1.0:
                ranks = rank(problem, "topsis", weights=perturb(w0, j, edge + step)).ranks
                assert list(np.lexsort((np.arange(ranks.size), ranks))[:3]) != top


def test_tipping_progress_cancel_and_conventions() -> None:
    problem = random_problem(3)
    seen: list[float] = []
    r = tipping_points(problem, "vikor", progress=seen.append)
    assert seen[-1] == 1.0
    notes = " ".join(r.conventions.notes)
    assert "changes sign" in notes and "bisection" in notes
    assert r.conventions.tie_rule
    from decision.sensitivity import SensitivityCancelled

    with pytest.raises(SensitivityCancelled):
        tipping_points(problem, "topsis", is_cancelled=lambda: True)
    with pytest.raises(InputError):
        tipping_points(random_problem(1, m=201), "topsis", swap_pairs="all")


@settings(max_examples=20, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    m=st.integers(2, 8),
    n=st.integers(2, 5),
    normalization=st.sampled_from(["vector", "minmax", "max", "sum"]),
    zero=st.booleans(),
)
def test_topsis_closeness_along_a_weight_equals_the_kernel(
    seed: int, m: int, n: int, normalization: str, zero: bool
) -> None:
    """TOPSIS's distances as quadratics of one weight give the batched kernel's closeness."""
    problem = random_problem(seed, m, n)
    if zero:  # all other weights 0: they share 1 - x equally
        problem = make_problem(problem.matrix, problem.types, [1.0] + [0.0] * (n - 1))
    params = {"normalization": normalization}
    w0 = leaf_weights(problem)
    kernel = make_kernel(problem, "topsis", params)
    lines = topsis_lines(problem, params, w0)
    xs = np.linspace(0.0, 1.0, 17)
    for j in range(n):
        expected = kernel.batch(perturb(w0, j, xs))  # m x points
        np.testing.assert_allclose(grid_closeness(lines, j, xs), expected, atol=1e-12)
        for i in range(m):
            got = closeness(lines, np.full(xs.size, i), np.full(xs.size, j), xs)
            np.testing.assert_allclose(got, expected[i], atol=1e-12)


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000), m=st.integers(2, 9), n=st.integers(2, 5))
def test_topsis_fast_swaps_equal_kernel_bisection(seed: int, m: int, n: int) -> None:
    """Swap bisection on the O(1) closeness gives the swaps of bisection on the kernel."""
    problem = random_problem(seed, m, n)
    fast = tipping_points(problem, "topsis", swap_pairs="all")
    with mock.patch.object(tipping, "topsis_lines", lambda *_: None):
        slow = tipping_points(problem, "topsis", swap_pairs="all")
    for cid in problem.leaf_ids:
        assert fast.stability[cid] == pytest.approx(slow.stability[cid], abs=2e-6)
        change, other = fast.winner_change[cid], slow.winner_change[cid]
        assert (change is None) == (other is None)
        if change is not None and other is not None:
            assert change[0] == pytest.approx(other[0], abs=2e-6)
            assert change[1] == other[1]
    assert len(fast.swaps) == len(slow.swaps)
    key = lambda s: (s.criterion_id, s.ahead_below, s.ahead_above, s.weight)  # noqa: E731
    for f, g in zip(sorted(fast.swaps, key=key), sorted(slow.swaps, key=key), strict=True):
        assert (f.criterion_id, f.ahead_below, f.ahead_above) == (
            g.criterion_id,
            g.ahead_below,
            g.ahead_above,
        )
        assert f.weight == pytest.approx(g.weight, abs=1e-6)


def test_new_winner_at_a_tie_on_the_bound_is_the_challenger() -> None:
    """At weight 1 three alternatives tie on the only criterion left; the new winner named is
    one that catches the current winner, never the current winner itself."""
    crit = [Criterion("a", weight=0.9), Criterion("b", weight=0.1)]
    alts = [Alternative("x"), Alternative("y"), Alternative("z")]
    p = Problem.create("tie", crit, alts, [[1.0, 1.0], [0.5, 1.0], [0.2, 1.0]])
    result = tipping_points(p, "wsm")
    assert result.winner == "x"
    change = result.winner_change["b"]
    assert change is not None
    delta, new = change
    assert delta == pytest.approx(0.9)
    assert new in {"y", "z"}
