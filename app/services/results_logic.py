"""Qt-free logic of the Results page: one method, the agreement set, WSM contributions, what-if."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from app.i18n import QT_TR_NOOP, tr
from decision.problem import Problem
from decision.results import PerCriterion, RankingResult

Array = npt.NDArray[np.float64]

# The methods compared side by side on the page, in this order.
AGREEMENT_METHODS: tuple[str, ...] = ("topsis", "wsm", "vikor", "promethee2", "wpm")
# Presented first in the method picker; the other registered methods follow.
MAIN_METHODS: tuple[str, ...] = ("topsis", "wsm", "wpm", "vikor", "promethee2")
# At or below this many matrix cells the page computes on the GUI thread.
GUI_THREAD_CELLS = 20_000

# Plain-word explanations of the normalizations (the engine's own describe() gives formulas).
# Marked for translation here, translated by plain_normalization() when shown.
NORMALIZATION_PLAIN: dict[str, str] = {
    "vector": QT_TR_NOOP(
        "Each value divided by the length of its column: keeps the proportions "
        "between options (the textbook TOPSIS choice)."
    ),
    "minmax": QT_TR_NOOP(
        "The worst option on a criterion gets 0, the best gets 1, the others in "
        "between in proportion."
    ),
    "max": QT_TR_NOOP("Each value divided by the best value of its criterion."),
    "sum": QT_TR_NOOP(
        "Each value as its share of the criterion's total (costs: the share of 1/value)."
    ),
    "linear": QT_TR_NOOP(
        "Each value divided by the best one; for costs, the best (lowest) divided by the value."
    ),
    "logarithmic": QT_TR_NOOP(
        "Shares of the logarithms of the values; dampens very large differences."
    ),
    "nonlinear": QT_TR_NOOP(
        "Like 'max' but squared (costs cubed): stresses being close to the best."
    ),
    "enhanced_accuracy": QT_TR_NOOP(
        "Distance from the best value relative to all options' distances."
    ),
    "zavadskas_turskis": QT_TR_NOOP(
        "One minus the relative gap to the best value of the criterion."
    ),
    "none": QT_TR_NOOP(
        "Raw values, no rescaling: only sensible when every criterion uses the same "
        "scale (costs count negatively)."
    ),
}

# The engine's method names and one-line explanations shown in the GUI, marked here for
# translation (decision/ has no Qt); ``tr`` finds them by their English text, so a text
# the engine changes or adds stays English until it is listed here. Acronyms stay as they are.
ENGINE_TEXTS: tuple[str, ...] = (
    QT_TR_NOOP("Closeness to the ideal and distance from the anti-ideal alternative (Euclidean)."),
    QT_TR_NOOP("How columns are made comparable; vector is Hwang and Yoon's textbook form."),
    QT_TR_NOOP(
        "Compromise ranking by group utility S and individual regret R combined into Q (smaller is better), with Opricovic's compromise set. Every criterion must vary: a constant one makes f* = f- and divides by zero."
    ),
    QT_TR_NOOP(
        "Weight of the majority rule (S) against the individual regret (R); 0.5 = consensus."
    ),
    QT_TR_NOOP(
        "Net outranking flow from pairwise preferences per criterion (usual, u-shape, v-shape, level or linear function with thresholds); criteria without one use the usual function."
    ),
    QT_TR_NOOP("Weighted sum (WSM)"),
    QT_TR_NOOP("Sum of weighted normalized values; each criterion's contribution is reported."),
    QT_TR_NOOP("How columns are made comparable before summing (none: raw values, one scale)."),
    QT_TR_NOOP("Weighted product (WPM)"),
    QT_TR_NOOP("Product of values raised to their weights; needs values above zero."),
    QT_TR_NOOP("sum (as pymcdm), linear (x/max, min/x) or none (raw ratios; same ranking)."),
    QT_TR_NOOP(
        "Analytic Hierarchy Process: criteria weights times the alternatives' local priorities, synthesized in distributive or ideal mode."
    ),
    QT_TR_NOOP(
        "Distributive: local priorities sum to 1 per criterion; ideal: divided by the best alternative's, so adding a copy of a weak alternative cannot reverse ranks."
    ),
    QT_TR_NOOP(
        "How priorities are derived from a pairwise matrix: principal eigenvector (Saaty) or row geometric mean."
    ),
    QT_TR_NOOP("Weighted sums of benefit and cost criteria in proportion (utility degree)."),
    QT_TR_NOOP("Ratio of each alternative's weighted sum to the ideal's."),
    QT_TR_NOOP("Combined compromise of sum and product aggregations."),
    QT_TR_NOOP("Share of the weighted sum in the combined score."),
    QT_TR_NOOP("Euclidean and taxicab distances from the negative ideal."),
    QT_TR_NOOP("Positive and negative distances from the average solution."),
    QT_TR_NOOP("Distance from the border approximation area."),
    QT_TR_NOOP("Gap between theoretical and real ratings (smaller is better)."),
    QT_TR_NOOP("Utility relative to ideal and anti-ideal solutions."),
    QT_TR_NOOP("Ratio system: weighted benefits minus weighted costs."),
    QT_TR_NOOP("Operational competitiveness rating."),
    QT_TR_NOOP("Distances to ideal and average solutions."),
    QT_TR_NOOP("Root assessment of normalized benefit and cost sums."),
    QT_TR_NOOP("Weighted sum and weighted product combined."),
    QT_TR_NOOP("Distance to the ideal point within the data bounds (smaller is better)."),
)


def method_label(key: str) -> str:
    """The method's name in the interface language ("Weighted sum (WSM)", "TOPSIS")."""
    from decision.methods.registry import all_methods

    spec = all_methods().get(key)
    return tr(spec.label) if spec is not None else key


