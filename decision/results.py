"""Frozen results that carry the conventions a memo must state."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True)
class Conventions:
    """How a result was computed, in terms a memo can print."""

    method: str
    normalization: str | None = None
    tie_rule: str | None = None
    random_index_table: str | None = None
    completion_method: str | None = None
    weights_source: str | None = None
    parameters: Mapping[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-friendly dict, without empty entries."""
        out: dict[str, Any] = {"method": self.method}
        for key in (
            "normalization",
            "tie_rule",
            "random_index_table",
            "completion_method",
            "weights_source",
        ):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.parameters:
            out["parameters"] = dict(self.parameters)
        if self.notes:
            out["notes"] = list(self.notes)
        return out


@dataclass(frozen=True)
class PerCriterion:
    """An m x n detail array that reads criterion first: {criterion id: {alternative id: v}}."""

    values: npt.NDArray[np.float64] = field(compare=False, repr=False)


@dataclass(frozen=True)
class RankedAlternative:
    id: str
    name: str
    score: float
    rank: int


@dataclass(frozen=True)
class RankingResult:
    """Scores and ranks of every alternative; rank 1 is best for every method.

    ``score`` is the method's own score (TOPSIS closeness, VIKOR Q, PROMETHEE net
    flow ...); ``higher_is_better`` says which way it points.
    """

    method: str
    alternative_ids: tuple[str, ...]
    alternative_names: tuple[str, ...]
    criterion_ids: tuple[str, ...]
    scores: npt.NDArray[np.float64] = field(compare=False, repr=False)
    ranks: npt.NDArray[np.int64] = field(compare=False, repr=False)
    weights: npt.NDArray[np.float64] = field(compare=False, repr=False)
    higher_is_better: bool
    conventions: Conventions
    details: Mapping[str, Any] = field(default_factory=dict)

    def ordered(self) -> list[RankedAlternative]:
        """Alternatives best first (ties keep input order)."""
        order = np.lexsort((np.arange(len(self.ranks)), self.ranks))
        return [
            RankedAlternative(
                self.alternative_ids[i],
                self.alternative_names[i],
                float(self.scores[i]),
                int(self.ranks[i]),
            )
            for i in order
        ]

    def details_json(self) -> dict[str, Any]:
        """Details with per-alternative arrays turned into {alternative id: value} maps.

        Methods keep per-alternative details as arrays (cheap at a million rows); the
        mapping to ids is done only when a person or a file needs it.
        """
        m = len(self.alternative_ids)
        out: dict[str, Any] = {}
        for key, value in self.details.items():
            if isinstance(value, PerCriterion):
                out[key] = {
                    c: dict(zip(self.alternative_ids, value.values[:, j].tolist(), strict=True))
                    for j, c in enumerate(self.criterion_ids)
                }
            elif isinstance(value, np.ndarray) and value.ndim == 1 and value.size == m:
                out[key] = dict(zip(self.alternative_ids, value.tolist(), strict=True))
            elif isinstance(value, np.ndarray) and value.shape == (m, len(self.criterion_ids)):
                out[key] = {
                    a: dict(zip(self.criterion_ids, row.tolist(), strict=True))
                    for a, row in zip(self.alternative_ids, value, strict=True)
                }
            elif isinstance(value, np.ndarray):
                out[key] = value.tolist()
            else:
                out[key] = value
        return out

    def weight_map(self) -> dict[str, float]:
        return {c: float(w) for c, w in zip(self.criterion_ids, self.weights, strict=True)}

    def score_map(self) -> dict[str, float]:
        return {a: float(s) for a, s in zip(self.alternative_ids, self.scores, strict=True)}
