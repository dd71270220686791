"""Calibrate the Huff distance exponent lambda from observed shares by least squares."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from decision.errors import InputError
from decision.network.checks import Array, number
from decision.retail.huff import HuffInput, huff_probabilities


@dataclass(frozen=True)
class Calibration:
    """The lambda that best reproduces the observed shares, and how well it does.

    ``sse`` is the sum of squared differences between modelled and observed shares over
    the ``n_observations`` known cells; ``r_squared`` = 1 - sse / total sum of squares
    around the mean observed share (None when the observed shares are all equal);
    ``at_bound`` warns that the optimum lies on the edge of the searched interval.
    """

    lam: float
    sse: float
    rmse: float
    r_squared: float | None
    n_observations: int
    bounds: tuple[float, float]
    at_bound: bool


def observed_matrix(
    observed: Sequence[Sequence[Any]] | Array, zone_ids: Sequence[str], centre_ids: Sequence[str]
) -> Array:
    """Observed shares zones x centres in [0, 1]; ``None``/NaN marks an unknown cell."""
    if isinstance(observed, str) or not hasattr(observed, "__len__"):
        raise InputError("observed_shares: expected a zones x centres matrix")
    if len(observed) != len(zone_ids):
        raise InputError(f"observed_shares: {len(observed)} rows for {len(zone_ids)} zones")
    out = np.full((len(zone_ids), len(centre_ids)), np.nan)
    for i, (row, z) in enumerate(zip(observed, zone_ids, strict=True)):
        if isinstance(row, str) or not hasattr(row, "__len__") or len(row) != len(centre_ids):
            raise InputError(f"observed shares of zone '{z}': expected {len(centre_ids)} values")
        for j, c in enumerate(centre_ids):
            v = row[j]
            if v is None or (isinstance(v, float) and np.isnan(v)):
                continue
            x = number(v, f"observed share of zone '{z}' at centre '{c}'")
            if not 0 <= x <= 1:
                raise InputError(
                    f"observed share of zone '{z}' at centre '{c}': {x:g} must lie in [0, 1]"
                )
            out[i, j] = x
    if not np.isfinite(out).any():
        raise InputError("observed_shares: no observed value")
    return out


GOLDEN = (math.sqrt(5.0) - 1.0) / 2.0


def golden_section(
    f: Callable[[float], float], lo: float, hi: float, tol: float = 1e-10
) -> tuple[float, float]:
    """The minimum of a unimodal ``f`` on [lo, hi] by golden-section search: (x, f(x)).

    Our own few lines instead of scipy's bounded Brent search, so the installer build can
    leave scipy (64 MB) out; the grid above already brackets the minimum.
    """
    a, b = lo, hi
    c, d = b - GOLDEN * (b - a), a + GOLDEN * (b - a)
    fc, fd = f(c), f(d)
    while b - a > tol:
        if fc <= fd:
            b, d, fd = d, c, fc
            c = b - GOLDEN * (b - a)
            fc = f(c)
        else:
            a, c, fc = c, d, fd
            d = a + GOLDEN * (b - a)
            fd = f(d)
    x = (a + b) / 2.0
    return x, f(x)


def calibrate_lambda(
    model: HuffInput,
    observed: Sequence[Sequence[Any]] | Array,
    *,
    bounds: tuple[float, float] = (0.0, 10.0),
) -> Calibration:
    """The distance exponent minimising sum (P_ij(lambda) - observed_ij)^2.

    Parameters
    ----------
    model
        Zones, centres, distances and gamma (kept fixed); its lambda is ignored.
    observed
        Observed shares of each zone's spending going to each centre (survey data),
        zones x centres, values in [0, 1]; ``None`` for cells not surveyed.
    bounds
        The interval searched. A grid over it first (the sum of squares of a Huff model
        can have several minima), then a bounded Brent search around the best grid point.
    """
    lo, hi = (number(b, "calibration bound") for b in bounds)
    if not 0 <= lo < hi:
        raise InputError(f"calibration bounds ({lo:g}, {hi:g}): need 0 <= low < high")
    obs = observed_matrix(observed, model.zone_ids, model.centre_ids)
    known = np.isfinite(obs)
    a, d, g = model.attractiveness, model.distance, model.gamma

    def sse(lam: float) -> float:
        p = huff_probabilities(a, d, g, lam)
        return float(((p - obs)[known] ** 2).sum())

    grid = np.linspace(lo, hi, 201)
    values = [sse(x) for x in grid]
    k = int(np.argmin(values))
    left, right = grid[max(k - 1, 0)], grid[min(k + 1, len(grid) - 1)]
    best_lam, best = float(grid[k]), values[k]
    if right > left:
        lam, value = golden_section(sse, float(left), float(right), tol=1e-10)
        if value <= best:
            best_lam, best = lam, value
    n = int(known.sum())
    y = obs[known]
    tss = float(((y - y.mean()) ** 2).sum())
    step = (hi - lo) / 200
    return Calibration(
        lam=best_lam,
        sse=best,
        rmse=float(np.sqrt(best / n)),
        r_squared=1 - best / tss if tss > 0 else None,
        n_observations=n,
        bounds=(lo, hi),
        at_bound=best_lam <= lo + step / 2 or best_lam >= hi - step / 2,
    )
