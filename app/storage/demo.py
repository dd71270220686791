"""The demo project a new default database starts with (Koper's SME support measures)."""

from __future__ import annotations

from pathlib import Path

from app.resources import resource_path
from app.storage.demo_benchmarks import seed_demo_benchmarks
from app.storage.demo_tools import seed_demo_tool_sets
from app.storage.formats.json_format import read_json
from app.storage.repository import ProjectRepository, ProjectSummary

DEMO_FILE = ("demo", "koper_sme_support.json")


def demo_path() -> Path:
    return resource_path(*DEMO_FILE)


def seed_demo(repo: ProjectRepository, path: Path | None = None) -> ProjectSummary:
    """Store the demo project with its participants' criteria judgments."""
    summary = repo.save_document(read_json(path or demo_path()), who="InnoCite demo")
    seed_demo_benchmarks(repo)  # the demo benchmarking set (app/storage/demo_benchmarks.py)
    seed_demo_tool_sets(repo)  # DEMATEL, A'WOT ... demo sets (app/storage/demo_tools.py)
    return summary
