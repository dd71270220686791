"""Hierarchical synthesis (distributive and ideal modes), rank_ahp and the AHP method spec."""

from __future__ import annotations

import numpy as np
import pytest

from decision.ahp import (
    AHPResult,
    ahp_priorities,
    from_judgments,
    from_matrix,
    hierarchy_weights,
    rank_ahp,
    synthesize,
)
from decision.errors import AHPError, InputError, MethodError
from decision.evaluate import rank
from decision.problem import Alternative, Criterion, Problem
from tests.decision.helpers import make_problem, reference


def _flat(criteria: list[str], alternatives: list[str]) -> Problem:
    return Problem.create(
        "t", [Criterion(c) for c in criteria], [Alternative(a) for a in alternatives]
    )


def test_wikipedia_leader_example() -> None:
    # Wikipedia, "Analytic hierarchy process - leader example": criteria weights .547 .127
    # .270 .056; global priorities Tom .358, Dick .493, Harry .149 (figures from an online
    # tool, hence the 2e-3 tolerance stated in the reference file).
    case = reference("ahp_wikipedia_leader")
    tol = case["expected"]["tolerance"]
    criteria = ahp_priorities(from_matrix(case["criteria"], case["criteria_pairwise"]))
    local = {
        c: ahp_priorities(from_matrix(case["alternatives"], m))
        for c, m in case["alternative_pairwise"].items()
    }
    result = rank_ahp(_flat(case["criteria"], case["alternatives"]), criteria, local)
    np.testing.assert_allclose(result.weights, case["expected"]["criteria_weights"], atol=tol)
    np.testing.assert_allclose(result.scores, case["expected"]["global_priorities"], atol=tol)
    assert result.ranks.tolist() == case["expected"]["ranking"]
    assert result.higher_is_better and result.method == "ahp"
    details = result.details_json()
    assert set(details["cr"]) == {"criteria", *case["criteria"]}
    assert details["cr"]["criteria"] == criteria.cr
    assert set(details["local_priorities"]) == set(case["criteria"])
    assert set(details["local_priorities"]["Charisma"]) == set(case["alternatives"])
    assert details["criteria_weights"]["Experience"] == pytest.approx(0.547, abs=tol)
    assert details["local_source"] == dict.fromkeys(case["criteria"], "pairwise")
    assert result.conventions.random_index_table == "Saaty (1980)"
    assert result.conventions.weights_source == "AHP pairwise comparison of the criteria"


def test_saaty_2005_choosing_a_city() -> None:
    # Saaty, T.L. (2005) Theory and Applications of the Analytic Network Process. RWS
    # Publications, best city to live in; judgments and the global priorities Bethesda .229,
    # Boston .275, Pittsburgh .385, Santa Fe .111 as reproduced in AHPy's tests
    # (PhilipGriffith/AHPy, tests/test_ahp.py, test_cities_weights_saaty_precision_3).
    # AHPy lists Bethesda-Pittsburgh twice (1 and its reciprocal); it is given once here.
    crits = ["Culture", "Family", "Housing", "Jobs", "Transportation"]
    cities = ["Bethesda", "Boston", "Pittsburgh", "Santa Fe"]
    goal = [
        ("Culture", "Housing", 3),
        ("Culture", "Transportation", 5),
        ("Family", "Culture", 5),
        ("Family", "Housing", 7),
        ("Family", "Transportation", 7),
        ("Housing", "Transportation", 3),
        ("Jobs", "Culture", 2),
        ("Jobs", "Housing", 4),
        ("Jobs", "Transportation", 7),
        ("Family", "Jobs", 1),
    ]
    judgments: dict[str, list[tuple[str, str, float]]] = {
        "Culture": [
            ("Bethesda", "Pittsburgh", 1),
            ("Boston", "Bethesda", 2),
            ("Boston", "Pittsburgh", 2.5),
            ("Boston", "Santa Fe", 1),
            ("Santa Fe", "Bethesda", 2),
            ("Santa Fe", "Pittsburgh", 2.5),
        ],
        "Family": [
            ("Bethesda", "Boston", 2),
            ("Bethesda", "Santa Fe", 4),
            ("Boston", "Santa Fe", 2),
            ("Pittsburgh", "Bethesda", 3),
            ("Pittsburgh", "Boston", 8),
            ("Pittsburgh", "Santa Fe", 9),
        ],
        "Housing": [
            ("Bethesda", "Boston", 5),
            ("Bethesda", "Santa Fe", 2.5),
            ("Pittsburgh", "Bethesda", 2),
            ("Pittsburgh", "Boston", 9),
            ("Pittsburgh", "Santa Fe", 7),
            ("Santa Fe", "Boston", 4),
        ],
        "Jobs": [
            ("Bethesda", "Pittsburgh", 3),
            ("Bethesda", "Santa Fe", 4),
            ("Boston", "Bethesda", 2),
            ("Boston", "Pittsburgh", 6),
            ("Boston", "Santa Fe", 8),
            ("Pittsburgh", "Santa Fe", 1),
        ],
        "Transportation": [
            ("Bethesda", "Boston", 1.5),
            ("Bethesda", "Santa Fe", 4),
            ("Boston", "Santa Fe", 2.5),
            ("Pittsburgh", "Bethesda", 2),
            ("Pittsburgh", "Boston", 3.5),
            ("Pittsburgh", "Santa Fe", 9),
        ],
    }
    criteria = ahp_priorities(from_judgments(crits, goal))
    local = {c: ahp_priorities(from_judgments(cities, j)) for c, j in judgments.items()}
    result = rank_ahp(_flat(crits, cities), criteria, local)
    np.testing.assert_allclose(result.scores, [0.229, 0.275, 0.385, 0.111], atol=5e-4)


