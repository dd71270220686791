"""The Town network sub-tab: towns, distances and functions in; breaking points, gravity,
accessibility, functional index and a map-free network chart out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.i18n import tr
from app.models.planning_models import PlanningTableModel
from app.services import planning_logic as logic
from app.widgets.planning_charts import NetworkView
from app.widgets.planning_huff import _column, _name_stretches, _read_only, _row, _spin
from app.widgets.planning_tab import ToolTab, fit_columns, table_view
from app.widgets.stored_sets import tool_button

if TYPE_CHECKING:
    from decision.network import NetworkResult


class NetworkTab(ToolTab):
    """Towns (population), the symmetric distance matrix, function outlets and β."""

    kind = "network"

    def __init__(self, page: object) -> None:
        super().__init__(page)  # type: ignore[arg-type]
        self.result: NetworkResult | None = None
        self.models: dict[str, PlanningTableModel] = {}
        views = {}
        for name in ("towns", "distance", "functions"):
            model = PlanningTableModel(self)
            model.sig_edit.connect(self.edit_cell)
            self.models[name] = model
            views[name] = table_view(model, f"network_{name}", stretch=name == "towns")
        self.towns_view, self.distance_view = views["towns"], views["distance"]
        self.functions_view = views["functions"]
        self.towns_view.verticalHeader().hide()
        self.towns_view.horizontalHeader().setStretchLastSection(False)
        self.models["towns"].modelReset.connect(lambda: _name_stretches(self.towns_view))
        self.functions_view.horizontalHeader().setMinimumHeight(40)
        self.results_models: dict[str, PlanningTableModel] = {}
        rviews = {}
        for name in ("town_results", "breaking_points", "gravity", "coefficients"):
            model = PlanningTableModel(self)
            self.results_models[name] = model
            rviews[name] = _read_only(table_view(model, f"network_{name}"))
        rviews["breaking_points"].verticalHeader().hide()

        self.beta = _spin("network_beta", tr("β: distance exponent of the gravity interaction"))
        self._beta_timer = QTimer(self)
        self._beta_timer.setSingleShot(True)
        self._beta_timer.setInterval(350)
        self._beta_timer.timeout.connect(lambda: self.set_param("beta", f"{self.beta.value():g}"))
        self.beta.valueChanged.connect(lambda _v: self._beta_timer.start())
        add_town = tool_button(
            tr("Add town"), lambda: self.edit(logic.add_town, tr("add a town")), "network_add_town"
        )
        del_town = tool_button(tr("Remove town"), self.remove_town, "network_remove_town")
        add_fn = tool_button(tr("Add function…"), self.add_function, "network_add_function")
        del_fn = tool_button(tr("Remove function"), self.remove_function, "network_remove_function")

        top = QWidget()
        tl = QHBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(
            _column(QLabel(tr("<b>Towns</b>")), self.towns_view, _row(add_town, del_town)), 2
        )
        tl.addWidget(
            _column(
                QLabel(tr("<b>Distances</b> (symmetric: a cell sets both directions)")),
                self.distance_view,
                _row(QLabel("β"), self.beta),
            ),
            3,
        )
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(top)
        left.addWidget(
            _column(
                QLabel(tr("<b>Central-place functions</b> (outlets per town)")),
                self.functions_view,
                _row(add_fn, del_fn),
            )
        )
        left.setChildrenCollapsible(False)
        left.setSizes([300, 290])

        self.chart = NetworkView()
        self.results_tabs = QTabWidget()
        self.results_tabs.setObjectName("network_results_tabs")
        self.results_tabs.addTab(self.chart, tr("Network chart"))
        self.results_tabs.addTab(rviews["town_results"], tr("Towns: index"))
        self.results_tabs.addTab(rviews["breaking_points"], tr("Breaking points"))
        self.results_tabs.addTab(rviews["gravity"], tr("Gravity"))
        self.results_tabs.addTab(rviews["coefficients"], tr("Coefficients"))
        self.conventions = QLabel()
        self.conventions.setObjectName("network_conventions")
        self.conventions.setWordWrap(True)
        self.conventions.setStyleSheet("color: #555;")
        right = _column(self.results_tabs, self.conventions)
        right.layout().setStretch(0, 1)  # type: ignore[union-attr]

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([600, 640])
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # -- edits ----------------------------------------------------------------------------------
    def edit_cell(self, table: str, row: int, col: int, text: str) -> bool:
        model = self.models[table]
        if table == "towns":
            town = model.table().cells[row][0].text
            what = (
                tr("edit the name of {town}") if col == 0 else tr("edit the population of {town}")
            ).format(town=town)
        else:
            r = model.headerData(row, Qt.Orientation.Vertical)
            c = model.headerData(col, Qt.Orientation.Horizontal)
            what = (
                tr("edit distance {a} ↔ {b}").format(a=r, b=c)
                if table == "distance"
                else tr("edit outlets of {function} in {town}").format(function=c, town=r)
            )
        return self.edit(lambda s: logic.set_network_cell(s, table, row, col, text), what)

    def set_param(self, key: str, text: str) -> bool:
        return self.edit(
            lambda s: logic.set_exponent(s, key, text),
            tr("set {what}").format(what="β" if key == "beta" else key),
        )

    def remove_town(self) -> bool:
        if self.pset is None:
            return False
        row = self.towns_view.currentIndex().row()
        row = row if row >= 0 else len(logic.town_ids(self.pset)) - 1
        name = logic.town_ids(self.pset)[row]
        return self.edit(
            lambda s: logic.remove_town(s, row), tr("remove town {name}").format(name=name)
        )

    def add_function(self) -> bool:
        name = self.page.ask_text(tr("Add function"), tr("Name of the central-place function:"), "")
        if not name:
            return False
        return self.edit(
            lambda s: logic.add_function(s, name),
            tr("add function {name}").format(name=name.strip()),
        )

    def remove_function(self) -> bool:
        if self.pset is None or not logic.function_ids(self.pset):
            return False
        col = self.functions_view.currentIndex().column()
        col = col if col >= 0 else len(logic.function_ids(self.pset)) - 1
        name = logic.function_ids(self.pset)[col]
        return self.edit(
            lambda s: logic.remove_function(s, col),
            tr("remove function {name}").format(name=name),
        )

    # -- showing --------------------------------------------------------------------------------
    def show_set(self, pset: logic.PlanningSet | None) -> None:
        if pset is None:
            for model in (*self.models.values(), *self.results_models.values()):
                model.set_table(logic.empty_table(""))
            self.chart.set_network(None)
            self.conventions.setText("")
            return
        self.models["towns"].set_table(logic.towns_table(pset))
        self.models["distance"].set_table(logic.town_distance_table(pset))
        self.models["functions"].set_table(logic.functions_table(pset))
        fit_columns(self.functions_view, 80)
        self.beta.blockSignals(True)
        self.beta.setValue(float(pset.data.get("beta", 2.0)))
        self.beta.blockSignals(False)
        try:
            result = logic.network_results(pset)
        except Exception:
            self.result = None
            for model in self.results_models.values():
                model.set_table(logic.empty_table(""))
            self.chart.set_network(None)
            self.conventions.setText("")
            raise
        self.result = result
        self.results_models["town_results"].set_table(logic.town_results_table(pset, result))
        self.results_models["breaking_points"].set_table(logic.breaking_table(result))
        self.results_models["gravity"].set_table(logic.gravity_table(result))
        self.results_models["coefficients"].set_table(logic.coefficients_table(result))
        self.chart.set_network(logic.network_chart(result))
        rules = logic.network_rules(result)
        self.conventions.setText(" · ".join(rules if result.functional else rules[:3]))

    # -- export ---------------------------------------------------------------------------------
    def chart_widget(self) -> QWidget | None:
        return self.chart

    def show_chart(self) -> None:
        self.results_tabs.setCurrentWidget(self.chart)
