"""Qt-free logic of the Success factors page: DEMATEL and A'WOT data sets, edits, runs, charts."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from app.services.weights_logic import format_ratio, question, statement
from decision.awot import SWOT, SWOT_NAMES, AWOTResult, Comparison, StrategyScores, awot
from decision.dematel import NORMALIZATIONS, WEIGHTINGS, DematelResult, dematel
from decision.errors import InputError

DEMATEL_KIND = "dematel"
AWOT_KIND = "awot"
SCALE = (0, 4)
INFLUENCE_WORDS = {0: "no", 1: "low", 2: "medium", 3: "high", 4: "very high"}
GROUP_COLOURS = {"S": "#2e8b57", "W": "#c0392b", "O": "#2f6fbf", "T": "#d98c1f"}
NORMALIZATION_LABELS = (
    ("max_row_col", "Largest row or column sum"),
    ("max_row", "Largest row sum"),
)
WEIGHTING_LABELS = (
    ("euclidean", "√((D+R)² + (D−R)²)"),
    ("prominence", "D+R (prominence)"),
)
SAATY_MAX = 9.0

Matrix = tuple[tuple[float, ...], ...]

__all__ = ["NORMALIZATIONS", "WEIGHTINGS", "format_ratio", "question", "statement"]


def _unique(name: str, taken: Sequence[str], what: str) -> str:
    clean = " ".join(str(name).split())
    if not clean:
        raise InputError(f"a {what} needs a name")
    if clean in taken:
        raise InputError(f"there is already a {what} named '{clean}'")
    return clean


def _square(rows: object, n: int, where: str) -> Matrix:
    if not isinstance(rows, Sequence) or len(rows) != n:
        raise InputError(f"{where}: expected {n} rows")
    out = []
    for row in rows:
        if not isinstance(row, Sequence) or len(row) != n:
            raise InputError(f"{where}: expected {n} x {n} numbers")
        out.append(tuple(float(v) for v in row))
    return tuple(out)


def _text_of(extra: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in extra.items()}


# -- DEMATEL ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DematelSet:
    """A DEMATEL data set: factors, one direct-influence matrix per expert, and settings.

    Stored as the ``innocite dematel`` file format (``matrices`` and ``experts``); keys the
    page does not know (name, description ...) are kept in ``extra``.
    """

    factors: tuple[str, ...]
    experts: tuple[str, ...]
    matrices: tuple[Matrix, ...]
    normalization: str = "max_row_col"
    weighting: str = "euclidean"
    threshold: float | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_json(cls, text: str) -> DematelSet:
        data = json.loads(text)
        if not isinstance(data, Mapping):
            raise InputError("a DEMATEL data set must be a JSON object")
        factors = tuple(str(f) for f in data.get("factors", ()))
        if "matrix" in data:
            raw = [data["matrix"]]
        else:
            raw = list(data.get("matrices") or [])
        names = data.get("experts") or [f"Expert {k + 1}" for k in range(len(raw))]
        if len(names) != len(raw):
            raise InputError(f"{len(names)} expert names for {len(raw)} matrices")
        n = len(factors)
        matrices = tuple(_square(m, n, f"expert '{names[k]}'") for k, m in enumerate(raw))
        known = {"factors", "matrix", "matrices", "experts", "normalization", "weighting"}
        threshold = data.get("threshold")
        return cls(
            factors,
            tuple(str(x) for x in names),
            matrices,
            str(data.get("normalization", "max_row_col")),
            str(data.get("weighting", "euclidean")),
            None if threshold is None else float(threshold),
            {k: v for k, v in data.items() if k not in known | {"threshold"}},
        )

    def to_dict(self) -> dict[str, Any]:
        out = _text_of(self.extra)
        out.update(
            factors=list(self.factors),
            experts=list(self.experts),
            matrices=[[list(r) for r in m] for m in self.matrices],
            normalization=self.normalization,
            weighting=self.weighting,
            threshold=self.threshold,
        )
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    # -- edits (each returns a new set) --
    def value(self, expert: int, i: int, j: int) -> float:
        return self.matrices[expert][i][j]

    def with_cell(self, expert: int, i: int, j: int, value: float) -> DematelSet:
        """Expert ``expert``'s influence of factor i on factor j; 0..4, the diagonal stays 0."""
        a, b = self.factors[i], self.factors[j]
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise InputError(f"influence of '{a}' on '{b}': {value!r} is not a number")
        if i == j:
            if value != 0:
                raise InputError(
                    f"'{a}' cannot influence itself: the diagonal of the matrix stays 0"
                )
            return self
        lo, hi = SCALE
        if not lo <= value <= hi:
            raise InputError(
                f"influence of '{a}' on '{b}': {value:g} is outside the scale {lo}..{hi} "
                "(0 none, 1 low, 2 medium, 3 high, 4 very high)"
            )
        rows = [list(r) for r in self.matrices[expert]]
        rows[i][j] = float(value)
        mats = list(self.matrices)
        mats[expert] = tuple(tuple(r) for r in rows)
        return replace(self, matrices=tuple(mats))

    def add_expert(self, name: str, copy_of: int | None = None) -> DematelSet:
        clean = _unique(name, self.experts, "expert")
        n = len(self.factors)
        new = (
            self.matrices[copy_of]
            if copy_of is not None
            else tuple(tuple(0.0 for _ in range(n)) for _ in range(n))
        )
        return replace(self, experts=(*self.experts, clean), matrices=(*self.matrices, new))

    def remove_expert(self, index: int) -> DematelSet:
        if len(self.experts) <= 1:
            raise InputError("DEMATEL needs at least one expert's matrix")
        keep = [k for k in range(len(self.experts)) if k != index]
        return replace(
            self,
            experts=tuple(self.experts[k] for k in keep),
            matrices=tuple(self.matrices[k] for k in keep),
        )

    def rename_expert(self, index: int, name: str) -> DematelSet:
        others = [e for k, e in enumerate(self.experts) if k != index]
        clean = _unique(name, others, "expert")
        experts = list(self.experts)
        experts[index] = clean
        return replace(self, experts=tuple(experts))

    def add_factor(self, name: str) -> DematelSet:
        clean = _unique(name, self.factors, "factor")
        mats = tuple(
            (*tuple((*row, 0.0) for row in m), tuple(0.0 for _ in range(len(self.factors) + 1)))
            for m in self.matrices
        )
        return replace(self, factors=(*self.factors, clean), matrices=mats)

    def remove_factor(self, index: int) -> DematelSet:
        if len(self.factors) <= 2:
            raise InputError("DEMATEL needs at least 2 factors")
        keep = [k for k in range(len(self.factors)) if k != index]
        mats = tuple(tuple(tuple(m[i][j] for j in keep) for i in keep) for m in self.matrices)
        return replace(self, factors=tuple(self.factors[k] for k in keep), matrices=mats)

    def rename_factor(self, index: int, name: str) -> DematelSet:
        others = [f for k, f in enumerate(self.factors) if k != index]
        clean = _unique(name, others, "factor")
        factors = list(self.factors)
        factors[index] = clean
        return replace(self, factors=tuple(factors))

    def with_settings(
        self,
        *,
        normalization: str | None = None,
        weighting: str | None = None,
        threshold: float | str | None = "keep",
    ) -> DematelSet:
        """New settings; ``threshold`` None means the mean of T, "keep" leaves it."""
        out = self
        if normalization is not None:
            if normalization not in NORMALIZATIONS:
                raise InputError(f"normalization '{normalization}' is unknown")
            out = replace(out, normalization=normalization)
        if weighting is not None:
            if weighting not in WEIGHTINGS:
                raise InputError(f"weighting '{weighting}' is unknown")
            out = replace(out, weighting=weighting)
        if threshold != "keep":
            if threshold is not None and (
                isinstance(threshold, str) or not math.isfinite(float(threshold))
            ):
                raise InputError(f"threshold {threshold!r} is not a number")
            out = replace(out, threshold=None if threshold is None else float(threshold))
        return out


