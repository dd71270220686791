"""Table models of method agreement: ranks side by side, and rank correlations with the selected method."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.i18n import QT_TR_NOOP, number, tr
from app.models.row_order import move_persistent_indexes
from app.services.results_logic import Agreement

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
COL_ALTERNATIVE = 0  # then one rank column per method
COL_METHOD, COL_SPEARMAN, COL_KENDALL = 0, 1, 2
CORRELATION_HEADERS = (QT_TR_NOOP("Method"), "Spearman ρ", "Kendall τ")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class AgreementRanksModel(QAbstractTableModel):
    """Alternatives (rows) and their rank under each method (columns); '—' where it failed.

    Sorts itself with numpy (see RankingModel); by default by the first method column.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._names: tuple[str, ...] = ()
        self._labels: tuple[str, ...] = ()
        self._ranks = np.zeros((0, 0))
        self._errors: dict[int, str] = {}
        self._order = np.zeros(0, dtype=np.intp)
        self._sort = (1, Qt.SortOrder.AscendingOrder)

    def _sorted_order(self) -> npt.NDArray[np.intp]:
        column, order = self._sort
        n = len(self._names)
        if column == COL_ALTERNATIVE or not (0 < column <= self._ranks.shape[1]):
            keys = [name.casefold() for name in self._names]
            idx = np.array(sorted(range(n), key=keys.__getitem__), dtype=np.intp)
            return idx if order == Qt.SortOrder.AscendingOrder else idx[::-1].copy()
        values = np.nan_to_num(self._ranks[:, column - 1], nan=np.inf)
        key = values if order == Qt.SortOrder.AscendingOrder else -values
        return np.lexsort((np.arange(n), key)).astype(np.intp)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column <= len(self._labels)):
            return
        self.layoutAboutToBeChanged.emit()
        old = self._order
        self._sort = (column, order)
        self._order = self._sorted_order()
        move_persistent_indexes(self, old, self._order)
        self.layoutChanged.emit()

    def set_agreement(self, names: Sequence[str], agreement: Agreement | None) -> None:
        labels = agreement.labels if agreement is not None else ()
        ranks = agreement.ranks if agreement is not None else np.zeros((0, 0))
        errors = {} if agreement is None else agreement.errors
        shape_changed = tuple(names) != self._names or labels != self._labels
        if shape_changed:
            self.beginResetModel()
        self._names, self._labels = tuple(names), tuple(labels)
        self._ranks = ranks if agreement is not None else np.zeros((len(self._names), 0))
        keys = agreement.methods if agreement is not None else ()
        self._errors = {k: errors[m] for k, m in enumerate(keys) if m in errors}
        self._order = self._sorted_order()
        if shape_changed:
            self.endResetModel()
        elif self._names and self._labels:
            last = self.index(len(self._names) - 1, len(self._labels))
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._labels)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section <= len(self._labels)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("Alternative") if section == 0 else self._labels[section - 1]
        if role == Qt.ItemDataRole.ToolTipRole and section - 1 in self._errors:
            return self._errors[section - 1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._names) and 0 <= col <= len(self._labels)):
            return None
        row = int(self._order[row])
        if col == COL_ALTERNATIVE:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._names[row]
            if role == SORT_ROLE:
                return self._names[row].casefold()
            return None
        value = float(self._ranks[row, col - 1])
        missing = bool(np.isnan(value))
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if missing else str(int(value))
        if role == SORT_ROLE:
            return float("inf") if missing else int(value)
        if role == Qt.ItemDataRole.ToolTipRole and missing:
            return self._errors.get(col - 1)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CorrelationModel(QAbstractTableModel):
    """One row per method: Spearman's rho and Kendall's tau with the selected method."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._labels: tuple[str, ...] = ()
        self._rho: list[float] = []
        self._tau: list[float] = []
        self._errors: list[str] = []
        self.selected_label = ""

    def set_agreement(self, agreement: Agreement | None, selected: str) -> None:
        labels = agreement.labels if agreement is not None else ()
        if agreement is not None and selected in agreement.methods:
            k = agreement.column(selected)
            rho = [float(v) for v in agreement.spearman[k]]
            tau = [float(v) for v in agreement.kendall[k]]
            errors = [agreement.errors.get(m, "") for m in agreement.methods]
            self.selected_label = agreement.labels[k]
        else:
            rho, tau, errors, self.selected_label = [], [], [], ""
        if labels != self._labels:
            self.beginResetModel()
            self._labels, self._rho, self._tau, self._errors = labels, rho, tau, errors
            self.endResetModel()
        else:
            self._rho, self._tau, self._errors = rho, tau, errors
            if self._labels:
                last = self.index(len(self._labels) - 1, COL_KENDALL)
                self.dataChanged.emit(self.index(0, COL_METHOD), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_SPEARMAN, COL_KENDALL)

    def correlations(self) -> dict[str, tuple[float, float]]:
        """Label → (Spearman, Kendall) with the selected method, as shown."""
        return {
            label: (self._rho[k], self._tau[k]) for k, label in enumerate(self._labels) if self._rho
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CORRELATION_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not (
            0 <= section < len(CORRELATION_HEADERS)
        ):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(CORRELATION_HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section != COL_METHOD:
            if section == COL_SPEARMAN:
                text = tr(
                    "Spearman's rank correlation with {method}: 1 = the same order, 0 = unrelated"
                )
            else:
                text = tr("Kendall's tau-b with {method}: 1 = the same order, 0 = unrelated")
            return text.format(method=self.selected_label)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._labels) and 0 <= col < len(CORRELATION_HEADERS)):
            return None
        if col == COL_METHOD:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return self._labels[row]
            if role == Qt.ItemDataRole.ToolTipRole and self._errors and self._errors[row]:
                return self._errors[row]
            return None
        values = self._rho if col == COL_SPEARMAN else self._tau
        value = values[row] if values else float("nan")
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if np.isnan(value) else number(value, 3)
        if role == SORT_ROLE:
            return float("-inf") if np.isnan(value) else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and self._errors and self._errors[row]:
            return self._errors[row]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
