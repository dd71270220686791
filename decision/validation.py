"""One vectorised validation pass over weights and performance matrices."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from decision.errors import InputError, MethodError, place


def check_weights(
    weights: npt.ArrayLike, ids: Sequence[str], *, group: str | None = None
) -> npt.NDArray[np.float64]:
    """Check that weights are finite, non-negative and not all zero; return them summing to 1."""
    w = np.asarray(weights, dtype=float)
    where = f" in group '{group}'" if group else ""
    if w.shape != (len(ids),):
        raise InputError(f"expected {len(ids)} weights{where}, got {w.size}", field="weight")
    bad = ~np.isfinite(w)
    if bad.any():
        cid = ids[int(np.argmax(bad))]
        raise InputError(f"criterion '{cid}': weight is missing or not a number", criterion=cid)
    neg = w < 0
    if neg.any():
        cid = ids[int(np.argmax(neg))]
        raise InputError(
            f"criterion '{cid}': weight {w[int(np.argmax(neg))]:g} is negative",
            criterion=cid,
        )
    total = float(w.sum())
    if total <= 0:
        raise InputError(f"all weights{where} are zero", field="weight")
    normalised: npt.NDArray[np.float64] = w / total
    return normalised


def check_matrix(
    matrix: npt.ArrayLike,
    alternative_ids: Sequence[str],
    criterion_ids: Sequence[str],
    *,
    method: str = "",
    positive: bool = False,
    nonnegative: bool = False,
    nonconstant: bool = False,
) -> npt.NDArray[np.float64]:
    """Validate a performance matrix in one vectorised pass and return it as float64.

    Parameters
    ----------
    matrix : array_like
        m x n performance values, rows follow ``alternative_ids``.
    positive, nonnegative : bool
        Require values > 0 (WPM, geometric means) or >= 0 (entropy).
    nonconstant : bool
        Reject a column whose values are all equal (VIKOR divides by the range).

    Raises
    ------
    InputError
        A value is missing or not a finite number.
    MethodError
        The values break a requirement of ``method``.
    """
    m = np.asarray(matrix, dtype=float)
    if m.ndim != 2 or m.shape != (len(alternative_ids), len(criterion_ids)):
        raise InputError(
            f"matrix has shape {m.shape}, expected {len(alternative_ids)} x {len(criterion_ids)}",
            field="matrix",
        )
    if m.size == 0:
        raise InputError("the problem has no alternatives or no criteria", field="matrix")
    if not np.isfinite(m).all():  # one cheap pass; locate the culprit only on failure
        i, j = _first(~np.isfinite(m))
        a, c = alternative_ids[i], criterion_ids[j]
        raise InputError(
            f"{place(a, c)}: value is missing or not a finite number",
            alternative=a,
            criterion=c,
        )
    label = f"{method} " if method else ""
    if positive and m.min() <= 0:
        _require(m > 0, m, alternative_ids, criterion_ids, f"{label}needs values > 0")
    if nonnegative and m.min() < 0:
        _require(m >= 0, m, alternative_ids, criterion_ids, f"{label}needs values >= 0")
    if nonconstant and m.shape[0] > 1:
        const = m.max(axis=0) == m.min(axis=0)
        if const.any():
            c = criterion_ids[int(np.argmax(const))]
            raise MethodError(
                f"criterion '{c}': all alternatives have the same value, which {label or 'the method '}"
                "cannot handle (remove the criterion or choose another method)",
                criterion=c,
            )
    return m


def _first(mask: npt.NDArray[np.bool_]) -> tuple[int, int]:
    flat = int(np.argmax(mask))
    i, j = divmod(flat, mask.shape[1])
    return i, j


def _require(
    ok: npt.NDArray[np.bool_],
    m: npt.NDArray[np.float64],
    alternative_ids: Sequence[str],
    criterion_ids: Sequence[str],
    what: str,
) -> None:
    if ok.all():
        return
    i, j = _first(~ok)
    a, c = alternative_ids[i], criterion_ids[j]
    raise MethodError(
        f"{place(a, c)}: value {m[i, j]:g} is not allowed, {what}",
        alternative=a,
        criterion=c,
    )
