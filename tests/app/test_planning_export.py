"""Export from the Retail planning page: every table to .xlsx (one sheet each, numbers as
numbers) and .csv, the charts to PNG and SVG, the inputs as CLI JSON that `innocite` runs;
the files are written for real and read back."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.services import planning_export as export
from app.services import planning_logic as logic
from decision.network import analyse_network, parse_network
from decision.retail import huff, new_store_scenario, parse_huff, parse_retail, retail_metrics


@pytest.fixture
def page(session: Any, show_page: Any) -> Any:
    from app.widgets.planning_page import PlanningPage

    return show_page(PlanningPage(session))


def rows_of(ws: Any) -> list[list[Any]]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_retail_tables_export_to_xlsx_with_units_and_both_centralities(
    page: Any, tmp_path: Path
) -> None:
    tab = page.retail
    path = tmp_path / "retail.xlsx"
    assert tab.export_tables(path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Retail figures", "Inputs"]
    rows = rows_of(wb["Retail figures"])
    assert rows[0][:3] == ["Figure", "Unit", "Town"] and rows[0][-1] == "Definition"
    by_label = {r[0]: r for r in rows[1:] if r[0]}
    total = retail_metrics(parse_retail(dict(tab.pset.data)).total)
    simple = by_label["Retail centrality (simple form)"]
    assert isinstance(simple[2], float)
    assert simple[2] == pytest.approx(total.centrality_simple)
    assert simple[-1] == "turnover / spending potential × 100"
    assert simple[1].startswith("index")
    assert by_label["Retail centrality (index form)"][2] == pytest.approx(total.centrality_index)
    assert by_label["Spending potential"][1] == "currency units per year"
    notes = [r[0] for r in rows if r[0] and "Retail centrality (simple:" in str(r[0])]
    assert notes == ["Retail centrality (simple: turnover / spending potential × 100)."]
    inputs = rows_of(wb["Inputs"])
    assert inputs[1][0] == "Population" and inputs[1][2] == tab.pset.data["population"]


def test_huff_tables_export_and_the_workbook_imports_again(page: Any, tmp_path: Path) -> None:
    tab = page.huff
    tab.plan.setChecked(True)  # plan the default new store
    assert logic.new_store(tab.pset) is not None
    path = tmp_path / "huff.xlsx"
    assert tab.export_tables(path)
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "Huff",
        "Turnover and share",
        "Probabilities",
        "Accessibility",
        "New-store impact",
    ]
    hf = parse_huff(dict(tab.pset.data))
    base = huff(hf.model)
    prob = rows_of(wb["Probabilities"])
    assert prob[0] == ["Zone", *base.centre_ids]
    assert prob[1][1:] == pytest.approx(list(base.probabilities[0]))
    assert sum(prob[1][1:]) == pytest.approx(1.0)
    assert wb["Probabilities"]["B2"].number_format == "0.0%"
    turn = rows_of(wb["Turnover and share"])
    assert turn[0][2].startswith("Expected turnover (currency units per year")
    assert [r[2] for r in turn[1 : 1 + len(base.centre_ids)]] == pytest.approx(list(base.turnover))
    sc = new_store_scenario(hf.model, hf.new, threshold_pct=hf.threshold_pct)
    impact = rows_of(wb["New-store impact"])
    first = sc.impacts[0]
    assert impact[1][:4] == [
        first.id,
        pytest.approx(first.before),
        pytest.approx(first.after),
        pytest.approx(first.change_pct),
    ]
    assert impact[1][4] is bool(first.flagged)
    # the first sheet is the import layout: the workbook comes back as the same model
    again = logic.import_file("huff", path)
    assert again.data["origins"] == [dict(z) for z in tab.pset.data["origins"]]
    assert again.data["distance"] == tab.pset.data["distance"]


def test_network_csv_one_file_per_table_and_one_table(page: Any, tmp_path: Path) -> None:
    tab = page.network
    assert tab.export_tables(tmp_path / "net.csv")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "net-network_breaking_points.csv" in names and "net-network_gravity.csv" in names
    result = analyse_network(parse_network(dict(tab.pset.data)))
    with open(tmp_path / "net-network_gravity.csv", encoding="utf-8-sig", newline="") as fh:
        grid = list(csv.reader(fh))
    assert grid[0] == ["Town", *result.town_ids]
    assert float(grid[1][2]) == pytest.approx(float(result.gravity[0, 1]))
    one = tmp_path / "bp.csv"
    assert tab.export_csv("network_breaking_points", one)
    with open(one, encoding="utf-8-sig", newline="") as fh:
        bp = list(csv.reader(fh))
    assert bp[0][:2] == ["Town a", "Town b"]
    assert float(bp[1][3]) == pytest.approx(result.breaking_points[0].from_a)
    fi = rows_of(load_workbook(_xlsx(tab, tmp_path))["Functional index"])
    assert fi[0] == ["Function", "Total outlets", "Location coefficient"]
    assert fi[1][2] == pytest.approx(100 / fi[1][1])


def _xlsx(tab: Any, tmp_path: Path) -> Path:
    path = tmp_path / "net.xlsx"
    assert tab.export_tables(path)
    return path


@pytest.mark.parametrize("kind", ["retail", "huff", "network"])
def test_inputs_exported_as_json_run_through_the_cli(
    page: Any, tmp_path: Path, kind: str, capsys: Any
) -> None:
    from app.cli import main

    tab = {"retail": page.retail, "huff": page.huff, "network": page.network}[kind]
    path = tmp_path / f"{kind}.json"
    assert tab.export_json(path)
    assert json.loads(path.read_text("utf-8")) == json.loads(tab.pset.to_json())
    capsys.readouterr()
    assert main([kind, str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    if kind == "huff":
        assert out["turnover"] == pytest.approx(
            huff(parse_huff(dict(tab.pset.data)).model).turnover_map()
        )
    elif kind == "retail":
        total = retail_metrics(parse_retail(dict(tab.pset.data)).total)
        assert out["centrality_simple"] == pytest.approx(total.centrality_simple)
    else:
        assert "breaking_points" in out


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_charts_export_as_png_and_svg(page: Any, tmp_path: Path, suffix: str) -> None:
    from PySide6.QtGui import QImage

    for tab in (page.huff, page.network):
        page.tabs.setCurrentWidget(tab)
        path = tmp_path / f"{tab.kind}{suffix}"
        assert tab.export_chart(path), tab.error_label.text()
        assert path.stat().st_size > 500
        if suffix == ".png":
            image = QImage(str(path))
            assert image.width() >= 400 and not image.isNull()
        else:
            text = path.read_text("utf-8")
            assert "<svg" in text
            for name in tab.chart.names:
                assert name[:10] in text  # axis labels may be shortened


def test_the_dialogs_get_default_names_and_errors_are_one_line(page: Any, tmp_path: Path) -> None:
    asked: list[tuple[str, str, str]] = []

    def ask(title: str, name: str, filters: str) -> str:
        asked.append((title, name, filters))
        return str(tmp_path / "missing-folder" / name)

    page.ask_save = ask
    tab = page.huff
    assert not tab.export_tables_dialog()
    _title, name, filters = asked[-1]
    assert name.endswith("_huff-results.xlsx") and "(demo)" not in name
    assert "*.xlsx" in filters and "*.csv" in filters
    assert not tab.error_label.isHidden()
    text = tab.error_label.text()
    assert text.startswith("Could not export ") and "\n" not in text
    page.ask_save = lambda *_a: str(tmp_path / "ok")  # no suffix: .xlsx is added
    assert tab.export_tables_dialog()
    assert (tmp_path / "ok.xlsx").exists() and tab.error_label.isHidden()
    tab.fill_export_menu()
    texts = [a.text() for a in tab.export_menu.actions()]
    assert "Chart as SVG drawing…" in texts and "Inputs for the command line (JSON)…" in texts
    page.retail.fill_export_menu()
    assert "Chart as PNG image…" not in [a.text() for a in page.retail.export_menu.actions()]


def test_default_names_are_safe_file_names() -> None:
    name = export.default_name("Koper / Izola (demo)", "huff", ".csv")
    assert "/" not in name and " " not in name and name.endswith("_huff.csv")


def test_a_german_export_has_german_labels_and_plain_numbers(tmp_path: Path) -> None:
    from app.i18n import language
    from app.resources import resource_path

    raw = json.loads(resource_path("demo", "retail_koper.json").read_text("utf-8"))
    hset = logic.PlanningSet.from_object("huff", raw)
    with language("de"):
        export.export_tables(hset, tmp_path / "huff.xlsx", "Koper")
        rset = logic.PlanningSet.from_object("retail", raw)
        export.export_tables(rset, tmp_path / "retail.xlsx", "Koper")
    wb = load_workbook(tmp_path / "huff.xlsx")
    assert "Wahrscheinlichkeiten" in wb.sheetnames and wb.sheetnames[0] == "Huff"
    prob = rows_of(wb["Wahrscheinlichkeiten"])
    assert prob[0][0] == "Zone" and isinstance(prob[1][1], float)
    retail = rows_of(load_workbook(tmp_path / "retail.xlsx")["Einzelhandelskennzahlen"])
    labels = [r[0] for r in retail]
    assert "Einzelhandelszentralität (einfache Form)" in labels
    assert "Einzelhandelszentralität (einfach: Umsatz / Kaufkraftpotenzial × 100)." in labels
