"""The DEMATEL sub-tab: factors, experts' direct-influence matrices, settings, results, diagram."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import number, tr
from app.models.success_models import DematelResultModel, InfluenceModel, TotalRelationModel
from app.services import success_export as export
from app.services import success_logic as logic
from app.services.engine_texts import engine_text
from app.widgets.success_charts import CauseEffectChart
from app.widgets.success_sets import ToolSetPanel, table, tool_button
from decision.dematel import DematelResult


class DematelPanel(ToolSetPanel):
    """DEMATEL on stored sets of kind "dematel"; ``result`` is the engine's last result."""

    kind = logic.DEMATEL_KIND
    title = "DEMATEL"
    set_type = logic.DematelSet

    def __init__(self, repo: Any, who: str, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(repo, who, undo_stack, parent)
        self.result: DematelResult | None = None
        self.expert = 0
        self._build()

    def blank(self) -> logic.DematelSet:
        return logic.new_dematel_set()

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        bar = self.set_bar()
        # factors
        self.factor_list = QListWidget()
        self.factor_list.setObjectName("dematel_factors")
        self.factor_list.setMaximumHeight(150)
        fbar = QHBoxLayout()
        fbar.addWidget(tool_button(tr("Add…"), self.add_factor, "dematel_add_factor"))
        fbar.addWidget(tool_button(tr("Rename…"), self.rename_factor, "dematel_rename_factor"))
        fbar.addWidget(tool_button(tr("Remove"), self.remove_factor, "dematel_remove_factor"))
        fbar.addStretch(1)
        factors_box = QGroupBox(tr("Factors"))
        fl = QVBoxLayout(factors_box)
        fl.setContentsMargins(6, 4, 6, 4)
        fl.addWidget(self.factor_list)
        fl.addLayout(fbar)
        # settings
        self.normalization = QComboBox()
        self.normalization.setObjectName("dematel_normalization")
        for key, label in logic.NORMALIZATION_LABELS:
            self.normalization.addItem(tr(label), key)
        self.normalization.activated.connect(
            lambda _i: self.edit(
                lambda d: d.with_settings(normalization=self.normalization.currentData()),
                tr("change normalization"),
            )
        )
        self.weighting = QComboBox()
        self.weighting.setObjectName("dematel_weighting")
        for key, label in logic.WEIGHTING_LABELS:
            self.weighting.addItem(tr(label), key)
        self.weighting.activated.connect(
            lambda _i: self.edit(
                lambda d: d.with_settings(weighting=self.weighting.currentData()),
                tr("change weighting"),
            )
        )
        self.own_threshold = QCheckBox(tr("set"))
        self.own_threshold.setObjectName("dematel_own_threshold")
        self.own_threshold.setToolTip(tr("Unticked: the threshold is the mean of all entries of T"))
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("dematel_threshold")
        self.threshold.setDecimals(3)
        self.threshold.setRange(0.0, 100.0)
        self.threshold.setSingleStep(0.01)
        self.threshold.setKeyboardTracking(False)
        self.own_threshold.toggled.connect(self._threshold_toggled)
        self.threshold.valueChanged.connect(self._threshold_changed)
        trow = QHBoxLayout()
        trow.addWidget(self.own_threshold)
        trow.addWidget(self.threshold, 1)
        settings_box = QGroupBox(tr("Settings"))
        form = QFormLayout(settings_box)
        form.setContentsMargins(6, 4, 6, 4)
        form.addRow(tr("Normalization"), self.normalization)
        form.addRow(tr("Weights"), self.weighting)
        form.addRow(tr("Threshold"), trow)
        top = QHBoxLayout()
        top.addWidget(factors_box, 1)
        top.addWidget(settings_box, 1)
        # expert and matrix
        self.experts = QComboBox()
        self.experts.setObjectName("dematel_experts")
        self.experts.setMinimumContentsLength(16)
        self.experts.activated.connect(self._expert_chosen)
        ebar = QHBoxLayout()
        ebar.addWidget(QLabel(tr("Expert")))
        ebar.addWidget(self.experts, 1)
        ebar.addWidget(tool_button(tr("Add…"), self.add_expert, "dematel_add_expert"))
        ebar.addWidget(tool_button(tr("Rename…"), self.rename_expert, "dematel_rename_expert"))
        ebar.addWidget(tool_button(tr("Remove"), self.remove_expert, "dematel_remove_expert"))
        self.matrix_model = InfluenceModel(self)
        self.matrix_model.sig_edit.connect(self.edit_cell)
        self.matrix = table(self.matrix_model, "dematel_matrix")
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(
            tr(
                "Row influences column: 0 none · 1 low · 2 medium · 3 high · 4 very high. "
                "The experts' matrices are averaged."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addLayout(ebar)
        ll.addWidget(self.matrix, 1)
        ll.addWidget(hint)
        # results
        self.chart = CauseEffectChart()
        self.result_model = DematelResultModel(self)
        self.results = table(self.result_model, "dematel_results", stretch=0)
        self.results.verticalHeader().hide()
        self.results.setToolTip(
            tr("D: influence given (row sums of T); R: influence received (column sums)")
        )
        self.total_model = TotalRelationModel(self)
        self.total = table(self.total_model, "dematel_total")
        self.result_tabs = QTabWidget()
        self.result_tabs.setObjectName("dematel_result_tabs")
        self.result_tabs.addTab(self.results, tr("D, R and weights"))
        self.result_tabs.addTab(self.total, tr("Total relation T"))
        self.lay_out(bar, left, self.chart, self.result_tabs, ([400, 230], [480, 760]))

    # -- showing ------------------------------------------------------------------------------
    def tables(self) -> list[export.Table]:
        return [] if self.result is None else export.dematel_tables(self.result)

    def show_set(self) -> None:
        d: logic.DematelSet | None = self.obj
        self.result = None
        if d is None:
            self.factor_list.clear()
            self.experts.clear()
            self.matrix_model.set_matrix((), ())
            self._show_result()
            return
        row = self.factor_list.currentRow()
        self.factor_list.clear()
        self.factor_list.addItems(list(d.factors))
        self.factor_list.setCurrentRow(min(max(row, 0), len(d.factors) - 1))
        self.expert = min(self.expert, len(d.experts) - 1)
        self.experts.blockSignals(True)
        self.experts.clear()
        self.experts.addItems(list(d.experts))
        self.experts.setCurrentIndex(self.expert)
        self.experts.blockSignals(False)
        self.matrix_model.set_matrix(d.factors, d.matrices[self.expert])
        for combo, value in ((self.normalization, d.normalization), (self.weighting, d.weighting)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        try:
            self.result = logic.run_dematel(d)
        except Exception as exc:
            self.fail(exc)
        self._show_threshold(d)
        self._show_result()

    def _show_threshold(self, d: logic.DematelSet) -> None:
        for w in (self.own_threshold, self.threshold):
            w.blockSignals(True)
        self.own_threshold.setChecked(d.threshold is not None)
        self.threshold.setEnabled(d.threshold is not None)
        if d.threshold is not None:
            self.threshold.setValue(d.threshold)
        elif self.result is not None:
            self.threshold.setValue(self.result.threshold)
        for w in (self.own_threshold, self.threshold):
            w.blockSignals(False)

    def _show_result(self) -> None:
        r = self.result
        if r is None:
            self.result_model.set_rows([])
            self.total_model.set_total((), (), 0.0)
            self.chart.set_diagram(None)
            self.summary.setText("")
            return
        self.result_model.set_rows(logic.result_rows(r))
        self.total_model.set_total(r.factors, r.total, r.threshold)
        self.chart.set_diagram(logic.diagram(r))
        causes = ", ".join(r.causes) or tr("none")
        effects = ", ".join(r.effects) or tr("none")
        norm = dict(logic.NORMALIZATION_LABELS).get(r.normalization, r.normalization)
        weighting = dict(logic.WEIGHTING_LABELS).get(r.weighting, r.weighting)
        self.summary.setText(
            tr(
                "<b>Causes</b> (act on these): {causes}.<br><b>Effects</b>: {effects}.<br>"
                "Experts averaged: {n}; N = X / {k} ({normalization}); weights {weighting}."
            ).format(
                causes=html.escape(causes),
                effects=html.escape(effects),
                n=r.experts,
                k=number(r.normaliser, 3),
                normalization=tr(norm),
                weighting=tr(weighting),
            )
        )
        self.summary.setToolTip("\n".join(engine_text(n) for n in r.conventions.notes))

    # -- edits --------------------------------------------------------------------------------
    def _expert_chosen(self, index: int) -> None:
        self.expert = max(index, 0)
        if self.obj is not None:
            self.matrix_model.set_matrix(self.obj.factors, self.obj.matrices[self.expert])

    def edit_cell(self, i: int, j: int, text: str) -> bool:
        d: logic.DematelSet | None = self.obj
        if d is None:
            return False
        e = self.expert
        expert = d.experts[e]
        return self.edit(
            lambda s: s.with_cell(e, i, j, logic.parse_influence(text)),
            tr("{expert}: '{a}' on '{b}'").format(expert=expert, a=d.factors[i], b=d.factors[j]),
        )

    def _threshold_toggled(self, on: bool) -> None:
        value = self.threshold.value() if on else None
        self.edit(lambda d: d.with_settings(threshold=value), tr("change threshold"))

    def _threshold_changed(self, value: float) -> None:
        if self.own_threshold.isChecked():
            self.edit(lambda d: d.with_settings(threshold=value), tr("change threshold"))

    def _current_factor(self) -> int | None:
        row = self.factor_list.currentRow()
        return row if row >= 0 else None

    def add_factor(self) -> bool:
        name = self.ask_text(tr("Add factor"), tr("Name of the new factor:"), "")
        if not name:
            return False
        return self.edit(
            lambda d: d.add_factor(name), tr("add factor '{name}'").format(name=name.strip())
        )

    def rename_factor(self) -> bool:
        k = self._current_factor()
        if k is None or self.obj is None:
            return False
        old = self.obj.factors[k]
        name = self.ask_text(tr("Rename factor"), tr("New name:"), old)
        if not name or name.strip() == old:
            return False
        return self.edit(
            lambda d: d.rename_factor(k, name), tr("rename factor '{name}'").format(name=old)
        )

    def remove_factor(self) -> bool:
        k = self._current_factor()
        if k is None or self.obj is None:
            return False
        old = self.obj.factors[k]
        return self.edit(
            lambda d: d.remove_factor(k), tr("remove factor '{name}'").format(name=old)
        )

    def add_expert(self) -> bool:
        if self.obj is None:
            return False
        name = self.ask_text(tr("Add expert"), tr("Name of the new expert:"), "")
        if not name:
            return False
        done = self.edit(
            lambda d: d.add_expert(name), tr("add expert '{name}'").format(name=name.strip())
        )
        if done:
            self.expert = len(self.obj.experts) - 1
            self.show_set()
        return done

    def rename_expert(self) -> bool:
        if self.obj is None:
            return False
        e = self.expert
        old = self.obj.experts[e]
        name = self.ask_text(tr("Rename expert"), tr("New name:"), old)
        if not name or name.strip() == old:
            return False
        return self.edit(
            lambda d: d.rename_expert(e, name), tr("rename expert '{name}'").format(name=old)
        )

    def remove_expert(self) -> bool:
        if self.obj is None:
            return False
        e = self.expert
        old = self.obj.experts[e]
        if not self.confirm(
            tr("Remove expert"), tr("Remove the matrix of '{name}'?").format(name=old)
        ):
            return False
        return self.edit(
            lambda d: d.remove_expert(e), tr("remove expert '{name}'").format(name=old)
        )
