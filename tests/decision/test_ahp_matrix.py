"""Pairwise matrices from full matrices and judgments; bad input names the place at fault."""

from __future__ import annotations

import math

import numpy as np
import pytest

from decision.ahp import ahp_priorities, from_judgments, from_matrix
from decision.ahp.matrix import check_items
from decision.errors import AHPError, DecisionError


def test_judgments_build_a_reciprocal_matrix() -> None:
    pm = from_judgments(["A", "B", "C"], [("A", "B", 3), ("C", "A", 2), ("B", "C", 0.5)])
    expected = [[1, 3, 0.5], [1 / 3, 1, 0.5], [2, 2, 1]]
    np.testing.assert_allclose(pm.values, expected, rtol=1e-15)
    assert pm.is_complete
    assert pm.known_pairs() == [(0, 1), (0, 2), (1, 2)]


def test_missing_pairs_stay_nan_and_symmetric() -> None:
    pm = from_judgments(["A", "B", "C"], [("A", "B", 3), ("B", "C", 2)])
    assert not pm.is_complete
    assert math.isnan(pm.values[0, 2]) and math.isnan(pm.values[2, 0])
    assert pm.missing.sum() == 2
    assert not pm.missing.diagonal().any()


def test_any_positive_ratio_is_accepted_not_only_saaty_integers() -> None:
    # A group geometric mean such as (3 * 5) ** 0.5 is a legitimate judgment.
    pm = from_judgments(["A", "B"], [("A", "B", math.sqrt(15))])
    assert pm.values[0, 1] == pytest.approx(math.sqrt(15))
    assert pm.values[1, 0] == pytest.approx(1 / math.sqrt(15))


def test_upper_triangle_alone_is_enough_and_lower_is_made_exactly_reciprocal() -> None:
    nan = float("nan")
    pm = from_matrix(["A", "B", "C"], [[1, 3, 5], [nan, 1, 2], [nan, nan, 1]])
    assert pm.is_complete
    assert pm.values[2, 0] == 1 / 5
    # entries within the 1e-6 tolerance are replaced by exact reciprocals of the upper triangle
    pm = from_matrix(["A", "B"], [[1, 3], [0.3333333, 1]])
    assert pm.values[1, 0] == 1 / 3


def test_full_matrix_with_null_pairs_is_incomplete() -> None:
    nan = float("nan")
    pm = from_matrix(["A", "B", "C"], [[1, 2, nan], [0.5, 1, 3], [nan, 1 / 3, 1]])
    assert not pm.is_complete
    assert pm.known_pairs() == [(0, 1), (1, 2)]


def test_bad_input_errors_are_ahp_errors_and_decision_errors() -> None:
    assert issubclass(AHPError, DecisionError)


# -- bad input: each raises AHPError whose message names the place ----------------------------
def test_not_square() -> None:
    with pytest.raises(AHPError, match=r"matrix is 2 x 3, expected 3 x 3"):
        from_matrix(["A", "B", "C"], [[1, 2, 3], [0.5, 1, 2]])


def test_matrix_size_differs_from_items() -> None:
    with pytest.raises(AHPError, match=r"matrix is 2 x 2, expected 3 x 3"):
        from_matrix(["A", "B", "C"], [[1, 2], [0.5, 1]])


def test_zero_entry_names_the_pair() -> None:
    with pytest.raises(AHPError, match=r"pair 'A' / 'B': value 0 .* not allowed"):
        from_matrix(["A", "B"], [[1, 0], [0, 1]])


def test_negative_entry_names_the_pair() -> None:
    with pytest.raises(AHPError, match=r"pair 'B' / 'C': value -2 at row 'B', column 'C'"):
        from_matrix(["A", "B", "C"], [[1, 2, 4], [0.5, 1, -2], [0.25, -0.5, 1]])


def test_infinite_entry_names_the_pair() -> None:
    with pytest.raises(AHPError, match=r"pair 'A' / 'B': value inf"):
        from_matrix(["A", "B"], [[1, float("inf")], [0, 1]])


