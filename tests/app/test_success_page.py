"""The Success factors page: demo sets, DEMATEL cell edits saved and undone, the cause-effect
diagram, refusals in one line, SWOT-AHP priorities and CRs as the engine's, conflicts."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.storage.demo_tools import DEMO_TOOL_SETS, demo_tool_path
from decision.awot import awot_input_from_json
from decision.dematel import dematel_input_from_json

DEMATEL_NAME = next(name for kind, name, _f in DEMO_TOOL_SETS if kind == "dematel")
AWOT_NAME = next(name for kind, name, _f in DEMO_TOOL_SETS if kind == "awot")


@pytest.fixture
def page(session: Any, show_page: Any) -> Any:
    from app.widgets.success_page import SuccessPage

    return show_page(SuccessPage(session), 1200, 720)


def stored(page: Any, kind: str, name: str) -> dict[str, Any]:
    return json.loads(page.repo.load_tool_set(kind, name).data_json)


def engine_dematel() -> Any:
    raw = json.loads(demo_tool_path("dematel_koper.json").read_text("utf-8"))
    return dematel_input_from_json(raw).run()


def engine_awot() -> Any:
    raw = json.loads(demo_tool_path("awot_koper.json").read_text("utf-8"))
    return awot_input_from_json(raw).run()


def test_the_demo_sets_load(page: Any) -> None:
    d, s = page.dematel, page.swot
    assert d.sets.currentText() == DEMATEL_NAME == d.name
    assert s.sets.currentText() == AWOT_NAME == s.name
    engine = engine_dematel()
    assert d.factor_list.count() == len(engine.factors) == d.matrix_model.rowCount()
    assert d.experts.count() == 3 and d.experts.currentText() == "Municipality"
    assert d.result_model.rowCount() == len(engine.factors)
    for g in "SWOT":
        assert s.lists[g].count() == len(engine_awot().local[g].items)
    assert not d.error_label.isVisible() and not s.error_label.isVisible()


def test_editing_a_cell_recomputes_saves_and_undo_restores_the_database(
    page: Any, qtbot: Any
) -> None:
    d = page.dematel
    model = d.matrix_model
    index = model.index(0, 2)  # Vacant shop units -> Parking, Municipality: 0
    assert index.data() == "0"
    d_before = float(d.result.d[0])
    r_before = float(d.result.r[2])
    version = d.version
    with qtbot.waitSignal(page.sig_saved):
        model.setData(index, "4")
    assert model.index(0, 2).data() == "4"
    assert d.version == version + 1
    assert stored(page, "dematel", DEMATEL_NAME)["matrices"][0][0][2] == 4
    assert float(d.result.d[0]) > d_before and float(d.result.r[2]) > r_before
    shown = {r.factor: r.d for r in d.result_model.rows()}
    assert shown["Vacant shop units"] == pytest.approx(float(d.result.d[0]))
    assert page.undo_stack.canUndo()
    with qtbot.waitSignal(page.sig_saved):
        page.undo_stack.undo()
    assert stored(page, "dematel", DEMATEL_NAME)["matrices"][0][0][2] == 0
    assert model.index(0, 2).data() == "0"
    assert float(d.result.d[0]) == pytest.approx(d_before)
    page.undo_stack.redo()
    assert stored(page, "dematel", DEMATEL_NAME)["matrices"][0][0][2] == 4


def test_another_experts_matrix_is_edited_on_its_own(page: Any, qtbot: Any) -> None:
    d = page.dematel
    d.experts.setCurrentIndex(2)
    d.experts.activated.emit(2)
    assert d.matrix_model.index(0, 1).data() == "3"
    with qtbot.waitSignal(page.sig_saved):
        d.matrix_model.setData(d.matrix_model.index(0, 1), "very high")
    data = stored(page, "dematel", DEMATEL_NAME)
    assert data["matrices"][2][0][1] == 4 and data["matrices"][0][0][1] == 3


def test_the_diagram_has_a_point_per_factor_and_arcs_above_the_threshold(page: Any) -> None:
    d = page.dematel
    engine = engine_dematel()
    chart = d.chart
    assert chart.point_count() == len(engine.factors)
    t = engine.total
    above = int(((t > t.mean()) & ~np.eye(len(t), dtype=bool)).sum())
    assert chart.arc_count() == above
    assert sum(1 for a in chart.arrows if a.isVisible()) == above
    xs, ys = chart.markers.getData()
    np.testing.assert_allclose(xs, engine.prominence)
    np.testing.assert_allclose(ys, engine.relation)
    assert [lab.toPlainText() for lab in chart.labels[: len(engine.factors)]] == [
        f if len(f) <= 26 else f[:25] + "…" for f in engine.factors
    ]
    # a threshold set by the user: fewer arrows, saved with the set
    d.own_threshold.setChecked(True)
    d.threshold.setValue(0.3)
    assert stored(page, "dematel", DEMATEL_NAME)["threshold"] == pytest.approx(0.3)
    assert chart.arc_count() == int(((t > 0.3) & ~np.eye(len(t), dtype=bool)).sum())


def test_a_non_zero_diagonal_is_refused_in_one_line(page: Any) -> None:
    d = page.dematel
    version = d.version
    index = d.matrix_model.index(1, 1)
    assert not (d.matrix_model.flags(index) & Qt.ItemFlag.ItemIsEditable)  # locked
    d.matrix_model.setData(index, "2")
    assert d.error_label.isVisible()
    text = d.error_label.text()
    assert "\n" not in text and "itself" in text and "Traceback" not in text
    assert d.version == version and not page.undo_stack.canUndo()
    assert stored(page, "dematel", DEMATEL_NAME)["matrices"][0][1][1] == 0
    d.matrix_model.setData(d.matrix_model.index(0, 1), "7")
    assert "outside the scale" in d.error_label.text()
    d.matrix_model.setData(d.matrix_model.index(0, 1), "lots")
    assert "0..4" in d.error_label.text()
    assert d.version == version


def test_factors_and_experts_are_added_and_removed(page: Any, qtbot: Any) -> None:
    d = page.dematel
    d.ask_text = lambda *_a: "Shop mix"
    assert d.add_factor()
    assert stored(page, "dematel", DEMATEL_NAME)["factors"][-1] == "Shop mix"
    assert d.matrix_model.rowCount() == 8 and d.chart.point_count() == 8
    d.ask_text = lambda *_a: "Youth council"
    assert d.add_expert()
    assert d.experts.currentText() == "Youth council"
    assert len(stored(page, "dematel", DEMATEL_NAME)["matrices"]) == 4
    page.undo_stack.undo()
    page.undo_stack.undo()
    data = stored(page, "dematel", DEMATEL_NAME)
    assert len(data["factors"]) == 7 and len(data["matrices"]) == 3


def test_swot_priorities_are_the_engines(page: Any) -> None:
    s = page.swot
    engine = engine_awot()
    rows = {r.factor: r for r in s.priority_model.rows()}
    for g in "SWOT":
        for f, w in engine.global_priorities[g].items():
            assert rows[f].global_ == pytest.approx(w)
            assert rows[f].local == pytest.approx(engine.local[g].weight_map()[f])
    assert s.chart.values() == pytest.approx([w for _g, _f, w in engine.ranking()])
    assert s.chart.names == [f for _g, f, _w in engine.ranking()]
    assert s.strategy_model.rowCount() == len(engine.strategy_scores)


def test_the_cr_is_shown_and_follows_the_judgments(page: Any, qtbot: Any) -> None:
    s = page.swot
    engine = engine_awot()
    for key in ("W", "groups"):
        s.show_comparison(key)
        assert s.cr_label.text() == f"CR {engine.cr()[key]:.3f}"
    s.show_comparison("S")
    assert s.words.count() == 3
    with qtbot.waitSignal(page.sig_saved):
        s.pair_model.setData(s.pair_model.index(0, 2), "1/9")  # old town vs compact centre
    data = stored(page, "awot", AWOT_NAME)["groups"]["S"]["matrix"]
    assert data[0][2] == pytest.approx(1 / 9) and data[2][0] == pytest.approx(9)
    cr = s.result.cr()["S"]
    assert cr > 0.1
    assert s.cr_label.text() == f"CR {cr:.3f} (above 0.10: revise)"
    assert (
        "Compact, walkable centre is extremely more important than Venetian"
        in s.words.item(1).text()
    )
    page.undo_stack.undo()
    assert s.cr_label.text() == f"CR {engine.cr()['S']:.3f}"
    s.pair_model.setData(s.pair_model.index(0, 1), "12")
    assert "1/9..9" in s.error_label.text() and "\n" not in s.error_label.text()


def test_strategies_are_scored(page: Any, qtbot: Any) -> None:
    s = page.swot
    before = dict(s.result.strategy_scores)
    first = s.obj.strategies[0]
    factor = s.obj.factors["T"][0]  # scored 2 in the demo
    col = 1 + s.obj.all_factors().index(factor)
    with qtbot.waitSignal(page.sig_saved):
        s.strategy_model.setData(s.strategy_model.index(0, col), "5")
    assert s.result.strategy_scores[first] > before[first]
    assert s.strategy_model.index(0, 0).data() == f"{s.result.strategy_scores[first]:.3f}"


def test_a_conflict_reloads_and_says_so(page: Any, qtbot: Any) -> None:
    d = page.dematel
    data = stored(page, "dematel", DEMATEL_NAME)
    data["factors"][0] = "Empty shops"  # someone else renames a factor meanwhile
    page.repo.save_tool_set("dematel", DEMATEL_NAME, json.dumps(data), expected_version=d.version)
    with qtbot.waitSignal(d.sig_error, timeout=2000) as caught:
        d.matrix_model.setData(d.matrix_model.index(0, 2), "4")
    qtbot.waitUntil(lambda: d.factor_list.item(0).text() == "Empty shops")
    assert "reloaded" in caught.args[0] or "reloaded" in d.error_label.text()
    assert stored(page, "dematel", DEMATEL_NAME)["matrices"][0][0][2] == 0  # theirs kept


def test_new_rename_and_delete_sets(page: Any) -> None:
    d = page.dematel
    d.ask_text = lambda *_a: "Izola factors"
    assert d.new_set()
    assert d.name == "Izola factors" and d.factor_list.count() == 2
    assert "all zeros" in d.error_label.text()  # a new set has no influence yet
    d.matrix_model.setData(d.matrix_model.index(0, 1), "3")
    assert not d.error_label.isVisible() and d.chart.point_count() == 2
    d.ask_text = lambda *_a: "Izola 2026"
    assert d.rename_set()
    assert [x.name for x in page.repo.list_tool_sets("dematel")] == sorted(
        ["Izola 2026", DEMATEL_NAME]
    )
    d.confirm = lambda *_a: True
    assert d.delete_set()
    assert d.name == DEMATEL_NAME
    s = page.swot
    s.ask_text = lambda *_a: "Piran SWOT"
    assert s.new_set()
    assert s.name == "Piran SWOT" and not s.error_label.isVisible()
    assert s.result.group_weights == pytest.approx({g: 0.25 for g in "SWOT"})


def test_models_pass_qtmodeltester(page: Any, qtmodeltester: Any) -> None:
    d, s = page.dematel, page.swot
    for model in (
        d.matrix_model,
        d.result_model,
        d.total_model,
        s.pair_model,
        s.priority_model,
        s.strategy_model,
    ):
        qtmodeltester.check(model)


def test_the_main_window_routes_undo_to_the_page(demo_db: Any, qtbot: Any) -> None:
    from app.storage.repository import ProjectRepository
    from app.widgets.main_window import MainWindow

    w = MainWindow(ProjectRepository(demo_db.session), who="test")
    qtbot.addWidget(w)
    w.show_page("success")
    page = w.pages["success"]
    assert w.active_undo_stack() is page.undo_stack
    page.dematel.matrix_model.setData(page.dematel.matrix_model.index(0, 2), "4")
    assert page.undo_stack.canUndo()
    page.undo_stack.clear()