# Saaty (1990) EJOR 48:9-26, Table 4: criteria priorities and the houses' local priorities
# (Table 3) composed into the overall priorities A .396, B .341, C .263.
HOUSE_WEIGHTS = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
HOUSE_LOCAL = [
    [0.754, 0.233, 0.754, 0.333, 0.674, 0.747, 0.200, 0.072],
    [0.181, 0.055, 0.065, 0.333, 0.101, 0.060, 0.400, 0.650],
    [0.065, 0.713, 0.181, 0.333, 0.226, 0.193, 0.400, 0.278],
]


def test_saaty_1990_house_composition_distributive() -> None:
    np.testing.assert_allclose(
        synthesize(HOUSE_WEIGHTS, HOUSE_LOCAL), [0.396, 0.341, 0.263], atol=1e-3
    )
    crits = [f"k{j}" for j in range(8)]
    problem = _flat(crits, ["A", "B", "C"])
    local = {c: np.array(HOUSE_LOCAL)[:, j] for j, c in enumerate(crits)}
    result = rank_ahp(problem, HOUSE_WEIGHTS, local)
    np.testing.assert_allclose(result.scores, [0.396, 0.341, 0.263], atol=1e-3)
    assert result.details["local_source"] == dict.fromkeys(crits, "given")
    assert result.conventions.weights_source == "given weights"
    assert result.details["cr"] == {}


def test_ideal_mode_by_hand_and_differs_from_distributive() -> None:
    local = [[0.5, 0.1], [0.3, 0.3], [0.2, 0.6]]
    w = [0.6, 0.4]
    # distributive: 0.6 * column 1 + 0.4 * column 2
    np.testing.assert_allclose(synthesize(w, local), [0.34, 0.30, 0.36], rtol=1e-12)
    # ideal: columns divided by 0.5 and 0.6 -> 0.6667, 0.56, 0.64; divided by their sum 1.8667
    ideal = np.array([0.6 + 0.4 / 6, 0.36 + 0.2, 0.24 + 0.4])
    np.testing.assert_allclose(synthesize(w, local, "ideal"), ideal / ideal.sum(), rtol=1e-12)
    assert synthesize(w, local, "ideal").sum() == pytest.approx(1.0)


def test_ideal_mode_keeps_the_order_when_a_copy_is_added() -> None:
    # Rank reversal in the manner of Belton & Gear (1983, Omega 11:228-230): equal weights,
    # A = (1, 9, 8), B = (9, 1, 9), C = (1, 1, 1). Distributive mode: A = (1/11 + 9/11 + 8/18)/3
    # = 0.451 < B = (9/11 + 1/11 + 9/18)/3 = 0.470; adding D, a copy of B, gives A = (1/20 +
    # 9/12 + 8/27)/3 = 0.365 > B = (9/20 + 1/12 + 9/27)/3 = 0.289. Ideal mode divides by the
    # column maxima, which the copy leaves unchanged: A = 2 < B = 19/9 (before dividing by the
    # total) in both cases.
    w = np.ones(3) / 3
    raw = np.array([[1.0, 9.0, 8.0], [9.0, 1.0, 9.0], [1.0, 1.0, 1.0]])
    with_copy = np.vstack([raw, raw[1]])
    before = synthesize(w, raw / raw.sum(axis=0))
    after = synthesize(w, with_copy / with_copy.sum(axis=0))
    assert before[0] == pytest.approx((1 / 11 + 9 / 11 + 8 / 18) / 3)
    assert after[1] == pytest.approx((9 / 20 + 1 / 12 + 9 / 27) / 3)
    assert before[1] > before[0] and after[0] > after[1]
    before = synthesize(w, raw / raw.sum(axis=0), "ideal")
    after = synthesize(w, with_copy / with_copy.sum(axis=0), "ideal")
    assert before[0] * (2 + 19 / 9 + 1 / 3) == pytest.approx(2.0)
    assert before[1] > before[0] and after[1] > after[0]
    assert after[0] / after[1] == pytest.approx(before[0] / before[1])


