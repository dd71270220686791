"""`innocite huff`, `innocite retail` and `innocite network`: retail planning and the network."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli_text import fixed, general, share, signed
from app.i18n import QT_TR_NOOP, tr


def add_parsers(sub: Any) -> None:
    """Register the three planning commands on the `innocite` subparsers."""
    h = sub.add_parser("huff", help=tr("Huff model: catchment shares, turnover, new-store impact"))
    h.add_argument("file", help=tr("zones, centres and distances (JSON)"))
    h.add_argument("--json", action="store_true", help=tr("print JSON"))
    r = sub.add_parser(
        "retail",
        help=tr("spending potential, centrality, flows, gap and supportable floor space"),
    )
    r.add_argument("file", help=tr("the town's retail figures (JSON)"))
    r.add_argument("--json", action="store_true", help=tr("print JSON"))
    n = sub.add_parser(
        "network",
        help=tr("settlement network: breaking points, gravity, accessibility, centrality"),
    )
    n.add_argument("file", help=tr("towns, populations, distances and functions (JSON)"))
    n.add_argument("--json", action="store_true", help=tr("print JSON"))


def _load(path: str, section: str) -> Any:
    """The decoded file; a project or demo file may nest the input under the command name."""
    from pathlib import Path

    from decision.errors import InputError
    from decision.files import load_json

    if not Path(path).exists():
        raise InputError(tr("file not found"))
    data = load_json(path)
    if isinstance(data, dict) and isinstance(data.get(section), dict):
        return data[section]
    return data


def cmd_huff(args: argparse.Namespace) -> dict[str, Any]:
    """The JSON contract of `innocite huff FILE --json`."""
    from decision.retail import huff_to_json, parse_huff, run_huff

    return huff_to_json(*run_huff(parse_huff(_load(args.file, "huff"))))


def cmd_retail(args: argparse.Namespace) -> dict[str, Any]:
    """The JSON contract of `innocite retail FILE --json`."""
    from decision.retail import parse_retail, retail_metrics, retail_to_json

    rf = parse_retail(_load(args.file, "retail"))
    groups = {k: retail_metrics(g) for k, g in rf.groups.items()}
    return retail_to_json(retail_metrics(rf.total), groups)


def cmd_network(args: argparse.Namespace) -> dict[str, Any]:
    """The JSON contract of `innocite network FILE --json`."""
    from decision.network import analyse_network, network_to_json, parse_network

    return network_to_json(analyse_network(parse_network(_load(args.file, "network"))))


def _f(x: float | None, digits: int = 2) -> str:
    return tr("n/a") if x is None else fixed(x, digits, group=True)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        first = f"{cells[0]:<{widths[0]}}"
        rest = (f"{c:>{w}}" for c, w in zip(cells[1:], widths[1:], strict=True))
        return "  ".join([first, *rest])

    return [line(header), *(line(r) for r in rows)]


def render_huff(r: dict[str, Any]) -> str:
    """Probabilities per zone, then turnover and shares per centre, then the impact."""
    centres = list(r["turnover"])
    lines = [tr("Probability of choosing each centre (rows: origin zones)")]
    rows = [
        [z, *(fixed(p[c], 4) for c in centres), _f(r["accessibility"][z], 4)]
        for z, p in r["probabilities"].items()
    ]
    lines += _table([tr("zone"), *centres, tr("accessibility")], rows)
    lines += ["", tr("Expected turnover and market share")]
    rows = [[c, _f(r["turnover"][c]), share(r["market_share"][c], 2)] for c in centres]
    lines += _table([tr("centre"), tr("turnover"), tr("share")], rows)
    if "impact" in r:
        nd = r["new_destination"]
        lines += [
            "",
            tr("New centre '{id}': turnover {turnover}, share {share}").format(
                id=nd["id"], turnover=_f(nd["turnover"]), share=share(nd["market_share"], 2)
            ),
        ]
        loss = tr("LOSS >= {threshold} %").format(threshold=general(r["impact_threshold_pct"]))
        rows = [
            [
                c,
                _f(x["before"]),
                _f(x["after"]),
                signed(x["change_pct"], 1) + " %",
                loss if x["flagged"] else "",
            ]
            for c, x in r["impact"].items()
        ]
        lines += _table([tr("centre"), tr("before"), tr("after"), tr("change"), tr("flag")], rows)
    if "calibration" in r:
        c = r["calibration"]
        r2 = tr("n/a") if c["r_squared"] is None else fixed(c["r_squared"], 3)
        text = tr(
            "Calibrated lambda: {value} (least squares on {n} observed shares, "
            "RMSE {rmse}, R² {r2})"
        ).format(
            value=fixed(c["lambda"], 4), n=c["n_observations"], rmse=fixed(c["rmse"], 4), r2=r2
        )
        if c["at_bound"]:
            text += "  " + tr("WARNING: at the edge of the searched range")
        lines += ["", text]
    lines += ["", *(f"{k}: {v}" for k, v in r["conventions"].items())]
    return "\n".join(lines) + "\n"


_RETAIL_ROWS = (
    ("spending_potential", QT_TR_NOOP("Spending potential"), 2),
    ("turnover", QT_TR_NOOP("Turnover"), 2),
    ("purchasing_power_index", QT_TR_NOOP("Purchasing-power index"), 1),
    ("centrality_simple", QT_TR_NOOP("Centrality (simple: turnover / potential x 100)"), 1),
    ("turnover_index", QT_TR_NOOP("Turnover index"), 1),
    (
        "centrality_index",
        QT_TR_NOOP("Centrality (index: turnover index / PP index x 100)"),
        1,
    ),
    ("net_flow", QT_TR_NOOP("Net flow (turnover - potential; + inflow)"), 2),
    ("gap", QT_TR_NOOP("Gap (potential - turnover; + unmet demand)"), 2),
    ("leakage_surplus_factor", QT_TR_NOOP("Leakage/surplus factor (+ leakage, - surplus)"), 1),
    ("pull_factor", QT_TR_NOOP("Pull factor"), 3),
    ("supportable_floor_space", QT_TR_NOOP("Supportable floor space (m²)"), 0),
)


def render_retail(r: dict[str, Any]) -> str:
    """One line per figure present, for the town and then each product group."""

    def block(title: str, d: dict[str, Any]) -> list[str]:
        rows = [[tr(label), _f(d[k], n)] for k, label, n in _RETAIL_ROWS if k in d]
        return [title, *_table([tr("figure"), tr("value")], rows)]

    lines = block(tr("Town"), r)
    for gid, g in r.get("groups", {}).items():
        lines += ["", *block(tr("Product group '{id}'").format(id=gid), g)]
    lines += ["", *(f"{k}: {v}" for k, v in r.get("notes", {}).items())]
    return "\n".join(lines) + "\n"


def render_network(r: dict[str, Any]) -> str:
    """Breaking points, gravity, accessibility and, when given, the functional index."""
    towns = r["towns"]
    lines = [tr("Converse breaking points (distance from each town)")]
    rows = [
        [f"{b['a']} - {b['b']}", _f(b["distance"]), _f(b["from_a"]), _f(b["from_b"])]
        for b in r["breaking_points"]
    ]
    lines += _table([tr("pair"), tr("distance"), tr("from a"), tr("from b")], rows)
    lines += ["", tr("Gravity interaction P_i P_j / d_ij^beta")]
    rows = [[t, *(general(x, 4) for x in row)] for t, row in zip(towns, r["gravity"], strict=True)]
    lines += _table([tr("town"), *towns], rows)
    lines += ["", tr("Accessibility (Hansen) and functional index (Davies)")]
    fi = r.get("functional_index", {})
    rows = [
        [t, general(r["accessibility"][t], 4), _f(fi.get(t), 1) if fi else tr("n/a")] for t in towns
    ]
    lines += _table([tr("town"), tr("accessibility"), tr("functional index")], rows)
    if fi:
        lines += [
            "",
            tr("Location coefficients: {values}").format(
                values=", ".join(
                    f"{k} {fixed(v, 2)}" for k, v in r["location_coefficients"].items()
                )
            ),
        ]
    lines += ["", *(f"{k}: {v}" for k, v in r["conventions"].items())]
    return "\n".join(lines) + "\n"


RENDERERS = {"huff": render_huff, "retail": render_retail, "network": render_network}
HANDLERS = {"huff": cmd_huff, "retail": cmd_retail, "network": cmd_network}
