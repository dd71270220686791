"""VIKOR (Opricovic & Tzeng 2004) on raw values, with the compromise set and a batched Q kernel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.errors import MethodError
from decision.methods.base import Array, Context, MethodOutput, MethodSpec, Parameter
from decision.ranks import TIE_TOLERANCE, competition_ranks

# S- - S* (or R- - R*) at most this share of S- counts as zero: float noise in S must not be
# blown up to a full 0..1 term of Q when all alternatives have the same S in exact arithmetic.
_SPAN_TOLERANCE = 1e-12
# Q lies in [0, 1]; comparisons with DQ allow this much float noise (1/3 must pass as 1/3).
DQ_TOLERANCE = 1e-9

NORMALIZATION = (
    "none: raw values; each gap f*_j - f_ij is divided by the criterion's range f*_j - f-_j "
    "(f* best, f- worst value of the criterion)"
)


@dataclass(frozen=True)
class Compromise:
    """Opricovic's compromise solution: members (row indices, best Q first) and the two conditions."""

    members: tuple[int, ...]
    acceptable_advantage: bool
    acceptable_stability: bool
    dq: float


def vikor_gaps(
    matrix: npt.ArrayLike,
    types: npt.ArrayLike,
    criterion_ids: Sequence[str] | None = None,
) -> Array:
    """Normalized regret of every alternative on every criterion.

    Parameters
    ----------
    matrix : array_like
        m x n raw performance values (already validated: finite).
    types : array_like
        +1 (benefit) or -1 (cost) per column.
    criterion_ids : sequence of str, optional
        Column ids, used only to name a constant column in the error.

    Returns
    -------
    ndarray
        m x n array ``(f*_j - f_ij) / (f*_j - f-_j)`` in [0, 1]: 0 at the best value of the
        criterion (max for benefit, min for cost), 1 at the worst.

    Raises
    ------
    MethodError
        A criterion has the same value for every alternative (f* = f-).
    """
    x = np.asarray(matrix, dtype=float)
    benefit = np.asarray(types) > 0
    hi, lo = x.max(axis=0), x.min(axis=0)
    span = hi - lo
    if (span == 0).any():
        j = int(np.argmax(span == 0))
        cid = criterion_ids[j] if criterion_ids is not None else f"#{j + 1}"
        raise MethodError(
            f"criterion '{cid}': all alternatives have the same value, which VIKOR cannot "
            "handle (f* = f- divides by zero; remove the criterion or choose another method)",
            criterion=cid,
        )
    best = np.where(benefit, hi, lo)
    gaps: Array = np.abs(best - x) / span
    return gaps


def _group_utility_and_regret(gaps: Array, weights_kxn: Array) -> tuple[Array, Array]:
    """S (m x k) and R (m x k) for k weight vectors; R is built one criterion at a time (m x k memory)."""
    s = gaps @ weights_kxn.T
    r = np.zeros_like(s)
    for j in range(gaps.shape[1]):
        np.maximum(r, np.multiply.outer(gaps[:, j], weights_kxn[:, j]), out=r)
    return s, r


def _scaled(values: Array) -> tuple[Array, npt.NDArray[np.bool_]]:
    """(x - min)/(max - min) per column, 0 where the column is flat (within float noise)."""
    lo, hi = values.min(axis=0), values.max(axis=0)
    span = hi - lo
    flat = span <= _SPAN_TOLERANCE * np.abs(hi)
    scaled: Array = (values - lo) / np.where(flat, 1.0, span)
    scaled[:, flat] = 0.0
    return scaled, flat


