"""Invariants of the composite (hypothesis): ranges, unit changes, order of units, directions."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from decision.composite import (
    CompositeData,
    CompositeSettings,
    Indicator,
    UncertaintySettings,
    composite,
    normalize,
    uncertainty,
)

# Values on a grid of 1/8: exact in binary, so a tie is a real tie (float-noise ties are
# the tie rule's business, tested in test_ranks.py).
values = arrays(
    np.float64,
    st.tuples(st.integers(3, 9), st.integers(1, 5)),
    elements=st.integers(8, 8000).map(lambda k: k / 8),
)


def make(x: np.ndarray, cost: list[bool] | None = None) -> CompositeData:
    n = x.shape[1]
    c = cost or [j % 2 == 1 for j in range(n)]
    inds = [Indicator(f"i{j}", direction="cost" if c[j] else "benefit") for j in range(n)]
    return CompositeData.create([f"u{i}" for i in range(x.shape[0])], inds, x)


@given(values)
def test_minmax_lies_in_0_1_with_best_1_and_worst_0(x: np.ndarray) -> None:
    y = normalize(x, [False] * x.shape[1], "minmax").values
    assert ((y >= 0) & (y <= 1)).all()
    varying = x.max(axis=0) > x.min(axis=0) + 1e-9
    assert np.allclose(y[:, varying].max(axis=0), 1) and np.allclose(y[:, varying].min(axis=0), 0)


@given(values, st.sampled_from([0.5, 2.0, 8.0, 100.0]), st.sampled_from([-50.0, 0.0, 3.0]))
@settings(max_examples=50)
def test_ranks_ignore_a_change_of_unit(x: np.ndarray, scale: float, shift: float) -> None:
    for method in ("minmax", "zscore", "rank"):
        s = CompositeSettings(normalization=method)  # type: ignore[arg-type]
        a = composite(make(x), s)
        b = composite(make(x * scale + shift), s)
        np.testing.assert_allclose(a.scores, b.scores, atol=1e-7)


@given(values, st.randoms(use_true_random=False))
@settings(max_examples=50)
def test_order_of_units_does_not_matter(x: np.ndarray, rnd: object) -> None:
    perm = list(range(x.shape[0]))
    rnd.shuffle(perm)  # type: ignore[attr-defined]
    a = composite(make(x))
    b = composite(make(x[perm]))
    np.testing.assert_allclose(a.scores[perm], b.scores, atol=1e-12)


@given(values)
def test_a_cost_indicator_is_a_benefit_of_the_negated_values(x: np.ndarray) -> None:
    n = x.shape[1]
    for method in ("minmax", "zscore", "rank"):
        a = normalize(x, [True] * n, method).values
        b = normalize(-x, [False] * n, method).values
        np.testing.assert_allclose(a, b, atol=1e-9)


@given(values)
@settings(max_examples=25)
def test_uncertainty_without_any_variation_gives_the_base_ranks(x: np.ndarray) -> None:
    d = make(x)
    u = uncertainty(
        d,
        options=UncertaintySettings(
            runs=5, normalizations=("minmax",), aggregations=("linear",), weight_range=0.0
        ),
    )
    base = composite(d)
    for run in range(u.runs):
        np.testing.assert_array_equal(u.ranks[run], base.ranks)
