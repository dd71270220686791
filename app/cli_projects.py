"""Project commands of the command line: list, import, export, and ranking a stored project."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.cli_text import tr
from app.storage.database import Database
from app.storage.repository import ProjectExistsError, ProjectRepository, ProjectSummary
from app.storage.startup import open_projects
from decision.errors import InputError
from decision.problem import Problem


@contextmanager
def repository(url: str | None) -> Iterator[ProjectRepository]:
    """The repository on ``url`` (default: the user's database), schema brought up to date."""
    with opened(url) as (_db, repo):
        yield repo


@contextmanager
def opened(url: str | None) -> Iterator[tuple[Database, ProjectRepository]]:
    """The database on ``url`` and its repository (see ``app.storage.startup``)."""
    from app.i18n import current_language

    # A new default database gets its demo in the language asked for (--lang, INNOCITE_LANG).
    db, repo = open_projects(url, language=current_language())
    try:
        yield db, repo
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
    """Read and check the whole file first; then back up the database and write it in one go."""
    from dataclasses import replace

    from app.storage.autobackup import backup_before
    from app.storage.formats import read_document

    path = Path(file)
    doc = read_document(path)  # every check before the database is opened
    if name:
        p = doc.problem
        doc = replace(doc, problem=Problem.create(name, p.criteria, p.alternatives, p.matrix))
    with opened(url) as (db, repo):
        if any(p.name == doc.name for p in repo.list_projects()):
            # Checked before the backup too, so failed imports never rotate good backups out.
            raise ProjectExistsError(
                tr("a project named '{name}' exists already; import with --name NEW_NAME").format(
                    name=doc.name
                )
            )
        saved = backup_before(db, "import")
        summary = repo.save_document(doc, who="innocite import")
        return {
            "imported": _summary_json(summary),
            "from": str(path),
            "backup": str(saved) if saved else None,
        }


def load_project(project: str, url: str | None) -> Problem:
    with repository(url) as repo:
        return repo.load_problem(int(project) if project.isdigit() else project)


def export_project(project: str, file: str, url: str | None) -> dict[str, Any]:
    """Write the whole project in the format of the file's extension, atomically."""
    from app.storage.formats import write_document

    with repository(url) as repo:
        doc = repo.load_document(int(project) if project.isdigit() else project)
    write_document(doc, Path(file))
    return {"exported": doc.name, "to": str(Path(file))}


def write_template(file: str) -> dict[str, Any]:
    """`innocite template FILE.xlsx`: an empty workbook with instructions."""
    from app.storage.formats.atomic import write_atomically
    from app.storage.formats.excel import write_template as write_xlsx_template

    target = Path(file)
    if target.suffix.lower() != ".xlsx":
        raise InputError(tr("the template is an Excel workbook: give a file name ending in .xlsx"))
    write_atomically(target, write_xlsx_template)
    return {"template": str(target)}
