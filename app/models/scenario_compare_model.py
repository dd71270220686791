"""Table model of scenarios side by side: one row per alternative, its rank under each scenario."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.i18n import tr
from app.services.scenario_logic import ScenarioComparison

Index = QModelIndex | QPersistentModelIndex
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
# A rank that differs from the first scenario's: better (green) or worse (red), pale.
_BETTER = QBrush(QColor("#d9f2dd"))
_WORSE = QBrush(QColor("#f8dcd9"))


class ScenarioCompareModel(QAbstractTableModel):
    """Alternatives (rows, by the first scenario's rank) × scenarios (rank columns).

    A cell whose rank differs from the first column's is shaded and its tooltip says by how
    many places the alternative moved. A scenario that failed shows '—' with its reason.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.comparison: ScenarioComparison | None = None
        self._order: list[int] = []

    def set_comparison(self, comparison: ScenarioComparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self._order = comparison.order() if comparison is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.comparison is None:
            return 0
        return 1 + len(self.comparison.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        c = self.comparison
        if c is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("Alternative") if section == 0 else _name(c.columns[section - 1].name)
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            col = c.columns[section - 1]
            text = tr("{scenario}: ranked with {method}").format(
                scenario=_name(col.name), method=col.method
            )
            if col.missing:
                text += "; " + tr(
                    "no weight saved for {criteria} (the current one is used)"
                ).format(criteria=", ".join(col.missing))
            return text
        return None

    def rank(self, row: int, column: int) -> int | None:
        """The rank shown at (row, column ≥ 1), None when that scenario failed."""
        assert self.comparison is not None
        ranks = self.comparison.columns[column - 1].ranks
        return None if ranks is None else ranks[self._order[row]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        c = self.comparison
        if c is None or not index.isValid():
            return None
        alt, column = self._order[index.row()], index.column()
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return c.alternative_names[alt]
            return None
        col = c.columns[column - 1]
        rank = self.rank(index.row(), column)
        reference = self.rank(index.row(), 1)
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if rank is None else str(rank)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            if rank is None:
                return col.error
            if column > 1 and reference is not None and rank != reference:
                moved = reference - rank
                base = _name(c.columns[0].name)
                if moved > 0:
                    text = tr("{n} place(s) up from {base}")
                else:
                    text = tr("{n} place(s) down from {base}")
                return text.format(n=abs(moved), base=base)
            return None
        moved = column > 1 and rank is not None and reference is not None and rank != reference
        if role == Qt.ItemDataRole.BackgroundRole and moved:
            assert rank is not None and reference is not None
            return _BETTER if rank < reference else _WORSE
        return None


def _name(name: str) -> str:
    """A column's name: the "Current weights" column in the interface language."""
    from app.services.scenario_logic import CURRENT

    return tr(CURRENT) if name == CURRENT else name
