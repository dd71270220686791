"""The demo project a new default database starts with (Koper's SME support measures)."""

from __future__ import annotations

from pathlib import Path

from app.resources import resource_path
from app.storage.demo_benchmarks import seed_demo_benchmarks
from app.storage.demo_language import localize
from app.storage.demo_tools import seed_demo_tool_sets
from app.storage.formats.json_format import document_from_json
from app.storage.repository import ProjectRepository, ProjectSummary
from decision.files import load_json

DEMO_FILE = ("demo", "koper_sme_support.json")


def demo_path() -> Path:
    return resource_path(*DEMO_FILE)


def seed_demo(
    repo: ProjectRepository, path: Path | None = None, language: str = "en"
) -> ProjectSummary:
    """Store the demo project with its participants' criteria judgments, and the demo sets.

    ``language`` (``en``, ``sl``, ``de``, ``it``, ``fr``) is the language of the stored names
    and descriptions (resources/demo/i18n, app/storage/demo_language.py); the numbers are
    the same in every language.
    """
    data = localize(load_json(path or demo_path()), DEMO_FILE[-1], language)
    summary = repo.save_document(document_from_json(data), who="InnoCite demo")
    seed_demo_benchmarks(repo, language=language)  # app/storage/demo_benchmarks.py
    seed_demo_tool_sets(repo, language=language)  # DEMATEL, A'WOT ... (app/storage/demo_tools.py)
    return summary
