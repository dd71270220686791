"""A wide project (14 criteria, long names): the performance table is split, nothing is cut."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.memo.build import build_snapshot
from app.memo.content import PERFORMANCE_COLUMNS, Table, blocks
from app.memo.export import export_memo
from app.storage.document import ProjectDocument
from app.storage.repository import ProjectRepository
from decision.problem import Alternative, Criterion, Problem
from tests.memo.conftest import pdf_text, squash

N = 14


def wide_problem() -> Problem:
    criteria = [
        Criterion(
            f"c{j}",
            f"Criterion number {j} with a rather long descriptive name",
            "cost" if j % 3 == 0 else "benefit",
            f"unit-{j} per inhabitant and year",
            1.0 + j,
        )
        for j in range(N)
    ]
    alternatives = [Alternative(f"a{i}", f"Alternative {i} in the town centre") for i in range(6)]
    values = np.arange(6 * N, dtype=float).reshape(6, N) * 1001 + 7  # 7, 1,008, ... 83,090
    return Problem.create("Wide project", criteria, alternatives, values)


def test_wide_performance_table_is_split_and_every_value_prints(
    repo: ProjectRepository, tmp_path: Path
) -> None:
    problem = wide_problem()
    repo.save_document(ProjectDocument(problem))
    snap = build_snapshot(repo, "Wide project", samples=300, sections=["performance"])
    tables = [b for b in blocks(snap) if isinstance(b, Table) and b.header[:1] == ("Alternative",)]
    assert len(tables) == -(-N // PERFORMANCE_COLUMNS)
    assert all(len(t.header) <= PERFORMANCE_COLUMNS + 1 for t in tables)
    text = squash(pdf_text(export_memo(snap, tmp_path / "wide.pdf", page_size="Letter")))
    for j in range(N):
        assert squash(f"unit-{j} per inhabitant and year") in text
    for x in np.asarray(problem.matrix).ravel():
        assert f"{int(x):,}" in text, x
