"""The memo's content as a list of plain blocks (headings, paragraphs, tables, charts).

One builder, three writers: HTML (and through it PDF) and DOCX print the same blocks, so the
formats cannot drift apart. Block texts are the user's text unescaped: each writer escapes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from app.memo.snapshot import MemoSnapshot
from app.memo.text import count, decimal, memo_language, number, pct, ratio, score, t

PERFORMANCE_COLUMNS = 4  # criteria per performance table: wider tables are split, never cut


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 0: the memo title, 1: a section, 2: a subsection


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "normal"  # normal, note, strong, warning, small


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]  # right-aligned columns
    caption: str = ""
    widths: tuple[int, ...] = ()  # relative column widths (percent), empty: automatic


@dataclass(frozen=True)
class Chart:
    key: str  # "ranking" or "contributions" (see app.memo.charts)
    caption: str


Block = Heading | Para | Bullets | Table | Chart


def blocks(snap: MemoSnapshot) -> list[Block]:
    """Every block of the memo, in print order, for the sections the snapshot keeps, in the
    memo's language."""
    with memo_language(snap.language):
        return _blocks(snap)


def _blocks(snap: MemoSnapshot) -> list[Block]:
    out: list[Block] = list(_header(snap))
    parts = {
        "question": _question,
        "alternatives": _alternatives,
        "criteria": _criteria,
        "performance": _performance,
        "method": _method,
        "ranking": _ranking,
        "robustness": _robustness,
        "scenarios": _scenarios,
        "decision": _decision,
        "appendix": _appendix,
    }
    for key, make in parts.items():
        if snap.has(key):
            out.extend(make(snap))
    out.extend(_footer(snap))
    return out


def charts_used(snap: MemoSnapshot) -> list[str]:
    """Keys of the charts the memo shows."""
    return [b.key for b in blocks(snap) if isinstance(b, Chart)]


def plain_text(snap: MemoSnapshot) -> str:
    """The memo's text, one block per paragraph (tables as tab-separated rows)."""
    lines: list[str] = []
    for b in blocks(snap):
        if isinstance(b, Heading | Para):
            lines.append(b.text)
        elif isinstance(b, Bullets):
            lines.extend(f"- {x}" for x in b.items)
        elif isinstance(b, Table):
            lines.extend("\t".join(r) for r in (b.header, *b.rows))
            if b.caption:
                lines.append(b.caption)
        else:
            lines.append(b.caption)
    return "\n".join(lines) + "\n"


# -- sections -------------------------------------------------------------------------------


def _header(s: MemoSnapshot) -> Iterator[Block]:
    yield Heading(s.title, 0)
    rows = [(t("project"), s.project), (t("date"), _long_date(s.date))]
    if s.author:
        rows.append((t("author"), s.author))
    if s.owner:
        rows.append((t("owner"), s.owner))
    if s.participants:
        people = "; ".join(f"{p.name} ({p.role})" if p.role else p.name for p in s.participants)
        rows.append((t("participants"), people))
    yield Table((), tuple(rows), (False, False), widths=(27, 73))


def _question(s: MemoSnapshot) -> Iterator[Block]:
    yield Heading(t("question"))
    yield Para(s.question or t("no_question"), "strong" if s.question else "note")
    if s.description:
        yield Para(s.description)


def _alternatives(s: MemoSnapshot) -> Iterator[Block]:
    yield Heading(t("alternatives"))
    with_text = any(a.description for a in s.alternatives)
    if with_text:
        rows = tuple((a.name, a.description) for a in s.alternatives)
        yield Table(
            (t("col_alternative"), t("col_description")), rows, (False, False), widths=(40, 60)
        )
    else:
        yield Bullets(tuple(a.name for a in s.alternatives))


def _criteria(s: MemoSnapshot) -> Iterator[Block]:
    yield Heading(t("criteria"))
    grouped = any(c.parent for c in s.criteria)
    header = (t("col_criterion"), t("col_unit"), t("col_direction"), t("col_weight") + " (%)")
    rows = []
    for c in s.leaves:
        name = f"{c.parent} › {c.name}" if grouped and c.parent else c.name
        rows.append((name, c.unit, t(f"{c.direction}_short"), pct(c.weight)))
    yield Table(header, tuple(rows), (False, False, False, True), widths=(46, 22, 18, 14))
    yield Para(t("weights_total"), "small")
    for o in s.weight_origins:
        yield Para(t("origin_line", node=o.node, origin=o.origin))
    if s.consistency:
        yield Para(t("cr_intro"))
        rows2 = tuple(
            (
                c.node,
                c.participant,
                decimal(c.cr, 3) if c.cr is not None else t("cr_none"),
                f"{c.answered} / {c.total}",
            )
            for c in s.consistency
        )
        header2 = (t("col_matrix"), t("col_participant"), t("col_cr"), t("col_answered"))
        yield Table(header2, rows2, (False, False, True, True), widths=(28, 44, 12, 16))
        high = [c for c in s.consistency if c.cr is not None and c.cr > 0.1]
        if high:
            who = "; ".join(f"{c.participant} ({c.node}, CR {decimal(c.cr, 3)})" for c in high)
            yield Para(f"{t('cr_high')}: {who}", "warning")


