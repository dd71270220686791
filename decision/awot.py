"""SWOT-AHP (A'WOT): AHP priorities of SWOT factors, their groups, and strategies scored on them."""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.ahp.group import AIJ, aggregate_judgments
from decision.ahp.matrix import from_matrix
from decision.ahp.priorities import PRIORITIZATIONS, AHPResult, ahp_priorities
from decision.errors import InputError
from decision.results import Conventions

Array = npt.NDArray[np.float64]

SWOT: tuple[str, ...] = ("S", "W", "O", "T")
SWOT_NAMES: dict[str, str] = {
    "S": "Strengths",
    "W": "Weaknesses",
    "O": "Opportunities",
    "T": "Threats",
}
REFERENCES: tuple[str, ...] = (
    "Kurttila, M., Pesonen, M., Kangas, J. & Kajanus, M. (2000) Utilizing the analytic "
    "hierarchy process (AHP) in SWOT analysis - a hybrid method and its application to a "
    "forest-certification case. Forest Policy and Economics 1(1):41-52.",
    "Kangas, J., Pesonen, M., Kurttila, M. & Kajanus, M. (2001) A'WOT: integrating the AHP "
    "with SWOT analysis. Proceedings of the 6th International Symposium on the Analytic "
    "Hierarchy Process (ISAHP 2001), Bern.",
)


@dataclass(frozen=True)
class Comparison:
    """The judgments behind one priority vector: participants' matrices or direct weights.

    Exactly one of ``matrices`` (one n x n reciprocal matrix per participant, rows and
    columns in ``items`` order) and ``weights`` (one non-negative number per item) is
    given. A single item needs neither (its priority is 1).
    """

    items: tuple[str, ...]
    matrices: tuple[Any, ...] = ()
    weights: tuple[float, ...] | None = None
    participant_weights: tuple[float, ...] | None = None

    @classmethod
    def from_matrix(cls, items: Sequence[str], matrix: Any) -> Comparison:
        """One participant's pairwise matrix."""
        return cls(tuple(items), (matrix,))

    @classmethod
    def from_matrices(
        cls,
        items: Sequence[str],
        matrices: Sequence[Any],
        participant_weights: Sequence[float] | None = None,
    ) -> Comparison:
        """Several participants' matrices, combined by the geometric mean (AIJ)."""
        pw = None if participant_weights is None else tuple(participant_weights)
        return cls(tuple(items), tuple(matrices), None, pw)

    @classmethod
    def from_weights(cls, weights: Mapping[str, float]) -> Comparison:
        """Priorities given directly, as {item: weight} (normalised to sum 1)."""
        return cls(tuple(weights), (), tuple(weights.values()))


@dataclass(frozen=True)
class Priorities:
    """One comparison's priorities (sum 1) and, when it came from matrices, its AHP result."""

    items: tuple[str, ...]
    weights: Array = field(compare=False, repr=False)
    source: str  # "pairwise", "weights" or "single"
    participants: int
    ahp: AHPResult | None = None

    @property
    def cr(self) -> float | None:
        """Consistency ratio of the (aggregated) matrix; None for direct weights."""
        return None if self.ahp is None else self.ahp.cr

    def weight_map(self) -> dict[str, float]:
        return {k: float(v) for k, v in zip(self.items, self.weights, strict=True)}


@dataclass(frozen=True)
class StrategyScores:
    """Strategy options rated against the SWOT factors: ``scores[s, j]`` for ``factors[j]``.

    Higher is better for every factor: rate how well the strategy uses a strength or an
    opportunity and how well it copes with a weakness or a threat.
    """

    strategies: tuple[str, ...]
    factors: tuple[str, ...]
    scores: Any


@dataclass(frozen=True)
class StrategyComparisons:
    """Strategy options compared pairwise with respect to each SWOT factor (A'WOT).

    ``comparisons[factor]`` is a :class:`Comparison` over ``strategies`` (one or several
    participants' matrices, or weights given directly); every SWOT factor needs one unless
    there is a single strategy.
    """

    strategies: tuple[str, ...]
    comparisons: Mapping[str, Comparison]


