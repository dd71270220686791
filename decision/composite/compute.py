"""`composite(data, settings)`: missing data, normalization, weights, aggregation and ranks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from decision.ahp import PairwiseMatrix
from decision.composite.aggregation import (
    GEOMETRIC,
    LINEAR,
    AggregationMethod,
    aggregate,
    check_aggregation,
    needs_positive,
)
from decision.composite.data import CompositeData
from decision.composite.missing import MissingMode, complete
from decision.composite.normalization import (
    HANDBOOK,
    NORMALIZATIONS,
    NormalizationMethod,
    Normalized,
    ReferenceMode,
    normalize,
    positive_for_geometric,
)
from decision.composite.weighting import (
    Hierarchy,
    WeightingMethod,
    Weights,
    build_hierarchy,
    compute_weights,
)
from decision.errors import InputError, MethodError
from decision.ranks import TIE_RULE, competition_ranks

Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class CompositeSettings:
    """Every choice of the composite, with the Handbook's usual defaults.

    ``reference`` is a unit id for distance-to-reference normalization; ``reference_values``
    gives the reference per indicator instead (a national value or a target) and wins
    when both are set. ``zscore_ddof`` 1 is the sample standard deviation, 0 the
    population one. ``geometric_floor`` is the lower end of the shifted range when a
    geometric mean meets zeros (see :func:`normalization.positive_for_geometric`).
    """

    normalization: NormalizationMethod = "minmax"
    aggregation: AggregationMethod = "linear"
    group_aggregation: AggregationMethod = "linear"
    missing: MissingMode = "drop"
    weighting: WeightingMethod = "given"
    zscore_ddof: int = 1
    reference: str | None = None
    reference_values: Mapping[str, float] | None = None
    reference_mode: ReferenceMode = "ratio"
    points: Mapping[str, float] | None = None
    ahp: PairwiseMatrix | None = None
    group_weights: Mapping[str, float] | None = None
    geometric_floor: float = 0.01


@dataclass(frozen=True)
class CompositeResult:
    """Scores and ranks of the units kept, with every intermediate a page or memo shows.

    Rows of ``raw``, ``normalized``, ``dimensions``, ``scores`` and ``ranks`` follow
    ``unit_ids`` (the units kept); ``dropped`` lists the units left out for missing
    values, ``imputed`` the (unit, indicator) cells filled in, ``clipped`` those moved
    onto a goalpost. ``normalized`` is the normalization's output; ``used`` the values
    actually aggregated (shifted when a geometric mean met zeros, ``shift`` says how).
    Rank 1 is the best (highest score).
    """

    unit_ids: tuple[str, ...]
    indicator_ids: tuple[str, ...]
    dimension_ids: tuple[str, ...]
    raw: Array = field(compare=False, repr=False)
    normalized: Array = field(compare=False, repr=False)
    used: Array = field(compare=False, repr=False)
    dimensions: Array = field(compare=False, repr=False)
    scores: Array = field(compare=False, repr=False)
    ranks: npt.NDArray[np.int64] = field(compare=False, repr=False)
    weights: Weights
    normalization: Normalized
    hierarchy: Hierarchy
    settings: CompositeSettings
    dropped: tuple[str, ...] = ()
    imputed: tuple[tuple[str, str], ...] = ()
    clipped: tuple[tuple[str, str], ...] = ()
    shift: str | None = None
    conventions: Mapping[str, str] = field(default_factory=dict)
    data: CompositeData | None = field(default=None, compare=False, repr=False)

    def ranking(self) -> list[tuple[str, float, int]]:
        """(unit, score, rank) from best to worst (ties keep the units' order)."""
        order = sorted(range(len(self.unit_ids)), key=lambda i: (self.ranks[i], i))
        return [(self.unit_ids[i], float(self.scores[i]), int(self.ranks[i])) for i in order]

    def score_map(self) -> dict[str, float]:
        return {u: float(s) for u, s in zip(self.unit_ids, self.scores, strict=True)}

    def normalized_map(self) -> dict[str, dict[str, float]]:
        return _table(self.unit_ids, self.indicator_ids, self.normalized)

    def dimension_map(self) -> dict[str, dict[str, float]]:
        return _table(self.unit_ids, self.dimension_ids, self.dimensions)


def _table(rows: tuple[str, ...], cols: tuple[str, ...], v: Array) -> dict[str, dict[str, float]]:
    return {r: {c: float(v[i, j]) for j, c in enumerate(cols)} for i, r in enumerate(rows)}


@dataclass(frozen=True)
class Prepared:
    """The data after missing values are handled, ready for any normalization."""

    unit_ids: tuple[str, ...]
    raw: Array = field(compare=False, repr=False)
    dropped: tuple[str, ...]
    imputed: tuple[tuple[str, str], ...]
    missing_convention: str
    reference: Array | None = field(compare=False, repr=False, default=None)
    reference_text: str | None = None


def prepare(data: CompositeData, settings: CompositeSettings) -> Prepared:
    """Handle missing values and resolve the reference values of ``settings``."""
    if settings.normalization not in NORMALIZATIONS:
        raise MethodError(
            f"normalization '{settings.normalization}' is unknown; choose one of "
            f"{', '.join(NORMALIZATIONS)}",
            field="normalization",
        )
    done = complete(data.values, settings.missing)
    units = tuple(data.unit_ids[i] for i in done.kept)
    ref = None
    ref_text = None
    if settings.reference_values is not None:
        ids = data.indicator_ids
        unknown = sorted(set(settings.reference_values) - set(ids))
        if unknown:
            raise InputError(
                f"reference_values: '{unknown[0]}' is not an indicator id", field="reference"
            )
        missing = [i for i in ids if i not in settings.reference_values]
        if missing and settings.normalization == "reference":
            raise InputError(
                f"reference_values: no value for indicator '{missing[0]}'",
                criterion=missing[0],
                field="reference",
            )
        ref = np.array([settings.reference_values.get(i, np.nan) for i in ids], dtype=float)
        ref_text = "given reference values (a national value or a target) per indicator"
    elif settings.reference is not None:
        row = data.unit_index(settings.reference)
        if row in done.dropped and settings.normalization != "reference":
            pass  # not used by this normalization; a run that needs it says so
        elif row in done.dropped:
            raise InputError(
                f"reference unit '{settings.reference}' has a missing value and was dropped; "
                "impute missing values (mean or median) or choose another reference",
                alternative=settings.reference,
                field="reference",
            )
        else:
            ref = np.array(done.values[done.kept.index(row)], dtype=float)
            ref_text = f"the values of unit '{settings.reference}'"
    elif settings.normalization == "reference":
        raise MethodError(
            "distance-to-reference normalization needs a reference unit or reference values",
            field="reference",
        )
    ind = data.indicator_ids
    return Prepared(
        units,
        done.values,
        tuple(data.unit_ids[i] for i in done.dropped),
        tuple((data.unit_ids[i], ind[j]) for i, j in done.imputed),
        done.convention,
        ref,
        ref_text,
    )


def normalize_prepared(
    data: CompositeData, prep: Prepared, settings: CompositeSettings, method: str
) -> Normalized:
    """Normalize the prepared matrix by ``method`` with the settings' parameters."""
    return normalize(
        prep.raw,
        data.cost,
        method,
        goalposts=[i.goalposts for i in data.indicators],
        log=[i.log for i in data.indicators],
        reference=prep.reference,
        reference_mode=settings.reference_mode,
        ddof=settings.zscore_ddof,
        unit_ids=prep.unit_ids,
        indicator_ids=data.indicator_ids,
    )


def composite(data: CompositeData, settings: CompositeSettings | None = None) -> CompositeResult:
    """Build the composite indicator and rank the units.

    Parameters
    ----------
    data : CompositeData
        Units, indicators and values (NaN for missing).
    settings : CompositeSettings, optional
        Normalization, weighting, aggregation and missing-data choices (defaults:
        min-max, given weights, linear, drop).

    Returns
    -------
    CompositeResult
        Normalized values, dimension indices, scores, ranks (1 best, ties by
        :data:`decision.ranks.TIE_RULE`), dropped and imputed cells, and the conventions
        in plain words.

    Raises
    ------
    InputError, MethodError
        Bad settings or data the chosen methods cannot handle; messages name the unit,
        indicator or setting.
    """
    s = settings or CompositeSettings()
    inner = check_aggregation(s.group_aggregation, "group_aggregation")
    outer = check_aggregation(s.aggregation, "aggregation")
    if not 0 < s.geometric_floor < 1:
        raise MethodError("geometric_floor must lie strictly between 0 and 1")
    prep = prepare(data, s)
    norm = normalize_prepared(data, prep, s, s.normalization)
    hierarchy = build_hierarchy(data.indicators)
    weights = compute_weights(
        data.indicators,
        hierarchy,
        s.weighting,
        normalized=norm.values,
        points=s.points,
        ahp=s.ahp,
        group_weights=s.group_weights,
    )
    used, shift = norm.values, None
    if needs_positive(hierarchy, inner, outer):
        used, shift = positive_for_geometric(norm.values, norm.method, s.geometric_floor)
    dims, scores = aggregate(used, hierarchy, weights.indicator, weights.dimension, inner, outer)
    ranks = competition_ranks(scores)
    for arr in (dims, scores, ranks):
        arr.setflags(write=False)
    ind = data.indicator_ids
    clipped = tuple((prep.unit_ids[i], ind[j]) for i, j in norm.clipped)
    return CompositeResult(
        unit_ids=prep.unit_ids,
        indicator_ids=ind,
        dimension_ids=hierarchy.dimension_ids,
        raw=prep.raw,
        normalized=norm.values,
        used=used,
        dimensions=dims,
        scores=scores,
        ranks=ranks,
        weights=weights,
        normalization=norm,
        hierarchy=hierarchy,
        settings=s,
        dropped=prep.dropped,
        imputed=prep.imputed,
        clipped=clipped,
        shift=shift,
        conventions=_conventions(data, s, prep, norm, hierarchy, weights, shift, clipped),
        data=data,
    )


def _conventions(
    data: CompositeData,
    s: CompositeSettings,
    prep: Prepared,
    norm: Normalized,
    hierarchy: Hierarchy,
    weights: Weights,
    shift: str | None,
    clipped: tuple[tuple[str, str], ...],
) -> dict[str, str]:
    agg = {"linear": LINEAR, "geometric": GEOMETRIC}
    out = {
        "method": "composite indicator: missing data, normalization, weighting, aggregation",
        "reference": HANDBOOK,
        "missing": prep.missing_convention,
        "normalization": norm.convention,
        "direction": (
            "every normalized value is oriented so that higher is better; cost indicators "
            "are flipped as the normalization formula states"
        ),
        "weights": weights.convention,
        "aggregation": agg[s.aggregation],
        "tie_rule": TIE_RULE,
        "ranks": "rank 1 is the highest composite score",
    }
    if hierarchy.grouped:
        out["group_aggregation"] = (
            "indicators of a group are first combined into a dimension index by "
            + agg[s.group_aggregation]
            + "; the dimension indices are then aggregated"
        )
    if prep.reference_text and s.normalization == "reference":
        out["reference_values"] = prep.reference_text
    if shift:
        out["geometric_shift"] = shift
    if clipped:
        out["clipped"] = f"{len(clipped)} value(s) lay outside their goalposts and were clipped"
    if norm.constant:
        names = ", ".join(f"'{data.indicator_ids[j]}'" for j in norm.constant)
        out["constant"] = f"indicator(s) {names} have the same value for every unit"
    if prep.dropped:
        out["dropped"] = f"left out for missing values: {', '.join(prep.dropped)}"
    if prep.imputed:
        out["imputed"] = f"{len(prep.imputed)} missing value(s) imputed"
    return out
