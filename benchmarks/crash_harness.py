"""SIGKILL a worker saving and editing projects, then check: no corruption, no lost save."""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import IO, Any

import numpy as np
from sqlalchemy.exc import DatabaseError as SADatabaseError

from app.storage.backup import check_file, list_backups
from app.storage.database import open_database
from app.storage.errors import DatabaseCorrupt, StorageError
from app.storage.repository import ProjectRepository
from app.storage.schema import ensure_schema
from benchmarks.crash_worker import BACKUP_FOLDER, project_problem

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = "crash.sqlite3"
DELAY_MS = (20.0, 400.0)
START_TIMEOUT_S = 60.0
JudgmentKey = tuple[str, str, str]  # participant, then the pair's two keys sorted


@dataclass(frozen=True)
class ProjectState:
    """What one project must hold: by the journal (the model) or as read back (a snapshot)."""

    name: str
    version: int
    matrix: np.ndarray[Any, Any]
    judgments: dict[JudgmentKey, tuple[str, str, float]]
    audit_entries: int


Model = dict[str, ProjectState]
"""Projects by uid (their question, which no op changes)."""


def apply(model: Model, op: dict[str, Any]) -> Model:
    """The model after ``op`` took effect (a new dict; ``model`` is left as it was)."""
    kind, uid = op["op"], op.get("uid", "")
    out = dict(model)
    if kind == "create":
        matrix = project_problem(op["name"], op["m"], op["n"], op["matrix_seed"]).matrix
        out[uid] = ProjectState(op["name"], 1, matrix, {}, 1)
        return out
    old = model.get(uid)
    if old is None or kind == "backup" or (kind == "update" and op.get("stale")):
        return out
    if kind == "delete":
        del out[uid]
        return out
    new = replace(old, version=old.version + 1, audit_entries=old.audit_entries + 1)
    if kind == "update":
        matrix = old.matrix.copy()
        i, j = int(op["alt"][1:]), int(op["crit"][1:])
        matrix[i, j] = math.nan if op["value"] is None else op["value"]
        new = replace(new, matrix=matrix)
    elif kind == "judge":
        judgments = dict(old.judgments)
        for a, b, v in op["items"]:
            judgments[_judgment_key(op["participant"], a, b)] = (a, b, float(v))
        new = replace(new, judgments=judgments)
    elif kind == "rename":
        new = replace(new, name=op["name"])
    out[uid] = new
    return out


def _judgment_key(participant: str, a: str, b: str) -> JudgmentKey:
    x, y = sorted((a, b))
    return participant, x, y


def snapshot(db_path: Path) -> Model:
    """Every project as read back through the app (open_database and the repository)."""
    db = open_database(str(db_path))
    try:
        integrity = db.integrity_check()
        if integrity != "ok":
            raise DatabaseCorrupt(f"integrity_check: {integrity.splitlines()[0]}")
        repo = ProjectRepository(db.session)
        out: Model = {}
        for s in repo.list_projects():
            judgments: dict[JudgmentKey, tuple[str, str, float]] = {}
            for person, by_node in repo.load_judgments(s.id).items():
                for (_kind, _node), rows in by_node.items():
                    for a, b, v in rows:
                        key = _judgment_key(person, a, b)
                        if key in judgments:  # the same pair twice: never written by a call
                            key = (f"{person} (duplicate)", *key[1:])
                        judgments[key] = (a, b, v)
            out[s.question] = ProjectState(
                s.name,
                s.version,
                repo.load_problem(s.id).matrix,
                judgments,
                len(repo.audit_log(s.id)),
            )
        return out
    finally:
        db.close()


