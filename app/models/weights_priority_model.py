"""Table model of a list of criteria with their weights (AHP priorities or objective ones)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.i18n import QT_TR_NOOP, percent, tr

Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_WEIGHT = 0, 1
HEADERS = (QT_TR_NOOP("Criterion"), QT_TR_NOOP("Weight"))
SORT_ROLE = Qt.ItemDataRole.UserRole


class PriorityModel(QAbstractTableModel):
    """Criterion and weight (shown as %, sorted by the native fraction)."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._names: list[str] = []
        self._weights: list[float] = []

    def set_rows(self, names: Sequence[str], weights: Sequence[float]) -> None:
        """Show new weights; the model resets only when the criteria change."""
        if list(names) != self._names:
            self.beginResetModel()
            self._names, self._weights = list(names), [float(w) for w in weights]
            self.endResetModel()
            return
        self._weights = [float(w) for w in weights]
        if self._names:
            last = self.index(len(self._names) - 1, COL_WEIGHT)
            self.dataChanged.emit(self.index(0, COL_WEIGHT), last)

    def weights(self) -> list[float]:
        return list(self._weights)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._names[row] if col == COL_NAME else percent(100 * self._weights[row], 1)
        if role == SORT_ROLE:
            return self._names[row] if col == COL_NAME else self._weights[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_WEIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
