"""Group AHP: geometric-mean aggregation of judgments (AIJ) and of priorities (AIP)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from decision.ahp import (
    aggregate_judgments,
    aggregate_priorities,
    ahp_priorities,
    from_judgments,
    from_matrix,
)
from decision.errors import AHPError


def test_aij_is_the_geometric_mean_per_pair() -> None:
    p1 = from_judgments(["A", "B", "C"], [("A", "B", 3), ("B", "C", 2), ("A", "C", 5)])
    p2 = from_judgments(["A", "B", "C"], [("A", "B", 5), ("C", "B", 2), ("A", "C", 7)])
    group = aggregate_judgments([p1, p2])
    assert group.values[0, 1] == pytest.approx(math.sqrt(15))
    assert group.values[1, 2] == pytest.approx(1.0)
    assert group.values[0, 2] == pytest.approx(math.sqrt(35))
    np.testing.assert_allclose(group.values * group.values.T, np.ones((3, 3)), rtol=1e-15)
    # a non-integer group judgment is a valid input for the priorities
    assert ahp_priorities(group).weights.sum() == pytest.approx(1.0)


def test_aij_skips_missing_judgments_per_participant() -> None:
    p1 = from_judgments(["A", "B", "C"], [("A", "B", 4), ("B", "C", 2)])
    p2 = from_judgments(["A", "B", "C"], [("A", "B", 1), ("A", "C", 6)])
    group = aggregate_judgments([p1, p2])
    assert group.values[0, 1] == pytest.approx(2.0)  # sqrt(4 * 1)
    assert group.values[1, 2] == pytest.approx(2.0)  # only participant 1
    assert group.values[0, 2] == pytest.approx(6.0)  # only participant 2
    assert group.is_complete


def test_aij_pair_judged_by_nobody_stays_missing() -> None:
    p1 = from_judgments(["A", "B", "C"], [("A", "B", 4), ("B", "C", 2)])
    p2 = from_judgments(["A", "B", "C"], [("A", "B", 9)])
    group = aggregate_judgments([p1, p2])
    assert math.isnan(group.values[0, 2])
    assert ahp_priorities(group).completed


def test_aij_weighted_and_item_order_independent() -> None:
    p1 = from_judgments(["A", "B"], [("A", "B", 2)])
    p2 = from_matrix(["B", "A"], [[1.0, 1 / 8], [8.0, 1.0]])
    group = aggregate_judgments([p1, p2], [3, 1])
    assert group.items == ("A", "B")
    assert group.values[0, 1] == pytest.approx((2**3 * 8) ** 0.25)


def test_aip_is_the_normalised_geometric_mean() -> None:
    out = aggregate_priorities([[0.5, 0.3, 0.2], [0.2, 0.3, 0.5]])
    g = np.sqrt([0.1, 0.09, 0.1])
    np.testing.assert_allclose(out, g / g.sum(), rtol=1e-12)
    assert out.sum() == pytest.approx(1.0)


def test_group_errors() -> None:
    p1 = from_judgments(["A", "B"], [("A", "B", 2)])
    p2 = from_judgments(["A", "C"], [("A", "C", 2)])
    with pytest.raises(AHPError, match=r"participant 2: items differ"):
        aggregate_judgments([p1, p2])
    with pytest.raises(AHPError, match="at least one participant"):
        aggregate_judgments([])
    with pytest.raises(AHPError, match=r"participant 2: weight -1"):
        aggregate_judgments([p1, p1], [1, -1])
    with pytest.raises(AHPError, match=r"participant 1: priorities must be positive"):
        aggregate_priorities([[0.0, 1.0], [0.5, 0.5]])
