"""`innocite composite FILE [--json]`: the contract, the demo project and bad files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import ROOT, run_cli

SHARED = ROOT / "tests" / "decision" / "reference"  # copies of ../shared/reference
DEMO = ROOT / "resources" / "demo" / "benchmark_koper.json"


def synthetic_input(normalization: str) -> dict[str, Any]:
    """The contract input built from ../shared/reference/composite_normalisation_synthetic.json."""
    c = json.loads((SHARED / "composite_normalisation_synthetic.json").read_text())["inputs"]
    names = list(c["indicators"])
    return {
        "units": c["towns"],
        "indicators": [
            {
                "id": k,
                "direction": "cost" if c["indicators"][k]["polarity"] == "negative" else "benefit",
                "weight": w,
            }
            for k, w in zip(names, c["weights"], strict=True)
        ],
        "matrix": [
            [c["indicators"][k]["values"][t] for k in names] for t in range(len(c["towns"]))
        ],
        "normalization": normalization,
        "aggregation": "linear",
    }


def run_json(tmp_path: Path, payload: Any, *extra: str) -> dict[str, Any]:
    f = tmp_path / "in.json"
    f.write_text(json.dumps(payload), encoding="utf-8")
    proc = run_cli("composite", str(f), "--json", *extra)
    assert proc.returncode == 0, proc.stderr
    out: dict[str, Any] = json.loads(proc.stdout)
    return out


def test_synthetic_reference_through_the_cli(tmp_path: Path) -> None:
    e = json.loads((SHARED / "composite_normalisation_synthetic.json").read_text())[
        "expected_outputs"
    ]
    towns = ["A", "B", "C", "D"]
    names = ["vacancy_rate_pct", "footfall_per_hour", "purchasing_power_index"]
    mm = run_json(tmp_path, synthetic_input("minmax"))
    zs = run_json(tmp_path, synthetic_input("zscore"))
    for t, town in enumerate(towns):
        for j, k in enumerate(names):
            assert mm["normalized"][town][k] == pytest.approx(
                e["minmax_polarity_adjusted"][t][j], abs=1e-4
            )
            assert zs["normalized"][town][k] == pytest.approx(
                e["zscore_polarity_adjusted"][t][j], abs=1e-4
            )
        assert mm["scores"][town] == pytest.approx(e["linear_minmax_equal_weights"][t], abs=1e-4)
    assert [r["unit"] for r in mm["ranking"]] == ["C", "A", "B", "D"]
    assert [r["rank"] for r in mm["ranking"]] == [1, 2, 3, 4]
    assert set(mm) >= {"normalized", "dimensions", "scores", "ranking", "imputed", "conventions"}


def test_missing_values_are_imputed_and_listed(tmp_path: Path) -> None:
    payload = synthetic_input("minmax") | {"missing": "median"}
    payload["matrix"][1][0] = None
    out = run_json(tmp_path, payload)
    assert out["imputed"] == [["B", "vacancy_rate_pct"]]
    payload["missing"] = "drop"
    out = run_json(tmp_path, payload)
    assert out["dropped"] == ["B"] and "B" not in out["scores"]


def test_groups_reference_and_uncertainty_block(tmp_path: Path) -> None:
    payload = synthetic_input("reference") | {
        "reference": "A",
        "reference_mode": "difference",
        "uncertainty": {"runs": 60, "seed": 3},
    }
    payload["indicators"][1]["group"] = "retail"
    payload["indicators"][0]["group"] = "retail"
    out = run_json(tmp_path, payload)
    assert set(out["dimensions"]["A"]) == {"retail", "purchasing_power_index"}
    assert all(v == 0 for v in out["normalized"]["A"].values())
    unc = out["uncertainty"]
    assert unc["runs"] == 60 and unc["seed"] == 3
    assert set(unc["units"]["A"]) >= {"median_rank", "p05", "p95", "first_order"}


def test_demo_project_runs_and_reads_as_a_table() -> None:
    proc = run_cli("composite", str(DEMO))
    assert proc.returncode == 0, proc.stderr
    assert "Koper" in proc.stdout and "Imputed:" in proc.stdout and "Uncertainty:" in proc.stdout
    demo = json.loads(DEMO.read_text(encoding="utf-8"))
    assert all("illustrative" in i for i in demo["indicators"])
    koper = demo["matrix"][
        demo["units"].index(next(u for u in demo["units"] if u["id"] == "Koper"))
    ]
    ids = [i["id"] for i in demo["indicators"]]
    assert koper[ids.index("density")] == 177 and koper[ids.index("mean_age")] == 44.5
    assert koper[ids.index("ageing")] == 151


BAD: list[tuple[str, str, str]] = [
    ("not_json", "{units: [", "invalid JSON"),
    ("text_in_number", "TEXT", "unit 'B', indicator 'footfall_per_hour': 'many' is not a number"),
    ("unknown_reference", "REF", "reference: 'Zagreb' is not one of the units"),
    (
        "negative_log",
        "LOG",
        "unit 'B', indicator 'footfall_per_hour': -800 cannot be log-transformed",
    ),
    ("short_row", "SHORT", "matrix row 2 (unit 'B'): has 2 values but there are 3 indicators"),
    ("bad_normalization", "NORM", "normalization: 'vector' is not one of"),
    ("no_direction", "DIR", "indicator 'vacancy_rate_pct': direction is missing"),
    (
        "goalpost_missing",
        "GOAL",
        "indicator 'vacancy_rate_pct': goalpost normalization needs goalposts",
    ),
]


def _bad_payload(kind: str) -> str:
    p = synthetic_input("minmax")
    if kind == "TEXT":
        p["matrix"][1][1] = "many"
    elif kind == "REF":
        p["reference"] = "Zagreb"
    elif kind == "LOG":
        p["indicators"][1]["log"] = True
        p["matrix"][1][1] = -800
    elif kind == "SHORT":
        p["matrix"][1] = p["matrix"][1][:2]
    elif kind == "NORM":
        p["normalization"] = "vector"
    elif kind == "DIR":
        del p["indicators"][0]["direction"]
    elif kind == "GOAL":
        p["normalization"] = "goalpost"
    else:
        return kind
    return json.dumps(p)


@pytest.mark.parametrize(("name", "kind", "message"), BAD)
def test_bad_files_exit_2_with_one_line_naming_the_place(
    tmp_path: Path, name: str, kind: str, message: str
) -> None:
    f = tmp_path / f"{name}.json"
    f.write_text(_bad_payload(kind), encoding="utf-8")
    proc = run_cli("composite", str(f), "--json")
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"innocite: {f}: ")
    assert message in lines[0]


def test_missing_file_exit_2(tmp_path: Path) -> None:
    proc = run_cli("composite", str(tmp_path / "nope.json"))
    assert proc.returncode == 2
    assert "file not found" in proc.stderr


def test_long_csv_file(tmp_path: Path) -> None:
    f = tmp_path / "towns.csv"
    f.write_text(
        "unit,indicator,value,direction\nKoper,vac,9,cost\nIzola,vac,12,\nPiran,vac,,\n",
        encoding="utf-8",
    )
    proc = run_cli("composite", str(f), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["ranking"][0] == {"unit": "Koper", "score": 1.0, "rank": 1}
    assert out["dropped"] == ["Piran"]


def test_report_option_writes_the_report(tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "bench.docx"
    proc = run_cli(
        "composite", str(DEMO), "--report", str(out), "--town", "Izola", "--peers", "Koper,Piran"
    )
    assert proc.returncode == 0, proc.stderr
    assert f"Report written to {out}" in proc.stdout
    doc = Document(str(out))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Izola against its peers" in body
    assert "Izola is compared with the mean of Koper, Piran, indicator by indicator." in body
    assert "The composite was recomputed 1,000 times (Monte Carlo, seed 2022)" in body
    # with --json the contract is unchanged, plus where the report went
    html = tmp_path / "bench.html"
    plain = run_json(tmp_path, json.loads(DEMO.read_text(encoding="utf-8")))
    proc = run_cli("composite", str(DEMO), "--json", "--report", str(html))
    assert proc.returncode == 0, proc.stderr
    with_report = json.loads(proc.stdout)
    assert with_report.pop("report") == str(html)
    assert with_report == plain
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_option_errors_are_one_line(tmp_path: Path) -> None:
    for extra, message in (
        (["--report", str(tmp_path / "r.txt")], "a report is written as .pdf, .docx or .html"),
        (["--report", str(tmp_path / "r.pdf"), "--town", "Nowhere"], "town 'Nowhere'"),
        (["--town", "Koper"], "--town and --peers are options of --report"),
    ):
        proc = run_cli("composite", str(DEMO), *extra)
        assert proc.returncode == 2, proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], lines
    assert not list(tmp_path.iterdir())


def test_report_lang_writes_the_report_in_that_language(tmp_path: Path) -> None:
    out = tmp_path / "bericht.html"
    proc = run_cli("composite", str(DEMO), "--report", str(out), "--lang", "de", "--json")
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "Rangfolge nach Composite-Indikator" in html and "Reproduzierbarkeit" in html
    assert "Composite ranking" not in html
    assert json.loads(proc.stdout)["ranking"][0]["unit"]  # --json stays the machine contract


def test_report_lang_errors_are_one_line(tmp_path: Path) -> None:
    for extra, message in (
        (["--report", str(tmp_path / "r.html"), "--lang", "xx"], "unknown language 'xx'"),
        (["--lang", "de"], "--lang is an option of --report"),
    ):
        proc = run_cli("composite", str(DEMO), *extra)
        assert proc.returncode == 2, proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], lines
    assert not list(tmp_path.iterdir())
