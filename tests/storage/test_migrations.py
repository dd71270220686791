"""Alembic migrations: create, stamp, refuse newer, back up, and keep data across revisions."""

from __future__ import annotations

import sqlite3
from typing import Any

import numpy as np
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from app.storage import schema
from app.storage.backup import backup_dir, list_backups
from app.storage.database import Database
from app.storage.errors import DatabaseTooNew, StorageError
from app.storage.models import Base
from app.storage.repository import ProjectRepository
from app.storage.schema import (
    SCHEMA_HEAD,
    VERSION_TABLE,
    alembic_config,
    current_revision,
    ensure_schema,
    script_directory,
)
from tests.storage.test_repository import tree_problem

MODEL_TABLES = set(Base.metadata.tables)


def columns(conn: Connection) -> dict[str, set[str]]:
    """Table → column names, of the database (Alembic's own table left out)."""
    found = inspect(conn)
    return {
        table: {c["name"] for c in found.get_columns(table)}
        for table in found.get_table_names()
        if table != VERSION_TABLE
    }


def differences(db: Database) -> list[Any]:
    """What autogenerate would change to make the database match the models."""
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts=dict(schema.MIGRATION_OPTIONS))
        return list(compare_metadata(context, Base.metadata))


def migrate(db: Database, action: str, revision: str) -> None:
    """``alembic upgrade|downgrade revision`` on ``db`` in one transaction."""
    with db.engine.begin() as conn:
        getattr(command, action)(alembic_config(conn), revision)


def fill(db: Database, name: str) -> ProjectRepository:
    """Save a project with a criteria tree and judgments of two participants."""
    repo = ProjectRepository(db.session)
    base = tree_problem()
    problem = type(base).create(name, base.criteria, base.alternatives, base.matrix)
    repo.save_problem(problem, question="Which measures?", owner="Ana")
    repo.add_judgments(name, "Ana", "criteria", None, [("economy", "risk", 3.0)])
    repo.add_judgments(name, "Ana", "criteria", "jobs", [("jobs_direct", "jobs_indirect", 2.0)])
    repo.add_judgments(name, "Marko", "alternatives", "cofin", [("voucher", "incubator", 1 / 7)])
    return repo


def assert_filled(repo: ProjectRepository, name: str) -> None:
    """The project saved by ``fill`` reads back exactly."""
    back = repo.load_problem(name)
    base = tree_problem()
    assert back.criteria == base.criteria
    assert back.alternatives == base.alternatives
    assert back.matrix.tobytes() == base.matrix.tobytes()
    assert np.array_equal(back.matrix, base.matrix)
    assert repo.load_judgments(name) == {
        "Ana": {
            ("criteria", None): [("economy", "risk", 3.0)],
            ("criteria", "jobs"): [("jobs_direct", "jobs_indirect", 2.0)],
        },
        "Marko": {("alternatives", "cofin"): [("voucher", "incubator", 1 / 7)]},
    }
    assert repo.summary(name).question == "Which measures?"


def test_schema_head_is_the_newest_script() -> None:
    scripts = script_directory()
    assert scripts.get_heads() == [SCHEMA_HEAD]
    assert scripts.get_base() == "0001"


def test_empty_database_is_created_at_head(db: Database) -> None:
    assert current_revision(db) is None
    assert ensure_schema(db) == SCHEMA_HEAD
    assert current_revision(db) == SCHEMA_HEAD
    with db.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == MODEL_TABLES | {VERSION_TABLE}
        assert columns(conn) == {
            name: {c.name for c in table.columns} for name, table in Base.metadata.tables.items()
        }
    if db.path is not None:  # nothing to lose in an empty file: no backup
        assert list_backups(db.path) == []


def test_second_call_changes_nothing(db: Database) -> None:
    ensure_schema(db)
    repo = fill(db, "kept")
    assert ensure_schema(db) == SCHEMA_HEAD
    assert_filled(repo, "kept")
    if db.path is not None:
        assert list_backups(db.path) == []


def test_migrations_match_the_models(db: Database) -> None:
    ensure_schema(db)
    assert differences(db) == []


def test_database_from_a_newer_version_is_refused(db: Database) -> None:
    ensure_schema(db)
    with db.engine.begin() as conn:
        conn.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = '9999_from_the_future'"))
    with pytest.raises(DatabaseTooNew) as caught:
        ensure_schema(db)
    message = str(caught.value)
    assert "\n" not in message
    assert db.display_url in message
    assert "9999_from_the_future" in message and SCHEMA_HEAD in message
    assert "newer" in message
    assert current_revision(db) == "9999_from_the_future"  # left as it was


def test_database_made_by_create_all_is_stamped(db: Database) -> None:
    Base.metadata.create_all(db.engine)
    repo = fill(db, "from a development build")
    assert current_revision(db) is None
    assert ensure_schema(db) == SCHEMA_HEAD
    assert current_revision(db) == SCHEMA_HEAD
    assert_filled(repo, "from a development build")
    assert differences(db) == []


def test_create_all_database_that_differs_is_refused(db: Database) -> None:
    Base.metadata.create_all(db.engine)
    with db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE project ADD COLUMN colour VARCHAR(20)"))
    with pytest.raises(StorageError, match="do not match") as caught:
        ensure_schema(db)
    assert db.display_url in str(caught.value) and "colour" in str(caught.value)
    assert current_revision(db) is None


