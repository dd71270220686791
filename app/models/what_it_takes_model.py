"""Table model of "what would it take": per criterion, the weight change that makes another winner."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.i18n import QT_TR_NOOP, percent, tr
from app.services.sensitivity_logic import NO_CHANGE_TIP, WhatRow

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
COL_CRITERION, COL_WEIGHT, COL_CHANGE, COL_WINNER, COL_STABLE = range(5)
HEADERS = (
    QT_TR_NOOP("Criterion"),
    QT_TR_NOOP("Weight"),
    QT_TR_NOOP("Change to flip"),
    QT_TR_NOOP("New winner"),
    QT_TR_NOOP("Winner stays for"),
)
TIPS = (
    "",
    QT_TR_NOOP("The criterion's share of the total weight"),
    QT_TR_NOOP(
        "Percentage points the weight must move (the others rescaled in proportion) for another "
        "alternative to win; negative = less weight"
    ),
    QT_TR_NOOP("The alternative that would win after that change"),
    QT_TR_NOOP("The range of this weight within which the current winner stays first"),
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class WhatItTakesModel(QAbstractTableModel):
    """One row per leaf criterion, in the problem's order (rows are not sorted)."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: tuple[WhatRow, ...] = ()

    def set_rows(self, rows: Sequence[WhatRow]) -> None:
        new = tuple(rows)
        if [r.criterion_id for r in new] != [r.criterion_id for r in self._rows]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        self._rows = new
        if new:
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(HEADERS) - 1))

    def rows(self) -> tuple[WhatRow, ...]:
        return self._rows

    def criterion_id(self, row: int) -> str:
        return self._rows[row].criterion_id

    def row_of(self, criterion_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.criterion_id == criterion_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(HEADERS)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(TIPS[section]) or None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                (
                    r.label,
                    percent(r.weight, 1),
                    r.change_text,
                    r.new_winner,
                    r.interval_text,
                )[col]
                if 0 <= col < len(HEADERS)
                else None
            )
        if role == SORT_ROLE:
            native = (r.label, r.weight, r.change, r.new_winner, (r.low, r.high))
            return native[col] if 0 <= col < len(HEADERS) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_CHANGE and r.change is None:
                return tr(NO_CHANGE_TIP)
            if col == COL_CHANGE and r.change is not None:
                return tr("From {old} to {new}: {winner} would win").format(
                    old=percent(r.weight, 1),
                    new=percent(r.weight + r.change, 1),
                    winner=r.new_winner,
                )
            if col in (COL_CRITERION, COL_WINNER):
                return (r.label, "", "", r.new_winner, "")[col] or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_WEIGHT, COL_STABLE):
            return _RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_CHANGE and r.change is not None:
            return _RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
