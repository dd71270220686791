"""Project repository: returns engine objects, never ORM instances; one short session per call."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Table, delete, exists, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from app.storage import models as m
from app.storage.document import (
    JudgmentRecord,
    ParticipantRecord,
    ProjectDocument,
    ScenarioRecord,
    check_document,
)
from app.storage.errors import ConflictError, StorageError
from decision.errors import InputError
from decision.problem import Alternative, Criterion, Preference, Problem
from decision.results import Conventions, RankingResult

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


class ProjectRepository:
    """Projects in a database; ``session_factory`` is e.g. a ``sessionmaker``.

    Thread rule: every call opens and closes its own session and returns plain engine
    objects, so one repository may be used from any thread (a worker included); never
    share a session or an ORM object between threads.
    """

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._sessions = session_factory

    # -- projects -------------------------------------------------------------------------
    def list_projects(self) -> list[ProjectSummary]:
        """All projects, by name."""
        with self._sessions() as s:
            rows = s.execute(_summary_select().order_by(m.Project.name)).all()
            return [_summary(r) for r in rows]

    def summary(self, project: ProjectRef) -> ProjectSummary:
        with self._sessions() as s:
            pid = _project(s, project).id
            row = s.execute(_summary_select().where(m.Project.id == pid)).one()
            return _summary(row)

    def save_problem(
        self,
        problem: Problem,
        *,
        question: str = "",
        description: str = "",
        owner: str = "",
        sources: Mapping[tuple[str, str], str] | None = None,
        who: str = "",
    ) -> ProjectSummary:
        """Store ``problem`` as a new project named ``problem.name``."""
        doc = ProjectDocument(problem, question, description, owner, dict(sources or {}))
        return self.save_document(doc, who=who)

    def save_document(self, doc: ProjectDocument, *, who: str = "") -> ProjectSummary:
        """Store a whole project (values, sources, participants' judgments, scenarios) as a
        new project in one transaction: all of it is written, or nothing."""
        try:
            check_document(doc)
        except InputError as exc:
            raise UnknownItemError(str(exc)) from None
        problem = doc.problem
        leaf_ids = problem.leaf_ids
        with self._sessions() as s, s.begin():
            if s.scalar(select(m.Project.id).where(m.Project.name == problem.name)) is not None:
                raise ProjectExistsError(f"a project named '{problem.name}' exists already")
            project = m.Project(
                name=problem.name,
                question=doc.question,
                description=doc.description,
                owner=doc.owner,
            )
            s.add(project)
            try:
                s.flush()
            except IntegrityError:  # created by someone else just now
                raise ProjectExistsError(
                    f"a project named '{problem.name}' exists already"
                ) from None
            pid = project.id
            s.execute(
                insert(m.Criterion),
                [_criterion_row(pid, i, c) for i, c in enumerate(problem.criteria)],
            )
            crit_ids = _key_map(s, m.Criterion, pid)
            parents = [
                {"id": crit_ids[c.id], "parent_id": crit_ids[c.parent]}
                for c in problem.criteria
                if c.parent is not None
            ]
            if parents:  # ORM bulk UPDATE by primary key
                s.execute(update(m.Criterion), parents)
            s.execute(
                insert(m.Alternative),
                [
                    {
                        "project_id": pid,
                        "key": a.id,
                        "name": a.name,
                        "description": a.description,
                        "tags": json.dumps(list(a.tags), ensure_ascii=False),
                        "cost": a.cost,
                        "position": i,
                    }
                    for i, a in enumerate(problem.alternatives)
                ],
            )
            alt_ids = _key_map(s, m.Alternative, pid)
            _insert_matrix(
                s,
                problem.matrix,
                [alt_ids[a] for a in problem.alternative_ids],
                [crit_ids[c] for c in leaf_ids],
            )
            if doc.sources:
                s.execute(
                    update(m.Performance),
                    [
                        {"alternative_id": alt_ids[a], "criterion_id": crit_ids[c], "source": t}
                        for (a, c), t in doc.sources.items()
                    ],
                )
            for person in doc.participants:
                _insert_participant(s, pid, person, crit_ids)
            for scenario in doc.scenarios:
                s.add(_scenario_row(pid, scenario))
            shape = f"{len(problem.alternatives)} alternatives x {len(leaf_ids)} criteria"
            _audit(s, pid, who, "create project", f"project '{problem.name}'", None, shape)
            s.flush()
            return ProjectSummary(
                id=pid,
                name=problem.name,
                question=doc.question,
                owner=doc.owner,
                updated_at=_utc(project.updated_at),
                n_alternatives=len(problem.alternatives),
                n_criteria=len(leaf_ids),
                version=project.version_id,
            )

    def load_document(self, project: ProjectRef) -> ProjectDocument:
        """The whole project as plain values; ``save_document`` of it gives an equal project."""
        problem = self.load_problem(project)
        sources = self.load_sources(project)
        with self._sessions() as s:
            p = _project(s, project)
            node = aliased(m.Criterion)
            people = s.execute(
                select(m.Participant.id, m.Participant.name, m.Participant.role)
                .where(m.Participant.project_id == p.id)
                .order_by(m.Participant.id)
            ).all()
            rows = s.execute(
                select(
                    m.Judgment.participant_id,
                    m.Judgment.kind,
                    node.key,
                    m.Judgment.item_a,
                    m.Judgment.item_b,
                    m.Judgment.value,
                )
                .outerjoin(node, node.id == m.Judgment.node_id)
                .where(m.Judgment.project_id == p.id)
                .order_by(m.Judgment.id)
            ).all()
            by_person: dict[int, list[JudgmentRecord]] = {}
            for person_id, kind, key, a, b, v in rows:
                rec = JudgmentRecord(
                    "alternatives" if kind == "alternatives" else "criteria", key, a, b, v
                )
                by_person.setdefault(person_id, []).append(rec)
            participants = tuple(
                ParticipantRecord(name, role, tuple(by_person.get(i, [])))
                for i, name, role in people
            )
            scenarios = tuple(
                _scenario_record(x)
                for x in s.execute(
                    select(m.Scenario).where(m.Scenario.project_id == p.id).order_by(m.Scenario.id)
                ).scalars()
            )
            return ProjectDocument(
                problem,
                p.question,
                p.description,
                p.owner,
                sources,
                participants,
                scenarios,
            )

    def load_problem(self, project: ProjectRef) -> Problem:
        """The stored project as the engine's problem (same ids, order and values)."""
        with self._sessions() as s, s.begin():
            p = _project(s, project)
            crits = s.execute(
                select(m.Criterion)
                .where(m.Criterion.project_id == p.id)
                .order_by(m.Criterion.position)
            ).scalars()
            crit_rows = list(crits)
            key_of = {c.id: c.key for c in crit_rows}
            criteria = [
                Criterion(
                    id=c.key,
                    name=c.name,
                    direction="cost" if c.direction == "cost" else "benefit",
                    unit=c.unit,
                    weight=c.local_weight,
                    parent=key_of[c.parent_id] if c.parent_id is not None else None,
                    description=c.description,
                    preference=_preference(c),
                    is_group=c.is_group,
                )
                for c in crit_rows
            ]
            alt_rows = s.execute(
                select(m.Alternative.id, m.Alternative.key, m.Alternative.name)
                .add_columns(m.Alternative.description, m.Alternative.tags, m.Alternative.cost)
                .where(m.Alternative.project_id == p.id)
                .order_by(m.Alternative.position)
            ).all()
            alternatives = [
                Alternative(id=r[1], name=r[2], description=r[3], tags=_tags(r[4]), cost=r[5])
                for r in alt_rows
            ]
            shell = Problem.create(p.name, criteria, alternatives)
            leaf_db_ids = np.array(
                [c.id for c in crit_rows if c.key in set(shell.leaf_ids)], dtype=np.int64
            )
            alt_db_ids = np.array([r[0] for r in alt_rows], dtype=np.int64)
            matrix = _load_matrix(s, p.id, alt_db_ids, leaf_db_ids)
            return Problem.create(p.name, criteria, alternatives, matrix)

    def load_sources(self, project: ProjectRef) -> dict[tuple[str, str], str]:
        """Source notes by (alternative key, criterion key)."""
        with self._sessions() as s:
            pid = _project(s, project).id
            rows = s.execute(
                select(m.Alternative.key, m.Criterion.key, m.Performance.source)
                .join(m.Alternative, m.Alternative.id == m.Performance.alternative_id)
                .join(m.Criterion, m.Criterion.id == m.Performance.criterion_id)
                .where(m.Alternative.project_id == pid, m.Performance.source.is_not(None))
            ).all()
            return {(a, c): str(src) for a, c, src in rows}

    def rename_project(
        self, project: ProjectRef, new_name: str, *, who: str = "", reason: str = ""
    ) -> int:
        """Rename; returns the new version."""
        with self._sessions() as s, s.begin():
            p = _project(s, project)
            if not new_name.strip():
                raise StorageError("a project name cannot be empty")
            if new_name == p.name:
                return p.version_id
            if s.scalar(select(m.Project.id).where(m.Project.name == new_name)) is not None:
                raise ProjectExistsError(f"a project named '{new_name}' exists already")
            old = p.name
            p.name = new_name
            _touch(s, p, old)
            _audit(s, p.id, who, "rename project", f"project '{new_name}'", old, new_name, reason)
            return p.version_id

    def delete_project(self, project: ProjectRef, *, who: str = "", reason: str = "") -> None:
        """Delete a project and everything in it; its audit rows stay (project unset)."""
        with self._sessions() as s, s.begin():
            p = _project(s, project)
            pid, name = p.id, p.name
            s.expunge(p)
            alts = select(m.Alternative.id).where(m.Alternative.project_id == pid)
            # Explicit deletes, children first, so no orphan depends on PRAGMA foreign_keys.
            s.execute(delete(m.Performance).where(m.Performance.alternative_id.in_(alts)))
            for model in (m.Judgment, m.Participant, m.Scenario, m.ResultSnapshot):
                s.execute(delete(model).where(model.project_id == pid))
            s.execute(delete(m.Alternative).where(m.Alternative.project_id == pid))
            s.execute(
                update(m.Criterion).where(m.Criterion.project_id == pid).values(parent_id=None)
            )
            s.execute(delete(m.Criterion).where(m.Criterion.project_id == pid))
            s.execute(
                update(m.AuditLog).where(m.AuditLog.project_id == pid).values(project_id=None)
            )
            s.execute(delete(m.Project).where(m.Project.id == pid))
            _audit(s, None, who, "delete project", f"project '{name}'", name, None, reason)

    # -- values ---------------------------------------------------------------------------
    def update_value(
        self,
        project: ProjectRef,
        alternative_key: str,
        criterion_key: str,
        value: float | None,
        *,
        expected_version: int,
        who: str,
        reason: str = "",
    ) -> int:
        """Set one performance value if nobody changed the project since ``expected_version``.

        Returns the new version; raises :class:`StaleProjectError` and changes nothing otherwise.
        """
        new = None if value is None or math.isnan(value) else float(value)
        with self._sessions() as s, s.begin():
            p = _project(s, project)
            if p.version_id != expected_version:
                raise StaleProjectError(p.name, p.version_id, expected_version)
            alt_id = s.scalar(
                select(m.Alternative.id).where(
                    m.Alternative.project_id == p.id, m.Alternative.key == alternative_key
                )
            )
            if alt_id is None:
                raise UnknownItemError(f"project '{p.name}' has no alternative '{alternative_key}'")
            crit = s.execute(
                select(m.Criterion.id, m.Criterion.is_group).where(
                    m.Criterion.project_id == p.id, m.Criterion.key == criterion_key
                )
            ).one_or_none()
            if crit is None or crit.is_group or _has_children(s, crit.id):
                raise UnknownItemError(
                    f"project '{p.name}' has no leaf criterion '{criterion_key}'"
                )
            cell = (m.Performance.alternative_id == alt_id, m.Performance.criterion_id == crit.id)
            found = s.execute(select(m.Performance.value).where(*cell)).one_or_none()
            if found is None:
                s.execute(
                    insert(m.Performance).values(
                        alternative_id=alt_id, criterion_id=crit.id, value=new
                    )
                )
                old = None
            else:
                old = found.value
                s.execute(update(m.Performance).where(*cell).values(value=new))
            _touch(s, p, p.name)
            entity = f"value {alternative_key} / {criterion_key}"
            _audit(s, p.id, who, "update value", entity, _num(old), _num(new), reason)
            return p.version_id

    def audit_log(self, project: ProjectRef | None = None) -> list[AuditEntry]:
        """Audit entries, oldest first; all of them, or those of one project."""
        with self._sessions() as s:
            query = select(m.AuditLog).order_by(m.AuditLog.id)
            if project is not None:
                query = query.where(m.AuditLog.project_id == _project(s, project).id)
            return [
                AuditEntry(
                    _utc(a.at), a.who, a.action, a.entity, a.old_value, a.new_value, a.reason
                )
                for a in s.execute(query).scalars()
            ]

    # -- judgments ------------------------------------------------------------------------
    def add_judgments(
        self,
        project: ProjectRef,
        participant: str,
        kind: str,
        node_key: str | None,
        judgments: Iterable[tuple[str, str, float]],
        *,
        role: str = "",
        who: str = "",
    ) -> int:
        """Store (a, b, value) judgments; a pair given before (either way round) is replaced.

        Returns the new project version.
        """
        if kind not in KINDS:
            raise UnknownItemError(f"judgment kind {kind!r} is not 'criteria' or 'alternatives'")
        items = [(str(a), str(b), float(v)) for a, b, v in judgments]
        with self._sessions() as s, s.begin():
            p = _project(s, project)
            crits = s.execute(
                select(m.Criterion.id, m.Criterion.key, m.Criterion.parent_id).where(
                    m.Criterion.project_id == p.id
                )
            ).all()
            by_key = {c.key: c for c in crits}
            node = by_key.get(node_key) if node_key is not None else None
            if node_key is not None and node is None:
                raise UnknownItemError(f"project '{p.name}' has no criterion '{node_key}'")
            node_id = node.id if node is not None else None
            if kind == "criteria":
                allowed = {c.key for c in crits if c.parent_id == node_id}
                where = f"group '{node_key}'" if node_key else "the top level"
            else:
                if node is None or any(c.parent_id == node_id for c in crits):
                    raise UnknownItemError(
                        f"alternatives are compared under a leaf criterion, not {node_key!r}"
                    )
                allowed = set(
                    s.scalars(select(m.Alternative.key).where(m.Alternative.project_id == p.id))
                )
                where = f"criterion '{node_key}'"
            for a, b, v in items:
                for x in (a, b):
                    if x not in allowed:
                        raise UnknownItemError(f"judgment {a} vs {b}: '{x}' is not in {where}")
                if a == b or not (v > 0 and math.isfinite(v)):
                    raise UnknownItemError(
                        f"judgment {a} vs {b} at {where}: needs two different items and a "
                        f"finite value > 0, got {v!r}"
                    )
            person = s.scalar(
                select(m.Participant).where(
                    m.Participant.project_id == p.id, m.Participant.name == participant
                )
            )
            if person is None:
                person = m.Participant(project_id=p.id, name=participant, role=role)
                s.add(person)
                s.flush()
            node_match = (
                m.Judgment.node_id.is_(None) if node_id is None else m.Judgment.node_id == node_id
            )
            for a, b, _ in items:
                s.execute(
                    delete(m.Judgment).where(
                        m.Judgment.participant_id == person.id,
                        m.Judgment.kind == kind,
                        node_match,
                        ((m.Judgment.item_a == a) & (m.Judgment.item_b == b))
                        | ((m.Judgment.item_a == b) & (m.Judgment.item_b == a)),
                    )
                )
            if items:
                s.execute(
                    insert(m.Judgment),
                    [
                        {
                            "project_id": p.id,
                            "participant_id": person.id,
                            "node_id": node_id,
                            "kind": kind,
                            "item_a": a,
                            "item_b": b,
                            "value": v,
                        }
                        for a, b, v in items
                    ],
                )
            _touch(s, p, p.name)
            entity = f"judgments of {participant}, {kind} at {node_key or 'top level'}"
            _audit(s, p.id, who, "add judgments", entity, None, str(len(items)))
            return p.version_id

    def load_judgments(
        self, project: ProjectRef
    ) -> dict[str, dict[JudgmentKey, list[tuple[str, str, float]]]]:
        """participant → (kind, node key) → [(a, b, value)] in the order they were stored."""
        with self._sessions() as s:
            pid = _project(s, project).id
            node = aliased(m.Criterion)
            rows = s.execute(
                select(
                    m.Participant.name,
                    m.Judgment.kind,
                    node.key,
                    m.Judgment.item_a,
                    m.Judgment.item_b,
                    m.Judgment.value,
                )
                .join(m.Participant, m.Participant.id == m.Judgment.participant_id)
                .outerjoin(node, node.id == m.Judgment.node_id)
                .where(m.Judgment.project_id == pid)
                .order_by(m.Participant.id, m.Judgment.id)
            ).all()
            out: dict[str, dict[JudgmentKey, list[tuple[str, str, float]]]] = {}
            for name, kind, key, a, b, v in rows:
                out.setdefault(name, {}).setdefault((kind, key), []).append((a, b, v))
            return out

    # -- scenarios ------------------------------------------------------------------------
    def list_scenarios(self, project: ProjectRef) -> list[ScenarioRecord]:
        """The project's named weight sets, in the order they were created."""
        with self._sessions() as s:
            pid = _project(s, project).id
            rows = s.execute(
                select(m.Scenario).where(m.Scenario.project_id == pid).order_by(m.Scenario.id)
            ).scalars()
            return [_scenario_record(x) for x in rows]

    def save_scenario(
        self,
        project: ProjectRef,
        scenario: ScenarioRecord,
        *,
        expected_version: int | None = None,
        who: str = "",
    ) -> int:
        """Create the scenario, or replace the one with the same name; returns the new version.

        With ``expected_version`` a concurrent change of the project is refused.
        """
        with self._sessions() as s, s.begin():
            p = _project(s, project)
            if expected_version is not None and p.version_id != expected_version:
                raise StaleProjectError(p.name, p.version_id, expected_version)
            shell = ProjectDocument(self._shell(s, p), scenarios=(scenario,))
            try:
                check_document(shell)
            except InputError as exc:
                raise UnknownItemError(str(exc)) from None
            old = s.scalar(
                select(m.Scenario).where(
                    m.Scenario.project_id == p.id, m.Scenario.name == scenario.name
                )
            )
            before = None if old is None else old.weights
            if old is not None:
                s.delete(old)
                s.flush()
            row = _scenario_row(p.id, scenario)
            s.add(row)
            _touch(s, p, p.name)
            action = "create scenario" if old is None else "update scenario"
            _audit(s, p.id, who, action, f"scenario '{scenario.name}'", before, row.weights)
            return p.version_id

    def delete_scenario(self, project: ProjectRef, name: str, *, who: str = "") -> int:
        """Remove a scenario by name; returns the new version."""
        with self._sessions() as s, s.begin():
            p = _project(s, project)
            old = s.scalar(
                select(m.Scenario).where(m.Scenario.project_id == p.id, m.Scenario.name == name)
            )
            if old is None:
                raise UnknownItemError(f"project '{p.name}' has no scenario '{name}'")
            weights = old.weights
            s.delete(old)
            _touch(s, p, p.name)
            _audit(s, p.id, who, "delete scenario", f"scenario '{name}'", weights, None)
            return p.version_id

    @staticmethod
    def _shell(s: Session, p: m.Project) -> Problem:
        """The project's criteria and alternatives without values, for reference checks."""
        crits = s.execute(
            select(m.Criterion.key, m.Criterion.parent_id, m.Criterion.id, m.Criterion.is_group)
            .where(m.Criterion.project_id == p.id)
            .order_by(m.Criterion.position)
        ).all()
        key_of = {c.id: c.key for c in crits}
        alts = s.scalars(
            select(m.Alternative.key)
            .where(m.Alternative.project_id == p.id)
            .order_by(m.Alternative.position)
        ).all()
        return Problem.create(
            p.name,
            [
                Criterion(
                    id=c.key,
                    parent=None if c.parent_id is None else key_of[c.parent_id],
                    is_group=c.is_group,
                )
                for c in crits
            ],
            [Alternative(id=a) for a in alts],
        )

    # -- snapshots ------------------------------------------------------------------------
    def save_snapshot(self, project: ProjectRef, result: RankingResult, input_hash: str) -> int:
        """Store a ranking with its conventions; returns the snapshot id."""
        ranking = {
            "alternative_ids": list(result.alternative_ids),
            "alternative_names": list(result.alternative_names),
            "criterion_ids": list(result.criterion_ids),
            "scores": np.asarray(result.scores, dtype=float).tolist(),
            "ranks": np.asarray(result.ranks, dtype=np.int64).tolist(),
            "weights": np.asarray(result.weights, dtype=float).tolist(),
            "higher_is_better": bool(result.higher_is_better),
        }
        with self._sessions() as s, s.begin():
            pid = _project(s, project).id
            snap = m.ResultSnapshot(
                project_id=pid,
                input_hash=input_hash,
                method=result.method,
                conventions=json.dumps(result.conventions.as_dict()),
                ranking=json.dumps(ranking),
            )
            s.add(snap)
            s.flush()
            return snap.id

    def list_snapshots(self, project: ProjectRef) -> list[SnapshotRecord]:
        """Stored rankings of a project, oldest first."""
        with self._sessions() as s:
            pid = _project(s, project).id
            snaps = s.execute(
                select(m.ResultSnapshot)
                .where(m.ResultSnapshot.project_id == pid)
                .order_by(m.ResultSnapshot.id)
            ).scalars()
            return [
                SnapshotRecord(
                    x.id, _utc(x.created_at), x.input_hash, x.method, _snapshot_result(x)
                )
                for x in snaps
            ]


# -- helpers ------------------------------------------------------------------------------
def _project(s: Session, ref: ProjectRef) -> m.Project:
    if isinstance(ref, int) and not isinstance(ref, bool):
        found = s.get(m.Project, ref)
    else:
        found = s.scalar(select(m.Project).where(m.Project.name == ref))
    if found is None:
        raise ProjectNotFoundError(f"there is no project {ref!r}")
    return found


def _touch(s: Session, p: m.Project, name: str) -> None:
    """Mark the project changed; the ORM's version check refuses a concurrent writer."""
    before = p.version_id
    p.updated_at = m.utcnow()
    try:
        s.flush()
    except StaleDataError:
        # The failed flush leaves the session unusable, so the new version is not read here;
        # the whole transaction rolls back when the exception leaves the caller's block.
        raise StaleProjectError(name, None, before) from None


def _audit(
    s: Session,
    project_id: int | None,
    who: str,
    action: str,
    entity: str,
    old: str | None,
    new: str | None,
    reason: str = "",
) -> None:
    s.execute(
        insert(m.AuditLog).values(
            project_id=project_id,
            at=m.utcnow(),
            who=who,
            action=action,
            entity=entity,
            old_value=old,
            new_value=new,
            reason=reason,
        )
    )


def _insert_participant(
    s: Session, pid: int, person: ParticipantRecord, crit_ids: Mapping[str, int]
) -> None:
    """A participant and their judgments; a pair given twice (either way round) keeps the last."""
    row = m.Participant(project_id=pid, name=person.name, role=person.role)
    s.add(row)
    s.flush()
    latest: dict[tuple[str, str | None, frozenset[str]], JudgmentRecord] = {}
    for j in person.judgments:
        key = (j.kind, j.node, frozenset((j.a, j.b)))
        latest.pop(key, None)  # re-inserted at the end: the order of the last answers
        latest[key] = j
    if latest:
        s.execute(
            insert(m.Judgment),
            [
                {
                    "project_id": pid,
                    "participant_id": row.id,
                    "node_id": None if j.node is None else crit_ids[j.node],
                    "kind": j.kind,
                    "item_a": j.a,
                    "item_b": j.b,
                    "value": float(j.value),
                }
                for j in latest.values()
            ],
        )


def _scenario_row(pid: int, sc: ScenarioRecord) -> m.Scenario:
    return m.Scenario(
        project_id=pid,
        name=sc.name,
        method=sc.method,
        parameters=json.dumps(dict(sc.parameters), ensure_ascii=False, sort_keys=True),
        weights=json.dumps({k: float(v) for k, v in sc.weights.items()}, ensure_ascii=False),
        weights_source=sc.weights_source,
        description=sc.description,
    )


def _scenario_record(x: m.Scenario) -> ScenarioRecord:
    return ScenarioRecord(
        name=x.name,
        method=x.method,
        parameters=json.loads(x.parameters),
        weights={str(k): float(v) for k, v in json.loads(x.weights).items()},
        weights_source=x.weights_source,
        description=x.description,
    )


def _tags(text: str | None) -> tuple[str, ...]:
    return tuple(str(t) for t in json.loads(text)) if text else ()


def _num(value: float | None) -> str | None:
    return None if value is None else repr(float(value))


def _has_children(s: Session, criterion_id: int) -> bool:
    return bool(s.scalar(select(exists().where(m.Criterion.parent_id == criterion_id))))


def _key_map(
    s: Session, model: type[m.Criterion] | type[m.Alternative], pid: int
) -> dict[str, int]:
    rows = s.execute(select(model.key, model.id).where(model.project_id == pid)).all()
    return {k: i for k, i in rows}


def _criterion_row(pid: int, position: int, c: Criterion) -> dict[str, Any]:
    pref = c.preference
    return {
        "project_id": pid,
        "key": c.id,
        "name": c.name,
        "parent_id": None,
        "is_group": c.is_group,
        "direction": c.direction,
        "unit": c.unit,
        "local_weight": None if c.weight is None else float(c.weight),
        "position": position,
        "description": c.description,
        "preference_function": None if pref is None else pref.function,
        "preference_q": None if pref is None else float(pref.q),
        "preference_p": None if pref is None else float(pref.p),
    }


def _preference(c: m.Criterion) -> Preference | None:
    if c.preference_function is None:
        return None
    return Preference(
        function=c.preference_function,  # type: ignore[arg-type]  # checked by the table
        q=c.preference_q or 0.0,
        p=c.preference_p or 0.0,
    )


def _check_sources(
    sources: Mapping[tuple[str, str], str], alternatives: set[str], leaves: set[str]
) -> None:
    for a, c in sources:
        if a not in alternatives or c not in leaves:
            raise UnknownItemError(
                f"source note for ({a!r}, {c!r}): no such alternative and leaf criterion"
            )


def _insert_matrix(
    s: Session, matrix: npt.NDArray[np.float64], alt_ids: list[int], crit_ids: list[int]
) -> None:
    """One DBAPI executemany of plain tuples (no ORM object or dict per cell); NaN is NULL."""
    if matrix.size == 0:
        return
    values: list[Any] = matrix.ravel().tolist()
    if np.isnan(matrix).any():
        values = [None if v != v else v for v in values]  # NaN != NaN
    n = len(crit_ids)
    columns = ["alternative_id", "criterion_id", "value"]
    table = m.Performance.__table__
    assert isinstance(table, Table)
    conn = s.connection()
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=columns)
    rows: list[Any] = list(
        zip(
            np.repeat(alt_ids, n).tolist(),
            np.tile(crit_ids, len(alt_ids)).tolist(),
            values,
            strict=True,
        )
    )
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        if conn.dialect.driver == "psycopg":
            # COPY of one text block: executemany of 500,000 rows takes about 7 s here.
            # repr() is the shortest exact float text; PostgreSQL parses it back exactly.
            null = "\\N"
            text = "".join(f"{a}\t{c}\t{null if v is None else repr(v)}\n" for a, c, v in rows)
            with cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
                copy.write(text)
        else:
            if not compiled.positional:  # a named paramstyle wants one dict per row
                rows = [dict(zip(columns, row, strict=True)) for row in rows]
            cursor.executemany(str(compiled), rows)
    finally:
        cursor.close()


