"""Every string of the memo in one place, marked for translation (QT_TR_NOOP) and translated
by ``t`` into the memo's language, which may differ from the interface language."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app import i18n
from app.i18n import QT_TR_NOOP, tr
from app.services.engine_texts import engine_text

EN: dict[str, str] = {
    # header
    "memo": QT_TR_NOOP("Decision memo"),
    "date": QT_TR_NOOP("Date"),
    "author": QT_TR_NOOP("Author"),
    "owner": QT_TR_NOOP("Project owner"),
    "participants": QT_TR_NOOP("Participants"),
    "project": QT_TR_NOOP("Project"),
    # section titles
    "question": QT_TR_NOOP("The decision question"),
    "alternatives": QT_TR_NOOP("Alternatives"),
    "criteria": QT_TR_NOOP("Criteria and weights"),
    "performance": QT_TR_NOOP("Performance of the alternatives"),
    "method": QT_TR_NOOP("Method"),
    "ranking": QT_TR_NOOP("Ranking"),
    "robustness": QT_TR_NOOP("How robust is the ranking?"),
    "scenarios": QT_TR_NOOP("Scenarios compared"),
    "decision": QT_TR_NOOP("Decision"),
    "appendix": QT_TR_NOOP("Appendix"),
    "reproducibility": QT_TR_NOOP("Reproducibility"),
    # table headers
    "col_alternative": QT_TR_NOOP("Alternative"),
    "col_description": QT_TR_NOOP("Description"),
    "col_criterion": QT_TR_NOOP("Criterion"),
    "col_unit": QT_TR_NOOP("Unit"),
    "col_direction": QT_TR_NOOP("Direction"),
    "col_weight": QT_TR_NOOP("Weight"),
    "col_group": QT_TR_NOOP("Group"),
    "col_rank": QT_TR_NOOP("Rank"),
    "col_score": QT_TR_NOOP("Score"),
    "col_matrix": QT_TR_NOOP("Matrix"),
    "col_participant": QT_TR_NOOP("Participant"),
    "col_cr": QT_TR_NOOP("CR"),
    "col_answered": QT_TR_NOOP("Pairs answered"),
    "col_judgment": QT_TR_NOOP("Judgment"),
    "col_ratio": QT_TR_NOOP("Ratio"),
    "col_action": QT_TR_NOOP("Action"),
    "col_count": QT_TR_NOOP("Entries"),
    "col_method": QT_TR_NOOP("Method"),
    "col_first": QT_TR_NOOP("Rank 1"),
    "col_second": QT_TR_NOOP("Rank 2"),
    "col_third": QT_TR_NOOP("Rank 3"),
    "col_setting": QT_TR_NOOP("Setting"),
    "col_value": QT_TR_NOOP("Value"),
    "benefit": QT_TR_NOOP("benefit (more is better)"),
    "cost": QT_TR_NOOP("cost (less is better)"),
    "benefit_short": QT_TR_NOOP("more is better"),
    "cost_short": QT_TR_NOOP("less is better"),
    # sentences
    "no_question": QT_TR_NOOP("No decision question was recorded for this project."),
    "weights_total": QT_TR_NOOP(
        "Weights are global: they add up to 100 % over the criteria with data."
    ),
    "weights_missing": QT_TR_NOOP(
        "Not every criterion has a weight, so the ranking could not be computed."
    ),
    "origin_direct": QT_TR_NOOP("entered directly"),
    "origin_ahp": QT_TR_NOOP(
        "from the pairwise comparisons (AHP, group geometric mean of {n} participant(s))"
    ),
    "origin_line": QT_TR_NOOP("{node}: weights {origin}."),
    "top_level": QT_TR_NOOP("Top level"),
    "group_label": QT_TR_NOOP("Group (geometric mean)"),
    "alternatives_under": QT_TR_NOOP("Alternatives under {criterion}"),
    "cr_intro": QT_TR_NOOP(
        "Consistency ratio (CR) of every pairwise matrix; up to 0.10 is acceptable."
    ),
    "cr_none": QT_TR_NOOP("not enough answers"),
    "cr_high": QT_TR_NOOP("above 0.10: inconsistent"),
    "sources_intro": QT_TR_NOOP("Sources of the values:"),
    "performance_split": QT_TR_NOOP("Columns {first}–{last} of {total}."),
    "method_intro": QT_TR_NOOP("The alternatives were ranked with {label}: {description}"),
    "normalization": QT_TR_NOOP("Normalization: {plain} ({formula})."),
    "tie_rule": QT_TR_NOOP("Ties: {rule}."),
    "weights_source": QT_TR_NOOP("Weights used: {source}."),
    "score_direction_up": QT_TR_NOOP("A higher score is better."),
    "score_direction_down": QT_TR_NOOP("A lower score is better."),
    "ranking_intro": QT_TR_NOOP("{winner} ranks first with {method}."),
    "contributions_intro": QT_TR_NOOP(
        "Each criterion's contribution to the score (the method adds them up):"
    ),
    "chart_ranking": QT_TR_NOOP("Figure 1. Scores of the alternatives ({method})."),
    "chart_contributions": QT_TR_NOOP("Figure 2. Contribution of each criterion to the score."),
    "stays_unless_above": QT_TR_NOOP(
        "{winner} stays first unless the weight of {criterion} rises above {x} % (now {now} %); then {other} comes first."
    ),
    "stays_unless_below": QT_TR_NOOP(
        "{winner} stays first unless the weight of {criterion} falls below {x} % (now {now} %); then {other} comes first."
    ),
    "tie_above": QT_TR_NOOP(
        "{winner} stays first until the weight of {criterion} rises to {x} % (now {now} %); there another alternative ties with it for first place."
    ),
    "tie_below": QT_TR_NOOP(
        "{winner} stays first until the weight of {criterion} falls to {x} % (now {now} %); there another alternative ties with it for first place."
    ),
    "stays_always": QT_TR_NOOP(
        "No weight of {criterion} between 0 and 100 % changes the winner (now {now} %)."
    ),
    "tipping_intro": QT_TR_NOOP(
        "Each criterion's weight changed on its own, the others rescaled in proportion:"
    ),
    "tipping_failed": QT_TR_NOOP(
        "The weight changes that would alter the winner could not be computed: {reason}"
    ),
    "smaa_sentence": QT_TR_NOOP(
        "{winner} ranked first in {share} % of {samples} random weightings (seed {seed})."
    ),
    "smaa_intro": QT_TR_NOOP(
        "Share of {samples} random weightings (uniform over all weight sets) giving each rank:"
    ),
    "smaa_failed": QT_TR_NOOP("The random-weights analysis could not be computed: {reason}"),
    "agreement_intro": QT_TR_NOOP(
        "The same data ranked with other methods (their default settings):"
    ),
    "agreement_rho": QT_TR_NOOP(
        "Spearman rank correlation of each method with {method}: {values}."
    ),
    "agreement_failed": QT_TR_NOOP("{method} could not rank the data: {reason}"),
    "scenarios_intro": QT_TR_NOOP(
        "Ranks of the alternatives under the project's current weights and the saved scenarios:"
    ),
    "scenarios_none": QT_TR_NOOP("No scenarios were saved for this project."),
    "scenarios_more": QT_TR_NOOP("{n} further scenario(s) not shown."),
    "current_weights": QT_TR_NOOP("Current weights"),
    "decision_taken": QT_TR_NOOP("Decision taken: {chosen}"),
    "decision_none": QT_TR_NOOP("No decision has been recorded yet."),
    "rationale": QT_TR_NOOP("Rationale: {text}"),
    "recommended": QT_TR_NOOP("The analysis recommends {winner}."),
    "differs": QT_TR_NOOP(
        "The decision differs from the recommendation of the analysis ({winner})."
    ),
    "judgments_title": QT_TR_NOOP("Pairwise judgments"),
    "judgments_intro": QT_TR_NOOP("Pairwise judgments as given by each participant:"),
    "judgments_none": QT_TR_NOOP("No pairwise judgments were given."),
    "audit_title": QT_TR_NOOP("Audit log summary"),
    "audit_intro": QT_TR_NOOP(
        "Changes recorded in the project's audit log: {total} entries, from {first} to {last}."
    ),
    "audit_none": QT_TR_NOOP("The audit log holds no entries for this project."),
    "audit_who": QT_TR_NOOP("Changes made by: {who}."),
    "repro_version": QT_TR_NOOP("InnoCite Decision Studio {version}"),
    "repro_hash": QT_TR_NOOP("Data hash (SHA-256): {hash}"),
    "repro_created": QT_TR_NOOP("Memo snapshot made {created}."),
    "repro_regen": QT_TR_NOOP(
        "This memo is generated from a stored snapshot of its inputs and results; regenerating it gives the same text."
    ),
    "and_join": QT_TR_NOOP(" and "),
    "set_method": QT_TR_NOOP("Method key"),
    "set_parameter": QT_TR_NOOP("Parameter {name}"),
    "set_samples": QT_TR_NOOP("Random weightings"),
    "set_samples_value": QT_TR_NOOP("{samples} (seed {seed}, uniform over the weight simplex)"),
    "set_sections": QT_TR_NOOP("Sections"),
    "data_hash": QT_TR_NOOP("Data hash"),
    "snapshot_made": QT_TR_NOOP("Snapshot"),
    "chart_score": QT_TR_NOOP("{method} score ({direction})"),
    "higher_better": QT_TR_NOOP("higher is better"),
    "lower_better": QT_TR_NOOP("lower is better"),
    "page_of": QT_TR_NOOP("Page {page} of {pages}"),
    "unknown": "—",
}

# Texts the engine (decision/, English only) writes into the method section are marked and
# translated in app/services/engine_texts.py; ``engine`` puts them into the memo's language.


def engine(text: str) -> str:
    """An English text of the engine (method description, tie rule) in the memo's language."""
    return engine_text(text)


