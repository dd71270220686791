"""The `innocite` commands on good files: JSON contracts, readable tables, lazy imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.cli.helpers import ROOT, run_cli

EXAMPLES = ROOT / "resources" / "examples"
SITE = EXAMPLES / "incubator_site.json"


def cli_json(*args: str) -> dict:  # type: ignore[type-arg]
    proc = run_cli(*args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("method", ["topsis", "vikor", "promethee2", "wsm", "wpm", "ahp", "aras"])
def test_rank_json_contract(method: str) -> None:
    out = cli_json("rank", str(SITE), "--method", method)
    assert set(out) >= {"method", "conventions", "weights", "ranking", "details"}
    assert out["method"] == method
    ranking = out["ranking"]
    assert [r["rank"] for r in ranking] == sorted(r["rank"] for r in ranking)
    assert ranking[0]["rank"] == 1
    assert {r["id"] for r in ranking} == {"warehouse", "station", "mill", "square", "newbuild"}
    assert sum(out["weights"].values()) == pytest.approx(1.0)
    assert out["conventions"]["tie_rule"].startswith("standard competition ranking")


def test_vikor_and_promethee_details() -> None:
    vikor = cli_json("rank", str(SITE), "--method", "vikor", "--param", "v=0.7")
    assert set(vikor["details"]) >= {"S", "R", "Q", "compromise"}
    assert vikor["conventions"]["parameters"]["v"] == 0.7
    best = vikor["ranking"][0]
    assert best["score"] == pytest.approx(min(vikor["details"]["Q"].values()))
    prom = cli_json("rank", str(SITE), "--method", "promethee2")
    flows = prom["details"]
    assert sum(flows["phi_net"].values()) == pytest.approx(0.0, abs=1e-12)
    for alt, net in flows["phi_net"].items():
        assert net == pytest.approx(flows["phi_plus"][alt] - flows["phi_minus"][alt])


def test_command_line_overrides_file_defaults() -> None:
    out = cli_json("rank", str(SITE), "--normalization", "minmax")
    assert out["method"] == "topsis"
    assert out["conventions"]["parameters"]["normalization"] == "minmax"


def test_objective_weights_in_rank_and_weights() -> None:
    w = cli_json("weights", str(SITE), "--method", "critic")
    assert w["method"] == "critic"
    assert sum(w["weights"].values()) == pytest.approx(1.0)
    ranked = cli_json("rank", str(SITE), "--weights-method", "critic")
    assert ranked["weights"] == pytest.approx(w["weights"])
    assert "critic" in ranked["conventions"]["weights_source"].lower()


def test_ahp_file_json_contract() -> None:
    out = cli_json("ahp", str(EXAMPLES / "criteria_ahp.json"))
    assert set(out) >= {
        "weights",
        "lambda_max",
        "ci",
        "cr",
        "random_index",
        "prioritization",
        "completed",
        "suggestions",
    }
    assert out["prioritization"] == "eigenvector"
    assert out["completed"] is False
    assert sum(out["weights"].values()) == pytest.approx(1.0)
    assert max(out["weights"], key=out["weights"].get) == "Investment cost"
    assert 0 <= out["cr"] < 0.1


def test_readable_tables() -> None:
    proc = run_cli("rank", str(SITE))
    assert proc.returncode == 0, proc.stderr
    assert "Rank" in proc.stdout and "Station quarter offices" in proc.stdout
    assert "Conventions" in proc.stdout
    proc = run_cli("methods")
    assert proc.returncode == 0
    for key in ("topsis", "vikor", "promethee2", "ahp", "wsm", "wpm", "entropy"):
        assert key in proc.stdout
    proc = run_cli("ahp", str(EXAMPLES / "criteria_ahp.json"))
    assert proc.returncode == 0 and "CR" in proc.stdout


def test_methods_json_lists_parameters_and_defaults() -> None:
    out = cli_json("methods")
    by_key = {m["key"]: m for m in out["methods"]}
    topsis_params = {p["name"]: p for p in by_key["topsis"]["parameters"]}
    assert topsis_params["normalization"]["default"] == "vector"
    assert "minmax" in topsis_params["normalization"]["choices"]
    assert {p["name"]: p["default"] for p in by_key["vikor"]["parameters"]}["v"] == 0.5
    assert set(out["weighting_methods"]) >= {"entropy", "critic", "std", "merec", "equal"}


def test_rank_loads_no_gui_and_no_pymcdm_for_numpy_methods() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['rank', {str(SITE)!r}, '--json']) == 0\n"
        "heavy = [m for m in ('PySide6', 'pyqtgraph', 'pymcdm', 'pandas', 'matplotlib', "
        "'sqlalchemy', 'scipy') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_ahp_hierarchy_with_groups_and_alternative_judgments() -> None:
    # Consistent judgments, worked by hand: economy = cost = 2 x access -> 0.4, 0.2, 0.4;
    # jobs:footfall 3:1 inside economy, transit:parking 2:1 inside access.
    out = cli_json("rank", str(EXAMPLES / "town_centre_ahp.json"))
    assert out["method"] == "ahp"
    expected = {"jobs": 0.3, "footfall": 0.1, "transit": 0.4 / 3, "parking": 0.2 / 3, "cost": 0.4}
    assert out["weights"] == pytest.approx(expected)
    details = out["details"]
    assert details["cr"] == pytest.approx(
        {"criteria": 0.0, "group economy": 0.0, "group access": 0.0, "transit": 0.0}, abs=1e-12
    )
    # transit compared pairwise: coworking 2x market, coworking = street, street 2x market
    assert details["local_priorities"]["transit"] == pytest.approx(
        {"coworking": 0.4, "street": 0.4, "market": 0.2}
    )
    assert details["local_source"]["cost"] == "performance"
    assert sum(r["score"] for r in out["ranking"]) == pytest.approx(1.0)
