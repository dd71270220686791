"""Hierarchical synthesis of AHP priorities (distributive and ideal modes) and the AHP method."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.ahp.priorities import PRIORITIZATIONS, AHPResult
from decision.errors import AHPError, InputError, MethodError
from decision.methods.base import Context, MethodOutput, MethodSpec, Parameter
from decision.normalization import describe, normalize
from decision.problem import Problem
from decision.ranks import TIE_RULE, competition_ranks
from decision.results import Conventions, PerCriterion, RankingResult
from decision.validation import check_matrix, check_weights

Array = npt.NDArray[np.float64]

MODES: dict[str, str] = {
    "distributive": "distributive mode: each criterion's local priorities sum to 1, global "
    "priority = weighted sum (global priorities sum to 1)",
    "ideal": "ideal mode (Saaty): each criterion's local priorities divided by their largest "
    "value, weighted sum, then the global scores renormalised to sum 1",
}
PERFORMANCE_SOURCE = (
    "local priorities from the performance values: benefit x/sum(x), cost (1/x)/sum(1/x) "
    "(sum normalization; needs values > 0)"
)


def synthesize(
    criteria_weights: npt.ArrayLike, local_priorities: npt.ArrayLike, mode: str = "distributive"
) -> Array:
    """Global priorities of the alternatives from criteria weights and local priorities.

    Parameters
    ----------
    criteria_weights : array_like
        n weights (renormalised to sum 1).
    local_priorities : array_like
        m x n, column j the alternatives' priorities under criterion j (non-negative,
        not all zero); each column is renormalised to sum 1 (distributive) or divided
        by its largest value (ideal).
    mode : {"distributive", "ideal"}

    Returns
    -------
    ndarray
        m global priorities summing to 1; higher is better.
    """
    if mode not in MODES:
        raise MethodError(
            f"AHP mode '{mode}' is unknown; choose one of {', '.join(MODES)}", field="mode"
        )
    w = np.asarray(criteria_weights, dtype=float)
    w = w / w.sum()
    local = np.asarray(local_priorities, dtype=float)
    if mode == "distributive":
        scaled = local / local.sum(axis=0)
        out: Array = scaled @ w
        return out
    g = (local / local.max(axis=0)) @ w
    out = g / g.sum()
    return out


def local_priorities_from_performance(matrix: npt.ArrayLike, types: npt.ArrayLike) -> Array:
    """Local priorities per criterion from positive performance values (sum normalization)."""
    return normalize(matrix, types, "sum")


def hierarchy_weights(problem: Problem, group_results: Mapping[str | None, AHPResult]) -> Array:
    """Global leaf weights from per-group AHP results: the product of local weights down the tree.

    Parameters
    ----------
    problem : Problem
        Its criteria tree; a group's children without an AHP result keep their own
        ``weight`` values, normalised among siblings.
    group_results : mapping
        Group id -> AHP result over that group's children (by criterion id); the key
        ``None`` holds the result for the top-level criteria.

    Returns
    -------
    ndarray
        One weight per leaf criterion, in matrix column order, summing to 1.

    Raises
    ------
    AHPError
        A result whose items are not exactly the children of its group.
    InputError
        A criterion without a weight in a group without an AHP result.
    """
    local: dict[str, float] = {}
    parents: list[str | None] = list(dict.fromkeys(c.parent for c in problem.criteria))
    known = {c.id for c in problem.criteria}
    for key in group_results:
        if key is not None and key not in known:
            raise AHPError(
                f"pairwise group '{key}': no criteria group with this id", field="groups"
            )
    for parent in parents:
        siblings = problem.children(parent)
        ids = [c.id for c in siblings]
        label = "top-level criteria" if parent is None else f"group '{parent}'"
        if parent in group_results:
            result = group_results[parent]
            missing = sorted(set(ids) - set(result.items))
            extra = sorted(set(result.items) - set(ids))
            if missing or extra:
                what = "; ".join(
                    part
                    for part in (
                        f"missing {', '.join(repr(x) for x in missing)}" if missing else "",
                        f"not in it {', '.join(repr(x) for x in extra)}" if extra else "",
                    )
                    if part
                )
                raise AHPError(
                    f"pairwise comparison of the {label} must cover exactly its criteria ({what})",
                    criterion=parent,
                    field="items",
                )
            local.update(result.weight_map())
            continue
        absent = [c.id for c in siblings if c.weight is None]
        if absent:
            raise InputError(
                f"criterion '{absent[0]}' has no weight (give weights or pairwise judgments "
                f"for the {label})",
                criterion=absent[0],
                field="weight",
            )
        raw = [float(c.weight) for c in siblings if c.weight is not None]
        local.update(zip(ids, check_weights(raw, ids, group=parent).tolist(), strict=True))
    by_id = {c.id: c for c in problem.criteria}
    out = np.empty(len(problem.leaves))
    for j, leaf in enumerate(problem.leaves):
        w, node = local[leaf.id], leaf
        while node.parent is not None:
            node = by_id[node.parent]
            w *= local[node.id]
        out[j] = w
    return out


def _compute(
    matrix: Array,
    weights: Array,
    types: npt.NDArray[np.int8],
    params: Mapping[str, Any],
    ctx: Context,
) -> MethodOutput:
    local = local_priorities_from_performance(matrix, types)
    scores = synthesize(weights, local, params["mode"])
    return MethodOutput(
        scores=scores,
        details={
            "criteria_weights": dict(
                zip((c.id for c in ctx.criteria), weights.tolist(), strict=True)
            ),
            "local_priorities": PerCriterion(local),
        },
        normalization=describe("sum"),
        notes=(
            MODES[params["mode"]],
            "no pairwise judgments of the alternatives: " + PERFORMANCE_SOURCE,
            "the prioritization parameter applies only to pairwise matrices",
        ),
    )


SPEC = MethodSpec(
    key="ahp",
    label="AHP",
    description="Analytic Hierarchy Process: criteria weights times the alternatives' local "
    "priorities, synthesized in distributive or ideal mode.",
    compute=_compute,
    parameters=(
        Parameter(
            "mode",
            "choice",
            "distributive",
            "Distributive: local priorities sum to 1 per criterion; ideal: divided by the best "
            "alternative's, so adding a copy of a weak alternative cannot reverse ranks.",
            choices=tuple(MODES),
        ),
        Parameter(
            "prioritization",
            "choice",
            "eigenvector",
            "How priorities are derived from a pairwise matrix: principal eigenvector "
            "(Saaty) or row geometric mean.",
            choices=tuple(PRIORITIZATIONS),
        ),
    ),
    needs=lambda p: {"positive": True},
    reference="Saaty, T.L. (1980) The Analytic Hierarchy Process. McGraw-Hill, New York.",
)


def _aligned(result: AHPResult, ids: Sequence[str], label: str, kind: str) -> Array:
    """A result's weights in the order of ``ids``; its items must be exactly those ids."""
    wmap = result.weight_map()
    for x in ids:
        if x not in wmap:
            raise AHPError(f"{label}: {kind} '{x}' is missing from the comparison", field="items")
    for x in wmap:
        if x not in ids:
            raise AHPError(f"{label}: '{x}' is compared but is not a {kind}", field="items")
    return np.array([wmap[x] for x in ids])


