"""Read the `innocite retail` and `innocite huff` JSON contracts and write results back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from decision.errors import InputError
from decision.network.checks import describe, number
from decision.retail.calibration import Calibration, calibrate_lambda
from decision.retail.huff import (
    Centre,
    HuffInput,
    HuffResult,
    NewCentre,
    ScenarioResult,
    Zone,
    huff,
    new_store_scenario,
)
from decision.retail.metrics import RetailInput, RetailMetrics, retail_metrics

_RETAIL_KEYS = (
    "spending_potential",
    "population",
    "spending_per_capita",
    "purchasing_power_index",
    "turnover",
    "turnover_per_m2",
)


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected an object {{...}}, got {describe(value)}")
    return value


def _retail_input(raw: dict[str, Any], label: str, inherit: dict[str, Any]) -> RetailInput:
    vals = {k: raw.get(k, inherit.get(k)) for k in _RETAIL_KEYS}
    nat = _obj(raw.get("national", inherit.get("national", {})), f"{label}national")
    reg = _obj(raw.get("region", inherit.get("region", {})), f"{label}region")
    return RetailInput(
        **vals,
        national_turnover_per_capita=nat.get("turnover_per_capita"),
        national_spending_per_capita=nat.get("spending_per_capita"),
        region_sales=reg.get("sales"),
        region_population=reg.get("population"),
        label=label.rstrip(": "),
    )


@dataclass(frozen=True)
class RetailFile:
    """The town's figures and, when given, one set per product group."""

    total: RetailInput
    groups: dict[str, RetailInput]


def parse_retail(data: Any) -> RetailFile:
    """The `innocite retail` input; ``groups`` (optional) is a list of product groups.

    Each group ``{"id", "spending_per_capita" | "spending_potential", "turnover", ...}``
    inherits ``population`` and ``purchasing_power_index`` from the town. When the town
    has no potential (or turnover) of its own, the groups' sum is used.
    """
    root = _obj(data, "file")
    groups: dict[str, RetailInput] = {}
    raw_groups = root.get("groups", [])
    if not isinstance(raw_groups, list):
        raise InputError(f"groups: expected a list of product groups, got {describe(raw_groups)}")
    inherit = {k: root.get(k) for k in ("population", "purchasing_power_index")}
    for k, g in enumerate(raw_groups, start=1):
        g = _obj(g, f"group {k}")
        gid = g.get("id")
        if not isinstance(gid, str) or not gid.strip():
            raise InputError(f"group {k}: the id must be non-empty text")
        if gid in groups:
            raise InputError(f"group '{gid}': the id appears twice")
        groups[gid] = _retail_input(g, f"group '{gid}': ", inherit)
    top = dict(root)
    if groups:
        sums = {}
        for key in ("spending_potential", "turnover"):
            vals = [getattr(retail_metrics(g), key) for g in groups.values()]
            own = key in top or (key == "spending_potential" and "spending_per_capita" in top)
            if not own and all(v is not None for v in vals):
                sums[key] = float(sum(v for v in vals if v is not None))
        top.update(sums)
    total = _retail_input(top, "", {})
    if (
        total.spending_potential is None
        and total.turnover is None
        and not (total.population and total.spending_per_capita)
    ):
        raise InputError(
            "file: give spending_potential (or population and spending_per_capita) or turnover"
        )
    return RetailFile(total, groups)


def retail_to_json(total: RetailMetrics, groups: dict[str, RetailMetrics]) -> dict[str, Any]:
    """The JSON contract of `innocite retail --json`: figures present, notes, groups."""
    out = total.as_dict()
    if groups:
        out["groups"] = {k: g.as_dict() for k, g in groups.items()}
    return out


@dataclass(frozen=True)
class HuffFile:
    """A parsed `innocite huff` file."""

    model: HuffInput
    new: NewCentre | None = None
    threshold_pct: float = 10.0
    observed: Any = None


