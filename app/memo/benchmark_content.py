"""The benchmarking report as memo blocks: data, method in plain words, ranking, peers, footer.

Texts are the user's text unescaped (each writer escapes), as in ``app.memo.content``.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from app.i18n import QT_TR_NOOP, integer, tr
from app.memo.benchmark_report import BenchmarkReport
from app.memo.content import Block, Bullets, Chart, Heading, Para, Table
from app.memo.text import engine, number, pct, score

CHART_SCORES = "bench_scores"
CHART_BANDS = "bench_bands"
CHART_RADAR = "bench_radar"

# The report's words, marked here and translated (tr) when the report is built, so it is
# written in the language active then (the interface's, or `innocite composite --lang`).
NORMALIZATION_WORDS = {
    "minmax": QT_TR_NOOP(
        "Each indicator is rescaled so that the worst town gets 0 and the best town 1 "
        "(min-max normalization); higher is always better, cost indicators are turned round."
    ),
    "zscore": QT_TR_NOOP(
        "Each indicator is expressed as the number of standard deviations a town lies above "
        "or below the mean of the towns (z-score standardisation); higher is always better, "
        "cost indicators are turned round."
    ),
    "goalpost": QT_TR_NOOP(
        "Each indicator is rescaled between fixed goalposts: the lower goalpost gives 0, the "
        "upper goalpost 1, values outside are clipped (goalpost normalization, as in the HDI); "
        "higher is always better, cost indicators are turned round."
    ),
    "reference": QT_TR_NOOP(
        "Each indicator is expressed relative to a reference (distance to a reference); "
        "higher is always better, cost indicators are turned round."
    ),
    "rank": QT_TR_NOOP(
        "Each indicator is replaced by the town's rank on it, counted from the worst (rank "
        "normalization); higher is always better, cost indicators are turned round."
    ),
}
MISSING_WORDS = {
    "drop": QT_TR_NOOP("A town with a missing value is left out of the composite."),
    "mean": QT_TR_NOOP(
        "A missing value is replaced by the mean of the other towns' values of that "
        "indicator (before normalization)."
    ),
    "median": QT_TR_NOOP(
        "A missing value is replaced by the median of the other towns' values of that "
        "indicator (before normalization)."
    ),
}
WEIGHTING_WORDS = {
    "given": QT_TR_NOOP("the weights given in the data set"),
    "equal": QT_TR_NOOP("equal weights"),
    "points": QT_TR_NOOP("budget allocation (points shared out over the indicators)"),
    "ahp": QT_TR_NOOP("weights from pairwise comparisons (AHP)"),
    "entropy": QT_TR_NOOP("objective weights from the entropy of each indicator"),
    "critic": QT_TR_NOOP(
        "objective weights by CRITIC (contrast and correlation of the indicators)"
    ),
}
AGGREGATION_WORDS = {
    "linear": QT_TR_NOOP(
        "a weighted arithmetic mean: a weak result on one indicator can be fully "
        "compensated by a strong one (linear aggregation)"
    ),
    "geometric": QT_TR_NOOP(
        "a weighted geometric mean: a weak result is compensated only in part "
        "(geometric aggregation)"
    ),
}
FACTOR_WORDS = {
    "normalization": QT_TR_NOOP("Normalization method"),
    "aggregation": QT_TR_NOOP("Aggregation method"),
    "weights": QT_TR_NOOP("Weights (±ranges)"),
    "interactions": QT_TR_NOOP("Interactions of the choices"),
}


def _rank(value: float) -> str:
    """A (median or percentile) rank: "3", "2,5" in German."""
    return number(float(value))


def report_blocks(r: BenchmarkReport) -> list[Block]:
    """Every block of the report, in print order."""
    out: list[Block] = []
    for part in (_header, _towns, _indicators, _method, _ranking, _uncertainty, _peers, _footer):
        out.extend(part(r))
    return out


def charts_used(r: BenchmarkReport) -> list[str]:
    return [b.key for b in report_blocks(r) if isinstance(b, Chart)]


def plain_text(r: BenchmarkReport) -> str:
    """The report's text without markup, one block per line (tables tab-separated)."""
    lines: list[str] = []
    for b in report_blocks(r):
        if isinstance(b, Heading | Para):
            lines.append(b.text)
        elif isinstance(b, Bullets):
            lines.extend(f"- {x}" for x in b.items)
        elif isinstance(b, Table):
            lines.extend("\t".join(row) for row in (b.header, *b.rows))
        else:
            lines.append(b.caption)
    return "\n".join(lines) + "\n"


