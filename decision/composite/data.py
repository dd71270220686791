"""Towns (units), indicators and the units x indicators matrix of a benchmarking, validated."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from decision.errors import InputError
from decision.problem import Direction, parse_direction

Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Unit:
    """A town (or any unit compared): its id and optional context for tables and maps."""

    id: str
    country: str = ""
    region: str = ""
    population: float | None = None


@dataclass(frozen=True)
class Indicator:
    """A measurable indicator and how it enters the composite.

    ``direction`` is ``benefit`` (more is better) or ``cost`` (less is better).
    ``goalposts`` are fixed (min, max) bounds used by goalpost normalization (raw units,
    before any log); ``log`` takes the natural logarithm of values and goalposts first,
    as the HDI does for income. ``weight`` is the indicator's weight (or budget points)
    inside its ``group``; ``None`` means 1. ``illustrative`` marks values not taken from
    a named source.
    """

    id: str
    name: str = ""
    unit: str = ""
    direction: Direction = "benefit"
    source: str = ""
    year: int | None = None
    goalposts: tuple[float, float] | None = None
    log: bool = False
    weight: float | None = None
    group: str | None = None
    illustrative: bool | None = None
    note: str = ""

    @property
    def label(self) -> str:
        return self.name or self.id


@dataclass(frozen=True)
class CompositeData:
    """Units x indicators values; NaN marks a missing value (never read as zero).

    Build it with :meth:`create`, which checks ids, shape, numbers, goalposts and log
    domains and names the unit/indicator at fault.
    """

    units: tuple[Unit, ...]
    indicators: tuple[Indicator, ...]
    values: Array = field(compare=False, repr=False)
    name: str = ""

    @property
    def unit_ids(self) -> tuple[str, ...]:
        return tuple(u.id for u in self.units)

    @property
    def indicator_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.indicators)

    @property
    def cost(self) -> npt.NDArray[np.bool_]:
        """True for cost indicators (less is better)."""
        return np.array([i.direction == "cost" for i in self.indicators], dtype=bool)

    @property
    def groups(self) -> tuple[str | None, ...]:
        return tuple(i.group for i in self.indicators)

    def missing_cells(self) -> list[tuple[str, str]]:
        """(unit, indicator) pairs whose value is missing, in row order."""
        return [
            (self.units[i].id, self.indicators[j].id) for i, j in np.argwhere(np.isnan(self.values))
        ]

    def unit_index(self, unit: str) -> int:
        """Row of ``unit``; an :class:`InputError` names it when unknown."""
        try:
            return self.unit_ids.index(unit)
        except ValueError:
            raise InputError(
                f"unit '{unit}' is not one of the units ({', '.join(self.unit_ids)})",
                alternative=unit,
                field="units",
            ) from None

    @classmethod
    def create(
        cls,
        units: Sequence[Unit | str],
        indicators: Sequence[Indicator],
        values: npt.ArrayLike,
        name: str = "",
    ) -> CompositeData:
        """Validate and freeze a benchmarking data set.

        Raises
        ------
        InputError
            Empty or duplicated ids, a matrix of the wrong shape, an infinite value, bad
            goalposts (min >= max, or <= 0 with ``log``), a value <= 0 with ``log``, an
            indicator with no value at all, or a negative weight. The message names the
            unit and/or indicator.
        """
        us = tuple(Unit(u) if isinstance(u, str) else u for u in units)
        inds = tuple(indicators)
        if not us:
            raise InputError("units: the list is empty; a benchmarking needs units", field="units")
        if not inds:
            raise InputError("indicators: the list is empty", field="indicators")
        _unique([u.id for u in us], "unit", "units")
        _unique([i.id for i in inds], "indicator", "indicators")
        for ind in inds:
            _check_indicator(ind)
        x = np.array(values, dtype=float)
        if x.ndim != 2 or x.shape != (len(us), len(inds)):
            raise InputError(
                f"matrix: expected {len(us)} rows (units) x {len(inds)} columns (indicators), "
                f"got shape {x.shape}",
                field="matrix",
            )
        if np.isinf(x).any():
            i, j = np.argwhere(np.isinf(x))[0]
            raise InputError(
                f"unit '{us[i].id}', indicator '{inds[j].id}': {x[i, j]} is not a finite number",
                alternative=us[i].id,
                criterion=inds[j].id,
            )
        for j, ind in enumerate(inds):
            col = x[:, j]
            if np.isnan(col).all():
                raise InputError(f"indicator '{ind.id}': every value is missing", criterion=ind.id)
            if ind.log:
                bad = np.flatnonzero(~np.isnan(col) & (col <= 0))
                if bad.size:
                    i = int(bad[0])
                    raise InputError(
                        f"unit '{us[i].id}', indicator '{ind.id}': {col[i]:g} cannot be "
                        "log-transformed (log needs values > 0)",
                        alternative=us[i].id,
                        criterion=ind.id,
                    )
        x.setflags(write=False)
        return cls(us, inds, x, name)


def _unique(ids: list[str], kind: str, where: str) -> None:
    seen: set[str] = set()
    for k, item in enumerate(ids):
        if not isinstance(item, str) or not item.strip():
            raise InputError(f"{where}[{k}]: the {kind} id must be non-empty text", field=where)
        if item in seen:
            raise InputError(f"{where}: {kind} '{item}' appears twice", field=where)
        seen.add(item)


def _check_indicator(ind: Indicator) -> None:
    where = f"indicator '{ind.id}'"
    parse_direction(ind.direction, ind.id)
    if ind.weight is not None and (not math.isfinite(ind.weight) or ind.weight < 0):
        raise InputError(f"{where}: weight {ind.weight:g} must be >= 0", criterion=ind.id)
    if ind.goalposts is not None:
        lo, hi = ind.goalposts
        if not (math.isfinite(lo) and math.isfinite(hi)) or lo >= hi:
            raise InputError(
                f"{where}: goalposts [{lo:g}, {hi:g}] need min < max", criterion=ind.id
            )
        if ind.log and lo <= 0:
            raise InputError(
                f"{where}: goalposts [{lo:g}, {hi:g}] cannot be log-transformed (log needs "
                "min > 0)",
                criterion=ind.id,
            )
