"""Automatic backups: on a timer when data changed, and before risky operations (SQLite only)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from app.storage import models as m
from app.storage.backup import DEFAULT_KEEP, backup
from app.storage.database import Database

DEFAULT_INTERVAL_S = 10 * 60.0


def change_marker(db: Database) -> tuple[int, int]:
    """A cheap fingerprint of the data: every write of the repository adds an audit row."""
    with db.session() as s:
        row = s.execute(select(func.count(m.AuditLog.id), func.max(m.AuditLog.id))).one()
        return int(row[0] or 0), int(row[1] or 0)


def backup_before(db: Database, reason: str, keep: int = DEFAULT_KEEP) -> Path | None:
    """A checked backup before an import, a restore or a migration; None when there is
    nothing to protect (PostgreSQL, whose backups are the server's job, or no projects yet)."""
    if not db.is_sqlite:
        return None
    if change_marker(db) == (0, 0):
        return None
    return backup(db, reason=f"before-{reason}", keep=keep)


class AutoBackup:
    """Decides when to back up; the GUI calls :meth:`tick` from a timer (no Qt in here).

    A backup is made when the data changed since the last one and ``interval_s`` passed.
    ``clock`` is injectable so tests need not wait.
    """

    def __init__(
        self,
        db: Database,
        interval_s: float = DEFAULT_INTERVAL_S,
        keep: int = DEFAULT_KEEP,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._db = db
        self._interval = interval_s
        self._keep = keep
        self._clock = clock
        self._last_marker = change_marker(db) if db.is_sqlite else (0, 0)
        self._last_time = clock()
        self.last_backup: Path | None = None

    @property
    def enabled(self) -> bool:
        return self._db.is_sqlite

    def due(self) -> bool:
        """Data changed since the last backup and the interval has passed."""
        if not self.enabled or self._clock() - self._last_time < self._interval:
            return False
        return change_marker(self._db) != self._last_marker

    def tick(self) -> Path | None:
        """Back up if due; returns the new backup file, or None."""
        if not self.due():
            return None
        marker = change_marker(self._db)
        self.last_backup = backup(self._db, reason="auto", keep=self._keep)
        self._last_marker = marker
        self._last_time = self._clock()
        return self.last_backup
