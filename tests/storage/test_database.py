"""Opening databases: URL resolution, SQLite safety settings, instance lock, corruption, secrets."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import event, text

import app.storage.database as database
from app.storage.database import Database, open_database, resolve_url
from app.storage.errors import DatabaseCorrupt, DatabaseLocked, StorageError

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Sup3r-s3cret-pw"


def sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def run_python(script: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.DEVNULL,
    )


def make_filled_file(path: Path, rows: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")
    conn.executemany(
        "INSERT INTO item (label) VALUES (?)", [(f"row {i} " + "x" * 200,) for i in range(rows)]
    )
    conn.commit()
    conn.close()


# --- every backend -------------------------------------------------------------------------


def test_write_and_read_back_in_short_sessions(db: Database) -> None:
    with db.begin() as session:
        session.execute(text("CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT NOT NULL)"))
        session.execute(text("INSERT INTO item (id, label) VALUES (1, 'Koper'), (2, 'Lyon')"))
    with db.session() as session:
        rows = session.execute(text("SELECT id, label FROM item ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [(1, "Koper"), (2, "Lyon")]


def test_failed_unit_of_work_is_rolled_back(db: Database) -> None:
    with db.begin() as session:
        session.execute(text("CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT NOT NULL)"))
    with pytest.raises(RuntimeError), db.begin() as session:
        session.execute(text("INSERT INTO item (id, label) VALUES (1, 'lost')"))
        raise RuntimeError("crash in the middle of a save")
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM item")).scalar_one() == 0


def test_closed_database_refuses_new_sessions(db: Database) -> None:
    db.close()
    with pytest.raises(StorageError, match="closed"):
        db.session()
    db.close()  # idempotent


# --- URL resolution ------------------------------------------------------------------------


def test_explicit_url_beats_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("INNOCITE_DB_URL", str(tmp_path / "from-env.sqlite3"))
    assert resolve_url(str(tmp_path / "given.sqlite3")).database == str(tmp_path / "given.sqlite3")
    assert resolve_url().database == str(tmp_path / "from-env.sqlite3")


def test_default_file_is_in_the_user_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "user-data"  # set by the autouse fixture in conftest
    assert not folder.exists()
    with open_database() as db:
        assert db.path == folder / "projects.sqlite3"
    assert (folder / "projects.sqlite3").is_file()


def test_plain_path_and_sqlite_url_name_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    assert resolve_url(str(path)) == resolve_url(f"sqlite:///{path}")
    assert resolve_url(str(path)).drivername == "sqlite"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "empty database URL"),
        ("   ", "empty database URL"),
        ("sqlite://", "in-memory"),
        ("sqlite:///:memory:", "in-memory"),
        ("mysql://root@localhost/innocite", "unsupported database 'mysql'"),
        ("post gres://x", "not a database URL"),
    ],
)
def test_bad_urls_are_rejected_with_a_reason(url: str, message: str) -> None:
    with pytest.raises(StorageError, match=message):
        open_database(url)


def test_missing_folder_and_folder_as_file_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        open_database(str(tmp_path / "nowhere" / "p.sqlite3"))
    with pytest.raises(StorageError, match="is a folder"):
        open_database(str(tmp_path))


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://officer:{SECRET}@127.0.0.1:1/innocite",
        f"postgresql+psycopg://officer:{SECRET}@127.0.0.1:1/innocite?connect_timeout=2",
        f"mysql://officer:{SECRET}@db.example.org/innocite",
        f"postgresql://officer:{SECRET}@db.example.org:notaport/innocite",
        f"postgresql://officer:{SECRET}@/innocite?host=/nonexistent-socket-dir",
    ],
)
def test_password_never_appears_in_errors_or_logs(
    url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StorageError) as info:
        open_database(url)
    exc = info.value
    shown = [str(exc), repr(exc), caplog.text]
    # `raise ... from None`: the driver's exception (which may hold the DSN) is not printed.
    assert exc.__suppress_context__ or exc.__context__ is None
    assert exc.__cause__ is None
    assert all(SECRET not in s for s in shown), shown
    assert "officer" in str(exc)  # the URL is still named, minus its password


def test_display_url_hides_the_password() -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = make_url(f"postgresql+psycopg://officer:{SECRET}@db.example.org/innocite")
    db = Database(url, create_engine(url))  # no connection is made
    try:
        assert SECRET not in db.display_url
        assert SECRET not in repr(db)
        assert db.backend == "postgresql"
        assert db.path is None
    finally:
        db.close()


# --- SQLite safety settings ----------------------------------------------------------------


def test_pragmas_are_set_on_every_connection(sqlite_url: str) -> None:
    with open_database(sqlite_url) as db:
        # Two pooled connections at once (raw: a session would hold the write lock).
        first, second = db.engine.raw_connection(), db.engine.raw_connection()
        try:
            for conn in (first, second):
                cursor = conn.cursor()
                values = {}
                for name in (
                    "journal_mode",
                    "synchronous",
                    "foreign_keys",
                    "busy_timeout",
                    "trusted_schema",
                ):
                    cursor.execute(f"PRAGMA {name}")
                    row = cursor.fetchone()
                    assert row is not None
                    values[name] = row[0]
                cursor.close()
                assert values == {
                    "journal_mode": "wal",
                    "synchronous": 2,  # FULL
                    "foreign_keys": 1,
                    "busy_timeout": 5000,
                    "trusted_schema": 0,
                }
                assert conn.driver_connection is not None
                assert conn.driver_connection.isolation_level is None
        finally:
            first.close()
            second.close()


def test_foreign_keys_are_enforced(sqlite_url: str) -> None:
    with open_database(sqlite_url) as db:
        with db.begin() as session:
            session.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))
            session.execute(
                text("CREATE TABLE child (id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent)")
            )
        with pytest.raises(Exception, match="FOREIGN KEY"), db.begin() as session:
            session.execute(text("INSERT INTO child (id, p) VALUES (1, 99)"))


def test_every_transaction_starts_with_begin_immediate(sqlite_url: str) -> None:
    with open_database(sqlite_url) as db:
        seen: list[str] = []
        event.listen(
            db.engine, "before_cursor_execute", lambda *a: seen.append(a[2].strip().upper())
        )
        with db.session() as session:
            session.execute(text("SELECT 1"))
        assert seen[0] == "BEGIN IMMEDIATE"


def test_ddl_is_transactional(sqlite_url: str) -> None:
    # With pysqlite's own BEGIN handling, CREATE TABLE would commit by itself.
    with open_database(sqlite_url) as db:
        with db.session() as session:
            session.execute(text("CREATE TABLE item (id INTEGER PRIMARY KEY)"))
            session.rollback()
        with db.session() as session:
            tables = session.execute(text("SELECT name FROM sqlite_master")).scalars().all()
        assert tables == []


def test_an_open_read_transaction_already_holds_the_write_lock(sqlite_url: str) -> None:
    # Deferred BEGIN would let another writer in here; IMMEDIATE holds the lock from the start.
    with open_database(sqlite_url) as db:
        path = db.path
        assert path is not None
        with db.session() as session:
            session.execute(text("SELECT 1"))
            other = sqlite3.connect(path, timeout=0, isolation_level=None)
            try:
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
            finally:
                other.close()
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # free again once the session has ended
        other.execute("ROLLBACK")
        other.close()


WRITER = """
import os, sys, time
from pathlib import Path
from sqlalchemy import text, event
from app.storage.database import resolve_url, create_engine_for