def test_non_reciprocal_names_the_pair() -> None:
    with pytest.raises(AHPError) as info:
        from_matrix(["Cost", "Jobs", "Access"], [[1, 3, 2], [3, 1, 2], [0.5, 0.5, 1]])
    assert "pair 'Cost' / 'Jobs': not reciprocal" in str(info.value)
    assert info.value.field == "matrix"


def test_diagonal_must_be_one() -> None:
    with pytest.raises(AHPError, match=r"item 'B': diagonal entry is 2, must be 1"):
        from_matrix(["A", "B"], [[1.0, 2.0], [0.5, 2.0]])


def test_judgment_with_unknown_item_names_it() -> None:
    with pytest.raises(AHPError, match=r"judgment 2, pair 'B' / 'D': item 'D' is not one"):
        from_judgments(["A", "B", "C"], [("A", "B", 3), ("B", "D", 2)])


def test_self_comparison_names_the_item() -> None:
    with pytest.raises(AHPError, match=r"judgment 1: 'A' is compared with itself"):
        from_judgments(["A", "B"], [("A", "A", 3)])


@pytest.mark.parametrize("value", [0, -3, float("nan"), float("inf")])
def test_non_positive_judgment_names_the_pair(value: float) -> None:
    with pytest.raises(AHPError, match=r"judgment 1, pair 'A' / 'B': value .* not allowed"):
        from_judgments(["A", "B", "C"], [("A", "B", value), ("B", "C", 2)])


@pytest.mark.parametrize("value", ["3", True, None])
def test_judgment_value_must_be_a_number(value: object) -> None:
    with pytest.raises(AHPError, match=r"pair 'A' / 'B': value .* is not a number"):
        from_judgments(["A", "B"], [("A", "B", value)])


def test_judgment_with_wrong_shape() -> None:
    with pytest.raises(AHPError, match=r"judgment 1: expected \[a, b, value\]"):
        from_judgments(["A", "B"], [("A", "B")])


def test_duplicate_judgment_is_rejected() -> None:
    with pytest.raises(AHPError, match=r"pair 'B' / 'A' is judged twice .* same value"):
        from_judgments(["A", "B"], [("A", "B", 3), ("B", "A", 1 / 3)])


def test_contradictory_judgments_are_rejected() -> None:
    with pytest.raises(AHPError, match=r"judgments 1 and 2\) with contradicting values"):
        from_judgments(["A", "B"], [("A", "B", 3), ("A", "B", 5)])


def test_disconnected_judgments_name_the_items_apart() -> None:
    pm = from_judgments(["A", "B", "C", "D", "E"], [("A", "B", 3), ("B", "C", 2), ("D", "E", 2)])
    with pytest.raises(AHPError) as info:
        ahp_priorities(pm)
    message = str(info.value)
    assert "do not connect all items" in message
    assert "'D', 'E' are not compared" in message
    assert "'A', 'B', 'C'" in message


def test_isolated_item_is_named() -> None:
    nan = float("nan")
    pm = from_matrix(["A", "B", "C"], [[1, 2, nan], [0.5, 1, nan], [nan, nan, 1]])
    with pytest.raises(AHPError, match=r"'C' is not compared, directly or through other items"):
        ahp_priorities(pm)


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([], "items: the list is empty"),
        (["A", "B", "A"], "items: 'A' appears twice"),
        (["A", ""], r"items\[1\]: expected a non-empty name"),
    ],
)
def test_bad_item_lists(items: list[str], message: str) -> None:
    with pytest.raises(AHPError, match=message):
        check_items(items)


def test_where_prefix_locates_the_block() -> None:
    with pytest.raises(AHPError, match=r"^pairwise\.criteria: judgment 1, pair 'cost' / 'roads'"):
        from_judgments(["cost", "jobs"], [("cost", "roads", 3)], where="pairwise.criteria")


def test_unknown_prioritization() -> None:
    pm = from_judgments(["A", "B"], [("A", "B", 2)])
    with pytest.raises(AHPError, match="prioritization 'lls' is unknown"):
        ahp_priorities(pm, "lls")
