"""Invariants of the network methods (hypothesis): breaking points add up to the distance,
gravity is symmetric, functional indices sum to 100 x the number of functions."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from decision.network import NetworkInput, Town, analyse_network, breaking_point, functional_index

pop = st.floats(1.0, 1e7, allow_nan=False, allow_infinity=False)
dist = st.floats(0.1, 1e3, allow_nan=False, allow_infinity=False)


@st.composite
def networks(draw: st.DrawFn) -> NetworkInput:
    n = draw(st.integers(2, 7))
    pops = draw(st.lists(pop, min_size=n, max_size=n))
    d = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            d[i, j] = d[j, i] = draw(dist)
    return NetworkInput(tuple(Town(f"t{k}", p) for k, p in enumerate(pops)), d)


@settings(max_examples=200, deadline=None)
@given(pop, pop, dist)
def test_breaking_points_add_up_to_the_distance(pa: float, pb: float, d: float) -> None:
    fa, fb = breaking_point(pa, pb, d)
    np.testing.assert_allclose(fa + fb, d, rtol=1e-12)
    assert 0 < fa < d
    assert (fa >= fb) == (pa >= pb) or np.isclose(fa, fb)


@settings(max_examples=100, deadline=None)
@given(networks(), st.floats(0.0, 4.0))
def test_gravity_is_symmetric_with_zero_diagonal(net: NetworkInput, beta: float) -> None:
    from dataclasses import replace

    from decision.network import NetworkSettings

    r = analyse_network(replace(net, settings=NetworkSettings(beta=beta)))
    np.testing.assert_allclose(r.gravity, r.gravity.T, rtol=1e-12)
    assert (np.diag(r.gravity) == 0).all()
    for bp in r.breaking_points:
        np.testing.assert_allclose(bp.from_a + bp.from_b, bp.distance, rtol=1e-12)
    for row in r.reilly:
        np.testing.assert_allclose(row.share_a + row.share_b, 1.0, rtol=1e-12)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 8).flatmap(
        lambda n: st.lists(
            st.lists(st.integers(0, 30), min_size=n, max_size=n).filter(lambda c: sum(c) > 0),
            min_size=1,
            max_size=6,
        )
    )
)
def test_functional_indices_sum_to_100_per_function(columns: list[list[int]]) -> None:
    towns = [f"t{k}" for k in range(len(columns[0]))]
    fi = functional_index(towns, {f"f{j}": c for j, c in enumerate(columns)})
    np.testing.assert_allclose(fi.index.sum(), 100.0 * len(columns), rtol=1e-12)
    np.testing.assert_allclose(fi.contributions.sum(axis=0), 100.0, rtol=1e-12)
