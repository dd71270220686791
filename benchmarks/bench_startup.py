"""Time from `innocite` starting to its window on screen, beside a bare Qt window (baseline)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Each child prints the seconds from interpreter start (its process start time) to the
# first paint of the window having been processed.
APP = """
from app.gui import create_application, open_database_for_gui
from app.widgets.main_window import MainWindow
app = create_application([])
db, repo = open_database_for_gui(None)
w = MainWindow(repo, database=db)
w.show()
app.processEvents()
"""
BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.show()
app.processEvents()
"""
WRAP = """
import time, os
{code}
started = float(os.environ["BENCH_T0"])
print(time.time() - started)
"""


def run(code: str, env: dict[str, str]) -> float:
    import time

    env = {**env, "BENCH_T0": repr(time.time())}
    done = subprocess.run(
        [sys.executable, "-c", WRAP.format(code=code)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def main(repeat: int = 7) -> None:
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": platform,
            "XDG_DATA_HOME": home,
            "XDG_CONFIG_HOME": home,
        }
        run(APP, env)  # first start creates the database with the demo project
        app_times = [run(APP, env) for _ in range(repeat)]
        bare_times = [run(BARE, env) for _ in range(repeat)]
    app_m, bare_m = statistics.median(app_times), statistics.median(bare_times)
    print(f"window shown, median of {repeat} ({platform}); bar: innocite <= 2 s")
    print(f"  innocite (demo database open)  {app_m:6.3f} s")
    print(f"  bare QMainWindow (baseline)    {bare_m:6.3f} s   ratio {app_m / bare_m:.2f}x")


def open_big_project(repeat: int = 9) -> None:
    """Opening a 1,000 x 20 project in the session (a GUI-thread call), first and warm."""
    import time

    import numpy as np

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.gui import create_application
    from app.services.project_session import ProjectSession
    from app.storage.startup import open_projects
    from decision.problem import Alternative, Criterion, Problem

    create_application([])
    with tempfile.TemporaryDirectory() as folder:
        db, repo = open_projects(f"sqlite:///{Path(folder) / 'big.sqlite3'}")
        try:
            rng = np.random.default_rng(1)
            criteria = [Criterion(f"c{j}", direction="benefit", weight=1.0) for j in range(20)]
            alternatives = [Alternative(f"a{i}") for i in range(1000)]
            pid = repo.save_problem(
                Problem.create("big", criteria, alternatives, rng.random((1000, 20)))
            ).id
            times = []
            for _ in range(repeat):
                session = ProjectSession(repo)
                t = time.perf_counter()
                session.open(pid)
                times.append((time.perf_counter() - t) * 1000)
        finally:
            db.close()
    print(
        f"ProjectSession.open 1,000 x 20: first {times[0]:.1f} ms, "
        f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (bar: 50 ms)"
    )


if __name__ == "__main__":
    main()
    open_big_project()
