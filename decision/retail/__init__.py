"""Retail and services planning: spending potential, centrality, flows and the Huff model."""

from decision.retail.calibration import Calibration, calibrate_lambda
from decision.retail.files import (
    HuffFile,
    RetailFile,
    huff_to_json,
    parse_huff,
    parse_retail,
    retail_to_json,
    run_huff,
)
from decision.retail.huff import (
    Centre,
    CentreImpact,
    HuffInput,
    HuffResult,
    NewCentre,
    ScenarioResult,
    Zone,
    huff,
    huff_probabilities,
    new_store_scenario,
)
from decision.retail.metrics import (
    CENTRALITY_INDEX,
    CENTRALITY_SIMPLE,
    LEAKAGE_SIGN,
    RetailInput,
    RetailMetrics,
    leakage_surplus_factor,
    retail_metrics,
    spending_potential,
)

__all__ = [
    "CENTRALITY_INDEX",
    "CENTRALITY_SIMPLE",
    "LEAKAGE_SIGN",
    "Calibration",
    "Centre",
    "CentreImpact",
    "HuffFile",
    "HuffInput",
    "HuffResult",
    "NewCentre",
    "RetailFile",
    "RetailInput",
    "RetailMetrics",
    "ScenarioResult",
    "Zone",
    "calibrate_lambda",
    "huff",
    "huff_probabilities",
    "huff_to_json",
    "leakage_surplus_factor",
    "new_store_scenario",
    "parse_huff",
    "parse_retail",
    "retail_metrics",
    "retail_to_json",
    "run_huff",
    "spending_potential",
]
