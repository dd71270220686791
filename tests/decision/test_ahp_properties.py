"""Property tests of the AHP engine (hypothesis)."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from decision.ahp import (
    SAATY_SCALE,
    aggregate_judgments,
    ahp_priorities,
    consistent_matrix,
    from_judgments,
    from_matrix,
    synthesize,
)
from decision.ahp.completion import components
from decision.ahp.priorities import principal_eigenvector

PRIORITIZATIONS = ("eigenvector", "geometric")

positive_weights = st.lists(
    st.floats(min_value=0.05, max_value=20.0, allow_nan=False), min_size=1, max_size=9
)


@st.composite
def reciprocal_matrices(draw: st.DrawFn, min_n: int = 3, max_n: int = 8) -> np.ndarray:
    """Random positive reciprocal matrices: Saaty-scale values or arbitrary ratios."""
    n = draw(st.integers(min_value=min_n, max_value=max_n))
    upper = np.triu_indices(n, 1)
    k = len(upper[0])
    if draw(st.booleans()):
        values = draw(st.lists(st.sampled_from(SAATY_SCALE), min_size=k, max_size=k))
    else:
        values = draw(st.lists(st.floats(min_value=1 / 9, max_value=9.0), min_size=k, max_size=k))
    m = np.ones((n, n))
    m[upper] = values
    m.T[upper] = 1.0 / m[upper]
    return m


def _names(n: int) -> list[str]:
    return [f"c{i}" for i in range(n)]


@given(positive_weights, st.sampled_from(PRIORITIZATIONS))
def test_consistent_matrix_gives_cr_zero_and_its_weights(
    raw: list[float], prioritization: str
) -> None:
    w = np.array(raw) / sum(raw)
    result = ahp_priorities(from_matrix(_names(len(w)), consistent_matrix(w)), prioritization)
    np.testing.assert_allclose(result.weights, w, rtol=1e-9, atol=1e-12)
    assert result.cr == pytest.approx(0.0, abs=1e-9)
    assert result.lambda_max == pytest.approx(len(w), rel=1e-9)
    assert result.suggestions == ()


@given(reciprocal_matrices(), st.sampled_from(PRIORITIZATIONS))
def test_weights_are_positive_and_sum_to_one(m: np.ndarray, prioritization: str) -> None:
    result = ahp_priorities(from_matrix(_names(len(m)), m), prioritization, suggestions=0)
    assert (result.weights > 0).all()
    assert result.weights.sum() == pytest.approx(1.0, rel=1e-12)
    assert result.lambda_max >= len(m) - 1e-9
    assert result.cr >= 0.0


@given(reciprocal_matrices())
def test_matrix_is_stored_reciprocal_and_judgment_direction_does_not_matter(m: np.ndarray) -> None:
    n = len(m)
    names = _names(n)
    pm = from_matrix(names, m)
    np.testing.assert_allclose(pm.values * pm.values.T, np.ones((n, n)), rtol=1e-15)
    forward = [(names[i], names[j], m[i, j]) for i in range(n) for j in range(i + 1, n)]
    backward = [(names[j], names[i], m[j, i]) for i in range(n) for j in range(i + 1, n)]
    a = ahp_priorities(from_judgments(names, forward), suggestions=0)
    b = ahp_priorities(from_judgments(names, backward), suggestions=0)
    np.testing.assert_allclose(a.weights, b.weights, rtol=1e-12)
    assert a.cr == pytest.approx(b.cr, rel=1e-9, abs=1e-12)


@given(reciprocal_matrices())
def test_reversing_every_judgment_inverts_geometric_weights(m: np.ndarray) -> None:
    names = _names(len(m))
    w = ahp_priorities(from_matrix(names, m), "geometric", suggestions=0).weights
    v = ahp_priorities(from_matrix(names, m.T), "geometric", suggestions=0).weights
    inverse = (1 / w) / (1 / w).sum()
    np.testing.assert_allclose(v, inverse, rtol=1e-10)


@given(reciprocal_matrices(), st.sampled_from(PRIORITIZATIONS), st.randoms())
def test_permuting_items_permutes_weights(
    m: np.ndarray, prioritization: str, rnd: random.Random
) -> None:
    n = len(m)
    perm = list(range(n))
    rnd.shuffle(perm)
    a = ahp_priorities(from_matrix(_names(n), m), prioritization, suggestions=0)
    b = ahp_priorities(
        from_matrix([_names(n)[p] for p in perm], m[np.ix_(perm, perm)]),
        prioritization,
        suggestions=0,
    )
    np.testing.assert_allclose(b.weights, a.weights[perm], rtol=1e-9, atol=1e-14)
    assert b.cr == pytest.approx(a.cr, rel=1e-8, abs=1e-12)


@settings(deadline=None)
@given(reciprocal_matrices(), st.sampled_from(PRIORITIZATIONS))
def test_applying_a_suggestion_lowers_cr_to_the_reported_value(
    m: np.ndarray, prioritization: str
) -> None:
    names = _names(len(m))
    pm = from_matrix(names, m)
    result = ahp_priorities(pm, prioritization)
    assume(result.suggestions)
    for s in result.suggestions:
        i, j = names.index(s["a"]), names.index(s["b"])
        assert s["current"] == pm.values[i, j]
        after = ahp_priorities(pm.with_value(i, j, s["suggested"]), prioritization, suggestions=0)
        assert after.cr == pytest.approx(s["cr_after"], rel=1e-9, abs=1e-12)
        assert after.cr < result.cr


@settings(deadline=None)
@given(reciprocal_matrices(min_n=3, max_n=7), st.data())
def test_harker_completion_is_a_fixed_point_and_keeps_the_judgments(
    m: np.ndarray, data: st.DataObject
) -> None:
    n = len(m)
    upper = list(zip(*np.triu_indices(n, 1), strict=True))
    dropped = data.draw(st.lists(st.sampled_from(upper), unique=True, max_size=len(upper) - 1))
    holes = m.copy()
    for i, j in dropped:
        holes[i, j] = holes[j, i] = np.nan
    pm = from_matrix(_names(n), holes)
    assume(len(components(pm)) == 1)
    result = ahp_priorities(pm, suggestions=0)
    known = ~pm.missing
    np.testing.assert_array_equal(result.matrix[known], m[known])
    w, lam = principal_eigenvector(result.matrix)
    np.testing.assert_allclose(w, result.weights, rtol=1e-8, atol=1e-12)
    assert result.lambda_max == pytest.approx(lam, rel=1e-9)
    assert result.completed == bool(dropped)


@given(reciprocal_matrices(), st.integers(min_value=1, max_value=4))
def test_aggregating_identical_participants_returns_their_matrix(m: np.ndarray, k: int) -> None:
    pm = from_matrix(_names(len(m)), m)
    group = aggregate_judgments([pm] * k)
    np.testing.assert_allclose(group.values, pm.values, rtol=1e-12)


@given(
    st.integers(min_value=1, max_value=6).flatmap(
        lambda n: st.tuples(
            st.lists(st.floats(0.01, 10), min_size=n, max_size=n),
            st.lists(st.lists(st.floats(0.01, 10), min_size=n, max_size=n), min_size=1, max_size=8),
        )
    ),
    st.sampled_from(["distributive", "ideal"]),
)
def test_global_priorities_sum_to_one(
    data: tuple[list[float], list[list[float]]], mode: str
) -> None:
    w, local = data
    out = synthesize(w, local, mode)
    assert out.sum() == pytest.approx(1.0, rel=1e-12)
    assert (out > 0).all()