@dataclass(frozen=True)
class StrategyPriorities:
    """Strategy priorities of A'WOT (Kangas et al. 2001).

    ``local[factor]`` are the AHP priorities of the strategies with respect to that factor;
    ``priorities[s] = sum_f global(f) * local[f][s]``; they sum to 1.
    """

    strategies: tuple[str, ...]
    local: Mapping[str, Priorities]
    priorities: Mapping[str, float]

    def cr(self) -> dict[str, float | None]:
        """{factor: CR of the strategy comparison with respect to it} (None: no matrix)."""
        return {f: p.cr for f, p in self.local.items()}

    def ranking(self) -> list[tuple[str, float]]:
        return sorted(self.priorities.items(), key=lambda kv: -kv[1])

    def as_dict(self) -> dict[str, Any]:
        return {
            "priorities": dict(self.priorities),
            "local": {f: p.weight_map() for f, p in self.local.items()},
            "cr": self.cr(),
            "participants": {f: p.participants for f, p in self.local.items()},
        }


def strategy_priorities(
    global_priorities: Mapping[str, float],
    comparisons: StrategyComparisons,
    *,
    prioritization: str = "eigenvector",
) -> StrategyPriorities:
    """A'WOT strategy priorities: sum over factors of global factor priority x the local
    priority of the strategy from the pairwise comparison with respect to that factor.

    Parameters
    ----------
    global_priorities : mapping {factor: global priority}
        The global priorities of all SWOT factors (they sum to 1).
    comparisons : StrategyComparisons
        One comparison of the strategies per factor.
    prioritization : {"eigenvector", "geometric"}

    Returns
    -------
    StrategyPriorities
        Priorities summing to 1 (as the global priorities do).

    Raises
    ------
    InputError, AHPError
        Fewer than one strategy, a duplicate name, a comparison for an unknown factor or
        none for a factor, a comparison not over exactly the strategies, a bad matrix.
    """
    names = tuple(comparisons.strategies)
    if not names:
        raise InputError("strategies: no strategy options given")
    for k, name in enumerate(names):
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"strategies: name {k + 1} is {name!r}, expected text")
        if name in names[:k]:
            raise InputError(f"strategies: '{name}' appears twice")
    unknown = [f for f in comparisons.comparisons if f not in global_priorities]
    if unknown:
        raise InputError(f"strategies.comparisons: '{unknown[0]}' is not one of the SWOT factors")
    local: dict[str, Priorities] = {}
    for f in global_priorities:
        where = f"strategies.comparisons.{f}"
        c = comparisons.comparisons.get(f)
        if c is None:
            if len(names) > 1:
                raise InputError(
                    f"strategies.comparisons: no pairwise comparison of the strategies with "
                    f"respect to factor '{f}'"
                )
            c = Comparison(names)
        if set(c.items) != set(names) or len(c.items) != len(names):
            raise InputError(f"{where}: must compare exactly the strategies {', '.join(names)}")
        p = priorities(c, where=where, prioritization=prioritization)
        order = [p.items.index(s) for s in names]
        w = np.asarray(p.weights)[order]
        w.setflags(write=False)
        local[f] = Priorities(names, w, p.source, p.participants, p.ahp)
    totals = {
        s: float(sum(global_priorities[f] * float(local[f].weights[k]) for f in local))
        for k, s in enumerate(names)
    }
    return StrategyPriorities(names, local, totals)


