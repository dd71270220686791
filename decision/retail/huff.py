"""Huff (1963) model: the probability that a zone's shoppers choose each centre, and turnover."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from decision.errors import InputError
from decision.network.accessibility import Decay, check_decay, hansen_accessibility
from decision.network.checks import Array, distances, ids, number, vector


@dataclass(frozen=True)
class Zone:
    """An origin zone and the retail spending of its residents (per year, any currency)."""

    id: str
    spending: float


@dataclass(frozen=True)
class Centre:
    """A shopping destination and its attractiveness (usually sales floor space in m²)."""

    id: str
    attractiveness: float


@dataclass(frozen=True)
class HuffInput:
    """Zones, centres and the zones x centres distances (or travel times), checked.

    ``gamma`` is the attractiveness exponent, ``lam`` (lambda) the distance-decay exponent.
    Hansen accessibility per zone uses ``decay`` with ``decay_parameter`` (default: power
    decay with exponent lambda, so it equals the Huff denominator when gamma = 1).
    """

    zones: tuple[Zone, ...]
    centres: tuple[Centre, ...]
    distance: Array
    gamma: float = 1.0
    lam: float = 2.0
    decay: Decay = "power"
    decay_parameter: float | None = None

    def __post_init__(self) -> None:
        zid = ids([z.id for z in self.zones], "zone")
        cid = ids([c.id for c in self.centres], "centre")
        spend = vector([z.spending for z in self.zones], zid, "zone", "spending", allow_zero=True)
        attr = vector([c.attractiveness for c in self.centres], cid, "centre", "attractiveness")
        set_ = object.__setattr__
        set_(self, "zones", tuple(Zone(k, float(v)) for k, v in zip(zid, spend, strict=True)))
        set_(self, "centres", tuple(Centre(k, float(v)) for k, v in zip(cid, attr, strict=True)))
        set_(self, "distance", distances(self.distance, zid, cid, "zone", "centre"))
        for name in ("gamma", "lam"):
            label = "lambda" if name == "lam" else name
            x = number(getattr(self, name), label)
            if x < 0:
                raise InputError(f"{label}: {x:g} must be >= 0", field=label)
            set_(self, name, x)
        if self.decay_parameter is not None:
            set_(self, "decay_parameter", number(self.decay_parameter, "decay parameter"))
        set_(self, "decay", check_decay(self.decay, self.accessibility_parameter))

    @property
    def zone_ids(self) -> tuple[str, ...]:
        return tuple(z.id for z in self.zones)

    @property
    def centre_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.centres)

    @property
    def spending(self) -> Array:
        return np.array([z.spending for z in self.zones], dtype=np.float64)

    @property
    def attractiveness(self) -> Array:
        return np.array([c.attractiveness for c in self.centres], dtype=np.float64)

    @property
    def accessibility_parameter(self) -> float:
        return self.lam if self.decay_parameter is None else self.decay_parameter

    def with_lambda(self, lam: float) -> HuffInput:
        """The same zones and centres with another distance exponent."""
        from dataclasses import replace

        return replace(self, lam=lam)


@dataclass(frozen=True)
class HuffResult:
    """Choice probabilities (zones x centres), expected turnover and market shares.

    ``turnover[j]`` = sum_i spending_i P_ij, so turnovers add up to the total spending;
    ``market_share[j]`` = turnover_j / total spending (0 when nobody spends).
    ``accessibility[i]`` = Hansen accessibility of zone i to the centres' attractiveness.
    """

    zone_ids: tuple[str, ...]
    centre_ids: tuple[str, ...]
    probabilities: Array
    turnover: Array
    market_share: Array
    accessibility: Array
    conventions: Mapping[str, Any] = field(default_factory=dict)

    def probability_map(self) -> dict[str, dict[str, float]]:
        return {
            z: dict(zip(self.centre_ids, map(float, row), strict=True))
            for z, row in zip(self.zone_ids, self.probabilities, strict=True)
        }

    def turnover_map(self) -> dict[str, float]:
        return dict(zip(self.centre_ids, map(float, self.turnover), strict=True))

    def share_map(self) -> dict[str, float]:
        return dict(zip(self.centre_ids, map(float, self.market_share), strict=True))

    def accessibility_map(self) -> dict[str, float]:
        return dict(zip(self.zone_ids, map(float, self.accessibility), strict=True))


def huff_probabilities(
    attractiveness: Array, distance: Array, gamma: float = 1.0, lam: float = 2.0
) -> Array:
    """P_ij = (A_j^gamma / d_ij^lambda) / sum_k (A_k^gamma / d_ik^lambda).

    Computed in logarithms with the row maximum subtracted, so large exponents or
    distances do not overflow or underflow to 0/0. Inputs must be checked (> 0).
    """
    a = np.asarray(attractiveness, dtype=np.float64)
    d = np.asarray(distance, dtype=np.float64)
    log_u = gamma * np.log(a)[None, :] - lam * np.log(d)
    log_u -= log_u.max(axis=1, keepdims=True)
    u = np.exp(log_u)
    return np.asarray(u / u.sum(axis=1, keepdims=True), dtype=np.float64)


def huff(model: HuffInput) -> HuffResult:
    """Run the Huff model.

    Parameters
    ----------
    model
        Checked zones, centres, distances and exponents.

    Returns
    -------
    HuffResult
        Probabilities, turnover per centre (in the spending's currency), market shares,
        Hansen accessibility per zone and the conventions used.
    """
    p = huff_probabilities(model.attractiveness, model.distance, model.gamma, model.lam)
    spend = model.spending
    turnover = spend @ p
    total = float(spend.sum())
    share = turnover / total if total > 0 else np.zeros_like(turnover)
    acc = hansen_accessibility(
        model.attractiveness,
        model.distance,
        decay=model.decay,
        parameter=model.accessibility_parameter,
    )
    k = model.accessibility_parameter
    conventions = {
        "model": "Huff (1963): P_ij = A_j^gamma d_ij^-lambda / sum_k A_k^gamma d_ik^-lambda",
        "gamma": model.gamma,
        "lambda": model.lam,
        "turnover": "sum over zones of spending_i x P_ij",
        "market_share": "turnover / total spending of all zones",
        "accessibility": "Hansen (1959): A_i = sum_j attractiveness_j x "
        + (f"d_ij^-{k:g}" if model.decay == "power" else f"exp(-{k:g} d_ij)"),
    }
    return HuffResult(
        model.zone_ids, model.centre_ids, p, np.asarray(turnover), share, acc, conventions
    )


@dataclass(frozen=True)
class NewCentre:
    """A planned store or centre: its attractiveness and its distance from every zone."""

    id: str
    attractiveness: float
    distance: Sequence[Any] | Array


@dataclass(frozen=True)
class CentreImpact:
    """Turnover of an existing centre before and after the new one opens.

    ``change_pct`` = (after - before) / before x 100 (negative: a loss); ``flagged`` when
    the loss is at least the scenario's threshold (10 % by default).
    """

    id: str
    before: float
    after: float
    change_pct: float
    flagged: bool


@dataclass(frozen=True)
class ScenarioResult:
    """A new-store scenario: both model runs, the impact on each existing centre."""

    before: HuffResult
    after: HuffResult
    new_centre: str
    impacts: tuple[CentreImpact, ...]
    threshold_pct: float

    @property
    def new_centre_turnover(self) -> float:
        return float(self.after.turnover[-1])

    def impact_map(self) -> dict[str, CentreImpact]:
        return {x.id: x for x in self.impacts}


def new_store_scenario(
    model: HuffInput, new: NewCentre, *, threshold_pct: float = 10.0
) -> ScenarioResult:
    """What a new centre takes from the existing ones (Huff model before and after).

    Parameters
    ----------
    model
        The current zones, centres and distances.
    new
        The planned centre; ``distance`` has one value per zone, in the order of zones.
    threshold_pct
        A centre is flagged when it loses this share of its turnover or more (default 10).
    """
    threshold = number(threshold_pct, "impact threshold (%)")
    if threshold < 0:
        raise InputError(f"impact threshold (%): {threshold:g} must be >= 0")
    new_id = ids([new.id], "new centre")[0]
    if new_id in model.centre_ids:
        raise InputError(f"new centre '{new_id}': an existing centre has this id")
    d_new = new.distance
    if isinstance(d_new, str) or not hasattr(d_new, "__len__"):
        raise InputError(f"new centre '{new_id}': distance must be a list, one value per zone")
    if len(d_new) != len(model.zones):
        raise InputError(
            f"new centre '{new_id}': {len(d_new)} distances for {len(model.zones)} zones"
        )
    column = distances([[x] for x in d_new], model.zone_ids, [new_id], "zone", "centre")
    after_model = HuffInput(
        model.zones,
        (*model.centres, Centre(new_id, new.attractiveness)),
        np.hstack([model.distance, column]),
        model.gamma,
        model.lam,
        model.decay,
        model.decay_parameter,
    )
    before, after = huff(model), huff(after_model)
    impacts = []
    for j, cid in enumerate(model.centre_ids):
        b, a = float(before.turnover[j]), float(after.turnover[j])
        pct = (a - b) / b * 100.0 if b > 0 else 0.0
        impacts.append(CentreImpact(cid, b, a, pct, b > 0 and -pct >= threshold - 1e-12))
    return ScenarioResult(before, after, new_id, tuple(impacts), threshold)