def footer_line(r: BenchmarkReport) -> str:
    """The one line at the foot of every DOCX page."""
    return (
        f"{r.title} · {r.date} · InnoCite Decision Studio {r.app_version} · "
        f"SHA-256 {r.data_hash[:16]}…"
    )


# -- sections -------------------------------------------------------------------------------


def _header(r: BenchmarkReport) -> Iterator[Block]:
    yield Heading(r.title, 0)
    rows = (
        (tr("Data set"), r.name),
        (tr("Date"), r.date),
        (tr("Towns"), integer(len(r.data.units))),
        (tr("Indicators"), integer(len(r.data.indicators))),
    )
    yield Table((), rows, (False, False), widths=(22, 78))
    if r.description:
        yield Para(r.description, "note")
    yield from _provenance(r)


def _provenance(r: BenchmarkReport) -> Iterator[Block]:
    """Say plainly which values are illustrative and which come from a named source."""
    inds = r.data.indicators
    illustrative = [i for i in inds if i.illustrative]
    sourced = [i for i in inds if i.illustrative is False]
    unknown = [i for i in inds if i.illustrative is None]
    cells = [s for s in r.sources if s.indicator and not s.illustrative]
    if illustrative:
        yield Para(
            tr(
                "Illustrative values: the values of {count} of {total} indicators are "
                "illustrative (a plausible order of magnitude, not taken from a named source); "
                "do not draw conclusions from them."
            ).format(count=integer(len(illustrative)), total=integer(len(inds))),
            "warning",
        )
    parts = []
    if sourced:
        parts.append(
            tr("indicators whose values come from the named source: {names}").format(
                names=", ".join(i.label for i in sourced)
            )
        )
    if cells:
        parts.append(
            tr("single values from a named source: {values}").format(
                values="; ".join(f"{s.unit}, {r.label(s.indicator)} ({s.source})" for s in cells)
            )
        )
    if parts:
        yield Para(tr("Sourced values: {parts}.").format(parts="; ".join(parts)))
    if unknown:
        yield Para(
            tr("Not stated whether illustrative or sourced: {names}.").format(
                names=", ".join(i.label for i in unknown)
            ),
            "note",
        )


def _towns(r: BenchmarkReport) -> Iterator[Block]:
    yield Heading(tr("Towns"))
    notes = {s.unit: s for s in r.sources if not s.indicator}
    rows = []
    for u in r.data.units:
        note = notes.get(u.id)
        if note is None:
            where = "—"
        elif note.illustrative:
            where = tr("illustrative")
        else:
            where = note.source or tr("sourced")
        pop = number(u.population) if u.population is not None else "—"
        rows.append((u.id, u.country or "—", u.region or "—", pop, where))
    header = (tr("Town"), tr("Country"), tr("Region"), tr("Population"), tr("Population: source"))
    yield Table(
        header, tuple(rows), (False, False, False, True, False), widths=(20, 14, 22, 13, 31)
    )