def rank_ahp(
    problem: Problem,
    criteria_weights: npt.ArrayLike | AHPResult | None = None,
    local_priorities: Mapping[str, npt.ArrayLike | AHPResult] | None = None,
    mode: str = "distributive",
    prioritization: str = "eigenvector",
    matrices_info: Mapping[str, AHPResult] | None = None,
    *,
    weights_source: str | None = None,
) -> RankingResult:
    """Rank the alternatives by AHP global priority (higher is better).

    Parameters
    ----------
    problem : Problem
        Criteria, alternatives and (for criteria without pairwise judgments of the
        alternatives) positive performance values.
    criteria_weights : array_like or AHPResult, optional
        Global leaf weights, or the AHP result of the criteria comparison (items = leaf
        ids). By default ``problem.global_weights()``; for a criteria tree with
        per-group matrices use :func:`hierarchy_weights`.
    local_priorities : mapping, optional
        Criterion id -> the alternatives' local priorities under it, as an array in
        ``problem.alternatives`` order or as the AHP result of their pairwise
        comparison (items = alternative ids). Criteria not in it take their local
        priorities from the performance column (sum normalization, values > 0).
    mode : {"distributive", "ideal"}
    prioritization : {"eigenvector", "geometric"}
        Recorded in the conventions; it is how the given AHP results were derived.
    matrices_info : mapping, optional
        Further pairwise results used (e.g. criteria groups) whose CR must be reported,
        by key; results passed as ``criteria_weights`` (key ``"criteria"``) or in
        ``local_priorities`` (key = criterion id) are reported without it.
    weights_source : str, optional
        How array ``criteria_weights`` were obtained, for the conventions.

    Returns
    -------
    RankingResult
        ``details`` hold ``criteria_weights`` {criterion id: w}, ``local_priorities``
        {criterion id: {alternative id: p}}, ``local_source`` {criterion id: "pairwise"
        or "performance"} and ``cr`` {"criteria" or criterion id or key: CR}.
    """
    if mode not in MODES:
        raise MethodError(
            f"AHP mode '{mode}' is unknown; choose one of {', '.join(MODES)}", field="mode"
        )
    if prioritization not in PRIORITIZATIONS:
        raise MethodError(
            f"prioritization '{prioritization}' is unknown; choose one of "
            f"{', '.join(PRIORITIZATIONS)}",
            field="prioritization",
        )
    leaf_ids = problem.leaf_ids
    alt_ids = problem.alternative_ids
    m, n = len(alt_ids), len(leaf_ids)
    results: dict[str, AHPResult] = {}
    if isinstance(criteria_weights, AHPResult):
        results["criteria"] = criteria_weights
        label = "pairwise comparison of the criteria"
        w = check_weights(_aligned(criteria_weights, leaf_ids, label, "leaf criterion"), leaf_ids)
        source = weights_source or "AHP pairwise comparison of the criteria"
    elif criteria_weights is None:
        w = problem.global_weights()
        source = weights_source or problem.weights_source
    else:
        w = check_weights(criteria_weights, leaf_ids)
        pairwise = "criteria" in (matrices_info or {})
        source = weights_source or (
            "AHP pairwise comparison of the criteria" if pairwise else "given weights"
        )
    given = dict(local_priorities or {})
    unknown = [c for c in given if c not in leaf_ids]
    if unknown:
        raise InputError(
            f"local priorities given for '{unknown[0]}', which is not a leaf criterion",
            criterion=unknown[0],
        )
    local = np.empty((m, n))
    from_data = [j for j, c in enumerate(leaf_ids) if c not in given]
    if from_data:
        sub_ids = [leaf_ids[j] for j in from_data]
        values = check_matrix(
            problem.matrix[:, from_data], alt_ids, sub_ids, method="AHP", positive=True
        )
        local[:, from_data] = local_priorities_from_performance(values, problem.types[from_data])
    for j, cid in enumerate(leaf_ids):
        if cid not in given:
            continue
        p = given[cid]
        if isinstance(p, AHPResult):
            results[cid] = p
            col = _aligned(p, alt_ids, f"criterion '{cid}', alternatives", "alternative")
        else:
            col = np.asarray(p, dtype=float)
        if col.shape != (m,) or not np.isfinite(col).all() or (col < 0).any() or col.sum() <= 0:
            raise InputError(
                f"criterion '{cid}': local priorities must be {m} finite values >= 0, "
                "not all zero (one per alternative)",
                criterion=cid,
                field="local_priorities",
            )
        local[:, j] = col / col.sum()
    results.update(matrices_info or {})
    scores = synthesize(w, local, mode)
    notes = [MODES[mode]]
    if from_data:
        notes.append(
            PERFORMANCE_SOURCE + " for " + ", ".join(f"'{leaf_ids[j]}'" for j in from_data)
        )
    tables = sorted({r.random_index_table for r in results.values()})
    completions = sorted({r.completion_method for r in results.values() if r.completion_method})
    for r in results.values():
        for note in r.conventions.notes:
            if note not in notes and not note.startswith("suggestions:"):
                notes.append(note)
    return RankingResult(
        method="ahp",
        alternative_ids=alt_ids,
        alternative_names=problem.alternative_names,
        criterion_ids=leaf_ids,
        scores=scores,
        ranks=competition_ranks(scores, higher_is_better=True),
        weights=w,
        higher_is_better=True,
        conventions=Conventions(
            method="AHP",
            normalization=describe("sum") if from_data else None,
            tie_rule=TIE_RULE,
            random_index_table="; ".join(tables) if tables else None,
            completion_method="; ".join(completions) if completions else None,
            weights_source=source,
            parameters={"mode": mode, "prioritization": prioritization},
            notes=tuple(notes),
        ),
        details={
            "criteria_weights": dict(zip(leaf_ids, w.tolist(), strict=True)),
            "local_priorities": PerCriterion(local),
            "local_source": {
                cid: "pairwise" if cid in results else ("given" if cid in given else "performance")
                for cid in leaf_ids
            },
            "cr": {key: r.cr for key, r in results.items()},
        },
    )
