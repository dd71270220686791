"""Monte Carlo (SMAA) section: sampling settings, run/cancel with progress, rank-acceptability heat map."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TR_NOOP, percent, tr
from app.models.acceptability_model import AcceptabilityModel
from app.services.project_session import ProjectSession
from app.services.sensitivity_logic import (
    AUTO_SMAA_ALTERNATIVES,
    SCHEMES,
    SMAA_BATCH,
    SMAA_SAMPLES,
    STALE,
    SMAAOutcome,
    SMAASettings,
    heat_layout,
    participant_weights,
    run_smaa,
    winner_sentence,
)
from app.services.worker import Worker

# What the panel needs from the page: the method key and its parameters.
MethodProvider = Callable[[], tuple[str, dict[str, Any]]]
GROUP_INDEX = 2
YIELD_S = 0.002  # pause of the worker after each batch: the event loop stays responsive
NO_GROUP = QT_TR_NOOP("Needs AHP judgments from at least two participants (Weights page)")


class SMAAPanel(QGroupBox):
    """Runs SMAA-2 on the worker (progress bar, Cancel) and shows rank acceptability.

    The result is never recomputed by itself: :meth:`mark_stale` says it is out of date.
    Small problems (at most AUTO_SMAA_ALTERNATIVES alternatives) get one run unasked, the
    first time the panel is shown with a project (:meth:`auto_run`).
    """

    def __init__(
        self, session: ProjectSession, method: MethodProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Monte Carlo: does the winner survive other weightings?"), parent)
        self.setObjectName("sensitivity_smaa")
        self.session = session
        self._method = method
        self.worker = Worker(parent=self)
        self.worker.sig_idle.connect(self._idle)
        self.batch = SMAA_BATCH
        self.outcome: SMAAOutcome | None = None
        self.stale = False
        self.cancelled = False
        self.auto_done = False
        self._group: np.ndarray | None = None
        self._build()
        session.sig_judgments_changed.connect(self.update_group)
        self.update_group()

    def _build(self) -> None:
        self.samples = QSpinBox()
        self.samples.setObjectName("smaa_samples")
        self.samples.setRange(100, 1_000_000)
        self.samples.setSingleStep(1000)
        self.samples.setGroupSeparatorShown(True)
        self.samples.setValue(SMAA_SAMPLES)
        self.samples.setToolTip(tr("How many weightings to draw"))
        self.seed = QSpinBox()
        self.seed.setObjectName("smaa_seed")
        self.seed.setRange(0, 2_147_483_647)
        self.seed.setToolTip(tr("The same seed gives the same result"))
        self.scheme = QComboBox()
        self.scheme.setObjectName("smaa_scheme")
        for key, label, tip in SCHEMES:
            self.scheme.addItem(tr(label), key)
            self.scheme.setItemData(self.scheme.count() - 1, tr(tip), Qt.ItemDataRole.ToolTipRole)
        self.concentration = QDoubleSpinBox()
        self.concentration.setObjectName("smaa_concentration")
        self.concentration.setRange(1.0, 10_000.0)
        self.concentration.setDecimals(0)
        self.concentration.setValue(50.0)
        self.concentration.setPrefix(tr("concentration "))
        self.concentration.setToolTip(tr("Higher = weightings closer to the current weights"))
        self.run_button = QPushButton(tr("Run"))
        self.run_button.setObjectName("smaa_run")
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("smaa_cancel")
        self.progress = QProgressBar()
        self.progress.setObjectName("smaa_progress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self._set_running(False)

        row1 = QHBoxLayout()
        row1.addWidget(QLabel(tr("Samples")))
        row1.addWidget(self.samples)
        row1.addWidget(QLabel(tr("Seed")))
        row1.addWidget(self.seed)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(tr("Weights")))
        row2.addWidget(self.scheme, 1)
        row2.addWidget(self.concentration)
        row2.addWidget(self.run_button)
        row2.addWidget(self.progress)
        row2.addWidget(self.cancel_button)

        self.sentence = QLabel()
        self.sentence.setObjectName("smaa_sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.stale_label = QLabel(tr(STALE))
        self.stale_label.setObjectName("smaa_stale")
        self.stale_label.setStyleSheet("color: #b35900; font-weight: bold")
        self.stale_label.setVisible(False)
        self.model = AcceptabilityModel(self)
        self.view = QTableView()
        self.view.setObjectName("smaa_heatmap")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        header = self.view.horizontalHeader()
        rank_width = header.fontMetrics().horizontalAdvance(tr("Rank {rank}").format(rank=10))
        header.setDefaultSectionSize(max(48, rank_width + 12))
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        self.view.setMinimumHeight(150)
        self.note = QLabel()
        self.note.setObjectName("smaa_note")
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.sentence)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.scheme.currentIndexChanged.connect(self._scheme_changed)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self._scheme_changed()

    # -- settings -------------------------------------------------------------------------
    def settings(self) -> SMAASettings:
        return SMAASettings(
            samples=self.samples.value(),
            seed=self.seed.value(),
            scheme=self.scheme.currentData(),
            concentration=self.concentration.value(),
        )

    def _scheme_changed(self) -> None:
        self.concentration.setVisible(self.scheme.currentData() == "dirichlet")

    def update_group(self) -> None:
        """Offer sampling from the participants' spread only when two or more gave AHP weights."""
        problem = self.session.problem
        people: list[str] = []
        self._group = None
        if problem is not None:
            try:
                people, matrix = participant_weights(problem, self.session.all_judgments())
            except Exception:  # bad judgments just mean: no group option
                people, matrix = [], np.zeros((0, 0))
            if len(people) >= 2:
                self._group = matrix
        item = self.scheme.model()
        assert isinstance(item, QStandardItemModel)
        entry = item.item(GROUP_INDEX)
        entry.setEnabled(self._group is not None)
        tip = (
            tr("Weightings spread like the AHP weights of {n} participants").format(n=len(people))
            if self._group is not None
            else tr(NO_GROUP)
        )
        entry.setToolTip(tip)
        if self._group is None and self.scheme.currentIndex() == GROUP_INDEX:
            self.scheme.setCurrentIndex(0)

    def group_available(self) -> bool:
        return self._group is not None

    # -- running ----------------------------------------------------------------------------
    def run(self) -> None:
        """Start a run with the current settings (a running one is cancelled first)."""
        problem = self.session.problem
        if problem is None:
            return
        method, params = self._method()
        settings = self.settings()
        group = self._group
        batch = self.batch
        self.cancelled = False
        self.auto_done = True
        self.progress.setValue(0)
        self._set_running(True)

        def job(progress: Callable[[float], None], is_cancelled: Callable[[], bool]) -> Any:
            def each_batch(fraction: float) -> None:
                progress(fraction)
                time.sleep(YIELD_S)  # lets the GUI thread take the GIL between batches

            return run_smaa(
                problem,
                method,
                params,
                settings,
                group,
                batch=batch,
                progress=each_batch,
                is_cancelled=is_cancelled,
            )

        self.worker.start(
            job, on_result=self._show, on_error=self._error, on_progress=self._progress
        )

    def auto_run(self) -> None:
        """One run, unasked, for a small problem that has no result yet."""
        problem = self.session.problem
        if (
            problem is None
            or self.auto_done
            or self.outcome is not None
            or self.worker.busy
            or len(problem.alternatives) > AUTO_SMAA_ALTERNATIVES
        ):
            return
        self.run()

    def cancel(self) -> None:
        if self.worker.busy:
            self.cancelled = True
            self.worker.cancel()

    def mark_stale(self) -> None:
        """The problem or method changed: keep the result, say it is out of date."""
        if self.outcome is not None and self.outcome.result is not None:
            self.stale = True
            self.stale_label.setVisible(True)

    def reset(self) -> None:
        """Another project: forget the result (and allow one unasked run again)."""
        self.worker.cancel()
        self.outcome = None
        self.stale = False
        self.auto_done = False
        self.model.clear()
        self.sentence.setText("")
        self.note.setText("")
        self.stale_label.setVisible(False)
        self.update_group()

    def _progress(self, fraction: float) -> None:
        self.progress.setValue(round(1000 * min(max(fraction, 0.0), 1.0)))

    def _set_running(self, running: bool) -> None:
        # enable/disable rather than show/hide: a relayout of the page would repaint it all
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if not running:
            self.progress.setValue(0)

    def _idle(self) -> None:
        self._set_running(False)
        if self.cancelled:
            self.sentence.setText(
                tr("Cancelled. The table shows the previous run.")
                if self.outcome is not None
                else tr("Cancelled.")
            )

    def _error(self, text: str) -> None:
        self.sentence.setText(text)

    def _show(self, outcome: SMAAOutcome | None) -> None:
        if outcome is None:
            return
        if outcome.result is None:
            self.sentence.setText(outcome.message)
            return
        problem = self.session.problem
        names = list(problem.alternative_names) if problem is not None else []
        if len(names) != len(outcome.result.alternative_ids):
            names = list(outcome.result.alternative_ids)
        labels = (
            [c.label for c in problem.leaves]
            if problem is not None
            else list(outcome.result.criterion_ids)
        )
        self.outcome = outcome
        self.stale = False
        self.stale_label.setVisible(False)
        rows, ranks, note = heat_layout(outcome.order)
        acc = outcome.result.acceptability
        central = outcome.result.central_weights
        self.model.set_acceptability(
            [names[i] for i in rows],
            acc[np.ix_(rows, np.arange(ranks))],
            outcome.result.confidence[rows],
            [_central_tip(central[i], labels) for i in rows],
        )
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(0, min(self.view.columnWidth(0), 150))
        self.view.resizeColumnToContents(self.model.columnCount() - 1)
        self.sentence.setText(winner_sentence(outcome, names))
        self.note.setText(
            (note + " " if note else "")
            + tr(
                "Rows: alternatives in the current ranking; cells: share of the weightings "
                "giving that rank. Hover a name for its central weights."
            )
        )

    def shown_order(self) -> list[int]:
        """Alternatives (problem row numbers) in the heat map, top to bottom."""
        if self.outcome is None:
            return []
        return heat_layout(self.outcome.order)[0]


def _central_tip(weights: np.ndarray, labels: list[str]) -> str:
    if np.isnan(weights).any():
        return tr("Never ranked first: no central weights")
    top = np.argsort(-weights)[:4]
    parts = ", ".join(f"{labels[j]} {percent(100 * weights[j], 0)}" for j in top)
    return tr("Typical weights when it wins (central weights): {weights}, …").format(weights=parts)