def _indicators(r: BenchmarkReport) -> Iterator[Block]:
    yield Heading(tr("Indicators"))
    res = r.result
    used = dict(zip(res.indicator_ids, res.weights.global_weights, strict=True))
    rows = []
    for i in r.data.indicators:
        gp = "—"
        if i.goalposts is not None:
            gp = f"{number(i.goalposts[0])} – {number(i.goalposts[1])}" + (
                " (log)" if i.log else ""
            )
        rows.append(
            (
                i.label,
                i.unit or "—",
                tr("less is better") if i.direction == "cost" else tr("more is better"),
                i.group or "—",
                "1" if i.weight is None else number(i.weight),
                pct(float(used[i.id])) if i.id in used else "—",
                gp,
            )
        )
    header = (
        tr("Indicator"),
        tr("Unit"),
        tr("Direction"),
        tr("Group"),
        tr("Weight given"),
        tr("Weight used (%)"),
        tr("Goalposts"),
    )
    yield Table(
        header,
        tuple(rows),
        (False, False, False, False, True, True, False),
        widths=(26, 15, 13, 12, 11, 11, 12),
    )
    rows2 = []
    for i in r.data.indicators:
        cells = [s for s in r.sources if s.indicator == i.id and not s.illustrative]
        if i.illustrative:
            values = tr("illustrative")
            if cells:
                values = tr("illustrative except {towns} (sourced)").format(
                    towns=", ".join(s.unit for s in cells)
                )
        elif i.illustrative is False:
            values = tr("sourced")
        else:
            values = tr("not stated")
        rows2.append((i.label, i.source or "—", str(i.year) if i.year else "—", values))
    yield Table(
        (tr("Indicator"), tr("Source"), tr("Year"), tr("Values")),
        tuple(rows2),
        (False, False, True, False),
        widths=(28, 42, 8, 22),
        caption=tr(
            "Weight used: each indicator's share of the composite after the weighting "
            "method and the groups (sums to 100 %)."
        ),
    )


def _method(r: BenchmarkReport) -> Iterator[Block]:
    res = r.result
    s = res.settings
    conv = res.conventions
    yield Heading(tr("Method"))
    yield Para(
        tr(
            "The composite indicator follows the OECD/JRC Handbook on Constructing Composite "
            "Indicators (Nardo et al. 2008): missing data, normalization, weighting, aggregation."
        )
    )
    yield Heading(tr("Missing data"), 2)
    yield Para(tr(MISSING_WORDS[s.missing]) if s.missing in MISSING_WORDS else s.missing)
    if res.imputed:
        yield Para(
            tr("Imputed cells ({count}), with the value used:").format(
                count=integer(len(res.imputed))
            )
        )
        rows_of = {u: k for k, u in enumerate(res.unit_ids)}
        cols_of = {c: k for k, c in enumerate(res.indicator_ids)}
        yield Bullets(
            tuple(
                f"{u} – {r.label(c)}: {number(float(res.raw[rows_of[u], cols_of[c]]))}"
                for u, c in res.imputed
            )
        )
    elif s.missing != "drop":
        yield Para(tr("No value was missing: nothing was imputed."))
    if res.dropped:
        yield Para(
            tr("Left out for missing values: {towns}.").format(towns=", ".join(res.dropped)),
            "warning",
        )
    yield Heading(tr("Normalization"), 2)
    if s.normalization in NORMALIZATION_WORDS:
        yield Para(tr(NORMALIZATION_WORDS[s.normalization]))
    else:
        yield Para(s.normalization)
    # the formulas and conventions below are the engine's (decision/), translated by engine()
    yield Para(
        tr("Formula: {formula}").format(formula=engine(conv.get("normalization", ""))), "small"
    )
    if conv.get("reference_values"):
        yield Para(
            tr("Reference: {values}").format(values=engine(conv["reference_values"])), "small"
        )
    if res.clipped:
        yield Para(
            tr("Clipped to their goalposts: {cells}.").format(
                cells=", ".join(f"{u} – {r.label(c)}" for u, c in res.clipped)
            )
        )
    if conv.get("constant"):
        yield Para(tr("Note: {note}.").format(note=engine(conv["constant"])), "note")
    yield Heading(tr("Weighting and aggregation"), 2)
    weighting = tr(WEIGHTING_WORDS[s.weighting]) if s.weighting in WEIGHTING_WORDS else s.weighting
    yield Para(
        tr("Weights: {weighting} — {detail}.").format(
            weighting=weighting, detail=engine(conv.get("weights", ""))
        )
    )
    if conv.get("group_aggregation"):
        groups = ", ".join(res.dimension_ids)
        yield Para(
            tr(
                "Indicators are first combined inside their groups ({groups}) into a dimension "
                "index by {inner}; the dimension indices are then combined by {outer}."
            ).format(
                groups=groups,
                inner=tr(AGGREGATION_WORDS[s.group_aggregation]),
                outer=tr(AGGREGATION_WORDS[s.aggregation]),
            )
        )
    else:
        yield Para(
            tr("The composite score is {aggregation}.").format(
                aggregation=tr(AGGREGATION_WORDS[s.aggregation])
            )
        )
    if res.shift:
        yield Para(tr("Geometric mean: {shift}.").format(shift=engine(res.shift)), "warning")
    yield Para(
        tr("Ties: {rule}; {ranks}.").format(
            rule=engine(conv.get("tie_rule", "")), ranks=engine(conv.get("ranks", ""))
        ),
        "small",
    )