def method_choices() -> list[tuple[str, str, str]]:
    """(key, label, one-line description) of every registered method, main ones first."""
    from decision.methods.registry import all_methods

    specs = all_methods()
    keys = [k for k in MAIN_METHODS if k in specs] + [k for k in specs if k not in MAIN_METHODS]
    return [(k, tr(specs[k].label), tr(specs[k].description)) for k in keys]


def plain_normalization(name: str) -> str:
    """One plain sentence saying what a normalization does."""
    if name in NORMALIZATION_PLAIN:
        return tr(NORMALIZATION_PLAIN[name])
    from app.services.engine_texts import engine_text
    from decision.normalization import describe

    return engine_text(describe(name))


def explain_error(problem: Problem | None, exc: BaseException) -> str:
    """A one-line, plain message naming the alternative and criterion at fault."""
    from decision.errors import DecisionError

    if problem is None:
        return tr("No project is open.")
    if not isinstance(exc, DecisionError):
        return tr("The ranking could not be computed ({error}).").format(
            error=f"{type(exc).__name__}: {exc}"
        )
    alts = dict(zip(problem.alternative_ids, problem.alternative_names, strict=True))
    crits = {c.id: c.label for c in problem.criteria}
    alt = alts.get(exc.alternative or "", exc.alternative)
    crit = crits.get(exc.criterion or "", exc.criterion)
    text = str(exc)
    if "missing" in text and alt and crit:
        return tr(
            "No ranking yet: the value of “{criterion}” for “{alternative}” is missing. "
            "Fill it in on the Problem page."
        ).format(criterion=crit, alternative=alt)
    if "no weight" in text and crit:
        return tr(
            "No ranking yet: the criterion “{criterion}” has no weight. "
            "Give it one on the Weights page."
        ).format(criterion=crit)
    where = ", ".join(f"“{x}”" for x in (alt, crit) if x)
    if where:
        return tr("No ranking: {reason} (at {where})").format(reason=text, where=where)
    return tr("No ranking: {reason}").format(reason=text)


def run_one(
    problem: Problem, method: str, parameters: Mapping[str, Any] | None = None
) -> RankingResult:
    """Rank ``problem`` with one method (raises the engine's DecisionError on bad data)."""
    from decision.evaluate import rank

    return rank(problem, method, parameters)


def contributions(result: RankingResult) -> Array | None:
    """Each criterion's share of each alternative's score (m x n), for additive methods.

    WSM reports them directly; AHP's distributive synthesis is weights times local priorities.
    None when the method's score is not a sum over criteria.
    """
    details = result.details
    if "contributions" in details:
        parts = np.asarray(details["contributions"], dtype=float)
    elif isinstance(details.get("local_priorities"), PerCriterion):
        parts = details["local_priorities"].values * result.weights
    else:
        return None
    # only a true decomposition may be drawn as stacked bars
    if parts.shape != (len(result.scores), len(result.weights)):
        return None
    if not np.allclose(parts.sum(axis=1), result.scores, rtol=1e-9, atol=1e-12):
        return None
    return parts


