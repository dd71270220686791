"""Benchmark: SMAA-2 with TOPSIS on 1,000 x 20 against a per-sample pymcdm TOPSIS loop.

Run: .venv/bin/python -m benchmarks.bench_smaa [--repeats 5] [--loop-samples 200]
Times are medians over repeats; the pymcdm loop (vector normalization, validation off, one
call and one ranking per sample) runs on a subset of samples in the same run, and the ratio
compares time per sample.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from decision.problem import Alternative, Criterion, Problem
from decision.sensitivity.smaa import sample_weights, smaa


def timed(fn: Callable[[], Any], repeats: int) -> float:
    """Median wall time in seconds of ``repeats`` calls (after one warm-up call)."""
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def problem(m: int = 1000, n: int = 20, seed: int = 0) -> Problem:
    rng = np.random.default_rng(seed)
    crit = [
        Criterion(id=f"c{j}", direction="cost" if j % 4 == 0 else "benefit", weight=1.0)
        for j in range(n)
    ]
    alts = [Alternative(id=f"a{i}") for i in range(m)]
    return Problem.create("bench", crit, alts, rng.uniform(1.0, 100.0, (m, n)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--samples", type=int, default=10_000)
    parser.add_argument("--loop-samples", type=int, default=200)
    args = parser.parse_args()

    from pymcdm.helpers import rankdata
    from pymcdm.methods import TOPSIS
    from pymcdm.normalizations import vector_normalization

    p = problem()
    m, n = p.matrix.shape
    types = p.types.astype(int)
    weights = sample_weights(p, args.samples, seed=0)
    topsis = TOPSIS(normalization_function=vector_normalization)

    def ours() -> None:
        smaa(p, "topsis", samples=args.samples, seed=0, pairwise=False)

    def ours_pairwise() -> None:
        smaa(p, "topsis", samples=args.samples // 10, seed=0, pairwise=True)

    from decision.methods.registry import get_method
    from decision.sensitivity.smaa import _keys
    from decision.sensitivity.sweep import make_kernel

    spec = get_method("topsis")
    params = spec.resolve(None)
    keys = _keys(p, spec, params, make_kernel(p, "topsis", params))

    def ours_scores() -> None:
        for start in range(0, args.samples, 1000):
            keys(weights[start : start + 1000])

    def pymcdm_scores() -> None:
        for w in weights[: args.loop_samples]:
            topsis(p.matrix, w, types, validation=False)

    acc = np.zeros((m, m))

    def pymcdm_loop() -> None:
        acc[:] = 0
        for w in weights[: args.loop_samples]:
            pref = topsis(p.matrix, w, types, validation=False)
            ranks = rankdata(pref, reverse=True).astype(int)
            acc[np.arange(m), ranks - 1] += 1

    t_ours = timed(ours, args.repeats)
    t_pairs = timed(ours_pairwise, max(1, args.repeats // 2))
    t_loop = timed(pymcdm_loop, args.repeats)
    t_sc = timed(ours_scores, args.repeats)
    t_psc = timed(pymcdm_scores, args.repeats)
    per_ours = t_ours / args.samples
    per_loop = t_loop / args.loop_samples
    print(f"problem {m} x {n}, TOPSIS (vector normalization), medians of {args.repeats} runs")
    print(
        f"SMAA {args.samples} samples incl. rank acceptability, central weights, "
        f"confidence: {t_ours:.3f} s ({per_ours * 1e6:.1f} us/sample; bar <= 2 s)"
    )
    print(
        f"SMAA {args.samples // 10} samples with pairwise winning indices: {t_pairs:.3f} s "
        f"({t_pairs / (args.samples // 10) * 1e6:.1f} us/sample)"
    )
    print(
        f"pymcdm TOPSIS loop, {args.loop_samples} samples with ranking and counting: "
        f"{t_loop:.3f} s ({per_loop * 1e6:.1f} us/sample)"
    )
    print(f"ratio per sample, full SMAA vs loop: {per_loop / per_ours:.1f}x faster (bar >= 100x)")
    print(
        f"scores only: batched kernel {t_sc / args.samples * 1e6:.2f} us/sample, pymcdm "
        f"{t_psc / args.loop_samples * 1e6:.1f} us/sample: "
        f"{(t_psc / args.loop_samples) / (t_sc / args.samples):.0f}x faster"
    )


if __name__ == "__main__":
    main()