def _performance(s: MemoSnapshot) -> Iterator[Block]:
    yield Heading(t("performance"))
    leaves = s.leaves
    marks: dict[tuple[str, str], list[int]] = {}
    for k, note in enumerate(s.performance.sources, start=1):
        marks.setdefault((note.alternative, note.criterion), []).append(k)
    n = len(leaves)
    for start in range(0, n, PERFORMANCE_COLUMNS):
        cols = list(range(start, min(n, start + PERFORMANCE_COLUMNS)))
        header = (
            t("col_alternative"),
            *(
                f"{leaves[j].name} [{leaves[j].unit}]" if leaves[j].unit else leaves[j].name
                for j in cols
            ),
        )
        rows = []
        for i, alt in enumerate(s.alternatives):
            cells = []
            for j in cols:
                text = number(s.performance.values[i][j])
                refs = marks.get((alt.name, leaves[j].name))
                if refs:
                    text += " [" + ",".join(f"s{k}" for k in refs) + "]"
                cells.append(text)
            rows.append((alt.name, *cells))
        caption = (
            t("performance_split", first=start + 1, last=cols[-1] + 1, total=n)
            if n > PERFORMANCE_COLUMNS
            else ""
        )
        first = 100 - 15 * len(cols)
        yield Table(
            header,
            tuple(rows),
            (False, *([True] * len(cols))),
            caption,
            widths=(first, *([15] * len(cols))),
        )
    if s.performance.sources:
        yield Para(t("sources_intro"))
        yield Bullets(
            tuple(
                f"s{k}: {n.alternative} / {n.criterion}: {n.text}"
                for k, n in enumerate(s.performance.sources, start=1)
            )
        )


def _method(s: MemoSnapshot) -> Iterator[Block]:
    m = s.method
    yield Heading(t("method"))
    yield Para(t("method_intro", label=m.label, description=m.description))
    if m.normalization:
        plain = m.normalization_plain or m.normalization
        yield Para(t("normalization", plain=plain.rstrip("."), formula=m.normalization))
    if m.weights_source:
        yield Para(t("weights_source", source=m.weights_source))
    yield Para(t("score_direction_up" if m.higher_is_better else "score_direction_down"))
    if m.tie_rule:
        yield Para(t("tie_rule", rule=m.tie_rule), "small")
    for note in m.notes:
        yield Para(note, "small")


def _ranking(s: MemoSnapshot) -> Iterator[Block]:
    r = s.ranking
    yield Heading(t("ranking"))
    winners = t("and_join").join(x.name for x in r.rows if x.rank == 1)
    yield Para(t("ranking_intro", winner=winners, method=s.method.label), "strong")
    rows = tuple((str(x.rank), x.name, score(x.score)) for x in r.rows)
    yield Table(
        (t("col_rank"), t("col_alternative"), t("col_score")),
        rows,
        (True, False, True),
        widths=(10, 70, 20),
    )
    yield Chart("ranking", t("chart_ranking", method=s.method.label))
    if r.contributions is not None:
        yield Para(t("contributions_intro"))
        yield Chart("contributions", t("chart_contributions"))


