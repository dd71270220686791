"""Method agreement: Spearman and Kendall against scipy, WS against its definition and pymcdm."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from decision.sensitivity.agreement import (
    kendall_tau_b,
    method_agreement,
    spearman_rho,
    ws_coefficient,
)
from tests.decision.helpers import make_problem


@pytest.mark.parametrize("seed", range(6))
def test_spearman_and_kendall_match_scipy_with_ties(seed: int) -> None:
    rng = np.random.default_rng(seed)
    m = 40
    x = rng.integers(1, 12, m)  # many ties
    y = rng.integers(1, 12, m)
    assert spearman_rho(x, y) == pytest.approx(stats.spearmanr(x, y).statistic, abs=1e-12)
    assert kendall_tau_b(x, y) == pytest.approx(stats.kendalltau(x, y).statistic, abs=1e-12)
    p = rng.permutation(m) + 1
    q = rng.permutation(m) + 1
    assert spearman_rho(p, q) == pytest.approx(stats.spearmanr(p, q).statistic, abs=1e-12)
    assert kendall_tau_b(p, q) == pytest.approx(stats.kendalltau(p, q).statistic, abs=1e-12)


def test_kendall_in_chunks_on_a_long_ranking() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=2500)
    y = x + rng.normal(size=2500)
    assert kendall_tau_b(x, y) == pytest.approx(stats.kendalltau(x, y).statistic, abs=1e-12)


def test_ws_by_hand_and_against_pymcdm() -> None:
    # No table of the paper's values was at hand; these follow from its formula by hand.
    # Swapping the top two of five: 1 - (2^-1 * 1/4 + 2^-2 * 1/3) = 0.791666...
    assert ws_coefficient([1, 2, 3, 4, 5], [2, 1, 3, 4, 5]) == pytest.approx(1 - 1 / 8 - 1 / 12)
    # Swapping the bottom two weighs far less: 1 - (2^-4 * 1/3 + 2^-5 * 1/4) = 0.971354...
    assert ws_coefficient([1, 2, 3, 4, 5], [1, 2, 3, 5, 4]) == pytest.approx(1 - 1 / 48 - 1 / 128)
    assert ws_coefficient([1, 2, 3], [1, 2, 3]) == 1.0
    # asymmetric
    x, y = [1, 2, 3, 4], [4, 1, 2, 3]
    assert ws_coefficient(x, y) != pytest.approx(ws_coefficient(y, x))
    from pymcdm.correlations import ws

    rng = np.random.default_rng(4)
    for _ in range(20):
        p = (rng.permutation(9) + 1).astype(float)
        q = (rng.permutation(9) + 1).astype(float)
        assert ws_coefficient(p, q) == pytest.approx(ws(p, q), abs=1e-12)


def test_method_agreement_matrices() -> None:
    rng = np.random.default_rng(2)
    problem = make_problem(rng.uniform(1, 10, (12, 4)), [1, -1, 1, 1], [0.3, 0.2, 0.25, 0.25])
    result = method_agreement(problem, params={"vikor": {"v": 0.4}})
    k = len(result.methods)
    assert result.methods == ("topsis", "wsm", "wpm", "vikor", "promethee2")
    assert result.rankings.shape == (k, 12)
    for mat in (result.spearman, result.kendall, result.ws):
        np.testing.assert_allclose(np.diag(mat), 1.0)
    np.testing.assert_allclose(result.spearman, result.spearman.T)
    np.testing.assert_allclose(result.kendall, result.kendall.T)
    i, j = 0, 3
    assert result.spearman[i, j] == pytest.approx(
        stats.spearmanr(result.rankings[i], result.rankings[j]).statistic
    )
    assert result.ws[i, j] == pytest.approx(ws_coefficient(result.rankings[i], result.rankings[j]))
    assert result.conventions.parameters["vikor"] == {"v": 0.4}
    assert "reference" in result.conventions.notes[0]


def test_identical_rankings_agree_fully() -> None:
    # one criterion: every method orders the alternatives by it
    problem = make_problem([[1.0], [3.0], [2.0], [5.0]], [1], [1])
    result = method_agreement(problem, methods=("wsm", "wpm", "promethee2"))
    assert (result.rankings == result.rankings[0]).all()
    np.testing.assert_allclose(result.spearman, 1.0)
    np.testing.assert_allclose(result.kendall, 1.0)
    np.testing.assert_allclose(result.ws, 1.0)


def test_no_scipy_import_at_module_import() -> None:
    import subprocess
    import sys

    code = "import sys, decision.sensitivity.agreement; print('scipy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
