"""Retail market figures of a town: spending potential, centrality, flows, gap, floor space."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from decision.network.checks import number, positive

CENTRALITY_SIMPLE = "simple: turnover / spending potential x 100"
CENTRALITY_INDEX = (
    "index: turnover index / purchasing-power index x 100, turnover index = local turnover "
    "per capita / national turnover per capita x 100"
)
LEAKAGE_SIGN = (
    "(D - S) / (D + S) x 100 with D = spending potential, S = turnover: positive = leakage "
    "(residents spend outside), negative = surplus (spending flows in); range -100..100"
)


@dataclass(frozen=True)
class RetailInput:
    """What is known about a town's (or a product group's) retail market.

    Give ``spending_potential`` directly, or ``population`` and ``spending_per_capita``
    (the average per-capita retail spending) with ``purchasing_power_index`` (local
    purchasing power, national average = 100; 100 is assumed when absent). Money figures
    share one currency unit (e.g. EUR, or million EUR) and ``turnover_per_m2`` the same
    unit per m² of sales floor. National and regional figures enable the index form of
    centrality and the pull factor. Anything left ``None`` leaves its outputs out.
    """

    spending_potential: float | None = None
    population: float | None = None
    spending_per_capita: float | None = None
    purchasing_power_index: float | None = None
    turnover: float | None = None
    turnover_per_m2: float | None = None
    national_turnover_per_capita: float | None = None
    national_spending_per_capita: float | None = None
    region_sales: float | None = None
    region_population: float | None = None
    label: str = ""

    def __post_init__(self) -> None:
        where = f"{self.label}: " if self.label else ""
        allow_zero = {"spending_potential", "turnover"}
        for f in fields(self):
            v = getattr(self, f.name)
            if f.name == "label" or v is None:
                continue
            x = positive(v, f"{where}{f.name}", allow_zero=f.name in allow_zero)
            object.__setattr__(self, f.name, x)


@dataclass(frozen=True)
class RetailMetrics:
    """The figures derived from a :class:`RetailInput`; ``None`` where inputs were missing.

    ``net_flow`` = turnover - potential (positive: inflow); ``gap`` = potential - turnover
    (positive: unmet demand); ``supportable_floor_space`` = gap / turnover per m² (negative:
    floor space beyond what residents' spending supports). ``notes`` records the
    conventions and any assumption made.
    """

    spending_potential: float | None = None
    turnover: float | None = None
    purchasing_power_index: float | None = None
    centrality_simple: float | None = None
    turnover_index: float | None = None
    centrality_index: float | None = None
    net_flow: float | None = None
    gap: float | None = None
    leakage_surplus_factor: float | None = None
    pull_factor: float | None = None
    supportable_floor_space: float | None = None
    notes: Mapping[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The present figures only (absent inputs give absent outputs), plus ``notes``."""
        out: dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if f.name == "notes":
                out["notes"] = dict(v)
            elif v is not None:
                out[f.name] = v
        return out


def spending_potential(
    population: float, spending_per_capita: float, purchasing_power_index: float = 100.0
) -> float:
    """Population x per-capita retail spending x purchasing-power index / 100."""
    return (
        positive(population, "population")
        * positive(spending_per_capita, "spending_per_capita")
        * positive(purchasing_power_index, "purchasing_power_index")
        / 100.0
    )


def leakage_surplus_factor(demand: float, supply: float) -> float | None:
    """(D - S) / (D + S) x 100: +100 all demand leaks out, -100 all sales come from outside."""
    d, s = number(demand, "demand"), number(supply, "supply")
    return None if d + s == 0 else (d - s) / (d + s) * 100.0


def retail_metrics(data: RetailInput) -> RetailMetrics:
    """Every retail figure the inputs allow, each labelled by its definition.

    Parameters
    ----------
    data
        The town's known figures; see :class:`RetailInput`.

    Returns
    -------
    RetailMetrics
        Centrality in both forms (the simple form needs potential and turnover; the index
        form also population, national turnover per capita and a purchasing-power index,
        given or derived as local / national spending per capita x 100), flows, gap,
        leakage/surplus factor, pull factor and supportable floor space.
    """
    notes: dict[str, str] = {}
    pot = data.spending_potential
    ppi = data.purchasing_power_index
    if pot is None and data.population is not None and data.spending_per_capita is not None:
        if ppi is None:
            notes["purchasing_power_index"] = "not given: 100 (national average) assumed"
        pot = spending_potential(data.population, data.spending_per_capita, ppi or 100.0)
        notes["spending_potential"] = (
            "population x spending per capita x purchasing-power index / 100"
        )
    if ppi is None and pot is not None and data.population and data.national_spending_per_capita:
        ppi = pot / data.population / data.national_spending_per_capita * 100.0
        notes["purchasing_power_index"] = (
            "derived: local spending per capita / national spending per capita x 100"
        )
    t = data.turnover
    out: dict[str, Any] = {"spending_potential": pot, "turnover": t, "purchasing_power_index": ppi}
    if pot is not None and t is not None:
        out["centrality_simple"] = t / pot * 100.0 if pot > 0 else None
        out["net_flow"] = t - pot
        out["gap"] = pot - t
        out["leakage_surplus_factor"] = leakage_surplus_factor(pot, t)
        notes["centrality_simple"] = CENTRALITY_SIMPLE
        notes["net_flow"] = "turnover - spending potential (positive: inflow, negative: outflow)"
        notes["gap"] = "spending potential - turnover (positive: unmet demand)"
        notes["leakage_surplus_factor"] = LEAKAGE_SIGN
        if data.turnover_per_m2 is not None:
            out["supportable_floor_space"] = (pot - t) / data.turnover_per_m2
            notes["supportable_floor_space"] = (
                "gap / turnover per m² (m²; negative: more floor space than resident demand supports)"
            )
    if t is not None and data.population and data.national_turnover_per_capita:
        ti = t / data.population / data.national_turnover_per_capita * 100.0
        out["turnover_index"] = ti
        if ppi:
            out["centrality_index"] = ti / ppi * 100.0
            notes["centrality_index"] = CENTRALITY_INDEX
    if t is not None and data.population and data.region_sales and data.region_population:
        out["pull_factor"] = (t / data.population) / (data.region_sales / data.region_population)
        notes["pull_factor"] = "local sales per capita / regional sales per capita"
    return RetailMetrics(**out, notes=notes)


__all__ = [
    "CENTRALITY_INDEX",
    "CENTRALITY_SIMPLE",
    "LEAKAGE_SIGN",
    "RetailInput",
    "RetailMetrics",
    "leakage_surplus_factor",
    "retail_metrics",
    "spending_potential",
]
