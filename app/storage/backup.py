"""Checked, rotated SQLite backups (VACUUM INTO) and an atomic restore that keeps the old file."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.storage.database import BUSY_TIMEOUT_MS, Database, InstanceLock
from app.storage.errors import DatabaseCorrupt, StorageError

DEFAULT_KEEP = 20
BACKUP_FOLDER = "backups"
SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"
_REASON = re.compile(r"[^a-z0-9]+")

PG_DUMP_HINT = (
    "InnoCite backs up only SQLite files; back up a PostgreSQL database on the server "
    "with pg_dump (for example `pg_dump -Fc -f projects.dump DBNAME`)"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when (from its name), why, and how big."""

    path: Path
    created: datetime
    reason: str
    size_bytes: int


def backup_dir(db_path: Path) -> Path:
    """The default backup folder of a database file: ``backups/`` beside it."""
    return db_path.parent / BACKUP_FOLDER


def backup(
    db: Database, dest_dir: Path | None = None, reason: str = "manual", keep: int = DEFAULT_KEEP
) -> Path:
    """A checked copy of ``db`` named ``<stem>-YYYYmmdd-HHMMSS-<reason>.sqlite3``.

    Older backups of the same database beyond the newest ``keep`` are deleted.
    """
    path = db.path
    if path is None:
        raise StorageError(f"{db.display_url}: {PG_DUMP_HINT}")
    folder = dest_dir if dest_dir is not None else backup_dir(path)
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        if not isinstance(conn, sqlite3.Connection):
            raise StorageError(f"{path}: backups need the built-in sqlite3 driver")
        target = _vacuum_into_checked(conn, path, folder, reason)
    finally:
        raw.close()
    rotate(path, folder, keep)
    return target


def list_backups(db_path: Path, dest_dir: Path | None = None) -> list[BackupInfo]:
    """The backups of the database file ``db_path``, newest first."""
    folder = dest_dir if dest_dir is not None else backup_dir(db_path)
    if not folder.is_dir():
        return []
    stem = re.escape(db_path.stem)
    # <stem>-YYYYmmdd-HHMMSS-<reason>[-N].sqlite3; -N tells apart backups of one second.
    pattern = re.compile(rf"^{stem}-(\d{{8}}-\d{{6}})-([a-z0-9-]+?)(?:-\d+)?{re.escape(SUFFIX)}$")
    found: list[tuple[tuple[datetime, int], BackupInfo]] = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match is None or not entry.is_file():
            continue
        created = datetime.strptime(match.group(1), _STAMP)
        stat = entry.stat()
        info = BackupInfo(entry, created, match.group(2), stat.st_size)
        # Backups made in the same second are told apart by their modification time.
        found.append(((created, stat.st_mtime_ns), info))
    found.sort(key=lambda item: item[0], reverse=True)
    return [info for _key, info in found]


