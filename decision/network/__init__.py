"""The town in its settlement network: gravity, breaking points, accessibility, centrality."""

from decision.network.accessibility import DECAYS, Decay, decay_weights, hansen_accessibility
from decision.network.analysis import (
    BreakingPoint,
    NetworkInput,
    NetworkResult,
    NetworkSettings,
    ReillyRow,
    Town,
    analyse_network,
)
from decision.network.centrality import FunctionalIndex, functional_index
from decision.network.files import network_to_json, parse_network
from decision.network.gravity import (
    ReillySplit,
    breaking_point,
    gravity_matrix,
    reilly,
    reilly_lambda,
)

__all__ = [
    "DECAYS",
    "BreakingPoint",
    "Decay",
    "FunctionalIndex",
    "NetworkInput",
    "NetworkResult",
    "NetworkSettings",
    "ReillyRow",
    "ReillySplit",
    "Town",
    "analyse_network",
    "breaking_point",
    "decay_weights",
    "functional_index",
    "gravity_matrix",
    "hansen_accessibility",
    "network_to_json",
    "parse_network",
    "reilly",
    "reilly_lambda",
]
