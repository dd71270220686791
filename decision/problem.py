"""Problem model: criteria (a tree of any depth), alternatives and the performance matrix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal

import numpy as np
import numpy.typing as npt

from decision.errors import InputError

Direction = Literal["benefit", "cost"]
PreferenceFunction = Literal["usual", "u-shape", "v-shape", "level", "linear"]
PREFERENCE_FUNCTIONS: tuple[str, ...] = (
    "usual",
    "u-shape",
    "v-shape",
    "level",
    "linear",
)

_DIRECTION_ALIASES = {
    "benefit": "benefit",
    "max": "benefit",
    "cost": "cost",
    "min": "cost",
}


def parse_direction(value: object, criterion: str) -> Direction:
    """Map ``benefit``/``max``/``cost``/``min`` (any case) to a direction."""
    key = str(value).strip().lower()
    if key not in _DIRECTION_ALIASES:
        raise InputError(
            f"criterion '{criterion}': direction {value!r} is not one of benefit, cost, max, min",
            criterion=criterion,
            field="direction",
        )
    return "benefit" if _DIRECTION_ALIASES[key] == "benefit" else "cost"


@dataclass(frozen=True)
class Preference:
    """A PROMETHEE preference function with its indifference (q) and preference (p) thresholds."""

    function: PreferenceFunction = "usual"
    q: float = 0.0
    p: float = 0.0


@dataclass(frozen=True)
class Criterion:
    """A criterion or a criteria group; groups are criteria that other criteria name as parent."""

    id: str
    name: str = ""
    direction: Direction = "benefit"
    unit: str = ""
    weight: float | None = None
    parent: str | None = None
    description: str = ""
    preference: Preference | None = None
    is_group: bool = False

    @property
    def label(self) -> str:
        return self.name or self.id


@dataclass(frozen=True)
class Alternative:
    """An option being ranked."""

    id: str
    name: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    cost: float | None = None  # for budget-limited selection; None when not known

    @property
    def label(self) -> str:
        return self.name or self.id


@dataclass(frozen=True)
class Problem:
    """A decision problem; ``matrix`` rows follow ``alternatives``, columns follow the leaf criteria.

    Construct through :meth:`create`, which checks the structure (ids, tree, shape)
    but not the values; value checks depend on the method (see ``decision.validation``).
    """

    name: str
    criteria: tuple[Criterion, ...]
    alternatives: tuple[Alternative, ...]
    matrix: npt.NDArray[np.float64] = field(compare=False, repr=False)

    @classmethod
    def create(
        cls,
        name: str,
        criteria: Sequence[Criterion],
        alternatives: Sequence[Alternative],
        matrix: npt.ArrayLike | None = None,
    ) -> Problem:
        """Build a problem after checking ids, the criteria tree and the matrix shape."""
        crit = tuple(criteria)
        alts = tuple(alternatives)
        _check_ids([c.id for c in crit], "criterion")
        _check_ids([a.id for a in alts], "alternative")
        _check_tree(crit)
        # One canonical form: a criterion with children is a group, however it was marked.
        parents = {c.parent for c in crit}
        crit = tuple(
            replace(c, is_group=True) if c.id in parents and not c.is_group else c for c in crit
        )
        leaves = [c for c in crit if not _is_group(c, crit)]
        if not leaves:
            raise InputError("the problem has no criteria", field="criteria")
        if not alts:
            raise InputError("the problem has no alternatives", field="alternatives")
        if matrix is None:
            arr = np.full((len(alts), len(leaves)), np.nan)
        else:
            arr = np.array(matrix, dtype=float, copy=True)
            if arr.ndim != 2 or arr.shape != (len(alts), len(leaves)):
                raise InputError(
                    f"matrix has shape {arr.shape}, expected {len(alts)} rows (alternatives) "
                    f"x {len(leaves)} columns (leaf criteria)",
                    field="matrix",
                )
        arr.setflags(write=False)
        return cls(name=name, criteria=crit, alternatives=alts, matrix=arr)

    # -- structure (cached: a problem is immutable and may hold a million alternatives) -------
    @cached_property
    def leaves(self) -> tuple[Criterion, ...]:
        """Criteria that hold data (not groups), in matrix column order."""
        return tuple(c for c in self.criteria if not _is_group(c, self.criteria))

    @cached_property
    def leaf_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.leaves)

    @cached_property
    def alternative_ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.alternatives)

    @cached_property
    def alternative_names(self) -> tuple[str, ...]:
        return tuple(a.label for a in self.alternatives)

    @property
    def types(self) -> npt.NDArray[np.int8]:
        """+1 for benefit, -1 for cost, per leaf criterion."""
        return np.array([1 if c.direction == "benefit" else -1 for c in self.leaves], dtype=np.int8)

    def children(self, parent: str | None) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.parent == parent)

    def has_all_weights(self) -> bool:
        return all(c.weight is not None for c in self.criteria)

    @property
    def weights_source(self) -> str:
        """How :meth:`global_weights` come about, in the words a memo prints."""
        if any(c.parent for c in self.criteria):
            return "given weights (product of local weights down the criteria tree)"
        return "given weights"

    def global_weights(self) -> npt.NDArray[np.float64]:
        """Global weight of each leaf: product of the local weights down the tree.

        Local weights are normalised to sum to 1 among siblings, so 40/30/30 and
        0.4/0.3/0.3 mean the same.
        """
        from decision.validation import check_weights

        local: dict[str, float] = {}
        for parent in {c.parent for c in self.criteria}:
            siblings = self.children(parent)
            missing = [c.id for c in siblings if c.weight is None]
            if missing:
                raise InputError(
                    f"criterion '{missing[0]}' has no weight (give weights, AHP judgments "
                    "or choose an objective weighting method)",
                    criterion=missing[0],
                    field="weight",
                )
            raw = np.array([float(c.weight) for c in siblings if c.weight is not None])
            normalised = check_weights(raw, [c.id for c in siblings], group=parent)
            local.update({c.id: float(w) for c, w in zip(siblings, normalised, strict=True)})
        by_id = {c.id: c for c in self.criteria}
        result = np.empty(len(self.leaves))
        for j, leaf in enumerate(self.leaves):
            w = local[leaf.id]
            node = leaf
            while node.parent is not None:
                node = by_id[node.parent]
                w *= local[node.id]
            result[j] = w
        return result

    def with_weights(self, weights: Sequence[float] | npt.ArrayLike) -> Problem:
        """Return a flat copy whose leaves carry the given global weights (groups dropped)."""
        w = np.asarray(weights, dtype=float)
        leaves = tuple(
            Criterion(**{**c.__dict__, "weight": float(x), "parent": None})
            for c, x in zip(self.leaves, w, strict=True)
        )
        return Problem.create(self.name, leaves, self.alternatives, self.matrix)


def _is_group(c: Criterion, criteria: Sequence[Criterion]) -> bool:
    return c.is_group or any(other.parent == c.id for other in criteria)


def _check_ids(ids: list[str], kind: str) -> None:
    seen: set[str] = set()
    for i, x in enumerate(ids):
        if not isinstance(x, str) or not x.strip():
            raise InputError(f"{kind} #{i + 1} has an empty id", row=i, field="id")
        if x in seen:
            raise InputError(
                f"{kind} id '{x}' is used twice",
                **{kind if kind == "criterion" else "alternative": x},  # type: ignore[arg-type]
                field="id",
            )
        seen.add(x)


def _check_tree(criteria: tuple[Criterion, ...]) -> None:
    by_id = {c.id: c for c in criteria}
    for c in criteria:
        if c.parent is not None and c.parent not in by_id:
            raise InputError(
                f"criterion '{c.id}': parent group '{c.parent}' does not exist",
                criterion=c.id,
                field="parent",
            )
    for c in criteria:
        seen = {c.id}
        node = c
        while node.parent is not None:
            if node.parent in seen:
                raise InputError(
                    f"criterion '{c.id}': the parent chain loops back through '{node.parent}'",
                    criterion=c.id,
                    field="parent",
                )
            seen.add(node.parent)
            node = by_id[node.parent]
    for c in criteria:
        if c.is_group and not any(o.parent == c.id for o in criteria):
            raise InputError(
                f"criteria group '{c.id}' has no criteria in it",
                criterion=c.id,
                field="parent",
            )