# -- rank correlations ---------------------------------------------------------------------
def average_ranks(values: npt.ArrayLike) -> Array:
    """Ranks 1..n with ties given their average rank (as Spearman's rho needs)."""
    x = np.asarray(values, dtype=float)
    order = np.argsort(x, kind="stable")
    sorted_x = x[order]
    starts = np.r_[True, sorted_x[1:] != sorted_x[:-1]]
    group = np.cumsum(starts) - 1
    first = np.flatnonzero(starts)
    counts = np.diff(np.r_[first, x.size])
    avg = first + (counts + 1) / 2.0
    out = np.empty(x.size)
    out[order] = avg[group]
    return out


def spearman(a: npt.ArrayLike, b: npt.ArrayLike) -> float:
    """Spearman's rank correlation (Pearson's r of the average ranks); NaN if a side is constant."""
    ra, rb = average_ranks(a), average_ranks(b)
    da, db = ra - ra.mean(), rb - rb.mean()
    denom = float(np.sqrt((da * da).sum() * (db * db).sum()))
    return float((da * db).sum() / denom) if denom > 0 else float("nan")


def _tie_pairs(values: npt.NDArray[np.int64]) -> int:
    """Pairs of equal values: sum of t(t-1)/2 over groups of equal values."""
    _, counts = np.unique(values, return_counts=True)  # not bincount: values may be huge
    return int((counts * (counts - 1) // 2).sum())


def _inversions(values: npt.NDArray[np.int64]) -> int:
    """Pairs i < j with values[i] > values[j] (strictly), by a vectorised bottom-up merge sort.

    Each level merges sorted runs of width w pairwise; an offset per run pair keeps all
    pairs in one sorted array, so one ``searchsorted`` counts every pair's inversions.
    """
    n = values.size
    big = int(values.max()) + 1 if n else 1
    a = values.astype(np.int64)
    position = np.arange(n)
    count, width = 0, 1
    while width < n:
        pair = position // (2 * width)
        right = (position // width) % 2 == 1
        key = a + pair * big
        left_keys = key[~right]  # sorted: runs are sorted and offsets grow with the pair
        right_keys, right_pair = key[right], pair[right]
        left_end = np.searchsorted(left_keys, (right_pair + 1) * big, side="left")
        greater_from = np.searchsorted(left_keys, right_keys, side="right")
        count += int((left_end - greater_from).sum())
        a = np.sort(key) % big
        width *= 2
    return count


def kendall_tau_b(a: npt.ArrayLike, b: npt.ArrayLike) -> float:
    """Kendall's tau-b (ties on either side allowed); NaN if a side is constant.

    Knight's O(n log n) method: sort by (a, b), count discordant pairs as inversions of b.
    """
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    n = x.size
    if n < 2:
        return float("nan")
    _, xd = np.unique(x, return_inverse=True)
    _, yd = np.unique(y, return_inverse=True)
    xd, yd = xd.reshape(-1).astype(np.int64), yd.reshape(-1).astype(np.int64)
    joint = xd * (int(yd.max()) + 1) + yd  # one integer per (x, y) pair
    discordant = _inversions(yd[np.argsort(joint, kind="stable")])
    pairs = n * (n - 1) // 2
    ties_x, ties_y, ties_xy = _tie_pairs(xd), _tie_pairs(yd), _tie_pairs(joint)
    concordant = pairs - ties_x - ties_y + ties_xy - discordant
    denom = float(np.sqrt(float(pairs - ties_x) * float(pairs - ties_y)))
    return (concordant - discordant) / denom if denom > 0 else float("nan")


# -- the agreement set ---------------------------------------------------------------------
@dataclass(frozen=True)
class Agreement:
    """Ranks of the same alternatives under several methods, with rank correlations.

    ``ranks`` is m x k (NaN where a method failed; its reason is in ``errors``);
    ``spearman`` and ``kendall`` are k x k (1 on the diagonal of methods that ran).
    """

    methods: tuple[str, ...]
    labels: tuple[str, ...]
    ranks: Array = field(repr=False)
    spearman: Array = field(repr=False)
    kendall: Array = field(repr=False)
    errors: Mapping[str, str] = field(default_factory=dict)

    def column(self, method: str) -> int:
        return self.methods.index(method)


def run_agreement(
    problem: Problem,
    selected: str,
    parameters: Mapping[str, Any] | None = None,
    *,
    selected_result: RankingResult | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Agreement | None:
    """Rank with the main methods (defaults; the selected one with ``parameters``) and correlate.

    The selected method is included even when it is not a main one. None if cancelled.
    """
    from decision.methods.registry import all_methods

    specs = all_methods()
    keys = list(AGREEMENT_METHODS)
    if selected not in keys:
        keys.insert(0, selected)
    m = len(problem.alternatives)
    ranks = np.full((m, len(keys)), np.nan)
    errors: dict[str, str] = {}
    for k, key in enumerate(keys):
        if is_cancelled is not None and is_cancelled():
            return None
        if key == selected and selected_result is not None:
            ranks[:, k] = selected_result.ranks
            continue
        try:
            result = run_one(problem, key, parameters if key == selected else None)
        except Exception as exc:  # one failing method must not hide the others
            errors[key] = explain_error(problem, exc)
            continue
        ranks[:, k] = result.ranks
    rho = np.full((len(keys), len(keys)), np.nan)
    tau = np.full((len(keys), len(keys)), np.nan)
    ok = [k for k in range(len(keys)) if not np.isnan(ranks[:, k]).any()]
    for i in ok:
        rho[i, i] = tau[i, i] = 1.0
        for j in ok:
            if j > i:
                if is_cancelled is not None and is_cancelled():
                    return None
                rho[i, j] = rho[j, i] = spearman(ranks[:, i], ranks[:, j])
                tau[i, j] = tau[j, i] = kendall_tau_b(ranks[:, i], ranks[:, j])
    return Agreement(
        methods=tuple(keys),
        labels=tuple(tr(specs[k].label) for k in keys),
        ranks=ranks,
        spearman=rho,
        kendall=tau,
        errors=errors,
    )


# -- everything the page shows, in one call (GUI thread or worker) ------------------------
@dataclass(frozen=True)
class Outcome:
    """What the page shows: a ranking (with contributions and agreement) or a message."""

    method: str
    result: RankingResult | None = None
    message: str = ""
    contributions: Array | None = field(default=None, repr=False)
    criterion_names: tuple[str, ...] = ()
    agreement: Agreement | None = None


def compute_outcome(
    problem: Problem,
    method: str,
    parameters: Mapping[str, Any] | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Outcome | None:
    """Run the selected method, its contributions and the agreement set; None if cancelled.

    Bad data gives an Outcome with a plain ``message`` and no result, never an exception.
    """
    try:
        result = run_one(problem, method, parameters)
    except Exception as exc:  # the page shows a message, never a traceback
        return Outcome(method=method, message=explain_error(problem, exc))
    if progress is not None:
        progress(0.3)
    if is_cancelled is not None and is_cancelled():
        return None
    agreement = run_agreement(
        problem, method, parameters, selected_result=result, is_cancelled=is_cancelled
    )
    if agreement is None:
        return None
    if progress is not None:
        progress(1.0)
    return Outcome(
        method=method,
        result=result,
        contributions=contributions(result),
        criterion_names=tuple(c.label for c in problem.leaves),
        agreement=agreement,
    )


# -- what-if weights -----------------------------------------------------------------------
def whatif_criteria(problem: Problem) -> list[str]:
    """The criteria the what-if strip offers: the leaves of a flat list, else the top level."""
    if any(c.parent is not None for c in problem.criteria):
        return [c.id for c in problem.children(None)]
    return list(problem.leaf_ids)


def shares(problem: Problem, ids: Sequence[str]) -> dict[str, float]:
    """Each criterion's weight as a fraction of its siblings' total (missing weights count 0)."""
    by_id = {c.id: c for c in problem.criteria}
    out: dict[str, float] = {}
    for cid in ids:
        siblings = problem.children(by_id[cid].parent)
        total = sum(float(c.weight or 0.0) for c in siblings)
        out[cid] = float(by_id[cid].weight or 0.0) / total if total > 0 else 0.0
    return out


def rebalance(problem: Problem, cid: str, share: float) -> dict[str, float]:
    """Sibling weights (summing to 1) that give ``cid`` the fraction ``share``.

    The other siblings keep their proportions to one another; if they are all zero they
    share the rest equally.
    """
    share = min(max(float(share), 0.0), 1.0)
    by_id = {c.id: c for c in problem.criteria}
    siblings = problem.children(by_id[cid].parent)
    others = [c for c in siblings if c.id != cid]
    if not others:
        return {cid: 1.0}
    rest = 1.0 - share
    total = sum(float(c.weight or 0.0) for c in others)
    new = {cid: share}
    for c in others:
        w = float(c.weight or 0.0)
        new[c.id] = rest * w / total if total > 0 else rest / len(others)
    return new
