"""Shared part of the Success factors sub-tabs: the stored-set picker, undoable saved edits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.services import success_export as export
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
        # (title, file filter, suggested name) -> path or None; replaced in tests
        self.ask_save_path: Callable[[str, str, str], str | None] = self._ask_save_path
        self.ask_open_path: Callable[[str, str], str | None] = self._ask_open_path
        self.chart: QWidget | None = None
        self.result_tabs: QTabWidget | None = None
        self.status = QLabel()  # "Exported to …": a quiet line beside the error line

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

    def tables(self) -> list[export.Table]:
        """The result tables to export (empty without a result)."""
        return []

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
        bar = self.picker_bar(self.kind, width=22, new_text=tr("New…"))
        self.import_button = tool_button(
            tr("Import…"),
            self.import_dialog,
            f"{self.kind}_import",
            tr("Replace the open data set by a JSON file in the command-line format (undoable)"),
        )
        self.export_button = QToolButton()
        self.export_button.setObjectName(f"{self.kind}_export")
        self.export_button.setText(tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(tr("Data set as JSON…"), self.export_json_dialog)
        menu.addAction(tr("Shown table as CSV…"), self.export_csv_dialog)
        menu.addAction(tr("All tables as Excel…"), self.export_xlsx_dialog)
        menu.addAction(tr("Chart as PNG…"), self.export_png_dialog)
        self.export_button.setMenu(menu)
        bar.insertWidget(bar.indexOf(self.rename_button), self.import_button)
        bar.addWidget(self.export_button)
        self.undo_button, self.redo_button = undo_buttons(self.undo_stack, self.kind)
        bar.addSpacing(12)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        return bar

    # -- import / export ----------------------------------------------------------------------
    def _ask_save_path(self, title: str, filters: str, suggested: str) -> str | None:
        path, _f = QFileDialog.getSaveFileName(self, title, suggested, filters)
        return path or None

    def _ask_open_path(self, title: str, filters: str) -> str | None:
        path, _f = QFileDialog.getOpenFileName(self, title, "", filters)
        return path or None

    def _base_name(self) -> str:
        name = self.name or self.kind
        return "".join(c if c.isalnum() or c in " -_()" else "_" for c in name).strip()

    def _done(self, path: str | Path) -> None:
        self.clear_error()
        self.status.setText(tr("Exported to {file}").format(file=str(path)))

    def import_file(self, path: str | Path) -> bool:
        """Replace the open set by a file in the command-line format, as one undoable step
        (a new set when none is open). A bad file: one red line, nothing changes."""
        try:
            new = export.read_set_file(self.kind, Path(path))
        except Exception as exc:
            self.fail(exc)
            return False
        if self.obj is None:
            return self._store_new(new, self._unique(Path(path).stem))
        if new == self.obj:
            return False
        self.push_edit(new, tr("import {file}").format(file=Path(path).name))
        return True

    def import_dialog(self) -> bool:
        path = self.ask_open_path(tr("Import data set"), tr("JSON files (*.json)"))
        return bool(path) and self.import_file(str(path))

    def export_json(self, path: str | Path) -> bool:
        if self.obj is None:
            return False
        try:
            export.write_set_file(self.obj, Path(path))
        except Exception as exc:
            self.fail(exc)
            return False
        self._done(path)
        return True

    def export_json_dialog(self) -> bool:
        path = self.ask_save_path(
            tr("Export data set"), tr("JSON files (*.json)"), f"{self._base_name()}.json"
        )
        return bool(path) and self.export_json(str(path))

    def export_csv(self, path: str | Path) -> bool:
        tables = self.tables()
        if not tables:
            self.fail(tr("There is no result to export."))
            return False
        k = self.result_tabs.currentIndex() if self.result_tabs is not None else 0
        try:
            export.write_csv(Path(path), tables[min(max(k, 0), len(tables) - 1)])
        except Exception as exc:
            self.fail(exc)
            return False
        self._done(path)
        return True

    def export_csv_dialog(self) -> bool:
        path = self.ask_save_path(
            tr("Export table"), tr("CSV files (*.csv)"), f"{self._base_name()}.csv"
        )
        return bool(path) and self.export_csv(str(path))

    def export_xlsx(self, path: str | Path) -> bool:
        tables = self.tables()
        if not tables:
            self.fail(tr("There is no result to export."))
            return False
        try:
            export.write_xlsx(Path(path), tables)
        except Exception as exc:
            self.fail(exc)
            return False
        self._done(path)
        return True

    def export_xlsx_dialog(self) -> bool:
        path = self.ask_save_path(
            tr("Export tables"), tr("Excel workbooks (*.xlsx)"), f"{self._base_name()}.xlsx"
        )
        return bool(path) and self.export_xlsx(str(path))

    def export_png(self, path: str | Path) -> bool:
        if self.chart is None:
            return False
        if not self.chart.isVisible():  # the other sub-tab: never laid out, give it a size
            size = self.chart.size()
            self.chart.resize(max(size.width(), 800), max(size.height(), 500))
        if not self.chart.grab().save(str(path), "PNG"):
            self.fail(tr("Cannot write {file}.").format(file=str(path)))
            return False
        self._done(path)
        return True

    def export_png_dialog(self) -> bool:
        path = self.ask_save_path(
            tr("Export chart"), tr("PNG images (*.png)"), f"{self._base_name()}.png"
        )
        return bool(path) and self.export_png(str(path))

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
        self.status.setObjectName(f"{self.kind}_status")
        self.status.setStyleSheet("color: #555;")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

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
        self.status.clear()
        self.push_edit(new, f"{text} ({self.title})")
        return True
