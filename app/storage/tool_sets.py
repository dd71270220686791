"""Stored data sets of the planning tools (DEMATEL, A'WOT, retail, Huff, network) by kind and name."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.storage import models as m
from app.storage.errors import ConflictError, StorageError
from app.storage.rows import _audit, _utc

ToolSetRef = int | str
"""A stored tool data set by id or by name (within its kind)."""

KIND_LENGTH = 40


class ToolSetNotFoundError(StorageError, LookupError):
    """No stored data set of that kind with that name or id."""


class ToolSetExistsError(StorageError):
    """A data set of that kind with that name exists already."""


class StaleToolSetError(ConflictError):
    """The set changed since the caller read it (optimistic version check failed)."""

    def __init__(self, kind: str, name: str, current: int | None, expected: int) -> None:
        now = f"version {current}, " if current is not None else ""
        super().__init__(
            f"{kind} data set '{name}' was changed by someone else ({now}you had version "
            f"{expected}); reload and try again"
        )
        self.kind = kind
        self.name = name
        self.current_version = current
        self.expected_version = expected


@dataclass(frozen=True)
class ToolSetSummary:
    """One line of the list of stored sets of a kind."""

    id: int
    name: str
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class ToolSetRecord:
    """A stored set: ``data_json`` is a JSON object as text (the tool's own format)."""

    id: int
    kind: str
    name: str
    data_json: str
    version: int
    updated_at: datetime


def _clean_kind(kind: str) -> str:
    cleaned = str(kind).strip().lower()
    if not cleaned or len(cleaned) > KIND_LENGTH:
        raise StorageError(f"'{kind}' is not a kind of tool data set")
    return cleaned


def _clean_name(name: str) -> str:
    cleaned = str(name).strip()
    if not cleaned:
        raise StorageError("a data set needs a name")
    if len(cleaned) > m.NAME_LENGTH:
        raise StorageError(f"a data set name has at most {m.NAME_LENGTH} characters")
    return cleaned


def _check_json(text: str, kind: str, name: str) -> None:
    try:
        value = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise StorageError(
            f"{kind} data set '{name}': the data is not valid JSON ({exc})"
        ) from None
    if not isinstance(value, dict):
        raise StorageError(f"{kind} data set '{name}': the data must be a JSON object")


def _find(s: Session, kind: str, ref: ToolSetRef) -> m.ToolDataset:
    row: m.ToolDataset | None
    if isinstance(ref, int) and not isinstance(ref, bool):
        row = s.get(m.ToolDataset, ref)
        if row is not None and row.kind != kind:
            row = None
    else:
        row = s.scalar(
            select(m.ToolDataset).where(m.ToolDataset.kind == kind, m.ToolDataset.name == ref)
        )
    if row is None:
        raise ToolSetNotFoundError(f"there is no {kind} data set {ref!r}")
    return row


def _name_taken(s: Session, kind: str, name: str) -> bool:
    found = s.scalar(
        select(m.ToolDataset.id).where(m.ToolDataset.kind == kind, m.ToolDataset.name == name)
    )
    return found is not None


def _record(row: m.ToolDataset) -> ToolSetRecord:
    return ToolSetRecord(row.id, row.kind, row.name, row.data, row.version_id, _utc(row.updated_at))


class ProjectToolSets:
    """Tool data-set storage; mixed into ``ProjectRepository`` (which supplies ``_sessions``).

    Sets are not part of a project: the tool pages work without one open. Names are
    unique within a kind ("dematel", "awot", "retail", "huff", "network", ...).
    """

    _sessions: Callable[[], Session]

    def list_tool_sets(self, kind: str) -> list[ToolSetSummary]:
        """All stored sets of ``kind``, by name."""
        kind = _clean_kind(kind)
        t = m.ToolDataset
        with self._sessions() as s:
            rows = s.execute(
                select(t.id, t.name, t.updated_at, t.version_id)
                .where(t.kind == kind)
                .order_by(t.name)
            ).all()
            return [ToolSetSummary(r.id, r.name, _utc(r.updated_at), r.version_id) for r in rows]

    def save_tool_set(
        self,
        kind: str,
        name: str,
        data_json: str,
        expected_version: int | None = None,
        *,
        who: str = "",
    ) -> int:
        """Store a set; returns its new version.

        ``expected_version`` None creates a new set (:class:`ToolSetExistsError` if the name
        is taken in this kind); otherwise the stored set is overwritten only if it still has
        that version (:class:`StaleToolSetError`, a ConflictError, if someone else saved it).
        """
        kind = _clean_kind(kind)
        name = _clean_name(name)
        _check_json(data_json, kind, name)
        with self._sessions() as s, s.begin():
            if expected_version is None:
                if _name_taken(s, kind, name):
                    raise ToolSetExistsError(f"a {kind} data set named '{name}' exists already")
                row = m.ToolDataset(kind=kind, name=name, data=data_json)
                s.add(row)
                try:
                    s.flush()
                except IntegrityError:  # created by someone else just now
                    raise ToolSetExistsError(
                        f"a {kind} data set named '{name}' exists already"
                    ) from None
                _audit(s, None, who, f"create {kind} set", f"{kind} '{name}'", None, None)
                return row.version_id
            try:
                row = _find(s, kind, name)
            except ToolSetNotFoundError:  # deleted by someone else meanwhile
                raise StaleToolSetError(kind, name, None, expected_version) from None
            if row.version_id != expected_version:
                raise StaleToolSetError(kind, name, row.version_id, expected_version)
            row.data = data_json
            row.updated_at = m.utcnow()
            try:
                s.flush()
            except StaleDataError:
                raise StaleToolSetError(kind, name, None, expected_version) from None
            _audit(s, None, who, f"save {kind} set", f"{kind} '{name}'", None, None)
            return row.version_id

    def load_tool_set(self, kind: str, name_or_id: ToolSetRef) -> ToolSetRecord:
        """A stored set by name or id; :class:`ToolSetNotFoundError` if there is none."""
        kind = _clean_kind(kind)
        with self._sessions() as s:
            return _record(_find(s, kind, name_or_id))

    def rename_tool_set(
        self, kind: str, name_or_id: ToolSetRef, new_name: str, *, who: str = ""
    ) -> int:
        """Give a stored set a new (unused) name within its kind; returns its new version."""
        kind = _clean_kind(kind)
        new_name = _clean_name(new_name)
        with self._sessions() as s, s.begin():
            row = _find(s, kind, name_or_id)
            if row.name == new_name:
                return row.version_id
            if _name_taken(s, kind, new_name):
                raise ToolSetExistsError(f"a {kind} data set named '{new_name}' exists already")
            old = row.name
            row.name = new_name
            row.updated_at = m.utcnow()
            try:
                s.flush()
            except (IntegrityError, StaleDataError):
                raise ToolSetExistsError(
                    f"{kind} data set '{old}' could not be renamed to '{new_name}' (changed by "
                    "someone else meanwhile)"
                ) from None
            _audit(s, None, who, f"rename {kind} set", f"{kind} '{new_name}'", old, new_name)
            return row.version_id

    def delete_tool_set(self, kind: str, name_or_id: ToolSetRef, *, who: str = "") -> None:
        """Delete a stored set (the audit log keeps a note of it)."""
        kind = _clean_kind(kind)
        with self._sessions() as s, s.begin():
            row = _find(s, kind, name_or_id)
            _audit(s, None, who, f"delete {kind} set", f"{kind} '{row.name}'", row.name, None)
            s.delete(row)
