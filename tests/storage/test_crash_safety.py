"""20 SIGKILLs of a worker saving and editing projects: no corruption, no lost save."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks.crash_harness import CrashHarness, Verifier, apply


@pytest.fixture(scope="module")
def twenty_kills(tmp_path_factory: pytest.TempPathFactory) -> CrashHarness:
    """One harness run of 20 kills, shared by the tests below (it takes ~15 s)."""
    harness = CrashHarness(tmp_path_factory.mktemp("crash"), seed=20)
    harness.run(20)
    return harness


def test_twenty_kills_lose_nothing(twenty_kills: CrashHarness) -> None:
    report = twenty_kills.report
    assert report.kills == 20
    assert report.workers_ready == 20, report.errors
    assert report.corrupt == 0, report.failures
    assert report.lost == 0, report.failures
    assert report.unexplained == 0, report.failures
    assert report.corrupt_backups == 0, report.failures
    assert report.errors == []
    assert report.final_backup_ok
    assert report.ok


def test_the_kills_landed_during_work(twenty_kills: CrashHarness) -> None:
    report = twenty_kills.report
    assert report.ops_done >= 100
    assert report.projects_at_end >= 3
    # Most kills stop a call between its journaled intent and its return.
    assert report.in_flight_committed + report.in_flight_not_committed >= 5
    assert sum(report.in_flight.values()) == 20


def _copy_database(harness: CrashHarness, folder: Path) -> Path:
    """A checkpointed copy of the harness database (the WAL folded in)."""
    copy = folder / "copy.sqlite3"
    source = sqlite3.connect(harness.db_path)
    target = sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return copy


def _verifier_for(harness: CrashHarness, copy: Path) -> Verifier:
    verifier = Verifier(copy)
    verifier.model = dict(harness.verifier.model)
    return verifier


def test_the_copy_checks_clean(twenty_kills: CrashHarness, tmp_path: Path) -> None:
    verifier = _verifier_for(twenty_kills, _copy_database(twenty_kills, tmp_path))
    result = verifier.check(None)
    assert not result.corrupt and result.lost == [] and result.unexplained == []


def test_a_changed_value_is_reported_lost(twenty_kills: CrashHarness, tmp_path: Path) -> None:
    copy = _copy_database(twenty_kills, tmp_path)
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "UPDATE performance SET value = -12345.5 WHERE rowid = (SELECT min(rowid) FROM performance)"
        )
    result = _verifier_for(twenty_kills, copy).check(None)
    assert not result.corrupt
    assert len(result.lost) == 1 and "value" in result.lost[0]


def test_a_missing_project_is_reported_lost(twenty_kills: CrashHarness, tmp_path: Path) -> None:
    copy = _copy_database(twenty_kills, tmp_path)
    uid = sorted(twenty_kills.verifier.model)[0]
    with sqlite3.connect(copy) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("DELETE FROM project WHERE question = ?", (uid,))
    result = _verifier_for(twenty_kills, copy).check(None)
    assert any(f"project {uid} is missing" in x for x in result.lost)


def test_an_unjournaled_project_is_reported(twenty_kills: CrashHarness, tmp_path: Path) -> None:
    copy = _copy_database(twenty_kills, tmp_path)
    verifier = _verifier_for(twenty_kills, copy)
    uid = sorted(verifier.model)[0]
    del verifier.model[uid]
    result = verifier.check(None)
    assert result.lost == [] and len(result.unexplained) == 1


def test_the_in_flight_call_counts_only_once(twenty_kills: CrashHarness, tmp_path: Path) -> None:
    """A journaled intent may have landed or not, but the database must match one exactly."""
    copy = _copy_database(twenty_kills, tmp_path)
    verifier = _verifier_for(twenty_kills, copy)
    uid = sorted(verifier.model)[0]
    op = {"op": "update", "uid": uid, "alt": "a0", "crit": "c0", "value": 1.5, "stale": False}
    result = verifier.check(op)
    assert result.pending_committed is False and result.lost == []
    # Had it returned (journaled done), the database would be missing it.
    verifier.model = apply(twenty_kills.verifier.model, op)
    assert verifier.check(None).lost != []


def test_a_damaged_file_is_reported_corrupt(twenty_kills: CrashHarness, tmp_path: Path) -> None:
    copy = _copy_database(twenty_kills, tmp_path)
    size = copy.stat().st_size
    with open(copy, "r+b") as handle:
        for offset in range(4096 * 2, size, 4096 * 3):
            handle.seek(offset)
            handle.write(b"\xa5" * 2048)
    result = _verifier_for(twenty_kills, copy).check(None)
    assert result.corrupt
