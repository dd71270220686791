"""Success factors page, issue 8 leftovers: participants per SWOT comparison (AIJ with each
participant's CR), strategies compared pairwise per factor (A'WOT), import and export."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.services import success_logic as logic
from app.storage.demo_tools import DEMO_TOOL_SETS
from decision.awot import awot_input_from_json
from decision.dematel import dematel_input_from_json
from tests.cli.helpers import run_cli

DEMATEL_NAME = next(name for kind, name, _f in DEMO_TOOL_SETS if kind == "dematel")
AWOT_NAME = next(name for kind, name, _f in DEMO_TOOL_SETS if kind == "awot")


@pytest.fixture
def page(session: Any, show_page: Any) -> Any:
    from app.widgets.success_page import SuccessPage

    p = show_page(SuccessPage(session), 1200, 720)
    p.swot.ask_text = lambda _t, _l, _x: "Chamber of commerce"
    p.swot.confirm = lambda _t, _x: True
    return p


def stored(page: Any, kind: str, name: str) -> dict[str, Any]:
    return json.loads(page.repo.load_tool_set(kind, name).data_json)


def test_a_second_participant_is_aggregated_by_aij_with_each_cr(page: Any, qtbot: Any) -> None:
    page.show_tab("swot")
    s = page.swot
    before = dict(s.result.group_weights)
    assert not s.participant_crs.isVisible()
    assert s.add_participant()
    assert s.obj.participants[-1] == "Chamber of commerce" and s.participant == 1
    data = stored(page, "awot", AWOT_NAME)
    assert data["participants"][-1] == "Chamber of commerce"
    assert len(data["group_matrices"]) == 2 and len(data["groups"]["S"]["matrices"]) == 2
    s.show_comparison("groups")
    # the new participant starts with all judgments 1: change one and compare with the engine
    with qtbot.waitSignal(page.sig_saved):
        s.pair_model.setData(s.pair_model.index(0, 3), "9")  # S over T
    data = stored(page, "awot", AWOT_NAME)
    engine = awot_input_from_json(data).run()
    assert s.result.group_weights == pytest.approx(engine.group_weights)
    assert s.result.group_weights != pytest.approx(before)
    assert s.result.groups.participants == 2
    assert s.participant_crs.isVisible()
    text = s.participant_crs.text()
    assert "Chamber of commerce" in text and "AIJ" in text
    crs = logic.participant_crs(s.obj, "groups")
    assert [c.participant for c in crs] == list(s.obj.participants)
    assert f"{crs[1].cr:.3f}" in text
    # the combined matrix is shown read-only: the geometric mean of 9 and the first's value
    first = s.obj.matrix("groups", 0)[0][3]
    s.show_participant(-1)
    assert s.pair_model.index(0, 3).data() == logic.format_ratio((first * 9) ** 0.5)
    assert not s.pair_model.flags(s.pair_model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    # undo twice: back to one participant
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert stored(page, "awot", AWOT_NAME).get("participants") is None
    assert s.result.group_weights == pytest.approx(before)


def test_strategies_compared_pairwise_per_factor(page: Any, qtbot: Any) -> None:
    s = page.swot
    a = s.obj
    assert len(a.strategies) >= 2
    key = logic.strategy_key(a.all_factors()[0])
    assert s.compare.findData(key) >= 0  # one comparison per factor in the picker
    with qtbot.waitSignal(page.sig_saved):
        s.method.setCurrentIndex(s.method.findData("pairwise"))
        s.method.activated.emit(s.method.currentIndex())
    assert stored(page, "awot", AWOT_NAME)["strategies"]["method"] == "pairwise"
    assert s.strategy_model.headerData(0, Qt.Orientation.Horizontal) == "Priority"
    assert not s.strategy_model.flags(s.strategy_model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    s.show_comparison(key)
    with qtbot.waitSignal(page.sig_saved):
        s.pair_model.setData(s.pair_model.index(0, 1), "5")
    data = stored(page, "awot", AWOT_NAME)
    engine = awot_input_from_json(data).run()
    sp = s.result.strategy_pairwise
    assert sp is not None and engine.strategy_pairwise is not None
    assert sp.priorities == pytest.approx(engine.strategy_pairwise.priorities)
    assert sum(sp.priorities.values()) == pytest.approx(1.0)
    first = a.strategies[0]
    assert s.strategy_model.index(0, 0).data() == f"{sp.priorities[first]:.3f}"
    assert "Best strategy" in s.summary.text()
    # the file the page stores runs through the command line
    assert data["strategies"]["comparisons"][a.all_factors()[0]]["matrix"][0][1] == 5


def test_export_json_runs_through_the_cli(page: Any, tmp_path: Path) -> None:
    for panel, command in ((page.dematel, "dematel"), (page.swot, "awot")):
        path = tmp_path / f"{command}.json"
        panel.ask_save_path = lambda _t, _f, _s, p=path: str(p)
        assert panel.export_json_dialog()
        assert str(path) in panel.status.text()
        proc = run_cli(command, str(path), "--json")
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout)
        if command == "dematel":
            assert out["weights"] == pytest.approx(panel.result.by_factor(panel.result.weights))
        else:
            assert out["group_weights"] == pytest.approx(panel.result.group_weights)


def test_import_replaces_the_set_as_one_undoable_step(page: Any, tmp_path: Path) -> None:
    d = page.dematel
    before = stored(page, "dematel", DEMATEL_NAME)
    f = tmp_path / "small.json"
    f.write_text(
        json.dumps({"factors": ["A", "B", "C"], "matrix": [[0, 3, 1], [1, 0, 2], [0, 4, 0]]}),
        encoding="utf-8",
    )
    d.ask_open_path = lambda _t, _f: str(f)
    assert d.import_dialog()
    assert stored(page, "dematel", DEMATEL_NAME)["factors"] == ["A", "B", "C"]
    assert d.factor_list.count() == 3
    engine = dematel_input_from_json(json.loads(f.read_text("utf-8"))).run()
    assert list(d.result.weights) == pytest.approx(list(engine.weights))
    page.undo_stack.undo()
    assert stored(page, "dematel", DEMATEL_NAME)["factors"] == before["factors"]
    assert d.factor_list.count() == len(before["factors"])


@pytest.mark.parametrize(
    ("kind", "content", "message"),
    [
        ("dematel", "{not json", "not a JSON file"),
        ("dematel", json.dumps({"factors": ["A", "B"], "matrix": [[1, 2], [0, 0]]}), "diagonal"),
        ("dematel", json.dumps([1, 2]), "not a valid DEMATEL file"),
        ("awot", json.dumps({"groups": {"S": {"factors": ["x"]}}}), "not a valid A'WOT file"),
        ("awot", json.dumps({"factors": ["A"]}), "not a valid A'WOT file"),
    ],
)
def test_a_bad_file_changes_nothing(
    page: Any, tmp_path: Path, kind: str, content: str, message: str
) -> None:
    panel = page.dematel if kind == "dematel" else page.swot
    name = DEMATEL_NAME if kind == "dematel" else AWOT_NAME
    before = stored(page, kind, name)
    version = panel.version
    f = tmp_path / "bad.json"
    f.write_text(content, encoding="utf-8")
    assert not panel.import_file(f)
    assert message in panel.error_label.text() and "\n" not in panel.error_label.text()
    assert stored(page, kind, name) == before and panel.version == version
    assert not page.undo_stack.canUndo()


def test_awot_import_keeps_participants_and_comparisons(page: Any, tmp_path: Path) -> None:
    s = page.swot
    data = {
        "groups": {
            "S": {"factors": ["s1", "s2"], "matrices": [[[1, 3], [1 / 3, 1]], [[1, 1], [1, 1]]]},
            "W": {"factors": ["w1"]},
            "O": {"factors": ["o1"]},
            "T": {"factors": ["t1"]},
        },
        "group_matrices": [[[1] * 4] * 4, [[1] * 4] * 4],
        "participants": ["Town hall", "Traders"],
        "strategies": {
            "names": ["A", "B"],
            "comparisons": {
                f: {"matrix": [[1, 2], [0.5, 1]]} for f in ("s1", "s2", "w1", "o1", "t1")
            },
        },
    }
    f = tmp_path / "swot.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    assert s.import_file(f)
    assert s.obj.participants == ("Town hall", "Traders")
    assert s.obj.strategy_method == "pairwise"
    engine = awot_input_from_json(data).run()
    assert s.result.global_priorities["S"] == pytest.approx(engine.global_priorities["S"])
    assert s.result.strategy_pairwise.priorities == pytest.approx(
        engine.strategy_pairwise.priorities
    )
    assert s.participants.count() == 3  # two and "combined (AIJ)"


def test_tables_to_csv_and_xlsx_and_charts_to_png(page: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    d, s = page.dematel, page.swot
    csv_path = tmp_path / "d.csv"
    assert d.export_csv(csv_path)
    rows = list(csv.reader(csv_path.open(encoding="utf-8-sig")))
    assert rows[0][:3] == ["Factor", "D", "R"]
    assert len(rows) == 1 + len(d.result.factors)
    assert float(rows[1][1]) == pytest.approx(float(d.result.d[0]))
    d.result_tabs.setCurrentIndex(1)
    assert d.export_csv(csv_path)
    rows = list(csv.reader(csv_path.open(encoding="utf-8-sig")))
    assert float(rows[1][2]) == pytest.approx(float(d.result.total[0][1]))
    for panel, n_sheets in ((d, 2), (s, 2)):
        x = tmp_path / f"{panel.kind}.xlsx"
        assert panel.export_xlsx(x)
        wb = load_workbook(x)
        assert len(wb.sheetnames) == n_sheets
        png = tmp_path / f"{panel.kind}.png"
        assert panel.export_png(png)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ws = load_workbook(tmp_path / "awot.xlsx")["Priorities"]
    assert ws.cell(1, 5).value == "Global"
    total = sum(ws.cell(r, 5).value for r in range(2, ws.max_row + 1))
    assert total == pytest.approx(1.0)
