"""Qt-free logic of the Sensitivity page: tipping points, sweeps, SMAA settings, agreement."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from app.i18n import QT_TR_NOOP, integer, number, percent, tr
from app.services.results_logic import Agreement, explain_error, run_agreement
from decision.problem import Problem

Array = npt.NDArray[np.float64]
Progress = Callable[[float], None]
Cancelled = Callable[[], bool]
Scheme = Literal["uniform", "dirichlet", "group"]

MAX_CURVES = 10  # sweep lines drawn: the best of the current ranking
HEAT_ROWS = 20  # alternatives in the heat map when there are many
HEAT_RANKS = 10  # rank columns in the heat map when there are many
SMAA_BATCH = 250  # samples per batch: the cancel flag is polled between batches
SMAA_SAMPLES = 10_000
AUTO_SMAA_SAMPLES = 2_000  # run once, unasked, on small problems (see AUTO_SMAA_ALTERNATIVES)
AUTO_SMAA_ALTERNATIVES = 50
SWEEP_POINTS = 101
NO_CHANGE = QT_TR_NOOP("— none in 0–100 %")
NO_CHANGE_TIP = QT_TR_NOOP("No weight of this criterion between 0 and 100 % changes the winner")
STALE = QT_TR_NOOP("Results are for the previous weights — Run again.")
SCHEMES: tuple[tuple[Scheme, str, str], ...] = (
    (
        "uniform",
        QT_TR_NOOP("Any weights (uniform)"),
        QT_TR_NOOP("Every weighting equally likely: no preference at all"),
    ),
    (
        "dirichlet",
        QT_TR_NOOP("Around the current weights"),
        QT_TR_NOOP(
            "Weightings scattered around the current weights; a higher concentration keeps them closer"
        ),
    ),
    (
        "group",
        QT_TR_NOOP("As spread as the participants"),
        QT_TR_NOOP("Weightings spread like the participants' own AHP weights"),
    ),
)
MEASURES: tuple[tuple[str, str], ...] = (
    ("spearman", "Spearman ρ"),
    ("kendall", "Kendall τ"),
    ("ws", QT_TR_NOOP("WS coefficient")),
)


# -- tipping points and the sweep ---------------------------------------------------------
@dataclass(frozen=True)
class Analysis:
    """Tipping points, the sweep of one criterion and method agreement; or a message."""

    method: str
    tipping: Any = None  # TippingResult
    sweep: Any = None  # SweepResult
    agreement: Agreement | None = None
    ws: Array | None = field(default=None, repr=False)
    message: str = ""


def compute_sweep(
    problem: Problem,
    method: str,
    params: Mapping[str, Any] | None,
    criterion: str,
    is_cancelled: Cancelled | None = None,
) -> Any:
    """The sweep of one criterion's weight over 0..1 (SweepResult)."""
    from decision.sensitivity.sweep import sweep

    return sweep(problem, criterion, method, SWEEP_POINTS, params, is_cancelled=is_cancelled)


