"""`innocite db check|backup|restore`: database health, backups and restore as JSON-ready dicts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_text import tr, whole
from app.storage.errors import DatabaseCorrupt, StorageError

if TYPE_CHECKING:
    from app.storage.database import Database


def _open_existing(url: str | None) -> Database:
    """Open the database, refusing a SQLite file that does not exist (a typo, say)."""
    from app.storage.database import open_database, resolve_url, sqlite_file

    path = sqlite_file(resolve_url(url))
    if path is not None and not path.exists():
        raise StorageError(tr("{path}: no such database file").format(path=path))
    return open_database(url)


def db_check(url: str | None = None) -> dict[str, Any]:
    """`innocite db check [--db URL]`: open the database and run SQLite's integrity_check."""
    from app.storage.backup import list_backups

    with _open_existing(url) as db:
        path = db.path
        result: dict[str, Any] = {"database": db.display_url, "backend": db.backend}
        if path is None:
            with db.engine.connect() as conn:
                result["server_version"] = str(conn.exec_driver_sql("SHOW server_version").scalar())
            result["status"] = "ok"
            return result
        integrity = db.integrity_check()
        if integrity != "ok":
            raise DatabaseCorrupt(
                tr(
                    "{path} is damaged (integrity_check: {detail}); "
                    "restore a backup with `innocite db restore`"
                ).format(path=path, detail=integrity.splitlines()[0])
            )
        with db.engine.connect() as conn:
            journal = str(conn.exec_driver_sql("PRAGMA journal_mode").scalar())
        backups = list_backups(path)
        result.update(
            {
                "path": str(path),
                "status": "ok",
                "integrity_check": integrity,
                "journal_mode": journal,
                "size_bytes": path.stat().st_size,
                "backups": len(backups),
                "latest_backup": str(backups[0].path) if backups else None,
            }
        )
        return result


def db_backup(url: str | None = None) -> dict[str, Any]:
    """`innocite db backup [--db URL]`: a checked backup beside the database, rotated."""
    from app.storage.backup import DEFAULT_KEEP, backup, list_backups

    with _open_existing(url) as db:
        target = backup(db, reason="manual")  # refuses PostgreSQL with a StorageError
        path = db.path
        if path is None:
            raise StorageError(tr("{url}: not a SQLite file").format(url=db.display_url))
        return {
            "database": str(path),
            "backup": str(target),
            "size_bytes": target.stat().st_size,
            "backups_kept": len(list_backups(path)),
            "keep": DEFAULT_KEEP,
        }


def db_restore(backup_file: str, url: str | None = None) -> dict[str, Any]:
    """`innocite db restore BACKUP [--db URL]`: replace the database, keeping what it replaces."""
    from app.storage.backup import restore
    from app.storage.database import resolve_url, sqlite_file

    resolved = resolve_url(url)
    path = sqlite_file(resolved)
    if path is None:
        shown = resolved.render_as_string(hide_password=True)
        raise StorageError(
            tr("{url}: restore a PostgreSQL database on the server (pg_restore)").format(url=shown)
        )
    saved = restore(path, Path(backup_file))
    return {
        "database": str(path),
        "restored_from": str(Path(backup_file).expanduser().resolve()),
        "previous_saved_as": str(saved) if saved is not None else None,
    }


def render_db(action: str, result: dict[str, Any]) -> str:
    """The readable one-line summary of a `db` subcommand's result (ends with a newline)."""
    if action == "check":
        if result["backend"] == "postgresql":
            line = tr("{database}: ok (PostgreSQL {version})").format(
                database=result["database"], version=result["server_version"]
            )
        else:
            line = tr(
                "{path}: ok ({size} bytes, journal {journal}, {backups} backups, latest {latest})"
            ).format(
                path=result["path"],
                size=whole(result["size_bytes"]),
                journal=result["journal_mode"],
                backups=result["backups"],
                latest=result["latest_backup"] or tr("none"),
            )
    elif action == "backup":
        line = tr("backed up {database} to {backup} ({size} bytes; {kept} backups kept)").format(
            database=result["database"],
            backup=result["backup"],
            size=whole(result["size_bytes"]),
            kept=result["backups_kept"],
        )
    elif action == "restore":
        saved = result["previous_saved_as"]
        if saved:
            line = tr("restored {database} from {backup}; the previous file is saved as {saved}")
        else:
            line = tr("restored {database} from {backup}")
        line = line.format(database=result["database"], backup=result["restored_from"], saved=saved)
    else:
        raise ValueError(f"unknown db action {action!r}")
    return line + "\n"