def new_dematel_set() -> DematelSet:
    """Two factors, one expert, no influence yet (the page asks for the first entries)."""
    zero = ((0.0, 0.0), (0.0, 0.0))
    return DematelSet(("Factor 1", "Factor 2"), ("Expert 1",), (zero,))


def run_dematel(ds: DematelSet) -> DematelResult:
    """The engine on the set; raises DecisionError with a one-line message."""
    return dematel(
        ds.factors,
        [np.array(m) for m in ds.matrices],
        normalization=ds.normalization,
        weighting=ds.weighting,
        threshold=ds.threshold,
        expert_names=ds.experts,
    )


@dataclass(frozen=True)
class ResultRow:
    factor: str
    d: float
    r: float
    prominence: float
    relation: float
    group: str  # "cause" or "effect"
    weight: float


def result_rows(result: DematelResult) -> list[ResultRow]:
    causes = set(result.causes)
    return [
        ResultRow(
            f,
            float(result.d[k]),
            float(result.r[k]),
            float(result.prominence[k]),
            float(result.relation[k]),
            "cause" if f in causes else "effect",
            float(result.weights[k]),
        )
        for k, f in enumerate(result.factors)
    ]


@dataclass(frozen=True)
class DiagramPoint:
    factor: str
    x: float  # D + R
    y: float  # D - R
    cause: bool


