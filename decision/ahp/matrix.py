"""Reciprocal pairwise comparison matrices built from a full matrix or from judgments."""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.errors import AHPError

Array = npt.NDArray[np.float64]

# Relative tolerance for a_ij * a_ji == 1 and a_ii == 1; typed-in reciprocals such as
# 0.333 fail it on purpose (write 1/3 as 0.3333333 or give one triangle only).
RECIPROCAL_TOLERANCE = 1e-6


@dataclass(frozen=True)
class PairwiseMatrix:
    """A positive reciprocal matrix over named items; NaN marks a pair not judged.

    ``values[i, j]`` says how many times item i is as important as item j, and
    ``values[j, i] == 1 / values[i, j]`` exactly. Build it with :func:`from_matrix`
    or :func:`from_judgments`, which check the input and name the pair at fault.
    """

    items: tuple[str, ...]
    values: Array = field(compare=False, repr=False)
    where: str = ""

    @property
    def n(self) -> int:
        return len(self.items)

    @property
    def missing(self) -> npt.NDArray[np.bool_]:
        """True where a pair was not judged (symmetric, never on the diagonal)."""
        return np.isnan(self.values)

    @property
    def is_complete(self) -> bool:
        return not bool(self.missing.any())

    def known_pairs(self) -> list[tuple[int, int]]:
        """Index pairs (i, j), i < j, that carry a judgment."""
        known = ~self.missing
        return [(i, j) for i in range(self.n) for j in range(i + 1, self.n) if known[i, j]]

    def with_value(self, i: int, j: int, value: float) -> PairwiseMatrix:
        """A copy with ``a_ij = value`` and ``a_ji = 1 / value`` (no other check)."""
        v = np.array(self.values, copy=True)
        v[i, j] = value
        v[j, i] = 1.0 / value
        v.setflags(write=False)
        return PairwiseMatrix(self.items, v, self.where)


def _prefix(where: str) -> str:
    return f"{where}: " if where else ""


def _pair(items: Sequence[str], i: int, j: int) -> str:
    return f"pair '{items[i]}' / '{items[j]}'"


def check_items(items: Iterable[object], *, where: str = "") -> tuple[str, ...]:
    """Return the item names as a tuple after checking they are non-empty, unique text."""
    out: list[str] = []
    for k, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise AHPError(
                f"{_prefix(where)}items[{k}]: expected a non-empty name, got {item!r}",
                row=k,
                field="items",
            )
        if item in out:
            raise AHPError(f"{_prefix(where)}items: '{item}' appears twice", row=k, field="items")
        out.append(item)
    if not out:
        raise AHPError(f"{_prefix(where)}items: the list is empty", field="items")
    return tuple(out)


def from_matrix(items: Sequence[str], matrix: npt.ArrayLike, *, where: str = "") -> PairwiseMatrix:
    """Check a full pairwise matrix and return it as a :class:`PairwiseMatrix`.

    Parameters
    ----------
    items : sequence of str
        Names of the rows (and columns), unique.
    matrix : array_like
        n x n positive ratios; NaN (JSON null) marks a pair not judged. When only one
        of ``a_ij`` and ``a_ji`` is given, the other is taken as its reciprocal, so the
        upper triangle alone is enough. Any positive ratio is accepted, not only Saaty's
        integers (group geometric means are not integers).
    where : str, optional
        Prefix for error messages, e.g. ``"pairwise.criteria"``.

    Returns
    -------
    PairwiseMatrix
        The upper triangle as given and the lower triangle its exact reciprocals.

    Raises
    ------
    AHPError
        Not square, a value that is zero, negative or infinite, a diagonal entry other
        than 1, or a pair whose two entries are not reciprocal (within 1e-6 relative).
    """
    names = check_items(items, where=where)
    n = len(names)
    try:
        a = np.array(matrix, dtype=float)
    except (TypeError, ValueError):
        raise AHPError(
            f"{_prefix(where)}matrix: expected {n} x {n} numbers (one row and column per item)",
            field="matrix",
        ) from None
    if a.ndim != 2 or a.shape != (n, n):
        shape = " x ".join(str(s) for s in a.shape) if a.ndim else "a single value"
        raise AHPError(
            f"{_prefix(where)}matrix is {shape}, expected {n} x {n} (one row and column per item)",
            field="matrix",
        )
    for i in range(n):
        d = a[i, i]
        if not (math.isfinite(d) and abs(d - 1.0) <= RECIPROCAL_TOLERANCE):
            raise AHPError(
                f"{_prefix(where)}item '{names[i]}': diagonal entry is {d:g}, must be 1 "
                "(an item compared with itself)",
                row=i,
                field="matrix",
            )
    out = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            out[i, j], out[j, i] = _reciprocal_pair(names, i, j, a[i, j], a[j, i], where)
    out.setflags(write=False)
    return PairwiseMatrix(names, out, where)