def differences(model: Model, found: Model) -> tuple[list[str], list[str]]:
    """(lost, unexplained): what the model has that the database lacks, and the reverse."""
    lost: list[str] = []
    for uid, want in model.items():
        got = found.get(uid)
        if got is None:
            lost.append(f"project {uid} is missing")
            continue
        for attr in ("name", "version", "audit_entries"):
            if getattr(got, attr) != getattr(want, attr):
                lost.append(f"{uid}: {attr} {getattr(got, attr)!r} != {getattr(want, attr)!r}")
        if got.matrix.shape != want.matrix.shape:
            lost.append(f"{uid}: matrix shape {got.matrix.shape} != {want.matrix.shape}")
        else:
            same = (got.matrix == want.matrix) | (np.isnan(got.matrix) & np.isnan(want.matrix))
            lost.extend(
                f"{uid}: value a{i}/c{j} {got.matrix[i, j]!r} != {want.matrix[i, j]!r}"
                for i, j in zip(*np.nonzero(~same), strict=True)
            )
        for key in sorted(want.judgments.keys() | got.judgments.keys()):
            if want.judgments.get(key) != got.judgments.get(key):
                lost.append(
                    f"{uid}: judgment {key} {got.judgments.get(key)} != {want.judgments.get(key)}"
                )
    unexplained = [
        f"project {uid} ({found[uid].name}) is not in the journal"
        for uid in found.keys() - model.keys()
    ]
    return lost, unexplained


@dataclass
class CheckResult:
    """One check after a kill."""

    corrupt: bool = False
    lost: list[str] = field(default_factory=list)
    unexplained: list[str] = field(default_factory=list)
    pending_committed: bool | None = None  # the op in flight at the kill: landed or not
    message: str = ""