def test_local_priorities_from_performance_use_sum_normalization() -> None:
    problem = make_problem([[2, 1], [3, 2], [5, 4]], ["benefit", "cost"], [0.5, 0.5])
    result = rank_ahp(problem)
    benefit = np.array([2, 3, 5]) / 10
    inverse = 1 / np.array([1, 2, 4])
    cost = inverse / inverse.sum()
    np.testing.assert_allclose(result.scores, 0.5 * benefit + 0.5 * cost, rtol=1e-12)
    assert result.details["local_source"] == {"c1": "performance", "c2": "performance"}
    assert "sum" in (result.conventions.normalization or "")
    # the registered method gives the same scores through decision.evaluate.rank
    via_registry = rank(problem, "ahp")
    np.testing.assert_allclose(via_registry.scores, result.scores, rtol=1e-12)
    assert via_registry.ranks.tolist() == result.ranks.tolist()
    assert via_registry.conventions.parameters == {
        "mode": "distributive",
        "prioritization": "eigenvector",
    }
    ideal = rank(problem, "ahp", {"mode": "ideal"})
    assert ideal.scores.sum() == pytest.approx(1.0)
    assert any("ideal mode" in n for n in ideal.conventions.notes)


def test_mixed_pairwise_and_performance_criteria() -> None:
    nan = float("nan")
    problem = Problem.create(
        "t",
        [Criterion("cost", direction="cost", weight=1), Criterion("view", weight=1)],
        [Alternative("a1"), Alternative("a2")],
        [[100, nan], [300, nan]],
    )
    view = ahp_priorities(from_judgments(["a2", "a1"], [("a2", "a1", 3)]))
    result = rank_ahp(problem, local_priorities={"view": view})
    # cost: (1/100, 1/300) normalised -> 0.75, 0.25; view: a1 0.25, a2 0.75
    np.testing.assert_allclose(result.scores, [0.5, 0.5], rtol=1e-12)
    assert result.ranks.tolist() == [1, 1]
    assert result.details["local_source"] == {"cost": "performance", "view": "pairwise"}
    assert result.details_json()["local_priorities"]["view"]["a2"] == pytest.approx(0.75)
    assert set(result.details["cr"]) == {"view"}


def test_hierarchy_weights_multiply_down_the_tree() -> None:
    problem = Problem.create(
        "t",
        [
            Criterion("econ", is_group=True),
            Criterion("place", is_group=True, weight=1),
            Criterion("jobs", parent="econ"),
            Criterion("cost", parent="econ", direction="cost"),
            Criterion("access", parent="place", weight=5),
        ],
        [Alternative("a1"), Alternative("a2")],
        [[10, 100, 3], [20, 200, 1]],
    )
    top = ahp_priorities(from_judgments(["econ", "place"], [("econ", "place", 3)]))
    econ = ahp_priorities(from_judgments(["jobs", "cost"], [("cost", "jobs", 4)]))
    w = hierarchy_weights(problem, {None: top, "econ": econ})
    # econ 0.75 x (jobs 0.2, cost 0.8); place 0.25 x access 1
    np.testing.assert_allclose(w, [0.15, 0.6, 0.25], rtol=1e-12)
    result = rank_ahp(problem, w, matrices_info={"criteria": top, "econ": econ})
    assert set(result.details["cr"]) == {"criteria", "econ"}
    assert result.conventions.weights_source == "AHP pairwise comparison of the criteria"
    with pytest.raises(AHPError, match=r"group 'econ' must cover exactly its criteria"):
        hierarchy_weights(problem, {None: top, "econ": top})
    with pytest.raises(InputError, match=r"criterion 'econ' has no weight"):
        hierarchy_weights(problem, {"econ": econ})


def test_rank_ahp_errors_name_the_place() -> None:
    problem = make_problem([[2, 0], [3, 2]], ["benefit", "benefit"], [0.5, 0.5])
    with pytest.raises(MethodError, match=r"alternative 'a1', criterion 'c2': value 0"):
        rank_ahp(problem)
    with pytest.raises(InputError, match=r"criterion 'c2': local priorities must be 2"):
        rank_ahp(problem, local_priorities={"c2": [1.0, 2.0, 3.0]})
    with pytest.raises(InputError, match=r"'c9', which is not a leaf criterion"):
        rank_ahp(problem, local_priorities={"c9": [1.0, 2.0]})
    wrong: AHPResult = ahp_priorities(from_judgments(["a1", "x"], [("a1", "x", 2)]))
    with pytest.raises(AHPError, match=r"criterion 'c2', alternatives: alternative 'a2' is"):
        rank_ahp(problem, local_priorities={"c2": wrong})
    with pytest.raises(MethodError, match="AHP mode 'best' is unknown"):
        rank_ahp(problem, mode="best")
    with pytest.raises(AHPError, match=r"'c3' is compared but is not a leaf criterion"):
        rank_ahp(
            problem,
            ahp_priorities(from_judgments(["c1", "c2", "c3"], [("c1", "c2", 2), ("c2", "c3", 2)])),
        )
