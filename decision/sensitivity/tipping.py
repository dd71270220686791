"""Tipping points: the criterion weights at which alternatives swap, winner changes and stability."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from decision.errors import DecisionError, InputError
from decision.evaluate import rank
from decision.problem import Problem
from decision.ranks import TIE_RULE, TIE_TOLERANCE
from decision.results import Conventions
from decision.sensitivity.sweep import (
    RESCALING,
    Cancelled,
    Kernel,
    Progress,
    SensitivityCancelled,
    make_kernel,
)
from decision.sensitivity.tipping_topsis import (
    TopsisLines,
    closeness,
    grid_closeness,
    topsis_lines,
)
from decision.sensitivity.tipping_vikor import VikorLines, grid_q, swap_weights, vikor_lines
from decision.sensitivity.weights import leaf_weights, perturb, perturb_rows

Array = npt.NDArray[np.float64]
Index = npt.NDArray[np.intp]
SwapPairs = Literal["adjacent", "all", "none"]

GRID_POINTS = 257
ALL_PAIRS_LIMIT = 200

SWAP_RULE = (
    "a swap is where the score difference of two alternatives changes sign (each side beyond "
    "the rank tie tolerance, 1e-9 of the largest |score|); touching 0 without crossing is no "
    "swap, and exact ties at the current weight count as no change; when two alternatives tie "
    "over an interval of weights (VIKOR can), the swap is reported where the tie begins"
)
CHANGE_RULE = (
    "the winner (top k) changes where another alternative becomes better than it by more than "
    "the rank tie tolerance; the current order breaks ties by input order; a tie at the current "
    "weight that opens up at once gives a change of 0"
)


@dataclass(frozen=True)
class SwapPoint:
    """Two alternatives swap order when ``criterion_id``'s weight passes ``weight``.

    ``ahead_below`` leads for smaller weights, ``ahead_above`` for larger ones;
    ``delta = weight - current weight`` (negative: the weight must decrease).
    """

    criterion_id: str
    weight: float
    delta: float
    ahead_below: str
    ahead_above: str


@dataclass(frozen=True)
class TippingResult:
    """Where, for each criterion weight, the ranking changes.

    ``winner_change[c]`` is ``(delta, new_winner)``: the smallest change of c's weight
    (a fraction of the total weight; negative = decrease) that makes another alternative
    win, or None if no weight in [0, 1] does. ``stability[c]`` is ``(low, high)``: the
    weights of c around the current one within which the top ``top_k`` keep their order.
    ``swaps`` lists every swap of the examined pairs (``swap_pairs``: pairs adjacent in the
    current ranking, all pairs, or none).
    """

    method: str
    criterion_ids: tuple[str, ...]
    alternative_ids: tuple[str, ...]
    current_weights: Array = field(compare=False, repr=False)
    winner: str
    ranking: tuple[str, ...]
    winner_change: Mapping[str, tuple[float, str] | None]
    stability: Mapping[str, tuple[float, float]]
    top_k: int
    swaps: tuple[SwapPoint, ...]
    swap_pairs: SwapPairs
    analytic: bool
    conventions: Conventions

    def tipping_weights(self, criterion_id: str) -> tuple[float, ...]:
        """Sorted weights of ``criterion_id`` at which some examined pair swaps."""
        return tuple(sorted({s.weight for s in self.swaps if s.criterion_id == criterion_id}))

    def pair_change(self, a: str, b: str) -> dict[str, float | None]:
        """Smallest change of each criterion's weight that swaps alternatives ``a`` and ``b``.

        Parameters
        ----------
        a, b : str
            Alternative ids; the pair must be among the examined pairs (adjacent in the
            current ranking, or any pair with ``swap_pairs="all"``). For any other pair use
            the module function :func:`pair_change`.

        Returns
        -------
        dict
            Criterion id -> signed weight change, or None when no weight in [0, 1] swaps them.
        """
        pair = {a, b}
        for alt in pair:
            if alt not in self.alternative_ids:
                raise InputError(f"alternative '{alt}' is not in the problem", alternative=alt)
        if self.swap_pairs != "all":
            pos = {x: i for i, x in enumerate(self.ranking)}
            if self.swap_pairs == "none" or abs(pos[a] - pos[b]) != 1:
                raise DecisionError(
                    f"the pair '{a}'/'{b}' was not examined (swap_pairs={self.swap_pairs!r}); "
                    "use decision.sensitivity.tipping.pair_change",
                    alternative=a,
                )
        return _smallest_by_criterion(self.criterion_ids, self.swaps, pair)


def _smallest_by_criterion(
    criterion_ids: Sequence[str], swaps: Sequence[SwapPoint], pair: set[str]
) -> dict[str, float | None]:
    out: dict[str, float | None] = {c: None for c in criterion_ids}
    for s in swaps:
        if {s.ahead_below, s.ahead_above} == pair:
            best = out[s.criterion_id]
            if best is None or abs(s.delta) < abs(best):
                out[s.criterion_id] = s.delta
    return out


# -- shared set-up --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Setup:
    problem: Problem
    kernel: Kernel
    w0: Array
    oriented_now: Array  # current scores, higher is better
    order: Index  # current ranking, ties by input order
    sign: float  # +1 if the method's score is higher-is-better
    vikor: VikorLines | None  # VIKOR's S and R as lines of each criterion's weight
    topsis: TopsisLines | None  # TOPSIS's squared distances as quadratics of it


def _setup(problem: Problem, method: str, params: Mapping[str, Any] | None) -> tuple[_Setup, Any]:
    w0 = leaf_weights(problem)
    current = rank(problem, method, params, weights=w0)
    kernel = make_kernel(problem, method, params)
    sign = 1.0 if kernel.spec.higher_is_better else -1.0
    order = np.lexsort((np.arange(len(current.ranks)), current.ranks)).astype(np.intp)
    key = kernel.spec.key
    vikor = vikor_lines(problem, params, w0) if key == "vikor" else None
    topsis = topsis_lines(problem, params, w0) if key == "topsis" else None
    return _Setup(problem, kernel, w0, sign * current.scores, order, sign, vikor, topsis), current


def _tol(o: Array) -> Array:
    """Per-column tie tolerance of an (m, k) array of oriented scores."""
    out: Array = TIE_TOLERANCE * np.max(np.abs(o), axis=0)
    return out


def _order_changed(o: Array, top: Index, outside: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Columns of oriented scores (m, k) where the order of ``top`` is broken."""
    tol = _tol(o)
    changed = np.zeros(o.shape[1], dtype=bool)
    if top.size > 1:
        changed |= np.any(o[top[1:]] - o[top[:-1]] > tol, axis=0)
    if outside.any():
        changed |= o[outside].max(axis=0) - o[top[-1]] > tol
    return changed


