"""Inconsistency diagnosis: which judgments to revisit, and to what value, to lower CR."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from decision.ahp.matrix import PairwiseMatrix
from decision.ahp.priorities import consistency, solve

Array = npt.NDArray[np.float64]

# Saaty's fundamental scale with reciprocals: 1/9, 1/8, ..., 1/2, 1, 2, ..., 9.
SAATY_SCALE: tuple[float, ...] = tuple(1.0 / k for k in range(9, 1, -1)) + tuple(
    float(k) for k in range(1, 10)
)

SUGGESTION_NOTE = (
    "suggestions: judgments ranked by their share of the inconsistency |ln(a_ij w_j / w_i)| "
    "(Saaty 2003, EJOR 145:85-91); for each, 'suggested' is the value on Saaty's 1/9..9 "
    "scale that lowers CR most when only that judgment changes, 'cr_after' the CR then, and "
    "'consistent_value' = w_i/w_j the unrestricted value with its CR 'cr_consistent'"
)

_NOISE = 1e-12


def inconsistency_errors(matrix: npt.ArrayLike, weights: npt.ArrayLike) -> Array:
    """Saaty's e_ij = a_ij w_j / w_i (all 1 for a consistent matrix)."""
    a = np.asarray(matrix, dtype=float)
    w = np.asarray(weights, dtype=float)
    out: Array = a * np.outer(1.0 / w, w)
    return out


def cr_of(pm: PairwiseMatrix, prioritization: str) -> float:
    """Consistency ratio of a (possibly incomplete) matrix, completed as in the results."""
    _, _, lam = solve(pm, prioritization)
    return consistency(lam, pm.n)[1]


def suggest_revisions(
    pm: PairwiseMatrix,
    matrix: npt.ArrayLike,
    weights: npt.ArrayLike,
    cr: float,
    prioritization: str,
    *,
    top_k: int = 3,
) -> list[dict[str, Any]]:
    """Judgments whose revision lowers CR most, best first.

    Judgments (given ones only, never completed ones) are taken in decreasing order of
    |ln e_ij| with e_ij = a_ij w_j / w_i. For each, every value of Saaty's scale 1/9..9
    and the consistent value w_i/w_j is tried with all other judgments unchanged; a
    judgment is suggested only when some scale value lowers CR. At most ``3 * top_k``
    judgments are tried.

    Parameters
    ----------
    pm : PairwiseMatrix
        The judgments as given (NaN where missing).
    matrix, weights : array_like
        The (completed) matrix and its weights, as in the result.
    cr : float
        Its consistency ratio.
    prioritization : str
        Used again for every trial, so ``cr_after`` is comparable with ``cr``.
    top_k : int
        Number of suggestions wanted.

    Returns
    -------
    list of dict
        Keys ``a``, ``b`` (item names), ``current`` (a_ab as given), ``suggested``
        (Saaty-scale value), ``cr_after``, ``consistent_value`` (w_a/w_b),
        ``cr_consistent`` and ``inconsistency`` (|ln e_ab|); sorted by ``cr_after``.
    """
    if top_k <= 0 or pm.n < 3 or cr <= _NOISE:
        return []
    w = np.asarray(weights, dtype=float)
    share = np.abs(np.log(inconsistency_errors(matrix, w)))
    pairs = sorted(pm.known_pairs(), key=lambda p: -share[p])
    out: list[dict[str, Any]] = []
    for i, j in pairs[: 3 * top_k]:
        if share[i, j] <= _NOISE or len(out) >= top_k:
            break
        current = float(pm.values[i, j])
        trials = [
            (
                v,
                cr
                if abs(v / current - 1.0) <= 1e-9
                else cr_of(pm.with_value(i, j, v), prioritization),
            )
            for v in SAATY_SCALE
        ]
        best, cr_best = min(trials, key=lambda t: (t[1], abs(np.log(t[0] / current))))
        if cr_best >= cr - _NOISE:
            continue
        consistent = float(w[i] / w[j])
        out.append(
            {
                "a": pm.items[i],
                "b": pm.items[j],
                "current": current,
                "suggested": best,
                "cr_after": cr_best,
                "consistent_value": consistent,
                "cr_consistent": cr_of(pm.with_value(i, j, consistent), prioritization),
                "inconsistency": float(share[i, j]),
            }
        )
    out.sort(key=lambda s: (s["cr_after"], -s["inconsistency"]))
    return out
