"""The Huff sub-tab: zones, centres and distances in; probabilities, turnover, shares and a
new-store scenario out, with lambda calibrated from observed shares."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import number, tr
from app.models.planning_models import PlanningTableModel
from app.services import planning_logic as logic
from app.widgets.planning_charts import BarChart
from app.widgets.planning_tab import ToolTab, fit_columns, fit_height, table_view
from app.widgets.stored_sets import tool_button


def _spin(name: str, tip: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setRange(0.0, 10.0)
    spin.setDecimals(3)
    spin.setSingleStep(0.1)
    spin.setToolTip(tip)
    spin.setKeyboardTracking(False)
    return spin


def _column(*widgets: QWidget | QHBoxLayout) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        if isinstance(w, QHBoxLayout):
            layout.addLayout(w)
        else:
            layout.addWidget(w, 1 if isinstance(w, QTableView) else 0)
    return box


def _name_stretches(view: QTableView) -> None:
    """The name column takes the room the number column leaves."""
    header = view.horizontalHeader()
    if header.count() >= 2:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


def _read_only(view: QTableView) -> QTableView:
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(False)
    return view


class HuffTab(ToolTab):
    """Zones, centres, distances and observed shares (editable); results and the scenario."""

    kind = "huff"

    def __init__(self, page: object) -> None:
        super().__init__(page)  # type: ignore[arg-type]
        self.view: logic.HuffView | None = None
        self.models: dict[str, PlanningTableModel] = {}
        views = {}
        for name in ("zones", "centres", "distance", "observed"):
            model = PlanningTableModel(self)
            model.sig_edit.connect(self.edit_cell)
            self.models[name] = model
            views[name] = table_view(model, f"huff_{name}", stretch=name != "distance")
        self.zones_view, self.centres_view = views["zones"], views["centres"]
        self.distance_view, self.observed_view = views["distance"], views["observed"]
        for name in ("zones", "centres"):
            views[name].verticalHeader().hide()
            views[name].horizontalHeader().setStretchLastSection(False)
            views[name].model().modelReset.connect(lambda v=views[name]: _name_stretches(v))
        for name in ("distance", "observed"):
            views[name].horizontalHeader().setMinimumHeight(52)  # names wrap on 3 lines
        self.results_models: dict[str, PlanningTableModel] = {}
        rviews = {}
        for name in ("probabilities", "turnover", "accessibility", "impact"):
            model = PlanningTableModel(self)
            self.results_models[name] = model
            rviews[name] = _read_only(table_view(model, f"huff_{name}", stretch=True))
        self.impact_view = rviews["impact"]
        rviews["probabilities"].horizontalHeader().setMinimumHeight(40)

        # parameters
        self.gamma = _spin("huff_gamma", tr("γ: exponent of attractiveness (1 = proportional)"))
        self.lam = _spin("huff_lambda", tr("λ: distance-decay exponent (2 = Huff's classic value)"))
        self._pending: dict[str, float] = {}
        self._spin_timer = QTimer(self)
        self._spin_timer.setSingleShot(True)
        self._spin_timer.setInterval(350)
        self._spin_timer.timeout.connect(self._commit_spins)
        self.gamma.valueChanged.connect(lambda v: self._spin_changed("gamma", v))
        self.lam.valueChanged.connect(lambda v: self._spin_changed("lambda", v))
        self.calibrate_button = tool_button(
            tr("Calibrate λ"),
            self.calibrate,
            "huff_calibrate",
            tr("Least-squares λ from the observed shares (tab 'Observed shares')"),
        )
        self.calibration = QLabel()
        self.calibration.setObjectName("huff_calibration")
        self.calibration.setWordWrap(True)
        params = _row(QLabel("γ"), self.gamma, QLabel("λ"), self.lam, self.calibrate_button)

        add_zone = tool_button(
            tr("Add zone"), lambda: self.edit(logic.add_zone, tr("add a zone")), "huff_add_zone"
        )
        del_zone = tool_button(tr("Remove zone"), self.remove_zone, "huff_remove_zone")
        add_centre = tool_button(
            tr("Add centre"),
            lambda: self.edit(logic.add_centre, tr("add a centre")),
            "huff_add_centre",
        )
        del_centre = tool_button(tr("Remove centre"), self.remove_centre, "huff_remove_centre")
        tables = QWidget()
        tl = QHBoxLayout(tables)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(
            _column(
                QLabel(tr("<b>Zones</b> (spending per year)")),
                self.zones_view,
                _row(add_zone, del_zone),
            ),
            1,
        )
        tl.addWidget(
            _column(
                QLabel(tr("<b>Centres</b> (attractiveness, m²)")),
                self.centres_view,
                _row(add_centre, del_centre),
            ),
            1,
        )
        self.inputs_tabs = QTabWidget()
        self.inputs_tabs.setObjectName("huff_input_tabs")
        self.inputs_tabs.addTab(self.distance_view, tr("Distances (zone → centre)"))
        self.inputs_tabs.addTab(
            _column(
                _wrapped(
                    tr(
                        "Share of each zone's spending observed at each centre (0–1, empty = "
                        "not surveyed), for 'Calibrate λ'."
                    )
                ),
                self.observed_view,
            ),
            tr("Observed shares"),
        )
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(tables)
        left.addWidget(_column(self.inputs_tabs, params, self.calibration))
        left.setChildrenCollapsible(False)
        left.setSizes([260, 330])

        # results
        self.chart = BarChart()
        self.results_tabs = QTabWidget()
        self.results_tabs.setObjectName("huff_results_tabs")
        self.turnover_view = rviews["turnover"]
        self.turnover_page = _column(self.chart, self.turnover_view)
        self.results_tabs.addTab(self.turnover_page, tr("Turnover and share"))
        self.results_tabs.addTab(rviews["probabilities"], tr("Probabilities"))
        self.results_tabs.addTab(rviews["accessibility"], tr("Accessibility"))

        # the new-store scenario (its distances are the last column of the distance table)
        self.plan = QCheckBox(tr("Plan a new store"))
        self.plan.setObjectName("huff_plan")
        self.plan.toggled.connect(self._plan_toggled)
        self.store_name = QLineEdit()
        self.store_name.setObjectName("huff_store_name")
        self.store_name.editingFinished.connect(self._name_edited)
        self.store_attr = QLineEdit()
        self.store_attr.setObjectName("huff_store_attractiveness")
        self.store_attr.setMaximumWidth(90)
        self.store_attr.editingFinished.connect(self._attr_edited)
        self.threshold = _spin("huff_threshold", tr("losses of this share or more are flagged"))
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(1)
        self.threshold.setSingleStep(1)
        self.threshold.setSuffix(" %")
        self.threshold.valueChanged.connect(lambda v: self._spin_changed("impact_threshold_pct", v))
        scenario = QGroupBox(
            tr("New-store scenario (distances: last column of the distance table)")
        )
        scenario.setObjectName("huff_scenario")
        sl = QVBoxLayout(scenario)
        sl.setContentsMargins(6, 4, 6, 4)
        top = QHBoxLayout()
        for w in (self.plan, QLabel(tr("Name")), self.store_name):
            top.addWidget(w)
        sl.addLayout(top)
        sl.addLayout(
            _row(
                QLabel(tr("Attractiveness (m²)")),
                self.store_attr,
                QLabel(tr("Flag losses ≥")),
                self.threshold,
            )
        )
        sl.addWidget(self.impact_view, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.results_tabs)
        right.addWidget(scenario)
        right.setChildrenCollapsible(False)
        right.setSizes([360, 240])

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([490, 530])
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # -- edits ----------------------------------------------------------------------------------
    def edit_cell(self, table: str, row: int, col: int, text: str) -> bool:
        model = self.models[table]
        what = model.headerData(row, Qt.Orientation.Vertical)
        if table in ("distance", "observed"):
            what = f"{what} → {model.headerData(col, Qt.Orientation.Horizontal)}"
        elif table in ("zones", "centres"):
            what = model.table().cells[row][0].text
        label = {
            "observed": tr("edit observed share {what}"),
            "distance": tr("edit distance {what}"),
            "zones": tr("edit zone {what}"),
            "centres": tr("edit centre {what}"),
        }
        return self.edit(
            lambda s: logic.set_huff_cell(s, table, row, col, text),
            label.get(table, tr("edit {what}")).format(what=what),
        )

    def set_param(self, key: str, text: str) -> bool:
        names = {"gamma": "γ", "lambda": "λ", "impact_threshold_pct": tr("the loss threshold")}
        return self.edit(
            lambda s: logic.set_exponent(s, key, text),
            tr("set {what}").format(what=names.get(key, key)),
        )

    def _spin_changed(self, key: str, value: float) -> None:
        self._pending[key] = value
        self._spin_timer.start()

    def _commit_spins(self) -> None:
        pending, self._pending = self._pending, {}
        for key, value in pending.items():
            self.set_param(key, f"{value:g}")

    def remove_zone(self) -> bool:
        row = self.zones_view.currentIndex().row()
        if self.pset is None:
            return False
        row = row if row >= 0 else len(logic.zone_ids(self.pset)) - 1
        name = logic.zone_ids(self.pset)[row]
        return self.edit(
            lambda s: logic.remove_zone(s, row), tr("remove zone {name}").format(name=name)
        )

    def remove_centre(self) -> bool:
        row = self.centres_view.currentIndex().row()
        if self.pset is None:
            return False
        row = row if row >= 0 else len(logic.centre_ids(self.pset)) - 1
        name = logic.centre_ids(self.pset)[row]
        return self.edit(
            lambda s: logic.remove_centre(s, row), tr("remove centre {name}").format(name=name)
        )

    def _plan_toggled(self, on: bool) -> None:
        if self.pset is None or on == (logic.new_store(self.pset) is not None):
            return
        text = tr("plan a new store") if on else tr("drop the new store")
        self.edit(lambda s: logic.set_new_store(s, enabled=on), text)

    def _name_edited(self) -> None:
        n = logic.new_store(self.pset) if self.pset else None
        if n is None or self.store_name.text().strip() == str(n.get("id")):
            return
        self.edit(
            lambda s: logic.set_new_store(s, name=self.store_name.text()),
            tr("rename the new store"),
        )

    def _attr_edited(self) -> None:
        n = logic.new_store(self.pset) if self.pset else None
        if n is None or self.store_attr.text().strip() == logic.edit_text(n.get("attractiveness")):
            return
        self.edit(
            lambda s: logic.set_new_store(s, attractiveness=self.store_attr.text()),
            tr("set the new store's attractiveness"),
        )

    def calibrate(self) -> bool:
        """Fit λ to the observed shares and make it the model's λ (one undoable step)."""
        if self.pset is None:
            return False
        try:
            cal = logic.calibrate(self.pset)
        except Exception as exc:
            self.fail(exc)
            return False
        r2 = "—" if cal.r_squared is None else number(cal.r_squared, 3)
        values = {
            "lam": number(cal.lam, 3),
            "rmse": number(cal.rmse, 3),
            "r2": r2,
            "n": cal.n_observations,
        }
        if cal.at_bound:
            text = tr(
                "Calibrated λ = {lam} (at the edge of the searched range): RMSE {rmse}, R² {r2} "
                "over {n} observed shares."
            ).format(**values)
        else:
            text = tr(
                "Calibrated λ = {lam}: RMSE {rmse}, R² {r2} over {n} observed shares."
            ).format(**values)
        self.edit(lambda s: logic.set_exponent(s, "lambda", f"{cal.lam:.6g}"), tr("calibrate λ"))
        self.calibration.setText(text)
        return True

    # -- showing --------------------------------------------------------------------------------
    def show_set(self, pset: logic.PlanningSet | None) -> None:
        if pset is None:
            for model in (*self.models.values(), *self.results_models.values()):
                model.set_table(logic.empty_table(""))
            self.chart.set_bars(None)
            return
        self.models["zones"].set_table(logic.zones_table(pset))
        self.models["centres"].set_table(logic.centres_table(pset))
        self.models["distance"].set_table(logic.distance_table(pset))
        self.models["observed"].set_table(logic.observed_table(pset))
        fit_columns(self.distance_view, 84)
        fit_columns(self.observed_view, 84)
        n = logic.new_store(pset)
        for widget, value in (
            (self.gamma, pset.data.get("gamma", 1.0)),
            (self.lam, pset.data.get("lambda", 2.0)),
            (self.threshold, pset.data.get("impact_threshold_pct", 10.0)),
        ):
            widget.blockSignals(True)
            widget.setValue(float(value))
            widget.blockSignals(False)
        self.plan.blockSignals(True)
        self.plan.setChecked(n is not None)
        self.plan.blockSignals(False)
        self.store_name.setText(str(n.get("id", "")) if n else "")
        self.store_attr.setText(logic.edit_text(n.get("attractiveness")) if n else "")
        for w in (self.store_name, self.store_attr, self.threshold):
            w.setEnabled(n is not None)
        self.calibrate_button.setEnabled(logic.has_observed(pset))
        try:
            view = logic.huff_results(pset)
        except Exception:
            self.view = None
            for model in self.results_models.values():
                model.set_table(logic.empty_table(""))
            self.chart.set_bars(None)
            raise
        self.view = view
        self.results_models["probabilities"].set_table(logic.probabilities_table(view))
        self.results_models["turnover"].set_table(logic.turnover_table(view))
        fit_height(self.turnover_view)
        self.turnover_view.setMinimumHeight(self.turnover_view.maximumHeight())
        self.results_models["accessibility"].set_table(logic.accessibility_table(view))
        self.results_models["impact"].set_table(logic.impact_table(view))
        total = float(view.base.turnover.sum())
        self.chart.set_bars(
            logic.turnover_bars(view),
            tr("Labels: market share. Total {total} = the zones' total spending.").format(
                total=logic.fmt(total)
            ),
        )

    # -- export ---------------------------------------------------------------------------------
    def chart_widget(self) -> QWidget | None:
        return self.chart

    def show_chart(self) -> None:
        self.results_tabs.setCurrentWidget(self.turnover_page)