@dataclass(frozen=True)
class AWOTResult:
    """Group, local and global priorities of the SWOT factors, CRs and strategy scores.

    ``global_priorities[g][f] = group_weights[g] * local[g][f]``; they sum to 1 over
    all factors. ``strategy_scores[s] = sum_f global(f) * score(s, f)``.
    """

    groups: Priorities
    local: Mapping[str, Priorities]
    global_priorities: Mapping[str, Mapping[str, float]]
    strategy_scores: Mapping[str, float] | None
    conventions: Conventions
    strategy_pairwise: StrategyPriorities | None = None

    @property
    def group_weights(self) -> dict[str, float]:
        return self.groups.weight_map()

    def cr(self) -> dict[str, float | None]:
        """{"groups": CR of the group comparison, "S": ..., "W": ..., "O": ..., "T": ...}."""
        out: dict[str, float | None] = {"groups": self.groups.cr}
        out.update({g: self.local[g].cr for g in SWOT})
        return out

    def ranking(self) -> list[tuple[str, str, float]]:
        """All factors as (group, factor, global priority), largest first."""
        rows = [(g, f, w) for g in SWOT for f, w in self.global_priorities[g].items()]
        return sorted(rows, key=lambda r: -r[2])

    def as_dict(self) -> dict[str, Any]:
        """The JSON contract of `innocite awot --json`, plus extras."""
        out: dict[str, Any] = {
            "group_weights": self.group_weights,
            "local": {g: self.local[g].weight_map() for g in SWOT},
            "global": {g: dict(self.global_priorities[g]) for g in SWOT},
            "cr": self.cr(),
            "sources": {"groups": self.groups.source} | {g: self.local[g].source for g in SWOT},
            "participants": {"groups": self.groups.participants}
            | {g: self.local[g].participants for g in SWOT},
            "ranking": [{"group": g, "factor": f, "global": w} for g, f, w in self.ranking()],
        }
        if self.strategy_scores is not None:
            out["strategies"] = dict(self.strategy_scores)
        if self.strategy_pairwise is not None:
            out["strategy_priorities"] = self.strategy_pairwise.as_dict()
        out["conventions"] = self.conventions.as_dict()
        return out


def _finite_weights(values: Sequence[object], items: Sequence[str], where: str) -> Array:
    out = np.empty(len(values))
    for k, v in enumerate(values):
        if isinstance(v, bool) or not isinstance(v, numbers.Real):
            raise InputError(f"{where}: weight of '{items[k]}' is {v!r}, not a number")
        x = float(v)
        if not math.isfinite(x) or x < 0:
            raise InputError(f"{where}: weight of '{items[k]}' is {x:g}, must be finite and >= 0")
        out[k] = x
    if out.sum() <= 0:
        raise InputError(f"{where}: all weights are zero")
    return out


def priorities(
    comparison: Comparison, *, where: str = "", prioritization: str = "eigenvector"
) -> Priorities:
    """Priorities of one comparison: AHP of the (AIJ-aggregated) matrix, or the given weights.

    Parameters
    ----------
    comparison : Comparison
        Matrices (one per participant) or direct weights over ``comparison.items``.
    where : str
        Label for error messages, e.g. ``"groups.S"``.
    prioritization : {"eigenvector", "geometric"}
        How the engine's AHP derives weights from a matrix.

    Returns
    -------
    Priorities

    Raises
    ------
    InputError, AHPError
        Duplicate or empty item names, neither or both of matrices and weights, a
        matrix that is not n x n or not reciprocal, weights that are negative or all 0.
    """
    items = comparison.items
    if not items:
        raise InputError(f"{where}: no factors given")
    for k, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise InputError(f"{where}: factor {k + 1} is {item!r}, expected a non-empty name")
        if item in items[:k]:
            raise InputError(f"{where}: factor '{item}' appears twice")
    has_m, has_w = bool(comparison.matrices), comparison.weights is not None
    if has_m and has_w:
        raise InputError(f"{where}: give either a matrix or weights, not both")
    if has_w:
        assert comparison.weights is not None
        if len(comparison.weights) != len(items):
            raise InputError(f"{where}: {len(comparison.weights)} weights for {len(items)} factors")
        w = _finite_weights(comparison.weights, items, where)
        w = w / w.sum()
        w.setflags(write=False)
        return Priorities(items, w, "weights", 0)
    if not has_m:
        if len(items) == 1:
            one = np.ones(1)
            one.setflags(write=False)
            return Priorities(items, one, "single", 0)
        raise InputError(f"{where}: give a pairwise matrix or weights for {len(items)} factors")
    if prioritization not in PRIORITIZATIONS:
        raise InputError(
            f"prioritization '{prioritization}' is unknown; choose one of "
            f"{', '.join(PRIORITIZATIONS)}",
            field="prioritization",
        )
    k = len(comparison.matrices)
    pms = [
        from_matrix(items, m, where=f"{where}, participant {p + 1}" if k > 1 else where)
        for p, m in enumerate(comparison.matrices)
    ]
    pw = comparison.participant_weights
    if pw is not None and len(pw) != k:
        raise InputError(f"{where}: {len(pw)} participant weights for {k} participant matrices")
    pm = pms[0] if k == 1 and pw is None else aggregate_judgments(pms, pw, where=where)
    result = ahp_priorities(pm, prioritization, suggestions=0)
    return Priorities(items, result.weights, "pairwise", k, result)


