"""Objective weights of one criteria group from its data (entropy, CRITIC, SD, MEREC, equal)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.models.weights_priority_model import PriorityModel
from app.services.messages import user_message
from app.services.problem_edits import set_weights
from app.services.project_session import ProjectSession
from app.services.weights_logic import OBJECTIVE_METHODS, labels, objective_weights


class ObjectivePanel(QWidget):
    """Preview of the weights a method computes; Apply makes them the group's local weights."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weights_objective")
        self._session = session
        self._node: str | None = None
        self.weights: dict[str, float] | None = None
        self.method = QComboBox()
        self.method.setObjectName("objective_method")
        for key, label in OBJECTIVE_METHODS:
            self.method.addItem(tr(label), key)
        self.method.currentIndexChanged.connect(self.refresh)
        self.message = QLabel()
        self.message.setObjectName("objective_message")
        self.message.setWordWrap(True)
        self.model = PriorityModel(self)
        self.view = QTableView()
        self.view.setObjectName("objective_preview")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.apply = QPushButton(tr("Apply"))
        self.apply.setObjectName("objective_apply")
        self.apply.clicked.connect(self.apply_weights)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Method:")))
        row.addWidget(self.method, 1)
        row.addWidget(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Weights computed from how much the data of this group's criteria vary."))
        )
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

    def set_node(self, node: str | None) -> None:
        self._node = node
        self.refresh()

    def set_method(self, key: str) -> None:
        self.method.setCurrentIndex(self.method.findData(key))

    def refresh(self) -> None:
        problem = self._session.problem
        self.weights = None
        message = tr("Open a project to compute weights.")
        if problem is not None:
            try:
                self.weights = objective_weights(problem, self._node, self.method.currentData())
                message = ""
            except Exception as exc:  # the engine's message names the value at fault
                message = user_message(exc)
        names = labels(problem) if problem is not None else {}
        w = self.weights or {}
        self.model.set_rows([names[c] for c in w], list(w.values()))
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.apply.setEnabled(self.weights is not None)

    def apply_weights(self) -> None:
        if self.weights is None:
            return
        weights = dict(self.weights)
        label = self.method.currentText()
        self._session.edit(
            lambda p: set_weights(p, weights), tr("Apply {method} weights").format(method=label)
        )