@dataclass(frozen=True)
class DiagramArc:
    source: str
    target: str
    value: float
    start: tuple[float, float]
    end: tuple[float, float]


@dataclass(frozen=True)
class Diagram:
    """The cause-effect diagram: points (D+R, D−R) and arrows for T above the threshold."""

    points: tuple[DiagramPoint, ...]
    arcs: tuple[DiagramArc, ...]
    threshold: float
    threshold_source: str


def diagram(result: DematelResult) -> Diagram:
    causes = set(result.causes)
    points = tuple(
        DiagramPoint(f, float(result.prominence[k]), float(result.relation[k]), f in causes)
        for k, f in enumerate(result.factors)
    )
    where = {p.factor: (p.x, p.y) for p in points}
    arcs = tuple(
        DiagramArc(a.source, a.target, a.value, where[a.source], where[a.target])
        for a in result.arcs()
    )
    return Diagram(points, arcs, result.threshold, result.threshold_source)


def parse_influence(text: str) -> float:
    """A cell as typed: "3", "2.5", "2,5" or a word of the scale ("high")."""
    t = text.strip().lower().replace(",", ".")
    if not t:
        return 0.0
    words = {w: k for k, w in INFLUENCE_WORDS.items()}
    if t in words:
        return float(words[t])
    try:
        return float(t)
    except ValueError:
        raise InputError(f"'{text}' is not an influence: type 0..4") from None


# -- A'WOT --------------------------------------------------------------------------------


def _ones(n: int) -> Matrix:
    return tuple(tuple(1.0 for _ in range(n)) for _ in range(n))


def _ratio_matrix(weights: Sequence[float]) -> Matrix:
    return tuple(tuple(float(a) / float(b) for b in weights) for a in weights)


def _geomean(matrices: Sequence[object], n: int, where: str) -> Matrix:
    stack = np.array([_square(m, n, where) for m in matrices], dtype=float)
    return tuple(tuple(float(v) for v in row) for row in np.exp(np.log(stack).mean(axis=0)))


def _group_matrix(obj: Mapping[str, Any], n: int, where: str, key: str, wkey: str) -> Matrix:
    """A matrix from "matrix", several participants ("matrices": AIJ) or "weights"."""
    plural = f"{key.removesuffix('matrix')}matrices"
    if key in obj:
        return _square(obj[key], n, where)
    if obj.get(plural):
        return _geomean(obj[plural], n, where)
    if wkey in obj and isinstance(obj[wkey], Mapping):
        return ()  # resolved by the caller, which knows the item order
    return _ones(n)