def _check_groups(groups: Mapping[str, Comparison]) -> None:
    unknown = [g for g in groups if g not in SWOT]
    if unknown:
        raise InputError(
            f"groups: '{unknown[0]}' is not a SWOT group; use S, W, O and T", field="groups"
        )
    for g in SWOT:
        if g not in groups:
            raise InputError(
                f"groups: '{g}' ({SWOT_NAMES[g]}) is missing; A'WOT needs all four groups "
                "S, W, O, T",
                field="groups",
            )
    seen: dict[str, str] = {}
    for g in SWOT:
        for k, f in enumerate(groups[g].items):
            if not isinstance(f, str) or not f.strip():
                raise InputError(
                    f"groups.{g}: factor {k + 1} is {f!r}, expected a non-empty name",
                    field="groups",
                )
            if f in groups[g].items[:k]:
                raise InputError(f"groups.{g}: factor '{f}' appears twice", field="groups")
            if f in seen:
                raise InputError(
                    f"groups: factor '{f}' appears in both {seen[f]} and {g}; name the SWOT "
                    "factors uniquely",
                    field="groups",
                )
            seen[f] = g


def _strategy_scores(s: StrategyScores, global_map: Mapping[str, float]) -> dict[str, float]:
    names = tuple(s.strategies)
    for k, name in enumerate(names):
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"strategies: name {k + 1} is {name!r}, expected text")
        if name in names[:k]:
            raise InputError(f"strategies: '{name}' appears twice")
    factors = tuple(s.factors)
    unknown = [f for f in factors if f not in global_map]
    if unknown:
        raise InputError(f"strategies: factor '{unknown[0]}' is not one of the SWOT factors")
    missing = [f for f in global_map if f not in factors]
    if missing:
        raise InputError(f"strategies: no scores for factor '{missing[0]}'")
    if len(set(factors)) != len(factors):
        raise InputError("strategies: a factor appears twice among the score columns")
    rows = s.scores
    if not isinstance(rows, Sequence | np.ndarray) or len(rows) != len(names):
        raise InputError(f"strategies: expected {len(names)} rows of scores, one per strategy")
    w = np.array([global_map[f] for f in factors])
    out: dict[str, float] = {}
    for i, name in enumerate(names):
        row = rows[i]
        if not isinstance(row, Sequence | np.ndarray) or len(row) != len(factors):
            raise InputError(
                f"strategies: strategy '{name}' needs {len(factors)} scores, one per factor"
            )
        vals = np.empty(len(factors))
        for j, v in enumerate(row):
            if isinstance(v, bool) or not isinstance(v, numbers.Real) or not math.isfinite(v):
                raise InputError(
                    f"strategies: strategy '{name}', factor '{factors[j]}': score {v!r} is "
                    "not a finite number"
                )
            vals[j] = float(v)
        out[name] = float(vals @ w)
    return out


