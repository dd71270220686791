"""The Benchmarking page: stored data sets of towns x indicators, composite ranking, uncertainty, peers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TR_NOOP, integer, tr
from app.models.benchmark_model import BenchmarkRankingModel, BenchmarkTableModel
from app.services import benchmark_logic as logic
from app.services.engine_texts import engine_text
from app.services.messages import user_message
from app.services.worker import Worker
from app.widgets.benchmark_charts import RankingChart, save_png
from app.widgets.benchmark_peers import PeersPanel
from app.widgets.benchmark_settings import BenchmarkSettings
from app.widgets.benchmark_table import BenchmarkTable
from app.widgets.stored_sets import StoredSets, tool_button, undo_buttons

if TYPE_CHECKING:
    from app.services.project_session import ProjectSession
    from decision.composite.compute import CompositeResult
    from decision.composite.uncertainty import UncertaintyResult

# File-dialog filters, shown with tr(...)
IMPORT_FILTER = QT_TR_NOOP("Benchmarking data (*.json *.xlsx *.csv);;All files (*)")
TABLE_FILTER = QT_TR_NOOP("Excel workbook (*.xlsx);;CSV (*.csv)")
PNG_FILTER = QT_TR_NOOP("PNG image (*.png)")
REPORT_FILTER = QT_TR_NOOP("PDF (*.pdf);;Word document (*.docx);;HTML page (*.html)")
DEFAULT_RUNS = 1000
IMPUTED_BY = {
    "mean": QT_TR_NOOP("missing values imputed by the mean: {count}"),
    "median": QT_TR_NOOP("missing values imputed by the median: {count}"),
}


class BenchmarkPage(StoredSets):
    """Works on the database of ``session`` (``session.repo``), with or without a project open.

    Signals: ``sig_saved(int version)``, ``sig_error(str one line)``. The file and name
    dialogs are attributes (``ask_text``, ``ask_open``, ``ask_save``, ``confirm``) so tests
    can answer them.
    """

    set_title = QT_TR_NOOP("benchmarking")
    new_default = QT_TR_NOOP("New benchmark")
    blank_name = QT_TR_NOOP("Benchmark")

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = session.repo
        self.who = session.who
        self.undo_stack = QUndoStack(self)
        self.worker = Worker(parent=self)
        self.result: CompositeResult | None = None
        self.unc: UncertaintyResult | None = None
        self._generation = 0
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.ask_open: Callable[[str, str], str | None] = self._ask_open
        self.ask_save: Callable[[str, str], str | None] = self._ask_save
        self.confirm: Callable[[str, str], bool] = self._confirm
        self._build()
        self.refresh_sets()

    # -- the open set -------------------------------------------------------------------------
    @property
    def bset(self) -> logic.BenchmarkSet | None:
        return self.obj

    @bset.setter
    def bset(self, value: logic.BenchmarkSet | None) -> None:
        self.obj = value

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        bar = self.picker_bar("bench", width=16, importing=True)
        self.sets.setMinimumWidth(160)
        self.undo_button, self.redo_button = undo_buttons(self.undo_stack, "bench")
        # One "Export" menu (table, chart, report): three buttons do not fit in German.
        self.export_button = QToolButton()
        self.export_button.setObjectName("bench_export")
        self.export_button.setText(tr("Export"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.setToolTipsVisible(True)
        self.export_table_button = menu.addAction(tr("Table (Excel or CSV)…"))
        self.export_table_button.triggered.connect(lambda _c=False: self.export_table_dialog())
        self.export_chart_button = menu.addAction(tr("Chart of the tab shown (PNG)…"))
        self.export_chart_button.triggered.connect(lambda _c=False: self.export_chart_dialog())
        self.export_report_button = menu.addAction(tr("Benchmarking report…"))
        self.export_report_button.triggered.connect(lambda _c=False: self.export_report_dialog())
        self.export_report_button.setToolTip(
            tr(
                "The data set, method, ranking (with its uncertainty when run) and the town of "
                "the peers tab against its peers, as PDF, Word or HTML, in the interface language"
            )
        )
        self.export_button.setMenu(menu)
        bar.addSpacing(12)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        bar.addSpacing(12)
        bar.addWidget(self.export_button)

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
        self.run_button = tool_button(tr("Run uncertainty"), self.run_uncertainty, "bench_run")
        self.runs = QSpinBox()
        self.runs.setObjectName("bench_runs")
        self.runs.setRange(10, 100_000)
        self.runs.setSingleStep(500)
        self.runs.setValue(DEFAULT_RUNS)
        self.runs.setSuffix(tr(" runs"))
        self.runs.setToolTip(tr("Number of Monte Carlo runs"))
        self.progress = QProgressBar()
        self.progress.setObjectName("bench_progress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        self.cancel_button = tool_button(tr("Cancel"), self.cancel_uncertainty, "bench_cancel")
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
        self.right.addTab(ranking, tr("Composite ranking"))
        self.right.addTab(self.peers, tr("Town vs peers"))

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
    def _ask_open(self, title: str, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", tr(filters))
        return path or None

    def _ask_save(self, title: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, "", tr(filters))
        return path or None

    # -- data sets ----------------------------------------------------------------------------
    def _enable(self, has_sets: bool) -> None:
        super()._enable(has_sets)
        self.export_button.setEnabled(has_sets)
        for action in (
            self.export_table_button,
            self.export_chart_button,
            self.export_report_button,
        ):
            action.setEnabled(has_sets)
        self.run_button.setEnabled(has_sets)

    def _list_names(self) -> list[str]:
        return [s.name for s in self.repo.list_benchmarks()]

    def _load_record(self, name: str) -> tuple[logic.BenchmarkSet, str, int]:
        record = self.repo.load_benchmark(name)
        bset = logic.BenchmarkSet.from_json(record.data_json, record.settings_json)
        return bset, record.name, record.version

    def _store(
        self, name: str, obj: logic.BenchmarkSet, expected_version: int | None = None
    ) -> int:
        data_json, settings_json = obj.to_json()
        return self.repo.save_benchmark(
            name, data_json, settings_json, expected_version=expected_version, who=self.who
        )

    def _rename(self, old: str, new: str) -> int:
        return self.repo.rename_benchmark(old, new, who=self.who)

    def _delete(self, name: str) -> None:
        self.repo.delete_benchmark(name, who=self.who)

    def _blank(self, name: str) -> logic.BenchmarkSet:
        return logic.new_set(name)

    def _read_file(self, path: Path) -> logic.BenchmarkSet:
        return logic.import_file(path)

    def import_dialog(self) -> bool:
        path = self.ask_open(tr("Import benchmarking data"), IMPORT_FILTER)
        return self.import_path(Path(path)) if path else False

    def _open(self, obj: logic.BenchmarkSet | None, name: str | None, version: int = 0) -> None:
        self.worker.cancel()
        self.unc = None
        self._generation += 1
        super()._open(obj, name, version)

    def _opened(self) -> None:
        self._show(reset_peers=True)

    def _saved(self) -> None:
        self.unc = None  # the bands belonged to the data and settings before the edit
        self._generation += 1
        self._show()

    # -- edits --------------------------------------------------------------------------------
    def apply(self, new: logic.BenchmarkSet, text: str) -> bool:
        """Make ``new`` the set as one undoable step, saved at once; refused (one line, nothing
        changed) when the engine cannot build the composite from it."""
        if self.bset is None:
            return False
        try:
            logic.composite_of(new)
        except Exception as exc:
            self.fail(exc)
            self.settings_box.show_settings(self.bset)
            return False
        self.push_edit(new, text)
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
            self.fail(exc)
            return False
        return self.apply(
            new, tr("edit {unit} / {indicator}").format(unit=unit, indicator=indicator)
        )

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
        what = ", ".join(f"{k}" for k in changes)  # settings keys, as in the data file
        return self.apply(new, tr("change {settings}").format(settings=what))

    # -- showing ------------------------------------------------------------------------------
    def _show(self, reset_peers: bool = False) -> None:
        bset = self.bset
        self.settings_box.show_settings(bset)
        self.result = None
        if bset is not None:
            try:
                self.result = logic.composite_of(bset)
            except Exception as exc:
                self.fail(exc)
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
            engine_text(conv.get("normalization", "")),
            engine_text(conv.get("weights", "")),
            engine_text(conv.get("aggregation", "")),
        ]
        for key in ("missing", "dropped", "imputed", "geometric_shift", "clipped", "constant"):
            if conv.get(key) and key != "missing":
                notes.append(engine_text(conv[key]))
        if self.unc is not None:
            notes.append(
                tr(
                    "Uncertainty: {runs} runs over {normalizations} x {aggregations} and "
                    "weights, seed {seed}."
                ).format(
                    runs=integer(self.unc.runs),
                    normalizations=", ".join(self.unc.normalizations),
                    aggregations=", ".join(self.unc.aggregations),
                    seed=self.unc.seed,
                )
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
        self.peers.summary.set_lists(
            town,
            tr("peers") if peers else tr("all others"),
            [labels.get(i, i) for i in comp.strongest],
            [labels.get(i, i) for i in comp.weakest],
        )
        against = (
            tr("Compared with the mean of the peers.")
            if peers
            else tr("Compared with the mean of all other towns.")
        )
        radar = tr("Radar: {note}.").format(note=tr(logic.RadarData((), ()).note))
        self.peers.note.setText(f"{against} {radar}")

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
        self.notes.setText(tr("Uncertainty run cancelled."))
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
        path = self.ask_save(tr("Export the table"), TABLE_FILTER)
        return self.export_table(Path(path)) if path else False

    def export_table(self, path: Path) -> bool:
        if self.bset is None:
            return False
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        try:
            logic.export_table(self.bset, path, self.result, self.unc)
        except Exception as exc:
            self.fail(exc)
            return False
        return True

    def export_chart_dialog(self) -> bool:
        path = self.ask_save(tr("Export the chart"), PNG_FILTER)
        return self.export_chart(Path(path)) if path else False

    def export_chart(self, path: Path) -> bool:
        """The chart of the tab shown (ranking or radar) as a PNG."""
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        widget: QWidget = self.chart if self.right.currentIndex() == 0 else self.peers.radar
        if not save_png(widget, path):
            self.sig_error.emit(tr("{path}: could not write the PNG").format(path=path))
            return False
        return True

    def export_report_dialog(self) -> bool:
        path = self.ask_save(tr("Export the benchmarking report"), REPORT_FILTER)
        return self.export_report(Path(path)) if path else False

    def export_report(self, path: Path) -> bool:
        """The benchmarking report of the open set (its settings, the last uncertainty run
        while it is current, the peers tab's town and peers) as .pdf, .docx or .html, written
        in the interface language."""
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
            self.fail(exc)
            return False
        self.clear_error()
        return True


def _summary(
    bars: list[logic.RankBar], result: CompositeResult, unc: UncertaintyResult | None
) -> str:
    """One or two lines under the ranking (the full conventions are its tooltip)."""
    s = result.settings
    parts = [
        tr(dict(logic.NORMALIZATIONS).get(s.normalization, s.normalization)),
        tr(dict(logic.WEIGHTINGS).get(s.weighting, s.weighting)),
        tr(dict(logic.AGGREGATIONS).get(s.aggregation, s.aggregation)),
    ]
    if result.imputed:
        parts.append(
            tr(IMPUTED_BY.get(s.missing, IMPUTED_BY["median"])).format(
                count=integer(len(result.imputed))
            )
        )
    if result.dropped:
        parts.append(
            tr("left out for missing values: {towns}").format(towns=", ".join(result.dropped))
        )
    if result.shift:
        parts.append(tr("scores shifted above 0 for the geometric mean"))
    if unc is not None:
        parts.append(tr("uncertainty: {runs} Monte Carlo runs").format(runs=integer(unc.runs)))
    return " · ".join(parts) + ". " + tr("Hover for the conventions.")
