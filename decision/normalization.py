"""Column normalizations, vectorised, with pymcdm's formulas (cost columns reversed so higher is better)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from decision.errors import MethodError

Array = npt.NDArray[np.float64]
Normalizer = Callable[[Array, npt.NDArray[np.bool_]], Array]


def _vector(x: Array, cost: npt.NDArray[np.bool_]) -> Array:
    r = x / np.sqrt(np.sum(x * x, axis=0))
    return np.where(cost, 1.0 - r, r)


def _minmax(x: Array, cost: npt.NDArray[np.bool_]) -> Array:
    lo, hi = x.min(axis=0), x.max(axis=0)
    span = hi - lo
    safe = np.where(span == 0, 1.0, span)
    r = np.where(cost, (hi - x) / safe, (x - lo) / safe)
    # pymcdm maps a constant column to ones
    return np.where(span == 0, 1.0, r)


def _max(x: Array, cost: npt.NDArray[np.bool_]) -> Array:
    r = x / x.max(axis=0)
    return np.where(cost, 1.0 - r, r)


def _sum(x: Array, cost: npt.NDArray[np.bool_]) -> Array:
    inv = 1.0 / x
    return np.where(cost, inv / inv.sum(axis=0), x / x.sum(axis=0))


def _linear(x: Array, cost: npt.NDArray[np.bool_]) -> Array:
    return np.where(cost, x.min(axis=0) / x, x / x.max(axis=0))


def _logarithmic(x: Array, cost: npt.NDArray[np.bool_]) -> Array:
    logs = np.log(x)
    r = logs / logs.sum(axis=0)
    return np.where(cost, (1.0 - r) / (x.shape[0] - 1), r)


def _nonlinear(x: Array, cost: npt.NDArray[np.bool_]) -> Array:
    return np.where(cost, (x.min(axis=0) / x) ** 3, (x / x.max(axis=0)) ** 2)


def _enhanced_accuracy(x: Array, cost: npt.NDArray[np.bool_]) -> Array:
    lo, hi = x.min(axis=0), x.max(axis=0)
    r_cost = 1.0 - (x - lo) / np.sum(x - lo, axis=0)
    r_ben = 1.0 - (hi - x) / np.sum(hi - x, axis=0)
    return np.where(cost, r_cost, r_ben)


def _zavadskas_turskis(x: Array, cost: npt.NDArray[np.bool_]) -> Array:
    lo, hi = x.min(axis=0), x.max(axis=0)
    return np.where(cost, 1.0 - np.abs((lo - x) / lo), 1.0 - np.abs((hi - x) / hi))


NORMALIZATIONS: dict[str, tuple[Normalizer, str]] = {
    "vector": (_vector, "vector normalization x/sqrt(sum x^2); cost columns as 1 - r"),
    "minmax": (
        _minmax,
        "min-max normalization (x - min)/(max - min), reversed for cost",
    ),
    "max": (_max, "max normalization x/max; cost columns as 1 - x/max"),
    "sum": (_sum, "sum normalization x/sum x; cost columns (1/x)/sum(1/x)"),
    "linear": (_linear, "linear normalization x/max; cost columns min/x"),
    "logarithmic": (_logarithmic, "logarithmic normalization ln x / ln prod x"),
    "nonlinear": (
        _nonlinear,
        "nonlinear normalization (x/max)^2; cost columns (min/x)^3",
    ),
    "enhanced_accuracy": (
        _enhanced_accuracy,
        "enhanced accuracy normalization (Zeng & Xiao)",
    ),
    "zavadskas_turskis": (_zavadskas_turskis, "Zavadskas-Turskis normalization"),
}

# Which normalizations need strictly positive data (division by x, logarithms, x/max).
NEEDS_POSITIVE = frozenset({"sum", "linear", "logarithmic", "nonlinear", "zavadskas_turskis"})


def normalize(matrix: npt.ArrayLike, types: npt.ArrayLike, name: str) -> Array:
    """Normalize every column; ``types`` holds +1 (benefit) or -1 (cost) per column."""
    if name not in NORMALIZATIONS:
        raise MethodError(
            f"normalization '{name}' is unknown; choose one of {', '.join(NORMALIZATIONS)}",
            field="normalization",
        )
    x = np.asarray(matrix, dtype=float)
    cost = np.asarray(types) < 0
    with np.errstate(divide="ignore", invalid="ignore"):
        out = NORMALIZATIONS[name][0](x, cost)
    return np.asarray(out, dtype=float)


def describe(name: str) -> str:
    return NORMALIZATIONS[name][1]
