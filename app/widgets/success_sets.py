"""Shared part of the Success factors sub-tabs: the stored-set picker, undoable saved edits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.widgets.stored_sets import StoredSets, tool_button, undo_buttons

__all__ = ["ToolSetPanel", "table", "tool_button"]


def table(model: Any, name: str, *, stretch: int | None = None) -> QTableView:
    """A compact table; column ``stretch`` (once the model has it) takes the spare width."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(22)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        # modes are per existing section: set them again whenever the model gets its columns
        model.modelReset.connect(
            lambda: (
                header.count() > stretch
                and header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            )
        )
    return view


class ToolSetPanel(StoredSets):
    """A sub-tab working on stored sets of one ``kind`` (tool_dataset) through ``repo``.

    Subclasses give ``kind``, ``title``, ``set_type`` (``from_json`` / ``to_json``),
    ``blank()`` and ``show_set()``. Every edit goes through :meth:`edit`: one undoable step on the page's
    ``undo_stack``, saved at once with the version read (a conflict reloads and says so).
    Signals: ``sig_saved(int version)``, ``sig_error(str one line)``.
    """

    kind = ""
    title = ""
    set_type: Any = None

    def __init__(self, repo: Any, who: str, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        self.who = who
        self.undo_stack = undo_stack
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.confirm: Callable[[str, str], bool] = self._confirm

    @property
    def set_title(self) -> str:  # type: ignore[override]
        return self.title

    # -- to be given by subclasses ------------------------------------------------------------
    def read(self, text: str) -> Any:
        return self.set_type.from_json(text)

    def write(self, obj: Any) -> str:
        return str(obj.to_json())

    def blank(self) -> Any:
        raise NotImplementedError

    def show_set(self) -> None:
        raise NotImplementedError

    # -- storage ------------------------------------------------------------------------------
    def _list_names(self) -> list[str]:
        return [s.name for s in self.repo.list_tool_sets(self.kind)]

    def _load_record(self, name: str) -> tuple[Any, str, int]:
        record = self.repo.load_tool_set(self.kind, name)
        return self.read(record.data_json), record.name, record.version

    def _store(self, name: str, obj: Any, expected_version: int | None = None) -> int:
        return self.repo.save_tool_set(
            self.kind, name, self.write(obj), expected_version=expected_version, who=self.who
        )

    def _rename(self, old: str, new: str) -> int:
        return self.repo.rename_tool_set(self.kind, old, new, who=self.who)

    def _delete(self, name: str) -> None:
        self.repo.delete_tool_set(self.kind, name, who=self.who)

    def _blank(self, name: str) -> Any:
        return self.blank()

    def _opened(self) -> None:
        self.show_set()

    def _saved(self) -> None:
        self.show_set()

    # -- construction -------------------------------------------------------------------------
    def set_bar(self) -> QHBoxLayout:
        """Data set picker, New / Rename / Delete, Undo / Redo; and the one-line error label."""
        bar = self.picker_bar(self.kind, width=22, new_text="New…")
        self.undo_button, self.redo_button = undo_buttons(self.undo_stack, self.kind)
        bar.addSpacing(12)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        return bar

    def lay_out(
        self,
        bar: QHBoxLayout,
        left: QWidget,
        chart: QWidget,
        tabs: QTabWidget,
        sizes: tuple[list[int], list[int]],
    ) -> None:
        """``bar`` and the error line over ``left`` | ``chart`` over ``tabs`` and ``summary``;
        ``sizes``: (chart and tabs, left and right)."""
        self.summary = QLabel()
        self.summary.setObjectName(f"{self.kind}_summary")
        self.summary.setWordWrap(True)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(chart)
        right.addWidget(tabs)
        right.setChildrenCollapsible(False)
        right.setSizes(sizes[0])
        rw = QWidget()
        rl = QVBoxLayout(rw)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(right, 1)
        rl.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(rw)
        split.setChildrenCollapsible(False)
        split.setSizes(sizes[1])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(split, 1)

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
        self.push_edit(new, f"{text} ({self.title})")
        return True
