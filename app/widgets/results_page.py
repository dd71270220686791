"""Results page: method and parameters, ranking table and chart, method agreement, live what-if."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TR_NOOP, number, tr
from app.models.agreement_model import AgreementRanksModel, CorrelationModel
from app.models.ranking_model import COL_ALTERNATIVE, COL_RANK, COL_SCORE, RankingModel
from app.services.engine_texts import engine_text
from app.services.project_session import ProjectSession
from app.services.results_logic import (
    GUI_THREAD_CELLS,
    Outcome,
    compute_outcome,
    method_choices,
    plain_normalization,
    rebalance,
)
from app.services.worker import Worker
from app.widgets.method_params import (
    choice_label,
    parameter_label,
    parameter_values,
    parameter_widgets,
    plain_label,
)
from app.widgets.results_whatif import WhatIfStrip
from decision.problem import Problem

DEBOUNCE_MS = 50
NO_PROJECT = QT_TR_NOOP("Open a project to see its ranking.")


class ResultsPage(QWidget):
    """Ranks the open project's alternatives and follows every change of the problem.

    Recomputation is debounced; problems of more than ``gui_thread_cells`` matrix cells
    are computed on the worker (a busy bar shows, stale results are dropped).
    """

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_results")
        self.session = session
        self.worker = Worker(parent=self)
        self.worker.sig_idle.connect(lambda: self.busy.setVisible(False))
        self.gui_thread_cells = GUI_THREAD_CELLS
        self.outcome: Outcome | None = None
        self._generation = 0
        self._pending: dict[str, float] = {}
        self._own_edit = False
        self._param_widgets: dict[str, QWidget] = {}

        self._recompute_timer = self._timer(self.recompute_now)
        self._whatif_timer = self._timer(self.flush_whatif)
        self._build()
        session.sig_problem_changed.connect(self._on_problem_changed)
        session.sig_closed.connect(lambda: self._on_problem_changed(None))
        self._on_method_changed()
        if session.problem is not None:
            self.whatif.set_problem(session.problem)
            self.recompute_now()
        else:
            self._show_message(tr(NO_PROJECT))

    def _timer(self, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(DEBOUNCE_MS)
        timer.timeout.connect(slot)
        return timer

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("results_method")
        self._descriptions: dict[str, str] = {}
        for key, label, description in method_choices():
            self.method_combo.addItem(label, key)
            self._descriptions[key] = description
        self.method_help = plain_label("results_method_help")
        self.params_form = QFormLayout()
        self.params_form.setContentsMargins(0, 0, 0, 0)
        self.normalization_help = plain_label("results_normalization_help")
        method_box = QGroupBox(tr("Method"))
        box = QVBoxLayout(method_box)
        box.addWidget(self.method_combo)
        box.addWidget(self.method_help)
        box.addLayout(self.params_form)
        box.addWidget(self.normalization_help)
        self.whatif = WhatIfStrip()
        self.whatif.sig_share_changed.connect(self.set_whatif_share)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(method_box)
        left_layout.addWidget(self.whatif, 1)

        self.ranking = RankingModel(self)
        self.ranking_view = _table("results_table", self.ranking, sort_column=COL_RANK)
        header = self.ranking_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_ALTERNATIVE, QHeaderView.ResizeMode.Stretch)
        # "Posizione", "Mesto": the rank column is as wide as its header and the sort arrow
        rank_title = str(self.ranking.headerData(COL_RANK, Qt.Orientation.Horizontal) or "")
        header.resizeSection(
            COL_RANK, max(50, header.fontMetrics().horizontalAdvance(rank_title) + 28)
        )
        header.resizeSection(COL_SCORE, 150)
        # "Punktwert (höher ist besser)" wraps onto two lines instead of squeezing the names
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(2 * header.fontMetrics().height() + 8)
        from app.widgets.results_chart import ResultsChart  # pulls in pyqtgraph

        self.chart = ResultsChart()
        self.agreement = AgreementRanksModel(self)
        self.agreement_view = _table("results_agreement", self.agreement, sort_column=1)
        self.agreement_view.horizontalHeader().setStretchLastSection(False)
        self.agreement_view.horizontalHeader().resizeSection(0, 220)
        self._agreement_sorted_for = ""
        self.correlations = CorrelationModel(self)
        self.correlation_view = _table("results_correlations", self.correlations, sort_column=-1)
        self.correlation_view.horizontalHeader().resizeSection(0, 200)
        self.agreement_note = plain_label("results_agreement_note")
        agree_right = QWidget()
        agree_right_layout = QVBoxLayout(agree_right)
        agree_right_layout.setContentsMargins(0, 0, 0, 0)
        agree_right_layout.addWidget(self.correlation_view, 1)
        agree_right_layout.addWidget(self.agreement_note)
        agreement_split = QSplitter(Qt.Orientation.Horizontal)
        agreement_split.addWidget(self.agreement_view)
        agreement_split.addWidget(agree_right)
        agreement_box = QGroupBox(tr("Do the methods agree?"))
        QVBoxLayout(agreement_box).addWidget(agreement_split)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.ranking_view)
        top.addWidget(self.chart)
        top.setStretchFactor(1, 1)
        top.setSizes([300, 700])  # the chart needs room for its labels and bars
        results = QSplitter(Qt.Orientation.Vertical)
        results.addWidget(top)
        results.addWidget(agreement_box)
        results.setStretchFactor(0, 3)
        results.setStretchFactor(1, 2)
        results.setSizes([430, 290])
        self.message = QLabel()
        self.message.setObjectName("results_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.stack = QStackedWidget()
        self.stack.addWidget(results)
        self.stack.addWidget(self.message)

        self.busy = QProgressBar()
        self.busy.setObjectName("results_busy")
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumWidth(140)
        self.busy.setFormat(tr("Computing…"))
        self.busy.setVisible(False)
        self.conventions = plain_label("results_conventions")
        status = QHBoxLayout()
        status.addWidget(self.conventions, 1)
        status.addWidget(self.busy)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(status)
        right_layout.addWidget(self.stack, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.method_combo.currentIndexChanged.connect(self._on_method_changed)

    # -- method and parameters -------------------------------------------------------------
    def method(self) -> str:
        return str(self.method_combo.currentData())

    def set_method(self, key: str) -> None:
        index = self.method_combo.findData(key)
        if index < 0:
            raise ValueError(f"unknown method {key!r}")
        self.method_combo.setCurrentIndex(index)

    def parameters(self) -> dict[str, Any]:
        return parameter_values(self._param_widgets)

    def _on_method_changed(self) -> None:
        key = self.method()
        self.method_help.setText(self._descriptions.get(key, ""))
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self._param_widgets = {}
        for name, label, widget in parameter_widgets(
            key, self._on_parameter_changed, "results_param"
        ):
            self.params_form.addRow(label, widget)
            self._param_widgets[name] = widget
        self._update_normalization_help()
        self._recompute_timer.start()

    def _on_parameter_changed(self) -> None:
        self._update_normalization_help()
        self._recompute_timer.start()

    def _update_normalization_help(self) -> None:
        widget = self._param_widgets.get("normalization")
        has = isinstance(widget, QComboBox)
        self.normalization_help.setVisible(has)
        if isinstance(widget, QComboBox):
            self.normalization_help.setText(plain_normalization(str(widget.currentData())))

    # -- what-if ---------------------------------------------------------------------------
    def set_whatif_share(self, cid: str, share: float) -> None:
        """The slot a what-if slider or spin box calls: remember, then save after a pause."""
        self._pending[cid] = share
        self._whatif_timer.start()

    def flush_whatif(self) -> None:
        """Save the pending what-if weights as one undoable (merged) edit and recompute."""
        from app.services.problem_edits import set_weights

        self._whatif_timer.stop()
        pending, self._pending = self._pending, {}
        if not pending or self.session.problem is None:
            return

        def change(problem: Problem) -> Problem:
            for cid, share in pending.items():
                problem = set_weights(problem, rebalance(problem, cid, share))
            return problem

        self._own_edit = True
        try:
            applied = self.session.edit(change, tr("What-if weights"), merge_key="whatif")
        finally:
            self._own_edit = False
        if not applied:
            self.whatif.set_problem(self.session.problem)
        self.recompute_now()

    # -- recomputing -------------------------------------------------------------------------
    def _on_problem_changed(self, problem: Problem | None) -> None:
        self.whatif.set_problem(problem)
        if self._own_edit:
            return  # flush_whatif recomputes right after its edit
        self._recompute_timer.start()

    def schedule_recompute(self) -> None:
        self._recompute_timer.start()

    def uses_worker(self, problem: Problem, method: str) -> bool:
        """Big problems, and the first use of a pymcdm method (a second's import), go to the worker."""
        from decision.methods.registry import get_method

        cells = len(problem.alternatives) * len(problem.leaves)
        cold = get_method(method).source == "pymcdm" and "pymcdm" not in sys.modules
        return cells > self.gui_thread_cells or cold

    def recompute_now(self) -> None:
        """Compute the ranking for the current problem, method and parameters."""
        self._recompute_timer.stop()
        self._generation += 1
        generation = self._generation
        problem = self.session.problem
        if problem is None:
            self.worker.cancel()
            self.outcome = None
            self._show_message(tr(NO_PROJECT))
            return
        method, params = self.method(), self.parameters()
        if not self.uses_worker(problem, method):
            self.worker.cancel()  # a running job's result would be stale
            self._apply(compute_outcome(problem, method, params), generation)
            return
        self.busy.setVisible(True)

        def job(progress: Callable[[float], None], is_cancelled: Callable[[], bool]) -> Any:
            return compute_outcome(
                problem, method, params, progress=progress, is_cancelled=is_cancelled
            )

        def on_result(outcome: Outcome | None) -> None:
            self._apply(outcome, generation)

        def on_error(text: str) -> None:
            self._apply(Outcome(method=method, message=text), generation)

        self.worker.start(job, on_result=on_result, on_error=on_error)

    def _apply(self, outcome: Outcome | None, generation: int) -> None:
        if outcome is None or generation != self._generation:
            return  # cancelled or stale: a newer computation is on its way
        self.busy.setVisible(False)
        self.outcome = outcome
        result = outcome.result
        if result is None:
            self._show_message(outcome.message)
            return
        if result.higher_is_better:
            header = tr("Score (higher is better)")
            title = tr("{method}: score, higher is better")
        else:
            header = tr("Score (lower is better)")
            title = tr("{method}: score, lower is better")
        title = title.format(method=tr(result.conventions.method))
        self.ranking.set_ranking(
            result.alternative_ids, result.alternative_names, result.ranks, result.scores, header
        )
        scores_header = self.ranking_view.horizontalHeader()
        metrics = scores_header.fontMetrics()
        # the header wraps at its bracket: the wider of the two lines, with room for the arrow
        wanted = max(metrics.horizontalAdvance(line) for line in header.split(" (")) + 28
        if scores_header.sectionSize(COL_SCORE) < wanted:
            scores_header.resizeSection(COL_SCORE, wanted)
        order = np.lexsort((np.arange(len(result.ranks)), result.ranks))
        self.chart.set_scores(
            result.alternative_names,
            result.scores,
            order,
            title,
            outcome.contributions,
            outcome.criterion_names,
        )
        self.agreement.set_agreement(result.alternative_names, outcome.agreement)
        self.correlations.set_agreement(outcome.agreement, outcome.method)
        if outcome.agreement is not None and self._agreement_sorted_for != outcome.method:
            # the selected method's ranks first; the user may sort by any column after that
            column = 1 + outcome.agreement.column(outcome.method)
            self.agreement_view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            self._agreement_sorted_for = outcome.method
        errors = outcome.agreement.errors if outcome.agreement is not None else {}
        self.agreement_note.setText(
            tr(
                "Rank correlations with the selected method: 1 = the same order, "
                "0 = unrelated, −1 = reversed."
            )
            + "".join(f"\n{_label(outcome, k)}: {text}" for k, text in errors.items())
        )
        self.conventions.setText(_conventions_text(result.conventions))
        self.conventions.setToolTip(_conventions_detail(result.conventions))
        self.stack.setCurrentIndex(0)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.conventions.setText("")
        self.conventions.setToolTip("")
        self.stack.setCurrentIndex(1)


def _label(outcome: Outcome, key: str) -> str:
    agreement = outcome.agreement
    if agreement is None or key not in agreement.methods:
        return key
    return agreement.labels[agreement.column(key)]


# Weight sources the engine names (others, e.g. a scenario's name, are shown as they are).
WEIGHTS_SOURCES = {"given weights": QT_TR_NOOP("given weights")}


def _value_text(value: Any) -> str:
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, float):
        return number(value, 2)
    return choice_label(value) if isinstance(value, str) else str(value)


