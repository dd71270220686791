"""`innocite huff|retail|network FILE [--json]`: contracts, published cases, demos, bad files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import ROOT, run_cli

SHARED = ROOT / "tests" / "decision" / "reference"  # copies of ../shared/reference
DEMO = ROOT / "resources" / "demo"


def run_json(tmp_path: Path, command: str, payload: Any) -> dict[str, Any]:
    f = tmp_path / "in.json"
    f.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    proc = run_cli(command, str(f), "--json")
    assert proc.returncode == 0, proc.stderr
    out: dict[str, Any] = json.loads(proc.stdout)
    return out


def test_huff_principles_of_retailing_through_the_cli(tmp_path: Path) -> None:
    """Principles of Retailing via idealspot.com: P(A) = 0.47, P(B) = 0.53
    (../shared/reference/huff_two_centres_principles_of_retailing.json)."""
    c = json.loads((SHARED / "huff_two_centres_principles_of_retailing.json").read_text())
    i, e = c["inputs"], c["expected_outputs"]
    out = run_json(
        tmp_path,
        "huff",
        {
            "origins": [{"id": "z", "spending": 100}],
            "destinations": [
                {"id": k, "attractiveness": v} for k, v in i["attraction_sqft"].items()
            ],
            "distance": [[i["distance_miles"]["A"], i["distance_miles"]["B"]]],
            "gamma": i["gamma"],
            "lambda": i["lambda"],
        },
    )
    for k in ("A", "B"):
        assert out["probabilities"]["z"][k] == pytest.approx(e["probability"][k], abs=1e-4)
    assert set(out) >= {"probabilities", "turnover", "market_share", "accessibility"}
    assert sum(out["turnover"].values()) == pytest.approx(100.0)
    assert "impact" not in out


def test_huff_impact_contract(tmp_path: Path) -> None:
    out = run_json(
        tmp_path,
        "huff",
        {
            "origins": [{"id": "z1", "spending": 1000}, {"id": "z2", "spending": 1000}],
            "destinations": [
                {"id": "c1", "attractiveness": 100},
                {"id": "c2", "attractiveness": 100},
            ],
            "distance": [[1, 10], [10, 1]],
            "new_destination": {"id": "n", "attractiveness": 100, "distance": [1, 100]},
        },
    )
    c1 = out["impact"]["c1"]
    assert set(c1) >= {"before", "after", "change_pct", "flagged"}
    assert c1["change_pct"] == pytest.approx((c1["after"] - c1["before"]) / c1["before"] * 100)
    assert c1["flagged"] is True and out["impact"]["c2"]["flagged"] is False
    total = sum(x["after"] for x in out["impact"].values()) + out["new_destination"]["turnover"]
    assert total == pytest.approx(2000.0)


def test_converse_through_the_network_cli(tmp_path: Path) -> None:
    """Huff (1962) via REAT man/converse.Rd: 46.863 miles from A, 33.137 from B."""
    c = json.loads((SHARED / "converse_breaking_point_huff1962.json").read_text())
    i, e = c["inputs"], c["expected_outputs"]
    out = run_json(
        tmp_path,
        "network",
        {
            "towns": [{"id": "A", "population": i["P_a"]}, {"id": "B", "population": i["P_b"]}],
            "distance": [[0, i["D_ab"]], [i["D_ab"], 0]],
        },
    )
    bp = out["breaking_points"][0]
    assert (bp["a"], bp["b"]) == ("A", "B")
    assert bp["from_a"] == pytest.approx(e["breaking_point_from_a"], abs=1e-3)
    assert bp["from_b"] == pytest.approx(e["breaking_point_from_b"], abs=1e-3)
    assert out["gravity"][0][1] == pytest.approx(i["P_a"] * i["P_b"] / i["D_ab"] ** 2)
    assert "functional_index" not in out


def test_retail_contract(tmp_path: Path) -> None:
    out = run_json(
        tmp_path,
        "retail",
        {
            "population": 1000,
            "spending_per_capita": 5000,
            "purchasing_power_index": 100,
            "turnover": 6e6,
            "turnover_per_m2": 4000,
            "national": {"turnover_per_capita": 5000, "spending_per_capita": 5000},
            "region": {"sales": 50e6, "population": 10000},
        },
    )
    assert out["spending_potential"] == pytest.approx(5e6)
    assert out["centrality_simple"] == pytest.approx(120.0)
    assert out["centrality_index"] == pytest.approx(120.0)
    assert out["net_flow"] == pytest.approx(1e6)
    assert out["gap"] == pytest.approx(-1e6)
    assert out["leakage_surplus_factor"] == pytest.approx(-1e6 / 11e6 * 100)
    assert out["pull_factor"] == pytest.approx(6000 / 5000)
    assert out["supportable_floor_space"] == pytest.approx(-250.0)
    only = run_json(tmp_path, "retail", {"spending_potential": 114.8})
    assert set(only) == {"spending_potential", "notes"}


def test_demo_files_run_in_json_and_text(tmp_path: Path) -> None:
    for command, name in (("huff", "retail"), ("retail", "retail"), ("network", "network")):
        path = str(DEMO / f"{name}_koper.json")
        proc = run_cli(command, path, "--json")
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout)
        text = run_cli(command, path)
        assert text.returncode == 0, text.stderr
        if command == "huff":
            assert "Koper centre" in out["impact"] and "LOSS" in text.stdout
        elif command == "retail":
            assert out["centrality_simple"] > 0 and "Centrality (index" in text.stdout
            assert len(out["groups"]) == 4
        else:
            assert sum(out["functional_index"].values()) == pytest.approx(600.0)
            assert "Sežana" in text.stdout and "breaking points" in text.stdout


@pytest.mark.parametrize(
    ("command", "payload", "message"),
    [
        (
            "huff",
            {
                "origins": [{"id": "z1", "spending": 1}],
                "destinations": [{"id": "c1", "attractiveness": 0}],
                "distance": [[1]],
            },
            "centre 'c1', attractiveness: 0 must be > 0",
        ),
        (
            "huff",
            {
                "origins": [{"id": "z1", "spending": 1}],
                "destinations": [{"id": "c1", "attractiveness": 1}],
                "distance": [[-1]],
            },
            "distance from zone 'z1' to centre 'c1': -1 must be > 0",
        ),
        (
            "network",
            {
                "towns": [{"id": "A", "population": 1}, {"id": "B", "population": 2}],
                "distance": [[0, 1, 2], [1, 0, 2]],
            },
            "distance row of town 'A': 3 values for 2 towns",
        ),
        ("retail", {"turnover": "NaN"}, "turnover: text 'NaN', not a number"),
        ("retail", "just text", "file: expected an object"),
    ],
)
def test_bad_files_exit_2_with_one_line(
    tmp_path: Path, command: str, payload: Any, message: str
) -> None:
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(payload), encoding="utf-8")
    proc = run_cli(command, str(f), "--json")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and message in proc.stderr


def test_missing_and_broken_files_exit_2(tmp_path: Path) -> None:
    proc = run_cli("network", str(tmp_path / "nope.json"))
    assert proc.returncode == 2 and "file not found" in proc.stderr
    bad = tmp_path / "broken.json"
    bad.write_text("{", encoding="utf-8")
    proc = run_cli("huff", str(bad))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
