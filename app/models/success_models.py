"""Qt models of the Success factors page: influence and pairwise matrices, DEMATEL and SWOT tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.i18n import QT_TR_NOOP, number, tr
from app.services.success_logic import (
    GROUP_COLOURS,
    INFLUENCE_LABELS,
    SWOT_LABELS,
    PriorityRow,
    ResultRow,
    format_ratio,
)

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
LOCKED_BRUSH = QBrush(QColor("#e6e6e6"))
ABOVE_BRUSH = QBrush(QColor("#fde2b8"))
RECIPROCAL_FOREGROUND = QBrush(QColor("#777777"))
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole


def _number(value: float, digits: int = 3) -> str:
    return number(value, digits)


def _plain(value: float) -> str:
    """An entry as typed (2, 2.5), in the interface's decimal convention."""
    return number(value, 0) if float(value).is_integer() else number(value, 3).rstrip("0")


class _Base(QAbstractTableModel):
    """Shape-aware table: ``_reset_or_change`` resets only when the shape changed."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows = 0
        self._cols = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._cols

    def _update(self, rows: int, cols: int, apply: Any) -> None:
        if (rows, cols) != (self._rows, self._cols):
            self.beginResetModel()
            apply()
            self._rows, self._cols = rows, cols
            self.endResetModel()
            return
        apply()
        if rows and cols:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, cols - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(cols - 1, 0))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(rows - 1, 0))


class InfluenceModel(_Base):
    """One expert's direct-influence matrix: rows influence columns, 0..4, diagonal locked.

    Editing emits ``sig_edit(row, column, text)`` and changes nothing: the page checks it,
    saves it as an undoable step and calls :meth:`set_matrix`.
    """

    sig_edit = Signal(int, int, str)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._factors: tuple[str, ...] = ()
        self._m: Sequence[Sequence[float]] = ()

    def set_matrix(self, factors: Sequence[str], matrix: Sequence[Sequence[float]]) -> None:
        def apply() -> None:
            self._factors, self._m = tuple(factors), matrix

        self._update(len(factors), len(factors), apply)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        i, j = index.row(), index.column()
        v = self._m[i][j]
        if role in (DISPLAY, EDIT):
            if i == j:
                return "—" if role == DISPLAY else "0"
            return _plain(v)
        if role == SORT_ROLE:
            return float(v)
        if role == Qt.ItemDataRole.BackgroundRole and i == j:
            return LOCKED_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if i == j:
                return tr("'{factor}' on itself: always 0 (locked)").format(factor=self._factors[i])
            word = tr(INFLUENCE_LABELS.get(round(v), ""))
            return tr("Influence of '{a}' on '{b}': {value} ({word})").format(
                a=self._factors[i], b=self._factors[j], value=_plain(v), word=word
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() != index.column():
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT:
            return False
        self.sig_edit.emit(index.row(), index.column(), str(value))
        return False  # the page refreshes the model after saving

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if section >= len(self._factors):
            return None
        name = self._factors[section]
        if role == DISPLAY:  # columns by number: the names do not fit above narrow cells
            vertical = orientation == Qt.Orientation.Vertical
            return f"{section + 1}  {name}" if vertical else f"→{section + 1}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{section + 1}: {name}"
        return None


def _short(text: str, limit: int = 14) -> str:
    """``text`` cut to ``limit`` characters at a word boundary where there is one."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space >= limit // 3 else cut).rstrip(" ,;:") + "…"


