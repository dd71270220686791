"""Qt models of the Benchmarking page: the towns x indicators table and the composite ranking."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.i18n import QT_TR_NOOP, decimal_point, number, tr
from app.services.benchmark_logic import (
    MISSING_TIP,
    BenchmarkSet,
    RankBar,
    indicator_tooltip,
    matrix_of,
)

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
MISSING_BRUSH = QBrush(QColor("#ffe3b3"))
IMPUTED_FOREGROUND = QBrush(QColor("#8a5a00"))
ILLUSTRATIVE_MARK = "*"


def format_value(value: float) -> str:
    """At least 4 significant digits (whole numbers kept whole), thin-space thousands, the
    decimal separator of the interface language ("1\u202f234,5" in German)."""
    point = decimal_point()
    if value == 0 or 1e-3 <= abs(value) < 1e12:
        digits = len(str(int(abs(value)))) if abs(value) >= 1 else 0
        text = f"{value:,.{max(0, 4 - digits)}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        # narrow no-break space for thousands: no confusion with a decimal comma
        return text.replace(",", "\u202f").replace(".", point)
    return f"{value:.4g}".replace(".", point)


def edit_text(value: float) -> str:
    """A value for the editor: full precision, the interface's decimal separator."""
    return f"{value:.12g}".replace(".", decimal_point())