def _q_from(
    s: Array, r: Array, v: float
) -> tuple[Array, npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    s_term, s_flat = _scaled(s)
    r_term, r_flat = _scaled(r)
    q: Array = v * s_term + (1.0 - v) * r_term
    return q, s_flat, r_flat


def vikor_q(matrix_oriented_gaps: npt.ArrayLike, weights_kxn: npt.ArrayLike, v: float) -> Array:
    """VIKOR's Q for many weight vectors at once (the Monte Carlo and what-if kernel).

    Parameters
    ----------
    matrix_oriented_gaps : array_like
        m x n normalized regrets from :func:`vikor_gaps` (0 best, 1 worst per criterion).
    weights_kxn : array_like
        One weight vector (n,) or k of them (k, n); Q does not depend on their sum.
    v : float
        Weight of the group utility S against the individual regret R, in [0, 1].

    Returns
    -------
    ndarray
        Q with shape (m,) for one weight vector, (m, k) for k; smaller is better. A term whose
        S (or R) is the same for every alternative contributes 0.
    """
    gaps = np.asarray(matrix_oriented_gaps, dtype=float)
    w = np.asarray(weights_kxn, dtype=float)
    single = w.ndim == 1
    s, r = _group_utility_and_regret(gaps, np.atleast_2d(w))
    q, _, _ = _q_from(s, r, v)
    return q[:, 0] if single else q


def compromise(q: npt.ArrayLike, s: npt.ArrayLike, r: npt.ArrayLike) -> Compromise:
    """Compromise solution by Opricovic & Tzeng's conditions C1 and C2.

    Alternatives are ordered by Q (ties, equal within the rank tolerance, in input order);
    a' is the first, a'' the second. C1 (acceptable advantage): Q(a'') - Q(a') >= DQ with
    DQ = 1/(m-1), so a tie with a' on Q fails C1. C2 (acceptable stability): a' is also
    best ranked by S or by R (a tie for best counts as best).

    Parameters
    ----------
    q, s, r : array_like
        VIKOR's Q, S and R of the m alternatives (m >= 2).

    Returns
    -------
    Compromise
        ``[a']`` if C1 and C2 hold; ``[a', a'']`` if only C2 fails (with every alternative
        tied with a'' on Q); if C1 fails, a' = a(1), a(2), ..., a(M) for the largest M
        with Q(a(M)) - Q(a') < DQ. Differences are compared with DQ less 1e-9 (float noise).

    Raises
    ------
    MethodError
        Fewer than two alternatives (DQ = 1/(m-1) is undefined).
    """
    qa, sa, ra = (np.asarray(x, dtype=float) for x in (q, s, r))
    m = qa.size
    if m < 2:
        raise MethodError("a VIKOR compromise needs at least two alternatives")
    dq = 1.0 / (m - 1)
    # Only the head of the Q order matters, so no full sort: a million alternatives would
    # otherwise pay for several sorts here. "Tied" means within the rank tolerance.
    tied_first = _near_min(qa)
    first = int(np.argmax(tied_first))
    rest = qa.copy()
    rest[first] = np.inf
    second = int(np.argmin(rest))
    advantage = bool(tied_first.sum() == 1 and qa[second] - qa[first] >= dq - DQ_TOLERANCE)
    stability = bool(_near_min(sa)[first] or _near_min(ra)[first])
    if advantage and stability:
        members = [first]
    elif advantage:
        tied_second = _near_min(rest)
        tied_second[first] = False
        members = [first, *np.flatnonzero(tied_second).tolist()]
    else:
        # the prefix a(1) ... a(M) of the Q order (ties in input order); ties with a' are in it
        inside = np.flatnonzero(qa - qa[first] < dq - DQ_TOLERANCE)
        ordered = inside[
            np.lexsort((inside, competition_ranks(qa[inside], higher_is_better=False)))
        ]
        members = [first, *(int(i) for i in ordered if i != first)]
    return Compromise(tuple(members), advantage, stability, dq)


def _near_min(values: Array) -> npt.NDArray[np.bool_]:
    """Entries equal to the minimum within the rank tolerance (1e-9 of the largest |value|)."""
    scale = float(np.max(np.abs(values[np.isfinite(values)]), initial=0.0))
    return np.asarray(values <= values.min() + TIE_TOLERANCE * scale)


def _compute(
    matrix: Array,
    weights: Array,
    types: npt.NDArray[np.int8],
    params: Mapping[str, Any],
    ctx: Context,
) -> MethodOutput:
    if matrix.shape[0] < 2:
        raise MethodError(
            "VIKOR needs at least two alternatives (with one, every criterion is constant)",
            field="alternatives",
        )
    v = float(params["v"])
    gaps = vikor_gaps(matrix, types, [c.id for c in ctx.criteria])
    s2, r2 = _group_utility_and_regret(gaps, weights[np.newaxis, :])
    q2, s_flat, r_flat = _q_from(s2, r2, v)
    s, r, q = s2[:, 0], r2[:, 0], q2[:, 0]
    chosen = compromise(q, s, r)
    ids = list(ctx.alternative_ids)
    names = [ids[i] for i in chosen.members]
    notes = [_compromise_note(names, chosen)]
    if s_flat[0]:
        notes.append("every alternative has the same S (S- = S*): the S term of Q is set to 0")
    if r_flat[0]:
        notes.append("every alternative has the same R (R- = R*): the R term of Q is set to 0")
    details: dict[str, Any] = {
        "S": s,
        "R": r,
        "Q": q,
        "compromise": names,
        "conditions": {
            "acceptable_advantage": chosen.acceptable_advantage,
            "acceptable_stability": chosen.acceptable_stability,
            "DQ": chosen.dq,
        },
    }
    return MethodOutput(scores=q, details=details, normalization=NORMALIZATION, notes=tuple(notes))


def _compromise_note(names: list[str], chosen: Compromise) -> str:
    listed = ", ".join(f"'{n}'" for n in names)
    dq = f"DQ = 1/(m-1) = {chosen.dq:.4g}"
    if chosen.acceptable_advantage and chosen.acceptable_stability:
        why = f"acceptable advantage ({dq}) and acceptable stability hold"
    elif chosen.acceptable_advantage:
        why = "acceptable stability fails: the best Q is not also best by S or R"
    else:
        why = f"acceptable advantage fails: these are within {dq} of the best Q"
    return f"compromise solution (Opricovic & Tzeng 2004): {listed}; {why}"


SPEC = MethodSpec(
    key="vikor",
    label="VIKOR",
    description=(
        "Compromise ranking by group utility S and individual regret R combined into Q "
        "(smaller is better), with Opricovic's compromise set. Every criterion must vary: "
        "a constant one makes f* = f- and divides by zero."
    ),
    compute=_compute,
    higher_is_better=False,
    parameters=(
        Parameter(
            "v",
            "float",
            0.5,
            "Weight of the majority rule (S) against the individual regret (R); 0.5 = consensus.",
            minimum=0.0,
            maximum=1.0,
        ),
    ),
    needs=lambda p: {"nonconstant": True},
    reference=(
        "Opricovic, S. & Tzeng, G.-H. (2004) Compromise solution by MCDM methods: a comparative "
        "analysis of VIKOR and TOPSIS. European Journal of Operational Research 156(2):445-455."
    ),
)
