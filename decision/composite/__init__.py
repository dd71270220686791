"""Composite indicators for benchmarking towns (OECD/JRC Handbook 2008): build, rank, test."""

from decision.composite.aggregation import AGGREGATIONS, AggregationMethod
from decision.composite.compute import CompositeResult, CompositeSettings, composite
from decision.composite.data import CompositeData, Indicator, Unit
from decision.composite.files import (
    CompositeFile,
    composite_to_json,
    load_composite,
    parse_composite,
    parse_long_csv,
)
from decision.composite.missing import MISSING_MODES, MissingMode
from decision.composite.normalization import (
    NORMALIZATIONS,
    NormalizationFit,
    NormalizationMethod,
    normalize,
)
from decision.composite.peers import IndicatorGap, PeerComparison, compare_with_peers
from decision.composite.uncertainty import (
    CompositeCancelled,
    UncertaintyResult,
    UncertaintySettings,
    uncertainty,
)
from decision.composite.weighting import WEIGHTINGS, WeightingMethod

__all__ = [
    "AGGREGATIONS",
    "MISSING_MODES",
    "NORMALIZATIONS",
    "WEIGHTINGS",
    "AggregationMethod",
    "CompositeCancelled",
    "CompositeData",
    "CompositeFile",
    "CompositeResult",
    "CompositeSettings",
    "Indicator",
    "IndicatorGap",
    "MissingMode",
    "NormalizationFit",
    "NormalizationMethod",
    "PeerComparison",
    "UncertaintyResult",
    "UncertaintySettings",
    "Unit",
    "WeightingMethod",
    "compare_with_peers",
    "composite",
    "composite_to_json",
    "load_composite",
    "normalize",
    "parse_composite",
    "parse_long_csv",
    "uncertainty",
]
