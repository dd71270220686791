"""`innocite dematel FILE` and `innocite awot FILE`: success factors and SWOT priorities."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli_text import fixed, general, table, tr

TOOLS = ("dematel", "awot")


def add_tool_parsers(sub: Any) -> None:
    """Register the `dematel` and `awot` subcommands on the CLI's subparsers."""
    d = sub.add_parser(
        "dematel", help=tr("DEMATEL: causes and effects among success and failure factors")
    )
    d.add_argument("file", help=tr("DEMATEL file (JSON): factors plus matrix or matrices (0-4)"))
    d.add_argument("--json", action="store_true", help=tr("print JSON"))
    a = sub.add_parser("awot", help=tr("SWOT-AHP (A'WOT): priorities of SWOT factors"))
    a.add_argument("file", help=tr("A'WOT file (JSON): groups S, W, O, T plus group_matrix"))
    a.add_argument("--json", action="store_true", help=tr("print JSON"))


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
            tr("cause") if f in causes else tr("effect"),
        ]
        for f in sorted(r["factors"], key=lambda f: -r["weights"][f])
    ]
    body = table([tr("Factor"), "D", "R", "D+R", "D-R", tr("Weight"), tr("Group")], rows)
    arcs = (
        table([tr("From"), tr("To"), "T"], [[a["from"], a["to"], a["value"]] for a in r["arcs"]])
        if r["arcs"]
        else tr("(none)") + "\n"
    )
    head = tr(
        "DEMATEL, {experts} expert(s); normaliser k = {k} ({normalization}); weights: {weighting}"
    ).format(
        experts=r["experts"],
        k=general(r["normaliser"]),
        normalization=r["normalization"],
        weighting=r["weighting"],
    )
    arcs_title = tr("Impact-relation map: arcs with T > {threshold} ({source})").format(
        threshold=fixed(r["threshold"], 4), source=r["threshold_source"]
    )
    return f"{head}\n\n{body}\n{arcs_title}\n{arcs}"


def _cr(value: float | None) -> str:
    return "-" if value is None else fixed(value, 3)


def render_awot(r: dict[str, Any]) -> str:
    """Group weights with CRs, then every factor with its local and global priority."""
    groups = table(
        [tr("Group"), tr("Weight"), "CR"],
        [[g, r["group_weights"][g], _cr(r["cr"][g])] for g in ("S", "W", "O", "T")],
    )
    factors = table(
        [tr("Group"), tr("Factor"), tr("Local"), tr("Global")],
        [
            [x["group"], x["factor"], r["local"][x["group"]][x["factor"]], x["global"]]
            for x in r["ranking"]
        ],
    )
    head = tr("SWOT-AHP (A'WOT); CR of the group comparison: {cr}").format(
        cr=_cr(r["cr"]["groups"])
    )
    out = f"{head}\n\n{groups}\n{factors}"
    if "strategies" in r:
        ranked = sorted(r["strategies"].items(), key=lambda kv: -kv[1])
        out += (
            "\n"
            + tr("Strategies")
            + "\n"
            + table(
                [tr("Rank"), tr("Strategy"), tr("Score")],
                [[k + 1, s, v] for k, (s, v) in enumerate(ranked)],
            )
        )
    if "strategy_priorities" in r:
        sp = r["strategy_priorities"]
        ranked = sorted(sp["priorities"].items(), key=lambda kv: -kv[1])
        worst = max((v for v in sp["cr"].values() if v is not None), default=None)
        out += (
            "\n"
            + tr("Strategies compared pairwise per factor (A'WOT); highest CR: {cr}").format(
                cr=_cr(worst)
            )
            + "\n"
            + table(
                [tr("Rank"), tr("Strategy"), tr("Priority")],
                [[k + 1, s, v] for k, (s, v) in enumerate(ranked)],
            )
        )
    return out
