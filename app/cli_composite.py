"""`innocite composite FILE`: a composite indicator of towns, its ranking and uncertainty."""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any

from app.cli_text import tr
from decision.composite import CompositeFile, CompositeResult, UncertaintyResult


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """`--report OUT.pdf|.docx|.html [--town NAME --peers A,B]` of `innocite composite`."""
    parser.add_argument(
        "--report",
        metavar="OUT",
        help=tr("also write the benchmarking report (.pdf, .docx, .html)"),
    )
    parser.add_argument(
        "--town", metavar="NAME", help=tr("report: the town compared with its peers")
    )
    parser.add_argument(
        "--peers", metavar="A,B", help=tr("report: its peers (default: all others)")
    )
    parser.add_argument(
        "--page-size", default="A4", choices=("A4", "Letter"), help=tr("report page size")
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        type=language_code,
        help=tr("report language: en, sl, de, it, fr (default: the interface language)"),
    )


def language_code(text: str) -> str:
    """``--lang`` value: a supported code ("de", "de_AT" -> "de"); else one argparse line."""
    from app.i18n import LANGUAGES, supported

    code = supported(text)
    if code is None:
        raise argparse.ArgumentTypeError(
            tr("unknown language '{code}' (use one of {codes})").format(
                code=text, codes=", ".join(LANGUAGES)
            )
        )
    return code


def run_composite(path: str, args: argparse.Namespace | None = None) -> dict[str, Any]:
    """The JSON contract of `innocite composite FILE --json` (plus "report": the file written,
    when --report asks for one)."""
    from decision.composite import composite, load_composite, uncertainty

    cf = load_composite(path)
    result = composite(cf.data, cf.settings)
    out = result_json(result)
    unc = None
    if cf.uncertainty is not None:
        unc = uncertainty(cf.data, cf.settings, cf.uncertainty)
        out["uncertainty"] = uncertainty_json(unc)
    report = getattr(args, "report", None)
    if getattr(args, "lang", None) and not report:
        from decision.errors import InputError

        raise InputError(tr("--lang is an option of --report"))
    if report:
        peers = [p.strip() for p in (getattr(args, "peers", None) or "").split(",") if p.strip()]
        written = write_report(
            path,
            cf,
            unc,
            Path(report),
            town=getattr(args, "town", None),
            peers=peers,
            page_size=getattr(args, "page_size", "A4"),
            lang=getattr(args, "lang", None),
        )
        out["report"] = str(written)
    elif getattr(args, "town", None) or getattr(args, "peers", None):
        from decision.errors import InputError

        raise InputError(tr("--town and --peers are options of --report"))
    return out


def write_report(
    path: str,
    cf: CompositeFile,
    unc: UncertaintyResult | None,
    out: Path,
    *,
    town: str | None = None,
    peers: list[str] | None = None,
    page_size: str = "A4",
    lang: str | None = None,
) -> Path:
    """The benchmarking report of the file (its sources and notes when it is JSON), written
    in ``lang`` (default: the interface language, i.e. INNOCITE_LANG or the system's)."""
    from app.i18n import language

    with language(lang or ""):  # "" -> the system language (INNOCITE_LANG first)
        return _write_report(path, cf, unc, out, town=town, peers=peers, page_size=page_size)


def _write_report(
    path: str,
    cf: CompositeFile,
    unc: UncertaintyResult | None,
    out: Path,
    *,
    town: str | None,
    peers: list[str] | None,
    page_size: str,
) -> Path:
    from app.memo.benchmark_export import ReportFormatError, export_report, report_format
    from app.memo.benchmark_report import build_report
    from decision.errors import InputError
    from decision.files import load_json

    try:
        report_format(out)
    except ReportFormatError as exc:
        raise InputError(str(exc)) from None
    extras = None if str(path).lower().endswith(".csv") else load_json(path)
    report = build_report(
        cf.data,
        cf.settings,
        uncertainty=unc,
        town=town,
        peers=peers or (),
        extras=extras if isinstance(extras, dict) else None,
    )
    return export_report(report, out, page_size=page_size)


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
    from app.cli_text import fixed, general, share

    unc = r.get("uncertainty")
    heads = tr("Rank"), tr("Unit"), tr("Score")
    lines = [f"{heads[0]:>4}  {heads[1]:<24}{heads[2]:>7}"]
    for row in r["ranking"]:
        score = tr("n/a") if row["score"] is None else fixed(row["score"], 4)
        band = ""
        if unc:
            u = unc["units"][row["unit"]]
            band = "   " + tr("median {median}, 5-95 %: {low}-{high}").format(
                median=general(u["median_rank"]), low=general(u["p05"]), high=general(u["p95"])
            )
        lines.append(f"{row['rank']:>4}  {row['unit']:<24}  {score:>7}{band}")
    if r["dropped"]:
        lines.append(tr("Dropped (missing values): {units}").format(units=", ".join(r["dropped"])))
    if r["imputed"]:
        cells = ", ".join(f"{u}/{i}" for u, i in r["imputed"])
        lines.append(tr("Imputed: {cells}").format(cells=cells))
    if unc:
        fo = unc["first_order"]
        lines.append(
            tr("Uncertainty: {runs} runs, seed {seed}; share of rank variance: {shares}").format(
                runs=unc["runs"],
                seed=unc["seed"],
                shares=", ".join(f"{k} {share(v, 0)}" for k, v in fo.items()),
            )
        )
    lines.append("")
    lines += [f"{k}: {v}" for k, v in r["conventions"].items()]
    if r.get("report"):
        lines += ["", tr("Report written to {path}").format(path=r["report"])]
    return "\n".join(lines) + "\n"