class Verifier:
    """The expected database, built from the journals; checks it against the real file."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.model: Model = {}
        self.ops_done = 0
        self.ops_refused = 0
        self.errors: list[str] = []

    def absorb(self, journal: Path) -> dict[str, Any] | None:
        """Apply the ops the journal says returned; return the one in flight, if any."""
        intents: dict[int, dict[str, Any]] = {}
        pending: dict[str, Any] | None = None
        lines = journal.read_text(encoding="utf-8").splitlines() if journal.exists() else []
        for number, line in enumerate(lines, 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                if number != len(lines):  # only the last line may be torn by the kill
                    self.errors.append(f"{journal.name}:{number}: unreadable journal line")
                continue
            phase, seq = rec.pop("phase"), rec.pop("seq")
            if phase == "intent":
                intents[seq] = pending = rec
            elif phase == "done":
                op = intents[seq]
                self.model = apply(self.model, op)
                self.ops_done += 1
                want = (
                    self.model[op["uid"]].version if op["op"] not in ("delete", "backup") else None
                )
                if want is not None and rec["version"] != want:
                    self.errors.append(f"{op}: returned version {rec['version']}, expected {want}")
                pending = None
            elif phase == "refused":
                self.ops_refused += 1
                pending = None
            else:  # "error": the worker stops; the call may or may not have committed
                self.errors.append(f"{journal.name}: {intents[seq]['op']} failed: {rec['error']}")
        return pending

    def check(self, pending: dict[str, Any] | None) -> CheckResult:
        """Open the database through the app, integrity_check it, compare with the model.

        The op in flight at the kill either committed or not: the model with it and the
        model without it are both tried, and the database must equal one of them exactly.
        """
        try:
            found = snapshot(self.db_path)
        except (DatabaseCorrupt, sqlite3.DatabaseError, SADatabaseError) as exc:
            return CheckResult(corrupt=True, message=str(exc).splitlines()[0])
        candidates = [(False, self.model)]
        if pending is not None:
            candidates.append((True, apply(self.model, pending)))
        best: CheckResult | None = None
        chosen = self.model
        for committed, model in candidates:
            lost, unexplained = differences(model, found)
            result = CheckResult(lost=lost, unexplained=unexplained)
            if pending is not None:
                result.pending_committed = committed
            if best is None or len(lost) + len(unexplained) < len(best.lost) + len(
                best.unexplained
            ):
                best, chosen = result, model
        assert best is not None
        # After a failure, go on from what the database really holds (report each loss once).
        self.model = chosen if not (best.lost or best.unexplained) else found
        return best


@dataclass
class CrashReport:
    """What a run of the harness measured."""

    kills: int = 0
    workers_ready: int = 0
    corrupt: int = 0
    lost: int = 0
    unexplained: int = 0
    ops_done: int = 0
    ops_refused: int = 0
    in_flight_committed: int = 0
    in_flight_not_committed: int = 0
    in_flight: dict[str, int] = field(default_factory=dict)
    backups_checked: int = 0
    corrupt_backups: int = 0
    partial_backups_left: int = 0
    projects_at_end: int = 0
    final_backup_ok: bool = False
    errors: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seed: int = 0
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        """No corruption, no loss, nothing unexplained, no worker error."""
        bad = self.corrupt + self.lost + self.unexplained + self.corrupt_backups
        return bad == 0 and not self.errors and self.final_backup_ok

    def line(self) -> str:
        """The one-line summary."""
        return (
            f"crash harness: {self.kills} kills, {self.corrupt} corrupt, {self.lost} lost, "
            f"{self.unexplained} unexplained, {self.ops_done} ops returned "
            f"({self.in_flight_committed} of {self.in_flight_committed + self.in_flight_not_committed}"
            f" in-flight landed), {self.backups_checked} backups checked "
            f"({self.corrupt_backups} bad), {len(self.errors)} errors, "
            f"{self.elapsed_s:.1f} s, seed {self.seed}: {'OK' if self.ok else 'FAILED'}"
        )


class CrashHarness:
    """Start a worker, kill it at a random moment, check, repeat."""

    def __init__(
        self,
        workdir: Path,
        seed: int = 0,
        delay_ms: tuple[float, float] = DELAY_MS,
        log: IO[str] | None = None,
    ) -> None:
        self.workdir = workdir
        self.db_path = workdir / DB_NAME
        self.seed = seed
        self.delay_ms = delay_ms
        self.log = log
        self.rng = np.random.default_rng(seed)
        self.verifier = Verifier(self.db_path)
        self.report = CrashReport(seed=seed)
        self._seen_backups: set[Path] = set()

    def run(self, kills: int) -> CrashReport:
        """Kill ``kills`` workers, checking the database after each; return the report."""
        start = time.perf_counter()
        for sub in ("journals", "logs"):
            (self.workdir / sub).mkdir(parents=True, exist_ok=True)
        if self.db_path.exists():
            raise StorageError(f"{self.db_path} exists: give an empty work folder")
        with open_database(str(self.db_path)) as db:
            ensure_schema(db)
        report = self.report
        worker = self._spawn(0) if kills else None
        for index in range(kills):
            assert worker is not None
            proc, journal = worker
            ready = self._go(proc)
            if ready:
                time.sleep(float(self.rng.uniform(*self.delay_ms)) / 1000.0)
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                report.kills += 1
            proc.wait()
            self._close(proc)
            if proc.returncode != -signal.SIGKILL:
                report.errors.append(
                    f"worker {index} exited with {proc.returncode}: {self._stderr_tail(index)}"
                )
            # The next worker imports while this one's database is checked.
            worker = self._spawn(index + 1) if index + 1 < kills else None
            if not self._check(index, journal) and report.corrupt:
                break
        if worker is not None:
            self._close(worker[0], kill=True)
        self._finish()
        report.elapsed_s = time.perf_counter() - start
        return report

    def _spawn(self, index: int) -> tuple[subprocess.Popen[str], Path]:
        journal = self.workdir / "journals" / f"{index:04d}.jsonl"
        seed = int(self.rng.integers(2**31))
        err = open(self.workdir / "logs" / f"{index:04d}.err", "w", encoding="utf-8")  # noqa: SIM115
        env = dict(
            os.environ,
            PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        )
        try:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.crash_worker",
                    str(self.db_path),
                    str(journal),
                    str(seed),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                cwd=ROOT,
                env=env,
                text=True,
            )
        finally:
            err.close()
        return proc, journal

    def _go(self, proc: subprocess.Popen[str]) -> bool:
        """Let the worker open the database; True once it says it is working."""
        assert proc.stdin is not None
        if _read_line(proc, START_TIMEOUT_S) != "loaded":
            return False
        proc.stdin.write("go\n")
        proc.stdin.flush()
        if _read_line(proc, START_TIMEOUT_S) != "ready":
            return False
        self.report.workers_ready += 1
        return True

    def _close(self, proc: subprocess.Popen[str], kill: bool = False) -> None:
        if kill and proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def _stderr_tail(self, index: int) -> str:
        text = (self.workdir / "logs" / f"{index:04d}.err").read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line.strip()]
        return lines[-1] if lines else "(no message)"

    def _check(self, index: int, journal: Path) -> bool:
        report, verifier = self.report, self.verifier
        pending = verifier.absorb(journal)
        report.in_flight[_kind(pending)] = report.in_flight.get(_kind(pending), 0) + 1
        try:
            result = verifier.check(pending)
        except StorageError as exc:
            report.errors.append(f"after kill {index + 1}: {exc}")
            return False
        report.ops_done, report.ops_refused = verifier.ops_done, verifier.ops_refused
        if result.corrupt:
            report.corrupt += 1
            report.failures.append(f"after kill {index + 1}: corrupt: {result.message}")
            return False
        if result.pending_committed is True:
            report.in_flight_committed += 1
        elif result.pending_committed is False:
            report.in_flight_not_committed += 1
        report.lost += len(result.lost)
        report.unexplained += len(result.unexplained)
        report.failures.extend(f"after kill {index + 1}: {x}" for x in result.lost[:20])
        report.failures.extend(f"after kill {index + 1}: {x}" for x in result.unexplained[:20])
        self._check_backups()
        if self.log is not None:
            print(
                f"kill {index + 1}: in flight {_kind(pending)}, "
                f"{len(verifier.model)} projects, {verifier.ops_done} ops",
                file=self.log,
            )
        return not (result.lost or result.unexplained)

    def _check_backups(self) -> None:
        for info in list_backups(self.db_path, self.workdir / BACKUP_FOLDER):
            if info.path in self._seen_backups:
                continue
            self._seen_backups.add(info.path)
            self.report.backups_checked += 1
            result = check_file(info.path)
            if result != "ok":
                self.report.corrupt_backups += 1
                self.report.failures.append(f"backup {info.path.name}: {result.splitlines()[0]}")

    def _finish(self) -> None:
        report = self.report
        report.errors.extend(self.verifier.errors)
        report.projects_at_end = len(self.verifier.model)
        folder = self.workdir / BACKUP_FOLDER
        report.partial_backups_left = len(list(folder.glob(".*.partial"))) if folder.is_dir() else 0
        if report.corrupt:
            return
        from app.storage.backup import backup

        try:
            with open_database(str(self.db_path)) as db:
                made = backup(db, dest_dir=self.workdir / "final-backup", reason="final")
            same = differences(self.verifier.model, snapshot(made))
            report.final_backup_ok = check_file(made) == "ok" and not (same[0] or same[1])
        except StorageError as exc:
            report.errors.append(f"final backup: {exc}")


def _kind(op: dict[str, Any] | None) -> str:
    if op is None:
        return "between calls"
    if op["op"] == "create":
        return "create (big)" if op["m"] * op["n"] >= 1000 else "create"
    return str(op["op"])


def _read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """The worker's next stdout line ("" if it exits or stays silent for ``timeout`` s)."""
    assert proc.stdout is not None
    ready, _w, _x = select.select([proc.stdout], [], [], timeout)
    if not ready:
        return ""
    return proc.stdout.readline().strip()


def run_harness(
    kills: int,
    workdir: Path,
    seed: int = 0,
    delay_ms: tuple[float, float] = DELAY_MS,
    log: IO[str] | None = None,
) -> CrashReport:
    """Run ``kills`` kill-and-check rounds in ``workdir`` (an empty folder)."""
    return CrashHarness(workdir, seed, delay_ms, log).run(kills)


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.crash_harness --kills 200 [--seed S] [--workdir DIR] [--json]``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, help="kept afterwards (default: a temp folder)")
    parser.add_argument("--json", action="store_true", help="also print the report as JSON")
    parser.add_argument("--verbose", action="store_true", help="a line per kill on stderr")
    args = parser.parse_args(argv)
    temp = None if args.workdir else tempfile.mkdtemp(prefix="innocite-crash-")
    workdir = args.workdir or Path(temp or ".")
    try:
        report = run_harness(
            args.kills, workdir, args.seed, log=sys.stderr if args.verbose else None
        )
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
    print(report.line())
    for failure in report.failures[:20] + report.errors[:20]:
        print(f"  {failure}")
    if args.json:
        print(json.dumps({**asdict(report), "ok": report.ok}, indent=2))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
