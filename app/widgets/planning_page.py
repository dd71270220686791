"""The Retail planning page: retail figures, the Huff model and the town in its network."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.widgets.planning_huff import HuffTab
from app.widgets.planning_network import NetworkTab
from app.widgets.planning_retail import RetailTab
from app.widgets.planning_tab import ToolTab
from app.widgets.stored_sets import ask_text, confirm, undo_buttons

if TYPE_CHECKING:
    from app.services.project_session import ProjectSession


class _Tabs(QTabWidget):
    """Sub-tabs that never ask for height-for-width: word-wrapped labels in them would make
    the page's scroll area size it from the tables' size hints, taller than a laptop screen."""

    def hasHeightForWidth(self) -> bool:
        return False


class PlanningPage(QWidget):
    """Three sub-tabs (Retail, Huff, Town network) over the stored tool data sets of
    ``session.repo``, with or without a project open. Every edit is saved at once and can be
    undone through the page's ``undo_stack`` (Edit ▸ Undo follows it while the page shows).

    The dialogs are attributes (``ask_text``, ``ask_open``, ``ask_save``, ``confirm``) so
    tests can answer them.
    """

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = session.repo
        self.who = session.who
        self.undo_stack = QUndoStack(self)
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.ask_open: Callable[[str, str], str | None] = self._ask_open
        self.ask_save: Callable[[str, str, str], str | None] = self._ask_save
        self.export_dir: Path | None = None
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.retail = RetailTab(self)
        self.huff = HuffTab(self)
        self.network = NetworkTab(self)
        self.tabs = _Tabs()
        self.tabs.setObjectName("planning_tabs")
        self.tabs.addTab(self.retail, tr("Retail"))
        self.tabs.addTab(self.huff, tr("Huff catchment"))
        self.tabs.addTab(self.network, tr("Town network"))
        self.undo_button, self.redo_button = undo_buttons(self.undo_stack, "planning")
        corner = QWidget()
        cl = QHBoxLayout(corner)
        cl.setContentsMargins(0, 0, 4, 0)
        cl.addWidget(self.undo_button)
        cl.addWidget(self.redo_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        for tab in self.tool_tabs():
            tab.refresh_sets()
        self.undo_stack.clear()
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

    def sizeHint(self) -> QSize:
        return QSize(1000, 620)

    def tool_tabs(self) -> tuple[ToolTab, ...]:
        return (self.retail, self.huff, self.network)

    # -- dialogs (replaced in tests) ----------------------------------------------------------
    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        return ask_text(self, title, label, text)

    def _ask_open(self, title: str, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", filters)
        return path or None

    def _ask_save(self, title: str, default_name: str, filters: str) -> str | None:
        """A save dialog opening on the last export folder (else the home folder)."""
        folder = self.export_dir or Path.home()
        path, _ = QFileDialog.getSaveFileName(self, title, str(folder / default_name), filters)
        if path:
            self.export_dir = Path(path).parent
        return path or None

    def _confirm(self, title: str, text: str) -> bool:
        return confirm(self, title, text)