def _load_matrix(
    s: Session,
    pid: int,
    alt_db_ids: npt.NDArray[np.int64],
    leaf_db_ids: npt.NDArray[np.int64],
) -> npt.NDArray[np.float64]:
    """All cells of the project in one query, placed by id with vectorised lookups."""
    matrix = np.full((len(alt_db_ids), len(leaf_db_ids)), np.nan)
    if matrix.size == 0:
        return matrix
    query = (
        select(m.Performance.alternative_id, m.Performance.criterion_id, m.Performance.value)
        .join(m.Alternative, m.Alternative.id == m.Performance.alternative_id)
        .where(m.Alternative.project_id == int(pid))
    )
    conn = s.connection()
    # pid is an int from the database, so inlining it is safe; the raw cursor avoids
    # building a Row object per cell (half the load time at 500,000 cells).
    sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        fetched = cursor.fetchall()
    finally:
        cursor.close()
    if not fetched:
        return matrix
    cells = np.array(fetched, dtype=float)  # None becomes NaN; ids < 2**53 stay exact
    a = cells[:, 0].astype(np.int64)
    c = cells[:, 1].astype(np.int64)
    v = cells[:, 2]
    a_order = np.argsort(alt_db_ids)
    c_order = np.argsort(leaf_db_ids)
    ai = a_order[np.searchsorted(alt_db_ids, a, sorter=a_order)]
    ci = c_order[np.searchsorted(leaf_db_ids, c, sorter=c_order).clip(0, len(c_order) - 1)]
    keep = leaf_db_ids[ci] == c  # cells of a criterion that became a group are ignored
    matrix[ai[keep], ci[keep]] = v[keep]
    return matrix


