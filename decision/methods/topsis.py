"""TOPSIS (Hwang & Yoon 1981) as matrix products, batched over weight vectors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.methods.base import Array, Context, MethodOutput, MethodSpec, Parameter
from decision.normalization import NORMALIZATIONS, describe, normalize

# TOPSIS on a normalized matrix needs no further data conditions, but these normalizations divide.
_POSITIVE = frozenset({"sum", "linear", "logarithmic", "nonlinear", "zavadskas_turskis"})


def topsis_closeness(normalized: Array, weights: npt.ArrayLike) -> Array:
    """Relative closeness to the ideal for one (n,) or many (k, n) weight vectors.

    ``normalized`` is m x n with every column oriented so higher is better (the
    cost reversal done by the normalization). With non-negative weights the
    weighted ideal is w_j * max_i r_ij, so both squared distances are one matrix
    product: D+^2 = (r - max r)^2 @ w^2. Returns (m,) or (m, k).
    """
    w = np.asarray(weights, dtype=float)
    hi = normalized.max(axis=0)
    lo = normalized.min(axis=0)
    w2 = (w * w).T
    d_plus = np.sqrt(((normalized - hi) ** 2) @ w2)
    d_minus = np.sqrt(((normalized - lo) ** 2) @ w2)
    total = d_plus + d_minus
    with np.errstate(invalid="ignore", divide="ignore"):
        closeness = np.where(total > 0, d_minus / np.where(total > 0, total, 1.0), 0.5)
    return np.asarray(closeness, dtype=float)


def _affine_scale(matrix: Array, types: npt.NDArray[np.int8], name: str) -> Array | None:
    """|slope| of normalizations that are affine per column (r = a x + b), else None.

    TOPSIS distances ignore the offset b and the sign of a, so for these the
    normalized matrix never needs to be built: distances are taken on the raw
    values with per-column factors |a_j| w_j. This halves the passes over memory.
    """
    with np.errstate(divide="ignore"):
        if name == "vector":
            norm = np.sqrt(np.einsum("ij,ij->j", matrix, matrix))
            return np.where(norm > 0, 1.0 / norm, 0.0)
        if name == "minmax":
            span = matrix.max(axis=0) - matrix.min(axis=0)
            return np.where(span > 0, 1.0 / span, 0.0)
        if name == "max":
            top = np.abs(matrix.max(axis=0))
            return np.where(top > 0, 1.0 / top, 0.0)
    return None


def _compute(
    matrix: Array,
    weights: Array,
    types: npt.NDArray[np.int8],
    params: Mapping[str, Any],
    ctx: Context,
) -> MethodOutput:
    name = params["normalization"]
    scale = _affine_scale(matrix, types, name)
    if scale is not None:
        hi, lo = matrix.max(axis=0), matrix.min(axis=0)
        best, worst = np.where(types > 0, hi, lo), np.where(types > 0, lo, hi)
        factors = (scale * weights) ** 2
        work = np.empty_like(matrix)  # one scratch buffer reused for both distances
        np.subtract(matrix, best, out=work)
        np.square(work, out=work)
        d_plus = np.sqrt(work @ factors)
        np.subtract(matrix, worst, out=work)
        np.square(work, out=work)
        d_minus = np.sqrt(work @ factors)
    else:
        r = normalize(matrix, types, name)
        w2 = weights * weights
        d_plus = np.sqrt(((r - r.max(axis=0)) ** 2) @ w2)
        d_minus = np.sqrt(((r - r.min(axis=0)) ** 2) @ w2)
    total = d_plus + d_minus
    flat = not (total > 0).any()
    scores = d_minus / np.where(total > 0, total, 1.0)
    if flat:
        scores = np.full_like(total, 0.5)
    notes = ("all alternatives are equal on every weighted criterion: closeness set to 0.5",)
    return MethodOutput(
        scores=scores,
        details={"d_plus": d_plus, "d_minus": d_minus},
        normalization=describe(name),
        notes=notes if flat else (),
    )


SPEC = MethodSpec(
    key="topsis",
    label="TOPSIS",
    description="Closeness to the ideal and distance from the anti-ideal alternative (Euclidean).",
    compute=_compute,
    parameters=(
        Parameter(
            "normalization",
            "choice",
            "vector",
            "How columns are made comparable; vector is Hwang and Yoon's textbook form.",
            choices=tuple(NORMALIZATIONS),
        ),
    ),
    needs=lambda p: {"positive": p["normalization"] in _POSITIVE},
    reference="Hwang, C.L. & Yoon, K. (1981) Multiple Attribute Decision Making. Springer.",
)
