"""Harker (1987) completion of incomplete pairwise matrices.

No published numerical example of Harker's completion was found, so these tests check the
defining properties of the method instead: Harker's auxiliary matrix (missing entries 0,
diagonal 1 + missing entries in the row), its principal eigenvector w, the completed matrix
(w_i / w_j in the gaps) having w as its own principal eigenvector, and the known entries
kept unchanged.
"""

from __future__ import annotations

import numpy as np
import pytest

from decision.ahp import HARKER_1987, ahp_priorities, from_judgments, from_matrix
from decision.ahp.completion import components, harker_complete, harker_matrix
from decision.ahp.priorities import principal_eigenvector

NAN = float("nan")
# The incomplete 4 x 4 example of Bozóki, Fülöp & Rónyai (2010) Math. Comput. Modelling
# 52:318-333 (one missing pair c-d), used here only as data.
BFR: list[list[float]] = [
    [1, 1, 5, 2],
    [1, 1, 3, 4],
    [1 / 5, 1 / 3, 1, NAN],
    [1 / 2, 1 / 4, NAN, 1],
]


def test_harker_auxiliary_matrix() -> None:
    pm = from_matrix("abcd", BFR)
    c = harker_matrix(pm)
    assert c[2, 3] == 0 and c[3, 2] == 0
    np.testing.assert_array_equal(np.diag(c), [1, 1, 2, 2])
    np.testing.assert_array_equal(c[0], [1, 1, 5, 2])


def test_completed_matrix_reproduces_harkers_weights() -> None:
    pm = from_matrix("abcd", BFR)
    completed, w = harker_complete(pm)
    w_aux, _ = principal_eigenvector(harker_matrix(pm))
    np.testing.assert_allclose(w, w_aux, rtol=1e-12)
    # the gaps hold w_i / w_j, everything else is as given
    assert completed[2, 3] == pytest.approx(w[2] / w[3], rel=1e-12)
    assert completed[3, 2] == pytest.approx(w[3] / w[2], rel=1e-12)
    known = ~pm.missing
    np.testing.assert_array_equal(completed[known], pm.values[known])
    # w is the principal eigenvector of the completed matrix: the fixed point of the method
    w_completed, lam = principal_eigenvector(completed)
    np.testing.assert_allclose(w_completed, w, rtol=1e-10)
    result = ahp_priorities(pm)
    np.testing.assert_allclose(result.weights, w, rtol=1e-12)
    assert result.lambda_max == pytest.approx(lam, rel=1e-12)
    assert result.completed and result.completion_method == HARKER_1987
    assert result.conventions.completion_method == HARKER_1987
    assert any("completed matrix" in note for note in result.conventions.notes)


def test_cr_is_that_of_the_completed_matrix() -> None:
    pm = from_matrix("abcd", BFR)
    result = ahp_priorities(pm)
    full = ahp_priorities(from_matrix("abcd", result.matrix))
    assert result.cr == pytest.approx(full.cr, rel=1e-10)
    np.testing.assert_allclose(result.weights, full.weights, rtol=1e-10)


def test_spanning_tree_of_judgments_completes_to_a_consistent_matrix() -> None:
    # With n - 1 judgments forming a tree there is exactly one consistent completion
    # (products along the paths) and Harker's method returns it.
    pm = from_judgments(["A", "B", "C", "D"], [("A", "B", 2), ("B", "C", 3), ("D", "B", 1.5)])
    result = ahp_priorities(pm)
    w = np.array([6.0, 3.0, 1.0, 4.5])
    np.testing.assert_allclose(result.weights, w / w.sum(), rtol=1e-10)
    assert result.cr == pytest.approx(0.0, abs=1e-10)
    assert result.matrix[0, 2] == pytest.approx(6.0, rel=1e-10)


def test_geometric_prioritization_of_an_incomplete_matrix_uses_the_completed_one() -> None:
    pm = from_matrix("abcd", BFR)
    result = ahp_priorities(pm, "geometric")
    completed, _ = harker_complete(pm)
    g = np.prod(completed, axis=1) ** 0.25
    np.testing.assert_allclose(result.weights, g / g.sum(), rtol=1e-12)
    assert result.completed


def test_components_are_largest_first() -> None:
    pm = from_judgments(list("ABCDE"), [("D", "E", 2), ("A", "B", 3), ("B", "C", 1)])
    assert components(pm) == [[0, 1, 2], [3, 4]]


def test_complete_matrix_is_left_alone() -> None:
    pm = from_judgments(["A", "B", "C"], [("A", "B", 2), ("B", "C", 2), ("A", "C", 3)])
    result = ahp_priorities(pm)
    assert not result.completed and result.completion_method is None
    np.testing.assert_array_equal(result.matrix, pm.values)