path, go, who, deferred = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4] == "1"
engine = create_engine_for(resolve_url(path))
if deferred:  # the control: swap in a plain deferred BEGIN
    engine.dispatch.begin.clear()
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
while not go.exists():
    time.sleep(0.001)
errors = 0
for i in range(200):
    try:
        with engine.begin() as conn:  # read, then write: the lock upgrade that deferred fails
            n = conn.execute(text("SELECT count(*) FROM item")).scalar_one()
            conn.execute(text("INSERT INTO item (who, seen) VALUES (:w, :n)"), {"w": who, "n": n})
    except Exception as exc:
        errors += 1
        last = str(exc).splitlines()[0]
print(errors)
"""


def _two_writers(tmp_path: Path, deferred: bool) -> tuple[list[int], int, list[str]]:
    path = tmp_path / "race.sqlite3"
    with open_database(str(path)) as db, db.begin() as session:
        session.execute(text("CREATE TABLE item (id INTEGER PRIMARY KEY, who TEXT, seen INT)"))
    go = tmp_path / f"go-{deferred}"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(path), str(go), who, "1" if deferred else "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for who in ("a", "b")
    ]
    time.sleep(1.0)  # both started and waiting
    go.touch()
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outputs]
    conn = sqlite3.connect(path)
    count = conn.execute("SELECT count(*) FROM item").fetchone()[0]
    conn.close()
    return [int(o[0].strip()) for o in outputs], count, [o[1] for o in outputs]


def test_two_processes_writing_at_once_never_see_a_locked_error(tmp_path: Path) -> None:
    errors, count, stderr = _two_writers(tmp_path, deferred=False)
    assert errors == [0, 0], stderr
    assert count == 400


def test_the_race_test_can_fail_deferred_begin_loses_writes(tmp_path: Path) -> None:
    # Control for the test above: the same workload with a deferred BEGIN does fail.
    errors, count, _stderr = _two_writers(tmp_path, deferred=True)
    assert sum(errors) > 0
    assert count == 400 - sum(errors)


def test_threads_sharing_one_database_each_with_own_sessions(sqlite_url: str) -> None:
    import threading

    with open_database(sqlite_url) as db:
        with db.begin() as session:
            session.execute(text("CREATE TABLE item (id INTEGER PRIMARY KEY, who TEXT)"))
        failures: list[BaseException] = []

        def work(who: str) -> None:
            try:
                for _ in range(200):
                    with db.begin() as session:
                        session.execute(text("SELECT count(*) FROM item")).scalar_one()
                        session.execute(text("INSERT INTO item (who) VALUES (:w)"), {"w": who})
            except BaseException as exc:
                failures.append(exc)

        threads = [threading.Thread(target=work, args=(w,)) for w in ("a", "b")]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert failures == []
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM item")).scalar_one() == 400


# --- second instance -----------------------------------------------------------------------


def test_second_instance_in_this_process_is_refused(sqlite_url: str) -> None:
    first = open_database(sqlite_url)
    try:
        with pytest.raises(DatabaseLocked) as info:
            open_database(sqlite_url)
        message = str(info.value)
        assert str(sqlite_path(sqlite_url)) in message
        assert "is open in another InnoCite window" in message
        assert f"pid {os.getpid()}" in message
    finally:
        first.close()
    open_database(sqlite_url).close()  # closing released the lock


def test_second_instance_in_another_process_is_refused(sqlite_url: str) -> None:
    with open_database(sqlite_url):
        done = run_python(
            f"""
            from app.storage.database import open_database
            from app.storage.errors import DatabaseLocked
            try:
                open_database({sqlite_url!r})
            except DatabaseLocked as exc:
                print(exc)
            """
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"{sqlite_path(sqlite_url)} is open in another InnoCite window (pid {os.getpid()})"
    )


def test_lock_of_a_killed_instance_does_not_linger(sqlite_url: str) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from app.storage.database import open_database; "
            f"db = open_database({sqlite_url!r}); print('open', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseLocked, match=f"pid {holder.pid}"):
            open_database(sqlite_url)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    open_database(sqlite_url).close()


# --- corruption ----------------------------------------------------------------------------


def test_garbage_file_is_reported_as_corrupt_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(DatabaseCorrupt) as info:
        open_database(str(path))
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)
    open_database(str(tmp_path / "fine.sqlite3")).close()  # the failed open left no lock held
    with pytest.raises(DatabaseCorrupt):
        open_database(str(path))


def test_damaged_copy_of_a_good_database_is_reported_as_corrupt(tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite3"
    make_filled_file(good, rows=500)
    with open_database(str(good)) as db:
        assert db.quick_check() == "ok"
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[3 * page : 5 * page] = b"\xde\xad\xbe\xef" * (2 * page // 4)
    damaged.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt) as info:
        open_database(str(damaged))
    assert str(damaged) in str(info.value)
    assert "restore a backup" in str(info.value)


def test_resolve_url_leaves_the_default_folder_alone_for_explicit_urls(tmp_path: Path) -> None:
    resolve_url(str(tmp_path / "x.sqlite3"))
    assert not (tmp_path / "user-data").exists()
    assert database.data_dir() == tmp_path / "user-data"
