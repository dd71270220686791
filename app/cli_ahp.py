"""AHP glue for the command line: pairwise blocks of a file to engine results and JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.ahp import AHPResult, ahp_priorities, from_judgments, from_matrix, hierarchy_weights
from decision.ahp.synthesis import rank_ahp
from decision.files import PairwiseInput, ProblemFile, parse_ahp
from decision.results import RankingResult


def solve_block(block: PairwiseInput, prioritization: str) -> AHPResult:
    """Priorities and consistency of one pairwise block (matrix or judgments)."""
    if block.matrix is not None:
        pm = from_matrix(block.items, block.matrix, where=block.where)
    else:
        pm = from_judgments(block.items, block.judgments, where=block.where)
    return ahp_priorities(pm, prioritization)


def result_json(result: AHPResult) -> dict[str, Any]:
    """The `innocite ahp --json` contract."""
    return {
        "weights": dict(zip(result.items, (float(w) for w in result.weights), strict=True)),
        "lambda_max": result.lambda_max,
        "ci": result.ci,
        "cr": result.cr,
        "random_index": result.random_index,
        "random_index_table": result.random_index_table,
        "prioritization": result.prioritization,
        "completed": result.completed,
        "completion_method": result.completion_method,
        "suggestions": [dict(s) for s in result.suggestions],
        "conventions": result.conventions.as_dict(),
    }


def single_matrix(data: Any, prioritization: str) -> dict[str, Any]:
    """`innocite ahp FILE`: one matrix of items."""
    return result_json(solve_block(parse_ahp(data), prioritization))


def criteria_weights_from_pairwise(
    pf: ProblemFile, params: Mapping[str, Any]
) -> tuple[npt.NDArray[np.float64] | None, dict[str, AHPResult]]:
    """Leaf weights from the criteria (and group) comparisons of a file, with their results."""
    prioritization = str(params.get("prioritization", "eigenvector"))
    groups: dict[str | None, AHPResult] = {}
    info: dict[str, AHPResult] = {}
    if pf.criteria_pairwise is not None:
        groups[None] = info["criteria"] = solve_block(pf.criteria_pairwise, prioritization)
    for gid, block in pf.group_pairwise.items():
        groups[gid] = info[f"group {gid}"] = solve_block(block, prioritization)
    if not groups:
        return None, info
    return hierarchy_weights(pf.problem, groups), info


def rank_with_ahp(pf: ProblemFile, params: Mapping[str, Any]) -> RankingResult:
    """`innocite rank --method ahp`: criteria weights and local priorities from judgments."""
    prioritization = str(params.get("prioritization", "eigenvector"))
    mode = str(params.get("mode", "distributive"))
    weights, info = criteria_weights_from_pairwise(pf, params)
    local = {
        cid: solve_block(block, prioritization) for cid, block in pf.alternative_pairwise.items()
    }
    return rank_ahp(
        pf.problem,
        weights,
        local,
        mode,
        prioritization,
        info,
        weights_source="AHP pairwise comparison of the criteria" if info else None,
    )
