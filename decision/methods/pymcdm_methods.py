"""Further ranking methods delegated to pymcdm (validated once by us, called with validation off)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.errors import MethodError
from decision.methods.base import Array, Context, MethodOutput, MethodSpec, Parameter

Factory = Callable[[Mapping[str, Any], Array], Any]


def _delegate(key: str, label: str, factory: Factory) -> Callable[..., MethodOutput]:
    def compute(
        matrix: Array,
        weights: Array,
        types: npt.NDArray[np.int8],
        params: Mapping[str, Any],
        ctx: Context,
    ) -> MethodOutput:
        body = factory(params, matrix)  # a fresh object per call: some keep state between calls
        with np.errstate(all="ignore"):
            scores = np.asarray(body(matrix, weights, types, validation=False), dtype=float)
        if not np.isfinite(scores).all():
            bad = ctx.alternative_ids[int(np.argmax(~np.isfinite(scores)))]
            raise MethodError(
                f"{label} gives no score for alternative '{bad}' with these values "
                "(zeros, negatives or identical columns); choose another method",
                alternative=bad,
            )
        return MethodOutput(scores, {}, f"as defined by pymcdm's {label} (its default)")

    return compute


def _spotis_bounds(matrix: Array) -> Array:
    bounds: Array = np.column_stack([matrix.min(axis=0), matrix.max(axis=0)])
    span = bounds[:, 1] - bounds[:, 0]
    # SPOTIS needs min < max: widen a constant column symmetrically
    bounds[span == 0, 0] -= 1.0
    bounds[span == 0, 1] += 1.0
    return bounds


def _m(name: str) -> Any:
    import pymcdm.methods as pm  # lazy: pymcdm pulls matplotlib and scipy at import

    return getattr(pm, name)


_LAMBDA = Parameter(
    "l",
    "float",
    0.5,
    "Share of the weighted sum in the combined score.",
    minimum=0,
    maximum=1,
)

# COPRAS is ours (decision.methods.copras): pymcdm 1.4 adds the cost sum S- to the benefit sum
# instead of COPRAS's relative-significance term, so cost criteria raised the score.
_TABLE: list[tuple[str, str, str, bool, bool, tuple[Parameter, ...], Factory, str]] = [
    # key, pymcdm class, description, higher better, needs positive, parameters, factory, reference
    (
        "aras",
        "ARAS",
        "Ratio of each alternative's weighted sum to the ideal's.",
        True,
        True,
        (),
        lambda p, x: _m("ARAS")(),
        "Zavadskas & Turskis (2010)",
    ),
    (
        "cocoso",
        "COCOSO",
        "Combined compromise of sum and product aggregations.",
        True,
        False,
        (_LAMBDA,),
        lambda p, x: _m("COCOSO")(l=p["l"]),
        "Yazdani et al. (2019)",
    ),
    (
        "codas",
        "CODAS",
        "Euclidean and taxicab distances from the negative ideal.",
        True,
        True,
        (),
        lambda p, x: _m("CODAS")(),
        "Keshavarz Ghorabaee et al. (2016)",
    ),
    (
        "edas",
        "EDAS",
        "Positive and negative distances from the average solution.",
        True,
        False,
        (),
        lambda p, x: _m("EDAS")(),
        "Keshavarz Ghorabaee et al. (2015)",
    ),
    (
        "mabac",
        "MABAC",
        "Distance from the border approximation area.",
        True,
        False,
        (),
        lambda p, x: _m("MABAC")(),
        "Pamucar & Cirovic (2015)",
    ),
    (
        "mairca",
        "MAIRCA",
        "Gap between theoretical and real ratings (smaller is better).",
        False,
        False,
        (),
        lambda p, x: _m("MAIRCA")(),
        "Pamucar et al. (2014)",
    ),
    (
        "marcos",
        "MARCOS",
        "Utility relative to ideal and anti-ideal solutions.",
        True,
        True,
        (),
        lambda p, x: _m("MARCOS")(),
        "Stevic et al. (2020)",
    ),
    (
        "moora",
        "MOORA",
        "Ratio system: weighted benefits minus weighted costs.",
        True,
        False,
        (),
        lambda p, x: _m("MOORA")(),
        "Brauers & Zavadskas (2006)",
    ),
    (
        "ocra",
        "OCRA",
        "Operational competitiveness rating.",
        True,
        True,
        (),
        lambda p, x: _m("OCRA")(),
        "Parkan (1994)",
    ),
    (
        "probid",
        "PROBID",
        "Distances to ideal and average solutions.",
        True,
        False,
        (),
        lambda p, x: _m("PROBID")(),
        "Wang et al. (2021)",
    ),
    (
        "ram",
        "RAM",
        "Root assessment of normalized benefit and cost sums.",
        True,
        True,
        (),
        lambda p, x: _m("RAM")(),
        "Sotoudeh-Anvari (2023)",
    ),
    (
        "waspas",
        "WASPAS",
        "Weighted sum and weighted product combined.",
        True,
        True,
        (_LAMBDA,),
        lambda p, x: _m("WASPAS")(l=p["l"]),
        "Zavadskas et al. (2012)",
    ),
    (
        "spotis",
        "SPOTIS",
        "Distance to the ideal point within the data bounds (smaller is better).",
        False,
        False,
        (),
        lambda p, x: _m("SPOTIS")(_spotis_bounds(x)),
        "Dezert et al. (2020)",
    ),
]


def _specs() -> tuple[MethodSpec, ...]:
    specs = []
    for key, cls, desc, higher, positive, params, factory, ref in _TABLE:
        specs.append(
            MethodSpec(
                key=key,
                label=cls,
                description=desc,
                compute=_delegate(key, cls, factory),
                higher_is_better=higher,
                parameters=params,
                needs=(lambda _p: {"positive": True}) if positive else (lambda _p: {}),
                source="pymcdm",
                reference=ref,
            )
        )
    return tuple(specs)


SPECS = _specs()
