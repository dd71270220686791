"""Reordering the rows of a model that sorts itself: keep persistent indexes on their rows."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QAbstractItemModel


def move_persistent_indexes(
    model: QAbstractItemModel, old: npt.NDArray[np.intp], new: npt.NDArray[np.intp]
) -> None:
    """``old``/``new`` map view rows to data rows; call between layoutAboutToBeChanged and
    layoutChanged so selections and editors follow their data row."""
    where = np.empty_like(new)
    where[new] = np.arange(new.size)
    for index in model.persistentIndexList():
        row = int(where[old[index.row()]])
        model.changePersistentIndex(index, model.index(row, index.column()))
