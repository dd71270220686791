"""Qt-free logic of the Weights page: verbal scale, locked rescaling, pairwise and objective."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from app.i18n import QT_TR_NOOP, decimal_point, number, tr
from app.services.engine_texts import engine_text
from decision.ahp.completion import HARKER_1987, components
from decision.ahp.group import aggregate_judgments
from decision.ahp.matrix import PairwiseMatrix, from_judgments
from decision.ahp.priorities import CR_THRESHOLD, AHPResult, ahp_priorities
from decision.errors import DecisionError, InputError
from decision.problem import Problem

Array = npt.NDArray[np.float64]
Judgment = tuple[str, str, float]

KIND = "criteria"
TOP_LEVEL = QT_TR_NOOP("Top level")
GROUP_VIEW = QT_TR_NOOP("Group (geometric mean of all participants, AIJ)")

# -- Saaty's verbal scale ----------------------------------------------------------------

# Saaty (1980) verbal scale; even values are the compromises between their neighbours.
INTENSITY: dict[int, str] = {
    1: "equally important as",
    2: "equally to moderately more important than",
    3: "moderately more important than",
    4: "moderately to strongly more important than",
    5: "strongly more important than",
    6: "strongly to very strongly more important than",
    7: "very strongly more important than",
    8: "very strongly to extremely more important than",
    9: "extremely more important than",
}
# The same, as whole sentences for translation: "{a}" wins over "{b}" by intensity k.
STATEMENTS: dict[int, str] = {
    1: QT_TR_NOOP("{a} is equally important as {b}"),
    2: QT_TR_NOOP("{a} is equally to moderately more important than {b}"),
    3: QT_TR_NOOP("{a} is moderately more important than {b}"),
    4: QT_TR_NOOP("{a} is moderately to strongly more important than {b}"),
    5: QT_TR_NOOP("{a} is strongly more important than {b}"),
    6: QT_TR_NOOP("{a} is strongly to very strongly more important than {b}"),
    7: QT_TR_NOOP("{a} is very strongly more important than {b}"),
    8: QT_TR_NOOP("{a} is very strongly to extremely more important than {b}"),
    9: QT_TR_NOOP("{a} is extremely more important than {b}"),
}
STEPS = 17  # 9 ... 2 (left wins), 1 (equal), 2 ... 9 (right wins)
EQUAL_STEP = 8
STEP_LABELS: tuple[str, ...] = tuple(str(abs(8 - s) + 1) for s in range(STEPS))


def step_to_value(step: int) -> float:
    """Scale position 0..16 to the ratio "left over right": 9, 8, ..., 1, ..., 1/8, 1/9."""
    if not 0 <= step < STEPS:
        raise ValueError(f"scale step {step} is outside 0..{STEPS - 1}")
    if step < EQUAL_STEP:
        return float(9 - step)
    if step == EQUAL_STEP:
        return 1.0
    return 1.0 / (step - 7)


def value_to_step(value: float) -> int:
    """The scale position nearest (on a log scale) to a ratio "left over right"."""
    if not (value > 0 and math.isfinite(value)):
        raise ValueError(f"a judgment must be a positive ratio, got {value!r}")
    target = math.log(value)
    return min(range(STEPS), key=lambda s: abs(math.log(step_to_value(s)) - target))


def intensity(value: float) -> int:
    """Saaty intensity 1..9 nearest to a ratio or its reciprocal."""
    v = value if value >= 1 else 1.0 / value
    return min(range(1, 10), key=lambda k: abs(math.log(k) - math.log(v)))


def statement(a: str, b: str, value: float) -> str:
    """A judgment in plain words: "Cost is moderately more important than Jobs"."""
    k = intensity(value)
    winner, loser = (a, b) if k == 1 or value > 1 else (b, a)
    return tr(STATEMENTS[k]).format(a=winner, b=loser)


def question(a: str, b: str) -> str:
    """The question asked before a pair is answered."""
    return tr("Which is more important, {a} or {b}, and how much more?").format(a=a, b=b)


def format_ratio(value: float) -> str:
    """3 → "3", 1/3 → "1/3", others with 3 significant digits (the locale's decimal sign)."""
    if math.isnan(value):
        return ""
    if abs(value - round(value)) < 1e-9:
        return str(round(value))
    inv = 1.0 / value
    if abs(inv - round(inv)) < 1e-9:
        return f"1/{round(inv)}"
    return f"{value:.3g}".replace(".", decimal_point())


def parse_ratio(text: str) -> float | None:
    """Parse "3", "1/3", "0,5" or "2.5"; None for empty text. Raises ValueError if invalid."""
    t = text.strip().replace(",", ".")
    if not t:
        return None
    if "/" in t:
        num, _, den = t.partition("/")
        value = float(num) / float(den)
    else:
        value = float(t)
    if not (value > 0 and math.isfinite(value)):
        raise ValueError(f"{text!r} is not a positive ratio")
    return value


# -- direct weights -----------------------------------------------------------------------


def percentages(weights: Sequence[float | None]) -> list[float]:
    """Local weights as percentages summing to 100; a missing weight counts as 0, all missing
    (or all zero) as equal shares."""
    raw = [0.0 if w is None or not math.isfinite(w) or w < 0 else float(w) for w in weights]
    total = sum(raw)
    if not raw:
        return []
    if total <= 0:
        return [100.0 / len(raw)] * len(raw)
    return [100.0 * w / total for w in raw]


def rescale_with_locks(
    values: Sequence[float],
    locked: Sequence[bool],
    index: int,
    new: float,
    total: float = 100.0,
) -> list[float]:
    """Set ``values[index]`` to ``new`` and rescale the unlocked others so the sum is ``total``.

    The unlocked others keep their proportions (equal shares when they are all zero); the
    new value is clamped to what the locked ones leave. A locked row, or the only unlocked
    one, cannot change: a locked row comes back as it was, the only unlocked one takes
    what the locked ones leave.
    """
    out = [float(v) for v in values]
    fixed = sum(v for k, v in enumerate(out) if locked[k] and k != index)
    free = [k for k in range(len(out)) if k != index and not locked[k]]
    room = max(0.0, total - fixed)
    if locked[index]:
        return out
    if not free:  # everything else is locked: this row takes what is left
        out[index] = room
        return out
    new = min(max(float(new), 0.0), room)
    rest = room - new
    current = sum(out[k] for k in free)
    for k in free:
        out[k] = rest * (out[k] / current if current > 1e-12 else 1.0 / len(free))
    out[index] = new
    return out


# -- the criteria groups -------------------------------------------------------------------


def groups(problem: Problem) -> list[tuple[str | None, str]]:
    """Nodes whose children get weights: the top level, then every group (id, label)."""
    out: list[tuple[str | None, str]] = [(None, tr(TOP_LEVEL))]
    out += [(c.id, c.label) for c in problem.criteria if c.is_group]
    return out


def labels(problem: Problem) -> dict[str, str]:
    return {c.id: c.label for c in problem.criteria}


def global_weights(problem: Problem) -> tuple[list[str], Array | None, str]:
    """Labels of the leaf criteria, their global weights, and why there are none if so."""
    names = [c.label for c in problem.leaves]
    try:
        return names, problem.global_weights(), ""
    except DecisionError as exc:
        return names, None, str(exc)


# -- pairwise comparisons -----------------------------------------------------------------


def pairs(n: int) -> list[tuple[int, int]]:
    """The questions in order: (0,1), (0,2), ..., (n-2, n-1)."""
    return [(i, j) for i in range(n) for j in range(i + 1, n)]


def relevant(judgments: Iterable[Judgment], items: Sequence[str]) -> list[Judgment]:
    """Judgments among ``items`` only (a removed criterion's old answers are ignored)."""
    known = set(items)
    return [(a, b, float(v)) for a, b, v in judgments if a in known and b in known and a != b]


def answer_of(judgments: Iterable[Judgment], a: str, b: str) -> float | None:
    """The ratio "a over b" if that pair was answered, in either direction."""
    for x, y, v in judgments:
        if (x, y) == (a, b):
            return float(v)
        if (x, y) == (b, a):
            return 1.0 / float(v)
    return None


def with_answer(
    judgments: Iterable[Judgment], a: str, b: str, value: float | None
) -> list[Judgment]:
    """A new list where the pair a/b says ``value`` (None removes the answer); order kept."""
    out: list[Judgment] = []
    placed = value is None
    for x, y, v in judgments:
        if {x, y} == {a, b}:
            if not placed:
                out.append((a, b, float(value)))  # type: ignore[arg-type]
                placed = True
            continue
        out.append((x, y, float(v)))
    if not placed:
        out.append((a, b, float(value)))  # type: ignore[arg-type]
    return out


@dataclass(frozen=True)
class PairwiseState:
    """What the page shows for one set of judgments over ``items``.

    ``values`` has NaN where a pair was not answered; ``result`` is None while the answers
    do not connect all items (``message`` says what is missing). ``suggestion`` is the most
    inconsistent judgment's revision when CR exceeds 0.10.
    """

    items: tuple[str, ...]
    values: Array = field(compare=False, repr=False)
    answered: int
    result: AHPResult | None = None
    message: str = ""
    suggestion: Mapping[str, Any] | None = None

    @property
    def total(self) -> int:
        return len(self.items) * (len(self.items) - 1) // 2

    @property
    def completed(self) -> Array | None:
        return None if self.result is None else np.asarray(self.result.matrix)

    @property
    def inconsistent(self) -> bool:
        return self.result is not None and self.result.cr > CR_THRESHOLD

    def highlight(self) -> tuple[int, int] | None:
        if self.suggestion is None:
            return None
        return self.items.index(self.suggestion["a"]), self.items.index(self.suggestion["b"])

    def summary(self) -> str:
        """One line: lambda_max, CI, CR with the RI convention, completion; or the message."""
        r = self.result
        if r is None:
            return self.message
        line = tr(
            "λmax = {lambda_max}, CI = {ci}, CR = {cr} (RI = {ri}, {table}; acceptable up to "
            "{threshold})"
        ).format(
            lambda_max=number(r.lambda_max, 3),
            ci=number(r.ci, 3),
            cr=number(r.cr, 3),
            ri=number(r.random_index, 2),
            table=engine_text(r.random_index_table),
            threshold=number(CR_THRESHOLD, 2),
        )
        if r.completed:
            missing = self.total - self.answered
            line += "; " + tr("{n} unanswered pair(s) completed by {method}").format(
                n=missing, method=HARKER_1987
            )
        return line


def analyse(pm: PairwiseMatrix, names: Mapping[str, str] | None = None) -> PairwiseState:
    """Priorities, consistency and the most inconsistent judgment of a pairwise matrix."""
    names = names or {}
    values = np.array(pm.values, dtype=float)
    answered = len(pm.known_pairs())
    state = {"items": pm.items, "values": values, "answered": answered}
    if pm.n < 2:
        if pm.n:
            text = tr("A group needs two criteria to compare.")
        else:
            text = tr("No criteria to compare.")
        return PairwiseState(**state, message=text)  # type: ignore[arg-type]
    if answered == 0:
        return PairwiseState(**state, message=tr("No answers yet."))  # type: ignore[arg-type]
    parts = components(pm)
    if len(parts) > 1:

        def said(group: list[int]) -> str:
            return ", ".join(names.get(pm.items[i], pm.items[i]) for i in group)

        apart = "; ".join(said(g) for g in parts[1:])
        return PairwiseState(
            **state,  # type: ignore[arg-type]
            message=tr(
                "Not enough answers yet: {apart} not compared, directly or through other "
                "criteria, with {rest}. Answer a question linking them."
            ).format(apart=apart, rest=said(parts[0])),
        )
    result = ahp_priorities(pm, suggestions=1)
    suggestion = result.suggestions[0] if result.cr > CR_THRESHOLD and result.suggestions else None
    return PairwiseState(**state, result=result, suggestion=suggestion)  # type: ignore[arg-type]


def individual_state(
    items: Sequence[str], judgments: Iterable[Judgment], names: Mapping[str, str] | None = None
) -> PairwiseState:
    """The state of one participant's judgments over the group's children."""
    if not items:
        return analyse(PairwiseMatrix((), np.zeros((0, 0))), names)
    return analyse(from_judgments(items, relevant(judgments, items)), names)


def group_matrix(
    items: Sequence[str], blocks: Iterable[Iterable[Judgment]]
) -> PairwiseMatrix | None:
    """AIJ geometric mean over the participants who answered at least one pair here."""
    matrices = []
    for block in blocks:
        mine = relevant(block, items)
        if mine:
            matrices.append(from_judgments(items, mine))
    return aggregate_judgments(matrices) if matrices else None


def group_state(
    items: Sequence[str],
    blocks: Iterable[Iterable[Judgment]],
    names: Mapping[str, str] | None = None,
) -> tuple[PairwiseState, int]:
    """The group's state and how many participants it combines."""
    block_list = [list(b) for b in blocks]
    pm = group_matrix(items, block_list)
    if pm is None:
        return individual_state(items, [], names), 0
    used = sum(1 for b in block_list if relevant(b, items))
    return analyse(pm, names), used


# -- objective weights --------------------------------------------------------------------

OBJECTIVE_METHODS: tuple[tuple[str, str], ...] = (
    ("entropy", QT_TR_NOOP("Entropy")),
    ("critic", "CRITIC"),
    ("std", QT_TR_NOOP("Standard deviation")),
    ("merec", "MEREC"),
    ("equal", QT_TR_NOOP("Equal weights")),
)


def objective_weights(problem: Problem, node: str | None, method: str) -> dict[str, float]:
    """Objective weights of a group's children from their data (children must be leaves).

    Raises
    ------
    InputError
        A child is a group, or a value of a child criterion is missing.
    DecisionError
        The method cannot use the data (the engine's message names the value at fault).
    """
    from decision.weights import compute_weights  # pulls the method registry: load when used

    children = problem.children(node)
    if node is None:
        where = tr("the top level")
    else:
        where = tr("group '{group}'").format(group=labels(problem)[node])
    sub = [c for c in children if c.is_group]
    if sub:
        raise InputError(
            tr(
                "Objective weights need data, but {where} holds the group '{group}'; "
                "weight a group whose criteria are all data columns"
            ).format(where=where, group=sub[0].label),
            criterion=sub[0].id,
        )
    cols = [problem.leaf_ids.index(c.id) for c in children]
    x = np.asarray(problem.matrix, dtype=float)[:, cols]
    missing = np.argwhere(np.isnan(x))
    if len(missing):
        i, j = (int(v) for v in missing[0])
        raise InputError(
            tr(
                "Objective weights need complete data: '{alternative}' has no value for "
                "'{criterion}' ({n} value(s) missing in {where})"
            ).format(
                alternative=problem.alternatives[i].label,
                criterion=children[j].label,
                n=len(missing),
                where=where,
            ),
            alternative=problem.alternatives[i].id,
            criterion=children[j].id,
        )
    result = compute_weights(
        x,
        method,
        [c.direction for c in children],
        alternative_ids=[a.label for a in problem.alternatives],
        criterion_ids=[c.label for c in children],
    )
    return {c.id: float(w) for c, w in zip(children, result.weights, strict=True)}
