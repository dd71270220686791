"""`innocite dematel FILE` and `innocite awot FILE`: contracts, published cases, bad files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import ROOT, run_cli

SHARED = ROOT / "tests" / "decision" / "reference"  # copies of ../shared/reference


def run(tmp_path: Path, command: str, payload: Any, *extra: str) -> Any:
    f = tmp_path / "in.json"
    f.write_text(json.dumps(payload), encoding="utf-8")
    return run_cli(command, str(f), *extra)


def run_json(tmp_path: Path, command: str, payload: Any) -> dict[str, Any]:
    proc = run(tmp_path, command, payload, "--json")
    assert proc.returncode == 0, proc.stderr
    out: dict[str, Any] = json.loads(proc.stdout)
    return out


def test_dematel_onlineoutput_5x5_through_the_cli(tmp_path: Path) -> None:
    """soft.onlineoutput.com DEMATEL report 8733_394698 (../shared/reference): k = 12,
    D, R and D - R to 4 decimals, through the `innocite dematel --json` contract."""
    c = json.loads((SHARED / "dematel_onlineoutput_5x5.json").read_text())
    f, e = c["inputs"]["factors"], c["expected_outputs"]
    out = run_json(
        tmp_path, "dematel", {"factors": f, "matrix": c["inputs"]["direct_relation_matrix"]}
    )
    assert out["normaliser"] == e["k"]
    for k, x in enumerate(f):
        assert out["D"][x] == pytest.approx(e["D"][k], abs=1e-4)
        assert out["R"][x] == pytest.approx(e["R"][k], abs=1e-4)
        assert out["prominence"][x] == pytest.approx(e["D_plus_R"][k], abs=1e-4)
        assert out["relation"][x] == pytest.approx(e["D_minus_R"][k], abs=1e-4)
    for i, row in enumerate(e["total_relation_T"]):
        assert out["total_relation"][i] == pytest.approx(row, abs=1e-4)
    assert out["causes"] == ["LDRS", "STFLX", "ABSCAP"]
    assert out["effects"] == ["COLLB", "TECHL"]
    assert sum(out["weights"].values()) == pytest.approx(1.0)
    assert out["threshold"] == pytest.approx(sum(map(sum, out["total_relation"])) / 25)
    assert all(a["value"] > out["threshold"] for a in out["arcs"])


def test_dematel_options_and_experts(tmp_path: Path) -> None:
    a = [[0, 4, 2], [1, 0, 3], [0, 2, 0]]
    b = [[0, 2, 2], [3, 0, 1], [2, 0, 0]]
    out = run_json(
        tmp_path,
        "dematel",
        {
            "factors": ["p", "q", "r"],
            "matrices": [a, b],
            "normalization": "max_row",
            "weighting": "prominence",
            "threshold": 0.5,
        },
    )
    assert out["experts"] == 2
    assert out["normaliser"] == 5.0  # averaged rows: 5, 4, 2
    assert out["threshold"] == 0.5
    total = sum(out["prominence"].values())
    for k, v in out["prominence"].items():
        assert out["weights"][k] == pytest.approx(v / total)


def test_dematel_text_table(tmp_path: Path) -> None:
    c = json.loads((SHARED / "dematel_onlineoutput_5x5.json").read_text())
    proc = run(
        tmp_path,
        "dematel",
        {"factors": c["inputs"]["factors"], "matrix": c["inputs"]["direct_relation_matrix"]},
    )
    assert proc.returncode == 0, proc.stderr
    assert "normaliser k = 12" in proc.stdout
    assert "LDRS    1.3882  0.1711  1.5593   1.2172" in proc.stdout
    assert "ABSCAP  TECHL   0.5651" in proc.stdout


AWOT = {
    "groups": {
        "S": {"factors": ["harbour", "old town"], "matrix": [[1, 3], [1 / 3, 1]]},
        "W": {"factors": ["parking", "vacancies"], "weights": {"parking": 1, "vacancies": 3}},
        "O": {"factors": ["cruise visitors"]},
        "T": {
            "factors": ["edge-of-town mall", "online shopping"],
            "matrices": [[[1, 2], [0.5, 1]], [[1, 8], [0.125, 1]]],
        },
    },
    "group_matrix": [[1, 2, 1, 4], [0.5, 1, 0.5, 2], [1, 2, 1, 4], [0.25, 0.5, 0.25, 1]],
    "strategies": {
        "names": ["centre first", "mall"],
        "scores": [[3, 3, 2, 2, 3, 3, 1], [1, 1, 1, 1, 1, 1, 3]],
    },
}


def test_awot_contract(tmp_path: Path) -> None:
    out = run_json(tmp_path, "awot", AWOT)
    assert out["group_weights"] == pytest.approx(
        {"S": 4 / 11, "W": 2 / 11, "O": 4 / 11, "T": 1 / 11}
    )
    assert out["local"]["S"] == pytest.approx({"harbour": 0.75, "old town": 0.25})
    assert out["local"]["W"] == pytest.approx({"parking": 0.25, "vacancies": 0.75})
    # two participants, 2 and 8: geometric mean 4
    assert out["local"]["T"] == pytest.approx({"edge-of-town mall": 0.8, "online shopping": 0.2})
    assert out["global"]["S"]["harbour"] == pytest.approx(4 / 11 * 0.75)
    total = sum(v for g in "SWOT" for v in out["global"][g].values())
    assert total == pytest.approx(1.0)
    assert set(out["cr"]) == {"groups", "S", "W", "O", "T"}
    assert out["cr"]["W"] is None and out["cr"]["groups"] == pytest.approx(0.0, abs=1e-9)
    assert set(out["strategies"]) == {"centre first", "mall"}
    assert out["strategies"]["centre first"] > out["strategies"]["mall"]


def test_awot_senko_2018_group_weights_through_the_cli(tmp_path: Path) -> None:
    """Senko, Kurttila & Karjalainen (2018) Silva Fennica 52(4) 7763, Table 1 (Strengths):
    group priority 0.398 x local 0.292 -> global 0.116 (timber productivity), 0.262 -> 0.104."""
    payload = {
        "groups": {
            "S": {"factors": ["timber", "yield"], "weights": {"timber": 0.292, "yield": 0.262}},
            "W": {"factors": ["w"]},
            "O": {"factors": ["o"]},
            "T": {"factors": ["t"]},
        },
        "group_weights": {"S": 0.398, "W": 0.174, "O": 0.180, "T": 0.249},
    }
    # two of the six strengths only; weights given directly are normalised to sum 1
    out = run_json(tmp_path, "awot", payload)
    s = 0.398 / 1.001  # the printed group priorities sum to 1.001
    assert out["group_weights"]["S"] == pytest.approx(s)
    assert out["local"]["S"]["timber"] == pytest.approx(0.292 / 0.554)
    assert out["global"]["S"]["timber"] == pytest.approx(s * 0.292 / 0.554)


def test_awot_text_table(tmp_path: Path) -> None:
    proc = run(tmp_path, "awot", AWOT)
    assert proc.returncode == 0, proc.stderr
    assert "S      0.3636  0.000" in proc.stdout
    assert "W      0.1818  -" in proc.stdout
    assert "Strategies" in proc.stdout and "centre first" in proc.stdout


@pytest.mark.parametrize(
    ("command", "payload", "message"),
    [
        (
            "dematel",
            {"factors": ["a", "b", "c"], "matrix": [[0, 1, 2], [3, 0, 1]]},
            "not square (2 rows x 3 columns)",
        ),
        (
            "dematel",
            {"factors": ["a", "b", "c"], "matrix": [[0, 1], [1, 0]]},
            "matrix is 2 x 2 but there are 3 factors",
        ),
        (
            "dematel",
            {"factors": ["a", "b"], "matrices": [[[0, 1], [1, 0]], [[0, 1], [2, 1]]]},
            "expert 2: an influence matrix with a non-zero diagonal: factor 'b' influences itself with 1",
        ),
        (
            "dematel",
            {"factors": ["a", "b"], "matrix": [[0, 7], [1, 0]]},
            "value 7 is outside the scale 0..4",
        ),
        (
            "dematel",
            {"factors": ["a", "b"], "matrix": [[0, "lots"], [1, 0]]},
            "value 'lots' is not a number",
        ),
        (
            "dematel",
            {"factors": ["a", "b"], "matrix": [[0, None], [1, 0]]},
            "value is missing (null)",
        ),
        (
            "dematel",
            {"factors": ["a", "b"], "matrix": [[0, 4], [4, 0]]},
            "spectral radius 1 (must be below 1)",
        ),
        (
            "awot",
            {"groups": {"S": {"factors": ["a"]}}, "group_weights": {"S": 1}},
            "groups: 'W' (Weaknesses) is missing",
        ),
        (
            "awot",
            {
                "groups": {
                    "S": {"factors": ["a", "b"], "weights": {"a": 1, "c": 1}},
                    "W": {"factors": ["w"]},
                    "O": {"factors": ["o"]},
                    "T": {"factors": ["t"]},
                },
                "group_weights": {"S": 1, "W": 1, "O": 1, "T": 1},
            },
            "groups.S.weights: names differ from the factors ('c' is not one of the factors)",
        ),
        (
            "awot",
            {
                "groups": {g: {"factors": [g.lower()]} for g in "SWOT"},
                "group_matrix": [[1, 2], [0.5, 1]],
            },
            "group comparison: matrix is 2 x 2, expected 4 x 4",
        ),
    ],
)
def test_bad_files_exit_2_with_one_line(
    tmp_path: Path, command: str, payload: Any, message: str
) -> None:
    proc = run(tmp_path, command, payload, "--json")
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1
    assert message in lines[0]
    assert lines[0].startswith("innocite: ")


def test_bad_json_and_missing_file(tmp_path: Path) -> None:
    f = tmp_path / "broken.json"
    f.write_text('{"factors": ["a", "b"], "matrix": [[0, NaN], [1, 0]]}', encoding="utf-8")
    proc = run_cli("dematel", str(f), "--json")
    assert proc.returncode == 2 and "NaN is not allowed in JSON" in proc.stderr
    proc = run_cli("awot", str(tmp_path / "nope.json"))
    assert proc.returncode == 2 and "file not found" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_awot_strategies_compared_pairwise(tmp_path: Path) -> None:
    """Kangas et al. (2001) A'WOT: strategy priority = sum of global factor priority x local
    strategy priority. Hand-computed: global 0.4, 0.3, 0.2, 0.1; A over B 3, 1, 1/3, 1 gives
    A = 0.4*0.75 + 0.3*0.5 + 0.2*0.25 + 0.1*0.5 = 0.55."""
    payload = {
        "groups": {
            "S": {"factors": ["harbour"]},
            "W": {"factors": ["parking"]},
            "O": {"factors": ["cruise visitors"]},
            "T": {"factors": ["mall"]},
        },
        "group_weights": {"S": 0.4, "W": 0.3, "O": 0.2, "T": 0.1},
        "strategies": {
            "names": ["A", "B"],
            "comparisons": {
                "harbour": {"matrix": [[1, 3], [0.3333333333333333, 1]]},
                "parking": {"matrix": [[1, 1], [1, 1]]},
                "cruise visitors": {"matrix": [[1, 0.3333333333333333], [3, 1]]},
                "mall": {"matrices": [[[1, 2], [0.5, 1]], [[1, 0.5], [2, 1]]]},
            },
        },
    }
    out = run_json(tmp_path, "awot", payload)
    assert out["strategy_priorities"]["priorities"] == pytest.approx({"A": 0.55, "B": 0.45})
    assert out["strategy_priorities"]["participants"]["mall"] == 2
    text = run(tmp_path, "awot", payload).stdout
    assert "Strategies compared pairwise per factor" in text and "0.55" in text
