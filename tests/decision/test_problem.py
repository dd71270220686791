"""Problem model: the criteria tree, global weights and the one validation pass."""

from __future__ import annotations

import numpy as np
import pytest

from decision.errors import InputError, MethodError
from decision.evaluate import rank
from decision.problem import Alternative, Criterion, Problem
from decision.validation import check_matrix
from tests.decision.helpers import make_problem

ALTS = [Alternative("a1", "Old warehouse"), Alternative("a2", "Station"), Alternative("a3", "Mill")]


def test_global_weight_is_product_down_a_three_level_tree() -> None:
    crit = [
        Criterion("econ", "Economy", weight=0.6),
        Criterion("env", "Environment", weight=0.4, direction="benefit"),
        Criterion("jobs", "Jobs", parent="econ", weight=3),
        Criterion("fin", "Finance", parent="econ", weight=1),
        Criterion("cost", "Cost", parent="fin", direction="cost", weight=1),
        Criterion("rev", "Revenue", parent="fin", weight=1),
    ]
    problem = Problem.create("tree", crit, ALTS, np.ones((3, 4)))
    assert problem.leaf_ids == ("env", "jobs", "cost", "rev")
    np.testing.assert_allclose(
        problem.global_weights(), [0.4, 0.6 * 0.75, 0.6 * 0.25 * 0.5, 0.6 * 0.25 * 0.5]
    )
    assert problem.global_weights().sum() == pytest.approx(1.0)


def test_missing_weight_names_the_criterion() -> None:
    problem = make_problem([[1, 2], [3, 4]], [1, 1])
    with pytest.raises(InputError, match="criterion 'c1' has no weight"):
        problem.global_weights()


@pytest.mark.parametrize(
    ("weights", "message"),
    [([0.5, -0.1], "criterion 'c2': weight -0.1 is negative"), ([0, 0], "all weights")],
)
def test_bad_weights(weights: list[float], message: str) -> None:
    problem = make_problem([[1, 2], [3, 4]], [1, 1], weights)
    with pytest.raises(InputError, match=message):
        rank(problem)


def test_duplicate_ids_and_broken_tree() -> None:
    with pytest.raises(InputError, match="criterion id 'x' is used twice"):
        Problem.create("p", [Criterion("x"), Criterion("x")], ALTS)
    with pytest.raises(InputError, match="alternative id 'a1' is used twice"):
        Problem.create("p", [Criterion("x")], [Alternative("a1"), Alternative("a1")])
    with pytest.raises(InputError, match="parent group 'nope' does not exist"):
        Problem.create("p", [Criterion("x", parent="nope")], ALTS)
    with pytest.raises(InputError, match="loops back"):
        Problem.create("p", [Criterion("x", parent="y"), Criterion("y", parent="x")], ALTS)
    with pytest.raises(InputError, match="no alternatives"):
        Problem.create("p", [Criterion("x")], [])
    with pytest.raises(InputError, match="no criteria"):
        Problem.create("p", [], ALTS)


def test_matrix_checks_name_the_cell() -> None:
    m = np.array([[1.0, 2.0], [3.0, np.nan]])
    with pytest.raises(InputError, match="alternative 'b', criterion 'y': value is missing"):
        check_matrix(m, ["a", "b"], ["x", "y"])
    with pytest.raises(MethodError, match=r"alternative 'a', criterion 'y': value -2 .* WPM"):
        check_matrix([[1, -2], [3, 4]], ["a", "b"], ["x", "y"], method="WPM", positive=True)
    with pytest.raises(MethodError, match="criterion 'x': all alternatives have the same value"):
        check_matrix([[1, 2], [1, 4]], ["a", "b"], ["x", "y"], nonconstant=True)


def test_method_needing_positive_values_names_the_cell() -> None:
    problem = make_problem([[1, 2], [0, 4]], [1, -1], [0.5, 0.5])
    with pytest.raises(MethodError, match="alternative 'a2', criterion 'c1'"):
        rank(problem, "wpm")


def test_unknown_method_and_parameter_value() -> None:
    problem = make_problem([[1, 2], [3, 4]], [1, 1], [0.5, 0.5])
    with pytest.raises(MethodError, match="method 'nope' is unknown"):
        rank(problem, "nope")
    with pytest.raises(MethodError, match="parameter 'normalization'"):
        rank(problem, "topsis", {"normalization": "zz"})


def test_result_records_conventions() -> None:
    problem = make_problem([[1, 2], [3, 4], [2, 2]], [1, -1], [0.5, 0.5])
    conv = rank(problem, "topsis").conventions.as_dict()
    assert conv["method"] == "TOPSIS"
    assert "1, 2, 2, 4" in conv["tie_rule"]
    assert conv["parameters"] == {"normalization": "vector"}
    assert conv["weights_source"] == "given weights"
