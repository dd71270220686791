"""composite(): missing data, weighting, hierarchy, geometric shift, validation, peers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from decision.ahp import from_matrix
from decision.composite import (
    CompositeData,
    CompositeSettings,
    Indicator,
    Unit,
    compare_with_peers,
    composite,
)
from decision.errors import InputError, MethodError

NAN = math.nan


def data(matrix: list[list[float]], *, groups: list[str | None] | None = None) -> CompositeData:
    n = len(matrix[0])
    g = groups or [None] * n
    inds = [
        Indicator(f"i{j + 1}", direction="cost" if j == 1 else "benefit", group=g[j])
        for j in range(n)
    ]
    return CompositeData.create([f"u{i + 1}" for i in range(len(matrix))], inds, matrix)


M = [[1.0, 5.0, 3.0], [2.0, NAN, 6.0], [4.0, 3.0, 9.0], [3.0, 1.0, NAN]]


def test_drop_leaves_out_units_with_missing_values_and_lists_them() -> None:
    r = composite(data(M), CompositeSettings(missing="drop"))
    assert r.unit_ids == ("u1", "u3")
    assert r.dropped == ("u2", "u4")
    assert r.imputed == ()
    assert "u2" in r.conventions["dropped"]


@pytest.mark.parametrize(("mode", "fill_i2", "fill_i3"), [("mean", 3.0, 6.0), ("median", 3.0, 6.0)])
def test_mean_and_median_imputation_are_flagged(mode: str, fill_i2: float, fill_i3: float) -> None:
    r = composite(data(M), CompositeSettings(missing=mode))  # type: ignore[arg-type]
    assert r.imputed == (("u2", "i2"), ("u4", "i3"))
    assert r.raw[1, 1] == fill_i2 and r.raw[3, 2] == fill_i3
    assert r.dropped == ()
    assert "imputed" in r.conventions


def test_median_differs_from_mean_and_missing_is_never_zero() -> None:
    m = [[1.0], [2.0], [10.0], [NAN]]
    d = CompositeData.create(["a", "b", "c", "d"], [Indicator("x")], m)
    assert composite(d, CompositeSettings(missing="mean")).raw[3, 0] == pytest.approx(13 / 3)
    assert composite(d, CompositeSettings(missing="median")).raw[3, 0] == 2.0


def test_given_weights_are_normalised_and_linear_is_the_weighted_mean() -> None:
    d = CompositeData.create(
        ["a", "b", "c"],
        [Indicator("x", weight=3), Indicator("y", weight=1)],
        [[0.0, 10.0], [5.0, 0.0], [10.0, 5.0]],
    )
    r = composite(d)
    np.testing.assert_allclose(r.weights.global_weights, [0.75, 0.25])
    # min-max: a (0, 1), b (0.5, 0), c (1, 0.5)
    np.testing.assert_allclose(r.scores, [0.25, 0.375, 0.875])
    assert r.ranks.tolist() == [3, 2, 1]


def test_groups_average_inside_then_aggregate_dimensions() -> None:
    d = CompositeData.create(
        ["a", "b"],
        [
            Indicator("x", group="g1", weight=1),
            Indicator("y", group="g1", weight=3),
            Indicator("z", group="g2"),
        ],
        [[0.0, 0.0, 1.0], [10.0, 10.0, 0.0]],
    )
    r = composite(d, CompositeSettings(group_weights={"g1": 2, "g2": 1}))
    assert r.dimension_ids == ("g1", "g2")
    np.testing.assert_allclose(r.dimensions, [[0.0, 1.0], [1.0, 0.0]])
    np.testing.assert_allclose(r.scores, [1 / 3, 2 / 3])
    np.testing.assert_allclose(r.weights.indicator, [0.25, 0.75, 1.0])
    np.testing.assert_allclose(r.weights.global_weights, [1 / 6, 0.5, 1 / 3])


def test_geometric_with_zeros_shifts_and_says_so() -> None:
    d = CompositeData.create(
        ["a", "b", "c"], [Indicator("x"), Indicator("y")], [[0.0, 10.0], [5.0, 0.0], [10.0, 5.0]]
    )
    r = composite(d, CompositeSettings(aggregation="geometric"))
    assert r.shift is not None and "0.01" in r.shift
    assert "geometric_shift" in r.conventions
    used = 0.01 + 0.99 * np.array([[0, 1], [0.5, 0], [1, 0.5]])
    np.testing.assert_allclose(r.used, used)
    np.testing.assert_allclose(r.scores, np.sqrt(used[:, 0] * used[:, 1]))
    assert (r.scores > 0).all()
    # the normalized output itself is not shifted
    assert r.normalized[0, 0] == 0.0


def test_geometric_without_zeros_is_not_shifted() -> None:
    d = CompositeData.create(["a", "b"], [Indicator("x", goalposts=(0, 10))], [[2.0], [8.0]])
    r = composite(d, CompositeSettings(normalization="goalpost", aggregation="geometric"))
    assert r.shift is None
    np.testing.assert_allclose(r.scores, [0.2, 0.8])


def test_zscore_geometric_rescales_each_indicator() -> None:
    r = composite(
        data([[1.0, 5.0, 3.0], [2.0, 4.0, 6.0], [4.0, 3.0, 9.0]]),
        CompositeSettings(normalization="zscore", aggregation="geometric"),
    )
    assert r.shift is not None and "rescaled" in r.shift
    assert r.used.min() == pytest.approx(0.01)


def test_points_equal_ahp_entropy_critic_weights() -> None:
    d = data([[1.0, 5.0, 3.0], [2.0, 4.0, 6.0], [4.0, 3.0, 9.0], [3.0, 1.0, 2.0]])
    pts = composite(d, CompositeSettings(weighting="points", points={"i1": 50, "i2": 30, "i3": 20}))
    np.testing.assert_allclose(pts.weights.global_weights, [0.5, 0.3, 0.2])
    eq = composite(d, CompositeSettings(weighting="equal"))
    np.testing.assert_allclose(eq.weights.global_weights, [1 / 3] * 3)
    pm = from_matrix(["i1", "i2", "i3"], [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]])
    ahp = composite(d, CompositeSettings(weighting="ahp", ahp=pm))
    np.testing.assert_allclose(ahp.weights.global_weights, [4 / 7, 2 / 7, 1 / 7])
    assert "AHP" in ahp.conventions["weights"]
    for method in ("entropy", "critic"):
        r = composite(d, CompositeSettings(weighting=method))  # type: ignore[arg-type]
        assert r.weights.global_weights.sum() == pytest.approx(1.0)
        assert method in r.conventions["weights"].lower()


def test_ties_share_a_rank() -> None:
    d = CompositeData.create(["a", "b", "c"], [Indicator("x")], [[1.0], [2.0], [2.0]])
    assert composite(d).ranks.tolist() == [3, 1, 1]


def test_reference_unit_dropped_is_an_error_only_when_used() -> None:
    with pytest.raises(InputError, match=r"reference unit 'u2'.*dropped"):
        composite(data(M), CompositeSettings(normalization="reference", reference="u2"))
    assert composite(data(M), CompositeSettings(reference="u2")).dropped == ("u2", "u4")


@pytest.mark.parametrize(
    ("build", "pattern"),
    [
        (
            lambda: CompositeData.create(["a", "a"], [Indicator("x")], [[1], [2]]),
            "unit 'a' appears twice",
        ),
        (lambda: CompositeData.create(["a"], [Indicator("x")], [[1, 2]]), "expected 1 rows"),
        (
            lambda: CompositeData.create(["a", "b"], [Indicator("x", log=True)], [[1], [-2]]),
            "unit 'b', indicator 'x'.*log",
        ),
        (
            lambda: CompositeData.create(["a"], [Indicator("x", goalposts=(5, 1))], [[1]]),
            "indicator 'x': goalposts",
        ),
        (
            lambda: CompositeData.create(["a"], [Indicator("x")], [[NAN]]),
            "indicator 'x': every value is missing",
        ),
        (lambda: CompositeData.create(["a"], [Indicator("x", weight=-1)], [[1]]), "weight -1"),
    ],
)
def test_bad_data_is_refused_naming_the_place(build: object, pattern: str) -> None:
    with pytest.raises(InputError, match=pattern):
        build()  # type: ignore[operator]


def test_unknown_settings_are_refused() -> None:
    d = data([[1.0, 2.0, 3.0], [2.0, 1.0, 4.0]])
    with pytest.raises(MethodError, match="aggregation 'mean'"):
        composite(d, CompositeSettings(aggregation="mean"))  # type: ignore[arg-type]
    with pytest.raises(MethodError, match="missing-data mode"):
        composite(d, CompositeSettings(missing="zero"))  # type: ignore[arg-type]
    with pytest.raises(InputError, match="group_weights"):
        composite(
            data([[1.0, 2.0, 3.0], [2.0, 1.0, 4.0]], groups=["a", "a", "b"]),
            CompositeSettings(group_weights={"zz": 1}),
        )


def test_units_keep_their_context() -> None:
    d = CompositeData.create(
        [Unit("Koper", "SI", "Obalno-kraška", 53_560)], [Indicator("x")], [[1.0]]
    )
    assert d.units[0].population == 53_560


def test_peer_comparison_against_peers_and_reference_values() -> None:
    d = CompositeData.create(
        ["a", "b", "c"],
        [Indicator("x"), Indicator("y", direction="cost"), Indicator("z")],
        [[10.0, 4.0, 1.0], [20.0, 2.0, 3.0], [30.0, 6.0, 5.0]],
    )
    r = composite(d)
    pc = compare_with_peers(r, "a", ["b", "c"])
    gaps = pc.gap_map()
    assert gaps["x"].raw_gap == -15.0
    assert gaps["y"].better == pytest.approx(0.0)  # 4 vs mean 4
    assert gaps["x"].normalized_gap == pytest.approx(0 - 0.75)
    assert pc.weakest[0] in ("x", "z") and "y" not in pc.strongest
    nat = compare_with_peers(r, "b", reference_values={"x": 10.0, "y": 4.0, "z": 3.0})
    g = nat.gap_map()
    assert g["y"].better == pytest.approx(0.5)  # cost: 2 against 4 is 50 % better
    assert g["x"].comparison_normalized == pytest.approx(0.0)
    assert nat.strongest[0] in ("x", "y")
    with pytest.raises(InputError, match="peer 'zz'"):
        compare_with_peers(r, "a", ["zz"])


def test_peer_comparison_marks_imputed_cells() -> None:
    r = composite(data(M), CompositeSettings(missing="mean"))
    pc = compare_with_peers(r, "u1", ["u2", "u3"])
    assert pc.imputed == (("u2", "i2"),)
