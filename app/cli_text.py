"""Readable plain-text tables for the `innocite` command line (the --json output's twin)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Left-aligned text columns, numbers right-aligned, with a rule under the header."""
    cells = [[_fmt(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    numeric = [
        all(isinstance(r[i], int | float) for r in rows) and rows for i in range(len(headers))
    ]

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line(list(headers)), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    return "\n".join(out) + "\n"


def _fmt(v: Any) -> str:
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:.4f}"
    return str(v)


def ratio(value: float) -> str:
    """A judgment as people write it: 3, 1/4, 2.5, 1/2.5."""
    if value >= 1:
        return f"{value:.4g}"
    inverse = 1.0 / value
    return f"1/{round(inverse)}" if abs(inverse - round(inverse)) < 1e-9 else f"1/{inverse:.4g}"


def render(command: str, result: dict[str, Any]) -> str:
    """Text for one command's result."""
    return {"rank": _rank, "ahp": _ahp, "weights": _weights, "methods": _methods}[command](result)


def _conventions(conv: dict[str, Any]) -> str:
    lines = []
    for key, value in conv.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}={v}" for k, v in value.items()) or "-"
        elif isinstance(value, list):
            lines.append(f"  {key.replace('_', ' ')}:")
            lines.extend(f"    - {v}" for v in value)
            continue
        lines.append(f"  {key.replace('_', ' ')}: {value}")
    return "\n".join(lines) + "\n"


def _rank(r: dict[str, Any]) -> str:
    body = table(
        ["Rank", "Alternative", "Id", "Score"],
        [[x["rank"], x["name"], x["id"], x["score"]] for x in r["ranking"]],
    )
    weights = table(["Criterion", "Weight"], [[k, v] for k, v in r["weights"].items()])
    extra = ""
    if "compromise" in r["details"]:
        extra = (
            f"\nCompromise set (Opricovic's conditions): {', '.join(r['details']['compromise'])}\n"
        )
    return f"{body}{extra}\nWeights\n{weights}\nConventions\n{_conventions(r['conventions'])}"


def _ahp(r: dict[str, Any]) -> str:
    body = table(["Item", "Weight"], [[k, v] for k, v in r["weights"].items()])
    summary = (
        f"\nlambda max {r['lambda_max']:.4f}   CI {r['ci']:.4f}   CR {r['cr']:.3f}"
        f"   (random index {r['random_index']}, {r.get('random_index_table', '')})\n"
        f"prioritization: {r['prioritization']}\n"
    )
    if r.get("completed"):
        summary += f"missing judgments completed by {r.get('completion_method')}\n"
    verdict = "acceptable (CR <= 0.10)" if r["cr"] <= 0.10 else "too inconsistent (CR > 0.10)"
    summary += f"consistency: {verdict}\n"
    if r.get("suggestions") and r["cr"] > 0.10:
        summary += "\nJudgments to revisit\n" + table(
            ["A", "B", "Current", "Suggested", "CR after"],
            [
                [s["a"], s["b"], ratio(s["current"]), ratio(s["suggested"]), s["cr_after"]]
                for s in r["suggestions"]
            ],
        )
    return body + summary


def _weights(r: dict[str, Any]) -> str:
    body = table(["Criterion", "Weight"], [[k, v] for k, v in r["weights"].items()])
    return f"{body}\nConventions\n{_conventions(r.get('conventions', {'method': r['method']}))}"


def _methods(r: dict[str, Any]) -> str:
    rows = []
    for m in r["methods"]:
        params = ", ".join(
            f"{p['name']}={p['default']}" + (f" ({'|'.join(p['choices'])})" if p["choices"] else "")
            for p in m["parameters"]
        )
        rows.append([m["key"], m["label"], params or "-"])
    out = "Ranking methods\n" + table(["Key", "Method", "Parameters (default)"], rows)
    return out + "\nWeighting methods: " + ", ".join(r["weighting_methods"]) + "\n"


def render_projects(command: str, r: dict[str, Any]) -> str:
    """Text for `projects`, `import` and `export`."""
    if command == "projects":
        if not r["projects"]:
            return "No projects yet: `innocite import FILE` stores a problem file.\n"
        return table(
            ["Id", "Project", "Alternatives", "Criteria", "Updated"],
            [
                [p["id"], p["name"], p["alternatives"], p["criteria"], p["updated_at"][:16]]
                for p in r["projects"]
            ],
        )
    if command == "import":
        p = r["imported"]
        return (
            f"imported '{p['name']}' (id {p['id']}): {p['alternatives']} alternatives, "
            f"{p['criteria']} criteria"
            + (f" (database backed up first to {r['backup']})" if r.get("backup") else "")
            + "\n"
        )
    if command == "template":
        return (
            f"wrote {r['template']}: fill in its sheets, then `innocite import {r['template']}`\n"
        )
    return f"exported '{r['exported']}' to {r['to']}\n"
