"""Memo test setup: offscreen Qt before any QGuiApplication, a fresh database with the demo."""

from __future__ import annotations

import os

# Before any Qt import: the platform plugin is chosen when the application is created.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.database import Database, open_database
from app.storage.document import (
    JudgmentRecord,
    ParticipantRecord,
    ProjectDocument,
    ScenarioRecord,
)
from app.storage.formats import read_document
from app.storage.repository import ProjectRepository
from app.storage.schema import ensure_schema
from decision.problem import Alternative, Criterion, Problem

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "koper_sme_support.json"
DEMO_NAME = "Koper: SME support measures for the old town"


@pytest.fixture(autouse=True)
def _widgets_application(qapp: object) -> None:
    """The test process's one Qt application is a QApplication (pytest-qt's), made before the
    memo's ensure_qt could make a bare QGuiApplication that the GUI tests could not replace."""


def poppler(tool: str) -> str:
    """Path of a poppler tool; the memo tests need them (scripts/setup.sh installs them)."""
    found = shutil.which(tool)
    if found is None:
        pytest.fail(f"{tool} is not installed: run scripts/setup.sh (poppler-utils)")
    return found


def pdf_text(path: Path, *, raw: bool = True) -> str:
    """The PDF's text as pdftotext gives it (-raw: reading order, cells joined)."""
    mode = ["-raw"] if raw else ["-layout"]
    done = subprocess.run(
        [poppler("pdftotext"), *mode, "-enc", "UTF-8", str(path), "-"],
        capture_output=True, check=True, timeout=60,
    )  # fmt: skip
    return done.stdout.decode("utf-8")


def squash(text: str) -> str:
    """Text without any whitespace: line wraps inside table cells do not matter."""
    return "".join(text.split())


@pytest.fixture
def cli_db_url(tmp_path: Path) -> str:
    """A SQLite database holding the demo project, imported through the command line."""
    from tests.cli.helpers import run_cli

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    done = run_cli("import", str(DEMO), "--db", url)
    assert done.returncode == 0, done.stderr
    return url


def memo_json(*args: str) -> dict:  # type: ignore[type-arg]
    """`innocite memo ARGS --json`, which must succeed, as a dict."""
    import json

    from tests.cli.helpers import run_cli

    done = run_cli("memo", *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'memo.sqlite3'}")
    ensure_schema(database)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def repo(db: Database) -> ProjectRepository:
    """A repository holding the Koper demo project."""
    repository = ProjectRepository(db.session)
    repository.save_document(read_document(DEMO), who="test")
    return repository


def marked_document(mark: str) -> ProjectDocument:
    """A small project whose every user text carries ``mark`` (markup, accents ...)."""
    criteria = [
        Criterion("c1", f"Cost {mark}", "cost", f"kEUR {mark}", 0.5, description=f"d {mark}"),
        Criterion("c2", f"Jobs {mark}", "benefit", f"FTE {mark}", 0.3),
        Criterion("c3", f"Fit {mark}", "benefit", "1–5", 0.2),
    ]
    alternatives = [
        Alternative("a1", f"Option A {mark}", f"about A {mark}"),
        Alternative("a2", f"Option B {mark}"),
        Alternative("a3", f"Option C {mark}"),
    ]
    matrix = [[100, 10, 3], [80, 6, 4], [120, 14, 2]]
    problem = Problem.create(f"Project {mark}", criteria, alternatives, matrix)
    judgments = (
        JudgmentRecord("criteria", None, "c1", "c2", 2.0),
        JudgmentRecord("criteria", None, "c1", "c3", 3.0),
        JudgmentRecord("criteria", None, "c2", "c3", 2.0),
    )
    return ProjectDocument(
        problem,
        question=f"Which option {mark}?",
        description=f"Description {mark}",
        owner=f"Owner {mark}",
        sources={("a1", "c1"): f"Budget {mark}"},
        participants=(ParticipantRecord(f"Person {mark}", f"role {mark}", judgments),),
        scenarios=(
            ScenarioRecord(
                f"Scenario {mark}", "topsis", {}, {"c1": 0.2, "c2": 0.6, "c3": 0.2}, "direct", "x"
            ),
        ),
    )
