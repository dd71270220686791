"""The Problem page: the criteria tree on the left, the performance table on the right."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.models.criteria_model import COL_DIRECTION, CriteriaTreeModel
from app.models.performance_model import COL_NAME, PerformanceTableModel
from app.services.clipboard_table import parse_tsv, to_tsv
from app.services.problem_edits import (
    add_alternative,
    add_criterion,
    remove_alternatives,
    remove_criterion,
    set_block,
    set_values,
)
from app.services.project_session import ProjectSession
from decision.errors import InputError
from decision.problem import Problem

MAX_COLUMN_WIDTH = 240


class PerformanceView(QTableView):
    """A table view that turns Copy, Paste and Delete keys into signals for its page."""

    sig_copy = Signal()
    sig_paste = Signal()
    sig_clear = Signal()

    def _signal_for(self, event: QKeyEvent) -> SignalInstance | None:
        if self.state() == QAbstractItemView.State.EditingState:
            return None
        if event.matches(QKeySequence.StandardKey.Paste):
            return self.sig_paste
        if event.matches(QKeySequence.StandardKey.Copy):
            return self.sig_copy
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            return self.sig_clear
        return None

    def event(self, event: QEvent) -> bool:
        # Claim these keys before any window-wide shortcut (an Edit menu) can take them.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._signal_for(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        signal = self._signal_for(event)
        if signal is None:
            super().keyPressEvent(event)
            return
        signal.emit()
        event.accept()


class DirectionDelegate(QStyledItemDelegate):
    """A benefit/cost choice for the direction column instead of free text."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        box = QComboBox(parent)
        for direction in ("benefit", "cost"):
            box.addItem(tr(direction), direction)  # shown translated, stored in English
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(str(index.data(Qt.ItemDataRole.EditRole))), 0))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ProblemPage(QWidget):
    """Criteria and alternatives of the open project, edited in place; every change is one
    undo step of ``session`` and saved at once. Errors go to ``session.sig_error``."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_problem")
        self.session = session
        self.criteria_model = CriteriaTreeModel(session, self)
        self.performance_model = PerformanceTableModel(session, self)

        self.tree = QTreeView()
        self.tree.setObjectName("criteria_tree")
        self.tree.setModel(self.criteria_model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setItemDelegateForColumn(COL_DIRECTION, DirectionDelegate(self.tree))
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.criteria_model.modelReset.connect(self._fit_tree)
        self.button_add_criterion = self._button(
            tr("Add criterion"), "add_criterion", self.add_leaf
        )
        self.button_add_group = self._button(tr("Add group"), "add_group", self.add_group)
        self.button_remove_criterion = self._button(
            tr("Remove"), "remove_criterion", self.remove_criteria
        )

        self.table = PerformanceView()
        self.table.setObjectName("performance_table")
        self.table.setModel(self.performance_model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.sig_paste.connect(self.paste)
        self.table.sig_copy.connect(self.copy)
        self.table.sig_clear.connect(self.clear_selection)
        self.performance_model.modelReset.connect(self._fit_table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, keys, slot in (
            (tr("Copy"), QKeySequence.StandardKey.Copy, self.copy),
            (tr("Paste"), QKeySequence.StandardKey.Paste, self.paste),
            (tr("Clear"), QKeySequence.StandardKey.Delete, self.clear_selection),
        ):
            action = QAction(text, self.table)  # the keys themselves reach keyPressEvent
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        self.button_add_alternative = self._button(
            tr("Add alternative"), "add_alternative", self.add_alternative
        )
        self.button_remove_alternatives = self._button(
            tr("Remove alternatives"), "remove_alternatives", self.remove_alternatives
        )
        self._layout()
        self._fit_tree()
        self._fit_table()

    def _fit_tree(self) -> None:
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), MAX_COLUMN_WIDTH))

    def _fit_table(self) -> None:
        self.table.resizeColumnsToContents()
        for column in range(self.performance_model.columnCount()):
            width = self.table.columnWidth(column)
            self.table.setColumnWidth(column, min(max(width, 80), MAX_COLUMN_WIDTH))

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        left = QGroupBox(tr("Criteria"))
        box = QVBoxLayout(left)
        box.addWidget(self.tree)
        row = QHBoxLayout()
        for b in (self.button_add_criterion, self.button_add_group, self.button_remove_criterion):
            row.addWidget(b)
        row.addStretch()
        box.addLayout(row)
        right = QGroupBox(tr("Performance of the alternatives"))
        box = QVBoxLayout(right)
        box.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.button_add_alternative)
        row.addWidget(self.button_remove_alternatives)
        row.addStretch()
        box.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([400, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- criteria ----------------------------------------------------------------------------
    def _selected_criteria(self) -> list[str]:
        ids: list[str] = []
        for index in self.tree.selectionModel().selectedRows(0):
            c = self.criteria_model.criterion(index)
            if c is not None and c.id not in ids:
                ids.append(c.id)
        return ids

    def _insertion_parent(self) -> str | None:
        c = self.criteria_model.criterion(self.tree.currentIndex())
        if c is None:
            return None
        return c.id if c.is_group else c.parent

    def add_leaf(self) -> None:
        self._add_criterion(group=False)

    def add_group(self) -> None:
        self._add_criterion(group=True)

    def _add_criterion(self, group: bool) -> None:
        p = self.session.problem
        if p is None:
            return
        before = {c.id for c in p.criteria}
        parent = self._insertion_parent()
        what = tr("Add group") if group else tr("Add criterion")
        if self.session.edit(lambda q: add_criterion(q, parent, group=group), what):
            after = self.session.problem
            new = [c.id for c in after.criteria if c.id not in before] if after else []
            if new:
                index = self.criteria_model.index_of(new[0])
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)

    def remove_criteria(self) -> None:
        ids = self._selected_criteria()
        if not ids:
            self.session.sig_error.emit(tr("select the criteria to remove first"))
            return

        def change(p: Problem) -> Problem:
            for cid in ids:
                if any(c.id == cid for c in p.criteria):
                    p = remove_criterion(p, cid)
            return p

        p = self.session.problem
        labels = {c.id: c.label for c in p.criteria} if p is not None else {}
        names = ", ".join(labels.get(c, c) for c in ids)
        self.session.edit(change, tr("Remove {names}").format(names=names))

    # -- alternatives ------------------------------------------------------------------------
    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})

    def add_alternative(self) -> None:
        p = self.session.problem
        if p is None:
            return
        rows = self._selected_rows()
        at = rows[-1] + 1 if rows else len(p.alternatives)
        if self.session.edit(lambda q: add_alternative(q, at=at), tr("Add alternative")):
            index = self.performance_model.index(at, COL_NAME)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def remove_alternatives(self) -> None:
        p = self.session.problem
        rows = self._selected_rows()
        if p is None:
            return
        if not rows:
            self.session.sig_error.emit(tr("select the alternatives (rows) to remove first"))
            return
        names = ", ".join(p.alternatives[r].label for r in rows[:3])
        if len(rows) > 3:
            names = tr("{names} and {n} more").format(names=names, n=len(rows) - 3)
        text = tr("Remove {names}").format(names=names)
        self.session.edit(lambda q: remove_alternatives(q, rows), text)

    # -- clipboard ---------------------------------------------------------------------------
    def _value_cells(self) -> list[tuple[int, int]]:
        """Selected (row, leaf column) pairs, or the current cell; the name column left out."""
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        return sorted({(i.row(), i.column() - 1) for i in indexes if i.isValid() and i.column()})

    def copy(self) -> None:
        """Put the selection on the clipboard as tab-separated lines (decimal point)."""
        p = self.session.problem
        indexes = [i for i in self.table.selectionModel().selectedIndexes() if i.isValid()]
        if p is None or not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        top, bottom, left, right = rows[0], rows[-1], cols[0], cols[-1]
        chosen = {(i.row(), i.column()) for i in indexes}
        block = np.full((bottom - top + 1, right - left + 1), np.nan)
        for r, c in chosen:
            if c != COL_NAME:
                block[r - top, c - left] = p.matrix[r, c - 1]
        labels = None
        if left == COL_NAME:
            labels = [
                p.alternatives[r].label if (r, COL_NAME) in chosen else ""
                for r in range(top, bottom + 1)
            ]
            block = block[:, 1:]
        QApplication.clipboard().setText(to_tsv(block, row_labels=labels))

    def paste(self) -> None:
        """Paste a block copied from a spreadsheet at the current cell, as one undo step."""
        p = self.session.problem
        if p is None:
            return
        text = QApplication.clipboard().text()
        names = [c.label for c in p.leaves] + list(p.leaf_ids)
        alts = list(p.alternative_names) + list(p.alternative_ids)
        try:
            _, _, block = parse_tsv(text, column_names=names, row_names=alts)
        except InputError as exc:
            self.session.sig_error.emit(tr("Nothing was pasted: {reason}").format(reason=exc))
            return
        current = self.table.currentIndex()
        top = max(current.row(), 0) if current.isValid() else 0
        left = max(current.column() - 1, 0) if current.isValid() else 0
        cells = self._value_cells()
        if block.shape == (1, 1) and len(cells) > 1:  # one value fills the selection
            value = float(block[0, 0])
            self.session.edit(
                lambda q: set_values(q, [(r, c, value) for r, c in cells]),
                tr("Paste into {n} cells").format(n=len(cells)),
            )
            return
        n_rows, n_cols = block.shape
        room_rows, room_cols = len(p.alternatives) - top, len(p.leaves) - left
        if n_rows > room_rows or n_cols > room_cols:
            self.session.sig_error.emit(
                tr(
                    "Nothing was pasted: the copied block has {rows} rows x {cols} columns, "
                    "but from alternative {top} and criterion {left} the table has room for "
                    "{room_rows} x {room_cols}; add alternatives or criteria first"
                ).format(
                    rows=n_rows,
                    cols=n_cols,
                    top=top + 1,
                    left=left + 1,
                    room_rows=room_rows,
                    room_cols=room_cols,
                )
            )
            return
        if self.session.edit(
            lambda q: set_block(q, top, left, block),
            tr("Paste {rows} x {cols} values").format(rows=n_rows, cols=n_cols),
        ):
            model = self.performance_model
            selection = QItemSelection(
                model.index(top, left + 1), model.index(top + n_rows - 1, left + n_cols)
            )
            self.table.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def clear_selection(self) -> None:
        """Make the selected values missing, as one undo step."""
        p = self.session.problem
        if p is None:
            return
        cells = [(r, c) for r, c in self._value_cells() if not math.isnan(p.matrix[r, c])]
        if not cells:
            return
        self.session.edit(
            lambda q: set_values(q, [(r, c, math.nan) for r, c in cells]),
            (tr("Clear {n} values") if len(cells) > 1 else tr("Clear {n} value")).format(
                n=len(cells)
            ),
        )