def rotate(db_path: Path, dest_dir: Path | None = None, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``db_path``; return what was deleted."""
    if keep < 1:
        raise StorageError(f"keep must be at least 1 backup, not {keep}")
    removed = []
    for info in list_backups(db_path, dest_dir)[keep:]:
        for companion in (info.path, _wal_of(info.path)):
            companion.unlink(missing_ok=True)
        removed.append(info.path)
    _remove_stale_partials(db_path, dest_dir if dest_dir is not None else backup_dir(db_path))
    return removed


STALE_PARTIAL_S = 600.0


def _remove_stale_partials(db_path: Path, folder: Path) -> None:
    """A backup killed mid-way leaves ``.NAME.partial`` (and its journal); none is ever used,
    so those older than a backup could take are deleted."""
    if not folder.is_dir():
        return
    now = time.time()
    for leftover in folder.glob(f".{db_path.stem}-*.partial*"):
        try:
            if now - leftover.stat().st_mtime > STALE_PARTIAL_S:
                leftover.unlink()
        except OSError:
            pass  # gone already, or not ours to delete: it only costs space


def check_file(path: Path) -> str:
    """``PRAGMA quick_check`` of a SQLite file opened read-only ("ok" when healthy)."""
    if not path.is_file():
        raise StorageError(f"{path}: no such backup file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(f"{path}: cannot open ({exc})") from None
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return f"not a usable SQLite database ({exc})"
    finally:
        conn.close()
    return "\n".join(rows) if rows else "no result"


def restore(
    db_path: Path | str,
    backup_path: Path | str,
    dest_dir: Path | None = None,
    keep: int = DEFAULT_KEEP,
) -> Path | None:
    """Replace the database file with a checked backup; return the before-restore backup.

    The backup is checked first (nothing changes if it is damaged), the current file is
    saved as a ``before-restore`` backup, then the file is replaced atomically. Refused
    while another InnoCite has the database open.
    """
    db_path = Path(db_path).expanduser().resolve()
    source = Path(backup_path).expanduser().resolve()
    if source == db_path:
        raise StorageError(f"{source}: cannot restore a database from itself")
    result = check_file(source)
    if result != "ok":
        raise DatabaseCorrupt(
            f"{source} is not a usable backup (quick_check: {result.splitlines()[0]}); "
            "nothing was changed"
        )
    if _has_pending_wal(source):
        raise StorageError(
            f"{source} has unsaved changes in {_wal_of(source).name} beside it; "
            "open and close it once with SQLite first; nothing was changed"
        )
    if db_path.is_dir() or not db_path.parent.is_dir():
        raise StorageError(f"{db_path}: not a database file in an existing folder")
    folder = dest_dir if dest_dir is not None else backup_dir(db_path)
    with InstanceLock(db_path):
        saved = _save_current(db_path, folder) if db_path.exists() else None
        temp = db_path.with_name(f".{db_path.name}.restoring")
        try:
            shutil.copyfile(source, temp)
            _fsync(temp)
            # The old WAL belongs to the old file: replayed onto the new one it would
            # corrupt it. _save_current checkpointed it, so nothing is lost here.
            for companion in (_wal_of(db_path), db_path.with_name(db_path.name + "-shm")):
                companion.unlink(missing_ok=True)
            os.replace(temp, db_path)
        finally:
            temp.unlink(missing_ok=True)
        _fsync_dir(db_path.parent)
        rotate(db_path, folder, keep)
    return saved


def _save_current(db_path: Path, folder: Path) -> Path:
    """Back up the file about to be replaced; a damaged one is copied as it is."""
    try:
        conn = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000)
        conn.isolation_level = None
    except sqlite3.Error as exc:
        raise StorageError(f"{db_path}: cannot open to back it up ({exc})") from None
    try:
        saved = _vacuum_into_checked(conn, db_path, folder, "before-restore")
        # Fold the WAL into the main file so removing it before the swap loses nothing.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return saved
    except (DatabaseCorrupt, sqlite3.DatabaseError):
        return _copy_damaged(db_path, folder)
    finally:
        conn.close()


def _copy_damaged(db_path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(db_path, folder, "before-restore-damaged")
    shutil.copy2(db_path, target)
    _fsync(target)
    if _wal_of(db_path).exists():
        shutil.copy2(_wal_of(db_path), _wal_of(target))
        _fsync(_wal_of(target))
    _fsync_dir(folder)
    return target


def _vacuum_into_checked(
    conn: sqlite3.Connection, db_path: Path, folder: Path, reason: str
) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{folder}: cannot create the backup folder ({exc.strerror})") from None
    target = _free_name(db_path, folder, reason)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        try:
            conn.execute("VACUUM INTO ?", (str(partial),))
        except sqlite3.OperationalError as exc:  # locked, disk full, folder not writable
            raise StorageError(f"backup of {db_path} failed ({exc})") from None
        except sqlite3.DatabaseError as exc:
            raise DatabaseCorrupt(f"{db_path} is damaged ({exc}); no backup was made") from None
        result = check_file(partial)
        if result != "ok":
            raise DatabaseCorrupt(
                f"backup of {db_path} failed its check (quick_check: {result.splitlines()[0]}); "
                "it was deleted"
            )
        _fsync(partial)
        os.replace(partial, target)
        _fsync_dir(folder)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _free_name(db_path: Path, folder: Path, reason: str) -> Path:
    tag = _REASON.sub("-", reason.lower()).strip("-") or "manual"
    stamp = datetime.now().strftime(_STAMP)
    target = folder / f"{db_path.stem}-{stamp}-{tag}{SUFFIX}"
    number = 2
    while target.exists():
        target = folder / f"{db_path.stem}-{stamp}-{tag}-{number}{SUFFIX}"
        number += 1
    return target


def _wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _has_pending_wal(path: Path) -> bool:
    wal = _wal_of(path)
    return wal.is_file() and wal.stat().st_size > 0


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync
        return
    _fsync(folder)