def t(key: str, **values: Any) -> str:
    """The string ``key`` in the current language with ``values`` filled in (placeholders)."""
    text = tr(EN[key])
    return text.format(**values) if values else text


@contextmanager
def memo_language(code: str | None) -> Iterator[str]:
    """Write the memo in ``code`` inside the block (``None`` or unknown: the interface language).

    Switches app.i18n only when the language differs, so a memo in the interface language
    never touches the installed translators (and can be built on a worker thread).
    """
    wanted = i18n.supported(code) or i18n.current_language()
    if wanted == i18n.current_language():
        yield wanted
        return
    with i18n.language(wanted) as chosen:
        yield chosen


def pct(fraction: float | None, digits: int = 1) -> str:
    """0.2201 → "22.0" (German "22,0"); None or NaN → "—"."""
    if fraction is None or not math.isfinite(fraction):
        return EN["unknown"]
    return i18n.number(100.0 * fraction, digits)


def _trim(text: str) -> str:
    """ "0,2500" → "0,25", "3,000" → "3" (trailing zeros of the decimals dropped)."""
    point = i18n.decimal_point()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def number(value: float | None) -> str:
    """A performance value as people write it: 420, 4.5, 0.25, 1,250,000 (locale separators)."""
    if value is None or not math.isfinite(value):
        return EN["unknown"]
    if abs(value - round(value)) < 1e-9 and abs(value) < 1e15:
        return i18n.integer(round(value))
    if abs(value) >= 1e4:
        return i18n.number(value, 0)
    digits = max(0, 3 - math.floor(math.log10(abs(value))))  # 4 significant digits
    return _trim(i18n.number(float(f"{value:.4g}"), digits))


def tick(value: float) -> str:
    """An axis value of a chart: 0.25 → "0.25" ("0,25" in German), 1.0 → "1"."""
    return _trim(i18n.number(value, 6, group=False))


def decimal(value: float | None, digits: int) -> str:
    """``value`` with ``digits`` decimals in the memo's locale (CR 0,083; Spearman 0,95)."""
    return i18n.number(value, digits)


def count(n: int) -> str:
    """A whole number with the locale's grouping (10,000; 10.000 in German)."""
    return i18n.integer(n)


def score(value: float) -> str:
    return i18n.number(value, 4) if math.isfinite(value) else EN["unknown"]


def ratio(value: float) -> str:
    """3 → "3", 1/3 → "1/3", others with 3 significant digits."""
    if abs(value - round(value)) < 1e-9:
        return str(round(value))
    inv = 1.0 / value
    if abs(inv - round(inv)) < 1e-9:
        return f"1/{round(inv)}"
    return _trim(i18n.number(float(f"{value:.3g}"), 3))
