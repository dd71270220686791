"""Group AHP: aggregation of individual judgments (AIJ) or of individual priorities (AIP)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from decision.ahp.matrix import PairwiseMatrix
from decision.errors import AHPError

Array = npt.NDArray[np.float64]

AIJ = (
    "aggregation of individual judgments (AIJ): weighted geometric mean of each pair over the "
    "participants who judged it (Aczél & Saaty 1983; Forman & Peniwati 1998, EJOR 108:165-169)"
)
AIP = (
    "aggregation of individual priorities (AIP): weighted geometric mean of each item's "
    "priority over the participants, renormalised to sum 1 (Forman & Peniwati 1998)"
)


def _participant_weights(k: int, weights: npt.ArrayLike | None) -> Array:
    if weights is None:
        return np.ones(k)
    w = np.asarray(weights, dtype=float)
    if w.shape != (k,):
        raise AHPError(
            f"expected {k} participant weights, got {w.size}", field="participant_weights"
        )
    bad = ~np.isfinite(w) | (w < 0)
    if bad.any():
        p = int(np.argmax(bad))
        raise AHPError(
            f"participant {p + 1}: weight {w[p]:g} must be a finite number >= 0",
            row=p,
            field="participant_weights",
        )
    if w.sum() <= 0:
        raise AHPError("all participant weights are zero", field="participant_weights")
    out: Array = w
    return out


def aggregate_judgments(
    matrices: Sequence[PairwiseMatrix],
    participant_weights: npt.ArrayLike | None = None,
    *,
    where: str = "",
) -> PairwiseMatrix:
    """Combine participants' matrices into one by the (weighted) geometric mean (AIJ).

    Parameters
    ----------
    matrices : sequence of PairwiseMatrix
        One per participant, over the same items (in any order); missing judgments
        (NaN) are skipped, so each pair averages over the participants who judged it.
    participant_weights : array_like, optional
        Non-negative voting weights, equal by default.
    where : str, optional
        Label of the combined matrix for error messages.

    Returns
    -------
    PairwiseMatrix
        Reciprocal by construction; a pair nobody judged stays missing.

    Raises
    ------
    AHPError
        No matrices, different item sets, or invalid participant weights.
    """
    if not matrices:
        raise AHPError("group aggregation needs at least one participant", field="matrices")
    items = matrices[0].items
    k = len(matrices)
    pw = _participant_weights(k, participant_weights)
    n = len(items)
    log_sum = np.zeros((n, n))
    weight_sum = np.zeros((n, n))
    for p, pm in enumerate(matrices):
        if set(pm.items) != set(items) or len(pm.items) != n:
            extra = sorted(set(pm.items) ^ set(items))
            raise AHPError(
                f"participant {p + 1}: items differ from participant 1's ({', '.join(extra)})",
                row=p,
                field="items",
            )
        order = [pm.items.index(x) for x in items]
        values = pm.values[np.ix_(order, order)]
        known = ~np.isnan(values)
        log_sum += np.where(known, pw[p] * np.log(np.where(known, values, 1.0)), 0.0)
        weight_sum += np.where(known, pw[p], 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        combined = np.where(weight_sum > 0, np.exp(log_sum / weight_sum), np.nan)
    # exp(-x) and 1/exp(x) may differ in the last bit: rebuild the lower triangle exactly
    upper = np.triu_indices(n, 1)
    combined.T[upper] = 1.0 / combined[upper]
    np.fill_diagonal(combined, 1.0)
    combined.setflags(write=False)
    return PairwiseMatrix(items, combined, where)


def aggregate_priorities(
    priorities: Sequence[npt.ArrayLike], participant_weights: npt.ArrayLike | None = None
) -> Array:
    """Combine participants' priority vectors by the weighted geometric mean (AIP).

    Parameters
    ----------
    priorities : sequence of array_like
        One positive vector per participant, all over the same items in the same order.
    participant_weights : array_like, optional
        Non-negative voting weights, equal by default.

    Returns
    -------
    ndarray
        Group priorities summing to 1.
    """
    if len(priorities) == 0:
        raise AHPError("group aggregation needs at least one participant", field="priorities")
    p = np.array([np.asarray(x, dtype=float) for x in priorities])
    if p.ndim != 2:
        raise AHPError("every participant needs one priority per item", field="priorities")
    if not (np.isfinite(p).all() and (p > 0).all()):
        r, _ = np.argwhere(~(np.isfinite(p) & (p > 0)))[0]
        raise AHPError(
            f"participant {r + 1}: priorities must be positive numbers",
            row=int(r),
            field="priorities",
        )
    pw = _participant_weights(p.shape[0], participant_weights)
    g = np.exp((pw[:, None] * np.log(p)).sum(axis=0) / pw.sum())
    out: Array = g / g.sum()
    return out
