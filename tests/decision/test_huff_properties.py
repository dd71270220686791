"""Invariants of the Huff model (hypothesis): shares sum to 1, spending is conserved,
a new store never raises an existing centre's turnover."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from decision.retail import Centre, HuffInput, NewCentre, Zone, huff, new_store_scenario

positive = st.floats(0.5, 1e4, allow_nan=False, allow_infinity=False)
exponent = st.floats(0.0, 4.0, allow_nan=False, allow_infinity=False)


@st.composite
def models(draw: st.DrawFn) -> tuple[HuffInput, NewCentre]:
    n = draw(st.integers(1, 6))
    m = draw(st.integers(1, 5))
    spend = draw(st.lists(st.floats(0.0, 1e7), min_size=n, max_size=n))
    attr = draw(st.lists(positive, min_size=m, max_size=m))
    dist = draw(st.lists(st.lists(positive, min_size=m, max_size=m), min_size=n, max_size=n))
    model = HuffInput(
        tuple(Zone(f"z{i}", s) for i, s in enumerate(spend)),
        tuple(Centre(f"c{j}", a) for j, a in enumerate(attr)),
        np.array(dist),
        draw(exponent),
        draw(exponent),
    )
    new = NewCentre("new", draw(positive), draw(st.lists(positive, min_size=n, max_size=n)))
    return model, new


@settings(max_examples=150, deadline=None)
@given(models())
def test_probabilities_sum_to_one_per_origin(mn: tuple[HuffInput, NewCentre]) -> None:
    r = huff(mn[0])
    assert (r.probabilities >= 0).all()
    np.testing.assert_allclose(r.probabilities.sum(axis=1), 1.0, rtol=1e-12)


@settings(max_examples=150, deadline=None)
@given(models())
def test_total_turnover_equals_total_spending(mn: tuple[HuffInput, NewCentre]) -> None:
    model = mn[0]
    r = huff(model)
    np.testing.assert_allclose(r.turnover.sum(), model.spending.sum(), rtol=1e-9, atol=1e-6)


@settings(max_examples=150, deadline=None)
@given(models())
def test_a_new_store_never_raises_existing_turnover(mn: tuple[HuffInput, NewCentre]) -> None:
    model, new = mn
    s = new_store_scenario(model, new)
    for x in s.impacts:
        assert x.after <= x.before * (1 + 1e-12) + 1e-9
        assert x.change_pct <= 1e-9
    total = sum(x.after for x in s.impacts) + s.new_centre_turnover
    np.testing.assert_allclose(total, model.spending.sum(), rtol=1e-9, atol=1e-6)
