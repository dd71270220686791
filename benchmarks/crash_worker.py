"""Crash-test worker: saves and edits projects in a loop, journaling each call durably."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

from app.storage.backup import backup
from app.storage.database import Database, open_database
from app.storage.repository import ProjectRepository, StaleProjectError
from app.storage.schema import ensure_schema
from decision.problem import Alternative, Criterion, Problem

BIG_SHAPE = (300, 20)
"""A project big enough (6,000 cells) that kills often land inside its transaction."""
MAX_PROJECTS = 14
PARTICIPANTS = ("ann", "bob", "cy")
BACKUP_FOLDER = "backups"
BACKUP_KEEP = 3
WHO = "crash-worker"


def project_problem(name: str, m: int, n: int, matrix_seed: int) -> Problem:
    """The project a ``create`` op saves: keys a0.., c0.., values from ``matrix_seed``."""
    criteria = [Criterion(f"c{j}") for j in range(n)]
    alternatives = [Alternative(f"a{i}", f"Alternative {i}") for i in range(m)]
    matrix = np.random.default_rng(matrix_seed).normal(100.0, 30.0, (m, n))
    return Problem.create(name, criteria, alternatives, matrix)


class Journal:
    """Append-only JSON lines, each written with one ``write`` and fsynced before returning."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, record: dict[str, Any]) -> None:
        os.write(self._fd, (json.dumps(record) + "\n").encode())
        os.fsync(self._fd)


class Worker:
    """One process's loop of realistic calls on the repository (runs until killed)."""

    def __init__(self, db: Database, journal: Journal, seed: int) -> None:
        self.db = db
        self.repo = ProjectRepository(db.session)
        self.journal = journal
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self.seq = 0
        self.created = 0
        self.renamed = 0
        # uid -> [id, n_alternatives, n_criteria]; uid is the project's question, never changed.
        self.projects: dict[str, list[int]] = {
            s.question: [s.id, s.n_alternatives, s.n_criteria] for s in self.repo.list_projects()
        }

    def run(self) -> None:
        while True:
            self.step()

    def step(self) -> None:
        r = float(self.rng.random())
        if len(self.projects) < 3 or (r < 0.12 and len(self.projects) < MAX_PROJECTS):
            self.create()
        elif r < 0.12:
            self.delete()
        elif r < 0.6:
            self.update()
        elif r < 0.8:
            self.judge()
        elif r < 0.96:
            self.rename()
        else:
            self.backup()

    def call(self, op: dict[str, Any], fn: Any, refused: type[Exception] | None = None) -> Any:
        """Journal the intent, make the call, journal its return (or an expected refusal)."""
        self.seq += 1
        seq = self.seq
        self.journal.write({"seq": seq, "phase": "intent", **op})
        try:
            result = fn()
        except Exception as exc:
            if refused is not None and isinstance(exc, refused):
                self.journal.write({"seq": seq, "phase": "refused", "error": type(exc).__name__})
                return None
            self.journal.write({"seq": seq, "phase": "error", "error": f"{exc!r}"[:500]})
            raise
        self.journal.write({"seq": seq, "phase": "done", "version": _version(result)})
        return result

    def pick(self) -> tuple[str, list[int]]:
        uids = sorted(self.projects)
        uid = uids[int(self.rng.integers(len(uids)))]
        return uid, self.projects[uid]

    def create(self) -> None:
        self.created += 1
        uid = f"{self.seed:x}-{self.created}"
        big = self.rng.random() < 0.25
        m, n = BIG_SHAPE if big else (int(self.rng.integers(3, 13)), int(self.rng.integers(2, 7)))
        matrix_seed = int(self.rng.integers(2**31))
        name = f"Project {uid}"
        op = {"op": "create", "uid": uid, "name": name, "m": m, "n": n, "matrix_seed": matrix_seed}
        problem = project_problem(name, m, n, matrix_seed)
        summary = self.call(op, lambda: self.repo.save_problem(problem, question=uid, who=WHO))
        self.projects[uid] = [summary.id, m, n]

    def delete(self) -> None:
        uid, (pid, _m, _n) = self.pick()
        self.call({"op": "delete", "uid": uid}, lambda: self.repo.delete_project(pid, who=WHO))
        del self.projects[uid]

    def update(self) -> None:
        uid, (pid, m, n) = self.pick()
        version = self.repo.summary(pid).version
        alt, crit = f"a{int(self.rng.integers(m))}", f"c{int(self.rng.integers(n))}"
        value = None if self.rng.random() < 0.1 else float(self.rng.normal(100.0, 30.0))
        stale = version > 1 and self.rng.random() < 0.08
        expected = version - 1 if stale else version
        op = {"op": "update", "uid": uid, "alt": alt, "crit": crit, "value": value}
        op["stale"] = stale

        def update() -> int:
            return self.repo.update_value(pid, alt, crit, value, expected_version=expected, who=WHO)

        if stale:
            if self.call(op, update, refused=StaleProjectError) is not None:
                raise AssertionError(f"update of {uid} with a stale version was accepted")
        else:
            self.call(op, update)

    def judge(self) -> None:
        uid, (pid, _m, n) = self.pick()
        participant = PARTICIPANTS[int(self.rng.integers(len(PARTICIPANTS)))]
        pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
        count = int(self.rng.integers(1, min(len(pairs), 5) + 1))
        chosen = self.rng.choice(len(pairs), size=count, replace=False)
        items: list[tuple[str, str, float]] = []
        for k in chosen:
            i, j = pairs[int(k)]
            a, b = (f"c{i}", f"c{j}") if self.rng.random() < 0.5 else (f"c{j}", f"c{i}")
            items.append((a, b, round(float(self.rng.uniform(0.11, 9.0)), 6)))
        op = {"op": "judge", "uid": uid, "participant": participant, "items": items}
        self.call(
            op,
            lambda: self.repo.add_judgments(pid, participant, "criteria", None, items, who=WHO),
        )

    def rename(self) -> None:
        uid, (pid, _m, _n) = self.pick()
        self.renamed += 1
        name = f"Project {uid} r{self.seed:x}-{self.renamed}"
        op = {"op": "rename", "uid": uid, "name": name}
        self.call(op, lambda: self.repo.rename_project(pid, name, who=WHO))

    def backup(self) -> None:
        path = self.db.path
        assert path is not None
        folder = path.parent / BACKUP_FOLDER
        self.call(
            {"op": "backup"},
            lambda: backup(self.db, dest_dir=folder, reason="crash", keep=BACKUP_KEEP),
        )


def _version(result: object) -> int | None:
    if isinstance(result, int) and not isinstance(result, bool):
        return result
    version = getattr(result, "version", None)
    return version if isinstance(version, int) else None


def main(argv: list[str]) -> int:
    """``crash_worker DB JOURNAL SEED``: wait for a line on stdin, open, say ready, work."""
    if len(argv) != 3:
        print("usage: python -m benchmarks.crash_worker DB JOURNAL SEED", file=sys.stderr)
        return 2
    db_path, journal_path, seed = Path(argv[0]), Path(argv[1]), int(argv[2])
    print("loaded", flush=True)  # imports done; the parent says go once its check is over
    if not sys.stdin.readline().strip():
        return 0
    db = open_database(str(db_path))
    ensure_schema(db)
    worker = Worker(db, Journal(journal_path), seed)
    print("ready", flush=True)
    worker.run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
