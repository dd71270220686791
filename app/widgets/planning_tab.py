"""What the three Retail planning sub-tabs share: the stored-set picker, saving, undo, errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.planning_models import PlanningTableModel
from app.services import planning_logic as logic
from app.services.messages import user_message
from app.storage.errors import ConflictError

if TYPE_CHECKING:
    from app.widgets.planning_page import PlanningPage


class SetEdit(QUndoCommand):
    """Replace a tab's open set by ``new``; redo and undo both save at once."""

    def __init__(
        self, tab: ToolTab, old: logic.PlanningSet, new: logic.PlanningSet, text: str
    ) -> None:
        super().__init__(f"{logic.KIND_TITLES[tab.kind]}: {text}")
        self.tab, self.old, self.new = tab, old, new

    def redo(self) -> None:
        if not self.tab.save(self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.tab.save(self.old):
            self.setObsolete(True)


def button(text: str, slot: Callable[[], object], name: str, tip: str = "") -> QToolButton:
    b = QToolButton()
    b.setText(text)
    b.setObjectName(name)
    b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    if tip:
        b.setToolTip(tip)
    b.clicked.connect(lambda _c=False: slot())
    return b


def table_view(model: PlanningTableModel, name: str, *, stretch: bool = False) -> QTableView:
    """A compact table; editable cells open on double-click or typing."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.verticalHeader().setDefaultSectionSize(20)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    view.horizontalHeader().setStretchLastSection(stretch)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    header.setMinimumHeight(26)
    model.modelReset.connect(lambda: fit_columns(view))
    return view


def fit_columns(view: QTableView, widest: int = 118) -> None:
    """Columns as wide as their contents, at most ``widest`` (headers wrap; tooltips show all)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for c in range(header.count()):
        if header.sectionSize(c) > widest:
            header.resizeSection(c, widest)


def fit_height(view: QTableView) -> None:
    """No taller than its rows (the space below goes to the next widget)."""
    rows = view.model().rowCount() if view.model() else 0
    header = view.horizontalHeader()
    height = max(header.height(), header.sizeHint().height(), header.minimumHeight())
    height += 2 * view.frameWidth() + 2
    height += sum(view.rowHeight(r) for r in range(rows))
    if view.horizontalScrollBar().isVisible():
        height += view.horizontalScrollBar().height()
    view.setMaximumHeight(max(height, 60))


def short_note(pset: logic.PlanningSet | None) -> str:
    """One line over the tables; the full description is its tooltip."""
    if pset is None:
        return "No data set: press New or Import…."
    if pset.data.get("illustrative"):
        return "ILLUSTRATIVE values, not statistics: hover here for the description and sources."
    text = pset.note
    return text if len(text) <= 150 else text[:149] + "…"


class ToolTab(QWidget):
    """One sub-tab over the stored sets of ``kind``. Subclasses build ``self.body`` and
    implement :meth:`show_set`; edits go through :meth:`apply` (one undoable, saved step).

    Signals: ``sig_saved(int version)``, ``sig_error(str one line)``.
    """

    sig_saved = Signal(int)
    sig_error = Signal(str)

    kind = "retail"

    def __init__(self, page: PlanningPage) -> None:
        super().__init__()
        self.page = page
        self.pset: logic.PlanningSet | None = None
        self.name: str | None = None
        self.version = 0
        self.sets = QComboBox()
        self.sets.setObjectName(f"{self.kind}_sets")
        self.sets.setMinimumContentsLength(14)
        self.sets.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sets.activated.connect(lambda _i: self.load_set(self.sets.currentData()))
        self.new_button = button("New", self.new_set, f"{self.kind}_new")
        self.import_button = button("Import…", self.import_dialog, f"{self.kind}_import")
        self.rename_button = button("Rename…", self.rename_set, f"{self.kind}_rename")
        self.delete_button = button("Delete", self.delete_set, f"{self.kind}_delete")
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Data set"))
        bar.addWidget(self.sets, 1)
        for b in (self.new_button, self.import_button, self.rename_button, self.delete_button):
            bar.addWidget(b)
        self.note = QLabel()
        self.note.setObjectName(f"{self.kind}_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.error_label = QLabel()
        self.error_label.setObjectName(f"{self.kind}_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.sig_error.connect(self._show_error)
        self.body = QWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.body, 1)

    # -- messages -------------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error_label.setText(" ".join(text.split()))
        self.error_label.setVisible(bool(text))

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def fail(self, exc: BaseException) -> None:
        self.sig_error.emit(user_message(exc))

    # -- stored sets ----------------------------------------------------------------------------
    def _names(self) -> list[str]:
        return [s.name for s in self.page.repo.list_tool_sets(self.kind)]

    def refresh_sets(self, select: str | None = None) -> None:
        """Fill the picker from the database and open ``select`` (or keep/choose one)."""
        try:
            names = self._names()
        except Exception as exc:
            self.fail(exc)
            names = []
        self.sets.blockSignals(True)
        self.sets.clear()
        for n in names:
            self.sets.addItem(n, n)
        self.sets.blockSignals(False)
        target = select or (self.name if self.name in names else (names[0] if names else None))
        self.rename_button.setEnabled(bool(names))
        self.delete_button.setEnabled(bool(names))
        if target is None:
            self.open(None, None)
        elif target != self.name or self.pset is None:
            self.load_set(target)
        else:
            self.sets.setCurrentIndex(names.index(target))

    def load_set(self, name: str | None) -> bool:
        if name is None:
            return False
        try:
            record = self.page.repo.load_tool_set(self.kind, name)
            pset = logic.PlanningSet.from_json(self.kind, record.data_json)
        except Exception as exc:
            self.fail(exc)
            return False
        self.open(pset, record.name, record.version)
        return True

    def open(self, pset: logic.PlanningSet | None, name: str | None, version: int = 0) -> None:
        # the page's undo steps name sets of every tab; a step on a set no longer open would
        # save into the wrong one, so opening another set starts a fresh history
        self.page.undo_stack.clear()
        self.pset, self.name, self.version = pset, name, version
        index = self.sets.findData(name) if name else -1
        if index >= 0:
            self.sets.setCurrentIndex(index)
        self.clear_error()
        self.note.setText(short_note(pset))
        self.note.setToolTip(pset.note if pset else "")
        self.note.setVisible(bool(self.note.text()))
        self.refresh()

    def unique(self, wanted: str) -> str:
        taken = set(self._names())
        base = (wanted.strip() or logic.KIND_TITLES[self.kind])[:180]
        name, k = base, 2
        while name in taken:
            name, k = f"{base} ({k})", k + 1
        return name

    def store_new(self, pset: logic.PlanningSet, name: str) -> bool:
        try:
            self.page.repo.save_tool_set(self.kind, name, pset.to_json(), who=self.page.who)
        except Exception as exc:
            self.fail(exc)
            return False
        self.name = None
        self.refresh_sets(select=name)
        return True

    def new_set(self) -> bool:
        title = logic.KIND_TITLES[self.kind]
        name = self.page.ask_text(
            "New data set", f"Name of the new {title} data set:", self.unique(f"New {title}")
        )
        if not name or not name.strip():
            return False
        return self.store_new(logic.new_set(self.kind), name.strip())

    def import_dialog(self) -> bool:
        path = self.page.ask_open("Import a data set", logic.IMPORT_FILTERS[self.kind])
        return self.import_path(Path(path)) if path else False

    def import_path(self, path: Path) -> bool:
        """Import a file as a new stored set; a bad file changes nothing (one-line error)."""
        try:
            pset = logic.import_file(self.kind, path)
        except Exception as exc:
            self.fail(exc)
            return False
        return self.store_new(pset, self.unique(str(pset.data.get("name") or path.stem)))

    def rename_set(self) -> bool:
        if self.name is None:
            return False
        new = self.page.ask_text("Rename data set", "New name:", self.name)
        if not new or new.strip() == self.name:
            return False
        try:
            self.version = self.page.repo.rename_tool_set(
                self.kind, self.name, new.strip(), who=self.page.who
            )
        except Exception as exc:
            self.fail(exc)
            return False
        self.name = new.strip()
        self.page.undo_stack.clear()  # the steps name the set by its old name
        self.refresh_sets(select=self.name)
        return True

    def delete_set(self) -> bool:
        if self.name is None:
            return False
        if not self.page.confirm(
            "Delete data set", f"Delete the data set '{self.name}'? This cannot be undone."
        ):
            return False
        try:
            self.page.repo.delete_tool_set(self.kind, self.name, who=self.page.who)
        except Exception as exc:
            self.fail(exc)
            return False
        self.name, self.pset = None, None
        self.refresh_sets()
        return True

    # -- edits ----------------------------------------------------------------------------------
    def apply(self, new: logic.PlanningSet, text: str) -> bool:
        """Make ``new`` the open set as one undoable step, saved at once."""
        if self.pset is None or new == self.pset:
            return False
        self.page.undo_stack.push(SetEdit(self, self.pset, new, text))
        return True

    def edit(self, make: Callable[[logic.PlanningSet], logic.PlanningSet], text: str) -> bool:
        """Build the new set with ``make`` (InputError: one red line, nothing changes)."""
        if self.pset is None:
            return False
        try:
            new = make(self.pset)
        except Exception as exc:
            self.fail(exc)
            self.refresh()  # put back what an editor or spin box shows
            return False
        return self.apply(new, text)

    def save(self, pset: logic.PlanningSet) -> bool:
        if self.name is None:
            return False
        try:
            self.version = self.page.repo.save_tool_set(
                self.kind, self.name, pset.to_json(), self.version, who=self.page.who
            )
        except ConflictError as exc:
            # reloading clears the undo stack: not from inside its push/undo, so a moment later
            message = f"{exc}. The data set was reloaded."
            QTimer.singleShot(0, lambda: self._reload_after_conflict(message))
            return False
        except Exception as exc:
            self.fail(exc)
            return False
        self.pset = pset
        self.clear_error()
        self.refresh()
        self.sig_saved.emit(self.version)
        return True

    def _reload_after_conflict(self, message: str) -> None:
        if self.name is not None:
            self.load_set(self.name)
        self.sig_error.emit(message)

    # -- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the open set and its results; an engine error becomes the one red line."""
        try:
            self.show_set(self.pset)
        except Exception as exc:
            self.fail(exc)

    def show_set(self, pset: logic.PlanningSet | None) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