class BenchmarkTableModel(QAbstractTableModel):
    """One row per town, one column per indicator; missing cells tinted, imputed values shown
    in brackets. Editing emits ``sig_edit(unit, indicator, text)`` and changes nothing: the
    page validates it, saves it as an undoable step and then calls :meth:`set_data`."""

    sig_edit = Signal(str, str, str)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._set: BenchmarkSet | None = None
        self._units: list[str] = []
        self._unit_info: list[Mapping[str, Any]] = []
        self._indicators: list[Mapping[str, Any]] = []
        self._values: list[list[float]] = []
        self._imputed: dict[tuple[str, str], float] = {}
        self._sourced: dict[tuple[str, str], str] = {}
        self._missing_mode = "drop"

    # -- filling ------------------------------------------------------------------------------
    def set_data(
        self,
        bset: BenchmarkSet | None,
        imputed: Mapping[tuple[str, str], float] | None = None,
    ) -> None:
        """Show ``bset``; ``imputed`` maps (unit, indicator) to the value the engine used."""
        units = bset.unit_ids if bset else []
        indicators = list(bset.data["indicators"]) if bset else []
        same_shape = units == self._units and [i["id"] for i in indicators] == [
            i["id"] for i in self._indicators
        ]
        if not same_shape:
            self.beginResetModel()
        self._set = bset
        self._units = units
        self._unit_info = (
            [u if isinstance(u, Mapping) else {"id": u} for u in bset.data["units"]] if bset else []
        )
        self._indicators = indicators
        self._values = matrix_of(bset).tolist() if bset else []
        self._imputed = dict(imputed or {})
        self._missing_mode = str(bset.setting("missing")) if bset else "drop"
        self._sourced = {}
        if bset is not None:
            for item in bset.data.get("cell_sources") or []:
                if isinstance(item, Mapping) and not item.get("illustrative", False):
                    key = (str(item.get("unit")), str(item.get("indicator")))
                    self._sourced[key] = str(item.get("source", ""))
        if not same_shape:
            self.endResetModel()
        elif self._units and self._indicators:
            last = self.index(len(self._units) - 1, len(self._indicators) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._indicators) - 1)

    def unit(self, row: int) -> str:
        return self._units[row]

    def indicator(self, column: int) -> str:
        return str(self._indicators[column]["id"])

    # -- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._indicators)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        value = self._values[r][c]
        key = (self._units[r], self.indicator(c))
        missing = math.isnan(value)
        if role == Qt.ItemDataRole.DisplayRole:
            if not missing:
                return format_value(value)
            if key in self._imputed:
                return f"({format_value(self._imputed[key])})"
            return "—"
        if role == Qt.ItemDataRole.EditRole:
            return "" if missing else edit_text(value)
        if role == SORT_ROLE:
            return None if missing else value
        if role == Qt.ItemDataRole.BackgroundRole:
            return MISSING_BRUSH if missing else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return IMPUTED_FOREGROUND if missing else None
        if role == Qt.ItemDataRole.FontRole:
            if missing or key in self._sourced:
                font = QFont()
                font.setItalic(missing)
                font.setBold(key in self._sourced)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(key, value)
        return None

    def _tooltip(self, key: tuple[str, str], value: float) -> str:
        unit, ind_id = key
        ind = self._indicators[[i["id"] for i in self._indicators].index(ind_id)]
        head = f"{unit} — {ind.get('name') or ind_id}"
        if math.isnan(value):
            text = tr(MISSING_TIP.get(self._missing_mode, QT_TR_NOOP("missing")))
            if key in self._imputed:
                text += f": {format_value(self._imputed[key])}"
            return f"{head}\n{text}"
        lines = [head, f"{format_value(value)} {ind.get('unit', '')}".rstrip()]
        if key in self._sourced:
            lines.append(tr("Source: {source}").format(source=self._sourced[key]))
        elif ind.get("illustrative"):
            lines.append(tr("ILLUSTRATIVE: not from a named source"))
        elif ind.get("source"):
            lines.append(tr("Source: {source}").format(source=ind["source"]))
        return "\n".join(lines)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.sig_edit.emit(self._units[index.row()], self.indicator(index.column()), str(value))
        return False  # the page applies it (or reports why not) and refreshes the model

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._indicators):
                return None
            ind = self._indicators[section]
            if role == Qt.ItemDataRole.DisplayRole:
                mark = ILLUSTRATIVE_MARK if ind.get("illustrative") else ""
                unit = f"\n{_short(str(ind['unit']), 14)}" if ind.get("unit") else ""
                return f"{_short(str(ind.get('name') or ind['id']), 14)}{mark}{unit}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return indicator_tooltip(ind)
            if role == Qt.ItemDataRole.FontRole and ind.get("illustrative"):
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if not 0 <= section < len(self._units):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._units[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            info = self._unit_info[section]
            parts = [str(info.get(k)) for k in ("country", "region") if info.get(k)]
            if info.get("population"):
                parts.append(
                    tr("{count} inhabitants").format(count=format_value(float(info["population"])))
                )
            if info.get("illustrative"):
                parts.append(tr("illustrative"))
            return f"{self._units[section]}: {', '.join(parts)}" if parts else None
        return None


def _short(text: str, limit: int = 22) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def rank_text(value: float) -> str:
    """A rank or a percentile of ranks: "3", "2,5" in German."""
    return f"{float(value):g}".replace(".", decimal_point())


COL_RANK, COL_UNIT, COL_SCORE, COL_MEDIAN, COL_BAND = range(5)
RANKING_HEADERS = (
    QT_TR_NOOP("Rank"),
    QT_TR_NOOP("Town"),
    QT_TR_NOOP("Score"),
    QT_TR_NOOP("Median rank"),
    QT_TR_NOOP("Rank 5–95 %"),
)


class BenchmarkRankingModel(QAbstractTableModel):
    """The composite ranking, best first; the uncertainty columns fill after a run."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._bars: list[RankBar] = []
        self.dropped: tuple[str, ...] = ()

    def set_bars(self, bars: Sequence[RankBar], dropped: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._bars = list(bars)
        self.dropped = tuple(dropped)
        self.endResetModel()

    def bars(self) -> list[RankBar]:
        return list(self._bars)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._bars)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RANKING_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        bar = self._bars[index.row()]
        c = index.column()
        if role == SORT_ROLE:
            return (bar.rank, bar.unit, bar.score, bar.median_rank, bar.p05)[c]
        if role == Qt.ItemDataRole.DisplayRole:
            if c == COL_RANK:
                return str(bar.rank)
            if c == COL_UNIT:
                return bar.unit
            if c == COL_SCORE:
                return number(bar.score, 3)
            if c == COL_MEDIAN:
                return "" if bar.median_rank is None else rank_text(bar.median_rank)
            if bar.p05 is None or bar.p95 is None:
                return ""
            return f"{rank_text(bar.p05)} – {rank_text(bar.p95)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and c != COL_UNIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(RANKING_HEADERS):
            return tr(RANKING_HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._bars):
            return str(section + 1)
        return None
