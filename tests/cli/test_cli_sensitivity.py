"""`innocite sensitivity`: the JSON contract, checked against re-ranking with changed weights."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.cli import main
from app.resources import resource_path
from decision.evaluate import rank
from decision.files import load_json, parse_problem
from decision.sensitivity.weights import leaf_weights, perturb

EXAMPLE = resource_path("examples", "incubator_site.json")


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(["sensitivity", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def winner_with(problem, method: str, j: int, weight: float) -> str:  # type: ignore[no-untyped-def]
    """The winner with criterion j's weight set to ``weight`` (the file's parameters apply)."""
    w = perturb(leaf_weights(problem), j, np.array([weight]))[0]
    params = parse_problem(load_json(EXAMPLE)).parameters
    result = rank(problem, method, params, weights=w)
    return result.alternative_ids[int(np.argmin(result.ranks))]


@pytest.mark.parametrize("method", ["topsis", "wsm", "vikor", "promethee2"])
def test_contract_and_winner_changes_hold_when_re_ranked(
    capsys: pytest.CaptureFixture[str], method: str
) -> None:
    out = run_json(capsys, str(EXAMPLE), "--method", method, "--samples", "400", "--seed", "7")
    assert {
        "method",
        "winner",
        "winner_change",
        "tipping_points",
        "stability",
        "acceptability",
        "samples",
        "seed",
    } <= set(out)
    assert (out["samples"], out["seed"]) == (400, 7)
    problem = parse_problem(load_json(EXAMPLE)).problem
    leaves = list(problem.leaf_ids)
    current = leaf_weights(problem)
    winner = out["winner"]
    for cid, change in out["winner_change"].items():  # type: ignore[union-attr]
        j = leaves.index(cid)
        lo, hi = out["stability"][cid]  # type: ignore[index]
        assert lo - 1e-9 <= current[j] <= hi + 1e-9
        if change is None:
            continue
        # just past the tipping weight another alternative wins; just before, the winner stays
        new = current[j] + change["delta"]
        step = 1e-4 if change["delta"] > 0 else -1e-4
        assert (
            winner_with(problem, method, j, float(np.clip(new + step, 0, 1)))
            == change["new_winner"]
        )
        assert winner_with(problem, method, j, float(np.clip(new - step, 0, 1))) == winner
    shares = np.array(list(out["acceptability"].values()))  # type: ignore[union-attr]
    assert np.allclose(shares.sum(axis=0), 1) and np.allclose(shares.sum(axis=1), 1)


def test_same_seed_same_acceptability(capsys: pytest.CaptureFixture[str]) -> None:
    a = run_json(capsys, str(EXAMPLE), "--samples", "300", "--seed", "3")
    b = run_json(capsys, str(EXAMPLE), "--samples", "300", "--seed", "3")
    assert a["acceptability"] == b["acceptability"]


def test_bad_input_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["sensitivity", str(EXAMPLE), "--samples", "0"]) == 2
    assert main(["sensitivity", str(tmp_path / "missing.json")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("innocite: ") for line in err)
    assert "Traceback" not in "".join(err)


def test_stored_project_by_name(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "p.sqlite3")
    assert main(["import", str(EXAMPLE), "--db", db]) == 0
    capsys.readouterr()
    name = load_json(EXAMPLE)["name"]
    out = run_json(capsys, name, "--db", db, "--samples", "200")
    assert out["winner"] == run_json(capsys, str(EXAMPLE), "--samples", "200")["winner"]
