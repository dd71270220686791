"""Table model of a reciprocal pairwise matrix; the upper triangle is editable."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.i18n import tr
from app.services.weights_logic import format_ratio, parse_ratio

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
HIGHLIGHT = QColor(255, 214, 153)
COMPLETED = QColor(128, 128, 128)


class PairwiseMatrixModel(QAbstractTableModel):
    """Rows and columns are the compared items; cell (i, j) says how many times item i is
    as important as item j. Unanswered pairs show the completed value in brackets.

    Editing a cell of the upper triangle does not change the model: it emits
    ``sig_value_edited(i, j, value)`` (NaN clears the answer) and the owner saves it and
    calls :meth:`set_matrix` again.
    """

    sig_value_edited = Signal(int, int, float)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._labels: list[str] = []
        self._values = np.zeros((0, 0))
        self._completed: npt.NDArray[np.float64] | None = None
        self._highlight: tuple[int, int] | None = None
        self._editable = True

    # -- feeding ------------------------------------------------------------------------
    def set_matrix(
        self,
        labels: Sequence[str],
        values: npt.ArrayLike,
        completed: npt.ArrayLike | None = None,
        highlight: tuple[int, int] | None = None,
        editable: bool = True,
    ) -> None:
        """Show a matrix; the model resets only when the items change."""
        v = np.array(values, dtype=float)
        c = None if completed is None else np.array(completed, dtype=float)
        same_shape = list(labels) == self._labels and v.shape == self._values.shape
        if not same_shape:
            self.beginResetModel()
        self._labels = list(labels)
        self._values, self._completed = v, c
        self._highlight, self._editable = highlight, editable
        if same_shape:
            n = len(self._labels)
            if n:
                self.dataChanged.emit(self.index(0, 0), self.index(n - 1, n - 1))
        else:
            self.endResetModel()

    def value(self, row: int, column: int) -> float:
        return float(self._values[row, column])

    # -- Qt overrides -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and (
            0 <= section < len(self._labels)
        ):
            return self._labels[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and index.row() < index.column():
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        i, j = index.row(), index.column()
        v = float(self._values[i, j])
        given = not math.isnan(v)
        if role == Qt.ItemDataRole.DisplayRole:
            if given:
                return format_ratio(v)
            if self._completed is not None:
                return f"({format_ratio(float(self._completed[i, j]))})"
            return "–"
        if role == Qt.ItemDataRole.EditRole:
            return format_ratio(v) if given else ""
        if role == SORT_ROLE:
            return v if given else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (not given or i > j):
            return QBrush(COMPLETED)
        if role == Qt.ItemDataRole.BackgroundRole and self._highlight in ((i, j), (j, i)):
            return QBrush(HIGHLIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            a, b = self._labels[i], self._labels[j]
            if i == j:
                return tr("{a} compared with itself").format(a=a)
            if not given:
                return tr("{a} / {b}: not answered (completed value in brackets, if any)").format(
                    a=a, b=b
                )
            return tr("{a} is {ratio} times as important as {b}").format(
                a=a, ratio=format_ratio(v), b=b
            )
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        try:
            parsed = parse_ratio(str(value))
        except (ValueError, ZeroDivisionError):
            return False  # the view keeps the old value; no dialog from a model
        self.sig_value_edited.emit(
            index.row(), index.column(), math.nan if parsed is None else parsed
        )
        return True