def parse_huff(data: Any) -> HuffFile:
    """``{"origins", "destinations", "distance", "gamma", "lambda"}`` and optional keys.

    Optional: ``new_destination`` ``{"id", "attractiveness", "distance": [per origin]}``,
    ``impact_threshold_pct`` (10), ``observed_shares`` (origins x destinations, for the
    calibration of lambda), ``accessibility`` ``{"decay", "parameter"}``.
    """
    root = _obj(data, "file")
    zones = []
    for k, z in enumerate(_list(root.get("origins"), "origins"), start=1):
        z = _obj(z, f"origin {k}")
        if "spending" not in z:
            raise InputError(f"origin '{z.get('id', k)}': spending is missing")
        zones.append(Zone(z.get("id"), z["spending"]))  # type: ignore[arg-type]
    centres = []
    for k, c in enumerate(_list(root.get("destinations"), "destinations"), start=1):
        c = _obj(c, f"destination {k}")
        if "attractiveness" not in c:
            raise InputError(f"destination '{c.get('id', k)}': attractiveness is missing")
        centres.append(Centre(c.get("id"), c["attractiveness"]))  # type: ignore[arg-type]
    if "distance" not in root:
        raise InputError("distance: the origins x destinations matrix is missing")
    acc = _obj(root.get("accessibility", {}), "accessibility")
    model = HuffInput(
        tuple(zones),
        tuple(centres),
        root["distance"],
        gamma=root.get("gamma", 1.0),
        lam=root.get("lambda", 2.0),
        decay=acc.get("decay", "power"),
        decay_parameter=acc.get("parameter"),
    )
    new = None
    if root.get("new_destination") is not None:
        n = _obj(root["new_destination"], "new_destination")
        for key in ("attractiveness", "distance"):
            if key not in n:
                raise InputError(f"new_destination: {key} is missing")
        new = NewCentre(n.get("id", "new"), n["attractiveness"], n["distance"])
    threshold = number(root.get("impact_threshold_pct", 10.0), "impact_threshold_pct")
    return HuffFile(model, new, threshold, root.get("observed_shares"))


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise InputError(f"{where}: expected a non-empty list, got {describe(value)}")
    return value


def run_huff(hf: HuffFile) -> tuple[HuffResult, ScenarioResult | None, Calibration | None]:
    """The base run, the new-store scenario and the calibration the file asks for."""
    base = huff(hf.model)
    scenario = None
    if hf.new is not None:
        scenario = new_store_scenario(hf.model, hf.new, threshold_pct=hf.threshold_pct)
    cal = calibrate_lambda(hf.model, hf.observed) if hf.observed is not None else None
    return base, scenario, cal


def huff_to_json(
    base: HuffResult, scenario: ScenarioResult | None = None, cal: Calibration | None = None
) -> dict[str, Any]:
    """The JSON contract of `innocite huff --json`."""
    out: dict[str, Any] = {
        "probabilities": base.probability_map(),
        "turnover": base.turnover_map(),
        "market_share": base.share_map(),
        "accessibility": base.accessibility_map(),
        "conventions": dict(base.conventions),
    }
    if scenario is not None:
        out["impact"] = {
            x.id: {
                "before": x.before,
                "after": x.after,
                "change_pct": x.change_pct,
                "flagged": x.flagged,
            }
            for x in scenario.impacts
        }
        out["new_destination"] = {
            "id": scenario.new_centre,
            "turnover": scenario.new_centre_turnover,
            "market_share": float(scenario.after.market_share[-1]),
        }
        out["after"] = {
            "probabilities": scenario.after.probability_map(),
            "turnover": scenario.after.turnover_map(),
            "market_share": scenario.after.share_map(),
        }
        out["impact_threshold_pct"] = scenario.threshold_pct
    if cal is not None:
        out["calibration"] = {
            "lambda": cal.lam,
            "sse": cal.sse,
            "rmse": cal.rmse,
            "r_squared": cal.r_squared,
            "n_observations": cal.n_observations,
            "bounds": list(cal.bounds),
            "at_bound": cal.at_bound,
        }
    return out
