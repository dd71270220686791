"""Distance decay and Hansen (1959) accessibility: A_i = sum_j mass_j * f(d_ij)."""

from __future__ import annotations

from typing import Literal, get_args

import numpy as np

from decision.errors import InputError
from decision.network.checks import Array

Decay = Literal["power", "exponential"]
DECAYS: tuple[str, ...] = get_args(Decay)


def check_decay(decay: str, parameter: float) -> Decay:
    """The decay name, checked, with a finite non-negative parameter."""
    key = str(decay).strip().lower()
    if key not in DECAYS:
        raise InputError(f"decay {decay!r}: expected one of {', '.join(DECAYS)}", field="decay")
    if not np.isfinite(parameter) or parameter < 0:
        raise InputError(f"decay parameter {parameter!r}: must be a finite number >= 0")
    return key  # type: ignore[return-value]


def decay_weights(distance: Array, decay: Decay = "power", parameter: float = 2.0) -> Array:
    """f(d): ``d ** -parameter`` (power) or ``exp(-parameter * d)`` (exponential).

    Distances must already be checked (> 0 where a power decay is applied).
    """
    d = np.asarray(distance, dtype=np.float64)
    if decay == "power":
        return np.asarray(d**-parameter, dtype=np.float64)
    return np.asarray(np.exp(-parameter * d), dtype=np.float64)


def hansen_accessibility(
    mass: Array,
    distance: Array,
    *,
    decay: Decay = "power",
    parameter: float = 2.0,
    exclude_self: bool = False,
) -> Array:
    """Hansen (1959) accessibility of every origin i: ``A_i = sum_j mass_j * f(d_ij)``.

    Parameters
    ----------
    mass
        Attractiveness (floor space, population, jobs ...) of the m destinations.
    distance
        n x m distances or travel times, checked beforehand (> 0 off the diagonal).
    decay, parameter
        ``"power"``: f(d) = d^-parameter (lambda); ``"exponential"``: f(d) = exp(-parameter d)
        (beta).
    exclude_self
        For a square places x places matrix: leave out j = i (a place's own mass has no
        meaningful distance on a zero diagonal). Used by the settlement network.

    Returns
    -------
    numpy.ndarray
        One accessibility per origin, in units of mass x f(distance).
    """
    d = np.array(distance, dtype=np.float64)
    if exclude_self:
        np.fill_diagonal(d, 1.0)  # placeholder; the weight is zeroed just below
    f = decay_weights(d, decay, parameter)
    if exclude_self:
        np.fill_diagonal(f, 0.0)
    return np.asarray(f @ np.asarray(mass, dtype=np.float64), dtype=np.float64)
