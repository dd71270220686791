"""Automatic backups: only when data changed and the interval passed; before an import."""

from __future__ import annotations

from pathlib import Path

from app.storage.autobackup import AutoBackup, backup_before, change_marker
from app.storage.backup import check_file, list_backups
from app.storage.database import Database
from app.storage.repository import ProjectRepository
from app.storage.schema import ensure_schema
from tests.storage.test_repository import tree_problem


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_timer_backs_up_only_changed_data_after_the_interval(sqlite_db: Database) -> None:
    ensure_schema(sqlite_db)
    repo = ProjectRepository(sqlite_db.session)
    clock = FakeClock()
    auto = AutoBackup(sqlite_db, interval_s=600, clock=clock)
    assert auto.enabled
    clock.now += 601
    assert auto.tick() is None  # nothing changed yet
    summary = repo.save_problem(tree_problem())
    made = auto.tick()  # changed, and no backup for longer than the interval
    assert made is not None and "auto" in made.name and check_file(made) == "ok"
    repo.update_value(summary.id, "voucher", "risk", 7.0, expected_version=summary.version, who="t")
    clock.now += 10
    assert auto.tick() is None  # changed, but the last backup is only 10 s old
    clock.now += 600
    second = auto.tick()
    assert second is not None and second != made
    clock.now += 601
    assert auto.tick() is None  # no change since the second backup
    assert sqlite_db.path is not None
    assert [b.reason for b in list_backups(sqlite_db.path)] == ["auto", "auto"]


def test_backup_before_import_skips_an_empty_database(sqlite_db: Database) -> None:
    ensure_schema(sqlite_db)
    assert change_marker(sqlite_db) == (0, 0)
    assert backup_before(sqlite_db, "import") is None
    ProjectRepository(sqlite_db.session).save_problem(tree_problem())
    made = backup_before(sqlite_db, "import")
    assert made is not None and made.name.endswith("-before-import.sqlite3")
    assert check_file(made) == "ok"


def test_postgresql_has_no_file_backups(db: Database) -> None:
    ensure_schema(db)
    auto = AutoBackup(db, interval_s=0)
    ProjectRepository(db.session).save_problem(tree_problem())
    if db.is_sqlite:
        assert auto.tick() is not None
    else:
        assert not auto.enabled and auto.tick() is None
        assert backup_before(db, "import") is None


def test_cli_import_backs_up_first(tmp_path: Path) -> None:
    from app.cli_projects import import_file
    from app.resources import resource_path

    db_file = tmp_path / "team.sqlite3"
    first = import_file(str(resource_path("examples", "incubator_site.json")), None, str(db_file))
    assert first["backup"] is None  # an empty database has nothing to protect
    second = import_file(str(resource_path("demo", "koper_sme_support.json")), None, str(db_file))
    assert second["backup"] is not None and Path(second["backup"]).is_file()
