"""Missing values: drop the units that have them, or impute the mean or median of the others."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

from decision.errors import MethodError

Array = npt.NDArray[np.float64]
MissingMode = Literal["drop", "mean", "median"]
MISSING_MODES: tuple[MissingMode, ...] = ("drop", "mean", "median")


@dataclass(frozen=True)
class Completed:
    """A complete matrix: the rows kept, imputed cells and the convention in words.

    ``kept`` are the row numbers of the units kept (all of them unless ``drop``);
    ``imputed`` holds (row, column) cells of the *original* matrix that were filled in.
    """

    values: Array = field(compare=False, repr=False)
    kept: tuple[int, ...]
    dropped: tuple[int, ...]
    imputed: tuple[tuple[int, int], ...]
    convention: str


def complete(x: npt.ArrayLike, mode: str) -> Completed:
    """Handle NaN cells by ``mode``; a missing value is never read as zero.

    ``drop`` leaves out every unit with a missing value (listed in ``dropped``);
    ``mean``/``median`` fill a cell with the mean/median of the units that have a value
    for that indicator (listed in ``imputed``).

    Raises
    ------
    MethodError
        Unknown mode, or ``drop`` would leave fewer than one unit.
    """
    v = np.array(x, dtype=float)
    nan = np.isnan(v)
    rows = tuple(range(v.shape[0]))
    if mode == "drop":
        bad = nan.any(axis=1)
        kept = tuple(int(i) for i in np.flatnonzero(~bad))
        if not kept:
            raise MethodError(
                "every unit has at least one missing value, so dropping them leaves nothing "
                "to rank; impute the mean or median instead",
                field="missing",
            )
        out = v[list(kept)]
        text = (
            "units with a missing value are left out of the normalization and the ranking "
            "(listed as dropped)"
        )
        return _freeze(out, kept, tuple(int(i) for i in np.flatnonzero(bad)), (), text)
    if mode not in ("mean", "median"):
        raise MethodError(
            f"missing-data mode '{mode}' is unknown; choose one of {', '.join(MISSING_MODES)}",
            field="missing",
        )
    with np.errstate(all="ignore"):
        fill = np.nanmean(v, axis=0) if mode == "mean" else np.nanmedian(v, axis=0)
    cells = tuple((int(i), int(j)) for i, j in np.argwhere(nan))
    v[nan] = np.take(fill, np.nonzero(nan)[1])
    text = (
        f"a missing value is replaced by the {mode} of the other units' values of that "
        "indicator (raw values, before normalization); imputed cells are listed"
    )
    return _freeze(v, rows, (), cells, text)


def _freeze(
    v: Array,
    kept: tuple[int, ...],
    dropped: tuple[int, ...],
    imputed: tuple[tuple[int, int], ...],
    text: str,
) -> Completed:
    v = np.ascontiguousarray(v)
    v.setflags(write=False)
    return Completed(v, kept, dropped, imputed, text)