def _robustness(s: MemoSnapshot) -> Iterator[Block]:
    rb = s.robustness
    if rb is None:
        return
    yield Heading(t("robustness"))
    if rb.tipping_note:
        yield Para(t("tipping_failed", reason=rb.tipping_note), "note")
    elif rb.changes:
        yield Para(t("tipping_intro"))
        items = []
        for c in rb.changes:
            now = pct(c.weight)
            if c.new_weight is None or c.new_winner is None:
                items.append(t("stays_always", criterion=c.criterion, now=now))
            elif c.ties or c.new_winner == rb.winner:  # the change is a tie for first place
                key = "tie_above" if c.new_weight > c.weight else "tie_below"
                items.append(
                    t(key, winner=rb.winner, criterion=c.criterion, x=pct(c.new_weight), now=now)
                )
            else:
                key = "stays_unless_above" if c.new_weight > c.weight else "stays_unless_below"
                items.append(
                    t(
                        key,
                        winner=rb.winner,
                        criterion=c.criterion,
                        x=pct(c.new_weight),
                        now=now,
                        other=c.new_winner,
                    )
                )
        yield Bullets(tuple(items))
    if rb.smaa_note:
        yield Para(t("smaa_failed", reason=rb.smaa_note), "note")
    elif rb.acceptability:
        top = rb.acceptability[0]
        samples = count(rb.samples)
        yield Para(
            t(
                "smaa_sentence",
                winner=top.name,
                share=pct(top.shares[0], 0),
                samples=samples,
                seed=rb.seed,
            ),
            "strong",
        )
        yield Para(t("smaa_intro", samples=samples))
        k = len(top.shares)
        header = (
            t("col_alternative"),
            *(t(c) + " (%)" for c in ("col_first", "col_second", "col_third")[:k]),
        )
        rows = tuple((a.name, *(pct(x) for x in a.shares)) for a in rb.acceptability)
        yield Table(header, rows, (False, *([True] * k)), widths=(100 - 14 * k, *([14] * k)))
    ag = rb.agreement
    if ag is not None:
        yield Para(t("agreement_intro"))
        header = (t("col_alternative"), *ag.methods)
        rows = tuple(
            (row.name, *(t("unknown") if x is None else str(x) for x in ranks))
            for row, ranks in zip(s.ranking.rows, ag.ranks, strict=True)
        )
        k = len(ag.methods)
        width = min(15, 75 // max(k, 1))
        yield Table(header, rows, (False, *([True] * k)), widths=(100 - width * k, *([width] * k)))
        if len(ag.methods) > 1 and ag.spearman:
            values = ", ".join(
                f"{ag.methods[j]} {decimal(ag.spearman[0][j], 2)}"
                for j in range(1, len(ag.methods))
                if ag.spearman[0][j] is not None
            )
            yield Para(t("agreement_rho", method=ag.methods[0], values=values))
        for e in ag.errors:
            yield Para(e, "note")


def _scenarios(s: MemoSnapshot) -> Iterator[Block]:
    sc = s.scenarios
    if sc is None:
        return
    yield Heading(t("scenarios"))
    if len(sc.columns) <= 1:
        yield Para(t("scenarios_none"), "note")
        return
    yield Para(t("scenarios_intro"))
    header = (t("col_alternative"), *(f"{c.name} ({c.method})" for c in sc.columns))
    rows = []
    for i, name in enumerate(sc.alternatives):
        rows.append(
            (name, *(t("unknown") if c.ranks is None else str(c.ranks[i]) for c in sc.columns))
        )
    k = len(sc.columns)
    yield Table(header, tuple(rows), (False, *([True] * k)), widths=(100 - 15 * k, *([15] * k)))
    for c in sc.columns:
        if c.error:
            yield Para(f"{c.name}: {c.error}", "note")
    if sc.note:
        yield Para(sc.note, "small")


def _decision(s: MemoSnapshot) -> Iterator[Block]:
    d = s.decision
    yield Heading(t("decision"))
    yield Para(t("recommended", winner=d.recommended))
    if d.chosen:
        yield Para(t("decision_taken", chosen=d.chosen), "strong")
    else:
        yield Para(t("decision_none"), "note")
    if d.differs:
        yield Para(t("differs", winner=d.recommended), "warning")
    if d.rationale:
        yield Para(t("rationale", text=d.rationale))


def _appendix(s: MemoSnapshot) -> Iterator[Block]:
    yield Heading(t("appendix"))
    yield Heading(t("judgments_title"), 2)
    if s.judgments:
        rows = tuple((j.participant, j.node, j.sentence, ratio(j.value)) for j in s.judgments)
        header = (t("col_participant"), t("col_matrix"), t("col_judgment"), t("col_ratio"))
        yield Table(header, rows, (False, False, False, True), widths=(23, 17, 47, 13))
    else:
        yield Para(t("judgments_none"), "note")
    yield Heading(t("audit_title"), 2)
    a = s.audit
    if a.total == 0:
        yield Para(t("audit_none"), "note")
        return
    yield Para(
        t("audit_intro", total=count(a.total), first=_when(a.first_at), last=_when(a.last_at))
    )
    counts = tuple((c.name, count(c.count)) for c in a.by_action)
    yield Table((t("col_action"), t("col_count")), counts, (False, True), widths=(70, 30))
    if a.who:
        yield Para(t("audit_who", who=", ".join(a.who)))


def _footer(s: MemoSnapshot) -> Iterator[Block]:
    r = s.reproducibility
    yield Heading(t("reproducibility"))
    yield Para(t("repro_regen"), "small")
    rows = (
        ("InnoCite", t("repro_version", version=r.app_version)),
        (t("col_method"), s.method.label),
        *((x.name, x.value) for x in r.settings),
        (t("data_hash"), r.data_hash),
        (t("snapshot_made"), _when(r.created_at)),
    )
    yield Table((t("col_setting"), t("col_value")), rows, (False, False), widths=(28, 72))


def _long_date(iso: str) -> str:
    """The memo's ISO date written out in its language ("29. November 2026")."""
    from datetime import date

    from app.i18n import long_date

    try:
        return long_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def _when(iso: str) -> str:
    """An ISO timestamp (UTC) as the locale's date and the time, "29.11.2026 14:05 UTC"."""
    from datetime import datetime

    from app.i18n import date

    try:
        at = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{date(at)} {at:%H:%M} UTC"
