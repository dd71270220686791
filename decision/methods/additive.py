"""Weighted sum (WSM) and weighted product (WPM) models."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.methods.base import Array, Context, MethodOutput, MethodSpec, Parameter
from decision.normalization import NORMALIZATIONS, describe, normalize

_POSITIVE = frozenset({"sum", "linear", "logarithmic", "nonlinear", "zavadskas_turskis"})


def _wsm(
    matrix: Array,
    weights: Array,
    types: npt.NDArray[np.int8],
    params: Mapping[str, Any],
    ctx: Context,
) -> MethodOutput:
    name = params["normalization"]
    if name == "none":
        r = np.where(types > 0, matrix, -matrix)
        how = "none: raw values (cost criteria subtracted); only for criteria on one scale"
    else:
        r = normalize(matrix, types, name)
        how = describe(name)
    contributions = r * weights
    # m x n array; RankingResult.details_json() turns it into per-alternative rows
    details = {"contributions": contributions}
    return MethodOutput(contributions.sum(axis=1), details, how)


def _wpm(
    matrix: Array,
    weights: Array,
    types: npt.NDArray[np.int8],
    params: Mapping[str, Any],
    ctx: Context,
) -> MethodOutput:
    # prod r^w computed as exp(log r @ w): one product, no underflow for many criteria.
    name = params["normalization"]
    if name == "none":
        exponents = np.where(types > 0, weights, -weights)
        scores = np.exp(np.log(matrix) @ exponents)
        how = "none: raw values raised to the weight (cost criteria to minus the weight)"
    else:
        scores = np.exp(np.log(normalize(matrix, types, name)) @ weights)
        how = describe(name)
    return MethodOutput(scores, {}, how)


WSM = MethodSpec(
    key="wsm",
    label="Weighted sum (WSM)",
    description="Sum of weighted normalized values; each criterion's contribution is reported.",
    compute=_wsm,
    parameters=(
        Parameter(
            "normalization",
            "choice",
            "minmax",
            "How columns are made comparable before summing (none: raw values, one scale).",
            choices=(*NORMALIZATIONS, "none"),
        ),
    ),
    needs=lambda p: {"positive": p["normalization"] in _POSITIVE},
    reference="Fishburn, P.C. (1967) Additive utilities with incomplete product sets. Oper. Res. 15.",
)

WPM = MethodSpec(
    key="wpm",
    label="Weighted product (WPM)",
    description="Product of values raised to their weights; needs values above zero.",
    compute=_wpm,
    parameters=(
        Parameter(
            "normalization",
            "choice",
            "sum",
            "sum (as pymcdm), linear (x/max, min/x) or none (raw ratios; same ranking).",
            choices=("sum", "linear", "none"),
        ),
    ),
    needs=lambda p: {"positive": True},
    reference="Miller, D.W. & Starr, M.K. (1969) Executive Decisions and Operations Research.",
)
