"""The demo project a new default database starts with (Koper's SME support measures)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.resources import resource_path
from app.storage.repository import ProjectRepository, ProjectSummary
from decision.ahp import from_judgments
from decision.files import load_json, parse_problem

DEMO_FILE = ("demo", "koper_sme_support.json")


def demo_path() -> Path:
    return resource_path(*DEMO_FILE)


def seed_demo(repo: ProjectRepository, path: Path | None = None) -> ProjectSummary:
    """Store the demo project with its participants' criteria judgments."""
    data: dict[str, Any] = load_json(path or demo_path())
    problem = parse_problem(data).problem
    top = [c.id for c in problem.criteria if c.parent is None]
    participants = data.get("participants", [])
    for person in participants:  # check every judgment before anything is written
        from_judgments(top, person["pairwise"]["criteria"]["judgments"], where=person["name"])
    summary = repo.save_problem(
        problem,
        question=str(data.get("question", "")),
        description=str(data.get("description", "")),
        owner=str(data.get("owner", "")),
        who="InnoCite demo",
    )
    for person in participants:
        judgments = [
            (str(a), str(b), float(v)) for a, b, v in person["pairwise"]["criteria"]["judgments"]
        ]
        repo.add_judgments(
            summary.id, person["name"], "criteria", None, judgments, who="InnoCite demo"
        )
    return repo.summary(summary.id)
