"""Table model of one ranking: rank, alternative, score (sorted by native values)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.i18n import QT_TR_NOOP, number, tr
from app.models.row_order import move_persistent_indexes

Index = QModelIndex | QPersistentModelIndex
COL_RANK, COL_ALTERNATIVE, COL_SCORE = 0, 1, 2
HEADERS = (QT_TR_NOOP("Rank"), QT_TR_NOOP("Alternative"), QT_TR_NOOP("Score"))
SORT_ROLE = Qt.ItemDataRole.UserRole


class RankingModel(QAbstractTableModel):
    """One row per alternative, best first; ``sort`` reorders rows with numpy.

    The model sorts itself (a QSortFilterProxyModel re-sorting 1,000 rows calls ``data``
    some 20,000 times per update). New scores for the same alternatives are one
    ``dataChanged`` of every cell (rows are slots in the current order); the model
    resets only when the alternatives change. ``SORT_ROLE`` gives native values.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._ids: tuple[str, ...] = ()
        self._names: tuple[str, ...] = ()
        self._ranks: list[int] = []
        self._scores: list[float] = []
        self.score_header = "Score"
        self._order = np.zeros(0, dtype=int)  # row -> alternative index
        self._sort = (COL_RANK, Qt.SortOrder.AscendingOrder)
        self.updates = 0  # counts set_ranking calls (benchmarks, tests)

    def set_ranking(
        self,
        ids: Sequence[str],
        names: Sequence[str],
        ranks: npt.ArrayLike,
        scores: npt.ArrayLike,
        score_header: str = "Score",
    ) -> None:
        ranks_list = [int(r) for r in np.asarray(ranks).tolist()]
        scores_list = [float(s) for s in np.asarray(scores, dtype=float).tolist()]
        header_changed = score_header != self.score_header
        self.score_header = score_header
        if tuple(ids) != self._ids or tuple(names) != self._names:
            self.beginResetModel()
            self._ids, self._names = tuple(ids), tuple(names)
            self._ranks, self._scores = ranks_list, scores_list
            self._order = self._sorted_order()
            self.endResetModel()
        else:
            self._ranks, self._scores = ranks_list, scores_list
            self._order = self._sorted_order()
            if self._ids:
                last = self.index(len(self._ids) - 1, COL_SCORE)
                self.dataChanged.emit(self.index(0, COL_RANK), last)
        if header_changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_SCORE, COL_SCORE)
        self.updates += 1

    def clear(self) -> None:
        self.set_ranking((), (), [], [])

    def ranks(self) -> dict[str, int]:
        """Rank of each alternative id, as shown."""
        return dict(zip(self._ids, self._ranks, strict=True))

    def scores(self) -> dict[str, float]:
        return dict(zip(self._ids, self._scores, strict=True))

    def _sorted_order(self) -> npt.NDArray[np.intp]:
        column, order = self._sort
        n = len(self._ids)
        if column == COL_ALTERNATIVE:
            keys: list = [name.casefold() for name in self._names]
            idx = np.array(sorted(range(n), key=keys.__getitem__), dtype=np.intp)
        else:
            values = np.asarray(self._ranks if column == COL_RANK else self._scores, dtype=float)
            # ties keep problem order; descending flips the key, not the tie order
            key = values if order == Qt.SortOrder.AscendingOrder else -values
            return np.lexsort((np.arange(n), key)).astype(np.intp)
        return idx if order == Qt.SortOrder.AscendingOrder else idx[::-1].copy()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(HEADERS)):
            return
        self.layoutAboutToBeChanged.emit()
        old = self._order
        self._sort = (column, order)
        self._order = self._sorted_order()
        move_persistent_indexes(self, old, self._order)
        self.layoutChanged.emit()

    # -- Qt overrides ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
            return tr(self.score_header) if section == COL_SCORE else tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._ids)):
            return None
        row = int(self._order[row])
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_RANK:
                return str(self._ranks[row])
            if col == COL_ALTERNATIVE:
                return self._names[row]
            if col == COL_SCORE:
                return number(self._scores[row], 4)
        elif role == SORT_ROLE:
            if col == COL_RANK:
                return self._ranks[row]
            if col == COL_ALTERNATIVE:
                return self._names[row].casefold()
            if col == COL_SCORE:
                return self._scores[row]
        elif role == Qt.ItemDataRole.ToolTipRole and col == COL_ALTERNATIVE:
            return tr("{name} (id {id})").format(name=self._names[row], id=self._ids[row])
        elif role == Qt.ItemDataRole.TextAlignmentRole and col != COL_ALTERNATIVE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
