"""Benchmark: SMAA-2 with TOPSIS on 1,000 x 20 against a per-sample pymcdm TOPSIS loop.

Run: .venv/bin/python -m benchmarks.bench_smaa [--repeats 5] [--loop-samples 200]
Times are medians over repeats. Two idiomatic pymcdm loops run on a subset of the same
weight vectors in the same run: per sample one pymcdm TOPSIS call (vector normalization,
validation off), a ranking (pymcdm's ``rrankdata``, or ``np.argsort`` of the scores, the
faster of the two), and a count into an m x m acceptability matrix. Ratios compare time per
sample; SMAA runs with two threads and with its default, ``threads=1``.
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

    from pymcdm.helpers import rrankdata
    from pymcdm.methods import TOPSIS
    from pymcdm.normalizations import vector_normalization

    p = problem()
    m, n = p.matrix.shape
    types = p.types.astype(int)
    weights = sample_weights(p, args.samples, seed=0)
    topsis = TOPSIS(normalization_function=vector_normalization)

    def ours() -> None:
        smaa(p, "topsis", samples=args.samples, seed=0, pairwise=False, threads=2)

    def ours_serial() -> None:
        smaa(p, "topsis", samples=args.samples, seed=0, pairwise=False, threads=1)

    def ours_pairwise() -> None:
        smaa(p, "topsis", samples=args.samples // 10, seed=0, pairwise=True)

    from decision.methods.registry import get_method
    from decision.sensitivity.smaa import _values
    from decision.sensitivity.sweep import make_kernel

    spec = get_method("topsis")
    params = spec.resolve(None)
    values, _, _ = _values(p, spec, params, make_kernel(p, "topsis", params))

    def ours_scores() -> None:
        for start in range(0, args.samples, 64):
            values(weights[start : start + 64], start)

    def pymcdm_scores() -> None:
        for w in weights[: args.loop_samples]:
            topsis(p.matrix, w, types, validation=False)

    acc = np.zeros((m, m))
    positions = np.arange(m)

    def pymcdm_loop() -> None:
        acc[:] = 0
        for w in weights[: args.loop_samples]:
            pref = topsis(p.matrix, w, types, validation=False)
            ranks = rrankdata(pref).astype(int)  # ties get averaged ranks: truncated here
            acc[positions, ranks - 1] += 1

    def default_loop() -> None:
        # pymcdm called as its documentation shows it: input validation on (the default)
        acc[:] = 0
        for w in weights[: args.loop_samples // 4]:
            pref = topsis(p.matrix, w, types)
            ranks = rrankdata(pref).astype(int)
            acc[positions, ranks - 1] += 1

    def argsort_loop() -> None:
        acc[:] = 0
        for w in weights[: args.loop_samples]:
            pref = topsis(p.matrix, w, types, validation=False)
            acc[np.argsort(-pref), positions] += 1

    t_ours = timed(ours, args.repeats)
    t_serial = timed(ours_serial, args.repeats)
    t_pairs = timed(ours_pairwise, max(1, args.repeats // 2))
    t_loop = timed(pymcdm_loop, args.repeats)
    t_fast = timed(argsort_loop, args.repeats)
    t_default = timed(default_loop, args.repeats)
    t_sc = timed(ours_scores, args.repeats)
    t_psc = timed(pymcdm_scores, args.repeats)
    per_ours = t_ours / args.samples
    per_serial = t_serial / args.samples
    per_loop = t_loop / args.loop_samples
    per_fast = t_fast / args.loop_samples
    per_default = t_default / (args.loop_samples // 4)
    print(f"problem {m} x {n}, TOPSIS (vector normalization), medians of {args.repeats} runs")
    print(
        f"SMAA {args.samples} samples incl. rank acceptability, central weights, "
        f"confidence, threads=2: {t_ours:.3f} s ({per_ours * 1e6:.1f} us/sample; bar <= 2 s); "
        f"threads=1 (default): {t_serial:.3f} s ({per_serial * 1e6:.1f} us/sample)"
    )
    print(
        f"SMAA {args.samples // 10} samples with pairwise winning indices: {t_pairs:.3f} s "
        f"({t_pairs / (args.samples // 10) * 1e6:.1f} us/sample)"
    )
    print(
        f"pymcdm loop, {args.loop_samples} samples, TOPSIS + rrankdata + counting: "
        f"{t_loop:.3f} s ({per_loop * 1e6:.1f} us/sample)"
    )
    print(
        f"pymcdm loop, {args.loop_samples} samples, TOPSIS + np.argsort + counting: "
        f"{t_fast:.3f} s ({per_fast * 1e6:.1f} us/sample)"
    )
    print(
        f"pymcdm loop, {args.loop_samples // 4} samples, TOPSIS with its default validation + "
        f"rrankdata + counting: {t_default:.3f} s ({per_default * 1e6:.1f} us/sample)"
    )
    for name, per in (
        ("default pymcdm call", per_default),
        ("rrankdata", per_loop),
        ("argsort", per_fast),
    ):
        print(
            f"ratio per sample vs the {name} loop: threads=2 {per / per_ours:.1f}x, "
            f"threads=1 {per / per_serial:.1f}x (bar >= 100x)"
        )
    print(
        f"scores only: batched kernel {t_sc / args.samples * 1e6:.2f} us/sample, pymcdm "
        f"{t_psc / args.loop_samples * 1e6:.1f} us/sample: "
        f"{(t_psc / args.loop_samples) / (t_sc / args.samples):.0f}x faster"
    )


if __name__ == "__main__":
    main()
