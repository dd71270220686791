"""MemoSnapshot: a frozen, JSON-serialisable record of everything a decision memo prints.

A memo is rendered from its snapshot only (never from the live project), so a stored
snapshot regenerates the same memo months later, whatever happened to the project since.
Every number is already computed; every text is the user's text as it was.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any

FORMAT_VERSION = 1
"""Version of the snapshot's JSON layout (stored with it; checked when read back)."""

SECTIONS: tuple[str, ...] = (
    "question",
    "alternatives",
    "criteria",
    "performance",
    "method",
    "ranking",
    "robustness",
    "scenarios",
    "decision",
    "appendix",
)
"""Switchable sections in print order; the header and the reproducibility footer always print."""


class SnapshotFormatError(ValueError):
    """The text is not a memo snapshot this version can read."""


@dataclass(frozen=True)
class Setting:
    """One method setting or convention, as name and printed value."""

    name: str
    value: str


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""


@dataclass(frozen=True)
class AlternativeInfo:
    id: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class CriterionInfo:
    """A criterion or group; ``weight`` is the global leaf weight (fraction), None for groups."""

    id: str
    name: str
    unit: str
    direction: str  # "benefit" or "cost"
    weight: float | None
    local_weight: float | None
    parent: str  # the parent group's name, "" at the top level
    is_group: bool
    description: str = ""


@dataclass(frozen=True)
class WeightOrigin:
    """How the weights of one group's children (or the top level) were obtained."""

    node: str  # group name, or the top-level label
    origin: str  # a plain sentence


@dataclass(frozen=True)
class Consistency:
    """The consistency of one pairwise matrix of one participant (or the group)."""

    node: str
    kind: str  # "criteria" or "alternatives"
    participant: str
    cr: float | None  # None when the answers do not yet give priorities
    answered: int
    total: int
    note: str = ""


@dataclass(frozen=True)
class JudgmentInfo:
    participant: str
    node: str
    a: str
    b: str
    value: float
    sentence: str


@dataclass(frozen=True)
class SourceNote:
    alternative: str
    criterion: str
    text: str


@dataclass(frozen=True)
class Performance:
    """The matrix as printed: ``values[i][j]`` of alternative i on leaf criterion j."""

    values: tuple[tuple[float | None, ...], ...]
    sources: tuple[SourceNote, ...] = ()


