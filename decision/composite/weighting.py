"""Indicator and dimension weights: given, equal, budget points, AHP, entropy, CRITIC."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from decision.ahp import PairwiseMatrix, ahp_priorities
from decision.composite.data import Indicator
from decision.errors import InputError, MethodError

Array = npt.NDArray[np.float64]
WeightingMethod = Literal["given", "equal", "points", "ahp", "entropy", "critic"]
WEIGHTINGS: tuple[WeightingMethod, ...] = ("given", "equal", "points", "ahp", "entropy", "critic")


@dataclass(frozen=True)
class Hierarchy:
    """Dimensions and their indicator columns.

    Without any ``group`` every indicator is its own dimension (``grouped`` false);
    otherwise indicators sharing a group form one dimension, in order of first
    appearance, and an indicator without a group is a dimension of its own.
    """

    dimension_ids: tuple[str, ...]
    members: tuple[tuple[int, ...], ...]
    grouped: bool

    @property
    def owner(self) -> npt.NDArray[np.intp]:
        """Dimension number of each indicator column."""
        n = sum(len(m) for m in self.members)
        out = np.empty(n, dtype=np.intp)
        for g, cols in enumerate(self.members):
            out[list(cols)] = g
        return out


def build_hierarchy(indicators: Sequence[Indicator]) -> Hierarchy:
    """Group indicators into dimensions by their ``group`` field."""
    grouped = any(i.group for i in indicators)
    ids: list[str] = []
    members: dict[str, list[int]] = {}
    for j, ind in enumerate(indicators):
        key = ind.group if (grouped and ind.group) else ind.id
        if key not in members:
            if key in ids:
                raise InputError(
                    f"indicator '{ind.id}': group '{key}' has the same name as an indicator",
                    criterion=ind.id,
                )
            ids.append(key)
            members[key] = []
        members[key].append(j)
    return Hierarchy(tuple(ids), tuple(tuple(members[k]) for k in ids), grouped)


@dataclass(frozen=True)
class Weights:
    """Weights of the composite.

    ``indicator`` sums to 1 inside each dimension, ``dimension`` sums to 1, and
    ``global_weights`` = dimension weight x indicator weight (sums to 1). Without groups
    ``indicator`` is all ones and ``dimension`` equals the global weights.
    """

    method: WeightingMethod
    indicator: Array = field(compare=False, repr=False)
    dimension: Array = field(compare=False, repr=False)
    global_weights: Array = field(compare=False, repr=False)
    convention: str
    details: Mapping[str, Any] = field(default_factory=dict)


def split_global(global_weights: npt.ArrayLike, hierarchy: Hierarchy) -> tuple[Array, Array]:
    """(indicator-within-dimension, dimension) weights from global indicator weights."""
    w = np.asarray(global_weights, dtype=float)
    dim = np.array([w[list(cols)].sum() for cols in hierarchy.members])
    share = dim[hierarchy.owner]
    with np.errstate(divide="ignore", invalid="ignore"):
        inner = np.where(share > 0, w / share, 0.0)
    return inner, dim


def compute_weights(
    indicators: Sequence[Indicator],
    hierarchy: Hierarchy,
    method: str = "given",
    *,
    normalized: npt.ArrayLike | None = None,
    points: Mapping[str, float] | None = None,
    ahp: PairwiseMatrix | None = None,
    group_weights: Mapping[str, float] | None = None,
) -> Weights:
    """Weights of the indicators and dimensions.

    Parameters
    ----------
    indicators, hierarchy
        The indicators and their dimensions (:func:`build_hierarchy`).
    method : {"given", "equal", "points", "ahp", "entropy", "critic"}
        ``given``: each indicator's ``weight`` (None counts 1); ``points``: a budget of
        points per indicator (``points``, else the ``weight`` fields); ``ahp``: the
        priorities of a pairwise matrix over the indicator ids (engine AHP, principal
        eigenvector); ``entropy``/``critic``: objective weights of the normalized matrix
        (:func:`decision.weights.compute_weights`, every column already "higher is better").
    group_weights : mapping, optional
        Dimension weights by group id (normalised to sum 1); default equal. Ignored
        without groups, where the indicator weights are the global weights.

    Raises
    ------
    MethodError, InputError
        Unknown method, no AHP matrix or one over other items, all weights zero in a
        group, a negative or unknown group weight.
    """
    ids = [i.id for i in indicators]
    n = len(ids)
    details: dict[str, Any] = {}
    if method == "given":
        raw = np.array([1.0 if i.weight is None else i.weight for i in indicators])
        text = "given weights (an indicator without a weight counts 1)"
    elif method == "equal":
        raw = np.ones(n)
        text = "equal weights"
    elif method == "points":
        pts = dict(points or {})
        unknown = sorted(set(pts) - set(ids))
        if unknown:
            raise InputError(f"points: '{unknown[0]}' is not an indicator id", field="points")
        raw = np.array(
            [float(pts.get(i.id, 1.0 if i.weight is None else i.weight)) for i in indicators]
        )
        if (raw < 0).any():
            j = int(np.flatnonzero(raw < 0)[0])
            raise InputError(f"indicator '{ids[j]}': points must be >= 0", criterion=ids[j])
        text = (
            "budget allocation: points given to each indicator, divided by the total "
            f"({raw.sum():g} points)"
        )
    elif method == "ahp":
        if ahp is None:
            raise MethodError("AHP weights need a pairwise matrix of the indicators", field="ahp")
        if set(ahp.items) != set(ids):
            raise InputError(
                f"ahp: the pairwise matrix must compare exactly the indicators ({', '.join(ids)})",
                field="ahp",
            )
        res = ahp_priorities(ahp)
        wmap = res.weight_map()
        raw = np.array([wmap[i] for i in ids])
        details = {"cr": res.cr, "lambda_max": res.lambda_max, "ci": res.ci}
        text = (
            f"AHP: principal-eigenvector priorities of the indicators' pairwise matrix "
            f"(CR = {res.cr:.3f}, {res.random_index_table})"
        )
    elif method in ("entropy", "critic"):
        from decision.weights import compute_weights as objective

        if normalized is None:
            raise MethodError(f"{method} weights need the normalized matrix", field="weighting")
        y = np.asarray(normalized, dtype=float)
        wr = objective(y, method, ["benefit"] * n, criterion_ids=ids)
        raw = np.asarray(wr.weights, dtype=float)
        text = (
            f"objective {wr.conventions.method} of the normalized matrix (every indicator "
            "already oriented so higher is better)"
        )
        details = {"notes": list(wr.notes)}
    else:
        raise MethodError(
            f"weighting '{method}' is unknown; choose one of {', '.join(WEIGHTINGS)}",
            field="weighting",
        )
    if not hierarchy.grouped:
        if raw.sum() <= 0:
            raise MethodError("every indicator weight is 0", field="weights")
        glob = raw / raw.sum()
        inner = np.ones(n)
        dim = glob.copy()
        text += "; normalised to sum 1"
    else:
        inner = np.zeros(n)
        for g, cols in enumerate(hierarchy.members):
            total = raw[list(cols)].sum()
            if total <= 0:
                raise MethodError(
                    f"group '{hierarchy.dimension_ids[g]}': every indicator weight is 0",
                    field="weights",
                )
            inner[list(cols)] = raw[list(cols)] / total
        dim = _dimension_weights(hierarchy, group_weights)
        glob = dim[hierarchy.owner] * inner
        how = "given per group" if group_weights else "equal"
        text += f"; normalised to sum 1 inside each group; dimension weights {how}"
    for arr in (inner, dim, glob):
        arr.setflags(write=False)
    return Weights(method, inner, dim, glob, text, details)  # type: ignore[arg-type]


def _dimension_weights(hierarchy: Hierarchy, given: Mapping[str, float] | None) -> Array:
    k = len(hierarchy.dimension_ids)
    if not given:
        return np.full(k, 1.0 / k)
    unknown = sorted(set(given) - set(hierarchy.dimension_ids))
    if unknown:
        raise InputError(
            f"group_weights: '{unknown[0]}' is not a group ({', '.join(hierarchy.dimension_ids)})",
            field="group_weights",
        )
    w = np.array([float(given.get(d, 0.0)) for d in hierarchy.dimension_ids])
    missing = [d for d in hierarchy.dimension_ids if d not in given]
    if missing:
        raise InputError(
            f"group_weights: no weight for group '{missing[0]}'", field="group_weights"
        )
    if (w < 0).any() or w.sum() <= 0:
        raise InputError("group_weights: weights must be >= 0 and not all 0", field="group_weights")
    return np.asarray(w / w.sum(), dtype=float)
