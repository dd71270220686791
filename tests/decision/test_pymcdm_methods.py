"""Methods delegated to pymcdm: same scores as pymcdm, our direction of ranks, clear errors."""

from __future__ import annotations

import numpy as np
import pymcdm.methods as pm
import pytest

from decision.errors import MethodError
from decision.evaluate import rank
from decision.methods.pymcdm_methods import SPECS
from tests.decision.helpers import make_problem


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.key)
def test_scores_equal_pymcdm_and_rank_one_is_best(spec) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(5)
    x = rng.uniform(1, 100, size=(8, 4))
    types = np.array([1, -1, 1, -1])
    w = np.array([0.4, 0.3, 0.2, 0.1])
    result = rank(make_problem(x, types, w), spec.key)
    body = getattr(pm, spec.label)
    if spec.key == "spotis":
        bounds = np.column_stack([x.min(axis=0), x.max(axis=0)])
        theirs = body(bounds)(x, w, types)
    elif "l" in spec.resolve(None):
        theirs = body(l=0.5)(x, w, types)
    else:
        theirs = body()(x, w, types)
    np.testing.assert_allclose(result.scores, theirs, rtol=1e-12, atol=1e-12)
    best = np.argmax(theirs) if spec.higher_is_better else np.argmin(theirs)
    assert result.ranks[best] == 1


def test_positive_only_method_names_the_cell() -> None:
    problem = make_problem([[1, 2], [0, 4], [3, 3]], [1, 1], [0.5, 0.5])
    with pytest.raises(MethodError, match="alternative 'a2', criterion 'c1'"):
        rank(problem, "aras")


def test_pymcdm_copras_adds_the_cost_sum_which_is_why_ours_is_used() -> None:
    # pymcdm 1.4's COPRAS reduces to Q = S+ + S- (cost criteria raise the score); ours uses
    # the relative-significance term and is checked against published examples elsewhere.
    rng = np.random.default_rng(9)
    x = rng.uniform(1, 100, size=(7, 4))
    w = np.array([0.4, 0.3, 0.2, 0.1])
    types = np.array([1, -1, 1, 1])
    ours = rank(make_problem(x, types, w), "copras")
    theirs = pm.COPRAS()(x, w, types)
    s_plus, s_minus = ours.details["S_plus"], ours.details["S_minus"]
    wrong_q = s_plus + s_minus
    np.testing.assert_allclose(theirs, wrong_q / wrong_q.max(), rtol=1e-12)
    assert not np.allclose(ours.scores, theirs)
