"""`innocite projects|import|export|rank PROJECT` on real databases, as a user runs them."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from decision.files import parse_problem
from tests.cli.helpers import ROOT, run_cli

EXAMPLE = ROOT / "resources" / "examples" / "incubator_site.json"
BROKEN = ROOT / "tests" / "cli" / "broken"


def _json(*args: str) -> dict:  # type: ignore[type-arg]
    proc = run_cli(*args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_default_database_starts_with_the_koper_demo(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "INNOCITE_DB_URL"}
    env.update(XDG_DATA_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", "projects", "--json"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    projects = json.loads(proc.stdout)["projects"]
    assert [p["name"] for p in projects] == ["Koper: SME support measures for the old town"]
    assert projects[0]["alternatives"] == 7 and projects[0]["criteria"] == 7
    assert list(tmp_path.rglob("projects.sqlite3"))


def test_import_export_round_trip_and_rank_by_name(tmp_path: Path) -> None:
    db = str(tmp_path / "team.sqlite3")
    assert _json("projects", "--db", db)["projects"] == []
    imported = _json("import", str(EXAMPLE), "--db", db)["imported"]
    assert imported["alternatives"] == 5
    out = tmp_path / "back.json"
    _json("export", "Incubator site for the town centre", str(out), "--db", db)
    original, again = json.loads(EXAMPLE.read_text()), json.loads(out.read_text())
    assert again["matrix"] == original["matrix"]
    assert [c["id"] for c in again["criteria"]] == [c["id"] for c in original["criteria"]]
    # the engine objects read from both files are equal: ids, names, units, weights, preferences
    first, second = parse_problem(original).problem, parse_problem(again).problem
    assert first.criteria == second.criteria and first.alternatives == second.alternatives
    from_db = _json("rank", "Incubator site for the town centre", "--db", db)
    from_file = _json("rank", str(EXAMPLE))
    assert from_db["ranking"] == from_file["ranking"]


def test_a_bad_import_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "team.sqlite3"
    _json("import", str(EXAMPLE), "--db", str(db))
    before = _digest(db)
    for name in ("nan_cell.json", "duplicate_criterion.json", "not_json.json", "text_cell.json"):
        proc = run_cli("import", str(BROKEN / name), "--db", str(db))
        assert proc.returncode == 2
        assert len(proc.stderr.strip().splitlines()) == 1
    again = run_cli("import", str(EXAMPLE), "--db", str(db))
    assert again.returncode == 2 and "exists already" in again.stderr
    assert _digest(db) == before


def test_unknown_project_is_one_line(tmp_path: Path) -> None:
    proc = run_cli("rank", "No such project", "--db", str(tmp_path / "x.sqlite3"))
    assert proc.returncode == 2
    assert proc.stderr.strip() == "innocite: No such project: there is no project 'No such project'"
