"""VIKOR along one-criterion weight sweeps: S and R as lines, Q on a grid, exact swap weights."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.methods.registry import get_method
from decision.methods.vikor import vikor_gaps
from decision.problem import Problem
from decision.ranks import TIE_TOLERANCE

Array = npt.NDArray[np.float64]
Index = npt.NDArray[np.intp]
Mask = npt.NDArray[np.bool_]

# as in decision.methods.vikor: a span of S (or R) within 1e-12 of its maximum is flat (term 0)
_SPAN_TOLERANCE = 1e-12
# a line below the envelope by less than this (S and R lie in [0, 1]) does not split it
_ENVELOPE_SLACK = 1e-14
_SEED_POINTS = 65


@dataclass(frozen=True)
class VikorLines:
    """VIKOR's S and R of every alternative as functions of one criterion's weight x.

    With the other weights rescaled proportionally, S_i(x) = (1 - x) a_ij + x d_ij is a line
    and R_i(x) = max((1 - x) c_ij, x d_ij) the larger of two lines (the other weights all
    scale by the same factor, so the same one of them gives the largest weighted gap for
    every x). ``d`` are VIKOR's normalized gaps (fixed), ``a[:, j]`` and ``c[:, j]`` the
    weighted sum and the largest weighted gap on the other criteria with j's weight at 0.
    """

    d: Array
    a: Array
    c: Array
    v: float


def vikor_lines(problem: Problem, params: Mapping[str, Any] | None, w0: Array) -> VikorLines:
    """The lines of :class:`VikorLines` for ``problem`` at current weights ``w0`` (summing to 1).

    The matrix must already be validated for VIKOR (``make_kernel`` does it).
    """
    p = get_method("vikor").resolve(params)
    d = vikor_gaps(problem.matrix, problem.types, problem.leaf_ids)
    n = w0.size
    share = np.broadcast_to(w0, (n, n)).copy()  # row j: weights with j's at 0, rescaled to 1
    np.fill_diagonal(share, 0.0)
    rest = share.sum(axis=1)
    flat = np.flatnonzero(rest <= 0)  # as perturb(): if the others are all zero they share equally
    share[flat] = 1.0
    share[flat, flat] = 0.0
    rest[flat] = n - 1.0
    share /= np.where(rest > 0, rest, 1.0)[:, np.newaxis]
    a = d @ share.T
    c = np.max(d[:, np.newaxis, :] * share[np.newaxis, :, :], axis=2)
    return VikorLines(d, a, c, float(p["v"]))


def _span(lo: Array, hi: Array) -> tuple[Array, Mask]:
    flat = hi - lo <= _SPAN_TOLERANCE * np.abs(hi)
    return np.where(flat, 1.0, hi - lo), flat


def grid_q(lines: VikorLines, j: int, xs: Array) -> Array:
    """VIKOR's Q (m, k) at weights ``xs`` (k,) of criterion ``j``, as ``vikor_q`` computes it."""
    a, c, d = lines.a[:, j], lines.c[:, j], lines.d[:, j]
    s = np.multiply.outer(d - a, xs)
    s += a[:, np.newaxis]
    r = np.multiply.outer(c, 1.0 - xs)
    np.maximum(r, np.multiply.outer(d, xs), out=r)
    for x, v in ((s, lines.v), (r, 1.0 - lines.v)):  # in place: (x - min) v / span, 0 if flat
        lo, hi = x.min(axis=0), x.max(axis=0)
        span, flat = _span(lo, hi)
        x -= lo
        x *= np.where(flat, 0.0, v / span)
    s += r
    return s


# -- exact envelopes of one criterion ----------------------------------------------------------


