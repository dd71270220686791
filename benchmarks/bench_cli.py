"""Cold-start wall time of `innocite rank` on a 20 x 8 file, beside a bare Python start.

Run from the project root:  python -m benchmarks.bench_cli [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np


def write_problem(path: Path, m: int = 20, n: int = 8) -> None:
    rng = np.random.default_rng(4)
    doc = {
        "name": "Benchmark 20 x 8",
        "criteria": [
            {
                "id": f"c{j}",
                "name": f"Criterion {j}",
                "direction": "cost" if j % 3 == 0 else "benefit",
                "weight": 1 / n,
            }
            for j in range(n)
        ],
        "alternatives": [{"id": f"a{i}", "name": f"Option {i}"} for i in range(m)],
        "matrix": np.round(rng.uniform(1, 100, size=(m, n)), 2).tolist(),
    }
    path.write_text(json.dumps(doc))


def median_wall(cmd: list[str], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, stdin=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args(argv)
    exe = shutil.which("innocite")
    base_cmd = [exe] if exe else [sys.executable, "-m", "app.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "p20x8.json"
        write_problem(f)
        bare = median_wall([sys.executable, "-c", "pass"], args.repeats)
        numpy_only = median_wall([sys.executable, "-c", "import numpy"], args.repeats)
        print(f"median of {args.repeats} cold starts (new process each time)")
        print(f"  python -c pass                      {bare * 1000:7.0f} ms")
        print(f"  python -c 'import numpy'            {numpy_only * 1000:7.0f} ms")
        for method in ("topsis", "vikor", "promethee2", "wsm"):
            t = median_wall([*base_cmd, "rank", str(f), "--method", method, "--json"], args.repeats)
            print(
                f"  innocite rank 20x8 --method {method:<9}{t * 1000:7.0f} ms  ({t / bare:.1f}x bare python)"
            )
        t = median_wall([*base_cmd, "rank", str(f), "--method", "aras"], args.repeats)
        print(f"  innocite rank 20x8 --method aras     {t * 1000:7.0f} ms  (imports pymcdm)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
