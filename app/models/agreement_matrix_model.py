"""Table model of method agreement as a methods x methods matrix of one rank-similarity measure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.i18n import number, tr
from app.models.acceptability_model import shade

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class AgreementMatrixModel(QAbstractTableModel):
    """Rows and columns are methods; a cell is the measure between them ('—' if one failed).

    Shaded by the value (0 or less white, 1 dark); a failed method's reason is its tooltip.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._labels: tuple[str, ...] = ()
        self._values = np.zeros((0, 0))
        self._errors: tuple[str, ...] = ()
        self.measure = ""

    def set_matrix(
        self,
        labels: Sequence[str],
        values: npt.ArrayLike,
        measure: str,
        errors: Mapping[int, str] | None = None,
    ) -> None:
        new = tuple(labels)
        matrix = np.asarray(values, dtype=float).reshape(len(new), len(new))
        reset = new != self._labels
        if reset:
            self.beginResetModel()
        self._labels, self._values, self.measure = new, matrix, measure
        self._errors = tuple((errors or {}).get(k, "") for k in range(len(new)))
        if reset:
            self.endResetModel()
        elif new:
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(new) - 1))

    def value(self, row: int, col: int) -> float:
        return float(self._values[row, col])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not (0 <= section < len(self._labels)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[section]
        if role == Qt.ItemDataRole.ToolTipRole and self._errors[section]:
            return self._errors[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        n = len(self._labels)
        if not (0 <= row < n and 0 <= col < n):
            return None
        value = float(self._values[row, col])
        missing = bool(np.isnan(value))
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if missing else number(value, 2)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER
        if role == Qt.ItemDataRole.BackgroundRole and not missing:
            return shade(0.85 * value)
        if role == Qt.ItemDataRole.ForegroundRole and not missing:
            return QColor("white") if 0.85 * value > 0.5 else QColor("black")
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = self._errors[row] or self._errors[col]
            if reason:
                return reason
            return tr("{measure} between {first} and {second}").format(
                measure=self.measure, first=self._labels[row], second=self._labels[col]
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
