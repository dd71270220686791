"""InnoCite decision engine: pure numpy/pandas multi-criteria methods, no Qt and no database."""

from decision.errors import DecisionError, InputError, MethodError
from decision.problem import Alternative, Criterion, Preference, Problem

__all__ = [
    "Alternative",
    "Criterion",
    "DecisionError",
    "InputError",
    "MethodError",
    "Preference",
    "Problem",
]