def _summary_select() -> Any:
    child = aliased(m.Criterion)
    n_alt = (
        select(func.count(m.Alternative.id))
        .where(m.Alternative.project_id == m.Project.id)
        .scalar_subquery()
    )
    n_leaf = (
        select(func.count(m.Criterion.id))
        .where(
            m.Criterion.project_id == m.Project.id,
            m.Criterion.is_group.is_(False),
            ~exists().where(child.parent_id == m.Criterion.id),
        )
        .scalar_subquery()
    )
    return select(
        m.Project.id,
        m.Project.name,
        m.Project.question,
        m.Project.owner,
        m.Project.updated_at,
        n_alt,
        n_leaf,
        m.Project.version_id,
    )


def _utc(at: datetime) -> datetime:
    """SQLite returns stored UTC timestamps without a zone; PostgreSQL with one."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _summary(row: Any) -> ProjectSummary:
    return ProjectSummary(
        id=row[0],
        name=row[1],
        question=row[2],
        owner=row[3],
        updated_at=_utc(row[4]),
        n_alternatives=int(row[5]),
        n_criteria=int(row[6]),
        version=int(row[7]),
    )


def _snapshot_result(x: m.ResultSnapshot) -> RankingResult:
    conv: dict[str, Any] = json.loads(x.conventions)
    conventions = Conventions(
        method=conv.pop("method"),
        parameters=conv.pop("parameters", {}),
        notes=tuple(conv.pop("notes", ())),
        **conv,
    )
    r: dict[str, Any] = json.loads(x.ranking)
    return RankingResult(
        method=x.method,
        alternative_ids=tuple(r["alternative_ids"]),
        alternative_names=tuple(r["alternative_names"]),
        criterion_ids=tuple(r["criterion_ids"]),
        scores=np.array(r["scores"], dtype=float),
        ranks=np.array(r["ranks"], dtype=np.int64),
        weights=np.array(r["weights"], dtype=float),
        higher_is_better=bool(r["higher_is_better"]),
        conventions=conventions,
    )
