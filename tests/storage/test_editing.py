"""Editing a stored project: only differences written and audited; removals clean up after themselves."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from app.storage.editing import AUDIT_CELL_LIMIT
from app.storage.repository import ProjectRepository, StaleProjectError, UnknownItemError
from decision.problem import Alternative, Criterion, Problem
from tests.storage.test_documents import assert_same, full_document
from tests.storage.test_repository import engine, repo

__all__ = ["engine", "repo"]


def stored(repo: ProjectRepository) -> tuple[int, int, Problem]:
    summary = repo.save_document(full_document())
    return summary.id, repo.summary(summary.id).version, repo.load_problem(summary.id)


def edited(p: Problem, criteria=None, alternatives=None, matrix=None) -> Problem:  # type: ignore[no-untyped-def]
    return Problem.create(
        p.name,
        p.criteria if criteria is None else criteria,
        p.alternatives if alternatives is None else alternatives,
        p.matrix if matrix is None else matrix,
    )


def test_nothing_changed_writes_nothing(repo: ProjectRepository) -> None:
    pid, version, problem = stored(repo)
    audit = len(repo.audit_log(pid))
    assert repo.sync_problem(pid, problem, expected_version=version, who="Ana") == version
    assert len(repo.audit_log(pid)) == audit


def test_changed_cells_are_written_and_audited_with_sources_kept(repo: ProjectRepository) -> None:
    pid, version, problem = stored(repo)
    matrix = problem.matrix.copy()
    j = problem.leaf_ids.index("jobs_direct")
    matrix[0, j] = 99.5  # has a source note
    matrix[1, problem.leaf_ids.index("cofin")] = 10.0  # was missing (no value)
    matrix[2, 0] = np.nan  # cleared
    new_version = repo.sync_problem(
        pid, edited(problem, matrix=matrix), expected_version=version, who="Ana"
    )
    assert new_version == version + 1
    back = repo.load_problem(pid)
    assert np.array_equal(back.matrix, matrix, equal_nan=True)
    assert repo.load_sources(pid)[("voucher", "jobs_direct")] == "SURS 2025, table 4"
    entries = [e for e in repo.audit_log(pid) if e.action == "update value"]
    assert {(e.entity, e.new_value) for e in entries} == {
        ("value voucher / jobs_direct", "99.5"),
        ("value incubator / cofin", "10.0"),
        ("value broadband / jobs_direct", None),
    }
    assert all(e.who == "Ana" for e in entries)


def test_a_big_paste_is_one_audit_entry(repo: ProjectRepository) -> None:
    criteria = [Criterion(f"c{k}", direction="benefit") for k in range(30)]
    alternatives = [Alternative(f"a{k}") for k in range(20)]
    problem = Problem.create("big", criteria, alternatives, np.ones((20, 30)))
    pid = repo.save_problem(problem).id
    pasted = edited(problem, matrix=np.arange(600.0).reshape(20, 30) + 2.0)
    repo.sync_problem(pid, pasted, expected_version=repo.summary(pid).version, who="Ana")
    assert np.array_equal(repo.load_problem(pid).matrix, pasted.matrix)
    last = repo.audit_log(pid)[-1]
    assert AUDIT_CELL_LIMIT < 600 and (last.action, last.entity) == ("update values", "600 values")


def test_structure_edits_round_trip(repo: ProjectRepository) -> None:
    pid, version, problem = stored(repo)
    crits = list(problem.criteria)
    # rename and re-unit one, move 'cofin' to the top level, drop 'time', add 'space'
    crits = [
        replace(c, name="Risk (score)", weight=0.5) if c.id == "risk" else c
        for c in crits
        if c.id != "time"
    ]
    crits = [replace(c, parent=None) if c.id == "cofin" else c for c in crits]
    crits.append(Criterion("space", "Floor space", unit="m²", direction="benefit", weight=0.1))
    alts = [
        problem.alternatives[2],
        problem.alternatives[0],
        Alternative("market", "Covered market", tags=("food",), cost=50.0),
    ]
    leaves_before = problem.leaf_ids
    new = Problem.create(problem.name, crits, alts)
    leaves = new.leaf_ids
    matrix = np.full((3, len(leaves)), np.nan)
    for i, a in enumerate(["broadband", "voucher"]):
        src = problem.alternative_ids.index(a)
        for j, c in enumerate(leaves):
            if c in leaves_before:
                matrix[i, j] = problem.matrix[src, leaves_before.index(c)]
    matrix[2, :] = 1.0
    new = Problem.create(problem.name, crits, alts, matrix)
    repo.sync_problem(pid, new, expected_version=version, who="Ana")
    back = repo.load_problem(pid)
    assert back.criteria == new.criteria
    assert back.alternatives == new.alternatives
    assert np.array_equal(back.matrix, new.matrix, equal_nan=True)
    actions = {e.action for e in repo.audit_log(pid)}
    assert {
        "remove criterion",
        "add criterion",
        "remove alternative",
        "add alternative",
        "update criterion name",
        "update criterion parent_id",
        "reorder alternatives",
    } <= actions
    doc = repo.load_document(pid)
    # judgments naming the removed alternative 'incubator' are gone; criteria ones stay
    for person in doc.participants:
        for j in person.judgments:
            assert "incubator" not in (j.a, j.b) and "time" not in (j.a, j.b)
    assert ("broadband", "risk") in doc.sources


def test_stale_sync_is_refused(repo: ProjectRepository) -> None:
    pid, version, problem = stored(repo)
    repo.update_value(pid, "voucher", "risk", 1.0, expected_version=version, who="Marko")
    with pytest.raises(StaleProjectError):
        repo.sync_problem(pid, problem, expected_version=version, who="Ana")
    assert repo.load_problem(pid).matrix[0, problem.leaf_ids.index("risk")] == 1.0


def test_project_info_duplicate_and_judgment_blocks(repo: ProjectRepository) -> None:
    pid, version, _ = stored(repo)
    version = repo.update_project_info(
        pid, expected_version=version, who="Ana", question="Fund what?"
    )
    assert repo.summary(pid).question == "Fund what?"
    copy = repo.duplicate_project(pid, "Koper copy", who="Ana")
    assert_same(
        repo.load_document(copy.id),
        replace(repo.load_document(pid), problem=repo.load_problem(copy.id)),
    )
    repo.set_judgments(pid, "Ana", "criteria", None, [("risk", "time", 5.0)], who="Ana")
    ana = next(p for p in repo.load_document(pid).participants if p.name == "Ana")
    top = [(j.a, j.b, j.value) for j in ana.judgments if j.kind == "criteria" and j.node is None]
    assert top == [("risk", "time", 5.0)]
    with pytest.raises(UnknownItemError, match="given twice"):
        repo.set_judgments(
            pid, "Ana", "criteria", None, [("risk", "time", 5.0), ("time", "risk", 0.2)], who="Ana"
        )
    repo.remove_participant(pid, "Marko", who="Ana")
    assert [p.name for p in repo.load_document(pid).participants] == ["Ana", "Eva"]


def test_previous_problem_lets_values_be_compared_in_memory(repo: ProjectRepository) -> None:
    pid, version, problem = stored(repo)
    matrix = problem.matrix.copy()
    matrix[2, 1] = 55.0
    changed = edited(problem, matrix=matrix)
    version = repo.sync_problem(pid, changed, expected_version=version, who="Ana", previous=problem)
    assert repo.load_problem(pid).matrix[2, 1] == 55.0
    reweighted = edited(
        changed,
        criteria=[replace(c, weight=0.9) if c.id == "risk" else c for c in changed.criteria],
    )
    repo.sync_problem(pid, reweighted, expected_version=version, who="Ana", previous=changed)
    back = repo.load_problem(pid)
    assert np.array_equal(back.matrix, reweighted.matrix, equal_nan=True)
    assert next(c.weight for c in back.criteria if c.id == "risk") == 0.9
    assert [e.entity for e in repo.audit_log(pid) if e.action == "update value"] == [
        f"value broadband / {problem.leaf_ids[1]}"
    ]
