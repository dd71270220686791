"""Central-place functional index (Davies 1967): location coefficients weight each outlet."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from decision.errors import InputError
from decision.network.checks import Array, vector


@dataclass(frozen=True)
class FunctionalIndex:
    """Davies' functional index of every town.

    ``coefficients[t]`` = 100 / total outlets of function t (the location coefficient C);
    ``contributions[i, t]`` = outlets of t in town i x C_t; ``index[i]`` = the row sum.
    Over all towns the indices add up to 100 x the number of functions.
    """

    town_ids: tuple[str, ...]
    function_ids: tuple[str, ...]
    outlets: Array
    coefficients: Array
    contributions: Array
    index: Array

    def index_map(self) -> dict[str, float]:
        return dict(zip(self.town_ids, map(float, self.index), strict=True))

    def coefficient_map(self) -> dict[str, float]:
        return dict(zip(self.function_ids, map(float, self.coefficients), strict=True))


def functional_index(
    town_ids: Sequence[str], functions: Mapping[str, Sequence[Any] | Array]
) -> FunctionalIndex:
    """Location coefficients and functional indices (Davies 1967).

    Parameters
    ----------
    town_ids
        The towns, in the order of every function's outlet counts.
    functions
        ``{function: [outlets in town 1, outlets in town 2, ...]}``; counts >= 0 and
        every function present somewhere (a function with no outlet has no coefficient).
    """
    if not functions:
        raise InputError("functions: give at least one function with its outlets per town")
    names = tuple(str(k) for k in functions)
    cols = []
    for name, counts in zip(names, functions.values(), strict=True):
        if isinstance(counts, str) or not hasattr(counts, "__len__"):
            raise InputError(f"function '{name}': expected a list of outlet counts per town")
        col = vector(counts, town_ids, "town", f"outlets of '{name}'", allow_zero=True)
        if col.sum() <= 0:
            raise InputError(f"function '{name}': no town has an outlet (total must be > 0)")
        cols.append(col)
    outlets = np.column_stack(cols)
    coef = 100.0 / outlets.sum(axis=0)
    contrib = outlets * coef
    return FunctionalIndex(tuple(town_ids), names, outlets, coef, contrib, contrib.sum(axis=1))