def compute_analysis(
    problem: Problem,
    method: str,
    params: Mapping[str, Any] | None,
    criterion: str | None,
    *,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> Analysis | None:
    """Tipping points, the sweep of ``criterion`` and method agreement; None if cancelled.

    Bad data gives an Analysis with a one-line ``message``, never an exception.
    """
    from decision.sensitivity.sweep import SensitivityCancelled
    from decision.sensitivity.tipping import tipping_points

    def part(lo: float, hi: float) -> Progress | None:
        return None if progress is None else (lambda f: progress(lo + (hi - lo) * f))

    try:
        tips = tipping_points(
            problem, method, params, progress=part(0.0, 0.6), is_cancelled=is_cancelled
        )
        if criterion not in problem.leaf_ids:
            criterion = problem.leaf_ids[0]
        swept = compute_sweep(problem, method, params, criterion, is_cancelled)
    except SensitivityCancelled:
        return None
    except Exception as exc:  # the page shows one line, never a traceback
        return Analysis(method=method, message=explain_error(problem, exc))
    if progress is not None:
        progress(0.7)
    agreement = run_agreement(problem, method, params, is_cancelled=is_cancelled)
    if agreement is None:
        return None
    if progress is not None:
        progress(1.0)
    return Analysis(
        method=method, tipping=tips, sweep=swept, agreement=agreement, ws=ws_matrix(agreement)
    )


def ws_matrix(agreement: Agreement) -> Array:
    """The WS coefficient between every two methods that ran (row method = reference)."""
    from decision.sensitivity.agreement import ws_coefficient

    k = len(agreement.methods)
    out = np.full((k, k), np.nan)
    ok = [j for j in range(k) if not np.isnan(agreement.ranks[:, j]).any()]
    for i in ok:
        for j in ok:
            out[i, j] = ws_coefficient(agreement.ranks[:, i], agreement.ranks[:, j])
    return out


def agreement_matrix(analysis: Analysis, measure: str) -> Array:
    """methods x methods matrix of the chosen measure (spearman, kendall or ws)."""
    agreement = analysis.agreement
    if agreement is None:
        return np.zeros((0, 0))
    if measure == "ws":
        return analysis.ws if analysis.ws is not None else ws_matrix(agreement)
    return agreement.spearman if measure == "spearman" else agreement.kendall


# -- "what would it take" -----------------------------------------------------------------
@dataclass(frozen=True)
class WhatRow:
    """One criterion: its weight now (%), the change that makes another winner, stability."""

    criterion_id: str
    label: str
    weight: float  # percent
    change: float | None  # percentage points, signed; None when no weight changes the winner
    new_winner: str  # its name; "" when change is None
    low: float  # percent
    high: float  # percent

    @property
    def change_text(self) -> str:
        if self.change is None:
            return tr(NO_CHANGE)
        sign = "+" if self.change >= 0 else "-"
        return tr("{change} pp").format(change=sign + number(abs(self.change), 1))

    @property
    def interval_text(self) -> str:
        return f"{number(self.low, 1)} – {percent(self.high, 1)}"


def what_rows(problem: Problem, tips: Any) -> list[WhatRow]:
    """Rows of the "what would it take" table, in criterion order."""
    labels = {c.id: c.label for c in problem.criteria}
    names = dict(zip(problem.alternative_ids, problem.alternative_names, strict=True))
    rows = []
    for j, cid in enumerate(tips.criterion_ids):
        change = tips.winner_change[cid]
        low, high = tips.stability[cid]
        rows.append(
            WhatRow(
                criterion_id=cid,
                label=labels.get(cid, cid),
                weight=100.0 * float(tips.current_weights[j]),
                change=None if change is None else 100.0 * change[0],
                new_winner="" if change is None else names.get(change[1], change[1]),
                low=100.0 * low,
                high=100.0 * high,
            )
        )
    return rows


# -- the sweep chart ------------------------------------------------------------------------
@dataclass(frozen=True)
class SweepView:
    """What the sweep chart draws: one curve per shown alternative, markers, the current line."""

    criterion: str
    x: Array = field(repr=False)  # weight of the criterion, percent
    curves: tuple[tuple[str, Array], ...] = field(repr=False)  # (name, y) best first
    markers_x: Array = field(repr=False)
    markers_y: Array = field(repr=False)
    marker_tips: tuple[str, ...] = ()
    current: float = 0.0  # percent
    y_label: str = ""
    ranks: bool = False
    note: str = ""


def sweep_view(
    problem: Problem,
    swept: Any,
    tips: Any,
    ranks: bool,
    max_curves: int = MAX_CURVES,
) -> SweepView:
    """Curves of the best ``max_curves`` alternatives (current ranking) and their swaps."""
    ids = list(swept.alternative_ids)
    names = dict(zip(problem.alternative_ids, problem.alternative_names, strict=True))
    order = [ids.index(a) for a in tips.ranking] if tips is not None else list(range(len(ids)))
    shown = order[:max_curves]
    x = 100.0 * np.asarray(swept.weights_grid, dtype=float)
    values = np.asarray(swept.ranks if ranks else swept.scores, dtype=float)
    curves = tuple((names[ids[i]], values[:, i].copy()) for i in shown)
    shown_ids = {ids[i] for i in shown}
    mx: list[float] = []
    my: list[float] = []
    texts: list[str] = []
    if tips is not None:
        for s in tips.swaps:
            if s.criterion_id != swept.criterion_id:
                continue
            if s.ahead_below not in shown_ids or s.ahead_above not in shown_ids:
                continue
            a, b = ids.index(s.ahead_below), ids.index(s.ahead_above)
            ya = np.interp(100.0 * s.weight, x, values[:, a])
            yb = np.interp(100.0 * s.weight, x, values[:, b])
            mx.append(100.0 * s.weight)
            my.append(float((ya + yb) / 2.0))
            texts.append(
                tr("At {weight}: {ahead} overtakes {behind}").format(
                    weight=percent(100 * s.weight, 1),
                    ahead=names[s.ahead_above],
                    behind=names[s.ahead_below],
                )
            )
    label = {c.id: c.label for c in problem.criteria}.get(swept.criterion_id, "")
    if ranks:
        y_label = tr("Rank (1 = best)")
    else:
        y_label = (
            tr("Score (higher is better)")
            if swept.higher_is_better
            else tr("Score (lower is better)")
        )
    total = len(ids)
    note = (
        tr("The best {shown} of {total} alternatives (current ranking) are drawn.").format(
            shown=len(shown), total=total
        )
        if total > len(shown)
        else ""
    )
    return SweepView(
        criterion=label,
        x=x,
        curves=curves,
        markers_x=np.array(mx),
        markers_y=np.array(my),
        marker_tips=tuple(texts),
        current=100.0 * float(swept.current_weight),
        y_label=y_label,
        ranks=ranks,
        note=note,
    )


# -- Monte Carlo (SMAA) ---------------------------------------------------------------------
@dataclass(frozen=True)
class SMAASettings:
    samples: int = SMAA_SAMPLES
    seed: int = 0
    scheme: Scheme = "uniform"
    concentration: float = 50.0


@dataclass(frozen=True)
class SMAAOutcome:
    """An SMAA result (with the ranking it is shown against), or a one-line message."""

    result: Any = None  # SMAAResult
    order: tuple[int, ...] = ()  # alternatives, best first in the current ranking
    message: str = ""


def participant_weights(
    problem: Problem, judgments: Mapping[str, Mapping[tuple[str, str | None], Any]]
) -> tuple[list[str], Array]:
    """Each participant's global leaf weights from their own AHP criteria judgments.

    At a node a participant left unanswered (or not connected) the project's own local
    weights stand in; participants with no usable node are left out.
    """
    from app.services.results_logic import shares
    from app.services.weights_logic import KIND, individual_state

    nodes = [None, *(c.id for c in problem.criteria if c.is_group)]
    children = {node: [c.id for c in problem.children(node)] for node in nodes}
    try:
        own = {
            cid: share for node in nodes for cid, share in shares(problem, children[node]).items()
        }
    except Exception:
        own = {}
    people: list[str] = []
    rows: list[Array] = []
    for person, blocks in judgments.items():
        local = dict(own)
        used = False
        for node in nodes:
            items = children[node]
            said = blocks.get((KIND, node), [])
            if len(items) < 2 or not said:
                continue
            state = individual_state(items, said)
            if state.result is not None:
                local.update(state.result.weight_map())
                used = True
        if not used:
            continue
        parent = {c.id: c.parent for c in problem.criteria}
        row = []
        for leaf in problem.leaf_ids:
            w, node = 1.0, leaf
            while node is not None:
                w *= float(local.get(node, 0.0))
                node = parent[node]
            row.append(w)
        vector = np.array(row)
        if vector.sum() > 0:
            people.append(person)
            rows.append(vector / vector.sum())
    matrix = np.array(rows) if rows else np.zeros((0, len(problem.leaf_ids)))
    return people, matrix


def run_smaa(
    problem: Problem,
    method: str,
    params: Mapping[str, Any] | None,
    settings: SMAASettings,
    group: Array | None = None,
    *,
    batch: int = SMAA_BATCH,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> SMAAOutcome | None:
    """SMAA-2 of the problem with the page's settings; None if cancelled, a message on errors."""
    from decision.errors import InputError
    from decision.evaluate import rank
    from decision.sensitivity.smaa import group_weights, smaa
    from decision.sensitivity.sweep import SensitivityCancelled

    try:
        weights: Any = settings.scheme
        if settings.scheme == "group":
            if group is None or group.shape[0] < 2:
                raise InputError(
                    "sampling from the participants needs two of them with AHP answers"
                )
            weights = group_weights(group, settings.samples, settings.seed)
        current = rank(problem, method, params)
        order = tuple(int(i) for i in np.lexsort((np.arange(len(current.ranks)), current.ranks)))
        result = smaa(
            problem,
            method,
            samples=settings.samples,
            seed=settings.seed,
            weights=weights,
            concentration=settings.concentration if settings.scheme == "dirichlet" else None,
            params=params,
            batch=batch,
            pairwise=False,  # not shown; O(samples x m^2)
            progress=progress,
            is_cancelled=is_cancelled,
        )
    except SensitivityCancelled:
        return None
    except Exception as exc:  # one line in the page
        message = explain_error(problem, exc)
        for prefix in ("No ranking: ", tr("No ranking: ")):
            if message.startswith(prefix):
                message = tr("Not run: ") + message[len(prefix) :]
                break
        return SMAAOutcome(message=message)
    return SMAAOutcome(result=result, order=order)


def heat_layout(
    order: Sequence[int], max_rows: int = HEAT_ROWS, max_ranks: int = HEAT_RANKS
) -> tuple[list[int], int, str]:
    """Rows (alternatives, current ranking order) and rank columns the heat map shows."""
    m = len(order)
    rows = list(order[:max_rows]) if m > max_rows else list(order)
    ranks = min(m, max_ranks) if m > max_rows else m
    note = (
        tr("The best {shown} of {total} alternatives and ranks 1–{ranks} are shown.").format(
            shown=len(rows), total=m, ranks=ranks
        )
        if len(rows) < m or ranks < m
        else ""
    )
    return rows, ranks, note


def winner_sentence(outcome: SMAAOutcome, names: Sequence[str]) -> str:
    """ "X ranked first in 82 % of 10,000 weightings" for the current winner (and the most often first)."""
    result = outcome.result
    if result is None or not outcome.order:
        return ""
    first = result.acceptability[:, 0]
    w = outcome.order[0]
    best = int(np.argmax(first))
    if best != w and first[best] > first[w]:
        return tr(
            "{winner} ranked first in {share} of {samples} weightings; {other} did more often "
            "({other_share})."
        ).format(
            winner=names[w],
            share=percent(100 * first[w], 0),
            samples=integer(result.samples),
            other=names[best],
            other_share=percent(100 * first[best], 0),
        )
    return tr("{winner} ranked first in {share} of {samples} weightings.").format(
        winner=names[w], share=percent(100 * first[w], 0), samples=integer(result.samples)
    )
