"""Retail gravitation between towns: Reilly's law, Converse's breaking points, the gravity matrix."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from decision.errors import InputError
from decision.network.checks import Array, positive


@dataclass(frozen=True)
class ReillySplit:
    """How an intermediate place divides its trade between towns a and b (Reilly 1931).

    ``relation`` is B_a / B_b = (P_a / P_b)^gamma * (D_b / D_a)^lambda; ``share_a`` and
    ``share_b`` are relation / (1 + relation) and 1 / (1 + relation).
    """

    relation: float
    share_a: float
    share_b: float
    gamma: float
    lam: float


def reilly(
    p_a: float, p_b: float, d_a: float, d_b: float, *, gamma: float = 1.0, lam: float = 2.0
) -> ReillySplit:
    """Reilly's law of retail gravitation for a place between towns a and b.

    Parameters
    ----------
    p_a, p_b
        Populations (or another mass) of the two towns, > 0.
    d_a, d_b
        Distances from the intermediate place to a and to b, > 0.
    gamma, lam
        Exponents of mass and distance; Reilly's law proper is gamma = 1, lambda = 2.
    """
    p_a, p_b = positive(p_a, "population of town a"), positive(p_b, "population of town b")
    d_a, d_b = positive(d_a, "distance to town a"), positive(d_b, "distance to town b")
    rel = (p_a / p_b) ** gamma * (d_b / d_a) ** lam
    return ReillySplit(rel, rel / (1 + rel), 1 / (1 + rel), float(gamma), float(lam))


def reilly_lambda(
    relation: float, p_a: float, p_b: float, d_a: float, d_b: float, *, gamma: float = 1.0
) -> float:
    """The distance exponent that reproduces an observed trade relation B_a / B_b.

    Solves relation = (P_a/P_b)^gamma (D_b/D_a)^lambda for lambda; needs D_a != D_b.
    """
    relation = positive(relation, "observed relation B_a/B_b")
    p_a, p_b = positive(p_a, "population of town a"), positive(p_b, "population of town b")
    d_a, d_b = positive(d_a, "distance to town a"), positive(d_b, "distance to town b")
    if d_a == d_b:
        raise InputError("distances to a and b are equal: lambda cannot be identified")
    return (math.log(relation) - gamma * math.log(p_a / p_b)) / math.log(d_b / d_a)


def breaking_point(p_a: float, p_b: float, d_ab: float) -> tuple[float, float]:
    """Converse (1949) breaking point between towns a and b.

    Returns the distances (from a, from b) of the point where their trade areas meet:
    from a = D_ab / (1 + sqrt(P_b / P_a)); from b = D_ab - from a. The larger town's
    area reaches further.
    """
    p_a, p_b = positive(p_a, "population of town a"), positive(p_b, "population of town b")
    d_ab = positive(d_ab, "distance between the towns")
    from_a = d_ab / (1.0 + math.sqrt(p_b / p_a))
    return from_a, d_ab / (1.0 + math.sqrt(p_a / p_b))


def gravity_matrix(mass: Array, distance: Array, beta: float = 2.0) -> Array:
    """Interaction I_ij = P_i P_j / d_ij^beta with a zero diagonal (symmetric if d is)."""
    p = np.asarray(mass, dtype=np.float64)
    d = np.array(distance, dtype=np.float64)
    np.fill_diagonal(d, 1.0)
    out = np.outer(p, p) / d**beta
    np.fill_diagonal(out, 0.0)
    return np.asarray(out, dtype=np.float64)
