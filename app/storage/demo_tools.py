"""Demo data sets of the planning tools a new database starts with (Koper, all illustrative)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from app.resources import resource_path
from app.storage.demo_language import localize, translate
from app.storage.tool_sets import ProjectToolSets

DEMO_TOOL_SETS: tuple[tuple[str, str, str], ...] = (
    # (kind, stored name, file under resources/demo)
    ("dematel", "Koper old town factors (demo)", "dematel_koper.json"),
    ("awot", "Koper old town SWOT (demo)", "awot_koper.json"),
    ("retail", "Koper retail figures (demo)", "retail_koper.json"),
    ("huff", "Koper catchment, Huff model (demo)", "retail_koper.json"),
    ("network", "Koper and its neighbours (demo)", "network_koper.json"),
)
"""Each demo set: its kind, the name it is stored under and its file in resources/demo."""

log = logging.getLogger(__name__)


def demo_tool_path(file: str) -> Path:
    return resource_path("demo", file)


def seed_demo_tool_sets(
    repo: ProjectToolSets,
    table: tuple[tuple[str, str, str], ...] = DEMO_TOOL_SETS,
    folder: Path | None = None,
    language: str = "en",
) -> list[tuple[str, str]]:
    """Store each demo set whose file exists and whose (kind, name) is not taken yet.

    The sets' names and texts are stored in ``language`` (app/storage/demo_language.py).

    Returns the (kind, name) pairs stored. Never raises: a demo that cannot be read must
    not stop the app from starting (it is logged instead).
    """
    stored: list[tuple[str, str]] = []
    for kind, english, file in table:
        name = translate(english, language)
        path = folder / file if folder is not None else demo_tool_path(file)
        try:
            if not path.exists():
                continue
            raw = localize(json.loads(path.read_text(encoding="utf-8")), file, language)
            if not isinstance(raw, dict):
                raise ValueError("the file is not a JSON object")
            if any(s.name == name for s in repo.list_tool_sets(kind)):
                continue
            repo.save_tool_set(kind, name, json.dumps(raw, ensure_ascii=False), who="InnoCite demo")
            stored.append((kind, name))
        except Exception as exc:  # logged: the demo is optional
            log.warning("could not store the demo %s set from %s: %s", kind, path, exc)
    return stored