@dataclass(frozen=True)
class MethodInfo:
    key: str
    label: str
    description: str
    normalization: str  # the engine's formula text, "" if the method has none
    normalization_plain: str
    tie_rule: str
    weights_source: str
    higher_is_better: bool
    settings: tuple[Setting, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class RankRow:
    id: str
    name: str
    score: float
    rank: int


@dataclass(frozen=True)
class Ranking:
    """Best first; ``contributions[k][j]``: leaf criterion j's part of row k's score."""

    rows: tuple[RankRow, ...]
    contributions: tuple[tuple[float, ...], ...] | None = None


@dataclass(frozen=True)
class WinnerChange:
    """The smallest change of one criterion's weight that gives another winner."""

    criterion: str
    weight: float
    new_weight: float | None  # None: no weight in [0, 1] changes the winner
    new_winner: str | None
    low: float
    high: float
    ties: bool = False  # at new_weight (the bound of [0, 1]) new_winner only ties for first


@dataclass(frozen=True)
class AcceptabilityRow:
    name: str
    shares: tuple[float, ...]  # share of the weightings giving rank 1, 2, 3 ...


@dataclass(frozen=True)
class Agreement:
    """Ranks of the alternatives (in ``Ranking`` order) under several methods."""

    methods: tuple[str, ...]
    ranks: tuple[tuple[int | None, ...], ...]  # per alternative, per method
    spearman: tuple[tuple[float | None, ...], ...]  # method x method
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Robustness:
    winner: str
    changes: tuple[WinnerChange, ...] = ()
    tipping_note: str = ""
    samples: int = 0
    seed: int = 0
    acceptability: tuple[AcceptabilityRow, ...] = ()
    smaa_note: str = ""
    agreement: Agreement | None = None


@dataclass(frozen=True)
class ScenarioColumn:
    name: str
    method: str
    ranks: tuple[int, ...] | None  # per alternative in ``ScenarioTable.alternatives`` order
    error: str = ""


@dataclass(frozen=True)
class ScenarioTable:
    alternatives: tuple[str, ...]
    columns: tuple[ScenarioColumn, ...]
    note: str = ""


@dataclass(frozen=True)
class Count:
    name: str
    count: int


@dataclass(frozen=True)
class AuditSummary:
    total: int
    by_action: tuple[Count, ...]
    first_at: str  # ISO timestamps (UTC), "" without entries
    last_at: str
    who: tuple[str, ...]


@dataclass(frozen=True)
class Decision:
    """What was decided; ``chosen`` is free text and may differ from ``recommended``."""

    chosen: str
    rationale: str
    recommended: str
    differs: bool


@dataclass(frozen=True)
class Reproducibility:
    app_version: str
    data_hash: str  # sha256 of the canonical JSON of the project data and method settings
    created_at: str  # ISO timestamp (UTC)
    settings: tuple[Setting, ...]


@dataclass(frozen=True)
class MemoSnapshot:
    """Everything a memo prints; build with :func:`app.memo.build.build_snapshot`."""

    title: str
    project: str
    question: str
    description: str
    owner: str
    author: str
    date: str  # ISO date of the memo
    participants: tuple[Person, ...]
    sections: tuple[str, ...]
    alternatives: tuple[AlternativeInfo, ...]
    criteria: tuple[CriterionInfo, ...]
    weight_origins: tuple[WeightOrigin, ...]
    consistency: tuple[Consistency, ...]
    judgments: tuple[JudgmentInfo, ...]
    performance: Performance
    method: MethodInfo
    ranking: Ranking
    robustness: Robustness | None
    scenarios: ScenarioTable | None
    audit: AuditSummary
    decision: Decision
    reproducibility: Reproducibility
    format_version: int = FORMAT_VERSION
    extra: tuple[Setting, ...] = field(default=())
    # The language the memo is written in (app.i18n code); snapshots made before memos
    # were translated have none and are English.
    language: str = "en"

    @property
    def leaves(self) -> tuple[CriterionInfo, ...]:
        """Criteria with data, in matrix column order."""
        return tuple(c for c in self.criteria if not c.is_group)

    def has(self, section: str) -> bool:
        return section in self.sections

    def to_json(self) -> str:
        """Canonical JSON (sorted keys); ``from_json`` of it gives an equal snapshot."""
        return json.dumps(_plain(self), ensure_ascii=False, sort_keys=True, allow_nan=False)

    @classmethod
    def from_json(cls, text: str) -> MemoSnapshot:
        """Read a snapshot written by ``to_json`` (of this or an older format version)."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise SnapshotFormatError(f"not a memo snapshot: {exc}") from None
        if not isinstance(data, dict):
            raise SnapshotFormatError("not a memo snapshot: expected a JSON object")
        version = data.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise SnapshotFormatError(
                f"memo snapshot format {version!r} is newer than this version reads "
                f"({FORMAT_VERSION}): update InnoCite"
            )
        try:
            out = _read(cls, data, "snapshot")
        except (KeyError, TypeError, ValueError) as exc:
            raise SnapshotFormatError(f"not a memo snapshot: {exc}") from None
        assert isinstance(out, MemoSnapshot)
        return out


# -- plain JSON <-> frozen dataclasses, driven by the type hints -----------------------------


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _read(tp: Any, raw: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if raw is None:
            return None
        return _read(options[0], raw, where)
    if origin is tuple:
        if not isinstance(raw, list):
            raise TypeError(f"{where}: expected a list")
        inner = typing.get_args(tp)[0]
        return tuple(_read(inner, v, f"{where}[{i}]") for i, v in enumerate(raw))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(raw, dict):
            raise TypeError(f"{where}: expected an object")
        hints = _hints(tp)
        kwargs = {
            f.name: _read(hints[f.name], raw[f.name], f"{where}.{f.name}")
            for f in dataclasses.fields(tp)
            if f.name in raw
            or (f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
        }
        return tp(**kwargs)
    if tp is float:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise TypeError(f"{where}: expected a number")
        return float(raw)
    if tp in (int, str, bool):
        if not isinstance(raw, tp) or (tp is int and isinstance(raw, bool)):
            raise TypeError(f"{where}: expected {tp.__name__}")
        return raw
    raise TypeError(f"{where}: cannot read type {tp!r}")
