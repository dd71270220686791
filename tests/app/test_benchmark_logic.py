"""Benchmarking page logic without Qt: cells, settings, chart data, import and export files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.services import benchmark_logic as logic
from app.storage.demo_benchmarks import demo_benchmark_path
from decision.composite.compute import CompositeSettings, composite
from decision.composite.files import load_composite
from decision.errors import InputError

SMALL = {
    "name": "Three towns",
    "units": ["A", "B", "C"],
    "indicators": [
        {"id": "jobs", "name": "Jobs", "direction": "benefit", "unit": "%"},
        {"id": "vac", "name": "Vacancy", "direction": "cost", "illustrative": True},
    ],
    "matrix": [[1.0, 30.0], [2.0, None], [3.0, 10.0]],
}


def small(**settings: object) -> logic.BenchmarkSet:
    return logic.BenchmarkSet(SMALL, {"normalization": "minmax", "missing": "median", **settings})


def test_the_demo_file_imports_and_matches_the_engine_reader() -> None:
    bset = logic.import_file(demo_benchmark_path())
    engine = load_composite(demo_benchmark_path())
    ours = logic.composite_of(bset)
    theirs = composite(engine.data, engine.settings)
    assert ours.ranking() == theirs.ranking()
    assert bset.settings["missing"] == "mean"  # the file's choice wins over the page default
    assert ours.imputed == theirs.imputed and ours.imputed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7,5", 7.5),
        (" 12.25 ", 12.25),
        ("1 234,5", 1234.5),
        ("", None),
        ("  ", None),
        ("−3", -3.0),
        ("1.234,5", 1234.5),
    ],
)
def test_cells_accept_a_decimal_comma(text: str, value: float | None) -> None:
    assert logic.parse_cell(text, "A, jobs") == value


@pytest.mark.parametrize("text", ["abc", "1,2,3", "inf", "nan"])
def test_a_bad_cell_is_one_line_naming_the_cell(text: str) -> None:
    with pytest.raises(InputError) as caught:
        logic.parse_cell(text, "Koper, vacancy")
    assert str(caught.value).startswith("Koper, vacancy: ")
    assert "\n" not in str(caught.value)


def test_set_value_returns_a_new_set_and_leaves_the_old_one() -> None:
    before = small()
    after = logic.set_value(before, "B", "vac", 20.0)
    assert before.data["matrix"][1][1] is None
    assert after.data["matrix"][1][1] == 20.0
    assert after.settings == before.settings
    with pytest.raises(InputError, match=r"'jobs'.*every value is missing"):
        logic.set_value(
            logic.set_value(logic.set_value(before, "A", "jobs", None), "B", "jobs", None),
            "C",
            "jobs",
            None,
        )


def test_scores_follow_the_settings_exactly_as_the_engine() -> None:
    for norm in ("minmax", "zscore", "rank"):
        bset = small(normalization=norm, aggregation="linear")
        ours = logic.composite_of(bset)
        data = logic.BenchmarkSet(SMALL).parsed().data
        theirs = composite(data, CompositeSettings(normalization=norm, missing="median"))
        assert np.allclose(ours.scores, theirs.scores)


def test_min_max_scores_by_hand() -> None:
    """Handbook (Nardo et al. 2008) min-max: (x - min)/(max - min), cost flipped; B's missing
    vacancy is the median of 30 and 10 = 20 -> 0.5. Equal weights, linear mean."""
    result = logic.composite_of(small())
    assert result.score_map() == pytest.approx({"A": 0.0, "B": 0.5, "C": 1.0})
    assert result.imputed == (("B", "vac"),)


def test_with_settings_changes_and_removes_keys() -> None:
    bset = small(points={"jobs": 2})
    new = bset.with_settings(weighting="points", points=None)
    assert new.settings["weighting"] == "points" and "points" not in new.settings
    assert bset.settings["points"] == {"jobs": 2}


def test_per_indicator_values() -> None:
    assert logic.parse_per_indicator("jobs=2; vac=1,5", ["jobs", "vac"], "points") == {
        "jobs": 2.0,
        "vac": 1.5,
    }
    with pytest.raises(InputError, match="'roads' is not an indicator id"):
        logic.parse_per_indicator("roads=1", ["jobs", "vac"], "points")
    assert logic.format_per_indicator({"jobs": 2.0, "vac": 1.5}) == "jobs=2; vac=1.5"


def test_ranking_bars_and_bands() -> None:
    bset = logic.import_file(demo_benchmark_path())
    result = logic.composite_of(bset)
    bars = logic.ranking_bars(result)
    assert [(b.unit, b.rank) for b in bars] == [(u, r) for u, _s, r in result.ranking()]
    assert all(b.p05 is None for b in bars)
    unc = logic.run_uncertainty(bset, 120, lambda _f: None, lambda: False)
    assert unc is not None
    banded = logic.ranking_bars(result, unc)
    i = list(unc.unit_ids).index(banded[0].unit)
    assert (banded[0].median_rank, banded[0].p05, banded[0].p95) == (
        float(unc.median_rank[i]),
        float(unc.p05[i]),
        float(unc.p95[i]),
    )
    assert all(b.p05 <= b.median_rank <= b.p95 for b in banded)  # type: ignore[operator]


def test_uncertainty_cancelled_returns_none() -> None:
    assert logic.run_uncertainty(small(), 5000, lambda _f: None, lambda: True) is None


def test_radar_by_hand() -> None:
    """Min-max normalized values rescaled to the towns: A worst on both, C best on both."""
    data = logic.radar_data(logic.composite_of(small()), "B", ["A", "C"], {"jobs": "Jobs"})
    assert data.axes == ("Jobs", "vac")
    assert [name for name, _ in data.series] == ["B", "A", "C"]
    assert dict(data.series) == {"B": (0.5, 0.5), "A": (0.0, 0.0), "C": (1.0, 1.0)}


def test_peer_comparison_names_strongest_and_weakest() -> None:
    bset = logic.import_file(demo_benchmark_path())
    comp = logic.peer_comparison(logic.composite_of(bset), "Koper", ["Izola", "Piran"])
    assert comp.peers == ("Izola", "Piran")
    assert comp.strongest and comp.weakest
    assert not set(comp.strongest) & set(comp.weakest)


def test_csv_import_with_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "towns.csv"
    path.write_text("unit;jobs;vac\nA;1,5;30\nB;2;\nC;3;10\n", encoding="utf-8")
    bset = logic.import_file(path)
    assert bset.unit_ids == ["A", "B", "C"]
    assert bset.indicator_ids == ["jobs", "vac"]
    assert bset.data["matrix"] == [[1.5, 30.0], [2.0, None], [3.0, 10.0]]
    assert bset.data["name"] == "towns"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "unit;jobs\nA;1\nB;lots\n",
            "towns.csv: row 3, column 2 (B, jobs): 'lots' is not a number",
        ),
        ("town,jobs\nA,1\n,2\n", "towns.csv: row 3, column 1: the town name is empty"),
        ("name,jobs\nA,1\n", "towns.csv: row 1, column 1: the first header cell must be 'unit'"),
        ("unit,jobs\nA,\nB,\n", "towns.csv: indicator 'jobs': every value is missing"),
    ],
)
def test_bad_csv_is_one_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "towns.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        logic.import_file(path)
    assert str(caught.value) == message


def write_xlsx(
    path: Path, values: list[list[object]], indicators: list[list[object]] | None
) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Values"
    for row in values:
        ws.append(row)
    if indicators is not None:
        meta = wb.create_sheet("Indicators")
        for row in indicators:
            meta.append(row)
    wb.save(path)


def test_xlsx_import_with_an_indicators_sheet(tmp_path: Path) -> None:
    path = tmp_path / "towns.xlsx"
    write_xlsx(
        path,
        [["unit", "jobs", "vac"], ["A", 1, 30], ["B", "2,5", None], ["C", 3, 10]],
        [
            ["id", "name", "unit", "direction", "source", "year", "illustrative"],
            ["vac", "Vacancy", "%", "cost", "Town survey", 2023, "yes"],
        ],
    )
    bset = logic.import_file(path)
    assert bset.data["matrix"] == [[1.0, 30.0], [2.5, None], [3.0, 10.0]]
    vac = bset.data["indicators"][1]
    assert vac == {
        "id": "vac",
        "name": "Vacancy",
        "direction": "cost",
        "unit": "%",
        "source": "Town survey",
        "year": 2023,
        "illustrative": True,
    }


def test_bad_xlsx_names_sheet_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "towns.xlsx"
    write_xlsx(path, [["unit", "jobs", "vac"], ["A", 1, 30], ["B", 2, "#lots"]], None)
    with pytest.raises(InputError) as caught:
        logic.import_file(path)
    assert (
        str(caught.value) == "towns.xlsx: sheet 'Values', row 3, column C: '#lots' is not a number"
    )
    write_xlsx(path, [["unit", "jobs"], ["A", 1]], [["id", "direction"], ["jobs", "sideways"]])
    with pytest.raises(InputError, match=r"sheet 'Indicators', row 2, column B: 'sideways'"):
        logic.import_file(path)


def test_bad_json_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bench.json"
    path.write_text('{"units": ["A"],', encoding="utf-8")
    with pytest.raises(InputError, match=r"^bench.json: line 1, column \d+: not valid JSON"):
        logic.import_file(path)
    path.write_text(json.dumps({**SMALL, "matrix": [[1, 2]]}), encoding="utf-8")
    with pytest.raises(InputError, match=r"^bench\.json: matrix: has 1 rows but there are 3 units"):
        logic.import_file(path)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_reads_back(tmp_path: Path, suffix: str) -> None:
    bset = logic.import_file(demo_benchmark_path())
    result = logic.composite_of(bset)
    path = tmp_path / f"table{suffix}"
    logic.export_table(bset, path, result)
    back = logic.import_file(path)
    assert back.unit_ids == bset.unit_ids
    assert back.indicator_ids == bset.indicator_ids
    assert back.data["matrix"] == [
        [None if v is None else float(v) for v in row] for row in bset.data["matrix"]
    ]
    if suffix == ".xlsx":
        for ours, theirs in zip(back.data["indicators"], bset.data["indicators"], strict=True):
            for key in ("name", "unit", "direction", "source", "year", "group", "illustrative"):
                assert ours.get(key) == theirs.get(key), key
            assert ours.get("goalposts") == [float(x) for x in theirs["goalposts"]]
        assert back.data["units"][0]["country"] == "Slovenia"
        from openpyxl import load_workbook

        wb = load_workbook(path)
        rows = list(wb["Composite"].iter_rows(values_only=True))
        assert rows[1][:3] == (1, *result.ranking()[0][:2])


def test_indicator_tooltip_says_illustrative_and_source() -> None:
    text = logic.indicator_tooltip(
        {
            "id": "vac",
            "name": "Vacancy",
            "unit": "%",
            "direction": "cost",
            "year": 2022,
            "source": "illustrative",
            "illustrative": True,
        }
    )
    assert "Unit: %" in text and "Less is better" in text and "2022" in text
    assert "ILLUSTRATIVE" in text
