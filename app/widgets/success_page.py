"""The Success factors page: DEMATEL (cause and effect among factors) and SWOT-AHP (A'WOT)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.i18n import tr
from app.widgets.success_awot import AwotPanel
from app.widgets.success_dematel import DematelPanel

if TYPE_CHECKING:
    from app.services.project_session import ProjectSession


class SuccessPage(QWidget):
    """Two sub-tabs over stored tool data sets (``session.repo``), with or without a project.

    Every edit is saved at once and undoable through ``undo_stack`` (one for the page; it is
    cleared when either sub-tab opens another data set). Signals: ``sig_saved(int)``,
    ``sig_error(str one line)`` from either sub-tab.
    """

    sig_saved = Signal(int)
    sig_error = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = session.repo
        self.undo_stack = QUndoStack(self)
        self.dematel = DematelPanel(self.repo, session.who, self.undo_stack, self)
        self.swot = AwotPanel(self.repo, session.who, self.undo_stack, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("success_tabs")
        self.tabs.addTab(self.dematel, tr("DEMATEL: cause and effect"))
        self.tabs.addTab(self.swot, "SWOT-AHP (A'WOT)")
        for panel in (self.dematel, self.swot):
            panel.sig_saved.connect(self.sig_saved.emit)
            panel.sig_error.connect(self.sig_error.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.dematel.refresh_sets()
        self.swot.refresh_sets()

    def show_tab(self, key: str) -> None:
        """``"dematel"`` or ``"swot"``."""
        self.tabs.setCurrentWidget(self.swot if key in ("swot", "awot") else self.dematel)