def test_downgrade_to_base_and_upgrade_again(db: Database) -> None:
    ensure_schema(db)
    migrate(db, "downgrade", "base")
    assert current_revision(db) is None
    with db.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {VERSION_TABLE}
    assert ensure_schema(db) == SCHEMA_HEAD
    assert differences(db) == []
    assert_filled(fill(db, "after a round trip"), "after a round trip")


def test_data_survives_every_revision_in_order(db: Database) -> None:
    """From base, upgrade one revision at a time; what was saved at each step stays.

    The repository writes today's models, so a future revision that adds a column the
    models need makes the saves at older steps fail: then save those with plain SQL.
    """
    revisions = [s.revision for s in reversed(list(script_directory().walk_revisions()))]
    assert revisions[-1] == SCHEMA_HEAD
    saved: list[str] = []
    for revision in revisions:
        migrate(db, "upgrade", revision)
        assert current_revision(db) == revision
        saved.append(f"saved at {revision}")
        repo = fill(db, saved[-1])
        for name in saved:
            assert_filled(repo, name)
    assert ensure_schema(db) == SCHEMA_HEAD
    repo = ProjectRepository(db.session)
    assert [p.name for p in repo.list_projects()] == sorted(saved)
    for name in saved:
        assert_filled(repo, name)


def test_older_database_is_backed_up_before_migrating(db: Database) -> None:
    """With one revision only, "older" is base with data in it: a table of another tool.

    On PostgreSQL there is no file to copy (pg_dump is the server's job): it just migrates.
    """
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE keep_me (id INTEGER PRIMARY KEY, note VARCHAR(40))"))
        conn.execute(text("INSERT INTO keep_me (id, note) VALUES (1, 'from before')"))
    assert ensure_schema(db) == SCHEMA_HEAD
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT note FROM keep_me")).scalar_one() == "from before"
    assert differences(db) == []  # another tool's table is not InnoCite's business
    if db.path is None:
        return
    backups = list_backups(db.path)
    assert [b.reason for b in backups] == ["before-migration"]
    assert backups[0].path.parent == backup_dir(db.path)
    with sqlite3.connect(backups[0].path) as copy:
        tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables == {"keep_me"}
        assert copy.execute("SELECT note FROM keep_me").fetchall() == [("from before",)]
    copy.close()
    assert_filled(fill(db, "after the backup"), "after the backup")


def test_sqlite_foreign_keys_are_on_again_after_migrating(sqlite_db: Database) -> None:
    # SQLite only: foreign keys are switched off while a migration runs
    db = sqlite_db
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE keep_me (id INTEGER PRIMARY KEY)"))
    ensure_schema(db)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def test_partial_innocite_schema_is_refused(db: Database) -> None:
    Base.metadata.tables["project"].create(db.engine)
    with pytest.raises(StorageError, match="some InnoCite tables") as caught:
        ensure_schema(db)
    assert db.display_url in str(caught.value)
    assert current_revision(db) is None


def test_sqlite_table_copy_in_a_migration_keeps_child_rows(sqlite_db: Database) -> None:
    """Batch mode drops and recreates a parent table; with foreign keys on, the DROP would
    cascade into criteria, judgments... so migrations run with them off (checked after).
    SQLite only: PostgreSQL alters tables in place."""
    db = sqlite_db
    from alembic.operations import Operations
    from sqlalchemy import Column, Integer, func, select

    from app.storage import models as m

    ensure_schema(db)
    repo = fill(db, "parent copied")
    with schema._migration_transaction(db) as conn:
        ops = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
        with ops.batch_alter_table("project", recreate="always") as batch:
            batch.add_column(Column("extra", Integer, nullable=True))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(m.Criterion)) == 7
        assert s.scalar(select(func.count()).select_from(m.Judgment)) == 3
    assert_filled(repo, "parent copied")


def test_scenarios_saved_at_0001_survive_the_0002_upgrade(db: Database) -> None:
    """0002 adds two columns to scenario in batch mode (a table copy on SQLite)."""
    migrate(db, "upgrade", "0001")
    repo = fill(db, "before 0002")
    pid = repo.summary("before 0002").id
    with db.engine.begin() as conn:  # the 0001 table has no weights_source/description
        conn.execute(
            text(
                "INSERT INTO scenario (project_id, name, method, parameters, weights) "
                "VALUES (:p, 'Jobs first', 'topsis', '{\"v\": 0.5}', '{\"economy\": 0.8, \"risk\": 0.2}')"
            ),
            {"p": pid},
        )
    assert ensure_schema(db) == SCHEMA_HEAD
    assert_filled(repo, "before 0002")
    [scenario] = repo.list_scenarios("before 0002")
    assert (scenario.name, scenario.method, dict(scenario.parameters)) == (
        "Jobs first",
        "topsis",
        {"v": 0.5},
    )
    assert dict(scenario.weights) == {"economy": 0.8, "risk": 0.2}
    assert (scenario.weights_source, scenario.description) == ("direct", "")
    assert differences(db) == []
    if db.path is not None:  # data at an older revision: backed up before migrating
        assert [b.reason for b in list_backups(db.path)] == ["before-migration"]
