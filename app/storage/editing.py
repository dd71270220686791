"""Editing a stored project: write only what changed between the stored and the edited problem."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from app.storage import models as m
from app.storage.document import ProjectDocument
from app.storage.records import (
    KINDS,
    ProjectExistsError,
    ProjectRef,
    ProjectSummary,
    StaleProjectError,
    UnknownItemError,
)
from app.storage.rows import (
    _audit,
    _check_judgment_items,
    _criterion_row,
    _insert_judgments,
    _load_matrix,
    _num,
    _participant,
    _project,
    _touch,
)
from decision.problem import Criterion, Problem

# Above this many changed cells one audit entry summarises them (a pasted block of 20,000
# cells needs no 20,000 audit rows to be traceable).
AUDIT_CELL_LIMIT = 200

_CRITERION_FIELDS = (
    "name",
    "is_group",
    "direction",
    "unit",
    "local_weight",
    "description",
    "preference_function",
    "preference_q",
    "preference_p",
)


class ProjectEditing:
    """Fine-grained edits; mixed into ``ProjectRepository`` (which supplies ``_sessions``)."""

    _sessions: Callable[[], Session]

    if TYPE_CHECKING:  # supplied by ProjectRepository

        def load_document(self, project: ProjectRef) -> ProjectDocument: ...

        def save_document(self, doc: ProjectDocument, *, who: str = "") -> ProjectSummary: ...

    def sync_problem(
        self,
        project: ProjectRef,
        problem: Problem,
        *,
        expected_version: int,
        who: str,
        reason: str = "",
        previous: Problem | None = None,
    ) -> int:
        """Make the stored project equal to ``problem`` (criteria, alternatives, values).

        ``previous`` is what the caller read at ``expected_version``; with the same
        alternatives and leaf criteria its values are compared in memory instead of being read
        back (a weight change on 1,000 x 20 then costs milliseconds, not a matrix load).

        Only differences are written, each audited (old → new). Removing a criterion or an
        alternative also removes its values and the judgments that name it. A rename of
        the project itself goes through :meth:`rename_project`. Returns the new version.
        """
        with self._sessions() as s, s.begin():
            p = _project(s, project)
            if p.version_id != expected_version:
                raise StaleProjectError(p.name, p.version_id, expected_version)
            log: list[tuple[str, str, str | None, str | None]] = []
            crit_ids = _sync_criteria(s, p.id, problem.criteria, log)
            if previous is not None and previous.alternatives == problem.alternatives:
                alt_ids = _alternative_ids(s, p.id)  # unchanged: no ORM row per alternative
            else:
                alt_ids = _sync_alternatives(s, p.id, problem, log)
            _sync_values(s, p.id, problem, crit_ids, alt_ids, log, previous)
            if not log:
                return p.version_id
            _touch(s, p, p.name)
            for action, entity, old, new in log:
                _audit(s, p.id, who, action, entity, old, new, reason)
            return p.version_id

    def update_project_info(
        self,
        project: ProjectRef,
        *,
        expected_version: int,
        who: str,
        question: str | None = None,
        description: str | None = None,
        owner: str | None = None,
    ) -> int:
        """Change the decision question, description or owner; returns the new version."""
        with self._sessions() as s, s.begin():
            p = _project(s, project)
            if p.version_id != expected_version:
                raise StaleProjectError(p.name, p.version_id, expected_version)
            changed = False
            for field, value in (
                ("question", question),
                ("description", description),
                ("owner", owner),
            ):
                if value is not None and getattr(p, field) != value:
                    _audit(
                        s,
                        p.id,
                        who,
                        f"update {field}",
                        f"project '{p.name}'",
                        getattr(p, field),
                        value,
                    )
                    setattr(p, field, value)
                    changed = True
            if changed:
                _touch(s, p, p.name)
            return p.version_id

    def duplicate_project(
        self, project: ProjectRef, new_name: str, *, who: str = ""
    ) -> ProjectSummary:
        """A full copy (values, sources, judgments, scenarios) under a new name."""
        if not new_name.strip():
            raise UnknownItemError("a project name cannot be empty")
        doc = self.load_document(project)
        if new_name == doc.name:
            raise ProjectExistsError(f"a project named '{new_name}' exists already")
        p = doc.problem
        copy = replace(doc, problem=Problem.create(new_name, p.criteria, p.alternatives, p.matrix))
        return self.save_document(copy, who=who)

    def set_judgments(
        self,
        project: ProjectRef,
        participant: str,
        kind: str,
        node_key: str | None,
        judgments: Iterable[tuple[str, str, float]],
        *,
        who: str,
        role: str = "",
    ) -> int:
        """Replace one participant's whole block of judgments at one node (an empty list clears
        it, the participant stays). Returns the new version."""
        if kind not in KINDS:
            raise UnknownItemError(f"judgment kind {kind!r} is not 'criteria' or 'alternatives'")
        items = [(str(a), str(b), float(v)) for a, b, v in judgments]
        with self._sessions() as s, s.begin():
            p = _project(s, project)
            node_id = None
            if node_key is not None:
                node_id = s.scalar(
                    select(m.Criterion.id).where(
                        m.Criterion.project_id == p.id, m.Criterion.key == node_key
                    )
                )
                if node_id is None:
                    raise UnknownItemError(f"project '{p.name}' has no criterion '{node_key}'")
            allowed = _allowed_items(s, p.id, kind, node_id)
            where = (
                "the alternatives"
                if kind == "alternatives"
                else (f"group '{node_key}'" if node_key else "the top level")
            )
            _check_judgment_items(items, allowed, where, unique=True)
            person = _participant(s, p.id, participant, role)
            node_match = (
                m.Judgment.node_id.is_(None) if node_id is None else m.Judgment.node_id == node_id
            )
            old = s.execute(
                select(m.Judgment.item_a, m.Judgment.item_b, m.Judgment.value)
                .where(m.Judgment.participant_id == person.id, m.Judgment.kind == kind, node_match)
                .order_by(m.Judgment.id)
            ).all()
            if [tuple(r) for r in old] == items:
                return p.version_id
            s.execute(
                delete(m.Judgment).where(
                    m.Judgment.participant_id == person.id, m.Judgment.kind == kind, node_match
                )
            )
            _insert_judgments(s, p.id, person.id, kind, node_id, items)
            _touch(s, p, p.name)
            entity = f"judgments of {participant}, {kind} at {node_key or 'top level'}"
            _audit(
                s,
                p.id,
                who,
                "set judgments",
                entity,
                json.dumps([list(r) for r in old]),
                json.dumps([list(r) for r in items]),
            )
            return p.version_id

    def remove_participant(self, project: ProjectRef, participant: str, *, who: str) -> int:
        """Remove a participant and all their judgments; returns the new version."""
        with self._sessions() as s, s.begin():
            p = _project(s, project)
            person = s.scalar(
                select(m.Participant).where(
                    m.Participant.project_id == p.id, m.Participant.name == participant
                )
            )
            if person is None:
                raise UnknownItemError(f"project '{p.name}' has no participant '{participant}'")
            s.execute(delete(m.Judgment).where(m.Judgment.participant_id == person.id))
            s.delete(person)
            _touch(s, p, p.name)
            _audit(
                s,
                p.id,
                who,
                "remove participant",
                f"participant '{participant}'",
                participant,
                None,
            )
            return p.version_id


# -- criteria -----------------------------------------------------------------------------
def _sync_criteria(
    s: Session, pid: int, criteria: tuple[Criterion, ...], log: list[Any]
) -> dict[str, int]:
    rows = {
        c.key: c
        for c in s.execute(select(m.Criterion).where(m.Criterion.project_id == pid)).scalars()
    }
    wanted = {c.id for c in criteria}
    removed = [row for key, row in rows.items() if key not in wanted]
    if removed:
        ids = [r.id for r in removed]
        keys = [r.key for r in removed]
        s.execute(delete(m.Performance).where(m.Performance.criterion_id.in_(ids)))
        s.execute(
            delete(m.Judgment).where(
                m.Judgment.project_id == pid,
                or_(
                    m.Judgment.node_id.in_(ids),
                    (m.Judgment.kind == "criteria")
                    & (m.Judgment.item_a.in_(keys) | m.Judgment.item_b.in_(keys)),
                ),
            )
        )
        s.execute(update(m.Criterion).where(m.Criterion.id.in_(ids)).values(parent_id=None))
        s.execute(update(m.Criterion).where(m.Criterion.parent_id.in_(ids)).values(parent_id=None))
        s.execute(delete(m.Criterion).where(m.Criterion.id.in_(ids)))
        for r in removed:
            log.append(("remove criterion", f"criterion '{r.key}'", r.name or r.key, None))
    added = [(i, c) for i, c in enumerate(criteria) if c.id not in rows]
    if added:
        s.execute(insert(m.Criterion), [_criterion_row(pid, i, c) for i, c in added])
        for _, c in added:
            log.append(("add criterion", f"criterion '{c.id}'", None, c.name or c.id))
    ids_by_key = dict(
        s.execute(
            select(m.Criterion.key, m.Criterion.id).where(m.Criterion.project_id == pid)
        ).all()
    )
    current = {
        c.key: c
        for c in s.execute(select(m.Criterion).where(m.Criterion.project_id == pid)).scalars()
    }
    for position, c in enumerate(criteria):
        row = current[c.id]
        target = _criterion_row(pid, position, c)
        target["parent_id"] = None if c.parent is None else ids_by_key[c.parent]
        fresh = c.id not in rows
        for field in (*_CRITERION_FIELDS, "parent_id", "position"):
            old, new = getattr(row, field), target[field]
            if old != new:
                setattr(row, field, new)
                if not fresh and field != "position":
                    shown_old, shown_new = _shown(field, old, current), _shown(field, new, current)
                    log.append(
                        (f"update criterion {field}", f"criterion '{c.id}'", shown_old, shown_new)
                    )
    if [k for k in sorted(rows, key=lambda k: rows[k].position) if k in wanted] != [
        c.id for c in criteria if c.id in rows
    ]:
        log.append(("reorder criteria", "criteria", None, ", ".join(c.id for c in criteria)))
    s.flush()
    return ids_by_key


def _shown(field: str, value: Any, rows: dict[str, m.Criterion]) -> str | None:
    if value is None:
        return None
    if field == "parent_id":
        return next((k for k, r in rows.items() if r.id == value), str(value))
    if isinstance(value, float):
        return _num(value)
    return str(value)


# -- alternatives -------------------------------------------------------------------------
def _sync_alternatives(s: Session, pid: int, problem: Problem, log: list[Any]) -> dict[str, int]:
    rows = {
        a.key: a
        for a in s.execute(select(m.Alternative).where(m.Alternative.project_id == pid)).scalars()
    }
    wanted = set(problem.alternative_ids)
    removed = [row for key, row in rows.items() if key not in wanted]
    if removed:
        ids = [r.id for r in removed]
        keys = [r.key for r in removed]
        s.execute(delete(m.Performance).where(m.Performance.alternative_id.in_(ids)))
        s.execute(
            delete(m.Judgment).where(
                m.Judgment.project_id == pid,
                m.Judgment.kind == "alternatives",
                m.Judgment.item_a.in_(keys) | m.Judgment.item_b.in_(keys),
            )
        )
        s.execute(delete(m.Alternative).where(m.Alternative.id.in_(ids)))
        for r in removed:
            log.append(("remove alternative", f"alternative '{r.key}'", r.name or r.key, None))
    order_before = [k for k in sorted(rows, key=lambda k: rows[k].position) if k in wanted]
    for position, a in enumerate(problem.alternatives):
        target: dict[str, Any] = {
            "name": a.name,
            "description": a.description,
            "tags": json.dumps(list(a.tags), ensure_ascii=False),
            "cost": a.cost,
            "position": position,
        }
        row = rows.get(a.id)
        if row is None:
            s.add(m.Alternative(project_id=pid, key=a.id, **target))
            log.append(("add alternative", f"alternative '{a.id}'", None, a.name or a.id))
            continue
        for field, new in target.items():
            old = getattr(row, field)
            if old != new:
                setattr(row, field, new)
                if field != "position":
                    shown = (_num(old), _num(new)) if field == "cost" else (old, new)
                    log.append((f"update alternative {field}", f"alternative '{a.id}'", *shown))
    if order_before != [a for a in problem.alternative_ids if a in rows]:
        log.append(
            ("reorder alternatives", "alternatives", None, ", ".join(problem.alternative_ids))
        )
    s.flush()
    return dict(
        s.execute(
            select(m.Alternative.key, m.Alternative.id).where(m.Alternative.project_id == pid)
        ).all()
    )


def _alternative_ids(s: Session, pid: int) -> dict[str, int]:
    rows = s.execute(
        select(m.Alternative.key, m.Alternative.id).where(m.Alternative.project_id == pid)
    ).all()
    return {k: i for k, i in rows}


# -- values -------------------------------------------------------------------------------
def _sync_values(
    s: Session,
    pid: int,
    problem: Problem,
    crit_ids: dict[str, int],
    alt_ids: dict[str, int],
    log: list[Any],
    previous: Problem | None = None,
) -> None:
    leaves = problem.leaf_ids
    leaf_db = np.array([crit_ids[c] for c in leaves], dtype=np.int64)
    alt_db = np.array([alt_ids[a] for a in problem.alternative_ids], dtype=np.int64)
    groups = [crit_ids[c.id] for c in problem.criteria if c.id not in set(leaves)]
    if groups:  # a leaf that became a group loses its values
        s.execute(delete(m.Performance).where(m.Performance.criterion_id.in_(groups)))
    same_shape = (
        previous is not None
        and previous.alternative_ids == problem.alternative_ids
        and previous.leaf_ids == leaves
    )
    if same_shape and previous is not None:
        if previous.matrix is problem.matrix:
            return
        stored = previous.matrix  # the version check vouches that this is what is stored
    else:
        stored = _load_matrix(s, pid, alt_db, leaf_db)
    new = problem.matrix
    same = (stored == new) | (np.isnan(stored) & np.isnan(new))
    changed = np.argwhere(~same)
    if len(changed) == 0:
        return
    existing = {
        (int(r[0]), int(r[1]))
        for r in s.execute(
            select(m.Performance.alternative_id, m.Performance.criterion_id).where(
                m.Performance.alternative_id.in_(alt_db[np.unique(changed[:, 0])].tolist())
            )
        ).all()
    }
    updates: list[dict[str, Any]] = []
    inserts: list[dict[str, Any]] = []
    for i, j in changed:
        value = None if math.isnan(new[i, j]) else float(new[i, j])
        row = {"alternative_id": int(alt_db[i]), "criterion_id": int(leaf_db[j]), "value": value}
        (updates if (row["alternative_id"], row["criterion_id"]) in existing else inserts).append(
            row
        )
    if updates:
        s.execute(update(m.Performance), updates)
    if inserts:
        s.execute(insert(m.Performance), inserts)
    if len(changed) > AUDIT_CELL_LIMIT:
        log.append(("update values", f"{len(changed)} values", None, None))
        return
    for i, j in changed:
        entity = f"value {problem.alternative_ids[i]} / {leaves[j]}"
        old = None if math.isnan(stored[i, j]) else float(stored[i, j])
        value = None if math.isnan(new[i, j]) else float(new[i, j])
        log.append(("update value", entity, _num(old), _num(value)))


def _allowed_items(s: Session, pid: int, kind: str, node_id: int | None) -> set[str]:
    crits = s.execute(
        select(m.Criterion.id, m.Criterion.key, m.Criterion.parent_id).where(
            m.Criterion.project_id == pid
        )
    ).all()
    if kind == "criteria":
        return {c.key for c in crits if c.parent_id == node_id}
    if node_id is None or any(c.parent_id == node_id for c in crits):
        raise UnknownItemError("alternatives are compared under a criterion with data")
    return set(s.scalars(select(m.Alternative.key).where(m.Alternative.project_id == pid)))
