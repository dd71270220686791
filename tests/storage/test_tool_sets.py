"""Stored tool data sets (DEMATEL, A'WOT ...): save, list, load, versions, rename, delete, 0005."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from app.storage.database import Database
from app.storage.demo_tools import DEMO_TOOL_SETS, seed_demo_tool_sets
from app.storage.errors import ConflictError, StorageError
from app.storage.repository import ProjectRepository
from app.storage.schema import SCHEMA_HEAD, alembic_config, current_revision, ensure_schema
from app.storage.tool_sets import (
    StaleToolSetError,
    ToolSetExistsError,
    ToolSetNotFoundError,
)

DATA = {"factors": ["Vacancy", "Footfall"], "matrix": [[0, 3], [2, 0]], "threshold": None}


@pytest.fixture
def repo(db: Database) -> ProjectRepository:
    ensure_schema(db)
    return ProjectRepository(db.session)


def test_save_list_load_round_trip(repo: ProjectRepository) -> None:
    assert repo.list_tool_sets("dematel") == []
    version = repo.save_tool_set("dematel", "Old town", json.dumps(DATA), who="ana")
    assert version == 1
    [summary] = repo.list_tool_sets("dematel")
    assert (summary.name, summary.version) == ("Old town", 1)
    assert summary.updated_at.tzinfo is not None
    by_name = repo.load_tool_set("dematel", "Old town")
    by_id = repo.load_tool_set("dematel", summary.id)
    assert by_name == by_id
    assert (by_name.kind, by_name.name, by_name.version) == ("dematel", "Old town", 1)
    assert json.loads(by_name.data_json) == DATA  # null stays null
    assert repo.list_tool_sets("awot") == []  # kinds do not see each other's sets


def test_the_same_name_in_two_kinds_is_two_sets(repo: ProjectRepository) -> None:
    repo.save_tool_set("dematel", "Koper", json.dumps(DATA))
    repo.save_tool_set("awot", "Koper", json.dumps({"groups": {}}))
    assert json.loads(repo.load_tool_set("awot", "Koper").data_json) == {"groups": {}}
    assert json.loads(repo.load_tool_set("dematel", "Koper").data_json) == DATA
    dematel_id = repo.list_tool_sets("dematel")[0].id
    with pytest.raises(ToolSetNotFoundError):  # an id of another kind is not found
        repo.load_tool_set("awot", dematel_id)


def test_update_needs_the_version_read(repo: ProjectRepository) -> None:
    v1 = repo.save_tool_set("dematel", "Old town", json.dumps(DATA))
    changed = {**DATA, "matrix": [[0, 4], [1, 0]]}
    v2 = repo.save_tool_set("dematel", "Old town", json.dumps(changed), expected_version=v1)
    assert v2 == v1 + 1
    with pytest.raises(StaleToolSetError) as caught:  # a second window still had v1
        repo.save_tool_set("dematel", "Old town", json.dumps(DATA), expected_version=v1)
    assert isinstance(caught.value, ConflictError)
    message = str(caught.value)
    assert "\n" not in message and "Old town" in message and "reload" in message
    record = repo.load_tool_set("dematel", "Old town")
    assert (json.loads(record.data_json)["matrix"], record.version) == ([[0, 4], [1, 0]], v2)


def test_saving_a_set_deleted_meanwhile_is_a_conflict(repo: ProjectRepository) -> None:
    v1 = repo.save_tool_set("awot", "SWOT", json.dumps(DATA))
    repo.delete_tool_set("awot", "SWOT")
    with pytest.raises(StaleToolSetError):
        repo.save_tool_set("awot", "SWOT", json.dumps(DATA), expected_version=v1)


def test_a_taken_name_is_refused_and_nothing_changes(repo: ProjectRepository) -> None:
    repo.save_tool_set("dematel", "Old town", json.dumps(DATA))
    with pytest.raises(ToolSetExistsError, match="'Old town' exists already"):
        repo.save_tool_set("dematel", "Old town", json.dumps({"factors": []}))
    assert json.loads(repo.load_tool_set("dematel", "Old town").data_json) == DATA
    assert len(repo.list_tool_sets("dematel")) == 1


@pytest.mark.parametrize(
    ("kind", "name", "data", "match"),
    [
        ("dematel", "Bad", "{not json", "not valid JSON"),
        ("dematel", "Bad", "[1, 2]", "must be a JSON object"),
        ("dematel", "   ", "{}", "needs a name"),
        ("", "Bad", "{}", "not a kind"),
    ],
)
def test_bad_input_is_refused_in_one_line(
    repo: ProjectRepository, kind: str, name: str, data: str, match: str
) -> None:
    with pytest.raises(StorageError, match=match) as caught:
        repo.save_tool_set(kind, name, data)
    assert "\n" not in str(caught.value)
    assert repo.list_tool_sets("dematel") == []


def test_rename_and_delete(repo: ProjectRepository) -> None:
    repo.save_tool_set("dematel", "Coast", json.dumps(DATA))
    repo.save_tool_set("dematel", "Karst", json.dumps(DATA))
    with pytest.raises(ToolSetExistsError):
        repo.rename_tool_set("dematel", "Coast", "Karst")
    assert repo.rename_tool_set("dematel", "Coast", "Coast 2024") == 2
    assert repo.rename_tool_set("dematel", "Coast 2024", "Coast 2024") == 2  # no change
    assert [s.name for s in repo.list_tool_sets("dematel")] == ["Coast 2024", "Karst"]
    assert json.loads(repo.load_tool_set("dematel", "Coast 2024").data_json) == DATA
    karst_id = repo.load_tool_set("dematel", "Karst").id
    repo.delete_tool_set("dematel", karst_id)
    assert [s.name for s in repo.list_tool_sets("dematel")] == ["Coast 2024"]
    with pytest.raises(ToolSetNotFoundError, match="Karst"):
        repo.load_tool_set("dematel", "Karst")
    with pytest.raises(ToolSetNotFoundError):
        repo.delete_tool_set("dematel", 9999)
    with pytest.raises(StorageError, match="needs a name"):
        repo.rename_tool_set("dematel", "Coast 2024", "  ")
    actions = [e.action for e in repo.audit_log()]
    assert "rename dematel set" in actions and "delete dematel set" in actions


def test_demo_sets_are_seeded_once(repo: ProjectRepository, tmp_path: Path) -> None:
    (tmp_path / "d.json").write_text(json.dumps(DATA), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    table = (
        ("dematel", "Demo", "d.json"),
        ("awot", "Broken", "broken.json"),
        ("retail", "Absent", "absent.json"),
    )
    assert seed_demo_tool_sets(repo, table, tmp_path) == [("dematel", "Demo")]
    assert seed_demo_tool_sets(repo, table, tmp_path) == []  # already there: left alone
    assert json.loads(repo.load_tool_set("dematel", "Demo").data_json) == DATA
    assert repo.list_tool_sets("awot") == [] and repo.list_tool_sets("retail") == []


def test_the_shipped_demo_sets_are_seeded_and_run(repo: ProjectRepository) -> None:
    from app.storage.demo import seed_demo
    from decision.awot import awot_input_from_json
    from decision.dematel import dematel_input_from_json

    seed_demo(repo)
    for kind, name, _file in DEMO_TOOL_SETS:  # every kind's demo (other pages add theirs)
        assert name in [s.name for s in repo.list_tool_sets(kind)]
    readers = {"dematel": dematel_input_from_json, "awot": awot_input_from_json}
    for kind, read in readers.items():
        [stored] = repo.list_tool_sets(kind)
        data = json.loads(repo.load_tool_set(kind, stored.id).data_json)
        assert "illustrative" in data["description"].lower()
        read(data).run()  # the engine accepts the demo as it is


def test_sets_upgrade_from_0004_to_0005(db: Database) -> None:
    """0005 adds the tool_dataset table only: projects and benchmark sets at 0004 stay."""
    from tests.storage.test_migrations import assert_filled, fill

    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
    repo = fill(db, "before 0005")
    repo.save_benchmark("Coast", json.dumps({"units": []}))
    with db.engine.connect() as conn:
        assert "tool_dataset" not in inspect(conn).get_table_names()
    assert ensure_schema(db) == SCHEMA_HEAD == "0005"
    assert current_revision(db) == "0005"
    assert_filled(repo, "before 0005")
    assert json.loads(repo.load_benchmark("Coast").data_json) == {"units": []}
    assert repo.save_tool_set("dematel", "after", json.dumps(DATA)) == 1
    with db.engine.connect() as conn:
        uniques = inspect(conn).get_unique_constraints("tool_dataset")
    assert [sorted(u["column_names"]) for u in uniques] == [["kind", "name"]]
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0004")
        assert "tool_dataset" not in inspect(conn).get_table_names()
    assert_filled(repo, "before 0005")
