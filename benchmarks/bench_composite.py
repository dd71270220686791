"""Benchmark: composite-indicator uncertainty analysis, 200 towns x 30 indicators x 1,000 runs.

Run: .venv/bin/python -m benchmarks.bench_composite [--repeats 5] [--loop-runs 60]
Times are medians over repeats (after one warm-up). The baseline in the same run is the
straightforward loop: for a subset of the same runs, one ``composite()`` call per run with
that run's normalization, aggregation and weights (``UncertaintyResult.run_inputs``), timed
per run and extrapolated to all runs; the ratio compares time per run. The bar is <= 3 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from decision.composite import (
    CompositeData,
    CompositeSettings,
    Indicator,
    UncertaintySettings,
    composite,
    uncertainty,
)


def timed(fn: Callable[[], Any], repeats: int) -> float:
    """Median wall time in seconds of ``repeats`` calls (after one warm-up call)."""
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def data(m: int = 200, n: int = 30, seed: int = 0) -> CompositeData:
    """Random towns x indicators in 6 groups, a quarter of the indicators costs, 2 % missing."""
    rng = np.random.default_rng(seed)
    inds = [
        Indicator(
            f"i{j}",
            direction="cost" if j % 4 == 0 else "benefit",
            weight=float(rng.uniform(0.5, 2.0)),
            group=f"g{j % 6}",
        )
        for j in range(n)
    ]
    x = rng.lognormal(3.0, 0.6, (m, n))
    x[rng.random((m, n)) < 0.02] = np.nan
    return CompositeData.create([f"town{i}" for i in range(m)], inds, x)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--loop-runs", type=int, default=60)
    args = parser.parse_args()

    d = data()
    settings = CompositeSettings(missing="mean")
    options = UncertaintySettings(
        runs=args.runs, seed=0, normalizations=("minmax", "zscore", "rank"), weight_range=0.25
    )
    result = uncertainty(d, settings, options)
    batched = timed(lambda: uncertainty(d, settings, options), args.repeats)

    step = max(1, result.runs // args.loop_runs)
    subset = list(range(0, result.runs, step))[: args.loop_runs]
    inputs = [result.run_inputs(r) for r in subset]

    def loop() -> None:
        for dd, ss in inputs:
            composite(dd, ss)

    loop_time = timed(loop, args.repeats)
    per_run_loop = loop_time / len(subset)
    per_run_batched = batched / result.runs
    m, n = d.values.shape
    print(f"composite uncertainty, {m} units x {n} indicators, {result.runs} runs")
    print(
        f"  ({len(options.normalizations)} normalizations x {len(options.aggregations)} "
        f"aggregations x {result.runs // 6} weight vectors; mean imputation; 6 groups)"
    )
    print(f"  cpu count {os.cpu_count()}, median of {args.repeats}")
    print(f"  batched uncertainty():   {batched:8.3f} s  ({per_run_batched * 1e6:8.1f} us/run)")
    print(
        f"  loop of composite():     {per_run_loop * result.runs:8.3f} s  "
        f"({per_run_loop * 1e6:8.1f} us/run, {len(subset)} runs timed, extrapolated)"
    )
    print(f"  ratio loop / batched:    {per_run_loop / per_run_batched:8.0f} x")
    print(f"  bar <= 3 s:              {'met' if batched <= 3.0 else 'NOT met'}")


if __name__ == "__main__":
    main()
