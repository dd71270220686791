"""The demo benchmarking set a new database starts with (Koper and comparable towns)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from app.resources import resource_path
from app.storage.benchmarks import ProjectBenchmarks
from app.storage.demo_language import localize, translate

DEMO_BENCHMARK_FILE = ("demo", "benchmark_koper.json")
DEMO_BENCHMARK_NAME = "Koper and peers (demo)"
SETTINGS_KEYS = frozenset(
    {
        "normalization",
        "reference",
        "reference_values",
        "reference_mode",
        "aggregation",
        "group_aggregation",
        "missing",
        "weighting",
        "zscore_sd",
        "points",
        "ahp",
        "group_weights",
        "geometric_floor",
        "uncertainty",
    }
)
"""Keys of the engine's file format that are choices of the method, not data: they are
stored as the set's settings (the page edits them), everything else as its data."""

log = logging.getLogger(__name__)


def demo_benchmark_path() -> Path:
    return resource_path(*DEMO_BENCHMARK_FILE)


def split_file(raw: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A decoded benchmarking file as (data, settings) objects."""
    data = {k: v for k, v in raw.items() if k not in SETTINGS_KEYS}
    settings = {k: v for k, v in raw.items() if k in SETTINGS_KEYS}
    return data, settings


def seed_demo_benchmarks(
    repo: ProjectBenchmarks, path: Path | None = None, language: str = "en"
) -> int | None:
    """Store the demo benchmark set if its file exists and no set has its name yet.

    Its name and texts are stored in ``language`` (app/storage/demo_language.py).

    Returns the stored version, or None when nothing was stored. Never raises: a demo
    that cannot be read must not stop the app from starting (it is logged instead).
    """
    file = path or demo_benchmark_path()
    try:
        if not file.exists():
            return None
        raw = json.loads(file.read_text(encoding="utf-8"))
        data, settings = split_file(localize(raw, DEMO_BENCHMARK_FILE[-1], language))
        name = translate(DEMO_BENCHMARK_NAME, language)
        if any(s.name == name for s in repo.list_benchmarks()):
            return None
        return repo.save_benchmark(
            name,
            json.dumps(data, ensure_ascii=False),
            json.dumps(settings, ensure_ascii=False),
            who="InnoCite demo",
        )
    except Exception as exc:  # logged: the demo is optional
        log.warning("could not store the demo benchmark set from %s: %s", file, exc)
        return None
