"""The Weights page: direct, AHP pairwise and objective weights per criteria group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.services.project_session import ProjectSession
from app.services.weights_logic import global_weights, groups
from app.widgets.weights_chart import GlobalWeightsChart
from app.widgets.weights_direct import DirectWeightsPanel
from app.widgets.weights_objective import ObjectivePanel
from app.widgets.weights_pairwise import PairwisePanel


class WeightsPage(QWidget):
    """Weights live in the problem's criteria (local weights); every way of weighting here
    ends in one ``session.edit(set_weights ...)``, so other pages follow and undo works."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_weights")
        self.session = session
        self.group = QComboBox()
        self.group.setObjectName("weights_group")
        self.group.currentIndexChanged.connect(self._on_group)
        self.direct = DirectWeightsPanel(session)
        self.pairwise = PairwisePanel(session)
        self.objective = ObjectivePanel(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("weights_tabs")
        self.tabs.addTab(self.direct, tr("Direct weights"))
        self.tabs.addTab(self.pairwise, tr("Pairwise (AHP)"))
        self.tabs.addTab(self.objective, tr("Objective weights"))
        self.tabs.currentChanged.connect(lambda _: self.direct.flush())
        self.chart = GlobalWeightsChart()
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Criteria group:")))
        top.addWidget(self.group, 1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        lv.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)  # chart below: the page fits a laptop
        splitter.addWidget(left)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 200])  # the panels first; the chart needs less height
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        session.sig_problem_changed.connect(self.refresh)
        session.sig_closed.connect(self.refresh)
        session.sig_judgments_changed.connect(self.pairwise.refresh)
        self.refresh()

    @property
    def node(self) -> str | None:
        data = self.group.currentData()
        return data if isinstance(data, str) else None

    def set_group(self, node: str | None) -> None:
        k = self.group.findData(node) if node is not None else 0
        self.group.setCurrentIndex(max(k, 0))

    def refresh(self, *_: object) -> None:
        """Follow the problem: the list of groups, each panel and the chart."""
        problem = self.session.problem
        current = self.node
        self.group.blockSignals(True)
        self.group.clear()
        if problem is not None:
            for node, label in groups(problem):
                self.group.addItem(label, node)
            k = self.group.findData(current) if current is not None else 0
            self.group.setCurrentIndex(max(k, 0))
        self.group.blockSignals(False)
        node = self.node
        for panel in (self.direct, self.pairwise, self.objective):
            if getattr(panel, "_node", None) != node:
                panel.set_node(node)
            else:
                panel.refresh()
        if problem is None:
            self.chart.set_weights([], None, tr("No project is open."))
        else:
            names, weights, why = global_weights(problem)
            self.chart.set_weights(names, None if weights is None else list(weights), why)

    def _on_group(self, _: int) -> None:
        node = self.node
        self.direct.set_node(node)
        self.pairwise.set_node(node)
        self.objective.set_node(node)
