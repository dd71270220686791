"""Hypothesis properties of the ranking methods (invariances and dominance)."""

from __future__ import annotations

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from decision.evaluate import rank
from tests.decision.helpers import make_problem


@st.composite
def problems(draw: st.DrawFn, min_m: int = 2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    m = draw(st.integers(min_m, 12))
    n = draw(st.integers(1, 6))
    values = st.floats(min_value=0.1, max_value=1000, allow_nan=False)
    x = np.array(draw(st.lists(st.lists(values, min_size=n, max_size=n), min_size=m, max_size=m)))
    types = np.array(draw(st.lists(st.sampled_from([1, -1]), min_size=n, max_size=n)))
    raw_w = draw(st.lists(st.floats(0.01, 1), min_size=n, max_size=n))
    return x, types, np.array(raw_w) / sum(raw_w)


@given(problems())
def test_global_weights_sum_to_one(p: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
    x, types, w = p
    result = rank(make_problem(x, types, w * 37.0))
    assert result.weights.sum() == np.float64(1.0) or abs(result.weights.sum() - 1) < 1e-12


@settings(max_examples=60)
@given(problems(), st.integers(0, 5), st.floats(0.01, 1000))
def test_rescaling_a_column_keeps_the_ranking(
    p: tuple[np.ndarray, np.ndarray, np.ndarray], col: int, factor: float
) -> None:
    x, types, w = p
    col %= x.shape[1]
    scaled = x.copy()
    scaled[:, col] *= factor
    cases = [
        ("topsis", {"normalization": "vector"}),
        ("wsm", {"normalization": "max"}),
        ("wsm", {"normalization": "minmax"}),
        ("wsm", {"normalization": "sum"}),
    ]
    if not np.any(np.all(x == x[0], axis=0)):
        cases.append(("vikor", {}))
    for method, params in cases:
        before = rank(make_problem(x, types, w), method, params).ranks
        after = rank(make_problem(scaled, types, w), method, params).ranks
        assert before.tolist() == after.tolist(), method


@settings(max_examples=80)
@given(problems(), st.data())
def test_a_dominating_alternative_never_ranks_below(
    p: tuple[np.ndarray, np.ndarray, np.ndarray], data: st.DataObject
) -> None:
    x, types, w = p
    i, j = 0, 1
    gains = np.array(
        data.draw(st.lists(st.floats(0, 50), min_size=len(types), max_size=len(types)))
    )
    # make alternative 0 at least as good as alternative 1 on every criterion
    x = x.copy()
    x[i] = np.where(types > 0, x[j] + gains, np.maximum(x[j] - gains, 0.05))
    x[i] = np.where(types > 0, x[i], np.minimum(x[i], x[j]))
    assume(np.all(np.isfinite(x)))
    for method, params in [
        ("topsis", {}),
        ("wsm", {}),
        ("wsm", {"normalization": "vector"}),
        ("wpm", {}),
    ]:
        ranks = rank(make_problem(x, types, w), method, params).ranks
        assert ranks[i] <= ranks[j], method