def _grid(x0: float, points: int) -> tuple[Array, int]:
    xs = np.union1d(np.linspace(0.0, 1.0, points), [x0])
    return xs, int(np.searchsorted(xs, x0))


def _check(is_cancelled: Cancelled | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise SensitivityCancelled("the tipping-point search was cancelled")


# -- numeric search: grid, bracket, bisect ----------------------------------------------------


def _bisect(
    lo: Array,
    hi: Array,
    js: Index,
    w0: Array,
    still_lo: Callable[[Index, Array, Array], npt.NDArray[np.bool_]],
    tol: float,
    is_cancelled: Cancelled | None,
    rows: bool = True,
) -> tuple[Array, Array]:
    """Shrink brackets [lo, hi] (either order) until |hi - lo| <= tol, keeping their ends' sides.

    ``still_lo(i, x, W)`` tells for brackets ``i`` at weights ``x`` (rows W, or an empty
    array if not ``rows``) whether the point is on the ``lo`` side.
    """
    lo, hi = lo.copy(), hi.copy()
    while True:
        active = np.flatnonzero(np.abs(hi - lo) > tol)
        if active.size == 0:
            return lo, hi
        _check(is_cancelled)
        mid = 0.5 * (lo[active] + hi[active])
        w = perturb_rows(w0, js[active], mid) if rows else np.empty((0, w0.size))
        on_lo = still_lo(active, mid, w)
        lo[active[on_lo]] = mid[on_lo]
        hi[active[~on_lo]] = mid[~on_lo]


def _sign_flips(d: Array, tol: Array) -> tuple[Index, Index, Index, npt.NDArray[np.bool_]]:
    """Sign changes along each row of d (pairs x grid points), ignoring points within ``tol``.

    Returns the row, the last grid point before the change with a sign, the first after it,
    and whether the sign before was positive.
    """
    pos = d > tol
    neg = d < -tol
    tied = ~np.all(pos | neg, axis=1)  # rows with a point inside the tolerance: slow path
    flip = pos[:, 1:] != pos[:, :-1]
    flip[tied] = False
    p_idx, g_idx = np.nonzero(flip)
    lo_idx, hi_idx, first = g_idx, g_idx + 1, pos[p_idx, g_idx]
    rows = np.flatnonzero(tied)
    if rows.size:
        s = np.where(pos[rows], 1, np.where(neg[rows], -1, 0))
        idx = np.where(s != 0, np.arange(d.shape[1]), -1)
        last = np.maximum.accumulate(idx, axis=1)
        prev_last = last[:, :-1]
        prev_sign = np.take_along_axis(s, np.maximum(prev_last, 0), axis=1)
        prev_sign[prev_last < 0] = 0
        nxt = s[:, 1:]
        t_idx, t_g = np.nonzero((nxt != 0) & (prev_sign != 0) & (nxt != prev_sign))
        p_idx = np.concatenate([p_idx, rows[t_idx]])
        lo_idx = np.concatenate([lo_idx, prev_last[t_idx, t_g]])
        hi_idx = np.concatenate([hi_idx, t_g + 1])
        first = np.concatenate([first, prev_sign[t_idx, t_g] > 0])
    return p_idx.astype(np.intp), lo_idx.astype(np.intp), hi_idx.astype(np.intp), first


def _numeric_changes(
    st: _Setup,
    ks: Sequence[int],
    grid_points: int,
    tol: float,
    pairs: Index | None,
    progress: Progress | None,
    is_cancelled: Cancelled | None,
) -> tuple[dict[int, Array], dict[int, Array], Array, list[SwapPoint]]:
    """Change points up/down for each k (nan: none) by grid + bisection, and pair swaps."""
    n = st.w0.size
    m = st.order.size
    bounds: dict[int, tuple[Array, Array, Array, Array]] = {}
    tops = {k: st.order[:k] for k in ks}
    outsides = {}
    for k in ks:
        mask = np.ones(m, dtype=bool)
        mask[tops[k]] = False
        outsides[k] = mask
        nan = np.full(n, np.nan)
        bounds[k] = (nan.copy(), nan.copy(), nan.copy(), nan.copy())  # up lo/hi, down lo/hi
    swap_lo: list[Array] = []
    swap_hi: list[Array] = []
    swap_j: list[Array] = []
    swap_p: list[Index] = []
    swap_first_pos: list[npt.NDArray[np.bool_]] = []
    for j in range(n):
        _check(is_cancelled)
        xs, i0 = _grid(float(st.w0[j]), grid_points)
        w = perturb(st.w0, j, xs)  # also checks the sweep (one criterion: its weight is 1)
        if st.vikor is not None:
            o = st.sign * grid_q(st.vikor, j, xs)
        elif st.topsis is not None:
            o = st.sign * grid_closeness(st.topsis, j, xs)
        else:
            o = st.sign * st.kernel.batch(w)
        for k in ks:
            changed = _order_changed(o, tops[k], outsides[k])
            up = np.flatnonzero(changed[i0 + 1 :])
            if up.size:
                bounds[k][0][j], bounds[k][1][j] = xs[i0 + up[0]], xs[i0 + up[0] + 1]
            down = np.flatnonzero(changed[:i0])
            if down.size:
                bounds[k][2][j], bounds[k][3][j] = xs[down[-1] + 1], xs[down[-1]]
        if pairs is not None and pairs.size:
            p_idx, lo_idx, hi_idx, first = _sign_flips(o[pairs[:, 0]] - o[pairs[:, 1]], _tol(o))
            swap_lo.append(xs[lo_idx])
            swap_hi.append(xs[hi_idx])
            swap_j.append(np.full(p_idx.size, j))
            swap_p.append(p_idx)
            swap_first_pos.append(first)
        if progress is not None:
            progress(0.8 * (j + 1) / n)

    w0 = st.w0
    up_points: dict[int, Array] = {}
    down_points: dict[int, Array] = {}
    winners_at = np.full((2, n), -1, dtype=np.intp)
    for k in ks:
        up_lo, up_hi, dn_lo, dn_hi = bounds[k]
        lo = np.concatenate([up_lo, dn_lo])
        hi = np.concatenate([up_hi, dn_hi])
        js = np.concatenate([np.arange(n), np.arange(n)]).astype(np.intp)
        ok = ~np.isnan(lo)
        top, outside = tops[k], outsides[k]

        def unchanged(
            _i: Index,
            _x: Array,
            w: Array,
            top: Index = top,
            outside: npt.NDArray[np.bool_] = outside,
        ) -> npt.NDArray[np.bool_]:
            return ~_order_changed(st.sign * st.kernel.batch(w), top, outside)

        lo_ok, hi_ok = _bisect(lo[ok], hi[ok], js[ok], w0, unchanged, tol, is_cancelled)
        points = np.full(2 * n, np.nan)
        points[ok] = 0.5 * (lo_ok + hi_ok)
        up_points[k], down_points[k] = points[:n], points[n:]
        if k == 1 and ok.any():
            o_hi = st.sign * st.kernel.batch(perturb_rows(w0, js[ok], hi_ok))
            flat = np.full(2 * n, -1, dtype=np.intp)
            flat[ok] = np.argmax(o_hi, axis=0)
            winners_at = flat.reshape(2, n)
    if progress is not None:
        progress(0.9)

    swaps: list[SwapPoint] = []
    if pairs is not None and swap_lo:
        lo = np.concatenate(swap_lo)
        hi = np.concatenate(swap_hi)
        js = np.concatenate(swap_j).astype(np.intp)
        ps = np.concatenate(swap_p)
        first_pos = np.concatenate(swap_first_pos)
        a, b = pairs[ps, 0], pairs[ps, 1]

        def same_as_lo(i: Index, x: Array, w: Array) -> npt.NDArray[np.bool_]:
            if st.topsis is not None:
                score_a = closeness(st.topsis, a[i], js[i], x)
                score_b = closeness(st.topsis, b[i], js[i], x)
            else:
                score_a, score_b = st.kernel.pointwise(a[i], w), st.kernel.pointwise(b[i], w)
            d = st.sign * (score_a - score_b)
            scale = np.maximum(np.abs(score_a), 1e-300)
            side = np.where(first_pos[i], d > TIE_TOLERANCE * scale, d < -TIE_TOLERANCE * scale)
            return np.asarray(side)

        if st.vikor is not None:
            _check(is_cancelled)
            at = swap_weights(st.vikor, js, lo, hi, a, b, first_pos, tol)
        else:
            rows = st.topsis is None
            lo_r, hi_r = _bisect(lo, hi, js, w0, same_as_lo, tol, is_cancelled, rows)
            at = 0.5 * (lo_r + hi_r)
        # lo is on the side of the grid's earlier point only when lo < hi
        lead_lo_side = np.where(first_pos, a, b)
        other = np.where(first_pos, b, a)
        rising = lo < hi
        below = np.where(rising, lead_lo_side, other)
        above = np.where(rising, other, lead_lo_side)
        swaps = _swaps(st, js, at, below, above)
    return up_points, down_points, winners_at.astype(np.float64), swaps


def _swaps(st: _Setup, js: Index, xs: Array, below: Index, above: Index) -> list[SwapPoint]:
    """SwapPoints sorted by criterion, then weight (built from plain lists: there can be many)."""
    order = np.lexsort((xs, js))
    leaf, alts = st.problem.leaf_ids, st.problem.alternative_ids
    js_l, xs_l = js[order].tolist(), xs[order].tolist()
    deltas = (xs[order] - st.w0[js[order]]).tolist()
    lo_l, hi_l = below[order].tolist(), above[order].tolist()
    return [
        SwapPoint(leaf[j], x, dx, alts[lo], alts[hi])
        for j, x, dx, lo, hi in zip(js_l, xs_l, deltas, lo_l, hi_l, strict=True)
    ]


# -- analytic search for methods linear in the weights ----------------------------------------


def _analytic_changes(
    st: _Setup, ks: Sequence[int], pairs: Index | None
) -> tuple[dict[int, Array], dict[int, Array], Array, list[SwapPoint]]:
    """Exact change points when a linear quantity u(x) = A + x B orders the alternatives."""
    linear = st.kernel.linear
    assert linear is not None
    n = st.w0.size
    m = st.order.size
    js = np.arange(n)
    u0 = linear(perturb_rows(st.w0, js, np.zeros(n)))  # m x n: criterion j's weight at 0
    u1 = linear(perturb_rows(st.w0, js, np.ones(n)))
    slope = u1 - u0
    up_points: dict[int, Array] = {}
    down_points: dict[int, Array] = {}
    winners = np.full((2, n), np.nan)
    for k in ks:
        top = st.order[:k]
        outside = np.setdiff1d(np.arange(m), top)
        behind = np.concatenate([top[1:], outside])
        ahead = np.concatenate([top[:-1], np.full(outside.size, top[-1])])
        d_a = u0[behind] - u0[ahead]  # (pairs, n): behind minus ahead, <= 0 now
        d_b = slope[behind] - slope[ahead]
        x0 = st.w0[np.newaxis, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            root = -d_a / d_b
        up = np.where((d_b > 0) & (root <= 1.0), np.maximum(root, x0), np.inf)
        down = np.where((d_b < 0) & (root >= 0.0), np.minimum(root, x0), -np.inf)
        up_min, down_max = up.min(axis=0), down.max(axis=0)
        up_points[k] = np.where(np.isfinite(up_min), up_min, np.nan)
        down_points[k] = np.where(np.isfinite(down_max), down_max, np.nan)
        if k == 1:
            # The new winner is the alternative that catches the current one there (of several
            # at the same point, the one gaining fastest) - not whoever leads just beyond it,
            # which at a bound of [0, 1] can be the current winner itself when they tie.
            for row, cand, pts in ((0, up, up_points[k]), (1, down, down_points[k])):
                for j in np.flatnonzero(~np.isnan(pts)):
                    tied = np.flatnonzero(cand[:, j] == pts[j])
                    speed = d_b[tied, j] if row == 0 else -d_b[tied, j]
                    winners[row, j] = float(behind[tied[np.argmax(speed)]])
    swaps: list[SwapPoint] = []
    if pairs is not None and pairs.size:
        a, b = pairs[:, 0], pairs[:, 1]
        d_a = u0[a] - u0[b]
        d_b = slope[a] - slope[b]
        with np.errstate(divide="ignore", invalid="ignore"):
            root = -d_a / d_b
        hit = (d_b != 0) & (root > 0.0) & (root < 1.0)
        p_idx, j_idx = np.nonzero(hit)
        # a is ahead above the root when its slope is larger
        a_above = d_b[p_idx, j_idx] > 0
        above = np.where(a_above, a[p_idx], b[p_idx])
        below = np.where(a_above, b[p_idx], a[p_idx])
        swaps = _swaps(st, j_idx.astype(np.intp), root[p_idx, j_idx], below, above)
    return up_points, down_points, winners, swaps


# -- public functions -------------------------------------------------------------------------


def _pairs(order: Index, swap_pairs: SwapPairs) -> Index | None:
    m = order.size
    if swap_pairs == "none" or m < 2:
        return None
    if swap_pairs == "adjacent":
        return np.stack([order[:-1], order[1:]], axis=1).astype(np.intp)
    if swap_pairs == "all":
        if m > ALL_PAIRS_LIMIT:
            raise InputError(
                f"swap_pairs='all' is limited to {ALL_PAIRS_LIMIT} alternatives (got {m}); "
                "use 'adjacent'",
                field="swap_pairs",
            )
        a, b = np.triu_indices(m, 1)
        return np.stack([a, b], axis=1).astype(np.intp)
    raise InputError(
        f"swap_pairs must be 'adjacent', 'all' or 'none', not {swap_pairs!r}", field="swap_pairs"
    )


def tipping_points(
    problem: Problem,
    method: str = "topsis",
    params: Mapping[str, Any] | None = None,
    tol: float = 1e-6,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
    *,
    top_k: int = 1,
    swap_pairs: SwapPairs = "adjacent",
    analytic: bool = True,
    grid_points: int = GRID_POINTS,
) -> TippingResult:
    """Find, for every criterion, the weights at which the ranking changes.

    One criterion's weight x runs over [0, 1] with the others rescaled proportionally.
    For methods whose score (or its logarithm) is linear in the weights, WSM, WPM and
    PROMETHEE II, the points are exact roots of straight lines. For every other method
    (TOPSIS, VIKOR, ...) the scores are computed on a grid of x (batched), sign changes
    are bracketed and refined by bisection to ``tol``; two crossings of the same pair
    within one grid cell (1/(grid_points-1)) can be missed. VIKOR's swaps are then solved
    exactly (Q_a = Q_b is a quadratic in x between kinks of S*, S-, R*, R-, R_a and R_b; see
    ``tipping_vikor``), and TOPSIS's bisection evaluates the closeness of a pair in O(1)
    (its squared distances are quadratics in x; see ``tipping_topsis``).

    Parameters
    ----------
    problem : Problem
        A problem with weights on all criteria.
    method : str
        Any registered method key.
    params : mapping, optional
        Method parameters.
    tol : float
        Width to which numeric tipping weights are refined.
    progress, is_cancelled : callable, optional
        Progress fraction callback and cancellation poll (raises ``SensitivityCancelled``).
    top_k : int
        ``stability`` gives the interval within which the top ``top_k`` keep their order.
    swap_pairs : {"adjacent", "all", "none"}
        Pairs whose swaps are listed: neighbours in the current ranking, every pair (up to
        200 alternatives), or none (fastest).
    analytic : bool
        Use the exact linear solution where the method allows (False forces the grid).
    grid_points : int
        Grid size of the numeric search.

    Returns
    -------
    TippingResult
        Swaps, winner changes and stability intervals per criterion, with conventions.
    """
    if top_k < 1:
        raise InputError(f"top_k must be at least 1, got {top_k}", field="top_k")
    if not 0 < tol < 0.1:
        raise InputError(f"tol must lie in (0, 0.1), got {tol:g}", field="tol")
    st, current = _setup(problem, method, params)
    m = st.order.size
    k = min(top_k, m)
    ks = sorted({1, k})
    pairs = _pairs(st.order, swap_pairs)
    exact = analytic and st.kernel.linear is not None
    if exact:
        up, down, winners, swaps = _analytic_changes(st, ks, pairs)
    else:
        up, down, winners, swaps = _numeric_changes(
            st, ks, grid_points, tol, pairs, progress, is_cancelled
        )
    ids = problem.leaf_ids
    alts = problem.alternative_ids
    winner_change: dict[str, tuple[float, str] | None] = {}
    stability: dict[str, tuple[float, float]] = {}
    for j, cid in enumerate(ids):
        x0 = float(st.w0[j])
        options = []
        if not np.isnan(up[1][j]):
            options.append((float(up[1][j]) - x0, int(winners[0, j])))
        if not np.isnan(down[1][j]):
            options.append((float(down[1][j]) - x0, int(winners[1, j])))
        if options:
            delta, who = min(options, key=lambda t: (abs(t[0]), t[0] < 0))
            winner_change[cid] = (delta, alts[who])
        else:
            winner_change[cid] = None
        low = 0.0 if np.isnan(down[k][j]) else float(down[k][j])
        high = 1.0 if np.isnan(up[k][j]) else float(up[k][j])
        stability[cid] = (low, high)
    if progress is not None:
        progress(1.0)
    conv = current.conventions
    how = (
        "exact: the score (log score for WPM) is linear in the swept weight"
        if exact
        else f"grid of {grid_points} weights per criterion, bisection to {tol:g}"
    )
    if st.vikor is not None and pairs is not None:
        how += (
            "; swap weights exact: Q_a = Q_b is a quadratic in the weight where the "
            "alternatives giving S*, S-, R* and the lines giving R*, R-, R_a, R_b are fixed"
        )
    position = {c: i for i, c in enumerate(ids)}
    swaps.sort(key=lambda s: (position[s.criterion_id], s.weight))  # sorted already: one pass
    return TippingResult(
        method=st.kernel.spec.key,
        criterion_ids=ids,
        alternative_ids=alts,
        current_weights=st.w0,
        winner=alts[int(st.order[0])] if m else "",
        ranking=tuple(alts[i] for i in st.order),
        winner_change=winner_change,
        stability=stability,
        top_k=k,
        swaps=tuple(swaps),
        swap_pairs=swap_pairs,
        analytic=exact,
        conventions=Conventions(
            method=conv.method,
            normalization=conv.normalization,
            tie_rule=TIE_RULE,
            weights_source=conv.weights_source,
            parameters=conv.parameters,
            notes=(RESCALING, SWAP_RULE, CHANGE_RULE, how),
        ),
    )


def pair_change(
    problem: Problem,
    a: str,
    b: str,
    method: str = "topsis",
    params: Mapping[str, Any] | None = None,
    tol: float = 1e-6,
    *,
    analytic: bool = True,
    grid_points: int = GRID_POINTS,
) -> dict[str, float | None]:
    """Smallest change of each criterion's weight that swaps alternatives ``a`` and ``b``.

    Parameters
    ----------
    problem : Problem
        A problem with weights on all criteria.
    a, b : str
        Two different alternative ids.
    method, params, tol, analytic, grid_points
        As for :func:`tipping_points`.

    Returns
    -------
    dict
        Criterion id -> signed weight change (negative = decrease), or None.
    """
    ids = problem.alternative_ids
    for alt in (a, b):
        if alt not in ids:
            raise InputError(f"alternative '{alt}' is not in the problem", alternative=alt)
    if a == b:
        raise InputError("pair_change needs two different alternatives", alternative=a)
    st, _ = _setup(problem, method, params)
    pairs = np.array([[ids.index(a), ids.index(b)]], dtype=np.intp)
    if analytic and st.kernel.linear is not None:
        swaps = _analytic_changes(st, [1], pairs)[3]
    else:
        swaps = _numeric_changes(st, [1], grid_points, tol, pairs, None, None)[3]
    return _smallest_by_criterion(problem.leaf_ids, swaps, {a, b})
