"""Weight sensitivity: sweeps of one criterion's weight and tipping points of the ranking."""

from decision.sensitivity.sweep import SensitivityCancelled, SweepResult, sweep
from decision.sensitivity.weights import leaf_weights, perturb

__all__ = [
    "SensitivityCancelled",
    "SweepResult",
    "leaf_weights",
    "perturb",
    "sweep",
]
