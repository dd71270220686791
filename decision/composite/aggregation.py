"""Aggregation inside dimensions and across them: weighted arithmetic or geometric means."""

from __future__ import annotations

from typing import Literal

import numpy as np
import numpy.typing as npt

from decision.composite.weighting import Hierarchy
from decision.errors import MethodError

Array = npt.NDArray[np.float64]
AggregationMethod = Literal["linear", "geometric"]
AGGREGATIONS: tuple[AggregationMethod, ...] = ("linear", "geometric")

LINEAR = "linear: weighted arithmetic mean sum_j w_j y_j (compensatory)"
GEOMETRIC = (
    "geometric: weighted geometric mean prod_j y_j^w_j with weights summing to 1 (less "
    "compensatory: a low value cannot be fully offset by a high one)"
)


def check_aggregation(name: str, where: str = "aggregation") -> AggregationMethod:
    """The aggregation key, or a :class:`MethodError` listing the choices."""
    if name == "linear":
        return "linear"
    if name == "geometric":
        return "geometric"
    raise MethodError(f"{where} '{name}' is unknown; choose linear or geometric", field=where)


def needs_positive(hierarchy: Hierarchy, inner: str, outer: str) -> bool:
    """True when a geometric mean will multiply normalized values."""
    multi = any(len(cols) > 1 for cols in hierarchy.members)
    return outer == "geometric" or (inner == "geometric" and multi)


def _mean(values: Array, weights: Array, how: str) -> Array:
    if how == "linear":
        return np.asarray(values @ weights, dtype=float)
    with np.errstate(divide="ignore"):
        return np.asarray(np.exp(np.log(values) @ weights), dtype=float)


def aggregate(
    y: Array,
    hierarchy: Hierarchy,
    indicator_weights: Array,
    dimension_weights: Array,
    inner: str = "linear",
    outer: str = "linear",
) -> tuple[Array, Array]:
    """Dimension indices (m x dimensions) and composite scores (m) of one weighting."""
    m = y.shape[0]
    dims = np.empty((m, len(hierarchy.members)))
    for g, cols in enumerate(hierarchy.members):
        idx = list(cols)
        if len(idx) == 1:  # a one-indicator dimension is the indicator (any mean)
            dims[:, g] = y[:, idx[0]]
            continue
        w = indicator_weights[idx]
        total = w.sum()
        dims[:, g] = _mean(y[:, idx], w / total if total > 0 else w, inner)
    return dims, _mean(dims, dimension_weights, outer)


def batch_scores(
    y: Array,
    log_y: Array | None,
    hierarchy: Hierarchy,
    global_weights: Array,
    inner: str,
    outer: str,
) -> Array:
    """Composite scores for k global weight vectors at once, shape (k, m).

    ``global_weights`` is k x n, each row summing to 1; the weights inside a dimension
    and of the dimensions are its group shares, as :func:`weighting.split_global`.
    ``log_y`` is ``log(y)`` (needed for any geometric step; computed once by the caller).
    """
    w = np.asarray(global_weights, dtype=float)
    single = all(len(cols) == 1 for cols in hierarchy.members)
    if outer == "linear" and (inner == "linear" or single):
        return np.asarray(w @ y.T, dtype=float)
    assert log_y is not None
    if single:  # geometric across indicators that are their own dimensions
        return np.asarray(np.exp(w @ log_y.T), dtype=float)
    acc = np.zeros((w.shape[0], y.shape[0]))
    for cols in hierarchy.members:
        idx = list(cols)
        wg = w[:, idx]
        share = wg.sum(axis=1, keepdims=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            wn = np.where(share > 0, wg / share, 0.0)
        d = wn @ y[:, idx].T if inner == "linear" else np.exp(wn @ log_y[:, idx].T)
        if outer == "linear":
            acc += share * d
        else:
            with np.errstate(divide="ignore"):
                acc += share * np.log(d)
    return acc if outer == "linear" else np.exp(acc)
