"""Normalization formulas of the OECD/JRC Handbook (Nardo et al. 2008, Section 5, Table 3).

The synthetic case comes from ../shared/reference/composite_normalisation_synthetic.json
(formula check, not a published example); the other cases are computed by hand below.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from decision.composite import CompositeData, CompositeSettings, Indicator, composite, normalize
from decision.errors import InputError, MethodError

SHARED = Path(__file__).resolve().parent / "reference"  # copies of ../shared/reference


def synthetic() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (SHARED / "composite_normalisation_synthetic.json").read_text()
    )
    return data


def synthetic_data(*, all_benefit: bool = False) -> CompositeData:
    c = synthetic()["inputs"]
    names = list(c["indicators"])
    inds = [
        Indicator(
            k,
            direction=(
                "cost"
                if c["indicators"][k]["polarity"] == "negative" and not all_benefit
                else "benefit"
            ),
            weight=w,
        )
        for k, w in zip(names, c["weights"], strict=True)
    ]
    matrix = [[c["indicators"][k]["values"][t] for k in names] for t in range(len(c["towns"]))]
    return CompositeData.create(c["towns"], inds, matrix)


def test_synthetic_minmax_and_linear_scores_and_ranks() -> None:
    e = synthetic()["expected_outputs"]
    r = composite(synthetic_data(), CompositeSettings(normalization="minmax"))
    np.testing.assert_allclose(r.normalized, e["minmax_polarity_adjusted"], atol=1e-4)
    np.testing.assert_allclose(r.scores, e["linear_minmax_equal_weights"], atol=1e-4)
    assert r.ranks.tolist() == e["rank_linear_minmax"]


def test_synthetic_zscore_uses_the_sample_standard_deviation() -> None:
    e = synthetic()["expected_outputs"]
    r = composite(synthetic_data(), CompositeSettings(normalization="zscore"))
    np.testing.assert_allclose(r.normalized, e["zscore_polarity_adjusted"], atol=1e-4)
    assert "divisor m - 1" in r.conventions["normalization"]


def test_synthetic_ratio_to_reference_town() -> None:
    # The file gives the raw ratio x / x_ref (no direction flip), i.e. every indicator as benefit.
    e = synthetic()["expected_outputs"]
    s = CompositeSettings(
        normalization="reference", reference=synthetic()["inputs"]["reference_town"]
    )
    r = composite(synthetic_data(all_benefit=True), s)
    np.testing.assert_allclose(r.normalized, e["ratio_to_reference_raw"], atol=1e-4)


# -- hand-computed cases --------------------------------------------------------------------
X = np.array([[2.0, 10.0], [4.0, 30.0], [8.0, 20.0]])
COST = [False, True]


def test_minmax_by_hand() -> None:
    # col 1 benefit: (x - 2)/6 -> 0, 1/3, 1; col 2 cost: (30 - x)/20 -> 1, 0, 0.5
    y = normalize(X, COST, "minmax").values
    np.testing.assert_allclose(y, [[0, 1], [1 / 3, 0], [1, 0.5]])


def test_zscore_population_by_hand() -> None:
    # col 1: mean 14/3, population sd sqrt(((2-14/3)^2 + (4-14/3)^2 + (8-14/3)^2)/3) = sqrt(56/9)
    sd = math.sqrt(56 / 9)
    y = normalize(X, COST, "zscore", ddof=0).values
    assert y[0, 0] == pytest.approx((2 - 14 / 3) / sd)
    # col 2 cost: mean 20, sd sqrt(200/3); unit 1 has 10 -> (20 - 10)/sd
    assert y[0, 1] == pytest.approx(10 / math.sqrt(200 / 3))


def test_goalposts_with_log_and_clipping_by_hand() -> None:
    x = np.array([[50.0, 1000.0], [90.0, 100.0]])
    n = normalize(
        x, [False, False], "goalpost", goalposts=[(20, 85), (100, 75_000)], log=[False, True]
    )
    # (50 - 20)/65; 90 is above 85 -> clipped to 1; ln(1000/100)/ln(750); 100 -> 0
    np.testing.assert_allclose(
        n.values, [[30 / 65, math.log(10) / math.log(750)], [1.0, 0.0]], atol=1e-12
    )
    assert n.clipped == ((1, 0),)
    assert "clipped" in n.convention


def test_goalposts_cost_indicator_is_flipped() -> None:
    n = normalize([[5.0], [25.0]], [True], "goalpost", goalposts=[(0, 30)])
    np.testing.assert_allclose(n.values, [[25 / 30], [5 / 30]])


def test_reference_difference_and_cost_ratio_by_hand() -> None:
    ref = X[0]  # unit 1 is the reference
    diff = normalize(X, COST, "reference", reference=ref, reference_mode="difference").values
    # benefit: (x - 2)/2 -> 0, 1, 3; cost: (10 - x)/10 -> 0, -2, -1
    np.testing.assert_allclose(diff, [[0, 0], [1, -2], [3, -1]])
    ratio = normalize(X, COST, "reference", reference=ref).values
    # benefit x/2; cost 10/x
    np.testing.assert_allclose(ratio, [[1, 1], [2, 1 / 3], [4, 0.5]])


def test_rank_counts_from_the_worst_and_averages_ties() -> None:
    x = [[3.0, 1.0], [1.0, 1.0], [3.0, 5.0], [2.0, 2.0]]
    y = normalize(x, [False, True], "rank").values
    # col 1: 1 is worst (1), 2 -> 2, the two 3s share (3 + 4)/2; col 2 cost: 5 worst (1), 2 -> 2, 1s -> 3.5
    np.testing.assert_allclose(y, [[3.5, 3.5], [1, 3.5], [3.5, 1], [2, 2]])


def test_fit_puts_an_outside_value_on_the_same_scale() -> None:
    n = normalize(X, COST, "minmax")
    np.testing.assert_allclose(n.fit.apply([[5.0, 25.0]]), [[0.5, 0.25]])


def test_constant_indicator_is_neutral_and_reported() -> None:
    n = normalize([[1.0, 4.0], [2.0, 4.0]], [False, False], "minmax")
    assert n.constant == (1,)
    np.testing.assert_allclose(n.values[:, 1], 0.5)


def test_errors_name_the_indicator() -> None:
    with pytest.raises(MethodError, match=r"indicator 'i2'.*goalposts"):
        normalize(X, COST, "goalpost", goalposts=[(0, 10), None])
    with pytest.raises(MethodError, match="reference value is 0"):
        normalize(X, COST, "reference", reference=[0.0, 1.0])
    with pytest.raises(MethodError, match="unknown"):
        normalize(X, COST, "vector")
    with pytest.raises(InputError, match="cannot be log-transformed"):
        normalize([[-1.0]], [False], "goalpost", goalposts=[(1, 10)], log=[True])
