"""Bring a database to this app's schema with Alembic: create, stamp, back up and upgrade."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from app.storage.backup import backup
from app.storage.database import Database
from app.storage.errors import DatabaseTooNew, StorageError
from app.storage.models import Base

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
SCHEMA_HEAD = "0005"
"""The newest revision this app knows (checked against the scripts by the tests)."""

log = logging.getLogger(__name__)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Autogenerate looks only at InnoCite's tables: other tables in the database are left be."""
    return not (type_ == "table" and reflected and compare_to is None)


MIGRATION_OPTIONS: dict[str, Any] = {
    "render_as_batch": True,  # SQLite alters a table by copying it; needs named constraints
    "compare_type": True,
    "include_object": include_object,
    "transaction_per_migration": False,
}
"""``context.configure`` options shared by env.py and the consistency check."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config built in code (no alembic.ini); ``connection`` is what env.py uses."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    """The revision scripts shipped with this app."""
    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> set[str]:
    """Every revision id this app has a script for."""
    return {script.revision for script in script_directory().walk_revisions()}


def current_revision(db: Database) -> str | None:
    """The revision stamped in the database, or None (empty, or never stamped)."""
    with _connect(db) as conn:
        heads = _current_heads(conn)
    return heads[0] if heads else None


def ensure_schema(db: Database) -> str:
    """Make ``db`` match this app's schema and return its revision (``SCHEMA_HEAD``).

    Empty database: created at head. Tables but no revision (made by ``create_all`` in a
    development build): checked against the models, then stamped. Behind: backed up first
    (SQLite), then upgraded in one transaction. Written by a newer InnoCite: DatabaseTooNew.
    """
    with _connect(db) as conn:
        heads, tables = _current_heads(conn), _app_tables(conn)
        has_content = bool(tables)
    _refuse_unknown(db, heads)
    if heads == (SCHEMA_HEAD,):
        return SCHEMA_HEAD
    if not heads and tables and tables >= set(Base.metadata.tables):
        with _migration_transaction(db) as conn:
            if not _current_heads(conn):
                _check_matches_models(db, conn)
                command.stamp(alembic_config(conn), "head")
        log.info("%s: stamped the existing schema as revision %s", db.display_url, SCHEMA_HEAD)
        return _checked_head(db)
    if db.is_sqlite and has_content:
        saved = backup(db, reason="before-migration")
        log.info("%s: backed up to %s before migrating", db.display_url, saved)
    with _migration_transaction(db) as conn:
        again = _current_heads(conn)
        _refuse_unknown(db, again)
        if again != (SCHEMA_HEAD,):
            if not again and _app_tables(conn) & set(Base.metadata.tables):
                raise StorageError(
                    f"{db.display_url}: has some InnoCite tables but not all and no schema "
                    "revision; it is not a database this version can open"
                )
            command.upgrade(alembic_config(conn), "head")
    old = ", ".join(heads) or "empty"
    log.info("%s: migrated from %s to %s", db.display_url, old, SCHEMA_HEAD)
    return _checked_head(db)


def _checked_head(db: Database) -> str:
    revision = current_revision(db)
    if revision != SCHEMA_HEAD:
        raise StorageError(
            f"{db.display_url}: migration ended at revision {revision}, not {SCHEMA_HEAD}"
        )
    return revision


def _refuse_unknown(db: Database, heads: tuple[str, ...]) -> None:
    unknown = [h for h in heads if h not in known_revisions()]
    if unknown:
        raise DatabaseTooNew(
            f"{db.display_url} has schema revision {', '.join(unknown)}, written by a newer "
            f"InnoCite; this version knows revisions up to {SCHEMA_HEAD}: update InnoCite"
        )


def _current_heads(conn: Connection) -> tuple[str, ...]:
    context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
    return tuple(context.get_current_heads())


def _app_tables(conn: Connection) -> set[str]:
    """Tables of the database other than Alembic's own (InnoCite's and any others)."""
    return set(inspect(conn).get_table_names()) - {VERSION_TABLE}


def _check_matches_models(db: Database, conn: Connection) -> None:
    context = MigrationContext.configure(conn, opts=dict(MIGRATION_OPTIONS))
    differences = compare_metadata(context, Base.metadata)
    if differences:
        first = "; ".join(str(d) for d in differences[:3])
        more = f" and {len(differences) - 3} more" if len(differences) > 3 else ""
        raise StorageError(
            f"{db.display_url}: its tables do not match this version's schema and it has no "
            f"schema revision ({first}{more}); open it with the build that made it and export"
        )


@contextmanager
def _connect(db: Database) -> Iterator[Connection]:
    try:
        with db.engine.connect() as conn:
            yield conn
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise StorageError(f"{db.display_url}: cannot read the schema revision ({exc})") from exc


@contextmanager
def _migration_transaction(db: Database) -> Iterator[Connection]:
    """One connection and one transaction for a whole migration, committed on success.

    On SQLite, foreign keys are switched off for the migration (batch mode drops and
    recreates tables, and a DROP with foreign keys on would cascade into the child rows),
    checked with ``foreign_key_check`` before the commit and switched back on after.
    """
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if isinstance(raw, sqlite3.Connection):
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    # Two InnoCite instances migrating one server database: one waits.
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(8347001)")
                yield conn
                if isinstance(raw, sqlite3.Connection):
                    _check_foreign_keys(db, conn)
        finally:
            if isinstance(raw, sqlite3.Connection):
                raw.execute("PRAGMA foreign_keys=ON")


def _check_foreign_keys(db: Database, conn: Connection) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({str(row[0]) for row in broken})
        raise StorageError(
            f"{db.display_url}: the migration would leave {len(broken)} rows pointing at "
            f"missing rows (in {', '.join(tables)}); nothing was changed"
        )