@dataclass(frozen=True)
class AwotSet:
    """An A'WOT data set: factors and one pairwise matrix per SWOT group, the 4 x 4 group
    matrix (S, W, O, T), and strategy options scored against every factor.

    Several participants' matrices in a file are combined on reading by the element-wise
    geometric mean (AIJ, as the engine does); weights given directly become the consistent
    matrix of their ratios (same priorities). Stored as the ``innocite awot`` file format.
    """

    factors: Mapping[str, tuple[str, ...]]
    matrices: Mapping[str, Matrix]
    group_matrix: Matrix
    strategies: tuple[str, ...] = ()
    scores: tuple[tuple[float, ...], ...] = ()  # strategy x all factors in group order
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_json(cls, text: str) -> AwotSet:
        data = json.loads(text)
        if not isinstance(data, Mapping) or not isinstance(data.get("groups"), Mapping):
            raise InputError("an A'WOT data set needs 'groups' S, W, O and T")
        factors: dict[str, tuple[str, ...]] = {}
        matrices: dict[str, Matrix] = {}
        for g in SWOT:
            obj = data["groups"].get(g) or {"factors": []}
            names = tuple(str(f) for f in obj.get("factors", ()))
            factors[g] = names
            m = _group_matrix(obj, len(names), f"groups.{g}", "matrix", "weights")
            if m == ():
                m = _ratio_matrix([float(obj["weights"][f]) for f in names])
            matrices[g] = m
        gm = _group_matrix(data, 4, "group comparison", "group_matrix", "group_weights")
        if gm == ():
            gm = _ratio_matrix([float(data["group_weights"][g]) for g in SWOT])
        all_factors = [f for g in SWOT for f in factors[g]]
        names_s: tuple[str, ...] = ()
        scores: tuple[tuple[float, ...], ...] = ()
        s = data.get("strategies")
        if isinstance(s, Mapping) and s.get("names"):
            names_s = tuple(str(x) for x in s["names"])
            cols = list(s.get("factors") or all_factors)
            rows = []
            for row in s.get("scores") or [[0.0] * len(cols)] * len(names_s):
                by = dict(zip(cols, row, strict=False))
                rows.append(tuple(float(by.get(f, 0.0)) for f in all_factors))
            scores = tuple(rows)
        known = {"groups", "group_matrix", "group_matrices", "group_weights", "strategies"}
        return cls(
            factors,
            matrices,
            gm,
            names_s,
            scores,
            {k: v for k, v in data.items() if k not in known},
        )

    def to_dict(self) -> dict[str, Any]:
        out = _text_of(self.extra)
        out["groups"] = {
            g: {"factors": list(self.factors[g]), "matrix": [list(r) for r in self.matrices[g]]}
            for g in SWOT
        }
        out["group_matrix"] = [list(r) for r in self.group_matrix]
        if self.strategies:
            out["strategies"] = {
                "names": list(self.strategies),
                "factors": self.all_factors(),
                "scores": [list(r) for r in self.scores],
            }
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def all_factors(self) -> list[str]:
        return [f for g in SWOT for f in self.factors[g]]

    def items(self, group: str) -> tuple[str, ...]:
        """The items compared in ``group`` ("S", "W", "O", "T" or "groups")."""
        return SWOT if group == "groups" else self.factors[group]

    def matrix(self, group: str) -> Matrix:
        return self.group_matrix if group == "groups" else self.matrices[group]

    # -- edits --
    def with_judgment(self, group: str, i: int, j: int, value: float) -> AwotSet:
        """ "Item i over item j" = value (1/9..9); the reciprocal cell follows."""
        items = self.items(group)
        if i == j:
            raise InputError(f"'{items[i]}' compared with itself is always 1")
        if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
            raise InputError(f"'{items[i]}' over '{items[j]}': {value!r} is not a positive ratio")
        if not 1 / SAATY_MAX - 1e-9 <= value <= SAATY_MAX + 1e-9:
            raise InputError(
                f"'{items[i]}' over '{items[j]}': {format_ratio(value)} is outside Saaty's "
                "scale 1/9..9"
            )
        rows = [list(r) for r in self.matrix(group)]
        rows[i][j] = float(value)
        rows[j][i] = 1.0 / float(value)
        new = tuple(tuple(r) for r in rows)
        if group == "groups":
            return replace(self, group_matrix=new)
        return replace(self, matrices={**self.matrices, group: new})

    def add_factor(self, group: str, name: str) -> AwotSet:
        clean = _unique(name, self.all_factors(), "SWOT factor")
        old = self.matrices[group]
        n = len(old)
        grown = (*tuple((*row, 1.0) for row in old), tuple(1.0 for _ in range(n + 1)))
        factors = {**self.factors, group: (*self.factors[group], clean)}
        new = replace(self, factors=factors, matrices={**self.matrices, group: grown})
        return new._rescore(self)

    def remove_factor(self, group: str, index: int) -> AwotSet:
        keep = [k for k in range(len(self.factors[group])) if k != index]
        if not keep:
            raise InputError(f"{SWOT_NAMES[group]} need at least one factor")
        m = self.matrices[group]
        shrunk = tuple(tuple(m[i][j] for j in keep) for i in keep)
        factors = {**self.factors, group: tuple(self.factors[group][k] for k in keep)}
        new = replace(self, factors=factors, matrices={**self.matrices, group: shrunk})
        return new._rescore(self)

    def rename_factor(self, group: str, index: int, name: str) -> AwotSet:
        old_name = self.factors[group][index]
        clean = _unique(name, [f for f in self.all_factors() if f != old_name], "SWOT factor")
        names = list(self.factors[group])
        names[index] = clean
        return replace(self, factors={**self.factors, group: tuple(names)})

    def _rescore(self, before: AwotSet) -> AwotSet:
        """Score columns follow the factors by name (new factors score 0)."""
        old = before.all_factors()
        rows = []
        for row in self.scores:
            by = dict(zip(old, row, strict=True))
            rows.append(tuple(by.get(f, 0.0) for f in self.all_factors()))
        return replace(self, scores=tuple(rows))

    def add_strategy(self, name: str) -> AwotSet:
        clean = _unique(name, self.strategies, "strategy")
        zero = tuple(0.0 for _ in self.all_factors())
        return replace(self, strategies=(*self.strategies, clean), scores=(*self.scores, zero))

    def remove_strategy(self, index: int) -> AwotSet:
        keep = [k for k in range(len(self.strategies)) if k != index]
        return replace(
            self,
            strategies=tuple(self.strategies[k] for k in keep),
            scores=tuple(self.scores[k] for k in keep),
        )

    def with_score(self, strategy: int, factor: str, value: float) -> AwotSet:
        if not (isinstance(value, int | float) and math.isfinite(value)):
            raise InputError(
                f"score of '{self.strategies[strategy]}' on '{factor}' is not a number"
            )
        col = self.all_factors().index(factor)
        rows = [list(r) for r in self.scores]
        rows[strategy][col] = float(value)
        return replace(self, scores=tuple(tuple(r) for r in rows))


