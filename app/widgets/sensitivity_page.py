"""Sensitivity page: tipping points and sweeps, Monte Carlo acceptability, method agreement."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TR_NOOP, tr
from app.services.project_session import ProjectSession
from app.services.results_logic import GUI_THREAD_CELLS, explain_error
from app.services.sensitivity_logic import (
    Analysis,
    compute_analysis,
    compute_sweep,
    sweep_view,
    what_rows,
)
from app.services.worker import Worker
from app.widgets.method_params import plain_label
from app.widgets.sensitivity_method import MethodPicker
from app.widgets.sensitivity_smaa import SMAAPanel
from app.widgets.sensitivity_tables import AgreementBox, WhatItTakesTable
from decision.problem import Problem

DEBOUNCE_MS = 50
NO_PROJECT = QT_TR_NOOP("Open a project to see how robust its ranking is.")
BATCHED = ("topsis", "wsm", "wpm", "vikor", "promethee2")  # methods with batched kernels


class SensitivityPage(QWidget):
    """What would it take for another alternative to win, and how sure is the winner?

    Tipping points, the sweep and method agreement follow every change of the problem or
    method (debounced; on the worker for big problems or slow methods, and only while the
    page is visible). The Monte Carlo result is marked stale instead of being re-run.
    """

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_sensitivity")
        self.session = session
        self.worker = Worker(parent=self)  # tipping points, sweep, agreement
        self.worker.sig_idle.connect(lambda: self.busy.setVisible(False))
        self.sweep_worker = Worker(parent=self)  # the sweep of another criterion
        self.gui_thread_cells = GUI_THREAD_CELLS
        self.analysis: Analysis | None = None
        self.message_text = ""
        self._generation = 0
        self._sweep_generation = 0
        self._dirty = True
        self._criterion: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute_now)
        self._build()
        session.sig_problem_changed.connect(self._problem_changed)
        session.sig_opened.connect(lambda _summary: self.smaa.reset())
        session.sig_closed.connect(self._closed)
        self._fill_criteria(session.problem)
        if session.problem is None:
            self._show_message(tr(NO_PROJECT))

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.picker = MethodPicker()
        self.picker.sig_changed.connect(self._method_changed)
        self.what = WhatItTakesTable()
        self.what.sig_criterion_selected.connect(self.select_criterion)
        what_box = QGroupBox(tr("What would it take for another alternative to win?"))
        what_layout = QVBoxLayout(what_box)
        what_layout.addWidget(self.what)
        self.winner_label = plain_label("sensitivity_winner")
        what_layout.addWidget(self.winner_label)

        self.criterion_combo = QComboBox()
        self.criterion_combo.setObjectName("sensitivity_criterion")
        self.criterion_combo.currentIndexChanged.connect(self._criterion_combo_changed)
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("sensitivity_show")
        self.show_combo.addItem(tr("Score"), False)
        self.show_combo.addItem(tr("Rank"), True)
        self.show_combo.currentIndexChanged.connect(self._redraw_sweep)
        from app.widgets.sensitivity_chart import SweepChart  # pulls in pyqtgraph

        self.chart = SweepChart()
        self.chart.setMinimumHeight(240)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("Criterion")))
        controls.addWidget(self.criterion_combo, 1)
        controls.addWidget(QLabel(tr("Show")))
        controls.addWidget(self.show_combo)
        sweep_box = QGroupBox(tr("Sweep one weight"))
        sweep_layout = QVBoxLayout(sweep_box)
        sweep_layout.addLayout(controls)
        sweep_layout.addWidget(self.chart, 1)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(what_box)
        top.addWidget(sweep_box)
        top.setStretchFactor(0, 6)
        top.setStretchFactor(1, 5)
        top.setSizes([600, 500])
        top.setChildrenCollapsible(False)
        for box in (what_box, sweep_box):  # QSplitter derives its own limits from these
            box.setMaximumHeight(460)  # the Monte Carlo heat map starts within a laptop screen

        self.smaa = SMAAPanel(self.session, lambda: (self.method(), self.parameters()))
        self.agreement = AgreementBox()
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.smaa)
        bottom.addWidget(self.agreement)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setSizes([620, 420])
        bottom.setChildrenCollapsible(False)
        bottom.setMinimumHeight(300)

        self.message = plain_label("sensitivity_message")
        self.message.setStyleSheet("color: #a00000; font-weight: bold")
        self.message.setVisible(False)
        self.conventions = plain_label("sensitivity_conventions")
        self.busy = QProgressBar()
        self.busy.setObjectName("sensitivity_busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setFormat(tr("Computing…"))
        self.busy.setVisible(False)
        status = QHBoxLayout()
        status.addWidget(QLabel("<b>{}</b>".format(tr("Method"))))
        status.addWidget(self.picker, 1)
        status.addWidget(self.busy)

        self.sections = QVBoxLayout()
        self.sections.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(status)
        layout.addWidget(self.message)
        layout.addWidget(top, 5)
        layout.addWidget(bottom, 4)
        layout.addWidget(self.conventions)
        layout.addLayout(self.sections)
        self._add_scenario_manager()

    def _add_scenario_manager(self) -> None:
        # the scenario manager is written separately; the page works without it
        if importlib.util.find_spec("app.widgets.scenario_manager") is None:
            return
        from app.widgets.scenario_manager import ScenarioManager  # written by the lead

        self.scenarios = ScenarioManager(
            self.session, method=lambda: (self.method(), self.parameters())
        )
        self.add_section(tr("Scenarios: save the weights, compare up to four"), self.scenarios)

    def add_section(self, title: str, widget: QWidget) -> None:
        """Append a titled group box holding ``widget`` at the bottom of the page."""
        box = QGroupBox(title)
        box.setObjectName(f"sensitivity_section_{len(self.section_boxes())}")
        QVBoxLayout(box).addWidget(widget)
        self.sections.addWidget(box)

    def section_boxes(self) -> list[QGroupBox]:
        return [
            w
            for i in range(self.sections.count())
            if isinstance(w := self.sections.itemAt(i).widget(), QGroupBox)
        ]

    # -- method ---------------------------------------------------------------------------------
    def method(self) -> str:
        return self.picker.method()

    def set_method(self, key: str) -> None:
        self.picker.set_method(key)

    def parameters(self) -> dict[str, Any]:
        return self.picker.parameters()

    def _method_changed(self) -> None:
        self.smaa.mark_stale()
        self._timer.start()

    # -- criteria ------------------------------------------------------------------------------
    def criterion(self) -> str | None:
        return self._criterion

    def select_criterion(self, criterion_id: str) -> None:
        """Show the sweep of ``criterion_id`` (a leaf) and select its table row."""
        index = self.criterion_combo.findData(criterion_id)
        if index < 0:
            return
        self._criterion = criterion_id
        if self.criterion_combo.currentIndex() != index:
            self.criterion_combo.setCurrentIndex(index)  # comes back through the slot
            return
        self.what.select_criterion(criterion_id)
        self._update_sweep()

    def _criterion_combo_changed(self) -> None:
        cid = self.criterion_combo.currentData()
        if cid is not None:
            self.select_criterion(str(cid))

    def _fill_criteria(self, problem: Problem | None) -> None:
        leaves = [] if problem is None else [(c.id, c.label) for c in problem.leaves]
        current = [
            (self.criterion_combo.itemData(i), self.criterion_combo.itemText(i))
            for i in range(self.criterion_combo.count())
        ]
        if leaves == current:
            return
        keep = self._criterion
        self.criterion_combo.blockSignals(True)
        self.criterion_combo.clear()
        for cid, label in leaves:
            self.criterion_combo.addItem(label, cid)
        ids = [cid for cid, _ in leaves]
        self._criterion = keep if keep in ids else (ids[0] if ids else None)
        if self._criterion is not None:
            self.criterion_combo.setCurrentIndex(ids.index(self._criterion))
        self.criterion_combo.blockSignals(False)

    # -- recomputing ---------------------------------------------------------------------------
    def _problem_changed(self, problem: Problem | None) -> None:
        self._fill_criteria(problem)
        self.smaa.mark_stale()
        self.smaa.update_group()
        self._dirty = True
        self._timer.start()

    def _closed(self) -> None:
        self.smaa.reset()
        self._problem_changed(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._timer.start()
        elif self.analysis is not None and self.analysis.tipping is not None:
            self.smaa.auto_run()

    def uses_worker(self, problem: Problem, method: str) -> bool:
        """Big problems, methods without batched kernels, and a cold pymcdm go to the worker."""
        from decision.methods.registry import get_method

        cells = len(problem.alternatives) * len(problem.leaves)
        cold = get_method(method).source == "pymcdm" and "pymcdm" not in sys.modules
        return cells > self.gui_thread_cells or method not in BATCHED or cold

    def recompute_now(self) -> None:
        """Tipping points, the sweep and agreement for the current problem and method."""
        self._timer.stop()
        problem = self.session.problem
        if problem is None:
            self.worker.cancel()
            self.analysis = None
            self._show_message(tr(NO_PROJECT))
            return
        if not self.isVisible():
            self._dirty = True  # computed when the page is shown
            return
        self._dirty = False
        self._generation += 1
        self._sweep_generation += 1  # the analysis brings its own sweep
        generation = self._generation
        method, params, criterion = self.method(), self.parameters(), self._criterion
        if not self.uses_worker(problem, method):
            self.worker.cancel()
            self._apply(compute_analysis(problem, method, params, criterion), generation)
            return
        self.busy.setVisible(True)

        def job(progress: Callable[[float], None], is_cancelled: Callable[[], bool]) -> Any:
            return compute_analysis(
                problem, method, params, criterion, progress=progress, is_cancelled=is_cancelled
            )

        def on_error(text: str) -> None:
            self._apply(Analysis(method=method, message=text), generation)

        self.worker.start(job, on_result=lambda a: self._apply(a, generation), on_error=on_error)

    def _apply(self, analysis: Analysis | None, generation: int) -> None:
        if analysis is None or generation != self._generation:
            return
        self.busy.setVisible(False)
        self.analysis = analysis
        problem = self.session.problem
        if analysis.tipping is None or problem is None:
            self._show_message(analysis.message)
            return
        self.message.setVisible(False)
        self.message_text = ""
        tips = analysis.tipping
        self.what.what.set_rows(what_rows(problem, tips))
        names = dict(zip(problem.alternative_ids, problem.alternative_names, strict=True))
        self.winner_label.setText(
            tr(
                "Current winner with {method}: {winner}. Click a row to sweep that criterion."
            ).format(
                method=self.picker.combo.currentText(), winner=names.get(tips.winner, tips.winner)
            )
        )
        if analysis.sweep is not None:
            self._criterion = analysis.sweep.criterion_id
        self.what.select_criterion(self._criterion or "")
        self._redraw_sweep()
        self.agreement.set_analysis(analysis)
        self.conventions.setText(_conventions_text(tips.conventions))
        self.smaa.auto_run()

    def _update_sweep(self) -> None:
        """The sweep of the selected criterion (the analysis keeps its tipping points)."""
        analysis, problem, cid = self.analysis, self.session.problem, self._criterion
        if analysis is None or analysis.tipping is None or problem is None or cid is None:
            return
        if analysis.sweep is not None and analysis.sweep.criterion_id == cid:
            self._redraw_sweep()
            return
        self._sweep_generation += 1
        generation = self._sweep_generation
        method, params = self.method(), self.parameters()

        def done(swept: Any) -> None:
            if generation != self._sweep_generation or self.analysis is not analysis:
                return
            self.analysis = Analysis(
                method=analysis.method,
                tipping=analysis.tipping,
                sweep=swept,
                agreement=analysis.agreement,
                ws=analysis.ws,
            )
            self._redraw_sweep()

        if not self.uses_worker(problem, method):
            try:
                done(compute_sweep(problem, method, params, cid))
            except Exception as exc:
                self._show_message(explain_error(problem, exc))
            return

        def job(_progress: Callable[[float], None], is_cancelled: Callable[[], bool]) -> Any:
            return compute_sweep(problem, method, params, cid, is_cancelled)

        self.sweep_worker.start(job, on_result=done, on_error=self._show_message)

    def _redraw_sweep(self) -> None:
        analysis, problem = self.analysis, self.session.problem
        if analysis is None or analysis.sweep is None or problem is None:
            return
        ranks = bool(self.show_combo.currentData())
        self.chart.set_view(sweep_view(problem, analysis.sweep, analysis.tipping, ranks))

    def _show_message(self, text: str) -> None:
        """One line at the top of the page; the tables and chart are emptied."""
        line = " ".join(text.split())
        self.message_text = line
        self.message.setText(line)
        self.message.setToolTip(line)
        self.message.setVisible(bool(line))
        self.what.what.set_rows([])
        self.chart.clear()
        self.agreement.set_analysis(None)
        self.winner_label.setText("")
        self.conventions.setText("")

    def shutdown(self) -> None:
        """Cancel and wait for running work (tests, closing)."""
        for worker in (self.worker, self.sweep_worker, self.smaa.worker):
            worker.cancel()
        self.worker.wait()


def _conventions_text(conv: Any) -> str:
    parts = [conv.method]
    if conv.normalization:
        parts.append(conv.normalization)
    params = {k: v for k, v in dict(conv.parameters).items() if k != "normalization"}
    if params:
        parts.append(", ".join(f"{k} = {v}" for k, v in params.items()))
    parts.append(tr("one weight varied, the others keep their proportions"))
    return " · ".join(parts)
