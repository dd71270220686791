"""The demo project and problem-file storage: everything in the file lands, or nothing does."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from app.storage.database import Database
from app.storage.demo import demo_path, seed_demo
from app.storage.formats.json_format import document_from_json
from app.storage.repository import ProjectRepository, UnknownItemError
from app.storage.schema import ensure_schema
from decision.files import load_json, parse_problem


def test_demo_project_with_three_participants(db: Database) -> None:
    ensure_schema(db)
    repo = ProjectRepository(db.session)
    summary = seed_demo(repo)
    assert summary.name.startswith("Koper")
    stored = repo.load_problem(summary.id)
    expected = parse_problem(load_json(demo_path())).problem
    assert stored.criteria == expected.criteria
    assert np.array_equal(stored.matrix, expected.matrix)
    judgments = repo.load_judgments(summary.id)
    assert len(judgments) == 3
    assert all(len(v[("criteria", None)]) >= 12 for v in judgments.values())
    assert "illustrative" in json.loads(demo_path().read_text())["description"]


def test_a_bad_participant_judgment_stores_nothing(db: Database) -> None:
    ensure_schema(db)
    repo = ProjectRepository(db.session)
    data = load_json(demo_path())
    data["participants"][2]["pairwise"]["criteria"]["judgments"].append(["cost", "roads", 3])
    person = data["participants"][2]["name"]
    with pytest.raises(UnknownItemError, match=rf"participant '{re.escape(person)}'.*'roads'"):
        repo.save_document(document_from_json(data), who="test")
    assert repo.list_projects() == []