def _lower_envelope(alpha: Array, beta: Array) -> tuple[Array, Index]:
    """Lower envelope of the lines alpha + beta x on [0, 1]: breakpoints and the lines between.

    Seeded on a grid, then each cell whose lowest line changes is split at the crossing of
    its two end lines until no line lies below the crossing (exact for lines: a line below
    another somewhere inside an interval is below it at one of the interval's ends).
    """
    grid = np.linspace(0.0, 1.0, _SEED_POINTS)
    arg = np.argmin(np.multiply.outer(beta, grid) + alpha[:, np.newaxis], axis=0)
    breaks: list[float] = []
    ids: list[int] = [int(arg[0])]

    def split(xl: float, xr: float, i: int, k: int, depth: int) -> None:
        if beta[i] != beta[k]:
            xc = min(max((alpha[k] - alpha[i]) / (beta[i] - beta[k]), xl), xr)
        else:
            xc = 0.5 * (xl + xr)
        at = alpha + beta * xc
        low = int(np.argmin(at))
        ends = min(at[i], at[k])  # equal unless the crossing was clipped to the cell
        if depth < 60 and low not in (i, k) and at[low] < ends - _ENVELOPE_SLACK:
            split(xl, xc, i, low, depth + 1)
            split(xc, xr, low, k, depth + 1)
        else:
            breaks.append(xc)
            ids.append(k)

    for g in np.flatnonzero(arg[1:] != arg[:-1]):
        split(float(grid[g]), float(grid[g + 1]), int(arg[g]), int(arg[g + 1]), 0)
    return np.asarray(breaks, dtype=float), np.asarray(ids, dtype=np.intp)


@dataclass(frozen=True)
class _Envelopes:
    """S*, S- and R* of one criterion j for any weight x in O(log m)."""

    s_min: tuple[Array, Index]  # breakpoints, lines
    s_max: tuple[Array, Index]
    kinks: Array  # sorted: the x where each R_i turns from (1 - x) c_i to x d_i
    c_val: Array  # min c over the alternatives from position k on (m + 1), and who
    c_id: Index
    d_val: Array  # min d over the alternatives before position k (m + 1), and who
    d_id: Index
    c_max: float  # R-(x) = max((1 - x) c_max, x d_max)
    d_max: float


def _envelopes(lines: VikorLines, j: int) -> _Envelopes:
    a, c, d = lines.a[:, j], lines.c[:, j], lines.d[:, j]
    m = a.size
    with np.errstate(divide="ignore", invalid="ignore"):
        kink = np.where(c + d > 0, c / (c + d), 0.0)
    order = np.argsort(kink, kind="stable").astype(np.intp)
    big = np.inf
    c_sorted = np.append(c[order], big)
    c_val = np.minimum.accumulate(c_sorted[::-1])[::-1]
    pos = np.arange(m + 1)
    # who attains the suffix minimum: the nearest position from k on with that value
    hit = np.where(c_sorted == c_val, pos, m)
    c_pos = np.minimum.accumulate(hit[::-1])[::-1]
    d_sorted = np.concatenate([[big], d[order]])
    d_val = np.minimum.accumulate(d_sorted)
    hit = np.where(d_sorted == d_val, pos, 0)
    d_pos = np.maximum.accumulate(hit)
    ids = np.append(order, 0)
    return _Envelopes(
        s_min=_lower_envelope(a, d - a),
        s_max=_lower_envelope(-a, a - d),
        kinks=kink[order],
        c_val=c_val,
        c_id=ids[c_pos],
        d_val=d_val,
        d_id=ids[np.maximum(d_pos - 1, 0)],
        c_max=float(c.max()),
        d_max=float(d.max()),
    )


def _piece(lines: VikorLines, j: int, x: Array, who: Index) -> Index:
    out: Index = (lines.d[who, j] * x > lines.c[who, j] * (1.0 - x)).astype(np.intp)
    return out


