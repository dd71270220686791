"""Storage fixtures: a fresh database per test, SQLite always, PostgreSQL when configured."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.database import Database

PG_ENV = "INNOCITE_TEST_PG_URL"


def backends() -> list[str]:
    """SQLite always; PostgreSQL too when ``$INNOCITE_TEST_PG_URL`` names a server."""
    return ["sqlite", "postgresql"] if os.environ.get(PG_ENV) else ["sqlite"]


@pytest.fixture(autouse=True)
def _no_user_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never see the user's database setting or touch the real data folder."""
    import app.storage.database as database

    monkeypatch.delenv(database.ENV_URL, raising=False)
    monkeypatch.setattr(database, "data_dir", lambda: tmp_path / "user-data")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """The URL of a fresh SQLite file in the test's own folder (not created yet)."""
    return f"sqlite:///{tmp_path / 'projects.sqlite3'}"


def _fresh_postgres_database(admin_url: str) -> Iterator[str]:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"innocite_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@pytest.fixture(params=backends())
def db_url(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[str]:
    """A fresh, empty database URL per test: SQLite, and PostgreSQL when configured."""
    if request.param == "sqlite":
        yield sqlite_url
    else:
        yield from _fresh_postgres_database(os.environ[PG_ENV])


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An open ``Database`` on ``db_url``, closed after the test."""
    from app.storage.database import open_database

    database = open_database(db_url)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    """An open SQLite ``Database`` for tests of SQLite-only behaviour (never parametrised)."""
    from app.storage.database import open_database

    database = open_database(sqlite_url)
    try:
        yield database
    finally:
        database.close()
