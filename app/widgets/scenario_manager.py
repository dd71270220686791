"""Scenario manager: save the current weights as a named scenario, compare up to four side by side."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.models.scenario_compare_model import ScenarioCompareModel
from app.services.project_session import ProjectSession
from app.services.scenario_logic import (
    CURRENT,
    MAX_COMPARED,
    ScenarioComparison,
    capture,
    compare,
)
from app.services.worker import Worker
from app.widgets.scenario_chart import ScenarioChart

MethodProvider = Callable[[], tuple[str, Mapping[str, Any]]]
NAME_ROLE = Qt.ItemDataRole.UserRole


def _default_method() -> tuple[str, Mapping[str, Any]]:
    return "topsis", {}


class ScenarioManager(QWidget):
    """List of the project's scenarios (plus the current weights) with check boxes; the checked
    ones (at most four) are ranked side by side in a table and their weights drawn as bars.

    ``method`` returns the method (and parameters) a new scenario is saved with and the
    current weights are ranked with; by default TOPSIS.
    """

    def __init__(
        self,
        session: ProjectSession,
        method: MethodProvider | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._method = method or _default_method
        self._checked: list[str] = [CURRENT]  # in the order they were ticked
        self.worker = Worker(parent=self)
        self.comparison: ScenarioComparison | None = None

        self.list = QListWidget()
        self.list.setObjectName("scenario_list")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.save_button = QPushButton(tr("Save current weights…"))
        self.save_button.setObjectName("scenario_save")
        self.save_button.setToolTip(
            tr("Keep the project's current weights and method under a name")
        )
        self.apply_button = QPushButton(tr("Use these weights"))
        self.apply_button.setObjectName("scenario_apply")
        self.apply_button.setToolTip(
            tr("Give the project the selected scenario's weights (Edit ▸ Undo takes it back)")
        )
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setObjectName("scenario_delete")
        self.status = QLabel()
        self.status.setObjectName("scenario_status")
        self.status.setWordWrap(True)

        self.model = ScenarioCompareModel(self)
        self.table = QTableView()
        self.table.setObjectName("scenario_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = ScenarioChart()
        self.chart.setMinimumHeight(220)

        left = QVBoxLayout()
        hint = QLabel(tr("Tick up to {n} to compare:").format(n=MAX_COMPARED))
        hint.setWordWrap(True)
        left.addWidget(hint)
        left.addWidget(self.list, 1)
        left.addWidget(self.save_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setMaximumWidth(280)

        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(
            QLabel(
                "<b>{}</b> {}".format(tr("Rank of each alternative"), tr("(shaded where it moves)"))
            )
        )
        table_layout.addWidget(self.table, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(table_box)
        right.addWidget(self.chart)
        right.setChildrenCollapsible(False)
        right.setSizes([300, 300])

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(left_widget)
        body.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self.setMinimumHeight(420)

        self.save_button.clicked.connect(self._ask_and_save)
        self.apply_button.clicked.connect(self._apply_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(self._update_buttons)
        session.sig_scenarios_changed.connect(self._fill)
        session.sig_problem_changed.connect(self._problem_changed)
        session.sig_closed.connect(self._fill)
        self._fill()

    # -- the list ---------------------------------------------------------------------------
    def names(self) -> list[str]:
        """Entries of the list, the current weights first."""
        return [str(self.list.item(i).data(NAME_ROLE)) for i in range(self.list.count())]

    def checked(self) -> list[str]:
        return list(self._checked)

    def _fill(self) -> None:
        records = self.session.scenarios() if self.session.is_open else []
        known = {CURRENT} | {r.name for r in records}
        self._checked = [n for n in self._checked if n in known]
        self.list.blockSignals(True)
        self.list.clear()
        entries = [(CURRENT, tr("the project's weights now"))] + [
            (r.name, r.description or tr("{method}, saved weights").format(method=r.method))
            for r in records
        ]
        for name, tip in entries:
            item = QListWidgetItem(tr(name) if name == CURRENT else name)
            item.setData(NAME_ROLE, name)
            item.setToolTip(tip)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name in self._checked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_buttons()
        self.refresh()

    def set_checked(self, name: str, on: bool) -> bool:
        """Tick or untick an entry; refuses a fifth (returns False and says why)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(NAME_ROLE) == name:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return (name in self._checked) == on
        return False

    def _item_changed(self, item: QListWidgetItem) -> None:
        name = str(item.data(NAME_ROLE))
        on = item.checkState() == Qt.CheckState.Checked
        if on and name not in self._checked:
            if len(self._checked) >= MAX_COMPARED:
                self.list.blockSignals(True)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.list.blockSignals(False)
                self.status.setText(
                    tr("Compare at most {n} at once; untick one first.").format(n=MAX_COMPARED)
                )
                return
            self._checked.append(name)
        elif not on and name in self._checked:
            self._checked.remove(name)
        self.refresh()

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(NAME_ROLE))

    def _update_buttons(self) -> None:
        chosen = self._selected()
        saved = chosen is not None and chosen != CURRENT
        self.apply_button.setEnabled(saved and self.session.is_open)
        self.delete_button.setEnabled(saved and self.session.is_open)
        self.save_button.setEnabled(self.session.is_open)

    # -- actions ----------------------------------------------------------------------------
    def save_current(self, name: str, description: str = "") -> bool:
        """Save the project's current weights and method as scenario ``name`` (replacing one of
        that name) and tick it for comparison; False with a message when it cannot."""
        problem = self.session.problem
        if problem is None:
            return False
        method, parameters = self._method()
        try:
            record = capture(problem, name, method, parameters, description)
        except ValueError as exc:
            self.status.setText(tr("Not saved: {reason}.").format(reason=exc))
            return False
        if record.name not in self._checked and len(self._checked) < MAX_COMPARED:
            self._checked.append(record.name)
        self.session.save_scenario(record)
        saved = self.session.scenario(record.name) == record
        if saved:
            self.status.setText(
                tr("Saved the current weights as '{name}'.").format(name=record.name)
            )
        return saved

    def _ask_and_save(self) -> None:
        existing = {r.name for r in self.session.scenarios()}
        name, ok = QInputDialog.getText(
            self, tr("Save scenario"), tr("Name of the scenario (for example 'Jobs first'):")
        )
        if not ok:
            return
        if name.strip() in existing:
            answer = QMessageBox.question(
                self,
                tr("Replace scenario"),
                tr("A scenario called '{name}' exists. Replace its weights?").format(
                    name=name.strip()
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.save_current(name)

    def _apply_selected(self) -> None:
        name = self._selected()
        if name is not None and name != CURRENT and self.session.apply_scenario(name):
            self.status.setText(
                tr("The project now uses the weights of '{name}'.").format(name=name)
            )

    def _delete_selected(self) -> None:
        name = self._selected()
        if name is None or name == CURRENT:
            return
        self.session.delete_scenario(name)
        self.status.setText(tr("Deleted '{name}' (Edit ▸ Undo brings it back).").format(name=name))

    # -- comparison -------------------------------------------------------------------------
    def _problem_changed(self, _problem: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Rank the ticked entries again (on the worker thread)."""
        problem = self.session.problem
        if problem is None or not self._checked:
            self.comparison = None
            self.model.set_comparison(None)
            self.chart.set_weights([], [])
            return
        records = [self.session.scenario(n) for n in self._checked if n != CURRENT]
        chosen = [r for r in records if r is not None]
        current = self._method() if CURRENT in self._checked else None
        order = list(self._checked)

        def job(_progress: Callable[[float], None], _cancelled: Callable[[], bool]) -> object:
            result = compare(problem, chosen, current)
            # Columns in the order the entries were ticked.
            columns = sorted(result.columns, key=lambda c: order.index(c.name))
            return ScenarioComparison(
                result.alternative_ids,
                result.alternative_names,
                result.leaf_ids,
                result.leaf_names,
                tuple(columns),
            )

        self.worker.start(job, self._show, self._failed)

    def _show(self, comparison: object) -> None:
        assert isinstance(comparison, ScenarioComparison)
        self.comparison = comparison
        self.model.set_comparison(comparison)
        bars = [(c.name, c.leaf_weights) for c in comparison.columns if c.leaf_weights]
        self.chart.set_weights(comparison.leaf_names, [(n, w) for n, w in bars if w is not None])
        failed = [
            f"{tr(c.name) if c.name == CURRENT else c.name}: {c.error}"
            for c in comparison.columns
            if c.error
        ]
        moved = sum(comparison.changed(i) for i in range(len(comparison.alternative_ids)))
        if failed:
            self.status.setText(tr("Could not rank {list}").format(list="; ".join(failed)))
        elif len(comparison.columns) > 1:
            self.status.setText(
                tr(
                    "{moved} of {total} alternatives change rank between the compared scenarios."
                ).format(moved=moved, total=len(comparison.alternative_ids))
            )
        else:
            self.status.setText(tr("Tick a second entry to compare."))

    def _failed(self, message: str) -> None:
        self.status.setText(tr("Could not compare: {reason}").format(reason=message))
