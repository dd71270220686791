"""What the repository returns and raises: summaries, audit entries, snapshots, typed errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.storage.errors import ConflictError, StorageError
from decision.results import RankingResult

ProjectRef = str | int
"""A project by name (str) or database id (int)."""

JudgmentKey = tuple[str, str | None]
"""(kind, node key): kind 'criteria' with a group key or None (top level), or 'alternatives'."""

KINDS = ("criteria", "alternatives")


class ProjectNotFoundError(StorageError, LookupError):
    """No project with that name or id."""


class ProjectExistsError(StorageError):
    """A project with that name exists already."""


class UnknownItemError(StorageError, ValueError):
    """An alternative, criterion or judgment names something the project does not have."""


class StaleProjectError(ConflictError):
    """The project changed since the caller read it (optimistic version check failed)."""

    def __init__(self, name: str, current: int | None, expected: int) -> None:
        now = f"version {current}, " if current is not None else ""
        super().__init__(
            f"project '{name}' was changed by someone else ({now}you had version "
            f"{expected}); reload and try again"
        )
        self.project = name
        self.current_version = current
        self.expected_version = expected


@dataclass(frozen=True)
class ProjectSummary:
    """One line of the project list."""

    id: int
    name: str
    question: str
    owner: str
    updated_at: datetime
    n_alternatives: int
    n_criteria: int  # leaf criteria, i.e. matrix columns
    version: int


@dataclass(frozen=True)
class SnapshotRecord:
    """A stored ranking, rebuilt as the engine's result (without the method's details)."""

    id: int
    created_at: datetime
    input_hash: str
    method: str
    result: RankingResult


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    who: str
    action: str
    entity: str
    old_value: str | None
    new_value: str | None
    reason: str
