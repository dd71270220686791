"""Wall time of `innocite memo` on the Koper demo for each format, beside baselines in the same run.

Each run is a new process (cold start, as a user runs it): the time includes Python, the
engine, the robustness analysis (10,000 SMAA weightings), Qt (offscreen) and the file.
Baselines: a bare Python start and `innocite rank` of the same stored project.

Run from the project root:  python -m benchmarks.bench_memo [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "koper_sme_support.json"
BAR_SECONDS = 3.0


def median_wall(cmd: list[str], repeats: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, stdin=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    exe = shutil.which("innocite")
    base = [exe] if exe else [sys.executable, "-m", "app.cli"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        subprocess.run([*base, "import", str(DEMO), "--db", db], check=True, capture_output=True)
        r = args.repeats
        bare = median_wall([sys.executable, "-c", "pass"], r, env)
        ranked = median_wall([*base, "rank", "1", "--db", db, "--json"], r, env)
        print(
            f"median of {r} cold runs (new process each time), Koper demo (7 x 7, 3 participants)"
        )
        print(f"  python -c pass                       {bare * 1000:7.0f} ms")
        print(f"  innocite rank 1 --db (baseline)      {ranked * 1000:7.0f} ms")
        worst = 0.0
        for ext in ("pdf", "docx", "html"):
            out = Path(tmp) / f"memo.{ext}"
            cmd = [*base, "memo", "1", "--db", db, "--out", str(out), "--no-store"]
            t = median_wall(cmd, r, env)
            worst = max(worst, t)
            print(
                f"  innocite memo 1 --out memo.{ext:<5}     {t * 1000:7.0f} ms  "
                f"({t / ranked:.1f}x rank, {out.stat().st_size / 1024:.0f} KiB)"
            )
        verdict = "within" if worst < BAR_SECONDS else "OVER"
        print(f"  slowest format {worst:.2f} s: {verdict} the {BAR_SECONDS:.0f} s bar")
    return 0 if worst < BAR_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
