"""Stored decision memos: save, list, load, cascade on project delete, and the 0003 migration."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from alembic import command
from sqlalchemy import text

from app.storage.database import Database
from app.storage.memos import MemoNotFoundError
from app.storage.repository import ProjectRepository
from app.storage.schema import SCHEMA_HEAD, alembic_config, current_revision, ensure_schema
from tests.storage.test_migrations import assert_filled, differences, fill


@dataclass(frozen=True)
class FakeSnapshot:
    """Anything with a title and to_json() can be stored (storage never imports app.memo)."""

    title: str
    body: str

    def to_json(self) -> str:
        return self.body


BODY = '{"title": "Memo č š ž <b>&amp;</b>", "numbers": [0.1, 1e-17, 12345678.123456789]}'


def test_save_list_and_load_round_trip_the_text_exactly(db: Database) -> None:
    ensure_schema(db)
    repo = fill(db, "Koper")
    first = repo.save_memo("Koper", FakeSnapshot("First memo č", BODY), who="Ana")
    second = repo.save_memo(repo.summary("Koper").id, FakeSnapshot("Second", "{}"))
    assert first != second
    listed = repo.list_memos("Koper")
    assert [(x.id, x.title) for x in listed] == [(first, "First memo č"), (second, "Second")]
    assert listed[0].created_at.tzinfo is not None
    record = repo.load_memo(first)
    assert (record.id, record.title, record.snapshot_json) == (first, "First memo č", BODY)
    assert record.project_id == repo.summary("Koper").id


def test_saving_a_memo_is_audited_but_does_not_change_the_project_version(db: Database) -> None:
    ensure_schema(db)
    repo = fill(db, "Koper")
    before = repo.summary("Koper").version
    memo_id = repo.save_memo("Koper", FakeSnapshot("Council memo", "{}"), who="Ana")
    assert repo.summary("Koper").version == before
    last = repo.audit_log("Koper")[-1]
    assert (last.action, last.who, last.entity, last.new_value) == (
        "save memo",
        "Ana",
        f"memo {memo_id}",
        "Council memo",
    )


def test_unknown_memo_and_project_are_refused(db: Database) -> None:
    ensure_schema(db)
    repo = fill(db, "Koper")
    with pytest.raises(MemoNotFoundError, match="no stored memo 999"):
        repo.load_memo(999)
    with pytest.raises(LookupError):
        repo.save_memo("nope", FakeSnapshot("x", "{}"))
    assert repo.list_memos("Koper") == []


def test_memos_go_with_their_project(db: Database) -> None:
    ensure_schema(db)
    repo = fill(db, "Koper")
    fill(db, "Other")
    gone = repo.save_memo("Koper", FakeSnapshot("gone", "{}"))
    kept = repo.save_memo("Other", FakeSnapshot("kept", "{}"))
    repo.delete_project("Koper")
    with pytest.raises(MemoNotFoundError):
        repo.load_memo(gone)
    assert repo.load_memo(kept).title == "kept"


def test_a_long_title_is_cut_to_the_column_length(db: Database) -> None:
    ensure_schema(db)
    repo = fill(db, "Koper")
    memo_id = repo.save_memo("Koper", FakeSnapshot("x" * 500, "{}"))
    assert repo.load_memo(memo_id).title == "x" * 200


def test_projects_saved_at_0002_survive_the_0003_upgrade(db: Database) -> None:
    """0003 adds the memo table only; the data of a 0002 database stays, memos then work."""
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002")
    repo = fill(db, "before 0003")
    assert current_revision(db) == "0002"
    assert ensure_schema(db) == SCHEMA_HEAD  # 0003 and any later revision
    assert_filled(repo, "before 0003")
    assert differences(db) == []
    memo_id = repo.save_memo("before 0003", FakeSnapshot("after", "{}"))
    assert repo.load_memo(memo_id).title == "after"
    with db.engine.begin() as conn:  # and back: 0003's downgrade drops only its table
        command.downgrade(alembic_config(conn), "0002")
        tables = conn.execute(text("SELECT count(*) FROM project")).scalar_one()
    assert tables == 1
    assert_filled(ProjectRepository(db.session), "before 0003")
