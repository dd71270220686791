"""The criteria tree (groups of any depth) of the open project: edit fields, drag to reorder."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.i18n import QT_TR_NOOP, tr
from app.services.clipboard_table import display_number, parse_number
from app.services.problem_edits import move_criterion, update_criterion
from app.services.project_session import ProjectSession
from decision.errors import InputError
from decision.problem import Criterion, Problem, parse_direction

Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_DIRECTION, COL_UNIT, COL_WEIGHT, COL_DESCRIPTION = range(5)
HEADERS = (
    QT_TR_NOOP("Criterion"),
    QT_TR_NOOP("Direction"),
    QT_TR_NOOP("Unit"),
    QT_TR_NOOP("Weight (local)"),
    QT_TR_NOOP("Description"),
)
# The directions as shown (stored in English: "benefit", "cost").
DIRECTIONS = (QT_TR_NOOP("benefit"), QT_TR_NOOP("cost"))
# The undo step of an edit, by column.
_CHANGE = {
    COL_NAME: QT_TR_NOOP("Change name of {criterion}"),
    COL_DIRECTION: QT_TR_NOOP("Change direction of {criterion}"),
    COL_UNIT: QT_TR_NOOP("Change unit of {criterion}"),
    COL_WEIGHT: QT_TR_NOOP("Change weight of {criterion}"),
    COL_DESCRIPTION: QT_TR_NOOP("Change description of {criterion}"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole
CRITERION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-innocite-criterion-ids"
_FIELDS = {COL_NAME: "name", COL_UNIT: "unit", COL_DESCRIPTION: "description"}


class CriteriaTreeModel(QAbstractItemModel):
    """One item per criterion, children under their group, in the problem's order.

    Each index carries a number that stands for its criterion id for the model's lifetime,
    so persistent indexes survive edits. Changes go through ``session.edit``.
    """

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._keys: dict[str, int] = {}
        self._ids: dict[int, str] = {}
        self._problem: Problem | None = None
        self._by_id: dict[str, Criterion] = {}
        self._children: dict[str | None, list[str]] = {}
        self._load(session.problem)
        session.sig_problem_changed.connect(self._on_problem_changed)
        session.sig_closed.connect(self._on_closed)

    # -- the tree ----------------------------------------------------------------------------
    def _load(self, problem: Problem | None) -> None:
        self._problem = problem
        criteria = problem.criteria if problem is not None else ()
        self._by_id = {c.id: c for c in criteria}
        self._children = {None: []}
        for c in criteria:
            self._children.setdefault(c.parent, []).append(c.id)
            self._children.setdefault(c.id, [])
            if c.id not in self._keys:
                key = len(self._keys) + 1
                self._keys[c.id], self._ids[key] = key, c.id

    def criterion(self, index: Index) -> Criterion | None:
        """The criterion at ``index`` (None for the invisible root)."""
        if not index.isValid():
            return None
        return self._by_id.get(self._ids.get(index.internalId(), ""))

    def index_of(self, cid: str, column: int = 0) -> QModelIndex:
        c = self._by_id.get(cid)
        if c is None:
            return QModelIndex()
        return self.createIndex(self._children[c.parent].index(cid), column, self._keys[cid])

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        pc = self.criterion(parent)
        cid = self._children[pc.id if pc else None][row]
        return self.createIndex(row, column, self._keys[cid])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        c = self.criterion(index)
        if c is None or c.parent is None:
            return QModelIndex()
        return self.index_of(c.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        pc = self.criterion(parent)
        if parent.isValid() and pc is None:
            return 0
        return len(self._children.get(pc.id if pc else None, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.criterion(index)
        if c is None:
            return None
        col = index.column()
        if role == CRITERION_ID_ROLE:
            return c.id
        if role == Qt.ItemDataRole.FontRole and c.is_group and col == COL_NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_WEIGHT and c.weight is None:
                return tr("no weight yet: give one here or on the Weights page")
            if c.is_group:
                return tr(
                    "group '{group}' (id {id}): drop criteria here to move them into it"
                ).format(group=c.label, id=c.id)
            return f"{c.label} (id {c.id})" + (f"\n{c.description}" if c.description else "")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE):
            return None
        if col == COL_NAME:
            return c.name if role == Qt.ItemDataRole.EditRole else c.label
        if col == COL_DIRECTION:
            if c.is_group:
                return ""
            return c.direction if role == Qt.ItemDataRole.EditRole else tr(c.direction)
        if col == COL_UNIT:
            return "" if c.is_group else c.unit
        if col == COL_WEIGHT:
            if role == SORT_ROLE:
                return c.weight
            if c.weight is None:
                return ""
            return display_number(c.weight, group=role != Qt.ItemDataRole.EditRole)
        if col == COL_DESCRIPTION:
            return c.description
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        c = self.criterion(index)
        if c is None:
            return Qt.ItemFlag.ItemIsDropEnabled  # drop on the root: a top-level criterion
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if c.is_group:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if not (c.is_group and index.column() in (COL_DIRECTION, COL_UNIT)):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing -----------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        c = self.criterion(index)
        if c is None or role != Qt.ItemDataRole.EditRole:
            return False
        col = index.column()
        text = "" if value is None else str(value).strip()
        fields: dict[str, Any]
        try:
            if col == COL_NAME:
                if not text:
                    raise InputError(
                        tr("criterion '{id}': the name cannot be empty").format(id=c.id)
                    )
                fields = {"name": text}
            elif col == COL_DIRECTION:
                fields = {"direction": parse_direction(text, c.id)}
            elif col == COL_WEIGHT:
                fields = {"weight": _parse_weight(value, c)}
            elif col in _FIELDS:
                fields = {_FIELDS[col]: text}
            else:
                return False
        except InputError as exc:
            self.session.sig_error.emit(tr("{error} (nothing was changed)").format(error=exc))
            return False
        if all(getattr(c, k) == v for k, v in fields.items()):
            return True
        return self.session.edit(
            lambda p: update_criterion(p, c.id, **fields),
            tr(_CHANGE[col]).format(criterion=c.label),
        )

    # -- drag and drop -----------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids: list[str] = []
        for index in indexes:
            c = self.criterion(index)
            if c is not None and c.id not in ids:
                ids.append(c.id)
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray("\n".join(ids).encode("utf-8")))
        return data

    def _dropped_ids(self, data: QMimeData) -> list[str]:
        if not data.hasFormat(MIME_TYPE):
            return []
        raw = bytes(data.data(MIME_TYPE).data()).decode("utf-8")
        return [cid for cid in raw.split("\n") if cid in self._by_id]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = self._dropped_ids(data)
        target = self.criterion(parent)
        if not ids or action != Qt.DropAction.MoveAction:
            return False
        if parent.isValid() and (target is None or not target.is_group):
            return False
        return target is None or all(
            target.id != cid and not self._descends(target.id, cid) for cid in ids
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged criteria under ``parent`` before its child ``row`` (end if -1),
        as one undo step."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = self._dropped_ids(data)
        target = self.criterion(parent)
        new_parent = target.id if target is not None else None
        siblings = self._children[new_parent]
        # the sibling the block lands before, skipping the dragged ones
        after = siblings[row:] if 0 <= row < len(siblings) else []
        anchor = next((s for s in after if s not in ids), None)

        def change(p: Problem) -> Problem:
            for cid in ids:
                rest = [c.id for c in p.children(new_parent) if c.id != cid]
                at = rest.index(anchor) if anchor is not None else len(rest)
                p = move_criterion(p, cid, new_parent, at)
            return p

        names = ", ".join(self._by_id[cid].label for cid in ids)
        if target is not None:
            text = tr("Move {names} into {group}").format(names=names, group=target.label)
        else:
            text = tr("Move {names} to the top level").format(names=names)
        return self.session.edit(change, text)

    def _descends(self, cid: str, ancestor: str) -> bool:
        node = self._by_id.get(cid)
        while node is not None and node.parent is not None:
            if node.parent == ancestor:
                return True
            node = self._by_id.get(node.parent)
        return False

    # -- following the session ---------------------------------------------------------------
    def _structure(self, p: Problem | None) -> list[tuple[str, str | None]]:
        return [] if p is None else [(c.id, c.parent) for c in p.criteria]

    def _on_closed(self) -> None:
        self._on_problem_changed(None)

    def _on_problem_changed(self, new: Problem | None) -> None:
        old = self._problem
        if self._structure(old) != self._structure(new) or old is None or new is None:
            self.beginResetModel()
            self._load(new)
            self.endResetModel()
            return
        self._load(new)
        for a, b in zip(old.criteria, new.criteria, strict=True):
            if a != b:
                self.dataChanged.emit(self.index_of(b.id, 0), self.index_of(b.id, len(HEADERS) - 1))


def _parse_weight(value: Any, c: Criterion) -> float | None:
    try:
        w = parse_number(value) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise InputError(
            tr("criterion '{criterion}': weight {value} is not a number").format(
                criterion=c.label, value=repr(str(value).strip())
            ),
            criterion=c.id,
            field="weight",
        ) from None
    if math.isnan(w):
        return None
    if not math.isfinite(w) or w < 0:
        raise InputError(
            tr("criterion '{criterion}': a weight must be zero or positive, not {value}").format(
                criterion=c.label, value=value
            ),
            criterion=c.id,
            field="weight",
        )
    return w
