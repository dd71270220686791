"""What every page over stored data sets shares: the picker bar, New / Import / Rename / Delete,
one undoable saved step per edit, and the optimistic-version save (a conflict reloads and says
so in the one red line).

:class:`StoredSets` is the base of the Benchmarking page, the Retail planning sub-tabs and the
Success factors sub-tabs. A subclass gives the storage as a few methods (``_list_names``,
``_load_record``, ``_store``, ``_rename``, ``_delete``), ``_opened`` / ``_saved`` to show the
set, and keeps the open set in ``obj`` (under its own name too, e.g. a ``bset`` property).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
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

from app.i18n import tr
from app.services.messages import user_message
from app.storage.errors import ConflictError


def tool_button(text: str, slot: Callable[[], object], name: str, tip: str = "") -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(lambda _c=False: slot())
    return button


def undo_buttons(stack: QUndoStack, prefix: str) -> tuple[QToolButton, QToolButton]:
    """Undo / Redo buttons following ``stack`` (enabled state and tooltips), disabled at first."""
    undo = tool_button(tr("Undo"), stack.undo, f"{prefix}_undo")
    redo = tool_button(tr("Redo"), stack.redo, f"{prefix}_redo")
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    stack.undoTextChanged.connect(
        lambda t: undo.setToolTip(tr("Undo {action}").format(action=t) if t else "")
    )
    stack.redoTextChanged.connect(
        lambda t: redo.setToolTip(tr("Redo {action}").format(action=t) if t else "")
    )
    undo.setEnabled(False)
    redo.setEnabled(False)
    return undo, redo


def ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def confirm(parent: QWidget, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


class SetEdit(QUndoCommand):
    """Replace the open set of ``owner`` by ``new``; redo and undo both save at once (into
    the set open when the step was made, else nothing)."""

    def __init__(self, owner: StoredSets, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.owner, self.old, self.new = owner, old, new
        self.name = owner.name

    def redo(self) -> None:
        if not self.owner._save(self.new, self.name):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.owner._save(self.old, self.name):
            self.setObsolete(True)


class StoredSets(QWidget):
    """A widget over the stored sets of one kind. Signals: ``sig_saved(int version)``,
    ``sig_error(str one line)``. Needs ``undo_stack``, ``ask_text`` and ``confirm``."""

    sig_saved = Signal(int)
    sig_error = Signal(str)

    set_title = ""  # "New <title> data set", "Delete the <title> data set ..."
    new_default = ""  # the name proposed for a new set (default "New <title>")
    blank_name = ""  # the name of an import that names nothing (default "<title>")
    undo_stack: QUndoStack
    ask_text: Callable[[str, str, str], str | None]
    confirm: Callable[[str, str], bool]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name: str | None = None
        self.version = 0
        self.obj: Any = None

    # -- storage, given by subclasses ---------------------------------------------------------
    def _list_names(self) -> list[str]:
        raise NotImplementedError

    def _load_record(self, name: str) -> tuple[Any, str, int]:
        """The stored set as (object, name, version)."""
        raise NotImplementedError

    def _store(self, name: str, obj: Any, expected_version: int | None = None) -> int:
        raise NotImplementedError

    def _rename(self, old: str, new: str) -> int:
        raise NotImplementedError

    def _delete(self, name: str) -> None:
        raise NotImplementedError

    def _blank(self, name: str) -> Any:
        """A new empty set."""
        raise NotImplementedError

    def _read_file(self, path: Path) -> Any:
        """An imported set (with ``data["name"]`` if the file names it)."""
        raise NotImplementedError

    def _opened(self) -> None:
        """Show the set just opened (``obj`` may be None)."""

    def _saved(self) -> None:
        """Show the set just saved."""

    # -- construction -------------------------------------------------------------------------
    def picker_bar(
        self, prefix: str, *, width: int, new_text: str = "", importing: bool = False
    ) -> QHBoxLayout:
        """Data set picker with New / (Import…) / Rename… / Delete; and ``error_label``."""
        new_text = new_text or tr("New")
        self.sets = QComboBox()
        self.sets.setObjectName(f"{prefix}_sets")
        self.sets.setMinimumContentsLength(width)
        self.sets.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sets.activated.connect(lambda _i: self.load_set(self.sets.currentData()))
        self.new_button = tool_button(new_text, self.new_set, f"{prefix}_new")
        buttons = [self.new_button]
        if importing:
            self.import_button = tool_button(tr("Import…"), self.import_dialog, f"{prefix}_import")
            buttons.append(self.import_button)
        self.rename_button = tool_button(tr("Rename…"), self.rename_set, f"{prefix}_rename")
        self.delete_button = tool_button(tr("Delete"), self.delete_set, f"{prefix}_delete")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Data set")))
        bar.addWidget(self.sets, 1)
        for b in (*buttons, self.rename_button, self.delete_button):
            bar.addWidget(b)
        self.error_label = QLabel()
        self.error_label.setObjectName(f"{prefix}_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.sig_error.connect(self._show_error)
        return bar

    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        return ask_text(self, title, label, text)

    def _confirm(self, title: str, text: str) -> bool:
        return confirm(self, title, text)

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
    def _enable(self, has_sets: bool) -> None:
        self.rename_button.setEnabled(has_sets)
        self.delete_button.setEnabled(has_sets)

    def refresh_sets(self, select: str | None = None) -> None:
        """Fill the picker from the database and open ``select`` (or keep/choose one)."""
        try:
            names = self._list_names()
        except Exception as exc:
            self.fail(exc)
            names = []
        self.sets.blockSignals(True)
        self.sets.clear()
        for n in names:
            self.sets.addItem(n, n)
        self.sets.blockSignals(False)
        target = select or (self.name if self.name in names else (names[0] if names else None))
        self._enable(bool(names))
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
            obj, name, version = self._load_record(name)
        except Exception as exc:
            self.fail(exc)
            return False
        self._open(obj, name, version)
        return True

    def _open(self, obj: Any, name: str | None, version: int = 0) -> None:
        # the undo steps name the open set; a step on a set no longer open would save into the
        # wrong one, so opening another set starts a fresh history
        self.undo_stack.clear()
        self.obj, self.name, self.version = obj, name, version
        index = self.sets.findData(name) if name else -1
        if index >= 0:
            self.sets.setCurrentIndex(index)
        self.clear_error()
        self._opened()

    def _unique(self, wanted: str) -> str:
        taken = set(self._list_names())
        base = (wanted.strip() or tr(self.blank_name) or tr(self.set_title))[:180]
        name, k = base, 2
        while name in taken:
            name, k = f"{base} ({k})", k + 1
        return name

    def _store_new(self, obj: Any, name: str) -> bool:
        try:
            self._store(name, obj)
        except Exception as exc:
            self.fail(exc)
            return False
        self.name = None
        self.refresh_sets(select=name)
        return True

    def new_set(self) -> bool:
        title = tr(self.set_title)
        name = self.ask_text(
            tr("New data set"),
            tr("Name of the new {title} data set:").format(title=title),
            self._unique(tr(self.new_default) or tr("New {title}").format(title=title)),
        )
        if not name or not name.strip():
            return False
        return self._store_new(self._blank(name.strip()), name.strip())

    def import_path(self, path: Path) -> bool:
        """Import a file as a new stored set; a bad file changes nothing (one-line error)."""
        try:
            obj = self._read_file(path)
        except Exception as exc:
            self.fail(exc)
            return False
        return self._store_new(obj, self._unique(str(obj.data.get("name") or path.stem)))

    def import_dialog(self) -> bool:  # pragma: no cover - pages with Import… give it
        raise NotImplementedError

    def rename_set(self) -> bool:
        if self.name is None:
            return False
        new = self.ask_text(tr("Rename data set"), tr("New name:"), self.name)
        if not new or new.strip() == self.name:
            return False
        try:
            self.version = self._rename(self.name, new.strip())
        except Exception as exc:
            self.fail(exc)
            return False
        self.name = new.strip()
        self.undo_stack.clear()  # the steps name the set by its old name
        self.refresh_sets(select=self.name)
        return True

    def _delete_question(self) -> str:
        return tr("Delete the {title} data set '{name}'? This cannot be undone.").format(
            title=tr(self.set_title), name=self.name
        )

    def delete_set(self) -> bool:
        if self.name is None:
            return False
        if not self.confirm(tr("Delete data set"), self._delete_question()):
            return False
        try:
            self._delete(self.name)
        except Exception as exc:
            self.fail(exc)
            return False
        self.name, self.obj = None, None
        self.refresh_sets()
        return True

    # -- edits --------------------------------------------------------------------------------
    def push_edit(self, new: Any, text: str) -> None:
        """Make ``new`` the open set as one undoable step, saved at once."""
        self.undo_stack.push(SetEdit(self, self.obj, new, text))

    def _save(self, obj: Any, name: str | None) -> bool:
        if name is None or name != self.name:
            return False
        try:
            self.version = self._store(name, obj, self.version)
        except ConflictError as exc:
            # reloading clears the undo stack: not from inside its push/undo, so a moment later
            message = tr("{error}. The data set was reloaded.").format(error=exc)
            QTimer.singleShot(0, lambda: self._reload_after_conflict(message))
            return False
        except Exception as exc:
            self.fail(exc)
            return False
        self.obj = obj
        self.clear_error()
        self._saved()
        self.sig_saved.emit(self.version)
        return True

    def _reload_after_conflict(self, message: str) -> None:
        if self.name is not None:
            self.load_set(self.name)
        self.sig_error.emit(message)
