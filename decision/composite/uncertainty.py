"""Monte Carlo uncertainty and first-order sensitivity of the composite ranks (batched).

Design: K weight vectors are drawn; each is evaluated under every combination of the
normalizations and aggregations chosen (a full factorial on the discrete choices), so
N = K x combinations runs. The conditional means E[rank | normalization],
E[rank | aggregation] and E[rank | weight vector] are then group means of the samples,
and the first-order index of a factor is Var(conditional mean) / Var(rank), as in the
OECD/JRC Handbook (2008) Section 7 (variance-based sensitivity analysis, Saltelli et al.).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from decision.composite.aggregation import (
    AggregationMethod,
    batch_scores,
    check_aggregation,
    needs_positive,
)
from decision.composite.compute import (
    CompositeResult,
    CompositeSettings,
    composite,
    normalize_prepared,
    prepare,
)
from decision.composite.data import CompositeData
from decision.composite.normalization import (
    NORMALIZATIONS,
    NormalizationMethod,
    positive_for_geometric,
)
from decision.composite.weighting import split_global
from decision.errors import DecisionError, InputError, MethodError
from decision.ranks import TIE_RULE, batch_competition_ranks

Array = npt.NDArray[np.float64]
Progress = Callable[[float], None]
IsCancelled = Callable[[], bool]

FACTORS = ("normalization", "aggregation", "weights")
_BLOCK = 512


class CompositeCancelled(DecisionError):
    """Raised when ``is_cancelled()`` returns true during an uncertainty analysis."""


@dataclass(frozen=True)
class UncertaintySettings:
    """What varies in the Monte Carlo.

    Each run uses one normalization of ``normalizations``, one aggregation (across
    dimensions) of ``aggregations`` and one weight vector: every global indicator weight
    w drawn uniformly in [w (1 - weight_range), w (1 + weight_range)], or in the
    ``weight_ranges`` given per indicator id, then all renormalised to sum 1. The other
    choices (missing data, group aggregation, goalposts, reference) stay as in the
    composite's settings. ``runs`` is rounded up to a multiple of the number of
    normalization x aggregation combinations.
    """

    runs: int = 1000
    seed: int = 0
    normalizations: tuple[NormalizationMethod, ...] = ("minmax", "zscore", "rank")
    aggregations: tuple[AggregationMethod, ...] = ("linear", "geometric")
    weight_range: float = 0.25
    weight_ranges: Mapping[str, tuple[float, float]] | None = None


@dataclass(frozen=True)
class UncertaintyResult:
    """Rank distribution of every unit over the runs, and first-order sensitivity indices.

    ``ranks`` is runs x units; run r used weight vector ``run_weights[r]`` (a row of
    ``weight_samples``, global weights summing to 1), normalization
    ``normalizations[run_normalization[r]]`` and aggregation
    ``aggregations[run_aggregation[r]]``. ``first_order[f]`` holds per unit the share of
    its rank variance explained by factor f alone (0 where the rank never changes);
    ``interactions`` the rest. ``overall`` pools the variances of all units.
    """

    unit_ids: tuple[str, ...]
    indicator_ids: tuple[str, ...]
    base: CompositeResult
    runs: int
    seed: int
    normalizations: tuple[NormalizationMethod, ...]
    aggregations: tuple[AggregationMethod, ...]
    ranks: npt.NDArray[np.int64] = field(compare=False, repr=False)
    weight_samples: Array = field(compare=False, repr=False)
    run_weights: npt.NDArray[np.intp] = field(compare=False, repr=False)
    run_normalization: npt.NDArray[np.intp] = field(compare=False, repr=False)
    run_aggregation: npt.NDArray[np.intp] = field(compare=False, repr=False)
    median_rank: Array = field(compare=False, repr=False)
    p05: Array = field(compare=False, repr=False)
    p95: Array = field(compare=False, repr=False)
    mean_rank: Array = field(compare=False, repr=False)
    first_order: Mapping[str, Array] = field(compare=False, repr=False)
    interactions: Array = field(compare=False, repr=False)
    overall: Mapping[str, float] = field(default_factory=dict)
    conventions: Mapping[str, str] = field(default_factory=dict)

    def run_inputs(self, run: int) -> tuple[CompositeData, CompositeSettings]:
        """Data and settings that make :func:`composite` reproduce run ``run`` alone."""
        return run_inputs(self, run)

    def as_dict(self) -> dict[str, object]:
        """JSON-friendly summary (per unit: base rank, median, 5 and 95 % ranks, indices)."""
        units = {}
        for i, u in enumerate(self.unit_ids):
            units[u] = {
                "rank": int(self.base.ranks[i]),
                "median_rank": float(self.median_rank[i]),
                "p05": float(self.p05[i]),
                "p95": float(self.p95[i]),
                "mean_rank": float(self.mean_rank[i]),
                "first_order": {f: float(self.first_order[f][i]) for f in FACTORS},
                "interactions": float(self.interactions[i]),
            }
        return {
            "runs": self.runs,
            "seed": self.seed,
            "normalizations": list(self.normalizations),
            "aggregations": list(self.aggregations),
            "units": units,
            "imputed": [list(cell) for cell in self.base.imputed],
            "dropped": list(self.base.dropped),
            "first_order": dict(self.overall),
            "conventions": dict(self.conventions),
        }


def _check(us: UncertaintySettings) -> None:
    if us.runs < 1:
        raise InputError("uncertainty runs: needs at least 1 run", field="runs")
    if not us.normalizations or not us.aggregations:
        raise InputError("uncertainty: give at least one normalization and one aggregation")
    for n in us.normalizations:
        if n not in NORMALIZATIONS:
            raise MethodError(
                f"uncertainty normalization '{n}' is unknown; choose from "
                f"{', '.join(NORMALIZATIONS)}",
                field="normalizations",
            )
    for a in us.aggregations:
        check_aggregation(a, "uncertainty aggregation")
    if len(set(us.normalizations)) != len(us.normalizations) or len(set(us.aggregations)) != len(
        us.aggregations
    ):
        raise InputError("uncertainty: a normalization or aggregation is listed twice")
    if not 0 <= us.weight_range < 1:
        raise InputError(
            f"uncertainty weight_range {us.weight_range:g}: use a share in [0, 1)",
            field="weight_range",
        )


def sample_weights(
    base: Array,
    indicator_ids: tuple[str, ...],
    us: UncertaintySettings,
    k: int,
    rng: np.random.Generator,
) -> Array:
    """k global weight vectors (rows sum to 1) around ``base`` as ``us`` says."""
    lo = base * (1.0 - us.weight_range)
    hi = base * (1.0 + us.weight_range)
    for key, (a, b) in (us.weight_ranges or {}).items():
        if key not in indicator_ids:
            raise InputError(
                f"uncertainty weight_ranges: '{key}' is not an indicator id", field="weight_ranges"
            )
        if not (0 <= a <= b) or not math.isfinite(b):
            raise InputError(
                f"uncertainty weight_ranges.{key}: [{a:g}, {b:g}] needs 0 <= low <= high",
                criterion=key,
            )
        j = indicator_ids.index(key)
        lo[j], hi[j] = a, b
    w = rng.uniform(lo, hi, size=(k, base.size))
    total = w.sum(axis=1, keepdims=True)
    if (total <= 0).any():
        raise InputError("uncertainty: a sampled weight vector is all zeros; widen the ranges")
    return np.asarray(w / total, dtype=float)


def uncertainty(
    data: CompositeData,
    settings: CompositeSettings | None = None,
    options: UncertaintySettings | None = None,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> UncertaintyResult:
    """Monte Carlo over normalization, aggregation and weights; rank bands and indices.

    Parameters
    ----------
    data, settings
        As for :func:`composite`; its result with ``settings`` is the base case and its
        global weights the centre of the weight ranges.
    options : UncertaintySettings, optional
        Runs, seed, the normalizations and aggregations to draw from, weight ranges.
    progress : callable, optional
        Called with the fraction done (0..1) after each block of runs.
    is_cancelled : callable, optional
        Polled before each block; when it returns true :class:`CompositeCancelled` is raised.

    Returns
    -------
    UncertaintyResult
        Per unit the median, 5th and 95th percentile (linear interpolation) of its rank,
        and the first-order indices of normalization, aggregation and weights.

    Notes
    -----
    Each normalization is computed once; the scores of a block of weight vectors are a
    few matrix products and the ranks one batched sort, so 200 units x 30 indicators x
    1,000 runs take well under a second.
    """
    s = settings or CompositeSettings()
    us = options or UncertaintySettings()
    _check(us)
    base = composite(data, s)
    hierarchy = base.hierarchy
    inner = s.group_aggregation
    norms, aggs = us.normalizations, us.aggregations
    n_a, n_b = len(norms), len(aggs)
    combos = n_a * n_b
    k = max(1, -(-us.runs // combos))
    total_runs = k * combos
    rng = np.random.default_rng(us.seed)
    w = sample_weights(np.array(base.weights.global_weights), data.indicator_ids, us, k, rng)
    prep = prepare(data, s)
    m = len(prep.unit_ids)
    ranks = np.empty((k, n_a, n_b, m), dtype=np.int64)
    blocks = combos * (-(-k // _BLOCK))
    done = 0
    shifts: dict[str, str] = {}
    for a, method in enumerate(norms):
        y = np.asarray(normalize_prepared(data, prep, s, method).values)
        yp, note = positive_for_geometric(y, method, s.geometric_floor)
        with np.errstate(divide="ignore"):
            log_yp = np.log(yp)
        for b, agg in enumerate(aggs):
            geometric = needs_positive(hierarchy, inner, agg)
            if geometric and note:
                shifts[method] = note
            use = yp if geometric else y
            for start in range(0, k, _BLOCK):
                if is_cancelled is not None and is_cancelled():
                    raise CompositeCancelled("uncertainty analysis cancelled")
                stop = min(start + _BLOCK, k)
                scores = batch_scores(use, log_yp, hierarchy, w[start:stop], inner, agg)
                ranks[start:stop, a, b] = batch_competition_ranks(scores)
                done += 1
                if progress is not None:
                    progress(done / blocks)
    flat = ranks.reshape(total_runs, m)
    r = ranks.astype(float)
    var = r.var(axis=(0, 1, 2))
    cond = {
        "normalization": r.mean(axis=(0, 2)).var(axis=0),
        "aggregation": r.mean(axis=(0, 1)).var(axis=0),
        "weights": r.mean(axis=(1, 2)).var(axis=0),
    }
    with np.errstate(divide="ignore", invalid="ignore"):
        first = {f: np.where(var > 0, v / var, 0.0) for f, v in cond.items()}
    inter = np.where(var > 0, 1.0 - sum(first.values()), 0.0)
    pooled = float(var.sum())
    overall = {f: (float(v.sum()) / pooled if pooled > 0 else 0.0) for f, v in cond.items()}
    overall["interactions"] = 1.0 - sum(overall.values()) if pooled > 0 else 0.0
    p05, med, p95 = np.percentile(flat, [5, 50, 95], axis=0)
    idx = np.arange(total_runs)
    conventions = {
        "design": (
            f"{k} weight vectors x {n_a} normalization(s) x {n_b} aggregation(s) = "
            f"{total_runs} runs (every combination of the discrete choices for each weight "
            "vector; runs rounded up to a multiple of the combinations)"
        ),
        "weights": (
            "each global indicator weight drawn uniformly in "
            f"[w (1 - {us.weight_range:g}), w (1 + {us.weight_range:g})]"
            + (" or its given range" if us.weight_ranges else "")
            + " around the base weights, then renormalised to sum 1; the weights inside a "
            "group and of the groups are the group shares of these global weights"
        ),
        "fixed": (
            "missing-data handling, group aggregation, goalposts and reference stay as in "
            "the base settings"
        ),
        "rank_band": (
            "median and 5th/95th percentiles of each unit's rank over the runs (linear "
            "interpolation between order statistics)"
        ),
        "first_order": (
            "S_f = Var(E[rank | f]) / Var(rank) per unit, E[rank | f] the mean rank over the "
            "runs sharing the value of factor f (group means; for the weights, the runs of one "
            "weight vector); variances with divisor N; interactions = 1 - sum S_f; 0 when the "
            "rank never changes; Handbook (2008) Section 7"
        ),
        "tie_rule": TIE_RULE,
        "seed": f"numpy default_rng({us.seed}); the same seed gives the same runs",
    }
    for key, text in shifts.items():
        conventions[f"geometric_shift_{key}"] = text
    for arr in (flat, w, p05, med, p95):
        arr.setflags(write=False)
    return UncertaintyResult(
        unit_ids=prep.unit_ids,
        indicator_ids=data.indicator_ids,
        base=base,
        runs=total_runs,
        seed=us.seed,
        normalizations=norms,
        aggregations=aggs,
        ranks=flat,
        weight_samples=w,
        run_weights=idx // combos,
        run_normalization=(idx // n_b) % n_a,
        run_aggregation=idx % n_b,
        median_rank=med,
        p05=p05,
        p95=p95,
        mean_rank=flat.mean(axis=0),
        first_order=first,
        interactions=inter,
        overall=overall,
        conventions=conventions,
    )


def run_inputs(result: UncertaintyResult, run: int) -> tuple[CompositeData, CompositeSettings]:
    """The data and settings with which :func:`composite` computes run ``run`` on its own.

    Used by the tests and the benchmark's per-run baseline: the run's global weights
    become the indicators' given weights and the group shares the group weights.
    """
    base = result.base
    assert base.data is not None
    data_w = result.weight_samples[result.run_weights[run]]
    inner, dim = split_global(data_w, base.hierarchy)
    s = base.settings
    settings = dataclasses.replace(
        s,
        normalization=result.normalizations[result.run_normalization[run]],
        aggregation=result.aggregations[result.run_aggregation[run]],
        weighting="given",
        group_weights=(
            dict(zip(base.hierarchy.dimension_ids, map(float, dim), strict=True))
            if base.hierarchy.grouped
            else None
        ),
    )
    weights = inner if base.hierarchy.grouped else data_w
    inds = tuple(
        dataclasses.replace(ind, weight=float(wj))
        for ind, wj in zip(base.data.indicators, weights, strict=True)
    )
    return dataclasses.replace(base.data, indicators=inds), settings
