"""Weight sensitivity: sweeps of one criterion's weight and tipping points of the ranking."""

from decision.sensitivity.sweep import SensitivityCancelled, SweepResult, sweep
from decision.sensitivity.tipping import SwapPoint, TippingResult, pair_change, tipping_points
from decision.sensitivity.weights import leaf_weights, perturb

__all__ = [
    "SensitivityCancelled",
    "SwapPoint",
    "SweepResult",
    "TippingResult",
    "leaf_weights",
    "pair_change",
    "perturb",
    "sweep",
    "tipping_points",
]
