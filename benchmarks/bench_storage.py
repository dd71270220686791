"""Save/load of a 10,000 x 50 project on SQLite vs sqlite3 executemany and pandas to_sql."""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from app.storage.models import Base
from app.storage.repository import ProjectRepository
from decision.problem import Alternative, Criterion, Problem

M, N, REPEATS = 10_000, 50, 5
PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000")


def make_problem(name: str, m: int = M, n: int = N) -> Problem:
    rng = np.random.default_rng(7)
    criteria = [Criterion(f"c{j}", direction="cost" if j % 3 else "benefit") for j in range(n)]
    alternatives = [Alternative(f"a{i}", f"Alternative {i}") for i in range(m)]
    return Problem.create(name, criteria, alternatives, rng.normal(100, 30, (m, n)))


def engine_for(path: Path) -> Engine:
    """The DESIGN.md settings that matter for speed (WAL, synchronous=FULL)."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        for pragma in PRAGMAS:
            dbapi_connection.execute(f"PRAGMA {pragma}")

    Base.metadata.create_all(engine)
    return engine


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_repository(folder: Path) -> tuple[list[float], list[float]]:
    engine = engine_for(folder / "repo.sqlite3")
    repo = ProjectRepository(sessionmaker(bind=engine))
    saves, loads = [], []
    for k in range(REPEATS):
        problem = make_problem(f"bench {k}")
        saves.append(timed(lambda p=problem: repo.save_problem(p)))  # type: ignore[misc]
        loads.append(timed(lambda k=k: repo.load_problem(f"bench {k}")))  # type: ignore[misc]
    back = repo.load_problem(f"bench {REPEATS - 1}")
    assert np.array_equal(back.matrix, make_problem("x").matrix), "round trip differs"
    engine.dispose()
    return saves, loads


def bench_sqlite3(folder: Path) -> tuple[list[float], list[float]]:
    """Baseline: the long table (alternative, criterion, value) through plain sqlite3."""
    con = sqlite3.connect(folder / "plain.sqlite3", isolation_level=None)
    for pragma in PRAGMAS:
        con.execute(f"PRAGMA {pragma}")
    con.execute(
        "CREATE TABLE cell (project INTEGER, a INTEGER, c INTEGER, value REAL, "
        "PRIMARY KEY (project, a, c))"
    )
    saves, loads = [], []
    for k in range(REPEATS):
        matrix = make_problem("x").matrix
        rows = [(k, i, j, float(matrix[i, j])) for i in range(M) for j in range(N)]

        def save(rows: list[tuple[int, int, int, float]] = rows) -> None:
            con.execute("BEGIN")
            con.executemany("INSERT INTO cell VALUES (?, ?, ?, ?)", rows)
            con.execute("COMMIT")

        def load(k: int = k) -> None:
            got = con.execute("SELECT a, c, value FROM cell WHERE project = ?", (k,)).fetchall()
            arr = np.array(got, dtype=float)
            out = np.full((M, N), np.nan)
            out[arr[:, 0].astype(int), arr[:, 1].astype(int)] = arr[:, 2]

        saves.append(timed(save))
        loads.append(timed(load))
    con.close()
    return saves, loads


def bench_pandas(folder: Path) -> tuple[list[float], list[float]]:
    """Baseline: pandas to_sql / read_sql of the same long table."""
    engine = engine_for(folder / "pandas.sqlite3")
    saves, loads = [], []
    for k in range(REPEATS):
        matrix = make_problem("x").matrix
        frame = pd.DataFrame(
            {
                "project": k,
                "a": np.repeat(np.arange(M), N),
                "c": np.tile(np.arange(N), M),
                "value": matrix.ravel(),
            }
        )
        saves.append(
            timed(lambda f=frame: f.to_sql("cell", engine, if_exists="append", index=False))  # type: ignore[misc]
        )
        loads.append(
            timed(
                lambda k=k: pd.read_sql(f"SELECT a, c, value FROM cell WHERE project = {k}", engine)  # type: ignore[misc]
            )
        )
    engine.dispose()
    return saves, loads


def main() -> int:
    print(
        f"SQLite {sqlite3.sqlite_version}, {M:,} alternatives x {N} criteria "
        f"({M * N:,} values), median of {REPEATS}; bars: save <= 2 s, load <= 1 s"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results = {
            "ProjectRepository": bench_repository(folder),
            "sqlite3 executemany (baseline)": bench_sqlite3(folder),
            "pandas to_sql/read_sql (baseline)": bench_pandas(folder),
        }
    ours_save = statistics.median(results["ProjectRepository"][0])
    ours_load = statistics.median(results["ProjectRepository"][1])
    print(f"{'':36} {'save s':>8} {'load s':>8} {'save ratio':>11} {'load ratio':>11}")
    for label, (saves, loads) in results.items():
        s, lo = statistics.median(saves), statistics.median(loads)
        print(f"{label:36} {s:8.3f} {lo:8.3f} {ours_save / s:10.2f}x {ours_load / lo:10.2f}x")
    ok = ours_save <= 2.0 and ours_load <= 1.0
    print("bars met" if ok else "BARS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