def _at(
    lines: VikorLines, env: _Envelopes, j: int, x: Array, a: Index, b: Index
) -> tuple[Array, Array, Index]:
    """Q of a and b at weights x of criterion j, and the identities there.

    Identity columns: the S*, S- and R* alternatives, R*'s line, whether S and R are flat,
    and the lines of R-, R_a and R_b (0: (1 - x) c, 1: x d).
    """
    one = 1.0 - x
    s_min_id = env.s_min[1][np.searchsorted(env.s_min[0], x, side="right")]
    s_max_id = env.s_max[1][np.searchsorted(env.s_max[0], x, side="right")]
    s_lo = one * lines.a[s_min_id, j] + x * lines.d[s_min_id, j]
    s_hi = one * lines.a[s_max_id, j] + x * lines.d[s_max_id, j]
    k = np.searchsorted(env.kinks, x, side="left")  # those before k are on their x d line
    flat_c = np.where(k < env.kinks.size, one * np.minimum(env.c_val[k], 2.0), np.inf)
    up_d = np.where(k > 0, x * np.minimum(env.d_val[k], 2.0), np.inf)
    r_piece = (up_d < flat_c).astype(np.intp)
    r_min_id = np.where(r_piece == 1, env.d_id[k], env.c_id[k])
    r_lo = np.minimum(flat_c, up_d)
    r_hi = np.maximum(one * env.c_max, x * env.d_max)
    r_max_piece = (x * env.d_max > one * env.c_max).astype(np.intp)
    s_span, s_flat = _span(s_lo, s_hi)
    r_span, r_flat = _span(r_lo, r_hi)

    def q(who: Index) -> Array:
        s = one * lines.a[who, j] + x * lines.d[who, j]
        r = np.maximum(one * lines.c[who, j], x * lines.d[who, j])
        out: Array = np.where(s_flat, 0.0, lines.v * (s - s_lo) / s_span) + np.where(
            r_flat, 0.0, (1.0 - lines.v) * (r - r_lo) / r_span
        )
        return out

    ident = np.stack(
        [
            s_min_id,
            s_max_id,
            r_min_id,
            r_piece,
            s_flat,
            r_flat,
            r_max_piece,
            _piece(lines, j, x, a),
            _piece(lines, j, x, b),
        ],
        axis=1,
    ).astype(np.intp)
    return q(a), q(b), ident


# -- swap weights -------------------------------------------------------------------------------


def _line(
    lines: VikorLines, j: int, lo: Array, who: Index, piece: Index | None
) -> tuple[Array, Array]:
    """Value at ``lo`` and slope of S_who (piece None) or of R_who's line ``piece``."""
    d = lines.d[who, j]
    if piece is None:
        a = lines.a[who, j]
        return (1.0 - lo) * a + lo * d, d - a
    c = lines.c[who, j]
    return np.where(piece == 1, lo * d, (1.0 - lo) * c), np.where(piece == 1, d, -c)


def _roots(
    lines: VikorLines,
    env: _Envelopes,
    j: int,
    lo: Array,
    hi: Array,
    a: Index,
    b: Index,
    ident: Index,
) -> Array:
    """First root in [lo, hi] of Q_a - Q_b where every identity is constant (nan: none found).

    There Q_a - Q_b = v dS / DS + (1 - v) dR / DR with dS = S_a - S_b, DS = S- - S*,
    dR = R_a - R_b, DR = R- - R*, all lines in x; times DS DR (> 0) it is a quadratic.
    A flat term (S- = S*, or R- = R*) is 0 and its denominator taken as 1.
    """
    s_flat, r_flat = ident[:, 4] == 1, ident[:, 5] == 1
    sa, sa1 = _line(lines, j, lo, a, None)
    sb, sb1 = _line(lines, j, lo, b, None)
    ra, ra1 = _line(lines, j, lo, a, ident[:, 7])
    rb, rb1 = _line(lines, j, lo, b, ident[:, 8])
    s_lo, s_lo1 = _line(lines, j, lo, ident[:, 0], None)
    s_hi, s_hi1 = _line(lines, j, lo, ident[:, 1], None)
    r_lo, r_lo1 = _line(lines, j, lo, ident[:, 2], ident[:, 3])
    top = ident[:, 6] == 1
    r_hi = np.where(top, lo * env.d_max, (1.0 - lo) * env.c_max)
    r_hi1 = np.where(top, env.d_max, -env.c_max)
    alpha_s = np.where(s_flat, 0.0, lines.v)
    alpha_r = np.where(r_flat, 0.0, 1.0 - lines.v)
    ds0, ds1 = sa - sb, sa1 - sb1
    dr0, dr1 = ra - rb, ra1 - rb1
    den_s0, den_s1 = np.where(s_flat, 1.0, s_hi - s_lo), np.where(s_flat, 0.0, s_hi1 - s_lo1)
    den_r0, den_r1 = np.where(r_flat, 1.0, r_hi - r_lo), np.where(r_flat, 0.0, r_hi1 - r_lo1)
    # in u = x - lo: p2 u^2 + p1 u + p0
    p2 = alpha_s * ds1 * den_r1 + alpha_r * dr1 * den_s1
    p1 = alpha_s * (ds0 * den_r1 + ds1 * den_r0) + alpha_r * (dr0 * den_s1 + dr1 * den_s0)
    p0 = alpha_s * ds0 * den_r0 + alpha_r * dr0 * den_s0
    width = hi - lo
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        disc = p1 * p1 - 4.0 * p2 * p0
        sq = np.sqrt(np.maximum(disc, 0.0))
        q = -0.5 * (p1 + np.where(p1 >= 0, sq, -sq))  # stable: no cancellation
        cands = np.stack([q / p2, p0 / q], axis=1)
        slack = (1e-9 * width)[:, np.newaxis]
        ok = np.isfinite(cands) & (cands >= -slack) & (cands <= width[:, np.newaxis] + slack)
        ok &= ((disc >= 0) & (p0 != 0))[:, np.newaxis]
        first = np.where(ok, cands, np.inf).min(axis=1)
    out: Array = np.where(np.isfinite(first), lo + np.clip(first, 0.0, width), np.nan)
    return out


