"""COPRAS (Zavadskas, Kaklauskas & Sarka 1994) in its standard form, vectorised."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.methods.base import Array, Context, MethodOutput, MethodSpec


def _compute(
    matrix: Array,
    weights: Array,
    types: npt.NDArray[np.int8],
    params: Mapping[str, Any],
    ctx: Context,
) -> MethodOutput:
    # Weighted sum-normalised values, summed separately over benefit (S+) and cost (S-) criteria.
    weighted = matrix / matrix.sum(axis=0) * weights
    benefit = types > 0
    s_plus = weighted[:, benefit].sum(axis=1)
    s_minus = weighted[:, ~benefit].sum(axis=1)
    notes: tuple[str, ...] = ()
    if (~benefit).any():
        # Q_i = S+_i + sum_k S-_k / (S-_i * sum_k 1/S-_k): relative significance
        q = s_plus + s_minus.sum() / (s_minus * np.sum(1.0 / s_minus))
    else:
        q = s_plus
        notes = ("no cost criteria: Q = S+",)
    utility = q / q.max()
    return MethodOutput(
        scores=utility,
        details={"S_plus": s_plus, "S_minus": s_minus, "Q": q},
        normalization="sum normalization x/sum x for every criterion (direction enters via S+ and S-)",
        notes=(
            "score = utility degree Q/max Q (1 for the best); "
            "Q = S+ + sum S- / (S- x sum 1/S-) as in Zavadskas et al. (1994)",
            *notes,
        ),
    )


SPEC = MethodSpec(
    key="copras",
    label="COPRAS",
    description="Weighted sums of benefit and cost criteria in proportion (utility degree).",
    compute=_compute,
    needs=lambda p: {"positive": True},
    reference=(
        "Zavadskas, E.K., Kaklauskas, A. & Sarka, V. (1994) The new method of multicriteria "
        "complex proportional assessment of projects. Technological and Economic Development "
        "of Economy 1(3):131-139."
    ),
)
