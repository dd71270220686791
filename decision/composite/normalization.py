"""Normalization of indicators (OECD/JRC Handbook 2008, Section 5, Table 3), direction-adjusted.

Every method returns values where higher is better: cost indicators are flipped as each
convention below states. A :class:`NormalizationFit` keeps the parameters (min/max, mean/sd,
goalposts, reference values, ranks) so a value from outside the units (a national value,
a target) can be put on the same scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

from decision.errors import InputError, MethodError

Array = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]
NormalizationMethod = Literal["minmax", "zscore", "goalpost", "reference", "rank"]
ReferenceMode = Literal["ratio", "difference"]

NORMALIZATIONS: tuple[NormalizationMethod, ...] = (
    "minmax",
    "zscore",
    "goalpost",
    "reference",
    "rank",
)
# Methods whose values always lie in [0, 1] (so geometric aggregation only needs a floor).
BOUNDED: frozenset[str] = frozenset({"minmax", "goalpost"})

HANDBOOK = (
    "OECD/JRC (2008) Handbook on Constructing Composite Indicators: Methodology and User "
    "Guide (Nardo, Saisana, Saltelli, Tarantola, Hoffman, Giovannini), Section 5, Table 3"
)


def convention(method: str, *, ddof: int = 1, reference_mode: str = "ratio") -> str:
    """The formula of ``method`` in words, with its direction rule."""
    if method == "minmax":
        return (
            "min-max: y = (x - min)/(max - min) for benefit indicators, (max - x)/(max - min) "
            "for cost indicators, min and max over the units ranked; 0 is the worst unit, 1 the "
            "best; an indicator with the same value everywhere gets 0.5"
        )
    if method == "zscore":
        sd = (
            "sample standard deviation (divisor m - 1)"
            if ddof == 1
            else ("population standard deviation (divisor m)")
        )
        return (
            "z-score: y = (x - mean)/sd for benefit indicators, (mean - x)/sd for cost "
            f"indicators; sd is the {sd}; an indicator with the same value everywhere gets 0"
        )
    if method == "goalpost":
        return (
            "goalposts: y = (x - lo)/(hi - lo) for benefit indicators, (hi - x)/(hi - lo) for "
            "cost indicators, lo and hi the indicator's fixed goalposts; with log, ln x, ln lo "
            "and ln hi replace x, lo and hi (as the UNDP HDI income index); values outside the "
            "goalposts are clipped to them, so y is in [0, 1]"
        )
    if method == "reference":
        if reference_mode == "difference":
            return (
                "distance to a reference (relative difference): y = (x - ref)/|ref| for benefit "
                "indicators, (ref - x)/|ref| for cost indicators; 0 is level with the "
                "reference, positive is better"
            )
        return (
            "distance to a reference (ratio): y = x/ref for benefit indicators, ref/x for cost "
            "indicators; 1 is level with the reference, above 1 is better"
        )
    if method == "rank":
        return (
            "rank: y = the unit's rank on the indicator counted from the worst (1 = worst, "
            "m = best); ties share the average of their ranks"
        )
    raise MethodError(
        f"normalization '{method}' is unknown; choose one of {', '.join(NORMALIZATIONS)}",
        field="normalization",
    )


@dataclass(frozen=True)
class NormalizationFit:
    """The fitted parameters of one normalization over the units ranked.

    ``a`` and ``b`` hold per-indicator parameters: (min, max) for min-max, (mean, sd)
    for z-score, (lo, hi) after any log for goalposts, (ref, unused) for reference;
    ``sample`` keeps the sorted values for rank.
    """

    method: NormalizationMethod
    cost: Mask = field(compare=False, repr=False)
    a: Array = field(compare=False, repr=False)
    b: Array = field(compare=False, repr=False)
    log: Mask = field(compare=False, repr=False)
    reference_mode: ReferenceMode = "ratio"
    sample: Array | None = field(default=None, compare=False, repr=False)
    constant: Mask | None = field(default=None, compare=False, repr=False)

    def apply(self, x: npt.ArrayLike) -> Array:
        """Normalize raw values (one row per unit, one column per indicator) on this scale.

        Goalpost values are clipped to the goalposts; NaN stays NaN.
        """
        v = np.atleast_2d(np.asarray(x, dtype=float))
        sign = np.where(self.cost, -1.0, 1.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            if self.method == "minmax":
                span = self.b - self.a
                y = np.where(self.cost, self.b - v, v - self.a) / span
                y = np.where(self._flat(span), 0.5, y)
            elif self.method == "zscore":
                y = sign * (v - self.a) / self.b
                y = np.where(self._flat(self.b), 0.0, y)
            elif self.method == "goalpost":
                lv = np.where(self.log, np.log(v), v)
                lv = np.clip(lv, self.a, self.b)
                y = np.where(self.cost, self.b - lv, lv - self.a) / (self.b - self.a)
            elif self.method == "reference":
                ref = self.a
                if self.reference_mode == "ratio":
                    y = np.where(self.cost, ref / v, v / ref)
                else:
                    y = sign * (v - ref) / np.abs(ref)
            else:
                assert self.sample is not None
                y = np.empty_like(v)
                for j in range(v.shape[1]):
                    s = self.sample[:, j]
                    s = s[~np.isnan(s)]
                    below = np.searchsorted(s, v[:, j], side="left")
                    upto = np.searchsorted(s, v[:, j], side="right")
                    equal = upto - below
                    worse = (s.size - upto) if self.cost[j] else below
                    y[:, j] = worse + (equal + 1) / 2.0
                y[np.isnan(v)] = np.nan
        return np.asarray(y, dtype=float)

    def _flat(self, spread: Array) -> Mask:
        """Indicators with no spread (same value for every unit): neutral values."""
        flat = spread <= 0
        if self.constant is not None:
            flat = flat | self.constant
        return np.asarray(flat, dtype=bool)


@dataclass(frozen=True)
class Normalized:
    """Normalized values (higher is better) and what happened on the way.

    ``clipped`` lists (row, column) cells moved onto a goalpost; ``constant`` the
    columns with one value for every unit.
    """

    method: NormalizationMethod
    values: Array = field(compare=False, repr=False)
    fit: NormalizationFit
    convention: str
    clipped: tuple[tuple[int, int], ...] = ()
    constant: tuple[int, ...] = ()


def normalize(
    x: npt.ArrayLike,
    cost: npt.ArrayLike,
    method: str,
    *,
    goalposts: Sequence[tuple[float, float] | None] | None = None,
    log: npt.ArrayLike | None = None,
    reference: npt.ArrayLike | None = None,
    reference_mode: str = "ratio",
    ddof: int = 1,
    unit_ids: Sequence[str] | None = None,
    indicator_ids: Sequence[str] | None = None,
) -> Normalized:
    """Normalize a complete units x indicators matrix column by column.

    Parameters
    ----------
    x : array_like
        m x n raw values without missing values (impute or drop first).
    cost : array_like of bool
        True for indicators where less is better; their scale is flipped.
    method : {"minmax", "zscore", "goalpost", "reference", "rank"}
        See :func:`convention` for each formula.
    goalposts : sequence of (lo, hi) or None
        Per indicator, required by ``goalpost``.
    log : array_like of bool, optional
        Per indicator: natural log of values and goalposts (``goalpost`` only).
    reference : array_like, optional
        Per indicator the reference value (a unit's row, a national value or a target),
        required by ``reference``.
    reference_mode : {"ratio", "difference"}
    ddof : {1, 0}
        z-score standard deviation: sample (1, default) or population (0).

    Returns
    -------
    Normalized

    Raises
    ------
    MethodError
        Unknown method; goalposts or reference missing for an indicator; a reference of 0;
        a 0 value where a cost ratio divides by it; fewer than 2 units for a z-score.
    """
    v = np.asarray(x, dtype=float)
    m, n = v.shape
    c = np.asarray(cost, dtype=bool)
    units = list(unit_ids or (f"u{i + 1}" for i in range(m)))
    inds = list(indicator_ids or (f"i{j + 1}" for j in range(n)))
    lg = np.zeros(n, dtype=bool) if log is None else np.asarray(log, dtype=bool)
    text = convention(method, ddof=ddof, reference_mode=reference_mode)
    if np.isnan(v).any():
        i, j = np.argwhere(np.isnan(v))[0]
        raise InputError(
            f"unit '{units[i]}', indicator '{inds[j]}': value is missing; impute or drop first",
            alternative=units[i],
            criterion=inds[j],
        )
    zeros = np.zeros(n)
    lo = v.min(axis=0)
    hi = v.max(axis=0)
    # a spread below float noise of the values is no spread (same rule for fit and apply)
    flat = (hi - lo) <= 1e-12 * np.maximum(np.abs(hi), np.abs(lo))
    constant = tuple(int(j) for j in np.flatnonzero(flat))
    clipped: tuple[tuple[int, int], ...] = ()
    sample = None
    if method == "minmax":
        fit = NormalizationFit("minmax", c, lo, hi, lg, constant=flat)
    elif method == "zscore":
        if ddof not in (0, 1):
            raise MethodError(f"zscore ddof {ddof}: use 1 (sample) or 0 (population)")
        if m - ddof < 1:
            raise MethodError(
                "z-score with the sample standard deviation needs at least 2 units",
                field="normalization",
            )
        sd = v.std(axis=0, ddof=ddof)
        sd[list(constant)] = 0.0
        fit = NormalizationFit("zscore", c, v.mean(axis=0), sd, lg, constant=flat)
    elif method == "goalpost":
        if goalposts is None or any(g is None for g in goalposts):
            j = 0 if goalposts is None else next(k for k, g in enumerate(goalposts) if g is None)
            raise MethodError(
                f"indicator '{inds[j]}': goalpost normalization needs goalposts [min, max]",
                criterion=inds[j],
                field="goalposts",
            )
        gp = np.array(goalposts, dtype=float)
        if (v[:, lg] <= 0).any():
            i, j = np.argwhere((v <= 0) & lg)[0]
            raise InputError(
                f"unit '{units[i]}', indicator '{inds[j]}': {v[i, j]:g} cannot be "
                "log-transformed (log needs values > 0)",
                alternative=units[i],
                criterion=inds[j],
            )
        with np.errstate(divide="ignore", invalid="ignore"):  # log only where lg
            a = np.where(lg, np.log(gp[:, 0]), gp[:, 0])
            b = np.where(lg, np.log(gp[:, 1]), gp[:, 1])
        outside = (v < gp[:, 0]) | (v > gp[:, 1])
        clipped = tuple((int(i), int(j)) for i, j in np.argwhere(outside))
        fit = NormalizationFit("goalpost", c, a, b, lg)
    elif method == "reference":
        if reference is None:
            raise MethodError(
                "distance-to-reference normalization needs a reference unit or reference values",
                field="reference",
            )
        ref = np.asarray(reference, dtype=float)
        if reference_mode not in ("ratio", "difference"):
            raise MethodError(
                f"reference mode '{reference_mode}' is unknown; use ratio or difference",
                field="reference_mode",
            )
        bad = np.flatnonzero(np.isnan(ref) | (ref == 0))
        if bad.size:
            j = int(bad[0])
            what = "is missing" if np.isnan(ref[j]) else "is 0, and a distance relative to 0"
            raise MethodError(
                f"indicator '{inds[j]}': the reference value {what}"
                + (" is undefined" if not np.isnan(ref[j]) else ""),
                criterion=inds[j],
                field="reference",
            )
        if reference_mode == "ratio" and ((v == 0) & c).any():
            i, j = np.argwhere((v == 0) & c)[0]
            raise MethodError(
                f"unit '{units[i]}', indicator '{inds[j]}': value 0 on a cost indicator makes "
                "the ratio ref/x infinite; use the relative difference",
                alternative=units[i],
                criterion=inds[j],
            )
        mode: ReferenceMode = "difference" if reference_mode == "difference" else "ratio"
        fit = NormalizationFit("reference", c, ref, zeros, lg, mode)
    elif method == "rank":
        sample = np.sort(v, axis=0)
        fit = NormalizationFit("rank", c, zeros, zeros, lg, sample=sample)
    else:
        raise MethodError(
            f"normalization '{method}' is unknown; choose one of {', '.join(NORMALIZATIONS)}",
            field="normalization",
        )
    y = fit.apply(v)
    y.setflags(write=False)
    return Normalized(fit.method, y, fit, text, clipped, constant)


def positive_for_geometric(y: Array, method: str, floor: float = 0.01) -> tuple[Array, str | None]:
    """Values safe for a geometric mean, and the sentence saying how they were shifted.

    Nothing changes when every value is > 0. Otherwise min-max and goalpost values (in
    [0, 1]) become ``floor + (1 - floor) * y`` everywhere; values of unbounded methods
    (z-score, reference, rank) are rescaled per indicator to ``[floor, 1]`` by min-max.
    """
    if (y > 0).all():
        return y, None
    if method in BOUNDED:
        out = floor + (1.0 - floor) * y
        note = (
            f"zeros occur after {method} normalization, so every normalized value was shifted "
            f"to y' = {floor:g} + {1 - floor:g} * y (range [{floor:g}, 1]) before the geometric "
            "mean"
        )
    else:
        lo = y.min(axis=0)
        span = y.max(axis=0) - lo
        with np.errstate(divide="ignore", invalid="ignore"):
            scaled = np.where(span > 0, (y - lo) / span, 1.0)
        out = floor + (1.0 - floor) * scaled
        note = (
            f"values <= 0 occur after {method} normalization, so each indicator was rescaled "
            f"to [{floor:g}, 1] by y' = {floor:g} + {1 - floor:g} * (y - min)/(max - min) "
            "before the geometric mean"
        )
    out = np.asarray(out, dtype=float)
    out.setflags(write=False)
    return out, note
