"""The Benchmarking page: stored sets, the table with missing values, settings, undo, import,
uncertainty bands with Cancel, the radar of peers and exports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.models.benchmark_model import MISSING_BRUSH
from app.storage.demo_benchmarks import DEMO_BENCHMARK_NAME, demo_benchmark_path
from decision.composite.compute import composite
from decision.composite.files import load_composite


@pytest.fixture
def page(session: Any, qtbot: Any) -> Any:
    from app.widgets.benchmark_page import BenchmarkPage

    p = BenchmarkPage(session)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    yield p
    p.worker.cancel()
    p.worker.wait(5000)
    p.undo_stack.clear()


def cell(page: Any, unit: str, indicator: str) -> Any:
    model = page.table_model
    return model.index(page.bset.unit_ids.index(unit), page.bset.indicator_ids.index(indicator))


def stored_value(page: Any, unit: str, indicator: str) -> Any:
    record = page.repo.load_benchmark(page.name)
    data = json.loads(record.data_json)
    ids = [i["id"] for i in data["indicators"]]
    units = [u if isinstance(u, str) else u["id"] for u in data["units"]]
    return data["matrix"][units.index(unit)][ids.index(indicator)]


def scores(page: Any) -> dict[str, float]:
    return {bar.unit: bar.score for bar in page.ranking_model.bars()}


def test_the_demo_set_loads_with_missing_values_flagged(page: Any) -> None:
    assert page.sets.currentText() == DEMO_BENCHMARK_NAME == page.name
    engine = load_composite(demo_benchmark_path())
    model = page.table_model
    assert (model.rowCount(), model.columnCount()) == engine.data.values.shape
    assert model.headerData(0, Qt.Orientation.Vertical) == "Koper"
    assert model.index(0, 0).data() == "9"
    missing = engine.data.missing_cells()
    assert missing  # the demo has gaps
    unit, ind = missing[0]
    index = cell(page, unit, ind)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == MISSING_BRUSH
    assert "missing — imputed by the mean" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data().startswith("(")  # the imputed value, marked
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    header = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "ILLUSTRATIVE" in header and "Unit:" in header and "2022" in header
    assert "*" in model.headerData(0, Qt.Orientation.Horizontal)
    expected = composite(engine.data, engine.settings)
    assert scores(page) == pytest.approx(expected.score_map())
    assert [b.unit for b in page.ranking_model.bars()] == [u for u, _s, _r in expected.ranking()]
    assert page.chart.names == [u for u, _s, _r in expected.ranking()]
    assert page.error_label.isHidden()


def test_changing_normalization_gives_the_engines_scores_and_is_saved(page: Any) -> None:
    import dataclasses

    engine = load_composite(demo_benchmark_path())
    before = scores(page)
    box = page.settings_box.normalization
    box.setCurrentIndex(box.findData("zscore"))
    expected = composite(engine.data, dataclasses.replace(engine.settings, normalization="zscore"))
    assert scores(page) == pytest.approx(expected.score_map())
    assert scores(page) != pytest.approx(before)
    assert (
        json.loads(page.repo.load_benchmark(page.name).settings_json)["normalization"] == "zscore"
    )
    page.undo_stack.undo()
    assert scores(page) == pytest.approx(before)
    assert (
        json.loads(page.repo.load_benchmark(page.name).settings_json)["normalization"] == "minmax"
    )


def test_editing_a_cell_saves_and_undo_restores(page: Any, qtbot: Any) -> None:
    old = stored_value(page, "Koper", "vacancy")
    version = page.version
    with qtbot.waitSignal(page.sig_saved):
        page.table_model.setData(cell(page, "Koper", "vacancy"), "7,5")
    assert cell(page, "Koper", "vacancy").data() == "7.5"
    assert stored_value(page, "Koper", "vacancy") == 7.5
    assert page.version == version + 1
    assert page.undo_button.isEnabled()
    page.undo_button.click()
    assert stored_value(page, "Koper", "vacancy") == old
    assert cell(page, "Koper", "vacancy").data() == f"{old:g}"
    page.redo_button.click()
    assert stored_value(page, "Koper", "vacancy") == 7.5
    # emptying a cell makes it missing (never 0) and it is imputed
    page.table_model.setData(cell(page, "Koper", "vacancy"), "")
    assert stored_value(page, "Koper", "vacancy") is None
    assert cell(page, "Koper", "vacancy").data(Qt.ItemDataRole.BackgroundRole) == MISSING_BRUSH


def test_a_bad_cell_is_one_line_and_changes_nothing(page: Any) -> None:
    old = stored_value(page, "Koper", "vacancy")
    page.table_model.setData(cell(page, "Koper", "vacancy"), "lots")
    assert page.error_label.text() == "Koper, vacancy: 'lots' is not a number"
    assert stored_value(page, "Koper", "vacancy") == old
    assert not page.undo_stack.canUndo()


def test_import_of_a_bad_file_is_one_line_and_nothing_changes(page: Any, tmp_path: Path) -> None:
    bad = tmp_path / "towns.csv"
    bad.write_text("unit;jobs\nA;1\nB;lots\n", encoding="utf-8")
    before = [s.name for s in page.repo.list_benchmarks()]
    page.ask_open = lambda *_a: str(bad)
    assert not page.import_dialog()
    assert page.error_label.text() == "towns.csv: row 3, column 2 (B, jobs): 'lots' is not a number"
    assert "\n" not in page.error_label.text()
    assert [s.name for s in page.repo.list_benchmarks()] == before
    assert page.name == DEMO_BENCHMARK_NAME


def test_import_of_a_good_file_stores_and_opens_it(page: Any, tmp_path: Path) -> None:
    good = tmp_path / "towns.csv"
    good.write_text("unit;jobs;vac\nA;1,5;30\nB;2;\nC;3;10\n", encoding="utf-8")
    assert page.import_path(good)
    assert page.name == "towns" == page.sets.currentText()
    assert page.table_model.rowCount() == 3
    assert page.table_model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) == MISSING_BRUSH
    assert json.loads(page.repo.load_benchmark("towns").data_json)["matrix"][1] == [2.0, None]
    assert page.import_path(good)  # the same file again: a new name, nothing overwritten
    assert page.name == "towns (2)"


def test_uncertainty_shows_bands(page: Any, qtbot: Any) -> None:
    page.runs.setValue(400)
    assert page.run_uncertainty()
    qtbot.waitUntil(lambda: page.unc is not None, timeout=10000)
    bars = page.ranking_model.bars()
    assert all(b.p05 is not None and b.p05 <= b.median_rank <= b.p95 for b in bars)
    assert page.chart.has_band
    assert "–" in page.ranking_model.index(0, 4).data()
    qtbot.waitUntil(lambda: page.progress.isHidden(), timeout=5000)
    # an edit makes the bands stale: they go
    box = page.settings_box.aggregation
    box.setCurrentIndex(box.findData("geometric"))
    assert page.unc is None and not page.chart.has_band


def test_cancel_stops_the_run(page: Any, qtbot: Any) -> None:
    page.runs.setValue(100_000)
    assert page.run_uncertainty()
    assert page.cancel_button.isVisibleTo(page)
    page.cancel_button.click()
    assert page.worker.wait(10000)
    qtbot.wait(50)
    assert page.unc is None
    assert not page.chart.has_band
    assert page.progress.isHidden() and page.cancel_button.isHidden()
    assert page.run_button.isEnabled()


def test_radar_shows_the_chosen_towns(page: Any) -> None:
    panel = page.peers
    panel.town.setCurrentIndex(panel.town.findData("Piran"))
    panel.set_peers(["Koper", "Trieste"])
    assert panel.radar.series_names() == ["Piran", "Koper", "Trieste"]
    assert len(panel.radar.data.axes) == page.table_model.columnCount()
    values = dict(panel.radar.data.series)
    assert all(0.0 <= v <= 1.0 for v in values["Piran"])
    assert "Piran is strongest on" in panel.summary.strongest.text()
    page.right.setCurrentIndex(1)
    image = panel.radar.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 10  # drawn, not blank


def test_exports(page: Any, tmp_path: Path) -> None:
    page.ask_save = lambda *_a: str(tmp_path / "table.xlsx")
    assert page.export_table_dialog()
    assert (tmp_path / "table.xlsx").read_bytes()[:2] == b"PK"
    assert page.export_chart(tmp_path / "chart.png")
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_new_rename_delete(page: Any) -> None:
    page.ask_text = lambda *_a: "Karst towns"
    assert page.new_set()
    assert page.name == "Karst towns" and page.table_model.rowCount() == 3
    page.ask_text = lambda *_a: "Karst towns 2024"
    assert page.rename_set()
    assert [s.name for s in page.repo.list_benchmarks()] == [
        "Karst towns 2024",
        DEMO_BENCHMARK_NAME,
    ]
    page.confirm = lambda *_a: False
    assert not page.delete_set()
    page.confirm = lambda *_a: True
    assert page.delete_set()
    assert [s.name for s in page.repo.list_benchmarks()] == [DEMO_BENCHMARK_NAME]
    assert page.name == DEMO_BENCHMARK_NAME


def test_a_set_changed_elsewhere_is_reloaded_not_overwritten(page: Any, qtbot: Any) -> None:
    record = page.repo.load_benchmark(page.name)
    data = json.loads(record.data_json)
    data["matrix"][0][0] = 99
    page.repo.save_benchmark(page.name, json.dumps(data), record.settings_json, record.version)
    page.table_model.setData(cell(page, "Izola", "vacancy"), "1")
    qtbot.waitUntil(lambda: "changed by someone else" in page.error_label.text())
    assert not page.undo_stack.canUndo()
    assert stored_value(page, "Koper", "vacancy") == 99
    assert cell(page, "Koper", "vacancy").data() == "99"


def test_without_any_set_the_page_is_empty_but_works(session: Any, qtbot: Any) -> None:
    from app.widgets.benchmark_page import BenchmarkPage

    for s in session.repo.list_benchmarks():
        session.repo.delete_benchmark(s.id)
    p = BenchmarkPage(session)
    qtbot.addWidget(p)
    assert p.name is None and p.table_model.rowCount() == 0
    assert not p.run_uncertainty()
    assert not p.delete_button.isEnabled()


def test_models_pass_qtmodeltester(page: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.table_model)
    qtmodeltester.check(page.ranking_model)


def _pdf_text(path: Path) -> str:
    import shutil
    import subprocess

    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext is not installed: run scripts/setup.sh (poppler-utils)")
    done = subprocess.run(
        [tool, "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return "".join(done.stdout.decode("utf-8").split())


def test_export_report(page: Any, qtbot: Any, tmp_path: Path) -> None:
    from docx import Document

    assert page.export_report_button.isEnabled()
    panel = page.peers
    panel.town.setCurrentIndex(panel.town.findData("Piran"))
    panel.set_peers(["Koper", "Trieste"])
    # without an uncertainty run: ranking only, the peers tab's town and peers
    page.ask_save = lambda *_a: str(tmp_path / "report.pdf")
    assert page.export_report_dialog()
    text = _pdf_text(tmp_path / "report.pdf")
    assert "Piranagainstitspeers" in text
    assert "comparedwiththemeanofKoper,Trieste" in text
    assert DEMO_BENCHMARK_NAME.replace(" ", "") in text
    assert "Nouncertaintyanalysiswasrun" in text
    # after a run, the bands go into the report (Word this time)
    page.runs.setValue(200)
    assert page.run_uncertainty()
    qtbot.waitUntil(lambda: page.unc is not None, timeout=10000)
    qtbot.waitUntil(lambda: page.progress.isHidden(), timeout=5000)
    assert page.export_report(tmp_path / "report.docx")
    doc = Document(str(tmp_path / "report.docx"))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "The composite was recomputed 200 times" in body
    headers = [c.text for t in doc.tables for c in t.rows[0].cells]
    assert "Median rank" in headers and "Rank 5–95 %" in headers
    # a file name without a report extension gets .pdf; an unwritable place is one line
    assert page.export_report(tmp_path / "plain")
    assert (tmp_path / "plain.pdf").read_bytes()[:5] == b"%PDF-"
    assert not page.export_report(tmp_path / "no" / "such" / "dir" / "r.html")
    assert page.error_label.isVisibleTo(page)
    assert "\n" not in page.error_label.text() and page.error_label.text()
