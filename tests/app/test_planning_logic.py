"""Retail planning page logic without Qt: sets, edits, tables equal to the engine, imports."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.resources import resource_path
from app.services import planning_logic as logic
from decision.errors import InputError
from decision.network import analyse_network, parse_network
from decision.retail import (
    calibrate_lambda,
    huff,
    new_store_scenario,
    parse_huff,
    parse_retail,
    retail_metrics,
)

RETAIL_FILE = resource_path("demo", "retail_koper.json")
NETWORK_FILE = resource_path("demo", "network_koper.json")


def demo(kind: str) -> logic.PlanningSet:
    path = NETWORK_FILE if kind == "network" else RETAIL_FILE
    return logic.PlanningSet.from_json(kind, path.read_text(encoding="utf-8"))


def raw(kind: str) -> dict:
    data = json.loads((NETWORK_FILE if kind == "network" else RETAIL_FILE).read_text("utf-8"))
    return data if kind == "network" else data[kind]


# -- sets -------------------------------------------------------------------------------------
def test_a_demo_file_nesting_both_blocks_gives_each_kind_its_own_block() -> None:
    retail, hset = demo("retail"), demo("huff")
    assert retail.data["population"] == 53560 and "origins" not in retail.data
    assert hset.data["origins"][0]["id"] == "Koper old town" and "population" not in hset.data
    assert retail.data["illustrative"] is True  # the file's flag travels with the block
    assert "ILLUSTRATIVE" in retail.note and "SURS" in retail.note
    again = logic.PlanningSet.from_json("huff", hset.to_json())
    assert again == hset


@pytest.mark.parametrize("kind", logic.KINDS)
def test_a_new_set_runs(kind: str) -> None:
    logic.check(logic.new_set(kind))


def test_parse_number_accepts_a_decimal_comma_and_names_the_place() -> None:
    assert logic.parse_cell("12,5", "x") == 12.5
    assert logic.parse_cell(" 1 234.5 ", "x") == 1234.5
    assert logic.parse_cell("", "x") is None
    with pytest.raises(InputError, match=r"^spending: 'abc' is not a number$"):
        logic.parse_cell("abc", "spending")


# -- retail -----------------------------------------------------------------------------------
def test_retail_results_table_shows_the_engines_figures() -> None:
    rset = demo("retail")
    rf = parse_retail(raw("retail"))
    total = retail_metrics(rf.total)
    table = logic.retail_results_table(rset)
    assert table.columns[0] == "Town" and table.columns[-1] == "Definition"
    assert table.columns[1:-1] == tuple(rf.groups)
    rows = {key: k for k, (key, _l, _f) in enumerate(logic.RETAIL_RESULTS)}
    for key in ("spending_potential", "centrality_simple", "centrality_index", "gap"):
        assert table.cells[rows[key]][0].value == pytest.approx(getattr(total, key))
    # both centrality forms, each labelled with its formula
    simple, index = table.cells[rows["centrality_simple"]], table.cells[rows["centrality_index"]]
    assert simple[-1].text == "turnover / spending potential × 100"
    assert index[-1].text == "turnover index / PPI × 100"
    assert "Retail centrality (simple form)" in table.rows
    assert "Retail centrality (index form)" in table.rows
    # 53,560 x 5,600 x 97 / 100 = 290,937,920; 335 M / that x 100 = 115.1
    assert table.cells[rows["spending_potential"]][0].value == pytest.approx(290_937_920)
    assert simple[0].text == "115.1"


def test_an_absent_input_gives_a_dash_naming_what_is_missing() -> None:
    rset = logic.set_retail_value(demo("retail"), 0, "turnover_per_m2", "")
    rows = [k for k, _l, _f in logic.RETAIL_RESULTS]
    cell = logic.retail_results_table(rset).cells[rows.index("supportable_floor_space")][0]
    assert cell.text == "—" and cell.value is None
    assert "missing input: turnover per m²" in cell.tooltip
    # a product group has no national figures: its index form is absent, saying why
    group = logic.retail_results_table(rset).cells[rows.index("centrality_index")][1]
    assert group.text == "—" and "national turnover per capita" in group.tooltip


def test_retail_edits_check_values_and_groups_take_only_their_own_fields() -> None:
    rset = demo("retail")
    new = logic.set_retail_value(rset, 0, "national.turnover_per_capita", "5400")
    assert new.data["national"]["turnover_per_capita"] == 5400
    assert rset.data["national"]["turnover_per_capita"] == 5300  # unchanged: immutable
    new = logic.set_retail_value(rset, 1, "turnover", "150000000")
    assert new.data["groups"][0]["turnover"] == 150000000
    with pytest.raises(InputError, match="Population must be > 0"):
        logic.set_retail_value(rset, 0, "population", "-5")
    with pytest.raises(InputError, match="takes it from the town"):
        logic.set_retail_value(rset, 1, "population", "100")
    inputs = logic.retail_inputs_table(rset)
    assert inputs.cells[0][1].muted and not inputs.cells[0][1].editable


# -- Huff -------------------------------------------------------------------------------------
def test_huff_tables_equal_the_engines_run_and_scenario() -> None:
    hset = demo("huff")
    hf = parse_huff(raw("huff"))
    base = huff(hf.model)
    sc = new_store_scenario(hf.model, hf.new, threshold_pct=10)
    view = logic.huff_results(hset)
    probs = logic.probabilities_table(view)
    got = np.array([[c.value for c in row] for row in probs.cells])
    np.testing.assert_allclose(got, base.probabilities)
    np.testing.assert_allclose(got.sum(axis=1), 1.0)
    turnover = logic.turnover_table(view)
    assert [r[0].value for r in turnover.cells] == pytest.approx(list(base.turnover))
    acc = logic.accessibility_table(view)
    assert [r[0].value for r in acc.cells] == pytest.approx(list(base.accessibility))
    impact = logic.impact_table(view)
    for row, x in zip(impact.cells, sc.impacts, strict=False):
        assert (row[0].value, row[1].value, row[2].value) == pytest.approx(
            (x.before, x.after, x.change_pct)
        )
        assert row[2].flagged == (x.change_pct <= -10)
    assert impact.rows[-1] == "New store (planned)"
    bars = logic.turnover_bars(view)
    assert bars.values == pytest.approx(tuple(base.turnover / 1e6))


def test_losses_of_ten_percent_or_more_are_flagged() -> None:
    view = logic.huff_results(demo("huff"))
    flags = {
        name: row[2].flagged
        for name, row in zip(
            logic.impact_table(view).rows, logic.impact_table(view).cells, strict=True
        )
    }
    # the demo's planned retail park takes 16.6 % and 23.5 % from two centres, 5.7 % from Izola
    assert flags["Koper centre"] and flags["Out-of-town shopping centre"]
    assert not flags["Izola centre"]


def test_a_bad_distance_is_one_line_naming_both_places() -> None:
    hset = demo("huff")
    with pytest.raises(InputError) as err:
        logic.set_huff_cell(hset, "distance", 3, 2, "-4")
    assert str(err.value) == "distance Izola → Izola centre must be > 0 (typed -4)"
    with pytest.raises(InputError, match="is not a number"):
        logic.set_huff_cell(hset, "distance", 0, 0, "far")


def test_huff_edits_keep_the_matrices_in_shape() -> None:
    hset = demo("huff")
    n_z, n_c = len(logic.zone_ids(hset)), len(logic.centre_ids(hset))
    more = logic.add_centre(logic.add_zone(hset))
    assert np.array(more.data["distance"]).shape == (n_z + 1, n_c + 1)
    assert len(more.data["new_destination"]["distance"]) == n_z + 1
    logic.check(more)
    back = logic.remove_centre(logic.remove_zone(more, n_z), n_c)
    assert back.data["distance"] == hset.data["distance"]
    # the planned store's distances are the distance table's last column
    table = logic.distance_table(hset)
    assert table.columns[-1] == "New store (planned)"
    edited = logic.set_huff_cell(hset, "distance", 0, n_c, "3")
    assert edited.data["new_destination"]["distance"][0] == 3
    renamed = logic.set_huff_cell(hset, "zones", 0, 0, "Old town")
    assert logic.zone_ids(renamed)[0] == "Old town"
    with pytest.raises(InputError, match="appears twice"):
        logic.set_huff_cell(hset, "centres", 0, 0, "Izola centre")
    without = logic.set_new_store(hset, enabled=False)
    assert logic.huff_results(without).scenario is None
    assert logic.impact_table(logic.huff_results(without)).rows == ()


def test_calibration_recovers_the_lambda_that_made_the_shares() -> None:
    hset = logic.set_exponent(demo("huff"), "lambda", "1.5")
    shares = logic.huff_results(hset).base.probabilities
    observed = hset
    for i, row in enumerate(shares):
        for j, p in enumerate(row):
            if (i + j) % 2 == 0:  # a survey of some cells only
                observed = logic.set_huff_cell(observed, "observed", i, j, f"{p:.10f}")
    observed = logic.set_exponent(observed, "lambda", "2")
    assert logic.has_observed(observed)
    cal = logic.calibrate(observed)
    assert cal.lam == pytest.approx(1.5, abs=1e-4)
    engine = calibrate_lambda(logic.huff_input(observed).model, observed.data["observed_shares"])
    assert cal.lam == engine.lam
    with pytest.raises(InputError, match="observed shares"):
        logic.calibrate(demo("huff"))
    with pytest.raises(InputError, match="must lie in 0–1"):
        logic.set_huff_cell(hset, "observed", 0, 0, "1.2")


# -- network ----------------------------------------------------------------------------------
def test_network_tables_equal_the_engine() -> None:
    nset = demo("network")
    engine = analyse_network(parse_network(raw("network")))
    result = logic.network_results(nset)
    bp = logic.breaking_table(result)
    assert len(bp.cells) == 10  # every pair of 5 towns
    first = engine.breaking_points[0]
    assert (bp.cells[0][0].text, bp.cells[0][1].text) == (first.a, first.b)
    assert bp.cells[0][3].value == pytest.approx(first.from_a)
    grav = logic.gravity_table(result)
    np.testing.assert_allclose([[c.value for c in r] for r in grav.cells], engine.gravity)
    towns = logic.town_results_table(nset, result)
    assert [r[1].value for r in towns.cells] == pytest.approx(list(engine.accessibility))
    assert engine.functional is not None
    assert [r[3].value for r in towns.cells] == pytest.approx(list(engine.functional.index))
    assert sum(r[3].value for r in towns.cells) == pytest.approx(100 * 6)  # 100 x functions
    coef = logic.coefficients_table(result)
    assert [r[1].value for r in coef.cells] == pytest.approx(list(engine.functional.coefficients))


def test_a_network_distance_sets_both_directions_and_is_checked() -> None:
    nset = demo("network")
    new = logic.set_network_cell(nset, "distance", 0, 1, "8")
    assert new.data["distance"][0][1] == new.data["distance"][1][0] == 8
    with pytest.raises(InputError) as err:
        logic.set_network_cell(nset, "distance", 0, 1, "0")
    assert str(err.value) == "distance Koper → Izola must be > 0 (typed 0)"
    with pytest.raises(InputError, match="whole number"):
        logic.set_network_cell(nset, "functions", 0, 0, "1.5")
    more = logic.add_function(logic.add_town(nset), "post office")
    assert np.array(more.data["distance"]).shape == (6, 6)
    assert more.data["functions"]["post office"] == [1, 0, 0, 0, 0, 0]
    logic.check(more)
    assert logic.remove_town(more, 5).data["distance"] == nset.data["distance"]
    with pytest.raises(InputError, match="at least two towns"):
        logic.remove_town(logic.remove_town(logic.remove_town(logic.remove_town(nset, 4), 3), 2), 1)


def test_network_chart_has_one_node_per_town_sized_by_index() -> None:
    result = logic.network_results(demo("network"))
    chart = logic.network_chart(result)
    assert chart.names == result.town_ids and len(chart.x) == len(chart.sizes) == 5
    assert chart.size_by == "functional index"
    assert max(chart.sizes) == chart.sizes[chart.names.index("Trieste")]
    assert len(chart.edges) == 10 and max(w for _i, _j, w in chart.edges) == 1.0


# -- import -----------------------------------------------------------------------------------
def test_import_a_huff_csv_and_an_xlsx_network(tmp_path: Path) -> None:
    csv = tmp_path / "catchment.csv"
    csv.write_text(
        "zone;spending;Centre A;Centre B\n"
        "attractiveness;;5000;2500\n"
        "North;1000000;2,5;10\n"
        "South;2000000;8;3\n",
        encoding="utf-8",
    )
    hset = logic.import_file("huff", csv)
    assert logic.zone_ids(hset) == ["North", "South"]
    assert hset.data["distance"] == [[2.5, 10], [8, 3]]
    assert hset.data["destinations"][1] == {"id": "Centre B", "attractiveness": 2500}

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Network"
    ws.append(["town", "population", "A", "B", "C", "pharmacy"])
    ws.append(["A", 1000, 0, 5, 9, 2])
    ws.append(["B", 500, 5, 0, 4, 1])
    ws.append(["C", 300, 9, 4, 0, 0])
    path = tmp_path / "net.xlsx"
    wb.save(path)
    nset = logic.import_file("network", path)
    assert logic.town_ids(nset) == ["A", "B", "C"]
    assert nset.data["functions"] == {"pharmacy": [2, 1, 0]}
    assert logic.network_results(nset).functional is not None


def test_import_errors_name_sheet_row_and_column(tmp_path: Path) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text("zone,spending,A\nattractiveness,,100\nNorth,10,-2\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        logic.import_file("huff", csv)
    assert str(err.value) == "bad.csv, row 3, column 3: distance North → A must be > 0"

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Huff"
    ws.append(["zone", "spending", "A"])
    ws.append(["attractiveness", None, "lots"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    with pytest.raises(
        InputError, match=r"^sheet 'Huff', row 2, column C: 'lots' is not a number$"
    ):
        logic.import_file("huff", path)
    wb.active.title = "Other"
    wb.save(path)
    with pytest.raises(InputError, match="no sheet named 'Huff'"):
        logic.import_file("huff", path)
    with pytest.raises(InputError, match="imported from JSON"):
        logic.import_file("retail", csv)
