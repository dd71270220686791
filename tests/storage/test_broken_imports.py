"""The broken-import corpus: each file gives one clear line and leaves the database byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.cli import main

BROKEN = Path(__file__).parent / "broken"


def corpus() -> dict[str, str]:
    """File name → a substring its error line must contain, from every ``expected_*.json``."""
    cases: dict[str, str] = {}
    for listing in sorted(BROKEN.glob("expected_*.json")):
        for name, case in json.loads(listing.read_text(encoding="utf-8")).items():
            cases[name] = str(case["message"])
    return cases


CASES = corpus()


def digest(db_file: Path) -> str:
    """SHA-256 of the database file and of its WAL (a write could land in either)."""
    h = hashlib.sha256()
    for part in (db_file, db_file.with_name(db_file.name + "-wal")):
        h.update(part.read_bytes() if part.exists() else b"<absent>")
    return h.hexdigest()


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the demo project, closed and checkpointed."""
    from app.resources import resource_path

    db_file = tmp_path_factory.mktemp("corpus") / "projects.sqlite3"
    demo = resource_path("demo", "koper_sme_support.json")
    assert main(["import", str(demo), "--db", str(db_file)]) == 0
    return db_file


def test_the_corpus_has_at_least_40_files_of_every_kind() -> None:
    assert len(CASES) >= 40
    assert all((BROKEN / name).is_file() for name in CASES)
    kinds = {Path(name).suffix for name in CASES}
    assert {".json", ".xlsx", ".csv", ".xml"} <= kinds


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_file_is_one_line_and_changes_nothing(
    name: str, database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(database)
    path = BROKEN / name
    code = main(["import", str(path), "--db", str(database)])
    out, err = capsys.readouterr()
    assert code == 2, err
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"innocite: {path}: "), lines[0]
    assert "Traceback" not in err
    assert CASES[name] in lines[0], lines[0]
    assert digest(database) == before
    assert not list(database.parent.glob("backups/*")), "a failed import made a backup"
