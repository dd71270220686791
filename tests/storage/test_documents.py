"""Whole projects (values, sources, judgments, scenarios, tags, cost) saved in one go and read back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy.engine import Engine

from app.resources import resource_path
from app.storage import models as m
from app.storage.document import (
    JudgmentRecord,
    ParticipantRecord,
    ProjectDocument,
    ScenarioRecord,
)
from app.storage.formats.json_format import document_from_json, document_to_json, read_json
from app.storage.repository import (
    ProjectExistsError,
    ProjectRepository,
    StaleProjectError,
    UnknownItemError,
)
from decision.problem import Alternative, Problem
from tests.storage.test_repository import count, engine, repo, tree_problem

__all__ = ["engine", "repo"]


def full_document(name: str = "Koper SME support") -> ProjectDocument:
    base = tree_problem(name)
    alternatives = [
        replace(base.alternatives[0], tags=("grants", "innovation"), cost=120.5),
        replace(base.alternatives[1], tags=("old town",)),
        replace(base.alternatives[2], cost=0.0),
    ]
    matrix = base.matrix.copy()
    matrix[1, 2] = np.nan
    problem = Problem.create(name, base.criteria, alternatives, matrix)
    return ProjectDocument(
        problem,
        question="Which measures should Koper fund?",
        description="Illustrative figures.",
        owner="Urad za gospodarstvo",
        sources={("voucher", "jobs_direct"): "SURS 2025, table 4", ("broadband", "risk"): "expert"},
        participants=(
            ParticipantRecord(
                "Ana",
                "municipality",
                (
                    JudgmentRecord("criteria", None, "economy", "risk", 3.0),
                    JudgmentRecord("criteria", "jobs", "jobs_direct", "jobs_indirect", 2.0),
                    JudgmentRecord("alternatives", "cofin", "voucher", "incubator", 1 / 7),
                ),
            ),
            ParticipantRecord(
                "Marko", "chamber", (JudgmentRecord("criteria", None, "risk", "time", 0.5),)
            ),
            ParticipantRecord("Eva", "town-centre manager"),  # invited, no answers yet
        ),
        scenarios=(
            ScenarioRecord(
                "Jobs first", "topsis", {"normalization": "vector"}, {"jobs": 0.9, "risk": 0.1}
            ),
            ScenarioRecord("Objective", "vikor", {"v": 0.5}, {}, "entropy", "from the data"),
        ),
    )


def assert_same(a: ProjectDocument, b: ProjectDocument) -> None:
    assert a.problem.criteria == b.problem.criteria
    assert a.problem.alternatives == b.problem.alternatives
    assert np.array_equal(a.problem.matrix, b.problem.matrix, equal_nan=True)
    finite = np.isfinite(a.problem.matrix)
    assert a.problem.matrix[finite].tobytes() == b.problem.matrix[finite].tobytes()
    assert (a.question, a.description, a.owner) == (b.question, b.description, b.owner)
    assert dict(a.sources) == dict(b.sources)
    assert a.participants == b.participants
    assert a.scenarios == b.scenarios


def test_document_round_trip_is_exact(repo: ProjectRepository) -> None:
    doc = full_document()
    summary = repo.save_document(doc, who="test")
    assert (summary.n_alternatives, summary.n_criteria) == (3, 5)
    assert_same(repo.load_document(summary.id), doc)


def test_saving_the_loaded_document_again_gives_an_equal_project(repo: ProjectRepository) -> None:
    repo.save_document(full_document("first"))
    again = repo.load_document("first")
    copy = replace(
        again,
        problem=Problem.create(
            "second", again.problem.criteria, again.problem.alternatives, again.problem.matrix
        ),
    )
    repo.save_document(copy)
    assert_same(repo.load_document("second"), copy)


def test_a_bad_reference_writes_nothing(repo: ProjectRepository, engine: Engine) -> None:
    bad = full_document()
    person = ParticipantRecord(
        "Ana", "", (JudgmentRecord("criteria", None, "economy", "nowhere", 3.0),)
    )
    with pytest.raises(UnknownItemError, match="'nowhere' is not in the top level"):
        repo.save_document(replace(bad, participants=(person,)))
    assert count(engine, m.Project) == 0
    assert count(engine, m.Criterion) == 0


def test_duplicate_name_is_refused_and_nothing_half_written(
    repo: ProjectRepository, engine: Engine
) -> None:
    repo.save_document(full_document())
    before = count(engine, m.Judgment), count(engine, m.Scenario)
    with pytest.raises(ProjectExistsError):
        repo.save_document(full_document())
    assert (count(engine, m.Judgment), count(engine, m.Scenario)) == before


def test_a_pair_answered_twice_keeps_the_last_answer(repo: ProjectRepository) -> None:
    doc = full_document()
    person = ParticipantRecord(
        "Ana",
        "",
        (
            JudgmentRecord("criteria", None, "economy", "risk", 3.0),
            JudgmentRecord("criteria", None, "risk", "economy", 0.25),
        ),
    )
    repo.save_document(replace(doc, participants=(person,)))
    loaded = repo.load_document(doc.name).participants
    assert loaded == (
        ParticipantRecord("Ana", "", (JudgmentRecord("criteria", None, "risk", "economy", 0.25),)),
    )


def test_scenarios_create_replace_delete_with_version_check(repo: ProjectRepository) -> None:
    summary = repo.save_document(full_document())
    version = repo.summary(summary.id).version
    new = ScenarioRecord("Cheap first", "wsm", {}, {"risk": 0.7, "economy": 0.3})
    version = repo.save_scenario(summary.id, new, expected_version=version, who="Ana")
    assert [s.name for s in repo.list_scenarios(summary.id)] == [
        "Jobs first",
        "Objective",
        "Cheap first",
    ]
    changed = replace(new, weights={"risk": 0.5, "economy": 0.5})
    with pytest.raises(StaleProjectError):
        repo.save_scenario(summary.id, changed, expected_version=version - 1)
    assert repo.list_scenarios(summary.id)[-1] == new
    version = repo.save_scenario(summary.id, changed, expected_version=version)
    assert repo.list_scenarios(summary.id)[-1] == changed
    with pytest.raises(UnknownItemError, match="no criterion 'nowhere'"):
        repo.save_scenario(summary.id, replace(new, weights={"nowhere": 1.0}))
    repo.delete_scenario(summary.id, "Cheap first", who="Ana")
    assert [s.name for s in repo.list_scenarios(summary.id)] == ["Jobs first", "Objective"]
    with pytest.raises(UnknownItemError, match="no scenario"):
        repo.delete_scenario(summary.id, "Cheap first")
    actions = [e.action for e in repo.audit_log(summary.id)]
    assert actions[-3:] == ["create scenario", "update scenario", "delete scenario"]


def test_json_file_round_trip_through_the_database(repo: ProjectRepository, tmp_path: Path) -> None:
    doc = full_document()
    data = document_to_json(doc)
    assert_same(document_from_json(data), doc)
    repo.save_document(document_from_json(data))
    assert document_to_json(repo.load_document(doc.name)) == data


def test_demo_file_reads_with_its_three_participants() -> None:
    doc = read_json(resource_path("demo", "koper_sme_support.json"))
    assert len(doc.participants) == 3
    assert all(p.judgments for p in doc.participants)
    assert doc.problem.alternatives and all(
        isinstance(a, Alternative) for a in doc.problem.alternatives
    )