def awot(
    groups: Mapping[str, Comparison],
    group_comparison: Comparison,
    *,
    strategies: StrategyScores | None = None,
    strategy_comparisons: StrategyComparisons | None = None,
    prioritization: str = "eigenvector",
) -> AWOTResult:
    """SWOT-AHP (A'WOT) priorities of the SWOT factors (Kurttila et al. 2000).

    Parameters
    ----------
    groups : mapping {"S", "W", "O", "T"} -> Comparison
        The factors of each group with their pairwise matrix (one or several
        participants) or direct weights. Factor names are unique across groups.
    group_comparison : Comparison
        Over the items ("S", "W", "O", "T") in any order: a 4 x 4 pairwise matrix
        (or several participants') or direct group weights.
    strategies : StrategyScores, optional
        Strategy options scored against every factor; each gets the weighted sum of its
        scores with the global priorities.
    prioritization : {"eigenvector", "geometric"}
        AHP prioritization for every matrix (eigenvector as in A'WOT).

    Returns
    -------
    AWOTResult

    Raises
    ------
    InputError, AHPError
        A missing or unknown group, a factor in two groups, a group comparison not over
        exactly S, W, O, T, or any invalid matrix, weight or score (the message names
        the group, participant and factor).
    """
    _check_groups(groups)
    if set(group_comparison.items) != set(SWOT) or len(group_comparison.items) != 4:
        raise InputError(
            "group comparison: must be over exactly the groups S, W, O, T, got "
            f"{', '.join(map(str, group_comparison.items)) or 'none'}",
            field="group_matrix",
        )
    top = priorities(group_comparison, where="group comparison", prioritization=prioritization)
    gw = top.weight_map()
    local = {
        g: priorities(groups[g], where=f"groups.{g}", prioritization=prioritization) for g in SWOT
    }
    global_priorities = {g: {f: gw[g] * w for f, w in local[g].weight_map().items()} for g in SWOT}
    flat = {f: w for g in SWOT for f, w in global_priorities[g].items()}
    scores = None if strategies is None else _strategy_scores(strategies, flat)
    pairwise = (
        None
        if strategy_comparisons is None
        else strategy_priorities(flat, strategy_comparisons, prioritization=prioritization)
    )
    participants = {g: local[g].participants for g in SWOT} | {"groups": top.participants}
    notes = [
        "local priorities: AHP within each SWOT group (or weights given directly, "
        "normalised to sum 1)",
        "group weights: AHP over S, W, O, T (or weights given directly)",
        "global priority = group weight x local priority; all global priorities sum to 1",
        f"prioritization: {PRIORITIZATIONS[prioritization]}",
    ]
    if any(p > 1 for p in participants.values()):
        notes.append(f"several participants: {AIJ}")
    if strategies is not None:
        notes.append(
            "strategy score = sum over factors of global priority x score (higher is better)"
        )
    if strategy_comparisons is not None:
        notes.append(
            "strategy priority = sum over factors of global priority x local priority of "
            "the strategy from the pairwise comparison with respect to that factor"
        )
    return AWOTResult(
        groups=top,
        local=local,
        global_priorities=global_priorities,
        strategy_scores=scores,
        strategy_pairwise=pairwise,
        conventions=Conventions(
            method="SWOT-AHP (A'WOT)",
            random_index_table="; ".join(
                sorted({p.ahp.random_index_table for p in (top, *local.values()) if p.ahp})
            )
            or None,
            parameters={"prioritization": prioritization, "participants": participants},
            notes=(*notes, *REFERENCES),
        ),
    )


@dataclass(frozen=True)
class AWOTInput:
    """A'WOT input as read from a file: run it with :func:`awot` via :meth:`run`."""

    groups: Mapping[str, Comparison]
    group_comparison: Comparison
    strategies: StrategyScores | None = None
    prioritization: str = "eigenvector"
    strategy_comparisons: StrategyComparisons | None = None

    def run(self) -> AWOTResult:
        return awot(
            self.groups,
            self.group_comparison,
            strategies=self.strategies,
            strategy_comparisons=self.strategy_comparisons,
            prioritization=self.prioritization,
        )


def _names(value: object, where: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise InputError(f"{where}: expected a list of names, got {value!r}")
    for k, name in enumerate(value):
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"{where}: name {k + 1} is {name!r}, expected a non-empty text")
    return tuple(value)