def _conventions_text(conv: Any) -> str:
    """One translated line: method · parameters · weights (the engine's formulas: tooltip)."""
    parts = [tr(conv.method)]
    params = dict(conv.parameters)
    if params:
        parts.append(
            ", ".join(f"{parameter_label(k)}: {_value_text(v)}" for k, v in params.items())
        )
    if conv.weights_source:
        source = tr(WEIGHTS_SOURCES.get(conv.weights_source, conv.weights_source))
        parts.append(tr("weights: {source}").format(source=source))
    return " · ".join(parts)


def _conventions_detail(conv: Any) -> str:
    """The engine's own description of the computation (formulas, tie rule) translated."""
    parts = [engine_text(conv.method)]
    if conv.normalization:
        parts.append(engine_text(conv.normalization))
    params = {k: v for k, v in dict(conv.parameters).items() if k != "normalization"}
    if params:
        parts.append(", ".join(f"{k} = {_value_text(v)}" for k, v in params.items()))
    if conv.weights_source:
        parts.append(tr("weights: {source}").format(source=engine_text(conv.weights_source)))
    if conv.tie_rule:
        parts.append(engine_text(conv.tie_rule))
    parts.extend(engine_text(n) for n in conv.notes)
    return " · ".join(parts)


def _table(name: str, model: Any, sort_column: int) -> QTableView:
    # no QSortFilterProxyModel: the models sort themselves with numpy (see RankingModel)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    if sort_column >= 0:  # otherwise rows keep the model's order
        view.setSortingEnabled(True)
        view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    vh = view.verticalHeader()
    vh.setVisible(False)
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row sizing at 1,000 rows
    vh.setDefaultSectionSize(22)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(110)
    return view
