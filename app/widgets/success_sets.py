"""Shared part of the Success factors sub-tabs: the stored-set picker, undoable saved edits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QToolButton,
    QWidget,
)

from app.services.messages import user_message
from app.storage.tool_sets import StaleToolSetError


class _SetEdit(QUndoCommand):
    """Replace the panel's open set by ``new``; redo and undo both save at once."""

    def __init__(self, panel: ToolSetPanel, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.panel, self.old, self.new = panel, old, new
        self.name = panel.name

    def redo(self) -> None:
        if not self.panel._save(self.new, self.name):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.panel._save(self.old, self.name):
            self.setObsolete(True)


def tool_button(text: str, slot: Callable[[], object], name: str, tip: str = "") -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(lambda _c=False: slot())
    return button


class ToolSetPanel(QWidget):
    """A sub-tab working on stored sets of one ``kind`` (tool_dataset) through ``repo``.

    Subclasses give ``kind``, ``title``, ``read(text)``, ``write(obj)``, ``blank()`` and
    ``show_set()``. Every edit goes through :meth:`apply`: one undoable step on the page's
    ``undo_stack``, saved at once with the version read (a conflict reloads and says so).
    Signals: ``sig_saved(int version)``, ``sig_error(str one line)``.
    """

    sig_saved = Signal(int)
    sig_error = Signal(str)
    kind = ""
    title = ""

    def __init__(self, repo: Any, who: str, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        self.who = who
        self.undo_stack = undo_stack
        self.name: str | None = None
        self.version = 0
        self.obj: Any = None
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.confirm: Callable[[str, str], bool] = self._confirm

    # -- to be given by subclasses ------------------------------------------------------------
    def read(self, text: str) -> Any:
        raise NotImplementedError

    def write(self, obj: Any) -> str:
        raise NotImplementedError

    def blank(self) -> Any:
        raise NotImplementedError

    def show_set(self) -> None:
        raise NotImplementedError

    # -- construction -------------------------------------------------------------------------
    def set_bar(self) -> QHBoxLayout:
        """Data set picker, New / Rename / Delete, Undo / Redo; and the one-line error label."""
        p = self.kind
        self.sets = QComboBox()
        self.sets.setObjectName(f"{p}_sets")
        self.sets.setMinimumContentsLength(22)
        self.sets.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sets.activated.connect(lambda _i: self.load_set(self.sets.currentData()))
        self.new_button = tool_button("New…", self.new_set, f"{p}_new")
        self.rename_button = tool_button("Rename…", self.rename_set, f"{p}_rename")
        self.delete_button = tool_button("Delete", self.delete_set, f"{p}_delete")
        self.undo_button = tool_button("Undo", self.undo_stack.undo, f"{p}_undo")
        self.redo_button = tool_button("Redo", self.undo_stack.redo, f"{p}_redo")
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: self.undo_button.setToolTip(f"Undo {t}" if t else "")
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: self.redo_button.setToolTip(f"Redo {t}" if t else "")
        )
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Data set"))
        bar.addWidget(self.sets, 1)
        for b in (self.new_button, self.rename_button, self.delete_button):
            bar.addWidget(b)
        bar.addSpacing(12)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        self.error_label = QLabel()
        self.error_label.setObjectName(f"{p}_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.sig_error.connect(self._show_error)
        return bar

    # -- dialogs (replaced in tests) ----------------------------------------------------------
    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    # -- messages -----------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error_label.setText(" ".join(text.split()))
        self.error_label.setVisible(bool(text))

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def fail(self, exc: BaseException | str) -> None:
        self.sig_error.emit(exc if isinstance(exc, str) else user_message(exc))

    # -- stored sets --------------------------------------------------------------------------
    def refresh_sets(self, select: str | None = None) -> None:
        """Fill the picker from the database and open ``select`` (or keep/choose one)."""
        try:
            names = [s.name for s in self.repo.list_tool_sets(self.kind)]
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
            self._open(None, None)
        elif target != self.name or self.obj is None:
            self.load_set(target)
        else:
            self.sets.setCurrentIndex(names.index(target))

    def load_set(self, name: str | None) -> bool:
        if name is None:
            return False
        try:
            record = self.repo.load_tool_set(self.kind, name)
            obj = self.read(record.data_json)
        except Exception as exc:
            self.fail(exc)
            return False
        self._open(obj, record.name, record.version)
        return True

    def _open(self, obj: Any, name: str | None, version: int = 0) -> None:
        self.undo_stack.clear()
        self.obj, self.name, self.version = obj, name, version
        index = self.sets.findData(name) if name else -1
        if index >= 0:
            self.sets.setCurrentIndex(index)
        self.clear_error()
        self.show_set()

    def _unique(self, wanted: str) -> str:
        taken = {s.name for s in self.repo.list_tool_sets(self.kind)}
        name, k = wanted, 2
        while name in taken:
            name, k = f"{wanted} ({k})", k + 1
        return name

    def new_set(self) -> bool:
        name = self.ask_text(
            "New data set",
            f"Name of the new {self.title} data set:",
            self._unique(f"New {self.title}"),
        )
        if not name or not name.strip():
            return False
        try:
            self.repo.save_tool_set(self.kind, name.strip(), self.write(self.blank()), who=self.who)
        except Exception as exc:
            self.fail(exc)
            return False
        self.name = None
        self.refresh_sets(select=name.strip())
        return True

    def rename_set(self) -> bool:
        if self.name is None:
            return False
        new = self.ask_text("Rename data set", "New name:", self.name)
        if not new or new.strip() == self.name:
            return False
        try:
            self.version = self.repo.rename_tool_set(
                self.kind, self.name, new.strip(), who=self.who
            )
        except Exception as exc:
            self.fail(exc)
            return False
        self.name = new.strip()
        self.undo_stack.clear()  # the steps name the set by its old name
        self.refresh_sets(select=self.name)
        return True

    def delete_set(self) -> bool:
        if self.name is None:
            return False
        if not self.confirm(
            "Delete data set",
            f"Delete the {self.title} data set '{self.name}'? This cannot be undone.",
        ):
            return False
        try:
            self.repo.delete_tool_set(self.kind, self.name, who=self.who)
        except Exception as exc:
            self.fail(exc)
            return False
        self.name, self.obj = None, None
        self.refresh_sets()
        return True

    # -- edits --------------------------------------------------------------------------------
    def edit(self, change: Callable[[Any], Any], text: str) -> bool:
        """``change(obj)`` gives the new set (or raises: one red line, nothing changes)."""
        if self.obj is None:
            return False
        try:
            new = change(self.obj)
        except Exception as exc:
            self.show_set()  # put back what an editor may show, then say why
            self.fail(exc)
            return False
        if new == self.obj:
            return False
        self.undo_stack.push(_SetEdit(self, self.obj, new, f"{text} ({self.title})"))
        return True

    def _save(self, obj: Any, name: str | None) -> bool:
        if name is None or name != self.name:
            return False
        try:
            self.version = self.repo.save_tool_set(
                self.kind, name, self.write(obj), expected_version=self.version, who=self.who
            )
        except StaleToolSetError as exc:
            # reloading clears the undo stack: not from inside its push/undo, a moment later
            message = f"{exc}. The data set was reloaded."
            QTimer.singleShot(0, lambda: self._reload_after_conflict(message))
            return False
        except Exception as exc:
            self.fail(exc)
            return False
        self.obj = obj
        self.clear_error()
        self.show_set()
        self.sig_saved.emit(self.version)
        return True

    def _reload_after_conflict(self, message: str) -> None:
        if self.name is not None:
            self.load_set(self.name)
        self.sig_error.emit(message)