def _reciprocal_pair(
    names: Sequence[str], i: int, j: int, aij: float, aji: float, where: str
) -> tuple[float, float]:
    pair = f"{_prefix(where)}{_pair(names, i, j)}"
    for value, (r, c) in ((aij, (i, j)), (aji, (j, i))):
        if math.isnan(value):
            continue
        if not math.isfinite(value) or value <= 0:
            raise AHPError(
                f"{pair}: value {value:g} at row '{names[r]}', column '{names[c]}' is not "
                "allowed, judgments must be positive finite ratios",
                row=r,
                field="matrix",
            )
    if math.isnan(aij) and math.isnan(aji):
        return math.nan, math.nan
    if math.isnan(aji):
        return aij, 1.0 / aij
    if math.isnan(aij):
        return 1.0 / aji, aji
    if abs(aij * aji - 1.0) > RECIPROCAL_TOLERANCE:
        raise AHPError(
            f"{pair}: not reciprocal, row '{names[i]}' says {aij:g} but row '{names[j]}' "
            f"says {aji:g} (expected {1.0 / aij:.6g})",
            row=i,
            field="matrix",
        )
    return aij, 1.0 / aij


def from_judgments(
    items: Sequence[str],
    judgments: Iterable[Sequence[Any]],
    *,
    where: str = "",
) -> PairwiseMatrix:
    """Build a pairwise matrix from judgments ``(a, b, v)``: "a is v times as important as b".

    Parameters
    ----------
    items : sequence of str
        All items being compared; pairs without a judgment stay missing (NaN) and are
        completed later (Harker 1987) if the judgments connect all items.
    judgments : iterable of (str, str, float)
        Each pair at most once, in either direction.
    where : str, optional
        Prefix for error messages.

    Returns
    -------
    PairwiseMatrix

    Raises
    ------
    AHPError
        An unknown item, an item compared with itself, a value that is not a positive
        finite number, or a pair judged twice (whether the values agree or contradict).
    """
    names = check_items(items, where=where)
    index = {name: k for k, name in enumerate(names)}
    n = len(names)
    values = np.full((n, n), np.nan)
    np.fill_diagonal(values, 1.0)
    seen: dict[frozenset[Any], tuple[int, float, Any]] = {}
    for k, judgment in enumerate(judgments):
        label = f"{_prefix(where)}judgment {k + 1}"
        try:
            a, b, v = judgment
        except (TypeError, ValueError):
            raise AHPError(
                f"{label}: expected [a, b, value], got {judgment!r}", row=k, field="judgments"
            ) from None
        for name in (a, b):
            if name not in index:
                raise AHPError(
                    f"{label}, pair '{a}' / '{b}': item '{name}' is not one of the items "
                    f"{', '.join(repr(x) for x in names)}",
                    row=k,
                    field="judgments",
                )
        if a == b:
            raise AHPError(
                f"{label}: '{a}' is compared with itself (only pairs of different items "
                "are judged)",
                row=k,
                field="judgments",
            )
        if isinstance(v, bool) or not isinstance(v, numbers.Real):
            raise AHPError(
                f"{label}, pair '{a}' / '{b}': value {v!r} is not a number",
                row=k,
                field="judgments",
            )
        value = float(v)
        if not math.isfinite(value) or value <= 0:
            raise AHPError(
                f"{label}, pair '{a}' / '{b}': value {value:g} is not allowed, judgments must be "
                "positive finite ratios",
                row=k,
                field="judgments",
            )
        key = frozenset((a, b))
        if key in seen:
            first, old, old_a = seen[key]
            same = old if old_a == a else 1.0 / old
            verdict = (
                "with the same value"
                if abs(same / value - 1.0) <= RECIPROCAL_TOLERANCE
                else f"with contradicting values ({a} over {b}: {same:g} vs {value:g})"
            )
            raise AHPError(
                f"{_prefix(where)}pair '{a}' / '{b}' is judged twice (judgments {first + 1} "
                f"and {k + 1}) {verdict}; keep one",
                row=k,
                field="judgments",
            )
        seen[key] = (k, value, a)
        i, j = index[a], index[b]
        values[i, j] = value
        values[j, i] = 1.0 / value
    values.setflags(write=False)
    return PairwiseMatrix(names, values, where)


def consistent_matrix(weights: npt.ArrayLike) -> Array:
    """The perfectly consistent matrix ``a_ij = w_i / w_j`` of positive weights."""
    w = np.asarray(weights, dtype=float)
    out: Array = np.outer(w, 1.0 / w)
    return out
