"""`innocite dematel FILE` and `innocite awot FILE`: success factors and SWOT priorities."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli_text import table

TOOLS = ("dematel", "awot")


def add_tool_parsers(sub: Any) -> None:
    """Register the `dematel` and `awot` subcommands on the CLI's subparsers."""
    d = sub.add_parser(
        "dematel", help="DEMATEL: causes and effects among success and failure factors"
    )
    d.add_argument("file", help="DEMATEL file (JSON): factors plus matrix or matrices (0-4)")
    d.add_argument("--json", action="store_true", help="print JSON")
    a = sub.add_parser("awot", help="SWOT-AHP (A'WOT): priorities of SWOT factors")
    a.add_argument("file", help="A'WOT file (JSON): groups S, W, O, T plus group_matrix")
    a.add_argument("--json", action="store_true", help="print JSON")


def run_tool(args: argparse.Namespace) -> dict[str, Any]:
    """Run `dematel` or `awot` on the file named in ``args.file``."""
    from decision.files import load_json

    data = load_json(args.file)
    if args.command == "dematel":
        return run_dematel(data)
    return run_awot(data)


def run_dematel(data: Any) -> dict[str, Any]:
    """The JSON contract of `innocite dematel FILE --json`."""
    from decision.dematel import dematel_input_from_json

    return dematel_input_from_json(data).run().as_dict()


def run_awot(data: Any) -> dict[str, Any]:
    """The JSON contract of `innocite awot FILE --json`."""
    from decision.awot import awot_input_from_json

    return awot_input_from_json(data).run().as_dict()


def render_tool(command: str, result: dict[str, Any]) -> str:
    """Readable text for `dematel` or `awot` without --json."""
    return render_dematel(result) if command == "dematel" else render_awot(result)


def render_dematel(r: dict[str, Any]) -> str:
    """Factors with D, R, D+R, D-R, weight and group, then the arcs above the threshold."""
    causes = set(r["causes"])
    rows = [
        [
            f,
            r["D"][f],
            r["R"][f],
            r["prominence"][f],
            r["relation"][f],
            r["weights"][f],
            "cause" if f in causes else "effect",
        ]
        for f in sorted(r["factors"], key=lambda f: -r["weights"][f])
    ]
    body = table(["Factor", "D", "R", "D+R", "D-R", "Weight", "Group"], rows)
    arcs = (
        table(["From", "To", "T"], [[a["from"], a["to"], a["value"]] for a in r["arcs"]])
        if r["arcs"]
        else "(none)\n"
    )
    head = (
        f"DEMATEL, {r['experts']} expert(s); normaliser k = {r['normaliser']:g} "
        f"({r['normalization']}); weights: {r['weighting']}\n\n"
    )
    return (
        f"{head}{body}\nImpact-relation map: arcs with T > {r['threshold']:.4f} "
        f"({r['threshold_source']})\n{arcs}"
    )


def _cr(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def render_awot(r: dict[str, Any]) -> str:
    """Group weights with CRs, then every factor with its local and global priority."""
    groups = table(
        ["Group", "Weight", "CR"],
        [[g, r["group_weights"][g], _cr(r["cr"][g])] for g in ("S", "W", "O", "T")],
    )
    factors = table(
        ["Group", "Factor", "Local", "Global"],
        [
            [x["group"], x["factor"], r["local"][x["group"]][x["factor"]], x["global"]]
            for x in r["ranking"]
        ],
    )
    out = (
        f"SWOT-AHP (A'WOT); CR of the group comparison: {_cr(r['cr']['groups'])}\n\n"
        f"{groups}\n{factors}"
    )
    if "strategies" in r:
        ranked = sorted(r["strategies"].items(), key=lambda kv: -kv[1])
        out += "\nStrategies\n" + table(
            ["Rank", "Strategy", "Score"], [[k + 1, s, v] for k, (s, v) in enumerate(ranked)]
        )
    if "strategy_priorities" in r:
        sp = r["strategy_priorities"]
        ranked = sorted(sp["priorities"].items(), key=lambda kv: -kv[1])
        worst = max((v for v in sp["cr"].values() if v is not None), default=None)
        out += (
            "\nStrategies compared pairwise per factor (A'WOT); highest CR: "
            f"{_cr(worst)}\n"
            + table(
                ["Rank", "Strategy", "Priority"],
                [[k + 1, s, v] for k, (s, v) in enumerate(ranked)],
            )
        )
    return out
