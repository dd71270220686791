"""Weight sensitivity: tipping points vs a brute-force grid of rank() calls, in the same run.

Run from the project root:
    python -m benchmarks.bench_sensitivity [--quick] [--section tipping] [--method vikor ...]
Times are medians of several runs; ratios compare with the baseline in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import numpy as np

from decision.evaluate import rank
from decision.problem import Alternative, Criterion, Problem
from decision.sensitivity import leaf_weights, perturb, tipping_points

METHODS = ("topsis", "vikor", "promethee2", "wsm")
BAR_SECONDS = 1.0  # the bar: all tipping points of 1,000 x 20 in at most 1 s


def timed(fn: Callable[[], Any], repeats: int) -> float:
    """Median wall time in seconds of ``repeats`` calls (after one warm-up call)."""
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def problem(m: int, n: int, seed: int = 0) -> Problem:
    rng = np.random.default_rng(seed)
    crit = [
        Criterion(f"c{j}", direction="benefit" if j % 3 else "cost", weight=float(w))
        for j, w in enumerate(rng.uniform(0.5, 1.5, n))
    ]
    alts = [Alternative(f"a{i}") for i in range(m)]
    return Problem.create("bench", crit, alts, rng.uniform(1.0, 100.0, (m, n)))


def brute_force_one_criterion(p: Problem, method: str, points: int = 1001) -> None:
    """Baseline: rank() at every point of a dense grid of one criterion's weight."""
    w0 = leaf_weights(p)
    for w in perturb(w0, 0, np.linspace(0.0, 1.0, points)):
        rank(p, method, weights=w)


def section_tipping(quick: bool, methods: tuple[str, ...] = METHODS) -> None:
    repeats = 3 if quick else 7
    p = problem(1000, 20)
    print("tipping points, 1,000 alternatives x 20 criteria (median of", repeats, "runs)")
    base = timed(lambda: brute_force_one_criterion(p, "topsis"), max(1, repeats // 3))
    print(f"  baseline: 1,001 rank() calls, ONE criterion, TOPSIS   {base * 1000:9.1f} ms")
    for method in methods:
        for pairs in ("none", "adjacent"):
            t = timed(partial(tipping_points, p, method, swap_pairs=pairs), repeats)
            swaps = len(tipping_points(p, method, swap_pairs=pairs).swaps)
            print(
                f"  {method:10s} all 20 criteria, swaps={pairs:8s}      {t * 1000:9.1f} ms"
                f"   ratio to baseline {base / t:7.1f}x   {swaps:6d} swaps"
                f"   bar <= 1 s: {'met' if t <= BAR_SECONDS else 'NOT met'}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--section", choices=["tipping"], default="tipping")
    parser.add_argument("--method", choices=METHODS, action="append", help="repeatable")
    args = parser.parse_args()
    if args.section == "tipping":
        section_tipping(args.quick, tuple(args.method or METHODS))


if __name__ == "__main__":
    main()
