"""WSM and WPM against Triantaphyllou's worked example and against pymcdm."""

from __future__ import annotations

import numpy as np
import pytest
from pymcdm import normalizations as pn
from pymcdm.methods import WPM, WSM

from decision.evaluate import rank
from tests.decision.helpers import make_problem

# Triantaphyllou, E. (2000) Multi-Criteria Decision Making Methods: A Comparative Study.
# Kluwer, sections 2.1-2.2 (reproduced in Wikipedia's "Weighted sum model" and "Weighted
# product model" articles): four benefit criteria on one scale.
TRIANTAPHYLLOU = [[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]]
TRIANTAPHYLLOU_W = [0.20, 0.15, 0.40, 0.25]


def test_wsm_triantaphyllou_example_raw_values() -> None:
    # Published: A1 = 21.50, A2 = 22.00, A3 = 22.00: A2 and A3 tie for first place.
    problem = make_problem(TRIANTAPHYLLOU, [1, 1, 1, 1], TRIANTAPHYLLOU_W)
    result = rank(problem, "wsm", {"normalization": "none"})
    np.testing.assert_allclose(result.scores, [21.50, 22.00, 22.00], atol=1e-4)
    assert result.ranks.tolist() == [3, 1, 1]
    contributions = result.details_json()["contributions"]["a1"]
    assert contributions["c1"] == pytest.approx(25 * 0.20)


def test_wpm_triantaphyllou_example_ratios() -> None:
    # Published: P(A1/A2) = 1.007, P(A1/A3) = 1.067, P(A2/A3) = 1.059, so A1 is best.
    problem = make_problem(TRIANTAPHYLLOU, [1, 1, 1, 1], TRIANTAPHYLLOU_W)
    for norm in ("none", "sum", "linear"):
        s = rank(problem, "wpm", {"normalization": norm}).scores
        assert s[0] / s[1] == pytest.approx(1.007, abs=5e-4)
        assert s[0] / s[2] == pytest.approx(1.067, abs=5e-4)
        assert s[1] / s[2] == pytest.approx(1.059, abs=5e-4)


@pytest.mark.parametrize("norm", ["sum", "minmax", "vector", "max", "linear"])
def test_wsm_agrees_with_pymcdm(norm: str) -> None:
    rng = np.random.default_rng(11)
    for _ in range(20):
        m, n = rng.integers(2, 25), rng.integers(1, 7)
        x = rng.uniform(0.5, 50, size=(m, n))
        types = rng.choice([-1, 1], size=n)
        w = rng.dirichlet(np.ones(n))
        ours = rank(make_problem(x, types, w), "wsm", {"normalization": norm}).scores
        theirs = WSM(getattr(pn, f"{norm}_normalization"))(x, w, types)
        np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=1e-12)


def test_wpm_agrees_with_pymcdm_sum_normalization() -> None:
    rng = np.random.default_rng(12)
    for _ in range(20):
        m, n = rng.integers(2, 25), rng.integers(1, 7)
        x = rng.uniform(0.5, 50, size=(m, n))
        types = rng.choice([-1, 1], size=n)
        w = rng.dirichlet(np.ones(n))
        ours = rank(make_problem(x, types, w), "wpm").scores
        np.testing.assert_allclose(ours, WPM()(x, w, types), rtol=1e-11)
