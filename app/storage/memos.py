"""Stored decision memos: a snapshot (JSON text) per memo, listed and loaded by id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage import models as m
from app.storage.errors import StorageError
from app.storage.records import ProjectRef
from app.storage.rows import _audit, _project, _utc


class MemoNotFoundError(StorageError, LookupError):
    """No stored memo with that id."""


class MemoLike(Protocol):
    """What ``save_memo`` stores: a title and the JSON of everything the memo prints.

    ``app.memo.snapshot.MemoSnapshot`` is one; storage does not import the memo layer.
    """

    @property
    def title(self) -> str: ...

    def to_json(self) -> str: ...


@dataclass(frozen=True)
class MemoRecord:
    """A stored memo; ``snapshot_json`` rebuilds it with ``MemoSnapshot.from_json``."""

    id: int
    project_id: int
    created_at: datetime
    title: str
    snapshot_json: str


@dataclass(frozen=True)
class MemoSummary:
    """One line of a project's memo list (without the snapshot)."""

    id: int
    created_at: datetime
    title: str


class ProjectMemos:
    """Memo storage; mixed into ``ProjectRepository`` (which supplies ``_sessions``)."""

    _sessions: Callable[[], Session]

    def save_memo(self, project: ProjectRef, snapshot: MemoLike, *, who: str = "") -> int:
        """Store the memo's snapshot; returns its id. The project's version is unchanged
        (a memo is a record of the project, not an edit), but the audit log notes it."""
        text = snapshot.to_json()
        title = snapshot.title[: m.NAME_LENGTH]
        with self._sessions() as s, s.begin():
            p = _project(s, project)
            row = m.Memo(project_id=p.id, title=title, snapshot=text)
            s.add(row)
            s.flush()
            _audit(s, p.id, who, "save memo", f"memo {row.id}", None, title)
            return row.id

    def list_memos(self, project: ProjectRef) -> list[MemoSummary]:
        """The project's stored memos, oldest first."""
        with self._sessions() as s:
            pid = _project(s, project).id
            rows = s.execute(
                select(m.Memo.id, m.Memo.created_at, m.Memo.title)
                .where(m.Memo.project_id == pid)
                .order_by(m.Memo.id)
            ).all()
            return [MemoSummary(r.id, _utc(r.created_at), r.title) for r in rows]

    def load_memo(self, memo_id: int) -> MemoRecord:
        """A stored memo by id; :class:`MemoNotFoundError` if there is none."""
        with self._sessions() as s:
            row = s.get(m.Memo, memo_id)
            if row is None:
                raise MemoNotFoundError(f"there is no stored memo {memo_id}")
            return MemoRecord(row.id, row.project_id, _utc(row.created_at), row.title, row.snapshot)
