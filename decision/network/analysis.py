"""The settlement network of a town: every method over one set of towns and distances."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np

from decision.errors import InputError
from decision.network.accessibility import Decay, check_decay, hansen_accessibility
from decision.network.centrality import FunctionalIndex, functional_index
from decision.network.checks import Array, ids, number, square_distances, vector
from decision.network.gravity import breaking_point, gravity_matrix, reilly


@dataclass(frozen=True)
class Town:
    """A town of the network and its population (the mass of the gravity methods)."""

    id: str
    population: float


@dataclass(frozen=True)
class BreakingPoint:
    """Converse's breaking point on the road between towns a and b (distances from each)."""

    a: str
    b: str
    distance: float
    from_a: float
    from_b: float


@dataclass(frozen=True)
class ReillyRow:
    """How town ``town`` divides its trade between towns a and b by Reilly's law."""

    town: str
    a: str
    b: str
    relation: float
    share_a: float
    share_b: float


@dataclass(frozen=True)
class NetworkSettings:
    """Exponents and decay of the network methods.

    ``beta``: distance exponent of the gravity matrix (default 2). ``gamma`` and ``lam``:
    Reilly's exponents (1 and 2). Accessibility uses ``decay`` with ``decay_parameter``
    (default: power decay with exponent ``beta``).
    """

    beta: float = 2.0
    gamma: float = 1.0
    lam: float = 2.0
    decay: Decay = "power"
    decay_parameter: float | None = None

    def __post_init__(self) -> None:
        for name in ("beta", "gamma", "lam"):
            label = "lambda" if name == "lam" else name
            x = number(getattr(self, name), label)
            if x < 0:
                raise InputError(f"{label}: {x:g} must be >= 0", field=label)
            object.__setattr__(self, name, x)
        if self.decay_parameter is not None:
            object.__setattr__(
                self, "decay_parameter", number(self.decay_parameter, "decay parameter")
            )
        object.__setattr__(self, "decay", check_decay(self.decay, self.parameter))

    @property
    def parameter(self) -> float:
        """The accessibility decay parameter actually used."""
        return self.beta if self.decay_parameter is None else self.decay_parameter


@dataclass(frozen=True)
class NetworkInput:
    """Towns, their symmetric distance matrix (zero diagonal) and optional function counts."""

    towns: tuple[Town, ...]
    distance: Array
    functions: Mapping[str, Sequence[Any] | Array] = field(default_factory=dict)
    settings: NetworkSettings = field(default_factory=NetworkSettings)

    def __post_init__(self) -> None:
        labels = ids([t.id for t in self.towns], "town")
        if len(labels) < 2:
            raise InputError("towns: a network needs at least two towns", field="towns")
        pop = vector([t.population for t in self.towns], labels, "town", "population")
        clean = tuple(Town(k, float(p)) for k, p in zip(labels, pop, strict=True))
        object.__setattr__(self, "towns", clean)
        object.__setattr__(self, "distance", square_distances(self.distance, labels, "town"))

    @property
    def town_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.towns)

    @property
    def population(self) -> Array:
        return np.array([t.population for t in self.towns], dtype=np.float64)


@dataclass(frozen=True)
class NetworkResult:
    """Everything the network page and `innocite network` show, with the conventions used."""

    town_ids: tuple[str, ...]
    breaking_points: tuple[BreakingPoint, ...]
    gravity: Array
    accessibility: Array
    reilly: tuple[ReillyRow, ...]
    functional: FunctionalIndex | None
    conventions: Mapping[str, Any]

    def accessibility_map(self) -> dict[str, float]:
        return dict(zip(self.town_ids, map(float, self.accessibility), strict=True))

    def interaction_totals(self) -> dict[str, float]:
        """Each town's summed interaction with all others (a size for network charts)."""
        return dict(zip(self.town_ids, map(float, self.gravity.sum(axis=1)), strict=True))


def analyse_network(net: NetworkInput) -> NetworkResult:
    """Breaking points, gravity, accessibility, Reilly splits and functional indices.

    Parameters
    ----------
    net
        The checked towns, distances, optional central-place functions and settings.

    Returns
    -------
    NetworkResult
        Breaking points for every pair (a before b in input order); the gravity matrix
        P_i P_j / d_ij^beta (zero diagonal); Hansen accessibility to the other towns'
        populations; for every town c and pair (a, b) of other towns, Reilly's split of
        c's trade; and, when functions are given, Davies' functional index.
    """
    s = net.settings
    tid, pop, d = net.town_ids, net.population, net.distance
    bps = []
    for i, j in combinations(range(len(tid)), 2):
        fa, fb = breaking_point(pop[i], pop[j], d[i, j])
        bps.append(BreakingPoint(tid[i], tid[j], float(d[i, j]), fa, fb))
    rows = []
    for c in range(len(tid)):
        others = [k for k in range(len(tid)) if k != c]
        for a, b in combinations(others, 2):
            r = reilly(pop[a], pop[b], d[c, a], d[c, b], gamma=s.gamma, lam=s.lam)
            rows.append(ReillyRow(tid[c], tid[a], tid[b], r.relation, r.share_a, r.share_b))
    acc = hansen_accessibility(pop, d, decay=s.decay, parameter=s.parameter, exclude_self=True)
    fi = functional_index(tid, net.functions) if net.functions else None
    conventions = {
        "breaking_point": "Converse (1949): from a = D_ab / (1 + sqrt(P_b / P_a))",
        "gravity": f"P_i P_j / d_ij^beta, beta = {s.beta:g}, zero diagonal",
        "accessibility": (
            "Hansen (1959): A_i = sum over other towns j of P_j * "
            + (f"d_ij^-{s.parameter:g}" if s.decay == "power" else f"exp(-{s.parameter:g} d_ij)")
        ),
        "reilly": f"Reilly (1931): B_a/B_b = (P_a/P_b)^{s.gamma:g} (D_b/D_a)^{s.lam:g}",
        "functional_index": "Davies (1967): C_t = 100 / total outlets of t; index = sum outlets x C",
    }
    return NetworkResult(
        tid, tuple(bps), gravity_matrix(pop, d, s.beta), acc, tuple(rows), fi, conventions
    )
