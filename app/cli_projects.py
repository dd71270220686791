"""Project commands of the command line: list, import, export, and ranking a stored project."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.storage.database import open_database, resolve_url, sqlite_file
from app.storage.errors import StorageError
from app.storage.problem_files import store_problem_file
from app.storage.repository import ProjectRepository, ProjectSummary
from app.storage.schema import ensure_schema
from decision.errors import InputError
from decision.problem import Problem


@contextmanager
def repository(url: str | None) -> Iterator[ProjectRepository]:
    """The repository on ``url`` (default: the user's database), schema brought up to date.

    A default database that is created now starts with the demo project.
    """
    path = sqlite_file(resolve_url(url))
    is_new_default = (
        url is None
        and os.environ.get("INNOCITE_DB_URL") is None
        and (path is not None and not path.exists())
    )
    db = open_database(url)
    try:
        ensure_schema(db)
        repo = ProjectRepository(db.session)
        if is_new_default and not repo.list_projects():
            from app.storage.demo import seed_demo

            seed_demo(repo)
        yield repo
    finally:
        db.close()


def _summary_json(s: ProjectSummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "question": s.question,
        "owner": s.owner,
        "updated_at": s.updated_at.isoformat(),
        "alternatives": s.n_alternatives,
        "criteria": s.n_criteria,
        "version": s.version,
    }


def list_projects(url: str | None) -> dict[str, Any]:
    with repository(url) as repo:
        return {"projects": [_summary_json(s) for s in repo.list_projects()]}


def import_file(file: str, name: str | None, url: str | None) -> dict[str, Any]:
    """Read and check the whole file first; only then write the project in one go."""
    from decision.files import load_json, parse_problem

    path = Path(file)
    if path.suffix.lower() != ".json":
        raise InputError(
            f"cannot import '{path.suffix or 'no extension'}' files yet; this version reads the "
            "JSON problem file (see docs/cli.md)"
        )
    if not path.exists():
        raise InputError("file not found")
    data = load_json(path)
    parse_problem(data, require_matrix=False)  # every check before the database is opened
    with repository(url) as repo:
        summary = store_problem_file(repo, data, name=name, who="innocite import")
        return {"imported": _summary_json(summary), "from": str(path)}


def load_project(project: str, url: str | None) -> Problem:
    with repository(url) as repo:
        return repo.load_problem(int(project) if project.isdigit() else project)


def export_project(project: str, file: str, url: str | None) -> dict[str, Any]:
    """Write the project as a JSON problem file, atomically (a temporary file, then rename)."""
    from decision.files import problem_to_json

    target = Path(file)
    if target.suffix.lower() != ".json":
        raise StorageError(f"{file}: this version exports JSON problem files (.json) only")
    problem = load_project(project, url)
    text = json.dumps(problem_to_json(problem), ensure_ascii=False, indent=1)
    folder = target.resolve().parent
    if not folder.is_dir():
        raise StorageError(f"{file}: the folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return {"exported": problem.name, "to": str(target)}
