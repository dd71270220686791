"""Every English string of the memo in one place, so translations can replace the table later."""

from __future__ import annotations

import math
from typing import Any

EN: dict[str, str] = {
    # header
    "memo": "Decision memo",
    "date": "Date",
    "author": "Author",
    "owner": "Project owner",
    "participants": "Participants",
    "project": "Project",
    # section titles
    "question": "The decision question",
    "alternatives": "Alternatives",
    "criteria": "Criteria and weights",
    "performance": "Performance of the alternatives",
    "method": "Method",
    "ranking": "Ranking",
    "robustness": "How robust is the ranking?",
    "scenarios": "Scenarios compared",
    "decision": "Decision",
    "appendix": "Appendix",
    "reproducibility": "Reproducibility",
    # table headers
    "col_alternative": "Alternative",
    "col_description": "Description",
    "col_criterion": "Criterion",
    "col_unit": "Unit",
    "col_direction": "Direction",
    "col_weight": "Weight",
    "col_group": "Group",
    "col_rank": "Rank",
    "col_score": "Score",
    "col_matrix": "Matrix",
    "col_participant": "Participant",
    "col_cr": "CR",
    "col_answered": "Pairs answered",
    "col_judgment": "Judgment",
    "col_ratio": "Ratio",
    "col_action": "Action",
    "col_count": "Entries",
    "col_method": "Method",
    "col_first": "Rank 1",
    "col_second": "Rank 2",
    "col_third": "Rank 3",
    "col_setting": "Setting",
    "col_value": "Value",
    "benefit": "benefit (more is better)",
    "cost": "cost (less is better)",
    "benefit_short": "more is better",
    "cost_short": "less is better",
    # sentences
    "no_question": "No decision question was recorded for this project.",
    "weights_total": "Weights are global: they add up to 100 % over the criteria with data.",
    "weights_missing": "Not every criterion has a weight, so the ranking could not be computed.",
    "origin_direct": "entered directly",
    "origin_ahp": "from the pairwise comparisons (AHP, group geometric mean of {n} participant(s))",
    "origin_line": "{node}: weights {origin}.",
    "top_level": "Top level",
    "group_label": "Group (geometric mean)",
    "alternatives_under": "Alternatives under {criterion}",
    "cr_intro": "Consistency ratio (CR) of every pairwise matrix; up to 0.10 is acceptable.",
    "cr_none": "not enough answers",
    "cr_high": "above 0.10: inconsistent",
    "sources_intro": "Sources of the values:",
    "performance_split": "Columns {first}–{last} of {total}.",
    "method_intro": "The alternatives were ranked with {label}: {description}",
    "normalization": "Normalization: {plain} ({formula}).",
    "tie_rule": "Ties: {rule}.",
    "weights_source": "Weights used: {source}.",
    "score_direction_up": "A higher score is better.",
    "score_direction_down": "A lower score is better.",
    "ranking_intro": "{winner} ranks first with {method}.",
    "contributions_intro": "Each criterion's contribution to the score (the method adds them up):",
    "chart_ranking": "Figure 1. Scores of the alternatives ({method}).",
    "chart_contributions": "Figure 2. Contribution of each criterion to the score.",
    "stays_unless_above": "{winner} stays first unless the weight of {criterion} rises above {x} % (now {now} %); then {other} comes first.",
    "stays_unless_below": "{winner} stays first unless the weight of {criterion} falls below {x} % (now {now} %); then {other} comes first.",
    "tie_above": "{winner} stays first until the weight of {criterion} rises to {x} % (now {now} %); there another alternative ties with it for first place.",
    "tie_below": "{winner} stays first until the weight of {criterion} falls to {x} % (now {now} %); there another alternative ties with it for first place.",
    "stays_always": "No weight of {criterion} between 0 and 100 % changes the winner (now {now} %).",
    "tipping_intro": "Each criterion's weight changed on its own, the others rescaled in proportion:",
    "tipping_failed": "The weight changes that would alter the winner could not be computed: {reason}",
    "smaa_sentence": "{winner} ranked first in {share} % of {samples} random weightings (seed {seed}).",
    "smaa_intro": "Share of {samples} random weightings (uniform over all weight sets) giving each rank:",
    "smaa_failed": "The random-weights analysis could not be computed: {reason}",
    "agreement_intro": "The same data ranked with other methods (their default settings):",
    "agreement_rho": "Spearman rank correlation of each method with {method}: {values}.",
    "agreement_failed": "{method} could not rank the data: {reason}",
    "scenarios_intro": "Ranks of the alternatives under the project's current weights and the saved scenarios:",
    "scenarios_none": "No scenarios were saved for this project.",
    "scenarios_more": "{n} further scenario(s) not shown.",
    "current_weights": "Current weights",
    "decision_taken": "Decision taken: {chosen}",
    "decision_none": "No decision has been recorded yet.",
    "rationale": "Rationale: {text}",
    "recommended": "The analysis recommends {winner}.",
    "differs": "The decision differs from the recommendation of the analysis ({winner}).",
    "judgments_title": "Pairwise judgments",
    "judgments_intro": "Pairwise judgments as given by each participant:",
    "judgments_none": "No pairwise judgments were given.",
    "audit_title": "Audit log summary",
    "audit_intro": "Changes recorded in the project's audit log: {total} entries, from {first} to {last}.",
    "audit_none": "The audit log holds no entries for this project.",
    "audit_who": "Changes made by: {who}.",
    "repro_version": "InnoCite Decision Studio {version}",
    "repro_hash": "Data hash (SHA-256): {hash}",
    "repro_created": "Memo snapshot made {created}.",
    "repro_regen": "This memo is generated from a stored snapshot of its inputs and results; regenerating it gives the same text.",
    "page_of": "Page {page} of {pages}",
    "unknown": "—",
}


def t(key: str, **values: Any) -> str:
    """The English string ``key`` with ``values`` filled in (format placeholders)."""
    text = EN[key]
    return text.format(**values) if values else text


def pct(fraction: float | None, digits: int = 1) -> str:
    """0.2201 → "22.0"; None or NaN → "—"."""
    if fraction is None or not math.isfinite(fraction):
        return EN["unknown"]
    return f"{100.0 * fraction:.{digits}f}"


def number(value: float | None) -> str:
    """A performance value as people write it: 420, 4.5, 0.25, 1,250,000."""
    if value is None or not math.isfinite(value):
        return EN["unknown"]
    if abs(value - round(value)) < 1e-9 and abs(value) < 1e15:
        return f"{round(value):,}"
    return f"{value:,.4g}" if abs(value) < 1e4 else f"{value:,.0f}"


def score(value: float) -> str:
    return f"{value:.4f}" if math.isfinite(value) else EN["unknown"]


def ratio(value: float) -> str:
    """3 → "3", 1/3 → "1/3", others with 3 significant digits."""
    if abs(value - round(value)) < 1e-9:
        return str(round(value))
    inv = 1.0 / value
    if abs(inv - round(inv)) < 1e-9:
        return f"1/{round(inv)}"
    return f"{value:.3g}"
