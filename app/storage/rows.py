"""Row-level helpers shared by the repository modules (sessions in, ORM rows stay inside)."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Table, exists, func, insert, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from app.storage import models as m
from app.storage.document import (
    JudgmentRecord,
    ParticipantRecord,
    ScenarioRecord,
)
from app.storage.records import (
    ProjectNotFoundError,
    ProjectRef,
    ProjectSummary,
    StaleProjectError,
    UnknownItemError,
)
from decision.problem import Criterion, Preference
from decision.results import Conventions, RankingResult


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


def _check_judgment_items(
    items: list[tuple[str, str, float]], allowed: set[str], where: str, *, unique: bool = False
) -> None:
    """Every judgment names two different allowed items and a finite value > 0 (and, with
    ``unique``, no pair twice, either way round)."""
    seen: set[frozenset[str]] = set()
    for a, b, v in items:
        for x in (a, b):
            if x not in allowed:
                raise UnknownItemError(f"judgment {a} vs {b}: '{x}' is not in {where}")
        if a == b or not (v > 0 and math.isfinite(v)):
            raise UnknownItemError(
                f"judgment {a} vs {b} at {where}: needs two different items and a "
                f"finite value > 0, got {v!r}"
            )
        if unique and frozenset((a, b)) in seen:
            raise UnknownItemError(f"judgment {a} vs {b} is given twice")
        seen.add(frozenset((a, b)))


def _participant(s: Session, pid: int, name: str, role: str) -> m.Participant:
    """The project's participant called ``name``, created (with ``role``) if new."""
    person = s.scalar(
        select(m.Participant).where(m.Participant.project_id == pid, m.Participant.name == name)
    )
    if person is None:
        person = m.Participant(project_id=pid, name=name, role=role)
        s.add(person)
        s.flush()
    return person


def _insert_judgments(
    s: Session,
    pid: int,
    participant_id: int,
    kind: str,
    node_id: int | None,
    items: list[tuple[str, str, float]],
) -> None:
    """One participant's (a, b, value) judgments at one node, in one multi-row insert."""
    if not items:
        return
    s.execute(
        insert(m.Judgment),
        [
            {
                "project_id": pid,
                "participant_id": participant_id,
                "node_id": node_id,
                "kind": kind,
                "item_a": a,
                "item_b": b,
                "value": v,
            }
            for a, b, v in items
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
