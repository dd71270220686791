"""Monte Carlo uncertainty of composite ranks: batched = per-run loop, seeds, cancel, indices."""

from __future__ import annotations

import numpy as np
import pytest

from decision.composite import (
    CompositeCancelled,
    CompositeData,
    CompositeSettings,
    Indicator,
    UncertaintySettings,
    composite,
    uncertainty,
)


def random_data(m: int = 10, n: int = 6, *, grouped: bool = False, seed: int = 1) -> CompositeData:
    rng = np.random.default_rng(seed)
    inds = [
        Indicator(
            f"i{j}",
            direction="cost" if j % 3 == 0 else "benefit",
            weight=float(rng.uniform(0.5, 2)),
            group=f"g{j % 2}" if grouped else None,
        )
        for j in range(n)
    ]
    return CompositeData.create([f"u{i}" for i in range(m)], inds, rng.lognormal(3, 0.5, (m, n)))


@pytest.mark.parametrize("grouped", [False, True])
@pytest.mark.parametrize("inner", ["linear", "geometric"])
def test_batched_runs_equal_a_loop_of_composite_calls(grouped: bool, inner: str) -> None:
    d = random_data(grouped=grouped)
    s = CompositeSettings(group_aggregation=inner)  # type: ignore[arg-type]
    opts = UncertaintySettings(runs=36, seed=5, normalizations=("minmax", "zscore", "rank"))
    u = uncertainty(d, s, opts)
    assert u.runs == 36
    for run in range(u.runs):
        dd, ss = u.run_inputs(run)
        one = composite(dd, ss)
        np.testing.assert_array_equal(one.ranks, u.ranks[run])


def test_same_seed_same_runs_other_seed_other_runs() -> None:
    d = random_data(m=30, n=8)
    a = uncertainty(d, options=UncertaintySettings(runs=60, seed=11))
    b = uncertainty(d, options=UncertaintySettings(runs=60, seed=11))
    c = uncertainty(d, options=UncertaintySettings(runs=60, seed=12))
    np.testing.assert_array_equal(a.ranks, b.ranks)
    np.testing.assert_array_equal(a.weight_samples, b.weight_samples)
    assert not np.array_equal(a.weight_samples, c.weight_samples)


def test_runs_round_up_to_whole_combinations_and_bands_are_percentiles() -> None:
    d = random_data(m=15)
    u = uncertainty(
        d, options=UncertaintySettings(runs=100, normalizations=("minmax", "zscore", "rank"))
    )
    assert u.runs == 102  # 17 weight vectors x 3 normalizations x 2 aggregations
    assert u.ranks.shape == (102, 15)
    np.testing.assert_allclose(u.median_rank, np.median(u.ranks, axis=0))
    np.testing.assert_allclose(u.p05, np.percentile(u.ranks, 5, axis=0))
    assert (u.p05 <= u.median_rank).all() and (u.median_rank <= u.p95).all()
    assert u.run_normalization.tolist()[:6] == [0, 0, 1, 1, 2, 2]
    assert u.run_aggregation.tolist()[:6] == [0, 1, 0, 1, 0, 1]


def test_first_order_indices_by_construction() -> None:
    d = random_data(m=20)
    # only the normalization varies: it explains everything
    only_norm = uncertainty(
        d,
        options=UncertaintySettings(
            runs=40, normalizations=("minmax", "rank"), aggregations=("linear",), weight_range=0.0
        ),
    )
    moving = only_norm.p95 > only_norm.p05
    assert moving.any()
    np.testing.assert_allclose(only_norm.first_order["normalization"][moving], 1.0)
    np.testing.assert_allclose(only_norm.first_order["weights"], 0.0, atol=1e-12)
    assert only_norm.overall["normalization"] == pytest.approx(1.0)
    # only the weights vary: they explain everything
    only_w = uncertainty(
        d,
        options=UncertaintySettings(
            runs=200, normalizations=("minmax",), aggregations=("linear",), weight_range=0.5
        ),
    )
    assert only_w.overall["weights"] == pytest.approx(1.0)
    # all three: indices in [0, 1] summing with interactions to 1
    full = uncertainty(d, options=UncertaintySettings(runs=300, weight_range=0.5))
    total = (
        sum(full.first_order[f] for f in ("normalization", "aggregation", "weights"))
        + full.interactions
    )
    np.testing.assert_allclose(total, 1.0)
    for f in ("normalization", "aggregation", "weights"):
        assert ((full.first_order[f] >= -1e-12) & (full.first_order[f] <= 1 + 1e-12)).all()


def test_first_order_index_matches_a_direct_group_means_computation() -> None:
    d = random_data(m=12)
    u = uncertainty(d, options=UncertaintySettings(runs=120, weight_range=0.4))
    r = u.ranks.astype(float)
    var = r.var(axis=0)
    means = np.array([r[u.run_normalization == a].mean(axis=0) for a in range(3)])
    expected = np.where(var > 0, means.var(axis=0) / np.where(var > 0, var, 1), 0.0)
    np.testing.assert_allclose(u.first_order["normalization"], expected, atol=1e-12)


def test_user_weight_ranges() -> None:
    d = random_data(m=8, n=3)
    u = uncertainty(
        d,
        options=UncertaintySettings(
            runs=50, weight_ranges={"i0": (0.0, 0.0)}, aggregations=("linear",)
        ),
    )
    np.testing.assert_allclose(u.weight_samples[:, 0], 0.0)
    np.testing.assert_allclose(u.weight_samples.sum(axis=1), 1.0)


def test_progress_and_cancel() -> None:
    d = random_data(m=10)
    seen: list[float] = []
    uncertainty(d, options=UncertaintySettings(runs=60), progress=seen.append)
    assert seen and seen[-1] == pytest.approx(1.0)
    assert seen == sorted(seen)
    calls = {"n": 0}

    def cancel_on_second_poll() -> bool:
        calls["n"] += 1
        return calls["n"] >= 2

    with pytest.raises(CompositeCancelled):
        uncertainty(d, options=UncertaintySettings(runs=60), is_cancelled=cancel_on_second_poll)


def test_dictionary_form_lists_every_unit() -> None:
    d = random_data(m=5)
    out = uncertainty(d, options=UncertaintySettings(runs=20)).as_dict()
    assert set(out["units"]) == {f"u{i}" for i in range(5)}  # type: ignore[arg-type]
    assert "first_order" in out and "design" in out["conventions"]  # type: ignore[operator]
