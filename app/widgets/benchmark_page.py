"""The Benchmarking page: stored data sets of towns x indicators, composite ranking, uncertainty, peers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.benchmark_model import BenchmarkRankingModel, BenchmarkTableModel
from app.services import benchmark_logic as logic
from app.services.messages import user_message
from app.services.worker import Worker
from app.storage.benchmarks import StaleBenchmarkError
from app.widgets.benchmark_charts import RankingChart, save_png
from app.widgets.benchmark_peers import PeersPanel
from app.widgets.benchmark_settings import BenchmarkSettings
from app.widgets.benchmark_table import BenchmarkTable

if TYPE_CHECKING:
    from app.services.project_session import ProjectSession
    from decision.composite.compute import CompositeResult
    from decision.composite.uncertainty import UncertaintyResult

IMPORT_FILTER = "Benchmarking data (*.json *.xlsx *.csv);;All files (*)"
TABLE_FILTER = "Excel workbook (*.xlsx);;CSV (*.csv)"
PNG_FILTER = "PNG image (*.png)"
REPORT_FILTER = "PDF (*.pdf);;Word document (*.docx);;HTML page (*.html)"
DEFAULT_RUNS = 1000


class _SetEdit(QUndoCommand):
    """Replace the open set by ``new``; redo and undo both save at once."""

    def __init__(
        self, page: BenchmarkPage, old: logic.BenchmarkSet, new: logic.BenchmarkSet, text: str
    ) -> None:
        super().__init__(text)
        self.page, self.old, self.new = page, old, new

    def redo(self) -> None:
        if not self.page._save(self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.page._save(self.old):
            self.setObsolete(True)


class BenchmarkPage(QWidget):
    """Works on the database of ``session`` (``session.repo``), with or without a project open.

    Signals: ``sig_saved(int version)``, ``sig_error(str one line)``. The file and name
    dialogs are attributes (``ask_text``, ``ask_open``, ``ask_save``, ``confirm``) so tests
    can answer them.
    """

    sig_saved = Signal(int)
    sig_error = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = session.repo
        self.who = session.who
        self.undo_stack = QUndoStack(self)
        self.worker = Worker(parent=self)
        self.name: str | None = None
        self.version = 0
        self.bset: logic.BenchmarkSet | None = None
        self.result: CompositeResult | None = None
        self.unc: UncertaintyResult | None = None
        self._generation = 0
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.ask_open: Callable[[str, str], str | None] = self._ask_open
        self.ask_save: Callable[[str, str], str | None] = self._ask_save
        self.confirm: Callable[[str, str], bool] = self._confirm
        self._build()
        self.refresh_sets()

    # -- construction -------------------------------------------------------------------------
    def _button(self, text: str, slot: Callable[[], object], name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _build(self) -> None:
        self.sets = QComboBox()
        self.sets.setObjectName("bench_sets")
        self.sets.setMinimumWidth(160)
        self.sets.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sets.setMinimumContentsLength(16)
        self.sets.activated.connect(lambda _i: self.load_set(self.sets.currentData()))
        self.new_button = self._button("New", self.new_set, "bench_new")
        self.import_button = self._button("Import…", self.import_dialog, "bench_import")
        self.rename_button = self._button("Rename…", self.rename_set, "bench_rename")
        self.delete_button = self._button("Delete", self.delete_set, "bench_delete")
        self.undo_button = self._button("Undo", self.undo_stack.undo, "bench_undo")
        self.redo_button = self._button("Redo", self.undo_stack.redo, "bench_redo")
        self.export_table_button = self._button(
            "Export table…", self.export_table_dialog, "bench_export_table"
        )
        self.export_chart_button = self._button(
            "Export chart…", self.export_chart_dialog, "bench_export_chart"
        )
        self.export_report_button = self._button(
            "Export report…", self.export_report_dialog, "bench_export_report"
        )
        self.export_report_button.setToolTip(
            "The data set, method, ranking (with its uncertainty when run) and the town of the "
            "peers tab against its peers, as PDF, Word or HTML"
        )
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: self.undo_button.setToolTip(f"Undo {t}" if t else "")
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: self.redo_button.setToolTip(f"Redo {t}" if t else "")
        )
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Data set"))
        bar.addWidget(self.sets, 1)
        for b in (self.new_button, self.import_button, self.rename_button, self.delete_button):
            bar.addWidget(b)
        bar.addSpacing(12)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        bar.addSpacing(12)
        bar.addWidget(self.export_table_button)
        bar.addWidget(self.export_chart_button)
        bar.addWidget(self.export_report_button)
        self.error_label = QLabel()
        self.error_label.setObjectName("bench_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.sig_error.connect(self._show_error)

        self.table_model = BenchmarkTableModel(self)
        self.table_model.sig_edit.connect(self.edit_cell)
        self.table = BenchmarkTable(self.table_model)
        self.settings_box = BenchmarkSettings()
        self.settings_box.sig_changed.connect(self.change_settings)
        self.settings_box.sig_error.connect(self.sig_error.emit)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self.settings_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        left.setChildrenCollapsible(False)

        self.ranking_model = BenchmarkRankingModel(self)
        self.ranking_view = QTableView()
        self.ranking_view.setObjectName("bench_ranking")
        self.ranking_view.setModel(self.ranking_model)
        self.ranking_view.verticalHeader().hide()
        self.ranking_view.verticalHeader().setDefaultSectionSize(20)
        self.ranking_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ranking_view.horizontalHeader().setStretchLastSection(True)
        self.chart = RankingChart()
        self.run_button = self._button("Run uncertainty", self.run_uncertainty, "bench_run")
        self.runs = QSpinBox()
        self.runs.setObjectName("bench_runs")
        self.runs.setRange(10, 100_000)
        self.runs.setSingleStep(500)
        self.runs.setValue(DEFAULT_RUNS)
        self.runs.setSuffix(" runs")
        self.progress = QProgressBar()
        self.progress.setObjectName("bench_progress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        self.cancel_button = self._button("Cancel", self.cancel_uncertainty, "bench_cancel")
        self.cancel_button.hide()
        self.notes = QLabel()
        self.notes.setObjectName("bench_notes")
        self.notes.setWordWrap(True)
        run_bar = QHBoxLayout()
        run_bar.addWidget(self.run_button)
        run_bar.addWidget(self.runs)
        run_bar.addWidget(self.progress)
        run_bar.addWidget(self.cancel_button)
        run_bar.addStretch(1)
        ranking = QWidget()
        rl = QVBoxLayout(ranking)
        rl.setContentsMargins(4, 4, 4, 4)
        rl.addLayout(run_bar)
        inner = QSplitter(Qt.Orientation.Vertical)
        inner.addWidget(self.chart)
        inner.addWidget(self.ranking_view)
        inner.setStretchFactor(0, 3)
        inner.setStretchFactor(1, 2)
        inner.setChildrenCollapsible(False)
        rl.addWidget(inner, 1)
        rl.addWidget(self.notes)
        self.peers = PeersPanel()
        self.peers.sig_changed.connect(self._show_peers)
        self.right = QTabWidget()
        self.right.setObjectName("bench_tabs")
        self.right.addTab(ranking, "Composite ranking")
        self.right.addTab(self.peers, "Town vs peers")

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        split.setChildrenCollapsible(False)
        split.setSizes([470, 560])
        left.setSizes([400, 170])
        inner.setSizes([300, 150])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(split, 1)
        self.worker.sig_idle.connect(self._idle)

    # -- dialogs (replaced in tests) ---------------------------------------------------------
    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def _ask_open(self, title: str, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", filters)
        return path or None

    def _ask_save(self, title: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, "", filters)
        return path or None

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # -- messages -----------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error_label.setText(" ".join(text.split()))
        self.error_label.setVisible(bool(text))

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _fail(self, exc: BaseException) -> None:
        self.sig_error.emit(user_message(exc))

    # -- data sets ----------------------------------------------------------------------------
    def refresh_sets(self, select: str | None = None) -> None:
        """Fill the picker from the database and open ``select`` (or keep/choose one)."""
        try:
            names = [s.name for s in self.repo.list_benchmarks()]
        except Exception as exc:
            self._fail(exc)
            names = []
        self.sets.blockSignals(True)
        self.sets.clear()
        for n in names:
            self.sets.addItem(n, n)
        self.sets.blockSignals(False)
        target = select or (self.name if self.name in names else (names[0] if names else None))
        for b in (
            self.rename_button,
            self.delete_button,
            self.export_table_button,
            self.export_chart_button,
            self.export_report_button,
        ):
            b.setEnabled(bool(names))
        self.run_button.setEnabled(bool(names))
        if target is None:
            self._open(None, None)
        elif target != self.name or self.bset is None:
            self.load_set(target)
        else:
            self.sets.setCurrentIndex(names.index(target))

    def load_set(self, name: str | None) -> bool:
        if name is None:
            return False
        try:
            record = self.repo.load_benchmark(name)
            bset = logic.BenchmarkSet.from_json(record.data_json, record.settings_json)
        except Exception as exc:
            self._fail(exc)
            return False
        self._open(bset, record.name, record.version)
        return True

    def _open(self, bset: logic.BenchmarkSet | None, name: str | None, version: int = 0) -> None:
        self.worker.cancel()
        self.undo_stack.clear()
        self.bset, self.name, self.version = bset, name, version
        self.unc = None
        self._generation += 1
        index = self.sets.findData(name) if name else -1
        if index >= 0:
            self.sets.setCurrentIndex(index)
        self.clear_error()
        self._show(reset_peers=True)

    def _unique(self, wanted: str) -> str:
        taken = {s.name for s in self.repo.list_benchmarks()}
        base = (wanted.strip() or "Benchmark")[:180]
        name, k = base, 2
        while name in taken:
            name, k = f"{base} ({k})", k + 1
        return name

    def _store_new(self, bset: logic.BenchmarkSet, name: str) -> bool:
        try:
            data_json, settings_json = bset.to_json()
            self.repo.save_benchmark(name, data_json, settings_json, who=self.who)
        except Exception as exc:
            self._fail(exc)
            return False
        self.name = None
        self.refresh_sets(select=name)
        return True

    def new_set(self) -> bool:
        name = self.ask_text(
            "New data set", "Name of the new benchmarking data set:", self._unique("New benchmark")
        )
        if not name or not name.strip():
            return False
        return self._store_new(logic.new_set(name.strip()), name.strip())

    def import_dialog(self) -> bool:
        path = self.ask_open("Import benchmarking data", IMPORT_FILTER)
        return self.import_path(Path(path)) if path else False

    def import_path(self, path: Path) -> bool:
        """Import a file as a new stored set; a bad file changes nothing (one-line error)."""
        try:
            bset = logic.import_file(path)
        except Exception as exc:
            self._fail(exc)
            return False
        return self._store_new(bset, self._unique(str(bset.data.get("name") or path.stem)))

    def rename_set(self) -> bool:
        if self.name is None:
            return False
        new = self.ask_text("Rename data set", "New name:", self.name)
        if not new or new.strip() == self.name:
            return False
        try:
            self.version = self.repo.rename_benchmark(self.name, new.strip(), who=self.who)
        except Exception as exc:
            self._fail(exc)
            return False
        self.name = new.strip()
        self.undo_stack.clear()  # the steps name the set by its old name
        self.refresh_sets(select=self.name)
        return True

    def delete_set(self) -> bool:
        if self.name is None:
            return False
        if not self.confirm(
            "Delete data set",
            f"Delete the benchmarking data set '{self.name}'? This cannot be undone.",
        ):
            return False
        try:
            self.repo.delete_benchmark(self.name, who=self.who)
        except Exception as exc:
            self._fail(exc)
            return False
        self.name = None
        self.bset = None
        self.refresh_sets()
        return True

    # -- edits --------------------------------------------------------------------------------
    def apply(self, new: logic.BenchmarkSet, text: str) -> bool:
        """Make ``new`` the set as one undoable step, saved at once; refused (one line, nothing
        changed) when the engine cannot build the composite from it."""
        if self.bset is None:
            return False
        try:
            logic.composite_of(new)
        except Exception as exc:
            self._fail(exc)
            self.settings_box.show_settings(self.bset)
            return False
        self.undo_stack.push(_SetEdit(self, self.bset, new, text))
        return True

    def edit_cell(self, unit: str, indicator: str, text: str) -> bool:
        if self.bset is None:
            return False
        try:
            value = logic.parse_cell(text, f"{unit}, {indicator}")
            if value == self._value(unit, indicator):
                return False
            new = logic.set_value(self.bset, unit, indicator, value)
        except Exception as exc:
            self._fail(exc)
            return False
        return self.apply(new, f"edit {unit} / {indicator}")

    def _value(self, unit: str, indicator: str) -> float | None:
        assert self.bset is not None
        row = self.bset.unit_ids.index(unit)
        v = self.bset.data["matrix"][row][self.bset.indicator_ids.index(indicator)]
        return None if v is None else float(v)

    def change_settings(self, changes: dict[str, Any]) -> bool:
        if self.bset is None:
            return False
        new = self.bset.with_settings(**changes)
        if dict(new.settings) == dict(self.bset.settings):
            return False
        what = ", ".join(f"{k}" for k in changes)
        return self.apply(new, f"change {what}")

    def _save(self, bset: logic.BenchmarkSet) -> bool:
        if self.name is None:
            return False
        try:
            data_json, settings_json = bset.to_json()
            self.version = self.repo.save_benchmark(
                self.name, data_json, settings_json, expected_version=self.version, who=self.who
            )
        except StaleBenchmarkError as exc:
            # reloading clears the undo stack: not from inside its push/undo, so a moment later
            message = f"{exc}. The data set was reloaded."
            QTimer.singleShot(0, lambda: self._reload_after_conflict(message))
            return False
        except Exception as exc:
            self._fail(exc)
            return False
        self.bset = bset
        self.unc = None  # the bands belonged to the data and settings before the edit
        self._generation += 1
        self.clear_error()
        self._show()
        self.sig_saved.emit(self.version)
        return True

    def _reload_after_conflict(self, message: str) -> None:
        if self.name is not None:
            self.load_set(self.name)
        self.sig_error.emit(message)

    # -- showing ------------------------------------------------------------------------------
    def _show(self, reset_peers: bool = False) -> None:
        bset = self.bset
        self.settings_box.show_settings(bset)
        self.result = None
        if bset is not None:
            try:
                self.result = logic.composite_of(bset)
            except Exception as exc:
                self._fail(exc)
        imputed: dict[tuple[str, str], float] = {}
        if self.result is not None:
            rows = {u: i for i, u in enumerate(self.result.unit_ids)}
            cols = {c: j for j, c in enumerate(self.result.indicator_ids)}
            for unit, ind in self.result.imputed:
                imputed[(unit, ind)] = float(self.result.raw[rows[unit], cols[ind]])
        self.table_model.set_data(bset, imputed)
        self.table.view.resizeColumnsToContents()
        self._show_ranking()
        units = []
        if bset is not None and self.result is not None:
            info = {u if isinstance(u, str) else u.get("id"): u for u in bset.data["units"]}
            for uid in self.result.unit_ids:
                u = info.get(uid, uid)
                units.append(u if isinstance(u, dict) else {"id": uid})
        town = None
        if reset_peers and bset is not None:
            ref = bset.setting("reference")
            town = ref if isinstance(ref, str) else None
        self.peers.set_units(units, town, None if reset_peers else self.peers.chosen_peers())
        self._show_peers()

    def _show_ranking(self) -> None:
        if self.result is None:
            self.ranking_model.set_bars([])
            self.chart.set_bars([])
            self.notes.setText("")
            return
        bars = logic.ranking_bars(self.result, self.unc)
        self.ranking_model.set_bars(bars, self.result.dropped)
        self.chart.set_bars(bars)
        conv = self.result.conventions
        notes = [
            conv.get("normalization", ""),
            conv.get("weights", ""),
            conv.get("aggregation", ""),
        ]
        for key in ("missing", "dropped", "imputed", "geometric_shift", "clipped", "constant"):
            if conv.get(key) and key != "missing":
                notes.append(conv[key])
        if self.unc is not None:
            notes.append(
                f"Uncertainty: {self.unc.runs} runs over {', '.join(self.unc.normalizations)} x "
                f"{', '.join(self.unc.aggregations)} and weights, seed {self.unc.seed}."
            )
        self.notes.setText(_summary(bars, self.result, self.unc))
        self.notes.setToolTip("\n".join(n for n in notes if n))

    def _show_peers(self) -> None:
        town = self.peers.current_town()
        if self.result is None or town is None or self.bset is None:
            self.peers.radar.set_data(logic.RadarData((), ()))
            self.peers.summary.set_lists("", "", [], [])
            self.peers.note.setText("")
            return
        peers = self.peers.chosen_peers()
        labels = {str(i["id"]): str(i.get("name") or i["id"]) for i in self.bset.data["indicators"]}
        self.peers.radar.set_data(logic.radar_data(self.result, town, peers, labels))
        try:
            comp = logic.peer_comparison(self.result, town, peers)
        except Exception as exc:
            self.peers.summary.set_lists(town, "", [], [])
            self.peers.note.setText(user_message(exc))
            return
        against = "the mean of the peers" if peers else "the mean of all other towns"
        self.peers.summary.set_lists(
            town,
            "peers" if peers else "all others",
            [labels.get(i, i) for i in comp.strongest],
            [labels.get(i, i) for i in comp.weakest],
        )
        self.peers.note.setText(f"Compared with {against}. Radar: {logic.RadarData((), ()).note}.")

    # -- uncertainty --------------------------------------------------------------------------
    def run_uncertainty(self) -> bool:
        """Monte Carlo on the worker thread; the bands appear when it finishes."""
        if self.bset is None or self.result is None:
            return False
        bset, runs, generation = self.bset, self.runs.value(), self._generation
        seed = 0
        unc_opts = bset.settings.get("uncertainty")
        if isinstance(unc_opts, dict) and isinstance(unc_opts.get("seed"), int):
            seed = unc_opts["seed"]

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Any:
            return logic.run_uncertainty(bset, runs, progress, cancelled, seed=seed)

        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.run_button.setEnabled(False)
        self.worker.start(
            job,
            on_result=lambda r: self._uncertainty_done(r, generation),
            on_error=self.sig_error.emit,
            on_progress=lambda f: self.progress.setValue(round(100 * f)),
        )
        return True

    def cancel_uncertainty(self) -> None:
        self.worker.cancel()
        self.notes.setText("Uncertainty run cancelled.")
        self._idle()

    def _uncertainty_done(self, result: UncertaintyResult | None, generation: int) -> None:
        if result is None or generation != self._generation:
            return
        self.unc = result
        self._show_ranking()

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.run_button.setEnabled(self.bset is not None)

    # -- export -------------------------------------------------------------------------------
    def export_table_dialog(self) -> bool:
        path = self.ask_save("Export the table", TABLE_FILTER)
        return self.export_table(Path(path)) if path else False

    def export_table(self, path: Path) -> bool:
        if self.bset is None:
            return False
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        try:
            logic.export_table(self.bset, path, self.result, self.unc)
        except Exception as exc:
            self._fail(exc)
            return False
        return True

    def export_chart_dialog(self) -> bool:
        path = self.ask_save("Export the chart", PNG_FILTER)
        return self.export_chart(Path(path)) if path else False

    def export_chart(self, path: Path) -> bool:
        """The chart of the tab shown (ranking or radar) as a PNG."""
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        widget: QWidget = self.chart if self.right.currentIndex() == 0 else self.peers.radar
        if not save_png(widget, path):
            self.sig_error.emit(f"{path}: could not write the PNG")
            return False
        return True

    def export_report_dialog(self) -> bool:
        path = self.ask_save("Export the benchmarking report", REPORT_FILTER)
        return self.export_report(Path(path)) if path else False

    def export_report(self, path: Path) -> bool:
        """The benchmarking report of the open set (its settings, the last uncertainty run
        while it is current, the peers tab's town and peers) as .pdf, .docx or .html."""
        if self.bset is None:
            return False
        if path.suffix.lower() not in (".pdf", ".docx", ".html", ".htm"):
            path = path.with_suffix(".pdf")
        from app.memo.benchmark_export import export_report
        from app.memo.benchmark_report import report_from_file

        raw = self.bset.engine_input()
        if self.name:
            raw["name"] = self.name
        try:
            report = report_from_file(
                raw,
                uncertainty=self.unc,
                town=self.peers.current_town(),
                peers=self.peers.chosen_peers(),
            )
            export_report(report, path)
        except Exception as exc:
            self._fail(exc)
            return False
        self.clear_error()
        return True


def _summary(
    bars: list[logic.RankBar], result: CompositeResult, unc: UncertaintyResult | None
) -> str:
    """One or two lines under the ranking (the full conventions are its tooltip)."""
    s = result.settings
    parts = [
        dict(logic.NORMALIZATIONS).get(s.normalization, s.normalization),
        dict(logic.WEIGHTINGS).get(s.weighting, s.weighting).lower(),
        f"{s.aggregation} aggregation",
    ]
    if result.imputed:
        parts.append(f"{len(result.imputed)} missing value(s) imputed by the {s.missing}")
    if result.dropped:
        parts.append(f"left out for missing values: {', '.join(result.dropped)}")
    if result.shift:
        parts.append("scores shifted above 0 for the geometric mean")
    if unc is not None:
        parts.append(f"uncertainty: {unc.runs} Monte Carlo runs")
    return " · ".join(parts) + ". Hover for the conventions."
