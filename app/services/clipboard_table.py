"""Tab-separated blocks from and to spreadsheets (Excel, LibreOffice): numbers, headers, no widgets."""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Collection, Sequence

import numpy as np
import numpy.typing as npt

from app.i18n import tr
from decision.errors import InputError

_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_THOUSANDS_COMMA = re.compile(r"[+-]?\d{1,3}(,\d{3}){2,}")
_THOUSANDS_DOT = re.compile(r"[+-]?\d{1,3}(\.\d{3}){2,}")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")  # thousands separators seen in locales


def parse_number(text: str) -> float:
    """A number as people type or copy it: ``12.5``, ``12,5``, ``1 234,5``, ``1.234,5``;
    empty text is a missing value (NaN). Raises ``ValueError`` for anything else."""
    s = text.strip().replace("\u2212", "-").translate(_SPACES)
    if not s:
        return math.nan
    if "," in s and "." in s:  # the later one is the decimal separator, the other groups
        point, group = (",", ".") if s.rfind(",") > s.rfind(".") else (".", ",")
        whole, _, fraction = s.rpartition(point)
        if not re.fullmatch(rf"[+-]?\d{{1,3}}(\{group}\d{{3}})*", whole):
            raise ValueError(f"{text.strip()!r} is not a number")
        s = f"{whole.replace(group, '')}.{fraction}"
    elif _THOUSANDS_COMMA.fullmatch(s):
        s = s.replace(",", "")
    elif _THOUSANDS_DOT.fullmatch(s):
        s = s.replace(".", "")
    elif s.count(",") == 1:
        s = s.replace(",", ".")
    if not _NUMBER.fullmatch(s):
        raise ValueError(f"{text.strip()!r} is not a number")
    return float(s)


def parse_cell(text: str, where: str) -> float | None:
    """A cell typed into a page: :func:`parse_number`, with empty text as ``None`` (missing,
    never zero) and an :class:`InputError` naming ``where`` for text or an infinite value."""
    if not str(text).strip():
        return None
    try:
        value = parse_number(str(text))
    except ValueError:
        raise InputError(
            tr("{where}: '{text}' is not a number").format(where=where, text=str(text).strip())
        ) from None
    if not math.isfinite(value):
        raise InputError(
            tr("{where}: '{text}' is not a finite number; leave it empty").format(
                where=where, text=str(text).strip()
            )
        )
    return value


def _is_number(text: str) -> bool:
    try:
        parse_number(text)
    except ValueError:
        return False
    return True


def _is_header(cells: Sequence[str], known: set[str]) -> bool:
    """Labels, not values: some text, and either no numbers at all or a known name."""
    texts = [c for c in cells if c.strip() and not _is_number(c)]
    if not texts:
        return False
    numbers = [c for c in cells if c.strip() and _is_number(c)]
    return not numbers or any(c.strip().casefold() in known for c in texts)


def parse_tsv(
    text: str, column_names: Collection[str] = (), row_names: Collection[str] = ()
) -> tuple[list[str] | None, list[str] | None, npt.NDArray[np.float64]]:
    """Split copied cells into (header row or None, header column or None, values).

    A first row (column) is a header when it holds text and no numbers, or text naming one
    of ``column_names`` (``row_names``), compared without case. Empty cells are NaN. Errors
    name the cell by its row and column in the copied text, counted from 1.
    """
    body = text[:-1] if text.endswith("\n") else text
    body = body[:-1] if body.endswith("\r") else body
    rows = [list(r) for r in csv.reader(io.StringIO(body, newline=""), dialect="excel-tab")]
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    if not rows:
        raise InputError(tr("the clipboard holds no cells to paste"))
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    cols_known = {n.strip().casefold() for n in column_names}
    rows_known = {n.strip().casefold() for n in row_names}

    # the first cell may be the corner above a column of names, so it counts only by name
    first = rows[0][1:] if width > 1 else rows[0]
    has_header_row = _is_header(first, cols_known) or (
        bool(cols_known) and _is_header(rows[0], cols_known)
    )
    below = rows[1:] if has_header_row else rows
    has_header_col = width > 1 and _is_header([r[0] for r in below], rows_known)
    top, left = int(has_header_row), int(has_header_col)

    header_row = rows[0][left:] if has_header_row else None
    header_col = [r[0] for r in rows[top:]] if has_header_col else None
    values = np.full((len(rows) - top, width - left), np.nan)
    for i, row in enumerate(rows[top:]):
        for j, cell in enumerate(row[left:]):
            try:
                values[i, j] = parse_number(cell)
            except ValueError:
                raise InputError(
                    tr(
                        "row {row}, column {column} of the copied cells: {text} is not a number"
                    ).format(row=i + top + 1, column=j + left + 1, text=repr(cell.strip())),
                    row=i + top,
                ) from None
    if values.size == 0:
        raise InputError(tr("the copied cells hold only labels, no values to paste"))
    return header_row, header_col, values


def format_number(value: float) -> str:
    """Shortest text that reads back as the same float, with a decimal point; NaN is empty."""
    if math.isnan(value):
        return ""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def display_number(value: float, group: bool = True) -> str:
    """:func:`format_number` for people: the same digits in the interface locale ("3,75" and
    "1.234" in German; with ``group=False`` no group separators, as an editor starts with).
    Both forms read back with :func:`parse_number`."""
    if math.isnan(value):
        return ""
    text = format_number(value)
    if not re.fullmatch(r"-?\d+(\.\d+)?", text):  # 1e-07, inf: rare, kept as they are
        from app.i18n import decimal_point

        return text.replace(".", decimal_point())
    from app.i18n import number

    decimals = len(text.partition(".")[2])
    return number(value, decimals, group=group)


def to_tsv(
    matrix: npt.ArrayLike,
    row_labels: Sequence[str] | None = None,
    column_labels: Sequence[str] | None = None,
) -> str:
    """Cells as tab-separated lines (decimal point, empty for missing), optionally labelled."""
    m = np.asarray(matrix, dtype=float)
    if m.ndim != 2:
        raise InputError(tr("a table has two dimensions, this one has {n}").format(n=m.ndim))
    lines: list[list[str]] = []
    if column_labels is not None:
        lines.append(([""] if row_labels is not None else []) + list(column_labels))
    for i, row in enumerate(m):
        cells = [format_number(v) for v in row]
        lines.append(([row_labels[i]] if row_labels is not None else []) + cells)
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel-tab", lineterminator="\n")
    writer.writerows(lines)
    return out.getvalue()
