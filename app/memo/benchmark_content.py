"""The benchmarking report as memo blocks: data, method in plain words, ranking, peers, footer.

Texts are the user's text unescaped (each writer escapes), as in ``app.memo.content``.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from app.memo.benchmark_report import BenchmarkReport
from app.memo.content import Block, Bullets, Chart, Heading, Para, Table
from app.memo.text import number, pct, score

CHART_SCORES = "bench_scores"
CHART_BANDS = "bench_bands"
CHART_RADAR = "bench_radar"

NORMALIZATION_WORDS = {
    "minmax": "each indicator is rescaled so that the worst town gets 0 and the best town 1 "
    "(min-max normalization)",
    "zscore": "each indicator is expressed as the number of standard deviations a town lies "
    "above or below the mean of the towns (z-score standardisation)",
    "goalpost": "each indicator is rescaled between fixed goalposts: the lower goalpost gives 0, "
    "the upper goalpost 1, values outside are clipped (goalpost normalization, as in the HDI)",
    "reference": "each indicator is expressed relative to a reference (distance to a reference)",
    "rank": "each indicator is replaced by the town's rank on it, counted from the worst "
    "(rank normalization)",
}
MISSING_WORDS = {
    "drop": "a town with a missing value is left out of the composite",
    "mean": "a missing value is replaced by the mean of the other towns' values of that "
    "indicator (before normalization)",
    "median": "a missing value is replaced by the median of the other towns' values of that "
    "indicator (before normalization)",
}
WEIGHTING_WORDS = {
    "given": "the weights given in the data set",
    "equal": "equal weights",
    "points": "budget allocation (points shared out over the indicators)",
    "ahp": "weights from pairwise comparisons (AHP)",
    "entropy": "objective weights from the entropy of each indicator",
    "critic": "objective weights by CRITIC (contrast and correlation of the indicators)",
}
AGGREGATION_WORDS = {
    "linear": "a weighted arithmetic mean: a weak result on one indicator can be fully "
    "compensated by a strong one (linear aggregation)",
    "geometric": "a weighted geometric mean: a weak result is compensated only in part "
    "(geometric aggregation)",
}
FACTOR_WORDS = {
    "normalization": "Normalization method",
    "aggregation": "Aggregation method",
    "weights": "Weights (±ranges)",
    "interactions": "Interactions of the choices",
}


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
        ("Data set", r.name),
        ("Date", r.date),
        ("Towns", str(len(r.data.units))),
        ("Indicators", str(len(r.data.indicators))),
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
            f"Illustrative values: the values of {len(illustrative)} of {len(inds)} indicators "
            "are illustrative (a plausible order of magnitude, not taken from a named source); "
            "do not draw conclusions from them.",
            "warning",
        )
    parts = []
    if sourced:
        parts.append(
            "indicators whose values come from the named source: "
            + ", ".join(i.label for i in sourced)
        )
    if cells:
        parts.append(
            "single values from a named source: "
            + "; ".join(f"{s.unit}, {r.label(s.indicator)} ({s.source})" for s in cells)
        )
    if parts:
        yield Para("Sourced values: " + "; ".join(parts) + ".")
    if unknown:
        yield Para(
            "Not stated whether illustrative or sourced: "
            + ", ".join(i.label for i in unknown)
            + ".",
            "note",
        )


def _towns(r: BenchmarkReport) -> Iterator[Block]:
    yield Heading("Towns")
    notes = {s.unit: s for s in r.sources if not s.indicator}
    rows = []
    for u in r.data.units:
        note = notes.get(u.id)
        if note is None:
            where = "—"
        elif note.illustrative:
            where = "illustrative"
        else:
            where = note.source or "sourced"
        pop = number(u.population) if u.population is not None else "—"
        rows.append((u.id, u.country or "—", u.region or "—", pop, where))
    header = ("Town", "Country", "Region", "Population", "Population: source")
    yield Table(
        header, tuple(rows), (False, False, False, True, False), widths=(20, 14, 22, 13, 31)
    )


def _indicators(r: BenchmarkReport) -> Iterator[Block]:
    yield Heading("Indicators")
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
                "less is better" if i.direction == "cost" else "more is better",
                i.group or "—",
                "1" if i.weight is None else number(i.weight),
                pct(float(used[i.id])) if i.id in used else "—",
                gp,
            )
        )
    header = (
        "Indicator",
        "Unit",
        "Direction",
        "Group",
        "Weight given",
        "Weight used (%)",
        "Goalposts",
    )
    yield Table(
        header,
        tuple(rows),
        (False, False, False, False, True, True, False),
        widths=(28, 17, 13, 11, 9, 10, 12),
    )
    rows2 = []
    for i in r.data.indicators:
        cells = [s for s in r.sources if s.indicator == i.id and not s.illustrative]
        if i.illustrative:
            values = "illustrative"
            if cells:
                values += " except " + ", ".join(s.unit for s in cells) + " (sourced)"
        elif i.illustrative is False:
            values = "sourced"
        else:
            values = "not stated"
        rows2.append((i.label, i.source or "—", str(i.year) if i.year else "—", values))
    yield Table(
        ("Indicator", "Source", "Year", "Values"),
        tuple(rows2),
        (False, False, True, False),
        widths=(28, 42, 8, 22),
        caption="Weight used: each indicator's share of the composite after the weighting "
        "method and the groups (sums to 100 %).",
    )


def _method(r: BenchmarkReport) -> Iterator[Block]:
    res = r.result
    s = res.settings
    conv = res.conventions
    yield Heading("Method")
    yield Para(
        "The composite indicator follows the OECD/JRC Handbook on Constructing Composite "
        "Indicators (Nardo et al. 2008): missing data, normalization, weighting, aggregation."
    )
    yield Heading("Missing data", 2)
    yield Para(MISSING_WORDS.get(s.missing, s.missing).capitalize() + ".")
    if res.imputed:
        yield Para(f"Imputed cells ({len(res.imputed)}), with the value used:")
        rows_of = {u: k for k, u in enumerate(res.unit_ids)}
        cols_of = {c: k for k, c in enumerate(res.indicator_ids)}
        yield Bullets(
            tuple(
                f"{u} – {r.label(c)}: {number(float(res.raw[rows_of[u], cols_of[c]]))}"
                for u, c in res.imputed
            )
        )
    elif s.missing != "drop":
        yield Para("No value was missing: nothing was imputed.")
    if res.dropped:
        yield Para("Left out for missing values: " + ", ".join(res.dropped) + ".", "warning")
    yield Heading("Normalization", 2)
    words = NORMALIZATION_WORDS.get(s.normalization, s.normalization)
    yield Para(
        words[0].upper()
        + words[1:]
        + "; higher is always better, cost indicators are turned round."
    )
    yield Para("Formula: " + conv.get("normalization", ""), "small")
    if conv.get("reference_values"):
        yield Para("Reference: " + conv["reference_values"], "small")
    if res.clipped:
        yield Para(
            "Clipped to their goalposts: "
            + ", ".join(f"{u} – {r.label(c)}" for u, c in res.clipped)
            + "."
        )
    if conv.get("constant"):
        yield Para("Note: " + conv["constant"] + ".", "note")
    yield Heading("Weighting and aggregation", 2)
    yield Para(
        f"Weights: {WEIGHTING_WORDS.get(s.weighting, s.weighting)} — {conv.get('weights', '')}."
    )
    if conv.get("group_aggregation"):
        groups = ", ".join(res.dimension_ids)
        yield Para(
            f"Indicators are first combined inside their groups ({groups}) into a dimension "
            f"index by {AGGREGATION_WORDS[s.group_aggregation]}; the dimension indices are "
            f"then combined by {AGGREGATION_WORDS[s.aggregation]}."
        )
    else:
        yield Para(f"The composite score is {AGGREGATION_WORDS[s.aggregation]}.")
    if res.shift:
        yield Para("Geometric mean: " + res.shift + ".", "warning")
    yield Para(f"Ties: {conv.get('tie_rule', '')}; {conv.get('ranks', '')}.", "small")


def _ranking(r: BenchmarkReport) -> Iterator[Block]:
    res = r.result
    unc = r.uncertainty
    yield Heading("Composite ranking")
    first = res.ranking()[0]
    yield Para(f"{first[0]} ranks first with a composite score of {score(first[1])}.")
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
            row += [f"{med:g}", f"{lo:g} – {hi:g}"]
        rows.append(tuple(row))
    if unc is None:
        yield Table(
            ("Rank", "Town", "Score"), tuple(rows), (True, False, True), widths=(12, 58, 30)
        )
    else:
        yield Table(
            ("Rank", "Town", "Score", "Median rank", "Rank 5–95 %"),
            tuple(rows),
            (True, False, True, True, True),
            widths=(10, 38, 16, 16, 20),
        )
    yield Chart(CHART_SCORES, "Figure 1. Composite scores of the towns (higher is better).")


def _uncertainty(r: BenchmarkReport) -> Iterator[Block]:
    unc = r.uncertainty
    if unc is None:
        yield Para(
            "No uncertainty analysis was run: the ranks above hold for these choices only.", "note"
        )
        return
    yield Heading("How certain are the ranks?")
    yield Para(
        f"The composite was recomputed {unc.runs} times (Monte Carlo, seed {unc.seed}), "
        f"each time with one of the normalizations {', '.join(unc.normalizations)}, one of "
        f"the aggregations {', '.join(unc.aggregations)} and weights drawn within their "
        "ranges. Each town's median rank and the band holding 90 % of its ranks "
        "(5th to 95th percentile) show how much its place depends on these choices."
    )
    yield Chart(
        CHART_BANDS, "Figure 2. Rank of each town: median (◆), 5–95 % band, rank above (●)."
    )
    if unc.overall:
        rows = tuple((FACTOR_WORDS.get(k, k), pct(float(v))) for k, v in unc.overall.items())
        yield Para(
            "Share of the variance of the ranks (all towns pooled) explained by each choice "
            "alone (first-order sensitivity); the rest comes from the choices together:"
        )
        yield Table(("Choice", "Share of rank variance (%)"), rows, (False, True), widths=(60, 40))
    if unc.conventions.get("weights"):
        yield Para("Weights in the runs: " + unc.conventions["weights"] + ".", "small")
    for key, text in unc.conventions.items():
        if key.startswith("geometric_shift"):
            yield Para(text[0].upper() + text[1:] + ".", "small")


def _peers(r: BenchmarkReport) -> Iterator[Block]:
    comp = r.peers
    if comp is None:
        return
    town = comp.unit
    yield Heading(f"{town} against its peers")
    against = (
        "the mean of " + ", ".join(comp.peers)
        if comp.peers
        else "the mean of all other towns ranked"
    )
    yield Para(f"{town} is compared with {against}, indicator by indicator.")
    strong = ", ".join(r.label(i) for i in comp.strongest) or "none"
    weak = ", ".join(r.label(i) for i in comp.weakest) or "none"
    yield Bullets((f"Strongest indicators: {strong}.", f"Weakest indicators: {weak}."))
    rows = []
    for g in comp.gaps:
        better = "—" if g.better is None else f"{100 * g.better:+.1f}"
        gap = "—" if g.normalized_gap is None else f"{g.normalized_gap:+.3f}"
        rows.append((r.label(g.indicator), number(g.value), number(g.comparison), better, gap))
    yield Table(
        ("Indicator", town, "Peers' mean", "Better by (%)", "Normalized gap"),
        tuple(rows),
        (False, True, True, True, True),
        widths=(40, 15, 15, 15, 15),
        caption="Better by: the relative gap, turned round for cost indicators (positive: "
        f"{town} does better). Normalized gap: difference on the normalized scale "
        f"({r.result.settings.normalization}).",
    )
    if comp.imputed:
        cells = ", ".join(f"{u} – {r.label(c)}" for u, c in comp.imputed)
        yield Para(f"Imputed values among these towns: {cells}.", "small")
    if len(r.result.indicator_ids) < 3:
        return  # a radar needs three axes; the table says it all
    yield Chart(
        CHART_RADAR,
        f"Figure {3 if r.uncertainty is not None else 2}. {town} and its peers on every "
        "indicator; each axis runs from the worst town ranked (centre) to the best (rim).",
    )


def _footer(r: BenchmarkReport) -> Iterator[Block]:
    yield Heading("Reproducibility")
    settings = "; ".join(f"{k} {_setting(v)}" for k, v in r.settings_json.items())
    unc = r.uncertainty
    runs = f"{unc.runs} runs, seed {unc.seed}" if unc is not None else "no uncertainty run"
    rows = (
        ("Application", f"InnoCite Decision Studio {r.app_version}"),
        ("Data hash (SHA-256)", r.data_hash),
        ("Settings", settings),
        ("Monte Carlo", runs),
        ("Generated", r.date),
    )
    yield Table((), rows, (False, False), widths=(24, 76))
    yield Para(
        "The hash covers the towns, indicators, values and settings above; the same data, "
        "settings and seed give the same report.",
        "small",
    )


def _setting(v: object) -> str:
    if isinstance(v, dict):
        return ", ".join(f"{k}={_setting(x)}" for k, x in v.items())
    if isinstance(v, float | np.floating):
        return f"{float(v):g}"
    return str(v)
