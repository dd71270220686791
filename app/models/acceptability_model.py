"""Table model of SMAA rank acceptability: alternatives x ranks, shaded by share, plus confidence."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.i18n import percent, tr

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
COL_ALTERNATIVE = 0  # then one column per rank, then confidence
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LOW = np.array([255.0, 255.0, 255.0])
_HIGH = np.array([33.0, 102.0, 172.0])  # a dark blue for a share of 1


def shade(share: float) -> QColor:
    """White for 0, dark blue for 1, linear in between."""
    s = min(max(float(share), 0.0), 1.0)
    r, g, b = (_LOW + (_HIGH - _LOW) * s).round().astype(int)
    return QColor(int(r), int(g), int(b))


class AcceptabilityModel(QAbstractTableModel):
    """Rows: the shown alternatives (current ranking order); columns: rank 1..k, confidence.

    Cells hold the share of samples giving that alternative that rank; ``DisplayRole`` is a
    percentage, ``SORT_ROLE`` the share, ``BackgroundRole`` a shade of it. Rows keep the
    order they are given (the current ranking), so there is no sorting.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._names: tuple[str, ...] = ()
        self._shares = np.zeros((0, 0))
        self._confidence = np.zeros(0)
        self._central: tuple[str, ...] = ()

    def set_acceptability(
        self,
        names: Sequence[str],
        shares: npt.ArrayLike,
        confidence: npt.ArrayLike,
        central: Sequence[str] = (),
    ) -> None:
        """``shares`` is rows x ranks (already cut to what is shown); ``central`` tooltips."""
        values = np.asarray(shares, dtype=float)
        values = values.reshape(len(names), -1) if len(names) else np.zeros((0, 0))
        same_shape = tuple(names) == self._names and values.shape == self._shares.shape
        if not same_shape:
            self.beginResetModel()
        self._names = tuple(names)
        self._shares = values
        self._confidence = np.asarray(confidence, dtype=float).reshape(-1)
        self._central = tuple(central)
        if not same_shape:
            self.endResetModel()
        elif self._names:
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def clear(self) -> None:
        self.set_acceptability([], np.zeros((0, 0)), [])

    def ranks(self) -> int:
        return int(self._shares.shape[1]) if self._shares.ndim == 2 else 0

    def share(self, row: int, rank: int) -> float:
        """The share shown for ``row`` at rank ``rank`` (1-based)."""
        return float(self._shares[row, rank - 1])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._names else 2 + self.ranks()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < self.columnCount()):
            return None
        last = section == self.columnCount() - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_ALTERNATIVE:
                return tr("Alternative")
            return tr("Confidence") if last else tr("Rank {rank}").format(rank=section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if last:
                return tr("Share of draws in which it wins with its central weights")
            if section != COL_ALTERNATIVE:
                return tr("Share of the sampled weightings that put it at rank {rank}").format(
                    rank=section
                )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._names) and 0 <= col < self.columnCount()):
            return None
        if col == COL_ALTERNATIVE:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return self._names[row]
            if role == Qt.ItemDataRole.ToolTipRole and row < len(self._central):
                return self._central[row] or None
            return None
        if col == self.columnCount() - 1:
            value = float(self._confidence[row]) if row < self._confidence.size else float("nan")
        else:
            value = float(self._shares[row, col - 1])
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if np.isnan(value) else percent(100 * value, 0)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and col != self.columnCount() - 1:
            return shade(value)
        if role == Qt.ItemDataRole.ForegroundRole and col != self.columnCount() - 1:
            return QColor("white") if value > 0.5 else QColor("black")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
