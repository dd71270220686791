"""One thin Qt model for every table of the Retail planning page (inputs and results)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.planning_logic import Table, empty_table

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
FLAG_BRUSH = QBrush(QColor("#c62828"))
FLAG_BACKGROUND = QBrush(QColor("#fde0e0"))
MUTED_BRUSH = QBrush(QColor("#8a8a8a"))
EDITABLE_BACKGROUND = QBrush(QColor("#fbfdff"))


class PlanningTableModel(QAbstractTableModel):
    """Shows a :class:`~app.services.planning_logic.Table`. Editing emits
    ``sig_edit(table name, row, column, text)`` and changes nothing: the page validates the
    text, saves the new data set as an undoable step and then calls :meth:`set_table`."""

    sig_edit = Signal(str, int, int, str)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._table: Table = empty_table("")

    def set_table(self, table: Table) -> None:
        """Reset only when the shape or headers change; otherwise signal the changed cells."""
        old = self._table
        same = (old.columns, old.rows) == (table.columns, table.rows) and old.name == table.name
        if not same:
            self.beginResetModel()
            self._table = table
            self.endResetModel()
            return
        self._table = table
        if table.rows and table.columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(table.rows) - 1, len(table.columns) - 1)
            )

    def table(self) -> Table:
        return self._table

    # -- Qt overrides ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._table.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.EditRole:
            return cell.edit if cell.edit is not None else cell.text
        if role == SORT_ROLE:
            return cell.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = isinstance(cell.value, int | float) and not isinstance(cell.value, bool)
            if numeric or cell.text == "—":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell.flagged:
                return FLAG_BRUSH
            return MUTED_BRUSH if cell.muted else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.flagged:
                return FLAG_BACKGROUND
            return EDITABLE_BACKGROUND if cell.editable else None
        if role == Qt.ItemDataRole.FontRole and cell.flagged:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        t = self._table
        horizontal = orientation == Qt.Orientation.Horizontal
        names = t.columns if horizontal else t.rows
        if not 0 <= section < len(names):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return names[section]
        if role == Qt.ItemDataRole.ToolTipRole and horizontal and section < len(t.column_tips):
            return t.column_tips[section] or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._table.cells[index.row()][index.column()].editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        cell = self._table.cells[index.row()][index.column()]
        if not cell.editable:
            return False
        text = "" if value is None else str(value)
        if text.strip() == (cell.edit or "").strip():
            return False
        self.sig_edit.emit(self._table.name, index.row(), index.column(), text)
        return False  # the page stores it and shows the new table
