"""AHP priorities and consistency against published examples, RI tables and pymcdm."""

from __future__ import annotations

import numpy as np
import pytest
from pymcdm.weights.subjective import AHP as PymcdmAHP

from decision.ahp import (
    ALONSO_LAMATA_2006,
    ALONSO_LAMATA_FIT,
    SAATY_1980,
    ahp_priorities,
    from_judgments,
    from_matrix,
    random_index,
)
from tests.decision.helpers import reference

# Saaty, T.L. (1990) How to make a decision: the analytic hierarchy process. EJOR 48:9-26,
# Table 2 (criteria of buying a house); the same matrix is Table 1 of Saaty (2003) EJOR
# 145:85-91. Published: priorities .173 .054 .188 .018 .031 .036 .167 .333,
# lambda_max 9.669, CI 0.238, CR 0.169.
HOUSE_ITEMS = [
    "Size",
    "Transportation",
    "Neighborhood",
    "Age",
    "Yard",
    "Modern",
    "Condition",
    "Financing",
]
HOUSE: list[list[float]] = [
    [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
    [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
    [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
    [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
    [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
    [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
    [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
    [4, 7, 5, 8, 6, 6, 2, 1],
]


def test_saaty_2008_drinks_weights_and_cr() -> None:
    # Saaty, T.L. (2008) Decision making with the analytic hierarchy process. Int. J. Services
    # Sciences 1(1):83-98, relative consumption of drinks: weights to 3 decimals, CR 0.022.
    case = reference("ahp_saaty_2008_drinks")
    result = ahp_priorities(from_matrix(case["elements"], case["pairwise"]))
    np.testing.assert_allclose(result.weights, case["expected"]["weights"], atol=5e-4)
    assert round(result.cr, 3) == case["expected"]["CR"]
    assert result.random_index == 1.32
    assert result.random_index_table == SAATY_1980
    assert result.conventions.random_index_table == SAATY_1980
    assert not result.completed and result.completion_method is None
    order = np.argsort(-result.weights)
    ranks = np.empty(7, dtype=int)
    ranks[order] = np.arange(1, 8)
    assert ranks.tolist() == case["expected"]["ranking"]


def test_saaty_1990_house_criteria() -> None:
    result = ahp_priorities(from_matrix(HOUSE_ITEMS, HOUSE))
    published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
    np.testing.assert_allclose(result.weights, published, atol=5e-4)
    assert result.lambda_max == pytest.approx(9.669, abs=5e-4)
    assert result.ci == pytest.approx(0.238, abs=5e-4)
    assert result.cr == pytest.approx(0.169, abs=5e-4)
    assert not result.acceptable


@pytest.mark.parametrize(
    ("matrix", "weights", "lambda_max", "cr"),
    [
        # Transportation: .233 .055 .713, lambda_max 3.247, CR 0.213
        ([[1, 7, 1 / 5], [1 / 7, 1, 1 / 8], [5, 8, 1]], [0.233, 0.055, 0.713], 3.247, 0.213),
        # Financing: .072 .650 .278, lambda_max 3.065, CR 0.056
        ([[1, 1 / 7, 1 / 5], [7, 1, 3], [5, 1 / 3, 1]], [0.072, 0.650, 0.278], 3.065, 0.056),
        # General condition: consistent, .200 .400 .400, lambda_max 3, CR 0
        ([[1, 1 / 2, 1 / 2], [2, 1, 1], [2, 1, 1]], [0.2, 0.4, 0.4], 3.0, 0.0),
    ],
)
def test_saaty_1990_house_local_matrices(
    matrix: list[list[float]], weights: list[float], lambda_max: float, cr: float
) -> None:
    # Saaty (1990) EJOR 48:9-26, Table 3 (houses A, B, C under three criteria). The published
    # priorities are rounded by hand: the tolerance allows one unit in the 3rd decimal.
    result = ahp_priorities(from_matrix(["A", "B", "C"], matrix))
    np.testing.assert_allclose(result.weights, weights, atol=1.5e-3)
    assert result.lambda_max == pytest.approx(lambda_max, abs=5e-4)
    assert result.cr == pytest.approx(cr, abs=5e-4)


@pytest.mark.parametrize(("x", "n"), [(9, 4), (1, 4), (5, 6), (3, 3)])
def test_goepel_2018_one_criterion_x_times_more_important(x: float, n: int) -> None:
    # Goepel, K.D. (2018) Implementation of an online software tool for the AHP (AHP-OS).
    # IJAHP 10(3):469-487, Eq. (41): one criterion x times as important as each of the n - 1
    # others (which are equal) gets w = x / (x + n - 1); e.g. x = 9, n = 4 gives 0.75.
    m = np.ones((n, n))
    m[0, 1:], m[1:, 0] = x, 1 / x
    for prioritization in ("eigenvector", "geometric"):
        result = ahp_priorities(from_matrix([f"c{i}" for i in range(n)], m), prioritization)
        assert result.weights[0] == pytest.approx(x / (x + n - 1), abs=1e-12)
        assert result.cr == pytest.approx(0.0, abs=1e-12)


def test_saaty_random_index_table() -> None:
    # Saaty (1980) The Analytic Hierarchy Process, McGraw-Hill: RI for n = 1..10.
    published = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]
    for n, ri in enumerate(published, start=1):
        assert random_index(n) == (ri, SAATY_1980)


def test_alonso_lamata_table_for_11_to_15_and_fit_beyond() -> None:
    # Alonso, J.A. & Lamata, M.T. (2006) Consistency in the analytic hierarchy process: a new
    # approach. IJUFKS 14(4):445-459: RI 1.5140, 1.5365, 1.5551, 1.5713, 1.5838 for n = 11..15
    # (values as in the R package 'ahp' by C. Glur, R/ahp_functions.R), and the linear fit
    # lambda_max = 2.7699 n - 4.3513 beyond (as used by Goepel 2018, AHP-OS, Eq. 5).
    published = {11: 1.5140, 12: 1.5365, 13: 1.5551, 14: 1.5713, 15: 1.5838}
    for n, ri in published.items():
        assert random_index(n) == (ri, ALONSO_LAMATA_2006)
    ri, table = random_index(20)
    assert table == ALONSO_LAMATA_FIT
    assert ri == pytest.approx((2.7699 * 20 - 4.3513 - 20) / 19)


def test_large_matrix_names_the_table_used() -> None:
    rng = np.random.default_rng(5)
    n = 12
    m = np.ones((n, n))
    upper = np.triu_indices(n, 1)
    m[upper] = rng.choice([1 / 3, 1 / 2, 1, 2, 3], size=len(upper[0]))
    m.T[upper] = 1 / m[upper]
    result = ahp_priorities(from_matrix([f"c{i}" for i in range(n)], m))
    assert result.random_index == 1.5365
    assert result.random_index_table == ALONSO_LAMATA_2006
    assert any("Alonso" in note for note in result.conventions.notes)
    assert result.cr == pytest.approx(result.ci / 1.5365)


def test_two_items_have_cr_zero_and_ratio_weights() -> None:
    result = ahp_priorities(from_judgments(["A", "B"], [("A", "B", 4)]))
    np.testing.assert_allclose(result.weights, [0.8, 0.2], rtol=1e-12)
    assert result.cr == 0.0 and result.ci == pytest.approx(0.0, abs=1e-12)
    assert result.suggestions == ()


def test_single_item() -> None:
    result = ahp_priorities(from_judgments(["A"], []))
    assert result.weights.tolist() == [1.0]
    assert result.cr == 0.0


def test_geometric_mean_lambda_is_mean_of_aw_over_w() -> None:
    case = reference("ahp_saaty_2008_drinks")
    a = np.array(case["pairwise"])
    result = ahp_priorities(from_matrix(case["elements"], a), "geometric")
    g = np.prod(a, axis=1) ** (1 / 7)
    np.testing.assert_allclose(result.weights, g / g.sum(), rtol=1e-12)
    w = result.weights
    assert result.lambda_max == pytest.approx(np.mean(a @ w / w), rel=1e-12)
    assert result.cr == pytest.approx((result.lambda_max - 7) / 6 / 1.32, rel=1e-12)
    assert result.prioritization == "geometric"
    # the published eigenvector weights are matched by the geometric mean only to ~3e-3
    np.testing.assert_allclose(w, case["expected"]["weights"], atol=3e-3)


@pytest.mark.parametrize("name", ["drinks", "house"])
def test_weights_agree_with_pymcdm(name: str) -> None:
    # pymcdm's AHP takes Saaty integers and reciprocals only and uses the Tummala & Ling (1998)
    # random index, so only the weights are compared.
    if name == "drinks":
        case = reference("ahp_saaty_2008_drinks")
        items, matrix = case["elements"], np.array(case["pairwise"])
    else:
        items, matrix = HOUSE_ITEMS, np.array(HOUSE)
    ours = ahp_priorities(from_matrix(items, matrix)).weights
    theirs = PymcdmAHP(matrix=matrix)()
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)


def test_result_as_dict_is_the_cli_contract() -> None:
    case = reference("ahp_saaty_2008_drinks")
    out = ahp_priorities(from_matrix(case["elements"], case["pairwise"])).as_dict()
    assert set(out) >= {
        "weights",
        "lambda_max",
        "ci",
        "cr",
        "random_index",
        "random_index_table",
        "prioritization",
        "completed",
        "completion_method",
        "suggestions",
        "conventions",
    }
    assert list(out["weights"]) == case["elements"]
    assert out["conventions"]["random_index_table"] == SAATY_1980
    assert out["conventions"]["parameters"] == {"prioritization": "eigenvector"}


def test_weights_are_read_only() -> None:
    result = ahp_priorities(from_judgments(["A", "B"], [("A", "B", 2)]))
    with pytest.raises(ValueError):
        result.weights[0] = 1.0