def _comparison_json(
    obj: object, where: str, items: tuple[str, ...] | None, key_m: str, key_w: str
) -> Comparison:
    """A Comparison from {"factors", "matrix" | "matrices" | "weights"} (or the top level)."""
    # keys read at the top level are named alone ("group_weights"), in a group with it
    prefix = "" if items is not None else f"{where}."
    if not isinstance(obj, Mapping):
        raise InputError(f"{where}: expected an object with factors and a matrix or weights")
    if items is None:
        if "factors" not in obj:
            raise InputError(f"{where}: 'factors' is missing")
        items = _names(obj["factors"], f"{where}.factors")
    plural = f"{key_m.removesuffix('matrix')}matrices"
    given = [k for k in (key_m, plural, key_w) if k in obj]
    if len(given) > 1:
        raise InputError(f"{where}: give only one of {', '.join(given)}")
    pw = obj.get("participant_weights")
    if key_m in obj:
        return Comparison.from_matrix(items, obj[key_m])
    if plural in obj:
        mats = obj[plural]
        if isinstance(mats, str) or not isinstance(mats, Sequence) or not mats:
            raise InputError(f"{prefix}{plural}: expected a non-empty list of matrices")
        if pw is not None and (isinstance(pw, str) or not isinstance(pw, Sequence)):
            raise InputError(f"{prefix}participant_weights: expected a list of numbers")
        return Comparison.from_matrices(items, list(mats), None if pw is None else list(pw))
    if key_w in obj:
        w = obj[key_w]
        what = "the factors" if prefix else "the groups S, W, O, T"
        if not isinstance(w, Mapping):
            raise InputError(f"{prefix}{key_w}: expected {{name: weight}}")
        if set(w) != set(items) or len(w) != len(items):
            extra = sorted(set(w) - set(items))
            lacking = [f for f in items if f not in w]
            detail = (
                f"'{extra[0]}' is not one of {what}" if extra else f"no weight for '{lacking[0]}'"
            )
            raise InputError(f"{prefix}{key_w}: names differ from {what} ({detail})")
        return Comparison(items, (), tuple(w[f] for f in items))
    return Comparison(items)


def awot_input_from_json(data: object) -> AWOTInput:
    """Read the `innocite awot` file contract (see docs/dematel_awot.md).

    ``{"groups": {"S": {"factors": [...], "matrix": [[...]]}, ...}, "group_matrix": 4 x 4
    in the order S, W, O, T}``; a group may give ``"weights": {factor: w}`` or
    ``"matrices"`` (participants) instead of ``"matrix"``; ``"group_weights": {"S": ...}``
    or ``"group_matrices"`` may replace ``"group_matrix"``; optional ``"strategies":
    {"names": [...], "factors": [...], "scores": [[...]]}`` (factors default to all SWOT
    factors in group order) and/or ``"comparisons": {factor: {"matrix" | "matrices" |
    "weights"}}`` (the strategies compared pairwise with respect to each factor, A'WOT) and
    ``"prioritization"``.
    """
    if not isinstance(data, Mapping):
        raise InputError("expected a JSON object with 'groups' and 'group_matrix'")
    raw = data.get("groups")
    if not isinstance(raw, Mapping):
        raise InputError("'groups' is missing: give S, W, O and T with their factors")
    groups = {
        str(g): _comparison_json(v, f"groups.{g}", None, "matrix", "weights")
        for g, v in raw.items()
    }
    _check_groups(groups)
    if not any(k in data for k in ("group_matrix", "group_matrices", "group_weights")):
        raise InputError("give 'group_matrix' (4 x 4 in the order S, W, O, T) or 'group_weights'")
    top = _comparison_json(data, "group comparison", SWOT, "group_matrix", "group_weights")
    strategies = None
    pairwise = None
    if data.get("strategies") is not None:
        s = data["strategies"]
        if (
            not isinstance(s, Mapping)
            or "names" not in s
            or ("scores" not in s and "comparisons" not in s)
        ):
            raise InputError(
                "strategies: expected {'names': [...], 'scores': [[...]]} or "
                "{'names': [...], 'comparisons': {factor: {'matrix': [[...]]}}}"
            )
        names = _names(s["names"], "strategies.names")
        if "scores" in s:
            factors = (
                _names(s["factors"], "strategies.factors")
                if "factors" in s
                else tuple(f for g in SWOT for f in groups[g].items)
            )
            strategies = StrategyScores(names, factors, s["scores"])
        if "comparisons" in s:
            raw_c = s["comparisons"]
            if not isinstance(raw_c, Mapping):
                raise InputError("strategies.comparisons: expected {factor: {'matrix': [[...]]}}")
            pairwise = StrategyComparisons(
                names,
                {
                    str(f): _comparison_json(
                        {**c, "factors": list(names)} if isinstance(c, Mapping) else c,
                        f"strategies.comparisons.{f}",
                        None,
                        "matrix",
                        "weights",
                    )
                    for f, c in raw_c.items()
                },
            )
    prioritization = data.get("prioritization", "eigenvector")
    return AWOTInput(groups, top, strategies, str(prioritization), pairwise)