def _ranking(r: BenchmarkReport) -> Iterator[Block]:
    res = r.result
    unc = r.uncertainty
    yield Heading(tr("Composite ranking"))
    first = res.ranking()[0]
    yield Para(
        tr("{town} ranks first with a composite score of {score}.").format(
            town=first[0], score=score(first[1])
        )
    )
    band = {}
    if unc is not None:
        band = {
            u: (float(unc.median_rank[i]), float(unc.p05[i]), float(unc.p95[i]))
            for i, u in enumerate(unc.unit_ids)
        }
    rows = []
    for unit, value, rank in res.ranking():
        row = [str(rank), unit, score(value)]
        if unc is not None:
            med, lo, hi = band[unit]
            row += [_rank(med), f"{_rank(lo)} – {_rank(hi)}"]
        rows.append(tuple(row))
    if unc is None:
        yield Table(
            (tr("Rank"), tr("Town"), tr("Score")),
            tuple(rows),
            (True, False, True),
            widths=(12, 58, 30),
        )
    else:
        yield Table(
            (tr("Rank"), tr("Town"), tr("Score"), tr("Median rank"), tr("Rank 5–95 %")),
            tuple(rows),
            (True, False, True, True, True),
            widths=(10, 38, 16, 16, 20),
        )
    yield Chart(CHART_SCORES, tr("Figure 1. Composite scores of the towns (higher is better)."))


def _uncertainty(r: BenchmarkReport) -> Iterator[Block]:
    unc = r.uncertainty
    if unc is None:
        yield Para(
            tr("No uncertainty analysis was run: the ranks above hold for these choices only."),
            "note",
        )
        return
    yield Heading(tr("How certain are the ranks?"))
    yield Para(
        tr(
            "The composite was recomputed {runs} times (Monte Carlo, seed {seed}), each time "
            "with one of the normalizations {normalizations}, one of the aggregations "
            "{aggregations} and weights drawn within their ranges. Each town's median rank and "
            "the band holding 90 % of its ranks (5th to 95th percentile) show how much its "
            "place depends on these choices."
        ).format(
            runs=integer(unc.runs),
            seed=unc.seed,
            normalizations=", ".join(unc.normalizations),
            aggregations=", ".join(unc.aggregations),
        )
    )
    yield Chart(
        CHART_BANDS,
        tr("Figure 2. Rank of each town: median (◆), 5–95 % band, rank above (●)."),
    )
    if unc.overall:
        rows = tuple(
            (tr(FACTOR_WORDS[k]) if k in FACTOR_WORDS else k, pct(float(v)))
            for k, v in unc.overall.items()
        )
        yield Para(
            tr(
                "Share of the variance of the ranks (all towns pooled) explained by each choice "
                "alone (first-order sensitivity); the rest comes from the choices together:"
            )
        )
        yield Table(
            (tr("Choice"), tr("Share of rank variance (%)")),
            rows,
            (False, True),
            widths=(60, 40),
        )
    if unc.conventions.get("weights"):
        yield Para(
            tr("Weights in the runs: {weights}.").format(
                weights=engine(unc.conventions["weights"])
            ),
            "small",
        )
    for key, text in unc.conventions.items():
        if key.startswith("geometric_shift"):
            text = engine(text)
            yield Para(text[0].upper() + text[1:] + ".", "small")


