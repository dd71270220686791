"""Engine vs pymcdm (and a minimal numpy TOPSIS) on the same inputs, in the same run.

Run from the project root:  python -m benchmarks.bench_engine [--quick] [--json FILE]
Times are medians of several runs; ratios compare with the baseline in the same run.
Peak memory is what tracemalloc sees allocated during one call (numpy reports to it).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from decision.evaluate import rank
from decision.problem import Alternative, Criterion, Preference, Problem


def timed(fn: Callable[[], Any], repeats: int) -> float:
    """Median wall time in seconds of ``repeats`` calls (after one warm-up call)."""
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_mb(fn: Callable[[], Any]) -> float:
    tracemalloc.start()
    tracemalloc.reset_peak()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def data(m: int, n: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.uniform(1.0, 100.0, size=(m, n))
    types = np.where(np.arange(n) % 3 == 0, -1, 1)
    w = rng.dirichlet(np.ones(n))
    return x, types, w


def problem(
    x: np.ndarray, types: np.ndarray, w: np.ndarray, pref: Preference | None = None
) -> Problem:
    crit = [
        Criterion(
            f"c{j}", direction="benefit" if t > 0 else "cost", weight=float(wj), preference=pref
        )
        for j, (t, wj) in enumerate(zip(types, w, strict=True))
    ]
    alts = [Alternative(f"a{i}") for i in range(x.shape[0])]
    return Problem.create("bench", crit, alts, x)


def minimal_numpy_topsis(x: np.ndarray, w: np.ndarray, types: np.ndarray) -> np.ndarray:
    """The textbook TOPSIS in plain numpy, no validation: the speed floor to compare with."""
    v = x / np.sqrt((x**2).sum(axis=0)) * w
    pis = np.where(types > 0, v.max(axis=0), v.min(axis=0))
    nis = np.where(types > 0, v.min(axis=0), v.max(axis=0))
    dp = np.sqrt(((v - pis) ** 2).sum(axis=1))
    dm = np.sqrt(((v - nis) ** 2).sum(axis=1))
    return dm / (dp + dm)


def row(label: str, seconds: float, base: float | None, extra: str = "") -> dict[str, Any]:
    if not base:
        ratio = "   base"
    elif seconds / base >= 0.1:
        ratio = f"{seconds / base:6.2f}x"
    else:
        ratio = f"1/{base / seconds:,.0f}".rjust(7)
    print(f"  {label:<44} {seconds * 1000:10.1f} ms  {ratio}  {extra}")
    return {"label": label, "median_s": seconds, "ratio_to_base": seconds / base if base else 1.0}


def bench_topsis(m: int, n: int, repeats: int) -> list[dict[str, Any]]:
    from pymcdm import normalizations as pn
    from pymcdm.methods import TOPSIS

    x, types, w = data(m, n)
    p = problem(x, types, w)
    print(f"\nTOPSIS (vector normalization) {m:,} x {n}")
    pym = timed(lambda: TOPSIS(pn.vector_normalization)(x, w, types, validation=False), repeats)
    out = [row("pymcdm TOPSIS, validation off (baseline)", pym, None)]
    if m * n <= 10**6:
        t = timed(lambda: TOPSIS(pn.vector_normalization)(x, w, types), repeats)
        out.append(row("pymcdm TOPSIS, validation on", t, pym))
    else:
        t = timed(lambda: TOPSIS(pn.vector_normalization)(x, w, types), 1)
        out.append(row("pymcdm TOPSIS, validation on (1 run)", t, pym))
    mini = timed(lambda: minimal_numpy_topsis(x, w, types), repeats)
    out.append(row("minimal numpy TOPSIS (no validation)", mini, pym))
    ours = timed(lambda: rank(p, "topsis"), repeats)
    out.append(
        row("InnoCite rank(): validation+scores+ranks", ours, pym, f"{ours / mini:.2f}x numpy")
    )
    np.testing.assert_allclose(
        rank(p, "topsis").scores,
        TOPSIS(pn.vector_normalization)(x, w, types, validation=False),
        rtol=1e-10,
    )
    return out


def bench_vikor(m: int, n: int, repeats: int) -> list[dict[str, Any]]:
    from pymcdm.methods import VIKOR

    x, types, w = data(m, n)
    p = problem(x, types, w)
    print(f"\nVIKOR (v = 0.5) {m:,} x {n}")
    pym = timed(lambda: VIKOR()(x, w, types, validation=False), repeats)
    out = [row("pymcdm VIKOR, validation off (baseline)", pym, None)]
    ours = timed(lambda: rank(p, "vikor"), repeats)
    out.append(row("InnoCite rank(): validation+S,R,Q+compromise", ours, pym))
    np.testing.assert_allclose(
        rank(p, "vikor").scores, VIKOR()(x, w, types, validation=False), atol=1e-10
    )
    return out


def process_peak_rss_mb(m: int, n: int, q: float, p: float) -> float:
    """Max resident memory of a fresh process that builds the data and runs PROMETHEE II once."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the (large) parent.
    code = (
        "import re\n"
        "from benchmarks.bench_engine import data, problem\n"
        "from decision.evaluate import rank\n"
        "from decision.problem import Preference\n"
        f"x, t, w = data({m}, {n})\n"
        f"rank(problem(x, t, w, Preference('linear', q={q}, p={p})), 'promethee2')\n"
        "status = open('/proc/self/status').read()\n"
        "print(re.search(r'VmHWM:\\s+(\\d+)', status).group(1))\n"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    return int(out.stdout.strip()) / 1024


def bench_promethee(m: int, n: int, repeats: int, with_pymcdm: bool) -> list[dict[str, Any]]:
    from pymcdm.methods import PROMETHEE_II

    x, types, w = data(m, n)
    q, pp = 5.0, 30.0
    p = problem(x, types, w, Preference("linear", q=q, p=pp))
    print(f"\nPROMETHEE II (linear preference, q={q:g}, p={pp:g}) {m:,} x {n}")
    out = []

    def theirs() -> np.ndarray:
        body = PROMETHEE_II("vshape_2", q=[q] * n, p=[pp] * n)  # fresh object: it keeps state
        return np.asarray(body(x, w, types, validation=False))

    base = None
    if with_pymcdm:
        reps = repeats if m <= 2000 else 1
        base = timed(theirs, reps)
        mem = peak_mb(theirs)
        out.append(row("pymcdm PROMETHEE_II m x m (baseline)", base, None, f"peak {mem:,.0f} MB"))
    ours = timed(lambda: rank(p, "promethee2"), repeats)
    mem = peak_mb(lambda: rank(p, "promethee2"))
    out.append(row("InnoCite rank(): sorted flows, no m x m", ours, base, f"peak {mem:,.0f} MB"))
    out[-1]["peak_mb"] = mem
    rss = process_peak_rss_mb(m, n, q, pp)
    print(f"  {'(whole Python process for that call, max RSS)':<44} {rss:10,.0f} MB")
    out[-1]["process_max_rss_mb"] = rss
    if with_pymcdm:
        np.testing.assert_allclose(rank(p, "promethee2").scores, theirs(), atol=1e-10)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes only (smoke run)")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    print(f"numpy {np.__version__}, python {sys.version.split()[0]}; median of {args.repeats} runs")
    results: dict[str, Any] = {}
    results["topsis_1000x20"] = bench_topsis(1000, 20, args.repeats)
    results["vikor_1000x20"] = bench_vikor(1000, 20, args.repeats)
    results["promethee_1000x10"] = bench_promethee(1000, 10, args.repeats, True)
    if not args.quick:
        results["topsis_1000000x10"] = bench_topsis(1_000_000, 10, args.repeats)
        results["vikor_1000000x10"] = bench_vikor(1_000_000, 10, args.repeats)
        results["promethee_10000x10"] = bench_promethee(10_000, 10, args.repeats, True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
