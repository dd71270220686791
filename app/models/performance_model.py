"""The performance table: alternatives by leaf criteria over the open project, edited in place."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.i18n import QT_TR_NOOP, tr
from app.services.clipboard_table import display_number, parse_number
from app.services.problem_edits import set_values, update_alternative
from app.services.project_session import ProjectSession
from decision.problem import Criterion, Problem

Index = QModelIndex | QPersistentModelIndex
COL_NAME = 0  # then one column per leaf criterion: column j + 1 is leaf j
SORT_ROLE = Qt.ItemDataRole.UserRole
MISSING_TIP = QT_TR_NOOP("missing value: ranking needs a number here")
MISSING_COLOUR = QColor("#fde7c8")
ARROW = {"benefit": "▲", "cost": "▼"}
_CELL_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    SORT_ROLE,
]


def header_text(c: Criterion) -> str:
    unit = f"\n[{c.unit}]" if c.unit else ""
    return f"{ARROW[c.direction]} {c.label}{unit}"  # the arrow first: long names are elided


def header_tip(c: Criterion) -> str:
    if c.direction == "benefit":
        better = tr("benefit: higher is better")
    else:
        better = tr("cost: lower is better")
    unit = f" ({c.unit})" if c.unit else ""
    about = f"\n{c.description}" if c.description else ""
    return f"{c.label}{unit}\n{ARROW[c.direction]} {better}{about}"


class PerformanceTableModel(QAbstractTableModel):
    """Rows are alternatives; column 0 their name, then one column per leaf criterion.

    Edits go through ``session.edit`` (one undo step each); the model only redraws when the
    session says the problem changed. Bad input is reported on ``session.sig_error``.
    """

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._problem: Problem | None = session.problem
        session.sig_problem_changed.connect(self._on_problem_changed)
        session.sig_closed.connect(self._on_closed)

    @property
    def problem(self) -> Problem | None:
        return self._problem

    def leaf(self, column: int) -> Criterion | None:
        p = self._problem
        return p.leaves[column - 1] if p is not None and 1 <= column <= len(p.leaves) else None

    # -- shape -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        p = self._problem
        return 0 if parent.isValid() or p is None else len(p.alternatives)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        p = self._problem
        return 0 if parent.isValid() or p is None else 1 + len(p.leaves)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    # -- reading -----------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        p = self._problem
        if p is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(p.alternatives):
                return str(section + 1)
            return None
        if section == COL_NAME:
            return tr("Alternative") if role == Qt.ItemDataRole.DisplayRole else None
        c = self.leaf(section)
        if c is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(c)
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tip(c)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self._problem
        if p is None or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(p.alternatives) and 0 <= col <= len(p.leaves)):
            return None
        alt = p.alternatives[row]
        if col == COL_NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE):
                return alt.name if role == Qt.ItemDataRole.EditRole else alt.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{alt.label}\n{alt.description}" if alt.description else alt.label
            return None
        value = float(p.matrix[row, col - 1])
        missing = math.isnan(value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return display_number(value, group=role == Qt.ItemDataRole.DisplayRole)
        if role == SORT_ROLE:
            return None if missing else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return MISSING_COLOUR if missing else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if missing:
                return tr(MISSING_TIP)
            c = p.leaves[col - 1]
            return f"{alt.label}\n{c.label}: {display_number(value)} {c.unit}".rstrip()
        return None

    # -- editing -----------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        p = self._problem
        if p is None or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, col = index.row(), index.column()
        alt = p.alternatives[row]
        if col == COL_NAME:
            name = str(value).strip()
            if not name:
                self.session.sig_error.emit(
                    tr("alternative {n}: the name cannot be empty").format(n=row + 1)
                )
                return False
            if name == alt.name:
                return True
            return self.session.edit(
                lambda q: update_alternative(q, row, name=name),
                tr("Rename {name}").format(name=alt.label),
            )
        c = p.leaves[col - 1]
        try:
            number = parse_number(value) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            self.session.sig_error.emit(
                tr(
                    "alternative '{alternative}', criterion '{criterion}': {value} "
                    "is not a number (the value was not changed)"
                ).format(alternative=alt.label, criterion=c.label, value=repr(str(value).strip()))
            )
            return False
        if not math.isfinite(number) and not math.isnan(number):
            self.session.sig_error.emit(
                tr(
                    "alternative '{alternative}', criterion '{criterion}': the value must be finite"
                ).format(alternative=alt.label, criterion=c.label)
            )
            return False
        old = float(p.matrix[row, col - 1])
        if old == number or (math.isnan(old) and math.isnan(number)):
            return True
        return self.session.edit(
            lambda q: set_values(q, [(row, col - 1, number)]),
            tr("Edit {alternative} / {criterion}").format(alternative=alt.label, criterion=c.label),
        )

    # -- following the session ---------------------------------------------------------------
    def _on_closed(self) -> None:
        self._on_problem_changed(None)

    def _on_problem_changed(self, new: Problem | None) -> None:
        old, self._problem = self._problem, new
        if (
            old is None
            or new is None
            or old.alternative_ids != new.alternative_ids
            or old.leaf_ids != new.leaf_ids
        ):
            self.beginResetModel()
            self.endResetModel()
            return
        if old.leaves != new.leaves:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(new.leaves))
        for i, (a, b) in enumerate(zip(old.alternatives, new.alternatives, strict=True)):
            if a != b:
                name = self.index(i, COL_NAME)
                self.dataChanged.emit(name, name, _CELL_ROLES)
        changed = ~((old.matrix == new.matrix) | (np.isnan(old.matrix) & np.isnan(new.matrix)))
        for row in np.flatnonzero(changed.any(axis=1)).tolist():
            cols = np.flatnonzero(changed[row]).tolist()
            left, right = self.index(row, cols[0] + 1), self.index(row, cols[-1] + 1)
            self.dataChanged.emit(left, right, _CELL_ROLES)
