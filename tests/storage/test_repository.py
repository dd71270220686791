"""ProjectRepository on a fresh database per test: round trips, versions, cascades, judgments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from sqlalchemy import create_engine, event, func, insert, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from app.storage import models as m
from app.storage.errors import ConflictError
from app.storage.repository import (
    ProjectExistsError,
    ProjectNotFoundError,
    ProjectRepository,
    StaleProjectError,
    UnknownItemError,
)
from decision.problem import Alternative, Criterion, Preference, Problem
from decision.results import Conventions, RankingResult


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A plain engine on a fresh database (``db_url`` from conftest: SQLite, PostgreSQL too)."""
    eng = create_engine(db_url)
    if eng.dialect.name == "sqlite":

        @event.listens_for(eng, "connect")
        def _fk(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA foreign_keys=ON")

    m.Base.metadata.create_all(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def repo(engine: Engine) -> ProjectRepository:
    return ProjectRepository(sessionmaker(bind=engine))


def tree_problem(name: str = "Koper SME support") -> Problem:
    """Three levels: economy > jobs > {jobs_direct, jobs_indirect}; economy > cofin; risk."""
    criteria = [
        Criterion("economy", "Economy", weight=0.6, description="economic effects"),
        Criterion("jobs", "Jobs created", weight=2.0, parent="economy"),
        Criterion("jobs_direct", "Direct jobs", unit="FTE", weight=0.7, parent="jobs"),
        Criterion(
            "jobs_indirect",
            "Indirect jobs",
            unit="FTE",
            weight=0.3,
            parent="jobs",
            preference=Preference("linear", q=0.5, p=2.0),
        ),
        Criterion("cofin", "Private co-financing", unit="%", weight=1.0, parent="economy"),
        Criterion("risk", "Risk", direction="cost", unit="score", weight=0.4),
        Criterion("time", "Time to effect", direction="cost", unit="months", weight=None),
    ]
    alternatives = [
        Alternative("voucher", "Innovation vouchers", "small grants"),
        Alternative("incubator", "Town-centre incubator"),
        Alternative("broadband", "Broadband for SMEs"),
    ]
    matrix = [
        [12.0, 30.25, 0.1 + 0.2, 2.0, 1e-300],
        [8.5, 1.0 / 3.0, 45.0, 3.0, 18.0],
        [-4.75, 7.0, 5e-324, 1.0, 36.0],
    ]
    return Problem.create(name, criteria, alternatives, matrix)


def count(engine: Engine, model: Any) -> int:
    with engine.connect() as c:
        return int(c.scalar(select(func.count()).select_from(model)) or 0)


def test_round_trip_is_exact(repo: ProjectRepository) -> None:
    problem = tree_problem()
    summary = repo.save_problem(problem, question="Which measures?", owner="Ana")
    assert (summary.name, summary.n_alternatives, summary.n_criteria) == (problem.name, 3, 5)
    back = repo.load_problem(problem.name)
    assert back.criteria == problem.criteria  # ids, names, directions, units, weights, parents
    assert back.alternatives == problem.alternatives
    assert back.leaf_ids == ("jobs_direct", "jobs_indirect", "cofin", "risk", "time")
    assert np.array_equal(back.matrix, problem.matrix)
    assert back.matrix.tobytes() == problem.matrix.tobytes()
    assert [c.weight for c in back.criteria] == [0.6, 2.0, 0.7, 0.3, 1.0, 0.4, None]
    assert [c.parent for c in back.criteria][1:4] == ["economy", "jobs", "jobs"]
    assert back.criteria[3].preference == Preference("linear", q=0.5, p=2.0)
    assert back.criteria[5].direction == "cost" and back.criteria[2].unit == "FTE"
    assert repo.load_problem(summary.id).criteria == problem.criteria


def test_missing_values_and_sources_round_trip(repo: ProjectRepository) -> None:
    base = tree_problem()
    matrix = base.matrix.copy()
    matrix[1, 2] = np.nan
    problem = Problem.create("with gaps", base.criteria, base.alternatives, matrix)
    repo.save_problem(problem, sources={("voucher", "cofin"): "Koper budget 2024, p. 12"})
    back = repo.load_problem("with gaps")
    assert np.array_equal(back.matrix, matrix, equal_nan=True)
    assert np.isnan(back.matrix[1, 2])
    assert repo.load_sources("with gaps") == {("voucher", "cofin"): "Koper budget 2024, p. 12"}


def test_list_rename_and_delete_cascades(repo: ProjectRepository, engine: Engine) -> None:
    repo.save_problem(tree_problem("B project"), owner="Ana")
    repo.save_problem(tree_problem("A project"))
    repo.add_judgments("B project", "Ana", "criteria", None, [("economy", "risk", 3.0)])
    repo.save_snapshot("B project", ranking(), "abc")
    assert [p.name for p in repo.list_projects()] == ["A project", "B project"]

    version = repo.rename_project("B project", "C project", who="Ana")
    listed = {p.name: p for p in repo.list_projects()}
    assert set(listed) == {"A project", "C project"}
    assert listed["C project"].version == version == 3  # created 1, judgments 2, rename 3
    with pytest.raises(ProjectExistsError, match="'A project' exists already"):
        repo.rename_project("C project", "A project")

    repo.delete_project("C project", who="Ana")
    assert [p.name for p in repo.list_projects()] == ["A project"]
    with pytest.raises(ProjectNotFoundError):
        repo.load_problem("C project")
    # Only project A's rows are left: 7 criteria, 3 alternatives, 15 values.
    assert count(engine, m.Criterion) == 7
    assert count(engine, m.Alternative) == 3
    assert count(engine, m.Performance) == 15
    for model in (m.Judgment, m.Participant, m.ResultSnapshot):
        assert count(engine, model) == 0
    actions = [e.action for e in repo.audit_log()]
    assert actions.count("delete project") == 1


def test_duplicate_project_name_is_refused(repo: ProjectRepository, engine: Engine) -> None:
    repo.save_problem(tree_problem("Same"))
    with pytest.raises(ProjectExistsError, match="a project named 'Same' exists already"):
        repo.save_problem(tree_problem("Same"))
    assert count(engine, m.Project) == 1
    assert count(engine, m.Criterion) == 7


def test_update_value_with_current_version_audits_old_and_new(repo: ProjectRepository) -> None:
    summary = repo.save_problem(tree_problem())
    version = repo.update_value(
        summary.id,
        "incubator",
        "cofin",
        50.5,
        expected_version=summary.version,
        who="Marko",
        reason="new offer",
    )
    assert version == summary.version + 1
    back = repo.load_problem(summary.id)
    assert back.matrix[1, 2] == 50.5
    entry = repo.audit_log(summary.id)[-1]
    assert (entry.who, entry.action, entry.old_value, entry.new_value, entry.reason) == (
        "Marko",
        "update value",
        "45.0",
        "50.5",
        "new offer",
    )
    assert "incubator" in entry.entity and "cofin" in entry.entity


def test_stale_version_is_refused_and_changes_nothing(repo: ProjectRepository) -> None:
    summary = repo.save_problem(tree_problem())
    repo.update_value(summary.id, "voucher", "risk", 4.0, expected_version=1, who="Ana")
    audit_before = repo.audit_log(summary.id)
    with pytest.raises(StaleProjectError) as caught:
        repo.update_value(summary.id, "voucher", "risk", 9.0, expected_version=1, who="Marko")
    assert str(caught.value) == (
        f"project '{summary.name}' was changed by someone else (version 2, you had version 1); "
        "reload and try again"
    )
    assert isinstance(caught.value, ConflictError)
    assert repo.load_problem(summary.id).matrix[0, 3] == 4.0
    assert repo.list_projects()[0].version == 2
    assert repo.audit_log(summary.id) == audit_before


def test_update_value_rejects_unknown_and_group_keys(repo: ProjectRepository) -> None:
    summary = repo.save_problem(tree_problem())
    with pytest.raises(UnknownItemError, match="no alternative 'nope'"):
        repo.update_value(summary.id, "nope", "risk", 1.0, expected_version=1, who="x")
    with pytest.raises(UnknownItemError, match="no leaf criterion 'jobs'"):
        repo.update_value(summary.id, "voucher", "jobs", 1.0, expected_version=1, who="x")
    assert repo.list_projects()[0].version == 1


def test_judgments_round_trip_for_two_participants(repo: ProjectRepository) -> None:
    repo.save_problem(tree_problem())
    name = tree_problem().name
    repo.add_judgments(
        name, "Ana", "criteria", None, [("economy", "risk", 3.0), ("economy", "time", 5.0)]
    )
    repo.add_judgments(name, "Ana", "criteria", "jobs", [("jobs_direct", "jobs_indirect", 2.0)])
    repo.add_judgments(name, "Marko", "criteria", None, [("risk", "economy", 0.5)])
    repo.add_judgments(
        name,
        "Marko",
        "alternatives",
        "cofin",
        [("voucher", "incubator", 1 / 7), ("voucher", "broadband", 4.0)],
    )
    # The same pair given again, reversed, replaces the earlier judgment.
    repo.add_judgments(name, "Ana", "criteria", None, [("risk", "economy", 0.25)])
    assert repo.load_judgments(name) == {
        "Ana": {
            ("criteria", None): [("economy", "time", 5.0), ("risk", "economy", 0.25)],
            ("criteria", "jobs"): [("jobs_direct", "jobs_indirect", 2.0)],
        },
        "Marko": {
            ("criteria", None): [("risk", "economy", 0.5)],
            ("alternatives", "cofin"): [
                ("voucher", "incubator", 1 / 7),
                ("voucher", "broadband", 4.0),
            ],
        },
    }


@pytest.mark.parametrize(
    ("kind", "node", "pair", "message"),
    [
        ("criteria", None, ("economy", "jobs", 2.0), "'jobs' is not in the top level"),
        ("criteria", "jobs", ("jobs_direct", "jobs_indirect", 0.0), "finite value > 0"),
        ("alternatives", "jobs", ("voucher", "incubator", 2.0), "under a leaf criterion"),
        ("alternatives", "risk", ("voucher", "nobody", 2.0), "'nobody' is not in criterion"),
        ("weights", None, ("economy", "risk", 2.0), "is not 'criteria' or 'alternatives'"),
    ],
)
def test_bad_judgments_are_refused(
    repo: ProjectRepository,
    engine: Engine,
    kind: str,
    node: str | None,
    pair: tuple[str, str, float],
    message: str,
) -> None:
    repo.save_problem(tree_problem())
    with pytest.raises(UnknownItemError, match=message):
        repo.add_judgments(tree_problem().name, "Ana", kind, node, [pair])
    assert count(engine, m.Judgment) == 0


def ranking() -> RankingResult:
    return RankingResult(
        method="TOPSIS",
        alternative_ids=("voucher", "incubator", "broadband"),
        alternative_names=("Innovation vouchers", "Town-centre incubator", "Broadband for SMEs"),
        criterion_ids=("jobs_direct", "risk"),
        scores=np.array([0.1 + 0.2, 2 / 3, 0.5]),
        ranks=np.array([3, 1, 2]),
        weights=np.array([0.6, 0.4]),
        higher_is_better=True,
        conventions=Conventions(
            method="TOPSIS",
            normalization="vector",
            tie_rule="min",
            parameters={"round": 12},
            notes=("values illustrative",),
        ),
    )


def test_snapshot_is_stored_and_read_back(repo: ProjectRepository) -> None:
    summary = repo.save_problem(tree_problem())
    result = ranking()
    snap_id = repo.save_snapshot(summary.name, result, "sha256:1234")
    (snap,) = repo.list_snapshots(summary.id)
    assert (snap.id, snap.input_hash, snap.method) == (snap_id, "sha256:1234", "TOPSIS")
    back = snap.result
    assert back == result  # ids, names, conventions
    assert back.scores.tobytes() == result.scores.tobytes()
    assert np.array_equal(back.ranks, result.ranks)
    assert np.array_equal(back.weights, result.weights)
    assert back.ordered()[0].id == "incubator"


def test_schema_constraints_are_named_and_enforced(repo: ProjectRepository, engine: Engine) -> None:
    summary = repo.save_problem(tree_problem())
    checks = {c["name"] for c in inspect(engine).get_check_constraints("judgment")}
    assert {"ck_judgment_value_positive", "ck_judgment_kind"} <= checks
    uniques = {c["name"] for c in inspect(engine).get_unique_constraints("criterion")}
    assert uniques == {"uq_criterion_project_id_key"}
    with engine.connect() as c:
        pid = summary.id
        person = c.execute(
            insert(m.Participant).values(project_id=pid, name="Ana", role="")
        ).inserted_primary_key[0]
        row = {"project_id": pid, "participant_id": person, "kind": "criteria", "node_id": None}
        bad_rows = [
            {**row, "item_a": "economy", "item_b": "risk", "value": 0.0},
            {**row, "item_a": "economy", "item_b": "risk", "value": 2.0, "kind": "weights"},
            {**row, "item_a": "economy", "item_b": "economy", "value": 2.0},
        ]
        for bad in bad_rows:
            with pytest.raises(IntegrityError), c.begin_nested():
                c.execute(insert(m.Judgment).values(**bad))
        c.execute(insert(m.Judgment).values(**row, item_a="economy", item_b="risk", value=2.0))
        # NULL node (top level): the partial unique index still refuses a duplicate pair.
        with pytest.raises(IntegrityError), c.begin_nested():
            c.execute(insert(m.Judgment).values(**row, item_a="economy", item_b="risk", value=3.0))
        crit = {"project_id": pid, "name": "", "is_group": False, "unit": "", "position": 9}
        with pytest.raises(IntegrityError), c.begin_nested():
            c.execute(insert(m.Criterion).values(**crit, key="new", direction="sideways"))
        c.rollback()
