"""Validation shared by the spatial methods: ids, positive masses and distance matrices."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.errors import InputError

Array = npt.NDArray[np.float64]


def describe(value: Any) -> str:
    """A short phrase for a value that is not a number: text, null, a list ..."""
    if value is None:
        return "missing (null)"
    if isinstance(value, bool):
        return "true/false, not a number"
    if isinstance(value, str):
        return f"text {value!r}, not a number"
    if isinstance(value, list | tuple | dict):
        return f"a {type(value).__name__}, not a number"
    return f"{value!r}, not a finite number"


def number(value: Any, where: str) -> float:
    """``value`` as a finite float, or an :class:`InputError` naming ``where``.

    Text is refused (no silent parsing of "1,5"): the files of these tools are JSON, where
    numbers are numbers, and a GUI converts its cells itself.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise InputError(f"{where}: {describe(value)}", field=where)
    x = float(value)
    if not math.isfinite(x):
        raise InputError(f"{where}: {describe(value)}", field=where)
    return x


def positive(value: Any, where: str, *, allow_zero: bool = False) -> float:
    """A finite number > 0 (or >= 0 with ``allow_zero``)."""
    x = number(value, where)
    if x < 0 or (x == 0 and not allow_zero):
        need = ">= 0" if allow_zero else "> 0"
        raise InputError(f"{where}: {x:g} must be {need}", field=where)
    return x


def ids(values: Sequence[Any], what: str) -> tuple[str, ...]:
    """Non-empty, unique ids (text or numbers turned into text)."""
    if isinstance(values, str) or not isinstance(values, Sequence) or len(values) == 0:
        raise InputError(f"{what}s: expected a non-empty list", field=what)
    out: list[str] = []
    for k, v in enumerate(values, start=1):
        if isinstance(v, bool) or not isinstance(v, str | int):
            raise InputError(f"{what} {k}: the id must be text, got {describe(v)}", row=k)
        text = str(v).strip()
        if not text:
            raise InputError(f"{what} {k}: the id is empty", row=k)
        if text in out:
            raise InputError(f"{what} '{text}': the id appears twice", field=what)
        out.append(text)
    return tuple(out)


def vector(
    values: Sequence[Any] | Array,
    labels: Sequence[str],
    what: str,
    quantity: str,
    *,
    allow_zero: bool = False,
) -> Array:
    """One positive number per labelled item, e.g. the attractiveness of every centre."""
    if len(values) != len(labels):
        raise InputError(f"{quantity}: {len(values)} values for {len(labels)} {what}s")
    return np.array(
        [
            positive(v, f"{what} '{label}', {quantity}", allow_zero=allow_zero)
            for v, label in zip(values, labels, strict=True)
        ],
        dtype=np.float64,
    )


def distances(
    matrix: Sequence[Sequence[Any]] | Array,
    row_ids: Sequence[str],
    col_ids: Sequence[str],
    row_what: str,
    col_what: str,
) -> Array:
    """An origins x destinations matrix of distances (or times), every entry > 0."""
    rows = _rows(matrix, len(row_ids), row_what)
    out = np.empty((len(row_ids), len(col_ids)), dtype=np.float64)
    for i, (row, rid) in enumerate(zip(rows, row_ids, strict=True)):
        if _len(row) != len(col_ids):
            raise InputError(
                f"distance row of {row_what} '{rid}': {_len(row)} values for "
                f"{len(col_ids)} {col_what}s",
                field="distance",
            )
        for j, cid in enumerate(col_ids):
            out[i, j] = positive(row[j], f"distance from {row_what} '{rid}' to {col_what} '{cid}'")
    return out


def square_distances(
    matrix: Sequence[Sequence[Any]] | Array, labels: Sequence[str], what: str
) -> Array:
    """A symmetric distance matrix between places: zero diagonal, off-diagonal > 0."""
    n = len(labels)
    rows = _rows(matrix, n, what)
    out = np.zeros((n, n), dtype=np.float64)
    for i, (row, a) in enumerate(zip(rows, labels, strict=True)):
        if _len(row) != n:
            raise InputError(
                f"distance row of {what} '{a}': {_len(row)} values for {n} {what}s "
                "(the matrix must be square)",
                field="distance",
            )
        for j, b in enumerate(labels):
            if i == j:
                d = number(row[j], f"distance from {what} '{a}' to itself")
                if d != 0:
                    raise InputError(f"distance from {what} '{a}' to itself: {d:g} must be 0")
            else:
                out[i, j] = positive(row[j], f"distance from {what} '{a}' to {what} '{b}'")
    for i in range(n):
        for j in range(i + 1, n):
            if not math.isclose(out[i, j], out[j, i], rel_tol=1e-9, abs_tol=1e-12):
                raise InputError(
                    f"distance between {what}s '{labels[i]}' and '{labels[j]}': "
                    f"{out[i, j]:g} one way, {out[j, i]:g} the other (must be symmetric)"
                )
    return out


def _len(row: Any) -> int:
    if isinstance(row, str) or not hasattr(row, "__len__"):
        return -1
    return len(row)


def _rows(matrix: Any, n: int, what: str) -> Sequence[Any]:
    if isinstance(matrix, np.ndarray):
        if matrix.ndim != 2:
            raise InputError(
                f"distance: expected a matrix (rows of numbers), got {matrix.ndim} dimension(s)"
            )
        matrix = list(matrix)
    if isinstance(matrix, str) or not isinstance(matrix, Sequence):
        raise InputError(f"distance: expected a list of rows, got {describe(matrix)}")
    if len(matrix) != n:
        raise InputError(f"distance: {len(matrix)} rows for {n} {what}s", field="distance")
    for k, row in enumerate(matrix):
        if _len(row) < 0:
            raise InputError(
                f"distance row {k + 1}: expected a list of numbers, got {describe(row)}"
            )
    return matrix