def _peers(r: BenchmarkReport) -> Iterator[Block]:
    comp = r.peers
    if comp is None:
        return
    town = comp.unit
    yield Heading(tr("{town} against its peers").format(town=town))
    if comp.peers:
        yield Para(
            tr("{town} is compared with the mean of {peers}, indicator by indicator.").format(
                town=town, peers=", ".join(comp.peers)
            )
        )
    else:
        yield Para(
            tr(
                "{town} is compared with the mean of all other towns ranked, indicator by "
                "indicator."
            ).format(town=town)
        )
    strong = ", ".join(r.label(i) for i in comp.strongest) or tr("none")
    weak = ", ".join(r.label(i) for i in comp.weakest) or tr("none")
    yield Bullets(
        (
            tr("Strongest indicators: {names}.").format(names=strong),
            tr("Weakest indicators: {names}.").format(names=weak),
        )
    )
    rows = []
    for g in comp.gaps:
        better = "—" if g.better is None else _signed(100 * g.better, 1)
        gap = "—" if g.normalized_gap is None else _signed(g.normalized_gap, 3)
        rows.append((r.label(g.indicator), number(g.value), number(g.comparison), better, gap))
    yield Table(
        (tr("Indicator"), town, tr("Peers' mean"), tr("Better by (%)"), tr("Normalized gap")),
        tuple(rows),
        (False, True, True, True, True),
        widths=(34, 13, 21, 16, 16),
        caption=tr(
            "Better by: the relative gap, turned round for cost indicators (positive: {town} "
            "does better). Normalized gap: difference on the normalized scale ({normalization})."
        ).format(town=town, normalization=r.result.settings.normalization),
    )
    if comp.imputed:
        cells = ", ".join(f"{u} – {r.label(c)}" for u, c in comp.imputed)
        yield Para(tr("Imputed values among these towns: {cells}.").format(cells=cells), "small")
    if len(r.result.indicator_ids) < 3:
        return  # a radar needs three axes; the table says it all
    yield Chart(
        CHART_RADAR,
        tr(
            "Figure {n}. {town} and its peers on every indicator; each axis runs from the "
            "worst town ranked (centre) to the best (rim)."
        ).format(n=3 if r.uncertainty is not None else 2, town=town),
    )


def _signed(value: float, digits: int) -> str:
    """``+1,5`` / ``−0,250``: a gap with its sign, in the report's number format."""
    from app.i18n import number as fixed

    text = fixed(value, digits)
    return text if text.startswith(("-", "\u2212")) or text == fixed(0.0, digits) else "+" + text


def _footer(r: BenchmarkReport) -> Iterator[Block]:
    yield Heading(tr("Reproducibility"))
    settings = "; ".join(f"{k} {_setting(v)}" for k, v in r.settings_json.items())
    unc = r.uncertainty
    runs = (
        tr("{runs} runs, seed {seed}").format(runs=integer(unc.runs), seed=unc.seed)
        if unc is not None
        else tr("no uncertainty run")
    )
    rows = (
        (tr("Application"), f"InnoCite Decision Studio {r.app_version}"),
        (tr("Data hash (SHA-256)"), r.data_hash),
        (tr("Settings"), settings),
        ("Monte Carlo", runs),
        (tr("Generated"), r.date),
    )
    yield Table((), rows, (False, False), widths=(24, 76))
    yield Para(
        tr(
            "The hash covers the towns, indicators, values and settings above; the same data, "
            "settings and seed give the same report."
        ),
        "small",
    )


def _setting(v: object) -> str:
    # the settings exactly as in the data file (machine-readable, not translated)
    if isinstance(v, dict):
        return ", ".join(f"{k}={_setting(x)}" for k, x in v.items())
    if isinstance(v, float | np.floating):
        return f"{float(v):g}"
    return str(v)
