"""Stored benchmark sets: save, list, load, optimistic versions, rename, delete, the 0003 upgrade."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from app.storage.benchmarks import (
    BenchmarkExistsError,
    BenchmarkNotFoundError,
    StaleBenchmarkError,
)
from app.storage.database import Database
from app.storage.demo_benchmarks import DEMO_BENCHMARK_NAME, seed_demo_benchmarks, split_file
from app.storage.errors import ConflictError, StorageError
from app.storage.repository import ProjectRepository
from app.storage.schema import SCHEMA_HEAD, alembic_config, current_revision, ensure_schema

DATA = {
    "name": "Coast",
    "units": ["Koper", "Izola"],
    "indicators": [{"id": "vac", "name": "Vacancy rate", "direction": "cost"}],
    "matrix": [[7.5], [None]],
}
SETTINGS = {"normalization": "zscore", "missing": "median"}


@pytest.fixture
def repo(db: Database) -> ProjectRepository:
    ensure_schema(db)
    return ProjectRepository(db.session)


def test_save_list_load_round_trip(repo: ProjectRepository) -> None:
    assert repo.list_benchmarks() == []
    version = repo.save_benchmark("Coast", json.dumps(DATA), json.dumps(SETTINGS), who="ana")
    assert version == 1
    [summary] = repo.list_benchmarks()
    assert (summary.name, summary.version) == ("Coast", 1)
    by_name = repo.load_benchmark("Coast")
    by_id = repo.load_benchmark(summary.id)
    assert by_name == by_id
    assert json.loads(by_name.data_json) == DATA  # the missing value stays null, not 0
    assert json.loads(by_name.settings_json) == SETTINGS
    assert by_name.updated_at.tzinfo is not None


def test_update_needs_the_version_read(repo: ProjectRepository) -> None:
    v1 = repo.save_benchmark("Coast", json.dumps(DATA))
    changed = {**DATA, "matrix": [[8.0], [6.0]]}
    v2 = repo.save_benchmark("Coast", json.dumps(changed), "{}", expected_version=v1)
    assert v2 == v1 + 1
    assert json.loads(repo.load_benchmark("Coast").data_json)["matrix"] == [[8.0], [6.0]]
    with pytest.raises(StaleBenchmarkError) as caught:  # a second window still had v1
        repo.save_benchmark("Coast", json.dumps(DATA), "{}", expected_version=v1)
    assert isinstance(caught.value, ConflictError)
    assert "\n" not in str(caught.value) and "Coast" in str(caught.value)
    assert json.loads(repo.load_benchmark("Coast").data_json)["matrix"] == [[8.0], [6.0]]
    assert repo.load_benchmark("Coast").version == v2


def test_a_taken_name_is_refused_and_nothing_changes(repo: ProjectRepository) -> None:
    repo.save_benchmark("Coast", json.dumps(DATA))
    with pytest.raises(BenchmarkExistsError, match="'Coast' exists already"):
        repo.save_benchmark("Coast", json.dumps({"units": []}))
    assert json.loads(repo.load_benchmark("Coast").data_json) == DATA
    assert len(repo.list_benchmarks()) == 1


@pytest.mark.parametrize(
    ("data", "settings", "match"),
    [
        ("{not json", "{}", "data is not valid JSON"),
        ("[]", "{}", "data must be a JSON object"),
        (json.dumps(DATA), "nope", "settings is not valid JSON"),
    ],
)
def test_bad_json_is_refused(repo: ProjectRepository, data: str, settings: str, match: str) -> None:
    with pytest.raises(StorageError, match=match):
        repo.save_benchmark("Bad", data, settings)
    assert repo.list_benchmarks() == []


def test_rename_and_delete(repo: ProjectRepository) -> None:
    repo.save_benchmark("Coast", json.dumps(DATA))
    repo.save_benchmark("Karst", json.dumps(DATA))
    with pytest.raises(BenchmarkExistsError):
        repo.rename_benchmark("Coast", "Karst")
    version = repo.rename_benchmark("Coast", "Coast 2024")
    assert version == 2
    assert [s.name for s in repo.list_benchmarks()] == ["Coast 2024", "Karst"]
    assert json.loads(repo.load_benchmark("Coast 2024").data_json) == DATA
    repo.delete_benchmark("Karst")
    assert [s.name for s in repo.list_benchmarks()] == ["Coast 2024"]
    with pytest.raises(BenchmarkNotFoundError, match="Karst"):
        repo.load_benchmark("Karst")
    with pytest.raises(BenchmarkNotFoundError):
        repo.delete_benchmark(9999)
    with pytest.raises(StorageError, match="needs a name"):
        repo.rename_benchmark("Coast 2024", "   ")


def test_demo_set_is_seeded_once(repo: ProjectRepository, tmp_path: Path) -> None:
    raw = {**DATA, **SETTINGS}
    file = tmp_path / "bench.json"
    file.write_text(json.dumps(raw), encoding="utf-8")
    assert seed_demo_benchmarks(repo, file) == 1
    assert seed_demo_benchmarks(repo, file) is None  # already there: left as it is
    stored = repo.load_benchmark(DEMO_BENCHMARK_NAME)
    assert json.loads(stored.data_json) == DATA
    assert json.loads(stored.settings_json) == SETTINGS
    assert split_file(raw) == (DATA, SETTINGS)


def test_a_missing_or_broken_demo_file_does_not_stop_anything(
    repo: ProjectRepository, tmp_path: Path
) -> None:
    assert seed_demo_benchmarks(repo, tmp_path / "absent.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert seed_demo_benchmarks(repo, broken) is None
    assert repo.list_benchmarks() == []


def test_the_shipped_demo_set_is_seeded_with_the_demo_project(repo: ProjectRepository) -> None:
    from app.storage.demo import seed_demo
    from app.storage.demo_benchmarks import demo_benchmark_path

    if not demo_benchmark_path().exists():
        pytest.fail("resources/demo/benchmark_koper.json is missing")
    seed_demo(repo)
    [stored] = repo.list_benchmarks()
    assert stored.name == DEMO_BENCHMARK_NAME
    record = repo.load_benchmark(stored.id)
    assert json.loads(record.data_json)["units"]


def test_sets_saved_at_0003_upgrade_to_0004(db: Database) -> None:
    """0004 adds the benchmark_set table only: projects at 0003 stay, sets can then be saved."""
    from tests.storage.test_migrations import assert_filled, fill

    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    repo = fill(db, "before 0004")
    with db.engine.connect() as conn:
        assert "benchmark_set" not in inspect(conn).get_table_names()
    assert ensure_schema(db) == SCHEMA_HEAD
    assert current_revision(db) == SCHEMA_HEAD
    assert_filled(repo, "before 0004")
    assert repo.save_benchmark("after", json.dumps(DATA)) == 1
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003")
        assert "benchmark_set" not in inspect(conn).get_table_names()
    assert_filled(repo, "before 0004")