def _one_criterion(
    lines: VikorLines,
    j: int,
    lo: Array,
    hi: Array,
    a: Index,
    b: Index,
    a_first: Mask,
    tol: float,
) -> Array:
    env = _envelopes(lines, j)
    lo, hi = lo.astype(float), hi.astype(float)
    id_lo = _at(lines, env, j, lo, a, b)[2]
    id_hi = _at(lines, env, j, hi, a, b)[2]
    out = np.full(lo.size, np.nan)
    forced = np.zeros(lo.size, dtype=bool)  # no root found: halve down to tol
    active = np.arange(lo.size)
    while active.size:
        same = ~forced[active] & np.all(id_lo[active] == id_hi[active], axis=1)
        now = active[same]
        if now.size:
            x = _roots(lines, env, j, lo[now], hi[now], a[now], b[now], id_lo[now])
            good = ~np.isnan(x)
            out[now[good]] = x[good]
            forced[now[~good]] = True
            active = active[~np.isin(active, now[good])]
        narrow = hi[active] - lo[active] <= tol
        done = active[narrow]
        out[done] = 0.5 * (lo[done] + hi[done])
        active = active[~narrow]
        if not active.size:
            break
        mid = 0.5 * (lo[active] + hi[active])
        qa, qb, id_mid = _at(lines, env, j, mid, a[active], b[active])
        tie = TIE_TOLERANCE * np.maximum(np.abs(qa), 1e-300)
        on_lo = np.where(a_first[active], qb - qa > tie, qa - qb > tie)
        up, down = active[on_lo], active[~on_lo]
        lo[up], id_lo[up] = mid[on_lo], id_mid[on_lo]
        hi[down], id_hi[down] = mid[~on_lo], id_mid[~on_lo]
    return out


def swap_weights(
    lines: VikorLines,
    js: Index,
    lo: Array,
    hi: Array,
    a: Index,
    b: Index,
    a_first: Mask,
    tol: float,
) -> Array:
    """Weights where pairs (a, b) swap, one per bracket [lo, hi] (lo < hi) of criterion js.

    At ``lo`` the pair is strictly on one side (``a_first``: a has the smaller Q, by more than
    the rank tie tolerance), at ``hi`` not. Brackets are halved (keeping the side change)
    until the alternatives that are S*, S- and R* and the lines that give R*, R-, R_a and
    R_b are the same at both ends (each holds on an interval of x, so then on the whole
    bracket); there Q_a = Q_b is a quadratic, and its first root in the bracket is the
    result. Where that fails (no root: the pair only comes within the tie tolerance) or the
    bracket is narrower than ``tol`` first, the result is the middle of a bracket of width
    at most ``tol``. As in the bisection of other methods, a tie over an interval is
    reported where it begins.
    """
    out = np.full(js.size, np.nan)
    for j in np.unique(js):
        sel = np.flatnonzero(js == j)
        out[sel] = _one_criterion(
            lines, int(j), lo[sel], hi[sel], a[sel], b[sel], a_first[sel], tol
        )
    return out
