"""`innocite composite FILE`: a composite indicator of towns, its ranking and uncertainty."""

from __future__ import annotations

import math
from typing import Any

from decision.composite import CompositeResult, UncertaintyResult


def run_composite(path: str) -> dict[str, Any]:
    """The JSON contract of `innocite composite FILE --json`."""
    from decision.composite import composite, load_composite, uncertainty

    cf = load_composite(path)
    result = composite(cf.data, cf.settings)
    out = result_json(result)
    if cf.uncertainty is not None:
        out["uncertainty"] = uncertainty_json(uncertainty(cf.data, cf.settings, cf.uncertainty))
    return out


def _num(v: float) -> float | None:
    return float(v) if math.isfinite(v) else None


def result_json(r: CompositeResult) -> dict[str, Any]:
    """normalized, dimensions, scores, ranking, imputed, conventions (plus a few extras)."""
    return {
        "normalized": {
            u: {c: _num(v) for c, v in row.items()} for u, row in r.normalized_map().items()
        },
        "dimensions": {
            u: {c: _num(v) for c, v in row.items()} for u, row in r.dimension_map().items()
        },
        "scores": {u: _num(v) for u, v in r.score_map().items()},
        "ranking": [{"unit": u, "score": _num(s), "rank": k} for u, s, k in r.ranking()],
        "imputed": [list(cell) for cell in r.imputed],
        "dropped": list(r.dropped),
        "clipped": [list(cell) for cell in r.clipped],
        "weights": {
            "indicators": dict(zip(r.indicator_ids, map(float, r.weights.indicator), strict=True)),
            "dimensions": dict(zip(r.dimension_ids, map(float, r.weights.dimension), strict=True)),
            "global": dict(zip(r.indicator_ids, map(float, r.weights.global_weights), strict=True)),
        },
        "conventions": dict(r.conventions),
    }


def uncertainty_json(u: UncertaintyResult) -> dict[str, Any]:
    """The optional "uncertainty" block."""
    return u.as_dict()


def render_composite(r: dict[str, Any]) -> str:
    """A readable ranking table, then the rank bands when an uncertainty block exists."""
    unc = r.get("uncertainty")
    lines = ["Rank  Unit                      Score"]
    for row in r["ranking"]:
        score = "n/a" if row["score"] is None else f"{row['score']:.4f}"
        band = ""
        if unc:
            u = unc["units"][row["unit"]]
            band = f"   median {u['median_rank']:g}, 5-95 %: {u['p05']:g}-{u['p95']:g}"
        lines.append(f"{row['rank']:>4}  {row['unit']:<24}  {score:>7}{band}")
    if r["dropped"]:
        lines.append(f"Dropped (missing values): {', '.join(r['dropped'])}")
    if r["imputed"]:
        cells = ", ".join(f"{u}/{i}" for u, i in r["imputed"])
        lines.append(f"Imputed: {cells}")
    if unc:
        fo = unc["first_order"]
        lines.append(
            f"Uncertainty: {unc['runs']} runs, seed {unc['seed']}; share of rank variance: "
            + ", ".join(f"{k} {v:.0%}" for k, v in fo.items())
        )
    lines.append("")
    lines += [f"{k}: {v}" for k, v in r["conventions"].items()]
    return "\n".join(lines) + "\n"