def new_awot_set() -> AwotSet:
    """One placeholder factor per group, all groups equally important."""
    factors = {g: (f"{SWOT_NAMES[g][:-1]} 1",) for g in SWOT}
    return AwotSet(factors, {g: _ones(1) for g in SWOT}, _ones(4))


def run_awot(a: AwotSet) -> AWOTResult:
    groups = {
        g: Comparison.from_matrix(a.factors[g], [list(r) for r in a.matrices[g]])
        if len(a.factors[g]) > 1
        else Comparison(a.factors[g])
        for g in SWOT
    }
    top = Comparison.from_matrix(SWOT, [list(r) for r in a.group_matrix])
    strategies = (
        StrategyScores(a.strategies, tuple(a.all_factors()), [list(r) for r in a.scores])
        if a.strategies
        else None
    )
    return awot(groups, top, strategies=strategies)


@dataclass(frozen=True)
class PairQuestion:
    """One pair of a comparison in plain words."""

    i: int
    j: int
    question: str
    answer: str
    value: float


def pair_questions(a: AwotSet, group: str) -> list[PairQuestion]:
    items = [SWOT_NAMES[g] for g in SWOT] if group == "groups" else list(a.items(group))
    m = a.matrix(group)
    return [
        PairQuestion(
            i, j, question(items[i], items[j]), statement(items[i], items[j], m[i][j]), m[i][j]
        )
        for i in range(len(items))
        for j in range(i + 1, len(items))
    ]


@dataclass(frozen=True)
class PriorityRow:
    group: str
    factor: str
    local: float
    group_weight: float
    global_: float


def priority_rows(result: AWOTResult) -> list[PriorityRow]:
    gw = result.group_weights
    return [
        PriorityRow(g, f, result.local[g].weight_map()[f], gw[g], w)
        for g in SWOT
        for f, w in result.global_priorities[g].items()
    ]


@dataclass(frozen=True)
class SwotBar:
    group: str
    factor: str
    value: float
    colour: str


def swot_bars(result: AWOTResult) -> list[SwotBar]:
    """Global priorities largest first, coloured by SWOT group."""
    return [SwotBar(g, f, w, GROUP_COLOURS[g]) for g, f, w in result.ranking()]


def cr_text(cr: float | None) -> str:
    if cr is None:
        return "CR —"
    flag = "" if cr <= 0.1 else " (above 0.10: revise)"
    return f"CR {cr:.3f}{flag}"


def parse_ratio_text(text: str) -> float:
    """ "3", "1/3", "0,5" as a ratio, refusing empty or non-positive text in one line."""
    from app.services.weights_logic import parse_ratio

    try:
        value = parse_ratio(text)
    except (ValueError, ZeroDivisionError):
        raise InputError(f"'{text}' is not a ratio: type e.g. 3 or 1/3") from None
    if value is None:
        raise InputError("type a ratio, e.g. 3 or 1/3")
    return value
