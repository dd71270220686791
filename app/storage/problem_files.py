"""Store a decoded JSON problem file as a project: metadata, values and participants' judgments."""

from __future__ import annotations

from typing import Any

from app.storage.repository import ProjectRepository, ProjectSummary
from decision.ahp import from_judgments
from decision.errors import InputError
from decision.files import parse_problem
from decision.problem import Problem


def store_problem_file(
    repo: ProjectRepository, data: Any, *, name: str | None = None, who: str = ""
) -> ProjectSummary:
    """Check the whole file (problem and every participant's judgments), then store it.

    Optional fields beside the problem contract: ``question``, ``description``, ``owner``
    and ``participants`` (each ``{"name", "pairwise": {"criteria": {"judgments": [...]}}}``).
    """
    problem = parse_problem(data, require_matrix=False).problem
    if name:
        problem = Problem.create(name, problem.criteria, problem.alternatives, problem.matrix)
    top = [c.id for c in problem.criteria if c.parent is None]
    participants = data.get("participants", []) if isinstance(data, dict) else []
    if not isinstance(participants, list):
        raise InputError("participants: expected a list")
    checked: list[tuple[str, list[tuple[str, str, float]]]] = []
    for k, person in enumerate(participants):
        where = f"participants[{k}]"
        try:
            person_name = str(person["name"])
            raw = person["pairwise"]["criteria"]["judgments"]
            judgments = [(str(a), str(b), float(v)) for a, b, v in raw]
        except (KeyError, TypeError, ValueError):
            raise InputError(
                f"{where}: expected {{'name', 'pairwise': {{'criteria': {{'judgments': "
                "[[a, b, value], ...]}}}}"
            ) from None
        from_judgments(top, judgments, where=f"{where} ({person_name})")
        checked.append((person_name, judgments))
    summary = repo.save_problem(
        problem,
        question=str(data.get("question", "")),
        description=str(data.get("description", "")),
        owner=str(data.get("owner", "")),
        who=who,
    )
    for person_name, judgments in checked:
        repo.add_judgments(summary.id, person_name, "criteria", None, judgments, who=who)
    return repo.summary(summary.id)
