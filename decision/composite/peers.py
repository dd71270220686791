"""A unit against chosen peers or a reference value, indicator by indicator."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from decision.composite.compute import CompositeResult
from decision.errors import InputError


@dataclass(frozen=True)
class IndicatorGap:
    """One indicator: the unit's value, the comparison value and the gaps.

    ``raw_gap`` is unit minus comparison in the indicator's own unit (sign as measured);
    ``better`` is the direction-adjusted relative gap (positive means the unit does
    better, for cost indicators too); ``normalized_gap`` the difference of normalized
    values (positive = better), ``None`` when the comparison value cannot be put on the
    normalized scale.
    """

    indicator: str
    value: float
    comparison: float
    raw_gap: float
    better: float | None
    normalized: float
    comparison_normalized: float | None
    normalized_gap: float | None


@dataclass(frozen=True)
class PeerComparison:
    """A unit against the mean of its peers (or given reference values).

    ``imputed`` lists the (unit, indicator) cells of the unit and its peers that were
    imputed, so a chart can mark them.
    """

    unit: str
    against: str
    peers: tuple[str, ...]
    gaps: tuple[IndicatorGap, ...]
    strongest: tuple[str, ...]
    weakest: tuple[str, ...]
    convention: str
    imputed: tuple[tuple[str, str], ...] = ()

    def gap_map(self) -> dict[str, IndicatorGap]:
        return {g.indicator: g for g in self.gaps}


def compare_with_peers(
    result: CompositeResult,
    unit: str,
    peers: Sequence[str] | None = None,
    *,
    reference_values: Mapping[str, float] | None = None,
    top: int = 3,
) -> PeerComparison:
    """Compare ``unit`` with the mean of ``peers`` (default: all other units kept).

    With ``reference_values`` (a national value or target per indicator) the unit is
    compared with those instead, and their normalized value is computed on the same scale
    as the units'. Strongest and weakest are the ``top`` indicators with the largest and
    smallest normalized gap (values as imputed when missing data were imputed).

    Raises
    ------
    InputError
        An unknown or dropped unit or peer, or a reference value for an unknown indicator.
    """
    ids = list(result.unit_ids)
    if unit not in ids:
        why = " (dropped for missing values)" if unit in result.dropped else ""
        raise InputError(f"unit '{unit}' is not among the units ranked{why}", alternative=unit)
    i = ids.index(unit)
    inds = result.indicator_ids
    x = np.asarray(result.raw)
    y = np.asarray(result.normalized)
    if reference_values is not None:
        unknown = sorted(set(reference_values) - set(inds))
        if unknown:
            raise InputError(f"reference value for unknown indicator '{unknown[0]}'")
        comp = np.array([reference_values.get(c, np.nan) for c in inds], dtype=float)
        comp_y = result.normalization.fit.apply(comp)[0]
        against = "reference values"
        peer_ids: tuple[str, ...] = ()
    else:
        chosen = [p for p in ids if p != unit] if peers is None else list(peers)
        for p in chosen:
            if p not in ids:
                raise InputError(f"peer '{p}' is not among the units ranked", alternative=p)
        if not chosen:
            raise InputError("choose at least one peer")
        rows = [ids.index(p) for p in chosen]
        comp = x[rows].mean(axis=0)
        comp_y = y[rows].mean(axis=0)
        against = "mean of peers"
        peer_ids = tuple(chosen)
    cost = result.data.cost if result.data is not None else np.zeros(len(inds), dtype=bool)
    gaps = []
    for j, c in enumerate(inds):
        raw_gap = float(x[i, j] - comp[j])
        better = None
        if np.isfinite(comp[j]) and comp[j] != 0:
            better = (-raw_gap if cost[j] else raw_gap) / abs(float(comp[j]))
        cy = float(comp_y[j]) if np.isfinite(comp_y[j]) else None
        gaps.append(
            IndicatorGap(
                indicator=c,
                value=float(x[i, j]),
                comparison=float(comp[j]),
                raw_gap=raw_gap,
                better=better,
                normalized=float(y[i, j]),
                comparison_normalized=cy,
                normalized_gap=None if cy is None else float(y[i, j]) - cy,
            )
        )
    scored = [g for g in gaps if g.normalized_gap is not None]
    order = sorted(scored, key=lambda g: g.normalized_gap or 0.0)
    strongest = tuple(g.indicator for g in reversed(order[-top:]) if (g.normalized_gap or 0) > 0)
    weakest = tuple(g.indicator for g in order[:top] if (g.normalized_gap or 0) < 0)
    return PeerComparison(
        unit=unit,
        against=against,
        peers=peer_ids,
        gaps=tuple(gaps),
        strongest=strongest,
        weakest=weakest,
        imputed=tuple(c for c in result.imputed if c[0] == unit or c[0] in peer_ids),
        convention=(
            f"each indicator compared with the {against}; gaps on the normalized scale "
            f"({result.normalization.method}, higher is better) rank the strongest and weakest "
            "indicators; the relative raw gap is direction-adjusted (positive = better)"
        ),
    )
