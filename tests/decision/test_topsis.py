"""TOPSIS against published examples and against pymcdm."""

from __future__ import annotations

import numpy as np
import pytest
from pymcdm import normalizations as pn
from pymcdm.methods import TOPSIS

from decision.evaluate import rank
from decision.methods.topsis import topsis_closeness
from decision.normalization import NORMALIZATIONS, normalize
from tests.decision.helpers import make_problem, reference


def test_tzeng_huang_2011_textbook_example() -> None:
    # Tzeng, G.-H. & Huang, J.-J. (2011) Multiple Attribute Decision Making: Methods and
    # Applications, CRC Press, TOPSIS example: closeness 0.5037, 0.6581, 0.7482, 0.3340.
    case = reference("topsis_tzeng_huang_2011")
    problem = make_problem(case["matrix"], case["types"], case["weights"])
    result = rank(problem, "topsis", {"normalization": "vector"})
    np.testing.assert_allclose(result.scores, case["expected"]["scores"], atol=1e-4)
    assert result.ranks.tolist() == case["expected"]["ranking"]
    assert "vector" in (result.conventions.normalization or "")


def test_default_normalization_is_vector_not_pymcdm_minmax() -> None:
    case = reference("topsis_tzeng_huang_2011")
    problem = make_problem(case["matrix"], case["types"], case["weights"])
    assert rank(problem, "topsis").conventions.parameters["normalization"] == "vector"


def test_minmax_variant_on_opricovic_tzeng_data() -> None:
    # Data of Opricovic & Tzeng (2004) EJOR 156:445-455 (risk as cost, altitude as benefit);
    # the min-max TOPSIS figures 0.500, 0.617, 0.500 are the worked example in pymcdm's
    # TOPSIS documentation (Kizielewicz, Shekhovtsov & Salabun 2023, SoftwareX 22:101368).
    matrix = [[1, 3000], [2, 3750], [5, 4500]]
    problem = make_problem(matrix, ["cost", "benefit"], [0.5, 0.5])
    result = rank(problem, "topsis", {"normalization": "minmax"})
    np.testing.assert_allclose(result.scores, [0.5, 0.617, 0.5], atol=1e-3)
    assert result.ranks.tolist() == [2, 1, 2]


@pytest.mark.parametrize("norm", ["vector", "minmax", "max", "sum", "linear", "nonlinear"])
def test_agrees_with_pymcdm(norm: str) -> None:
    rng = np.random.default_rng(7)
    for _ in range(20):
        m, n = rng.integers(2, 30), rng.integers(1, 8)
        x = rng.uniform(0.5, 100, size=(m, n))
        types = rng.choice([-1, 1], size=n)
        w = rng.dirichlet(np.ones(n))
        ours = rank(make_problem(x, types, w), "topsis", {"normalization": norm}).scores
        theirs = TOPSIS(getattr(pn, f"{norm}_normalization"))(x, w, types)
        np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=1e-12)


def test_batched_closeness_equals_one_vector_at_a_time() -> None:
    rng = np.random.default_rng(3)
    x = rng.uniform(1, 10, size=(50, 6))
    types = np.array([1, -1, 1, 1, -1, 1])
    r = normalize(x, types, "vector")
    weights = rng.dirichlet(np.ones(6), size=40)
    batched = topsis_closeness(r, weights)
    assert batched.shape == (50, 40)
    for k in range(40):
        single = TOPSIS(pn.vector_normalization)(x, weights[k], types)
        np.testing.assert_allclose(batched[:, k], single, rtol=1e-12, atol=1e-12)


def test_every_normalization_is_listed_with_a_description() -> None:
    for name, (_fn, text) in NORMALIZATIONS.items():
        assert name and len(text) > 10


def test_distances_are_reported_per_alternative() -> None:
    case = reference("topsis_tzeng_huang_2011")
    result = rank(make_problem(case["matrix"], case["types"], case["weights"]), "topsis")
    details = result.details_json()
    assert set(details["d_plus"]) == {"a1", "a2", "a3", "a4"}
    d_plus, d_minus = details["d_plus"]["a3"], details["d_minus"]["a3"]
    assert d_minus / (d_plus + d_minus) == pytest.approx(0.7482, abs=1e-4)
