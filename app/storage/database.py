"""One Engine per database, short sessions: a Database may be shared, a Session never is.

Thread rule: a ``Database`` (its Engine) may be shared by all threads; each ``Session`` is
used by one thread only and lives for one unit of work (``with db.begin() as session:``);
a worker opens its own session; ORM objects never leave the repository.

Keep sessions short: on SQLite every transaction, a read too, starts with BEGIN IMMEDIATE
and so holds the write lock until it ends; a second one waits up to ``busy_timeout``.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.storage.errors import DatabaseCorrupt, DatabaseLocked, StorageError

APP_NAME = "InnoCite Decision Studio"
APP_AUTHOR = "InnoCite"
DEFAULT_FILE_NAME = "projects.sqlite3"
ENV_URL = "INNOCITE_DB_URL"
BUSY_TIMEOUT_MS = 5000

# Measured (DESIGN.md "Data safety"): WAL + FULL sync survived 450 SIGKILLs.
SQLITE_PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
    ("trusted_schema", "OFF"),
)
SQLITE_DRIVERS = frozenset({"sqlite", "sqlite+pysqlite"})
POSTGRES_DRIVERS = frozenset({"postgresql", "postgresql+psycopg", "postgresql+psycopg2"})

log = logging.getLogger(__name__)

_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


def redact(text: str, url: URL | None = None) -> str:
    """``text`` with any ``user:password@`` of a URL (and ``url``'s password) masked."""
    text = _PASSWORD_IN_URL.sub(r"\1***@", text)
    if url is not None and url.password:
        text = text.replace(str(url.password), "***")
    return text


def data_dir() -> Path:
    """The per-user folder holding the default database and its backups."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_url(url: str | None = None) -> URL:
    """Explicit URL or file path, else ``$INNOCITE_DB_URL``, else the default SQLite file."""
    given = url if url is not None else os.environ.get(ENV_URL) or None
    if given is None:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite", database=str(folder / DEFAULT_FILE_NAME))
    given = given.strip()
    if not given:
        raise StorageError("empty database URL: give a SQLite file path or a postgresql:// URL")
    if "://" not in given:
        return URL.create("sqlite", database=str(Path(given).expanduser().resolve()))
    try:
        parsed = make_url(given)
    except (ArgumentError, ValueError):
        raise StorageError(f"not a database URL: {redact(given)}") from None
    if parsed.drivername in SQLITE_DRIVERS:
        if not parsed.database or parsed.database == ":memory:":
            raise StorageError("an in-memory SQLite database cannot hold projects: give a file")
        path = Path(parsed.database).expanduser().resolve()
        return parsed.set(database=str(path))
    if parsed.drivername in POSTGRES_DRIVERS:
        return parsed
    shown = parsed.render_as_string(hide_password=True)
    raise StorageError(
        f"{shown}: unsupported database {parsed.drivername!r}; use a SQLite file or postgresql://"
    )


def sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite URL (absolute), or None for another backend."""
    if url.drivername in SQLITE_DRIVERS and url.database:
        return Path(url.database)
    return None


def create_engine_for(url: URL) -> Engine:
    """An Engine with InnoCite's connection settings, without the instance lock or checks.

    ``open_database`` is the normal way in; this exists for tools and tests that need a
    second engine on the same file (another process, say).
    """
    if url.drivername in SQLITE_DRIVERS:
        engine = create_engine(url)
        _configure_sqlite(engine)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError as exc:
        shown = url.render_as_string(hide_password=True)
        raise StorageError(
            f"{shown}: the PostgreSQL driver is not installed ({exc.name}); "
            "install psycopg (pip install 'psycopg[binary]')"
        ) from None


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own BEGIN handling is off; the "begin" hook below emits ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for name, value in SQLITE_PRAGMAS:
                cursor.execute(f"PRAGMA {name}={value}")
                cursor.fetchall()
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # IMMEDIATE takes the write lock up front: a second writer waits (busy_timeout)
        # instead of failing when a deferred read lock cannot be upgraded.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


class InstanceLock:
    """An advisory lock file beside a SQLite database, held while one InnoCite has it open.

    The lock is released by the operating system when the process dies, so a crash never
    leaves a stale lock. The file stays; it records the pid of the holder.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = db_path.with_name(db_path.name + ".lock")
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise ``DatabaseLocked`` naming the pid that holds it."""
        if self._file is not None:
            return
        try:
            handle = open(self.path, "a+", encoding="ascii")  # noqa: SIM115 - held open
        except OSError as exc:
            raise StorageError(
                f"{self.path}: cannot create the lock file ({exc.strerror})"
            ) from None
        if not _try_lock(handle):
            pid = _read_pid(handle)
            handle.close()
            who = f" (pid {pid})" if pid else ""
            raise DatabaseLocked(f"{self.db_path} is open in another InnoCite window{who}")
        # Byte 0 is the locked byte (Windows locks are mandatory); the pid follows it.
        handle.seek(1)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        """Give the lock back (idempotent)."""
        handle, self._file = self._file, None
        if handle is not None:
            _unlock(handle)
            handle.close()

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._file is not None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        with suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _read_pid(handle: IO[str]) -> int | None:
    try:
        handle.seek(1)
        text = handle.read(32).strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def sqlite_error_to_storage(exc: BaseException, path: Path) -> StorageError:
    """A one-line StorageError for a sqlite3 error on ``path``."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(original).splitlines()[0] if str(original) else type(original).__name__
    lowered = message.lower()
    if isinstance(original, sqlite3.OperationalError):
        if "locked" in lowered or "busy" in lowered:
            return DatabaseLocked(f"{path} is locked by another program ({message})")
        return StorageError(f"{path}: cannot open the database ({message})")
    if isinstance(original, sqlite3.DatabaseError):
        return DatabaseCorrupt(
            f"{path} is damaged or not an InnoCite database ({message}); "
            "restore a backup with `innocite db restore`"
        )
    return StorageError(f"{path}: {message}")


class Database:
    """An open projects database: one Engine, sessions handed out per unit of work."""

    def __init__(self, url: URL, engine: Engine, lock: InstanceLock | None = None) -> None:
        self._url = url
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self.closed = False

    @property
    def url(self) -> URL:
        """The database URL (keep it out of messages; use ``display_url``)."""
        return self._url

    @property
    def display_url(self) -> str:
        """The URL with the password hidden, for messages and logs."""
        return self._url.render_as_string(hide_password=True)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for PostgreSQL."""
        return sqlite_file(self._url)

    @property
    def is_sqlite(self) -> bool:
        """Whether this is a SQLite file database."""
        return self.path is not None

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return "sqlite" if self.is_sqlite else "postgresql"

    def session(self) -> Session:
        """A new Session for one unit of work in the calling thread (use it in ``with``)."""
        self._check_open()
        return self._sessions()

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A Session inside a transaction: committed on success, rolled back on error."""
        self._check_open()
        with self._sessions.begin() as session:
            yield session

    def quick_check(self) -> str:
        """SQLite's ``PRAGMA quick_check`` result (``"ok"`` when healthy); "ok" on PostgreSQL."""
        return self._pragma_check("quick_check")

    def integrity_check(self) -> str:
        """SQLite's slower, thorough ``PRAGMA integrity_check``; "ok" on PostgreSQL."""
        return self._pragma_check("integrity_check")

    def _pragma_check(self, pragma: str) -> str:
        self._check_open()
        path = self.path
        if path is None:
            return "ok"
        try:
            with self.engine.connect() as conn:
                rows = [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
        except (SQLAlchemyError, sqlite3.Error) as exc:
            raise sqlite_error_to_storage(exc, path) from None
        return "\n".join(rows) if rows else "no result"

    def close(self) -> None:
        """Close every connection and release the instance lock (idempotent)."""
        if self.closed:
            return
        self.closed = True
        try:
            self.engine.dispose()
        finally:
            if self._lock is not None:
                self._lock.release()
        log.debug("closed %s", self.display_url)

    def _check_open(self) -> None:
        if self.closed:
            raise StorageError(f"{self.display_url}: the database is closed")

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({self.display_url!r})"


def open_database(url: str | None = None) -> Database:
    """Open (creating if needed) the projects database at ``url``; see ``resolve_url``.

    SQLite: takes the instance lock, applies the connection settings and runs
    ``quick_check``. PostgreSQL: connects once to report a bad URL or server early.
    """
    resolved = resolve_url(url)
    path = sqlite_file(resolved)
    if path is None:
        return _open_postgres(resolved)
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a database file")
    if not path.parent.is_dir():
        raise StorageError(f"{path}: the folder {path.parent} does not exist")
    lock = InstanceLock(path)
    lock.acquire()
    engine = None
    try:
        engine = create_engine_for(resolved)
        db = Database(resolved, engine, lock)
        result = db.quick_check()
        if result != "ok":
            first = result.splitlines()[0]
            raise DatabaseCorrupt(
                f"{path} is damaged (quick_check: {first}); "
                "restore a backup with `innocite db restore`"
            )
    except BaseException:
        if engine is not None:
            engine.dispose()
        lock.release()
        raise
    log.info("opened %s", db.display_url)
    return db


def _open_postgres(url: URL) -> Database:
    shown = url.render_as_string(hide_password=True)
    engine = create_engine_for(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except (SQLAlchemyError, OSError) as exc:
        engine.dispose()
        original = exc.orig if isinstance(exc, DBAPIError) else exc
        reason = " ".join(str(original).split()) or type(original).__name__
        raise StorageError(f"{shown}: cannot connect ({redact(reason, url)})") from None
    log.info("opened %s", shown)
    return Database(url, engine)
