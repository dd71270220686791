"""Qt-free logic of the Success factors page: DEMATEL and A'WOT data sets, edits, runs, charts."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from app.i18n import QT_TR_NOOP, number, tr
from app.services.weights_logic import format_ratio, question, statement
from decision.awot import (
    SWOT,
    AWOTResult,
    Comparison,
    StrategyComparisons,
    StrategyScores,
    awot,
)
from decision.awot import priorities as engine_priorities
from decision.dematel import NORMALIZATIONS, WEIGHTINGS, DematelResult, dematel
from decision.errors import InputError

DEMATEL_KIND = "dematel"
AWOT_KIND = "awot"
SCALE = (0, 4)
INFLUENCE_WORDS = {0: "no", 1: "low", 2: "medium", 3: "high", 4: "very high"}
# the same words as shown in the interface (the English words above are always accepted)
INFLUENCE_LABELS = {
    0: QT_TR_NOOP("no influence"),
    1: QT_TR_NOOP("low"),
    2: QT_TR_NOOP("medium"),
    3: QT_TR_NOOP("high"),
    4: QT_TR_NOOP("very high"),
}
SWOT_LABELS: dict[str, str] = {
    "S": QT_TR_NOOP("Strengths"),
    "W": QT_TR_NOOP("Weaknesses"),
    "O": QT_TR_NOOP("Opportunities"),
    "T": QT_TR_NOOP("Threats"),
}
GROUP_COLOURS = {"S": "#2e8b57", "W": "#c0392b", "O": "#2f6fbf", "T": "#d98c1f"}
NORMALIZATION_LABELS = (
    ("max_row_col", QT_TR_NOOP("Largest row or column sum")),
    ("max_row", QT_TR_NOOP("Largest row sum")),
)
WEIGHTING_LABELS = (
    ("euclidean", "√((D+R)² + (D−R)²)"),
    ("prominence", QT_TR_NOOP("D+R (prominence)")),
)
SAATY_MAX = 9.0

Matrix = tuple[tuple[float, ...], ...]

__all__ = ["NORMALIZATIONS", "WEIGHTINGS", "format_ratio", "question", "statement"]


def _unique(name: str, taken: Sequence[str], what: str) -> str:
    """``what`` names the kind of name in the engine's terms (not shown: one message fits all)."""
    clean = " ".join(str(name).split())
    if not clean:
        raise InputError(tr("Type a name."))
    if clean in taken:
        raise InputError(tr("The name '{name}' is already used here.").format(name=clean))
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
            raise InputError(
                tr("Influence of '{a}' on '{b}': {value} is not a number.").format(
                    a=a, b=b, value=repr(value)
                )
            )
        if i == j:
            if value != 0:
                raise InputError(
                    tr("'{a}' cannot influence itself: the diagonal of the matrix stays 0.").format(
                        a=a
                    )
                )
            return self
        lo, hi = SCALE
        if not lo <= value <= hi:
            raise InputError(
                tr(
                    "Influence of '{a}' on '{b}': {value} is outside the scale {lo}..{hi} "
                    "(0 none, 1 low, 2 medium, 3 high, 4 very high)."
                ).format(a=a, b=b, value=number(value, 2), lo=lo, hi=hi)
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
            raise InputError(tr("DEMATEL needs at least one expert's matrix."))
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
            raise InputError(tr("DEMATEL needs at least 2 factors."))
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
    factor = tr("Factor {n}")
    return DematelSet(
        (factor.format(n=1), factor.format(n=2)), (tr("Expert {n}").format(n=1),), (zero,)
    )


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
        raise InputError(tr("'{text}' is not an influence: type 0..4.").format(text=text)) from None


# -- A'WOT --------------------------------------------------------------------------------

STRATEGY_PREFIX = "strategies:"
STRATEGY_METHODS = ("scores", "pairwise")


def strategy_key(factor: str) -> str:
    """The comparison key of the strategies compared with respect to ``factor``."""
    return f"{STRATEGY_PREFIX}{factor}"


def _ones(n: int) -> Matrix:
    return tuple(tuple(1.0 for _ in range(n)) for _ in range(n))


def _ratio_matrix(weights: Sequence[float]) -> Matrix:
    return tuple(tuple(float(a) / float(b) for b in weights) for a in weights)


def _geomean(matrices: Sequence[object], n: int, where: str) -> Matrix:
    stack = np.array([_square(m, n, where) for m in matrices], dtype=float)
    return tuple(tuple(float(v) for v in row) for row in np.exp(np.log(stack).mean(axis=0)))


def _filled(rows: object, n: int, where: str) -> Matrix:
    """A pairwise matrix as read; ``null`` below the diagonal becomes the reciprocal."""
    if not isinstance(rows, Sequence) or len(rows) != n:
        raise InputError(f"{where}: expected {n} rows")
    raw = [list(r) if isinstance(r, Sequence) else r for r in rows]
    for i, row in enumerate(raw):
        if not isinstance(row, list) or len(row) != n:
            raise InputError(f"{where}: expected {n} x {n} numbers")
        for j, v in enumerate(row):
            if v is None and i > j and raw[j][i] is not None:
                row[j] = 1.0 / float(raw[j][i])
            elif v is None:
                row[j] = 1.0
    return _square(raw, n, where)


def _per_participant(
    obj: Mapping[str, Any], items: Sequence[str], where: str, key: str, wkey: str, count: int
) -> tuple[Matrix, ...]:
    """One matrix per participant from "matrix", "matrices" (one per participant) or "weights".

    A single matrix or weights are everyone's; a list of another length than ``count`` is
    combined by the geometric mean (AIJ) and given to everyone.
    """
    n = len(items)
    plural = f"{key.removesuffix('matrix')}matrices"
    if obj.get(plural):
        mats = [_filled(m, n, where) for m in obj[plural]]
        if len(mats) == count:
            return tuple(mats)
        return (_geomean(mats, n, where),) * count
    if key in obj:
        return (_filled(obj[key], n, where),) * count
    if isinstance(obj.get(wkey), Mapping):
        return (_ratio_matrix([float(obj[wkey][f]) for f in items]),) * count
    return (_ones(n),) * count


@dataclass(frozen=True)
class AwotSet:
    """An A'WOT data set: factors of the four SWOT groups, the participants and each one's
    pairwise matrices, strategy options scored against every factor and compared pairwise
    with respect to every factor.

    ``judgments[p][key]`` is participant p's matrix of the comparison ``key``: "S", "W",
    "O", "T" (within a group), "groups" (S, W, O, T) or :func:`strategy_key` (factor) (the
    strategies with respect to that factor). Several participants are combined by the
    engine's AIJ (geometric mean). ``strategy_method`` says which strategy result the page
    shows first ("scores" or "pairwise"); both are stored. Stored as the ``innocite awot``
    file format (``matrices`` where there are several participants, ``participants`` with
    their names).
    """

    factors: Mapping[str, tuple[str, ...]]
    judgments: tuple[Mapping[str, Matrix], ...]
    participants: tuple[str, ...] = ("Participant 1",)
    strategies: tuple[str, ...] = ()
    scores: tuple[tuple[float, ...], ...] = ()  # strategy x all factors in group order
    strategy_method: str = "scores"
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_json(cls, text: str) -> AwotSet:
        data = json.loads(text)
        return cls.from_data(data)

    @classmethod
    def from_data(cls, data: object) -> AwotSet:
        if not isinstance(data, Mapping) or not isinstance(data.get("groups"), Mapping):
            raise InputError("an A'WOT data set needs 'groups' S, W, O and T")
        groups = data["groups"]
        strat = data.get("strategies") if isinstance(data.get("strategies"), Mapping) else {}
        assert isinstance(strat, Mapping)
        comps = strat.get("comparisons") if isinstance(strat.get("comparisons"), Mapping) else {}
        assert isinstance(comps, Mapping)
        sources: list[Any] = [data, *(groups.get(g) or {} for g in SWOT), *comps.values()]
        counts = [
            len(o.get(k) or ())
            for o in sources
            if isinstance(o, Mapping)
            for k in ("matrices", "group_matrices")
        ]
        raw_names = data.get("participants")
        if isinstance(raw_names, Sequence) and not isinstance(raw_names, str) and raw_names:
            names = tuple(str(x) for x in raw_names)
        else:
            names = tuple(tr("Participant {n}").format(n=k + 1) for k in range(max([1, *counts])))
        count = len(names)
        factors: dict[str, tuple[str, ...]] = {}
        per: list[dict[str, Matrix]] = [{} for _ in range(count)]

        def put(key: str, mats: tuple[Matrix, ...]) -> None:
            for p in range(count):
                per[p][key] = mats[p]

        for g in SWOT:
            obj = groups.get(g) or {"factors": []}
            items = tuple(str(f) for f in obj.get("factors", ()))
            factors[g] = items
            put(g, _per_participant(obj, items, f"groups.{g}", "matrix", "weights", count))
        put(
            "groups",
            _per_participant(
                data, SWOT, "group comparison", "group_matrix", "group_weights", count
            ),
        )
        all_factors = [f for g in SWOT for f in factors[g]]
        names_s: tuple[str, ...] = ()
        scores: tuple[tuple[float, ...], ...] = ()
        if strat.get("names"):
            names_s = tuple(str(x) for x in strat["names"])
            cols = list(strat.get("factors") or all_factors)
            rows = []
            for row in strat.get("scores") or [[0.0] * len(cols)] * len(names_s):
                by = dict(zip(cols, row, strict=False))
                rows.append(tuple(float(by.get(f, 0.0)) for f in all_factors))
            scores = tuple(rows)
        for f in all_factors:
            obj = comps.get(f)
            where = f"strategies.comparisons.{f}"
            if isinstance(obj, Mapping):
                put(
                    strategy_key(f),
                    _per_participant(obj, names_s, where, "matrix", "weights", count),
                )
            else:
                put(strategy_key(f), (_ones(len(names_s)),) * count)
        method = str(
            strat.get("method") or ("pairwise" if comps and "scores" not in strat else "scores")
        )
        if method not in STRATEGY_METHODS:
            method = "scores"
        known = {
            "groups",
            "group_matrix",
            "group_matrices",
            "group_weights",
            "strategies",
            "participants",
        }
        return cls(
            factors,
            tuple(per),
            names,
            names_s,
            scores,
            method,
            {k: v for k, v in data.items() if k not in known},
        )

    def _out(self, key: str) -> dict[str, Any]:
        mats = [[list(r) for r in j[key]] for j in self.judgments]
        return {"matrices": mats} if len(mats) > 1 else {"matrix": mats[0]}

    def to_dict(self) -> dict[str, Any]:
        out = _text_of(self.extra)
        out["groups"] = {g: {"factors": list(self.factors[g]), **self._out(g)} for g in SWOT}
        top = self._out("groups")
        out.update({f"group_{k}": v for k, v in top.items()})
        if len(self.participants) > 1:
            out["participants"] = list(self.participants)
        if self.strategies:
            strat: dict[str, Any] = {
                "names": list(self.strategies),
                "factors": self.all_factors(),
                "scores": [list(r) for r in self.scores],
                "method": self.strategy_method,
            }
            if len(self.strategies) > 1:
                strat["comparisons"] = {f: self._out(strategy_key(f)) for f in self.all_factors()}
            out["strategies"] = strat
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def all_factors(self) -> list[str]:
        return [f for g in SWOT for f in self.factors[g]]

    @property
    def matrices(self) -> dict[str, Matrix]:
        """The first participant's matrices within the groups."""
        return {g: self.judgments[0][g] for g in SWOT}

    @property
    def group_matrix(self) -> Matrix:
        return self.judgments[0]["groups"]

    def items(self, key: str) -> tuple[str, ...]:
        """The items compared in ``key`` ("S", "W", "O", "T", "groups" or a strategy key)."""
        if key == "groups":
            return SWOT
        if key.startswith(STRATEGY_PREFIX):
            return self.strategies
        return self.factors[key]

    def matrix(self, key: str, participant: int = 0) -> Matrix:
        return self.judgments[participant][key]

    def comparison_keys(self) -> list[str]:
        keys = [*SWOT, "groups"]
        if len(self.strategies) > 1:
            keys += [strategy_key(f) for f in self.all_factors()]
        return keys

    def _set(self, participant: int, changes: Mapping[str, Matrix]) -> AwotSet:
        js = list(self.judgments)
        js[participant] = {**js[participant], **changes}
        return replace(self, judgments=tuple(js))

    def _all(self, change: Any) -> tuple[Mapping[str, Matrix], ...]:
        return tuple(change(dict(j)) for j in self.judgments)

    # -- edits --
    def with_judgment(
        self, key: str, i: int, j: int, value: float, participant: int = 0
    ) -> AwotSet:
        """ "Item i over item j" = value (1/9..9); the reciprocal cell follows."""
        items = self.items(key)
        if i == j:
            raise InputError(tr("'{item}' compared with itself is always 1").format(item=items[i]))
        if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
            raise InputError(
                tr("'{a}' over '{b}': {value} is not a positive ratio").format(
                    a=items[i], b=items[j], value=repr(value)
                )
            )
        if not 1 / SAATY_MAX - 1e-9 <= value <= SAATY_MAX + 1e-9:
            raise InputError(
                tr("'{a}' over '{b}': {value} is outside Saaty's scale 1/9..9").format(
                    a=items[i], b=items[j], value=format_ratio(value)
                )
            )
        rows = [list(r) for r in self.matrix(key, participant)]
        rows[i][j] = float(value)
        rows[j][i] = 1.0 / float(value)
        return self._set(participant, {key: tuple(tuple(r) for r in rows)})

    def add_participant(self, name: str, copy_of: int | None = None) -> AwotSet:
        clean = _unique(name, self.participants, "participant")
        if copy_of is not None:
            new = dict(self.judgments[copy_of])
        else:
            new = {k: _ones(len(m)) for k, m in self.judgments[0].items()}
        return replace(
            self, participants=(*self.participants, clean), judgments=(*self.judgments, new)
        )

    def rename_participant(self, index: int, name: str) -> AwotSet:
        others = [x for k, x in enumerate(self.participants) if k != index]
        clean = _unique(name, others, "participant")
        names = list(self.participants)
        names[index] = clean
        return replace(self, participants=tuple(names))

    def remove_participant(self, index: int) -> AwotSet:
        if len(self.participants) <= 1:
            raise InputError(tr("A'WOT needs at least one participant's judgments"))
        keep = [k for k in range(len(self.participants)) if k != index]
        return replace(
            self,
            participants=tuple(self.participants[k] for k in keep),
            judgments=tuple(self.judgments[k] for k in keep),
        )

    def add_factor(self, group: str, name: str) -> AwotSet:
        clean = _unique(name, self.all_factors(), "SWOT factor")
        n = len(self.factors[group])
        s = len(self.strategies)

        def grow(j: dict[str, Matrix]) -> dict[str, Matrix]:
            old = j[group]
            j[group] = (*tuple((*row, 1.0) for row in old), tuple(1.0 for _ in range(n + 1)))
            j[strategy_key(clean)] = _ones(s)
            return j

        factors = {**self.factors, group: (*self.factors[group], clean)}
        new = replace(self, factors=factors, judgments=self._all(grow))
        return new._rescore(self)

    def remove_factor(self, group: str, index: int) -> AwotSet:
        keep = [k for k in range(len(self.factors[group])) if k != index]
        if not keep:
            raise InputError(
                tr("{group} need at least one factor").format(group=tr(SWOT_LABELS[group]))
            )
        gone = self.factors[group][index]

        def shrink(j: dict[str, Matrix]) -> dict[str, Matrix]:
            m = j[group]
            j[group] = tuple(tuple(m[a][b] for b in keep) for a in keep)
            j.pop(strategy_key(gone), None)
            return j

        factors = {**self.factors, group: tuple(self.factors[group][k] for k in keep)}
        new = replace(self, factors=factors, judgments=self._all(shrink))
        return new._rescore(self)

    def rename_factor(self, group: str, index: int, name: str) -> AwotSet:
        old_name = self.factors[group][index]
        others = [f for f in self.all_factors() if f != old_name]
        clean = _unique(name, others, "SWOT factor")
        names = list(self.factors[group])
        names[index] = clean

        def move(j: dict[str, Matrix]) -> dict[str, Matrix]:
            j[strategy_key(clean)] = j.pop(strategy_key(old_name), _ones(len(self.strategies)))
            return j

        return replace(
            self, factors={**self.factors, group: tuple(names)}, judgments=self._all(move)
        )

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
        s = len(self.strategies)

        def grow(j: dict[str, Matrix]) -> dict[str, Matrix]:
            for f in self.all_factors():
                old = j.get(strategy_key(f), _ones(s))
                j[strategy_key(f)] = (
                    *tuple((*row, 1.0) for row in old),
                    tuple(1.0 for _ in range(s + 1)),
                )
            return j

        return replace(
            self,
            strategies=(*self.strategies, clean),
            scores=(*self.scores, zero),
            judgments=self._all(grow),
        )

    def remove_strategy(self, index: int) -> AwotSet:
        keep = [k for k in range(len(self.strategies)) if k != index]

        def shrink(j: dict[str, Matrix]) -> dict[str, Matrix]:
            for f in self.all_factors():
                m = j[strategy_key(f)]
                j[strategy_key(f)] = tuple(tuple(m[a][b] for b in keep) for a in keep)
            return j

        return replace(
            self,
            strategies=tuple(self.strategies[k] for k in keep),
            scores=tuple(self.scores[k] for k in keep),
            judgments=self._all(shrink),
        )

    def with_score(self, strategy: int, factor: str, value: float) -> AwotSet:
        if not (isinstance(value, int | float) and math.isfinite(value)):
            raise InputError(
                tr("score of '{strategy}' on '{factor}' is not a number").format(
                    strategy=self.strategies[strategy], factor=factor
                )
            )
        col = self.all_factors().index(factor)
        rows = [list(r) for r in self.scores]
        rows[strategy][col] = float(value)
        return replace(self, scores=tuple(tuple(r) for r in rows))

    def with_strategy_method(self, method: str) -> AwotSet:
        if method not in STRATEGY_METHODS:
            raise InputError(f"strategy method '{method}' is unknown")
        return replace(self, strategy_method=method)


def new_awot_set() -> AwotSet:
    """One placeholder factor per group, all groups equally important, one participant."""
    first = {
        "S": tr("Strength {n}"),
        "W": tr("Weakness {n}"),
        "O": tr("Opportunity {n}"),
        "T": tr("Threat {n}"),
    }
    factors = {g: (first[g].format(n=1),) for g in SWOT}
    judgments: dict[str, Matrix] = {g: _ones(1) for g in SWOT}
    judgments["groups"] = _ones(4)
    judgments.update({strategy_key(f[0]): _ones(0) for f in factors.values()})
    return AwotSet(factors, (judgments,), (tr("Participant {n}").format(n=1),))


def _comparison(a: AwotSet, key: str) -> Comparison:
    items = a.items(key)
    if len(items) <= 1:
        return Comparison(items)
    mats = [[list(r) for r in j[key]] for j in a.judgments]
    if len(mats) == 1:
        return Comparison.from_matrix(items, mats[0])
    return Comparison.from_matrices(items, mats)


def run_awot(a: AwotSet) -> AWOTResult:
    groups = {g: _comparison(a, g) for g in SWOT}
    top = _comparison(a, "groups")
    strategies = (
        StrategyScores(a.strategies, tuple(a.all_factors()), [list(r) for r in a.scores])
        if a.strategies
        else None
    )
    pairwise = (
        StrategyComparisons(
            a.strategies,
            {f: _comparison(a, strategy_key(f)) for f in a.all_factors()}
            if len(a.strategies) > 1
            else {},
        )
        if a.strategies
        else None
    )
    return awot(groups, top, strategies=strategies, strategy_comparisons=pairwise)


@dataclass(frozen=True)
class ParticipantCR:
    participant: str
    cr: float | None


def participant_crs(a: AwotSet, key: str) -> list[ParticipantCR]:
    """Each participant's own CR of comparison ``key`` (None below 3 items)."""
    items = a.items(key)
    out = []
    for name, j in zip(a.participants, a.judgments, strict=True):
        cr = None
        if len(items) > 2:
            try:
                cr = engine_priorities(Comparison.from_matrix(items, [list(r) for r in j[key]])).cr
            except Exception:
                cr = None
        out.append(ParticipantCR(name, cr))
    return out


def aggregated_matrix(a: AwotSet, key: str) -> Matrix:
    """The element-wise geometric mean of the participants' matrices (AIJ, equal weights)."""
    n = len(a.items(key))
    return _geomean([j[key] for j in a.judgments], n, key)


def comparison_label(key: str) -> str:
    """The comparison picker's text for ``key`` (translated)."""
    if key == "groups":
        return tr("Between the groups S, W, O, T")
    if key.startswith(STRATEGY_PREFIX):
        return tr("Strategies with respect to '{factor}'").format(
            factor=key.removeprefix(STRATEGY_PREFIX)
        )
    return tr("Within {group}").format(group=tr(SWOT_LABELS[key]))


@dataclass(frozen=True)
class PairQuestion:
    """One pair of a comparison in plain words."""

    i: int
    j: int
    question: str
    answer: str
    value: float


def pair_questions(a: AwotSet, key: str, participant: int = 0) -> list[PairQuestion]:
    items = [tr(SWOT_LABELS[g]) for g in SWOT] if key == "groups" else list(a.items(key))
    m = a.matrix(key, participant)
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
        return tr("CR —")
    if cr <= 0.1:
        return tr("CR {cr}").format(cr=number(cr, 3))
    return tr("CR {cr} (above 0.10: revise)").format(cr=number(cr, 3))


def parse_ratio_text(text: str) -> float:
    """ "3", "1/3", "0,5" as a ratio, refusing empty or non-positive text in one line."""
    from app.services.weights_logic import parse_ratio

    try:
        value = parse_ratio(text)
    except (ValueError, ZeroDivisionError):
        raise InputError(
            tr("'{text}' is not a ratio: type e.g. 3 or 1/3.").format(text=text)
        ) from None
    if value is None:
        raise InputError(tr("Type a ratio, e.g. 3 or 1/3."))
    return value
