"""Project repository: returns engine objects, never ORM instances; one short session per call."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping

import numpy as np
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from app.storage import models as m
from app.storage.benchmarks import ProjectBenchmarks
from app.storage.document import (
    JudgmentRecord,
    ParticipantRecord,
    ProjectDocument,
    ScenarioRecord,
    check_document,
)
from app.storage.editing import ProjectEditing
from app.storage.errors import StorageError
from app.storage.memos import MemoNotFoundError, MemoRecord, MemoSummary, ProjectMemos
from app.storage.records import (  # re-exported: callers import them from here
    KINDS,
    AuditEntry,
    JudgmentKey,
    ProjectExistsError,
    ProjectNotFoundError,
    ProjectRef,
    ProjectSummary,
    SnapshotRecord,
    StaleProjectError,
    UnknownItemError,
)
from app.storage.rows import (
    _audit,
    _check_judgment_items,
    _criterion_row,
    _has_children,
    _insert_judgments,
    _insert_matrix,
    _insert_participant,
    _key_map,
    _load_matrix,
    _num,
    _participant,
    _preference,
    _project,
    _scenario_record,
    _scenario_row,
    _snapshot_result,
    _summary,
    _summary_select,
    _tags,
    _touch,
    _utc,
)
from app.storage.tool_sets import ProjectToolSets
from decision.errors import InputError
from decision.problem import Alternative, Criterion, Problem
from decision.results import RankingResult

__all__ = [
    "KINDS",
    "AuditEntry",
    "JudgmentKey",
    "MemoNotFoundError",
    "MemoRecord",
    "MemoSummary",
    "ProjectExistsError",
    "ProjectNotFoundError",
    "ProjectRef",
    "ProjectRepository",
    "ProjectSummary",
    "SnapshotRecord",
    "StaleProjectError",
    "UnknownItemError",
]


class ProjectRepository(ProjectEditing, ProjectMemos, ProjectBenchmarks, ProjectToolSets):
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
            for model in (m.Judgment, m.Participant, m.Scenario, m.ResultSnapshot, m.Memo):
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
            _check_judgment_items(items, allowed, where)
            person = _participant(s, p.id, participant, role)
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
            _insert_judgments(s, p.id, person.id, kind, node_id, items)
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
