"""Readable plain-text tables for the `innocite` command line (the --json output's twin)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.i18n import current_language, tr


def _english() -> bool:
    """True while the output is English (byte-identical to the untranslated tables)."""
    return current_language() == "en"


def fixed(value: float, decimals: int, group: bool = False) -> str:
    """``value`` with ``decimals`` places: English exactly as before ("1234.5000"; grouped
    "1,234.50"), other languages in their locale ("1234,5000", "1.234,50")."""
    if _english():
        return f"{value:,.{decimals}f}" if group else f"{value:.{decimals}f}"
    from app.i18n import number

    return number(value, decimals, group)


def signed(value: float, decimals: int) -> str:
    """``value`` with an explicit sign ("+0.0312", "-0,0312")."""
    if _english():
        return f"{value:+.{decimals}f}"
    text = fixed(value, decimals)
    return text if text[:1] in "-\u2212" else "+" + text


def general(value: float, digits: int = 6) -> str:
    """``value`` in the shortest form with ``digits`` significant digits ("0.4123", "2")."""
    text = f"{value:.{digits}g}"
    if _english():
        return text
    from app.i18n import NUMBER_FORMATS, current_language

    point, _sep, _min, minus = NUMBER_FORMATS[current_language()]
    return text.replace(".", point).replace("-", minus)


def share(value: float, decimals: int = 1) -> str:
    """A fraction as a percentage: "41.2%" in English, "41,2 %" in German."""
    if _english():
        return f"{value:.{decimals}%}"
    from app.i18n import percent

    return percent(value * 100, decimals)


def whole(value: int) -> str:
    """A whole number with group separators ("10,000"; "10.000" in German)."""
    if _english():
        return f"{value:,}"
    from app.i18n import integer

    return integer(value)


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
        return tr("yes") if v else tr("no")
    if isinstance(v, float):
        return fixed(v, 4)
    return str(v)


def ratio(value: float) -> str:
    """A judgment as people write it: 3, 1/4, 2.5, 1/2.5."""
    if value >= 1:
        return general(value, 4)
    inverse = 1.0 / value
    if abs(inverse - round(inverse)) < 1e-9:
        return f"1/{round(inverse)}"
    return f"1/{general(inverse, 4)}"


def render(command: str, result: dict[str, Any]) -> str:
    """Text for one command's result."""
    return {"rank": _rank, "ahp": _ahp, "weights": _weights, "methods": _methods}[command](result)


def _conventions(conv: dict[str, Any]) -> str:
    # Keys and values are the engine's conventions (as in --json): shown as they are.
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
        [tr("Rank"), tr("Alternative"), tr("Id"), tr("Score")],
        [[x["rank"], x["name"], x["id"], x["score"]] for x in r["ranking"]],
    )
    weights = table([tr("Criterion"), tr("Weight")], [[k, v] for k, v in r["weights"].items()])
    extra = ""
    if "compromise" in r["details"]:
        extra = "\n{}\n".format(
            tr("Compromise set (Opricovic's conditions): {alternatives}").format(
                alternatives=", ".join(r["details"]["compromise"])
            )
        )
    return (
        body
        + extra
        + "\n"
        + tr("Weights")
        + "\n"
        + weights
        + "\n"
        + tr("Conventions")
        + "\n"
        + _conventions(r["conventions"])
    )


def _ahp(r: dict[str, Any]) -> str:
    body = table([tr("Item"), tr("Weight")], [[k, v] for k, v in r["weights"].items()])
    summary = "\n" + tr(
        "lambda max {lambda_max}   CI {ci}   CR {cr}   (random index {ri}, {ri_table})"
    ).format(
        lambda_max=fixed(r["lambda_max"], 4),
        ci=fixed(r["ci"], 4),
        cr=fixed(r["cr"], 3),
        ri=r["random_index"] if _english() else general(r["random_index"]),
        ri_table=r.get("random_index_table", ""),
    )
    summary += "\n" + tr("prioritization: {method}").format(method=r["prioritization"]) + "\n"
    if r.get("completed"):
        summary += (
            tr("missing judgments completed by {method}").format(method=r.get("completion_method"))
            + "\n"
        )
    if r["cr"] <= 0.10:
        verdict = tr("acceptable (CR <= {limit})").format(limit=fixed(0.10, 2))
    else:
        verdict = tr("too inconsistent (CR > {limit})").format(limit=fixed(0.10, 2))
    summary += tr("consistency: {verdict}").format(verdict=verdict) + "\n"
    if r.get("suggestions") and r["cr"] > 0.10:
        summary += (
            "\n"
            + tr("Judgments to revisit")
            + "\n"
            + table(
                ["A", "B", tr("Current"), tr("Suggested"), tr("CR after")],
                [
                    [s["a"], s["b"], ratio(s["current"]), ratio(s["suggested"]), s["cr_after"]]
                    for s in r["suggestions"]
                ],
            )
        )
    return body + summary


def _weights(r: dict[str, Any]) -> str:
    body = table([tr("Criterion"), tr("Weight")], [[k, v] for k, v in r["weights"].items()])
    conventions = _conventions(r.get("conventions", {"method": r["method"]}))
    return body + "\n" + tr("Conventions") + "\n" + conventions


def _methods(r: dict[str, Any]) -> str:
    # Method keys, labels and parameter names are the engine's identifiers: shown as they are.
    rows = []
    for m in r["methods"]:
        params = ", ".join(
            f"{p['name']}={p['default']}" + (f" ({'|'.join(p['choices'])})" if p["choices"] else "")
            for p in m["parameters"]
        )
        rows.append([m["key"], m["label"], params or "-"])
    out = (
        tr("Ranking methods")
        + "\n"
        + table([tr("Key"), tr("Method"), tr("Parameters (default)")], rows)
    )
    return (
        out
        + "\n"
        + tr("Weighting methods: {methods}").format(methods=", ".join(r["weighting_methods"]))
        + "\n"
    )


def render_projects(command: str, r: dict[str, Any]) -> str:
    """Text for `projects`, `import` and `export`."""
    if command == "projects":
        if not r["projects"]:
            return tr("No projects yet: `innocite import FILE` stores a problem file.") + "\n"
        return table(
            [tr("Id"), tr("Project"), tr("Alternatives"), tr("Criteria"), tr("Updated")],
            [
                [p["id"], p["name"], p["alternatives"], p["criteria"], _updated(p["updated_at"])]
                for p in r["projects"]
            ],
        )
    if command == "import":
        p = r["imported"]
        text = tr(
            "imported '{name}' (id {id}): {alternatives} alternatives, {criteria} criteria"
        ).format(name=p["name"], id=p["id"], alternatives=p["alternatives"], criteria=p["criteria"])
        if r.get("backup"):
            text += " " + tr("(database backed up first to {path})").format(path=r["backup"])
        return text + "\n"
    if command == "template":
        return (
            tr("wrote {path}: fill in its sheets, then `innocite import {path}`").format(
                path=r["template"]
            )
            + "\n"
        )
    return tr("exported '{name}' to {path}").format(name=r["exported"], path=r["to"]) + "\n"


def _updated(stamp: str) -> str:
    """An ISO time stamp to the minute: "2026-11-29T10:15" in English, the locale's date else."""
    if _english():
        return stamp[:16]
    import datetime as dt

    from app.i18n import date

    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:16]
    return f"{date(when)} {when:%H:%M}"
