"""Stored benchmarking data sets: the engine's JSON file text and the page's settings, by name."""

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

BenchmarkRef = int | str
"""A stored benchmark set by id or by name."""


class BenchmarkNotFoundError(StorageError, LookupError):
    """No stored benchmark set with that name or id."""


class BenchmarkExistsError(StorageError):
    """A benchmark set with that name exists already."""


class StaleBenchmarkError(ConflictError):
    """The set changed since the caller read it (optimistic version check failed)."""

    def __init__(self, name: str, current: int | None, expected: int) -> None:
        now = f"version {current}, " if current is not None else ""
        super().__init__(
            f"benchmark set '{name}' was changed by someone else ({now}you had version "
            f"{expected}); reload and try again"
        )
        self.name = name
        self.current_version = current
        self.expected_version = expected


@dataclass(frozen=True)
class BenchmarkSummary:
    """One line of the list of stored benchmark sets."""

    id: int
    name: str
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class BenchmarkRecord:
    """A stored set: ``data_json`` in the ``innocite composite`` file format, ``settings_json``
    the page's choices (normalization, weighting ...), both JSON objects as text."""

    id: int
    name: str
    data_json: str
    settings_json: str
    created_at: datetime
    updated_at: datetime
    version: int


def _check_json(text: str, what: str, name: str) -> None:
    try:
        value = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise StorageError(
            f"benchmark set '{name}': the {what} is not valid JSON ({exc})"
        ) from None
    if not isinstance(value, dict):
        raise StorageError(f"benchmark set '{name}': the {what} must be a JSON object")


def _clean_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise StorageError("a benchmark set needs a name")
    if len(cleaned) > m.NAME_LENGTH:
        raise StorageError(f"a benchmark set name has at most {m.NAME_LENGTH} characters")
    return cleaned


def _find(s: Session, ref: BenchmarkRef) -> m.BenchmarkSet:
    if isinstance(ref, int) and not isinstance(ref, bool):
        found = s.get(m.BenchmarkSet, ref)
    else:
        found = s.scalar(select(m.BenchmarkSet).where(m.BenchmarkSet.name == ref))
    if found is None:
        raise BenchmarkNotFoundError(f"there is no benchmark set {ref!r}")
    return found


def _record(row: m.BenchmarkSet) -> BenchmarkRecord:
    return BenchmarkRecord(
        row.id,
        row.name,
        row.data,
        row.settings,
        _utc(row.created_at),
        _utc(row.updated_at),
        row.version_id,
    )


class ProjectBenchmarks:
    """Benchmark-set storage; mixed into ``ProjectRepository`` (which supplies ``_sessions``).

    Sets are not part of a project: the Benchmarking page works without one open.
    """

    _sessions: Callable[[], Session]

    def list_benchmarks(self) -> list[BenchmarkSummary]:
        """All stored sets, by name."""
        with self._sessions() as s:
            rows = s.execute(
                select(
                    m.BenchmarkSet.id,
                    m.BenchmarkSet.name,
                    m.BenchmarkSet.updated_at,
                    m.BenchmarkSet.version_id,
                ).order_by(m.BenchmarkSet.name)
            ).all()
            return [BenchmarkSummary(r.id, r.name, _utc(r.updated_at), r.version_id) for r in rows]

    def save_benchmark(
        self,
        name: str,
        data_json: str,
        settings_json: str = "{}",
        expected_version: int | None = None,
        *,
        who: str = "",
    ) -> int:
        """Store a set; returns its new version.

        ``expected_version`` None creates a new set (:class:`BenchmarkExistsError` if the
        name is taken); otherwise the stored set is overwritten only if it still has that
        version (:class:`StaleBenchmarkError` if someone else saved it meanwhile).
        """
        name = _clean_name(name)
        _check_json(data_json, "data", name)
        _check_json(settings_json, "settings", name)
        with self._sessions() as s, s.begin():
            if expected_version is None:
                if s.scalar(select(m.BenchmarkSet.id).where(m.BenchmarkSet.name == name)):
                    raise BenchmarkExistsError(f"a benchmark set named '{name}' exists already")
                row = m.BenchmarkSet(name=name, data=data_json, settings=settings_json)
                s.add(row)
                try:
                    s.flush()
                except IntegrityError:  # created by someone else just now
                    raise BenchmarkExistsError(
                        f"a benchmark set named '{name}' exists already"
                    ) from None
                _audit(s, None, who, "create benchmark", f"benchmark '{name}'", None, None)
                return row.version_id
            row = _find(s, name)
            if row.version_id != expected_version:
                raise StaleBenchmarkError(name, row.version_id, expected_version)
            row.data = data_json
            row.settings = settings_json
            row.updated_at = m.utcnow()
            try:
                s.flush()
            except StaleDataError:
                raise StaleBenchmarkError(name, None, expected_version) from None
            _audit(s, None, who, "save benchmark", f"benchmark '{name}'", None, None)
            return row.version_id

    def load_benchmark(self, ref: BenchmarkRef) -> BenchmarkRecord:
        """A stored set by id or name; :class:`BenchmarkNotFoundError` if there is none."""
        with self._sessions() as s:
            return _record(_find(s, ref))

    def delete_benchmark(self, ref: BenchmarkRef, *, who: str = "") -> None:
        """Delete a stored set (the audit log keeps a note of it)."""
        with self._sessions() as s, s.begin():
            row = _find(s, ref)
            _audit(s, None, who, "delete benchmark", f"benchmark '{row.name}'", row.name, None)
            s.delete(row)

    def rename_benchmark(self, ref: BenchmarkRef, new_name: str, *, who: str = "") -> int:
        """Give a stored set a new (unused) name; returns its new version."""
        new_name = _clean_name(new_name)
        with self._sessions() as s, s.begin():
            row = _find(s, ref)
            if row.name == new_name:
                return row.version_id
            taken = s.scalar(select(m.BenchmarkSet.id).where(m.BenchmarkSet.name == new_name))
            if taken is not None:
                raise BenchmarkExistsError(f"a benchmark set named '{new_name}' exists already")
            old = row.name
            row.name = new_name
            row.updated_at = m.utcnow()
            try:
                s.flush()
            except (IntegrityError, StaleDataError):
                raise BenchmarkExistsError(
                    f"benchmark set '{old}' could not be renamed to '{new_name}' (changed by "
                    "someone else meanwhile)"
                ) from None
            _audit(s, None, who, "rename benchmark", f"benchmark '{new_name}'", old, new_name)
            return row.version_id