class TotalRelationModel(_Base):
    """T, read-only; cells above the threshold (the diagram's arrows) tinted."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._factors: tuple[str, ...] = ()
        self._t: Sequence[Sequence[float]] = ()
        self._threshold = 0.0

    def set_total(self, factors: Sequence[str], total: Any, threshold: float) -> None:
        def apply() -> None:
            self._factors, self._t, self._threshold = tuple(factors), total, threshold

        self._update(len(factors), len(factors), apply)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        i, j = index.row(), index.column()
        v = float(self._t[i][j])
        if role == DISPLAY:
            return _number(v)
        if role == SORT_ROLE:
            return v
        if role == Qt.ItemDataRole.BackgroundRole and i != j and v > self._threshold:
            return ABOVE_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if section >= len(self._factors):
            return None
        name = self._factors[section]
        if role == DISPLAY:
            vertical = orientation == Qt.Orientation.Vertical
            return f"{section + 1}  {name}" if vertical else f"→{section + 1}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{section + 1}: {name}"
        return None


class DematelResultModel(_Base):
    """One row per factor: D, R, D+R, D−R, cause or effect, weight."""

    FACTOR, D, R, PROMINENCE, RELATION, GROUP, WEIGHT = range(7)
    HEADERS = (
        QT_TR_NOOP("Factor"),
        "D",
        "R",
        "D+R",
        "D−R",
        QT_TR_NOOP("Group"),
        QT_TR_NOOP("Weight"),
    )

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._data: list[ResultRow] = []

    def set_rows(self, rows: Sequence[ResultRow]) -> None:
        def apply() -> None:
            self._data = list(rows)

        self._update(len(rows), len(self.HEADERS), apply)

    def rows(self) -> list[ResultRow]:
        return list(self._data)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        r = self._data[index.row()]
        c = index.column()
        values = (r.factor, r.d, r.r, r.prominence, r.relation, r.group, r.weight)
        v = values[c]
        if role == DISPLAY:
            if c == self.GROUP:
                return tr("cause") if r.group == "cause" else tr("effect")
            return v if isinstance(v, str) else _number(v)
        if role == SORT_ROLE:
            return v
        if role == Qt.ItemDataRole.ForegroundRole and c == self.GROUP:
            return QBrush(QColor("#1f5fa8" if r.group == "cause" else "#a33b20"))
        if role == Qt.ItemDataRole.TextAlignmentRole and not isinstance(v, str):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section]) if section < len(self.HEADERS) else None
        if role == DISPLAY:
            return section + 1
        return None


class PairwiseModel(_Base):
    """A reciprocal pairwise matrix as ratios; editing emits ``sig_edit(row, column, text)``."""

    sig_edit = Signal(int, int, str)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._items: tuple[str, ...] = ()
        self._m: Sequence[Sequence[float]] = ()
        self.editable = True

    def set_matrix(
        self, items: Sequence[str], matrix: Sequence[Sequence[float]], *, editable: bool = True
    ) -> None:
        """``editable`` False: a combined (AIJ) matrix, shown but not typed into."""

        def apply() -> None:
            self._items, self._m = tuple(items), matrix
            self.editable = editable

        self._update(len(items), len(items), apply)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        i, j = index.row(), index.column()
        v = float(self._m[i][j])
        if role in (DISPLAY, EDIT):
            return format_ratio(v)
        if role == SORT_ROLE:
            return v
        if role == Qt.ItemDataRole.BackgroundRole and i == j:
            return LOCKED_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and i > j:
            return RECIPROCAL_FOREGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and i != j:
            return tr("How much more important is '{a}' than '{b}'?").format(
                a=self._items[i], b=self._items[j]
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() != index.column() and self.editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or not self.editable:
            return False
        self.sig_edit.emit(index.row(), index.column(), str(value))
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if section >= len(self._items):
            return None
        if role == DISPLAY:
            name = self._items[section]
            return name if orientation == Qt.Orientation.Vertical else _short(name, 12)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._items[section]
        return None


class PriorityModel(_Base):
    """One row per SWOT factor: group, factor, local priority, group weight, global priority."""

    GROUP, FACTOR, LOCAL, GROUP_WEIGHT, GLOBAL = range(5)
    HEADERS = (
        QT_TR_NOOP("Group"),
        QT_TR_NOOP("Factor"),
        QT_TR_NOOP("Local"),
        QT_TR_NOOP("Group weight"),
        QT_TR_NOOP("Global"),
    )

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._data: list[PriorityRow] = []

    def set_rows(self, rows: Sequence[PriorityRow]) -> None:
        def apply() -> None:
            self._data = list(rows)

        self._update(len(rows), len(self.HEADERS), apply)

    def rows(self) -> list[PriorityRow]:
        return list(self._data)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        r = self._data[index.row()]
        c = index.column()
        v = (r.group, r.factor, r.local, r.group_weight, r.global_)[c]
        if role == DISPLAY:
            if c == self.GROUP:
                return tr(SWOT_LABELS[r.group])
            return v if isinstance(v, str) else _number(v)
        if role == SORT_ROLE:
            return v
        if role == Qt.ItemDataRole.ForegroundRole and c == self.GROUP:
            return QBrush(QColor(GROUP_COLOURS[r.group]))
        if role == Qt.ItemDataRole.TextAlignmentRole and not isinstance(v, str):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section]) if section < len(self.HEADERS) else None
        if role == DISPLAY:
            return section + 1
        return None


class StrategyModel(_Base):
    """Strategies x (total score, one column per SWOT factor); factor cells are editable and
    emit ``sig_edit(strategy row, factor, text)``."""

    sig_edit = Signal(int, str, str)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._names: tuple[str, ...] = ()
        self._factors: list[str] = []
        self._scores: Sequence[Sequence[float]] = ()
        self._totals: dict[str, float] = {}
        self.editable = True
        self.total_header = "Score"

    def set_scores(
        self,
        names: Sequence[str],
        factors: Sequence[str],
        scores: Sequence[Sequence[float]],
        totals: dict[str, float] | None,
        *,
        editable: bool = True,
        total_header: str = "",
    ) -> None:
        """``editable`` False: the local priorities of the pairwise comparisons (3 decimals)."""

        def apply() -> None:
            self._names, self._factors = tuple(names), list(factors)
            self._scores, self._totals = scores, dict(totals or {})
            self.editable = editable
            self.total_header = total_header or tr("Score")

        self._update(len(names), len(factors) + 1, apply)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        i, c = index.row(), index.column()
        if c == 0:
            v = self._totals.get(self._names[i])
            if role == DISPLAY:
                return "" if v is None else _number(v)
            if role == SORT_ROLE:
                return v
            return None
        s = float(self._scores[i][c - 1])
        if role in (DISPLAY, EDIT):
            return _plain(s) if self.editable else _number(s)
        if role == SORT_ROLE:
            return s
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and self.editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or index.column() == 0 or not self.editable:
            return False
        self.sig_edit.emit(index.row(), self._factors[index.column() - 1], str(value))
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if section >= len(self._names):
                return None
            return self._names[section] if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole) else None
        if section == 0:
            return self.total_header if role == DISPLAY else None
        if section - 1 >= len(self._factors):
            return None
        name = self._factors[section - 1]
        if role == DISPLAY:
            return _short(name, 12)
        if role == Qt.ItemDataRole.ToolTipRole:
            return name
        return None
