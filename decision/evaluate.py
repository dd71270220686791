"""Rank a problem with any registered method: validate once, compute, rank with shared ties."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.methods.base import Context, MethodOutput, MethodSpec
from decision.methods.registry import get_method
from decision.problem import Problem
from decision.ranks import TIE_RULE, competition_ranks
from decision.results import Conventions, RankingResult
from decision.validation import check_matrix, check_weights


def rank(
    problem: Problem,
    method: str = "topsis",
    parameters: Mapping[str, Any] | None = None,
    *,
    weights: npt.ArrayLike | None = None,
    weights_source: str | None = None,
) -> RankingResult:
    """Rank the alternatives of ``problem``.

    Parameters
    ----------
    problem : Problem
        Criteria, alternatives and a complete performance matrix.
    method : str
        A key of ``decision.methods.registry.all_methods()``.
    parameters : mapping, optional
        Method parameters; missing ones take their defaults, unknown ones are ignored.
    weights : array_like, optional
        Global leaf weights; by default the problem's own (product down the tree).
    weights_source : str, optional
        How the weights were obtained, for the conventions (e.g. "entropy").

    Returns
    -------
    RankingResult
        Scores, competition ranks (1 best) and the conventions used.
    """
    spec = get_method(method)
    params = spec.resolve(parameters)
    if weights is None:
        w = problem.global_weights()
        source = weights_source or problem.weights_source
    else:
        w = check_weights(weights, problem.leaf_ids)
        source = weights_source or "given weights"
    out = run_method(problem, spec, params, w)
    scores = np.asarray(out.scores, dtype=float)
    return RankingResult(
        method=spec.key,
        alternative_ids=problem.alternative_ids,
        alternative_names=problem.alternative_names,
        criterion_ids=problem.leaf_ids,
        scores=scores,
        ranks=competition_ranks(scores, higher_is_better=spec.higher_is_better),
        weights=w,
        higher_is_better=spec.higher_is_better,
        conventions=Conventions(
            method=spec.label,
            normalization=out.normalization,
            tie_rule=TIE_RULE,
            weights_source=source,
            parameters=params,
            notes=out.notes,
        ),
        details=out.details,
    )


def run_method(
    problem: Problem, spec: MethodSpec, params: Mapping[str, Any], weights: npt.NDArray[np.float64]
) -> MethodOutput:
    """Validate the matrix once for ``spec`` with resolved ``params``, then compute.

    The step :func:`rank` wraps with ranks and conventions; tests of a single method
    call it to see the method's raw output after the same validation.
    """
    matrix = check_matrix(
        problem.matrix,
        problem.alternative_ids,
        problem.leaf_ids,
        method=spec.label,
        **spec.needs(params),
    )
    ctx = Context(problem.alternative_ids, problem.leaves)
    return spec.compute(matrix, weights, problem.types, params, ctx)
