"""Read the `innocite network` JSON contract into a NetworkInput and write results back."""

from __future__ import annotations

from typing import Any

from decision.errors import InputError
from decision.network.analysis import NetworkInput, NetworkResult, NetworkSettings, Town
from decision.network.checks import describe


def parse_network(data: Any) -> NetworkInput:
    """``{"towns": [{"id", "population"}], "distance": [[...]], "beta", "functions", ...}``.

    Optional keys: ``beta`` (gravity exponent, 2), ``gamma`` and ``lambda`` (Reilly, 1 and
    2), ``accessibility``: ``{"decay": "power"|"exponential", "parameter": x}``, and
    ``functions``: ``{name: [outlets per town]}``.
    """
    if not isinstance(data, dict):
        raise InputError(f"file: expected an object {{...}}, got {describe(data)}")
    raw = data.get("towns")
    if not isinstance(raw, list) or not raw:
        raise InputError('towns: expected a non-empty list of {"id", "population"}')
    towns = []
    for k, t in enumerate(raw, start=1):
        if not isinstance(t, dict):
            raise InputError(f"town {k}: expected an object with id and population")
        if "population" not in t:
            raise InputError(f"town '{t.get('id', k)}': population is missing")
        towns.append(Town(t.get("id"), t.get("population")))  # type: ignore[arg-type]
    if "distance" not in data:
        raise InputError("distance: the towns x towns matrix is missing")
    acc = data.get("accessibility", {})
    if not isinstance(acc, dict):
        raise InputError(f"accessibility: expected an object, got {describe(acc)}")
    settings = NetworkSettings(
        beta=data.get("beta", 2.0),
        gamma=data.get("gamma", 1.0),
        lam=data.get("lambda", 2.0),
        decay=acc.get("decay", "power"),
        decay_parameter=acc.get("parameter"),
    )
    functions = data.get("functions", {})
    if not isinstance(functions, dict):
        raise InputError(
            f"functions: expected {{name: [outlets per town]}}, got {describe(functions)}"
        )
    return NetworkInput(tuple(towns), data["distance"], functions, settings)


def network_to_json(r: NetworkResult) -> dict[str, Any]:
    """The JSON contract of `innocite network --json` (plus reilly and conventions)."""
    out: dict[str, Any] = {
        "towns": list(r.town_ids),
        "breaking_points": [
            {"a": b.a, "b": b.b, "distance": b.distance, "from_a": b.from_a, "from_b": b.from_b}
            for b in r.breaking_points
        ],
        "gravity": r.gravity.tolist(),
        "interaction_total": r.interaction_totals(),
        "accessibility": r.accessibility_map(),
        "reilly": [
            {
                "town": x.town,
                "a": x.a,
                "b": x.b,
                "relation": x.relation,
                "share_a": x.share_a,
                "share_b": x.share_b,
            }
            for x in r.reilly
        ],
        "conventions": dict(r.conventions),
    }
    if r.functional is not None:
        f = r.functional
        out["functional_index"] = f.index_map()
        out["location_coefficients"] = f.coefficient_map()
        out["functions"] = list(f.function_ids)
    return out


__all__ = ["network_to_json", "parse_network"]
