"""`innocite db check|backup|restore` from the command line, on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.helpers import run_cli


def _make_db(path: Path, rows: int) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x INTEGER)")
    con.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(rows)])
    con.commit()
    con.close()


def _count(path: Path) -> int:
    con = sqlite3.connect(path)
    (n,) = con.execute("SELECT count(*) FROM t").fetchone()
    con.close()
    return int(n)


def test_check_backup_and_restore(tmp_path: Path) -> None:
    db = tmp_path / "projects.sqlite3"
    _make_db(db, 3)
    check = run_cli("db", "check", "--db", str(db), "--json")
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["status"] == "ok"
    made = run_cli("db", "backup", "--db", str(db), "--json")
    assert made.returncode == 0, made.stderr
    backup = json.loads(made.stdout)["backup"]
    con = sqlite3.connect(db)
    con.execute("DELETE FROM t")
    con.commit()
    con.close()
    restored = run_cli("db", "restore", backup, "--db", str(db))
    assert restored.returncode == 0, restored.stderr
    assert "restored" in restored.stdout
    assert _count(db) == 3


def test_errors_are_one_line_and_hide_passwords(tmp_path: Path) -> None:
    missing = run_cli("db", "check", "--db", str(tmp_path / "nope.sqlite3"))
    assert missing.returncode == 2
    assert missing.stderr.strip().endswith("no such database file")
    pg = run_cli("db", "check", "--db", "postgresql+psycopg://u:s3cret@127.0.0.1:1/x")
    assert pg.returncode == 2
    assert len(pg.stderr.strip().splitlines()) == 1
    assert "s3cret" not in pg.stderr and "***" in pg.stderr
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 100)
    bad = run_cli("db", "restore", str(garbage), "--db", str(tmp_path / "projects.sqlite3"))
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1
