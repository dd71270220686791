"""Backups (VACUUM INTO, checked, rotated), restore, and the `innocite db` command functions."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.cli_db import db_backup, db_check, db_restore, render_db
from app.storage.backup import backup, check_file, list_backups, restore, rotate
from app.storage.database import Database, open_database
from app.storage.errors import DatabaseCorrupt, DatabaseLocked, StorageError

ROOT = Path(__file__).resolve().parents[2]
NAME = r"projects-\d{8}-\d{6}-%s(-\d+)?\.sqlite3"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def labels(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT label FROM item ORDER BY id")]
    finally:
        conn.close()


def add(db: Database, *names: str) -> None:
    with db.begin() as session:
        session.execute(
            text("CREATE TABLE IF NOT EXISTS item (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")
        )
        for name in names:
            session.execute(text("INSERT INTO item (label) VALUES (:n)"), {"n": name})


@pytest.fixture
def db_path(sqlite_url: str) -> Path:
    return Path(sqlite_url.removeprefix("sqlite:///"))


def test_backup_is_a_checked_copy_with_the_same_content(db_path: Path) -> None:
    with open_database(str(db_path)) as db:
        add(db, "Koper", "Salzburg", "Besançon")
        # The rows are still in the WAL: a plain file copy would miss them.
        assert Path(f"{db_path}-wal").stat().st_size > 0
        target = backup(db)
    assert target.parent == db_path.parent / "backups"
    assert target.name.startswith("projects-") and target.name.endswith("-manual.sqlite3")
    assert check_file(target) == "ok"
    assert labels(target) == ["Koper", "Salzburg", "Besançon"]
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]  # no partials


def test_backup_to_a_chosen_folder_with_a_reason(db_path: Path, tmp_path: Path) -> None:
    with open_database(str(db_path)) as db:
        add(db, "Lyon")
        target = backup(db, dest_dir=tmp_path / "elsewhere", reason="Before Import!")
    assert target.parent == tmp_path / "elsewhere"
    assert target.name.endswith("-before-import.sqlite3")
    assert [b.reason for b in list_backups(db_path, tmp_path / "elsewhere")] == ["before-import"]


def test_rotation_keeps_the_newest_n(db_path: Path) -> None:
    made = []
    with open_database(str(db_path)) as db:
        for i in range(7):
            add(db, f"state {i}")
            made.append(backup(db, keep=3))
    kept = list_backups(db_path)
    assert [b.path for b in kept] == made[::-1][:3]  # newest first
    assert labels(kept[0].path)[-1] == "state 6"
    assert sorted(p.name for p in (db_path.parent / "backups").iterdir()) == sorted(
        p.name for p in made[-3:]
    )


def test_rotation_leaves_other_databases_and_foreign_files_alone(db_path: Path) -> None:
    folder = db_path.parent / "backups"
    with open_database(str(db_path)) as db:
        add(db, "x")
        backup(db)
    other = db_path.with_name("projects-old.sqlite3")
    with open_database(str(other)) as db:
        add(db, "y")
        other_backup = backup(db)
    note = folder / "notes.txt"
    note.write_text("mine", encoding="utf-8")
    with open_database(str(db_path)) as db:
        backup(db)
    assert rotate(db_path, keep=1) != []
    assert other_backup.exists() and note.exists()
    assert len(list_backups(db_path)) == 1
    with pytest.raises(StorageError, match="at least 1"):
        rotate(db_path, keep=0)


def test_postgresql_backup_points_to_pg_dump() -> None:
    url = make_url("postgresql+psycopg://officer:pw-not-shown@db.example.org/innocite")
    db = Database(url, create_engine(url))
    try:
        with pytest.raises(StorageError, match="pg_dump") as info:
            backup(db)
        assert "pw-not-shown" not in str(info.value)
    finally:
        db.close()


def test_restore_replaces_content_and_keeps_a_before_restore_backup(db_path: Path) -> None:
    with open_database(str(db_path)) as db:
        add(db, "original")
        saved_state = backup(db)
        add(db, "later edit")
    saved = restore(db_path, saved_state)
    assert saved is not None
    assert "-before-restore" in saved.name
    assert labels(saved) == ["original", "later edit"]  # what was replaced is kept
    with open_database(str(db_path)) as db:
        assert db.quick_check() == "ok"
        with db.session() as session:
            rows = session.execute(text("SELECT label FROM item")).scalars().all()
    assert rows == ["original"]
    assert not [p for p in db_path.parent.iterdir() if ".restoring" in p.name]


def test_restore_of_a_corrupt_backup_changes_nothing(db_path: Path, tmp_path: Path) -> None:
    with open_database(str(db_path)) as db:
        add(db, "keep me")
        good = backup(db)
    bad = tmp_path / "bad.sqlite3"
    data = bytearray(good.read_bytes())
    data[100:] = os.urandom(len(data) - 100)
    bad.write_bytes(bytes(data))
    before = sha256(db_path)
    folder_before = sorted(p.name for p in good.parent.iterdir())
    for broken in (bad, tmp_path / "missing.sqlite3"):
        with pytest.raises(StorageError) as info:
            restore(db_path, broken)
        assert str(broken) in str(info.value)
    with pytest.raises(DatabaseCorrupt, match="nothing was changed"):
        restore(db_path, bad)
    assert sha256(db_path) == before
    assert sorted(p.name for p in good.parent.iterdir()) == folder_before


def test_restore_is_refused_while_the_database_is_open(db_path: Path) -> None:
    with open_database(str(db_path)) as db:
        add(db, "open")
        good = backup(db)
        add(db, "more")
        before = sha256(db_path)
        with pytest.raises(DatabaseLocked, match="open in another InnoCite window"):
            restore(db_path, good)
        assert sha256(db_path) == before
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM item")).scalar_one() == 2


def test_restore_over_a_crashed_writer_ignores_its_stale_wal(db_path: Path) -> None:
    with open_database(str(db_path)) as db:
        add(db, "in backup")
        good = backup(db)
    # A process that commits and dies without closing leaves its commits in the WAL.
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('PRAGMA journal_mode=WAL'); "
            "c.executemany('INSERT INTO item (label) VALUES (?)', [(f'w{i}',) for i in range(50)]); "
            "c.commit(); os._exit(0)",
            str(db_path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert Path(f"{db_path}-wal").stat().st_size > 0
    saved = restore(db_path, good)
    assert saved is not None
    assert len(labels(saved)) == 51  # the crashed writer's commits are in the kept copy
    assert labels(db_path) == ["in backup"]
    with open_database(str(db_path)) as db:
        assert db.integrity_check() == "ok"


def test_restore_over_a_damaged_file_keeps_the_damaged_file(db_path: Path) -> None:
    with open_database(str(db_path)) as db:
        add(db, "good")
        good = backup(db)
    db_path.write_bytes(b"not a database at all" * 100)
    damaged_bytes = db_path.read_bytes()
    saved = restore(db_path, good)
    assert saved is not None and "before-restore-damaged" in saved.name
    assert saved.read_bytes() == damaged_bytes
    assert labels(db_path) == ["good"]


def test_restore_into_a_new_file(tmp_path: Path, db_path: Path) -> None:
    with open_database(str(db_path)) as db:
        add(db, "copy me")
        good = backup(db)
    fresh = tmp_path / "fresh" / "new.sqlite3"
    fresh.parent.mkdir()
    assert restore(fresh, good) is None  # nothing was there to keep
    assert labels(fresh) == ["copy me"]
    with pytest.raises(StorageError, match="from itself"):
        restore(fresh, fresh)


# --- `innocite db ...` ---------------------------------------------------------------------


def test_db_commands_check_backup_restore(db_path: Path) -> None:
    url = f"sqlite:///{db_path}"
    with open_database(url) as db:
        add(db, "first")
    checked = db_check(url)
    assert checked["status"] == "ok" and checked["integrity_check"] == "ok"
    assert checked["journal_mode"] == "wal" and checked["backups"] == 0
    assert render_db("check", checked).startswith(f"{db_path}: ok (")

    made = db_backup(str(db_path))
    assert Path(made["backup"]).is_file() and made["backups_kept"] == 1
    assert render_db("backup", made) == (
        f"backed up {db_path} to {made['backup']} ({made['size_bytes']:,} bytes; 1 backups kept)\n"
    )
    with open_database(url) as db:
        add(db, "second")

    restored = db_restore(made["backup"], url)
    assert restored["database"] == str(db_path)
    assert labels(Path(restored["previous_saved_as"])) == ["first", "second"]
    assert labels(db_path) == ["first"]
    assert "the previous file is saved as" in render_db("restore", restored)
    assert db_check(url)["backups"] == 2


def test_db_commands_fail_with_storage_errors(db_path: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\0garbage" * 1000)
    with pytest.raises(DatabaseCorrupt, match=str(garbage)):
        db_check(str(garbage))
    for command in (db_check, db_backup):
        with pytest.raises(StorageError, match="no such database file"):
            command(str(tmp_path / "typo.sqlite3"))
    assert not (tmp_path / "typo.sqlite3").exists()
    with pytest.raises(StorageError, match="no such backup file"):
        db_restore(str(tmp_path / "none.sqlite3"), str(db_path))
    with pytest.raises(StorageError, match="pg_restore"):
        db_restore(str(garbage), "postgresql://u:pw@db.example.org/x")
    with open_database(str(db_path)), pytest.raises(DatabaseLocked):
        db_backup(str(db_path))


def test_db_check_on_every_backend(db_url: str) -> None:
    open_database(db_url).close()
    checked = db_check(db_url)
    assert checked["status"] == "ok"
    line = render_db("check", checked)
    assert line.endswith("\n") and line.count("\n") == 1
    if checked["backend"] == "postgresql":
        assert checked["server_version"][:1].isdigit()
    else:
        assert checked["integrity_check"] == "ok"


def test_rotation_removes_partial_backups_left_by_a_crash(sqlite_db: Database) -> None:
    """A backup killed during VACUUM INTO leaves a hidden .partial file; rotation clears old ones."""
    import os
    import time

    from app.storage.backup import backup, backup_dir

    assert sqlite_db.path is not None
    folder = backup_dir(sqlite_db.path)
    folder.mkdir(parents=True, exist_ok=True)
    stem = sqlite_db.path.stem
    old = folder / f".{stem}-20260101-000000-auto.sqlite3.partial"
    old_journal = folder / f".{stem}-20260101-000000-auto.sqlite3.partial-journal"
    fresh = folder / f".{stem}-20260101-000001-auto.sqlite3.partial"
    for leftover in (old, old_journal, fresh):
        leftover.write_bytes(b"half a backup")
    hour_ago = time.time() - 3600
    for leftover in (old, old_journal):
        os.utime(leftover, (hour_ago, hour_ago))
    backup(sqlite_db, reason="manual")
    assert not old.exists() and not old_journal.exists()
    assert fresh.exists()  # could still be in progress
