"""Opening an .xlsx workbook safely and turning its cells into plain values with Excel locations."""

from __future__ import annotations

import datetime as dt
import math
import re
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import get_column_letter

from decision.errors import InputError

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls files
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")
_NOT_FINITE = {"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


@dataclass(frozen=True)
class CellError:
    """A cell showing an Excel error such as #DIV/0!."""

    code: str


@dataclass(frozen=True)
class UnsavedFormula:
    """A formula cell whose value Excel never saved (files written by other programs)."""


Value = (
    object  # None, str, int, float, bool, datetime/date/time/timedelta, CellError, UnsavedFormula
)
Where = Callable[[], str]  # a location built only when an error needs it


def normal(label: object) -> str:
    """A header or sheet name compared case-insensitively, tolerant of spaces and underscores."""
    return " ".join(str(label).replace("_", " ").split()).lower() if label is not None else ""


def fixed(where: str) -> Where:
    return lambda: where


def is_blank(value: Value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True)
class Sheet:
    """One worksheet as rows of values; ``rows[0]`` is Excel's row 1."""

    title: str
    rows: list[tuple[Value, ...]]

    def where(self, row: int, col: int | None = None, header: str = "") -> str:
        """'sheet 'X', row 5, column C (jobs)': ``row`` is Excel's (1-based), ``col`` 0-based."""
        text = f"sheet '{self.title}', row {row}"
        if col is not None:
            text += f", column {get_column_letter(col + 1)}"
            if header:
                text += f" ({header})"
        return text

    def header(self, col: int) -> str:
        head = self.rows[0] if self.rows else ()
        value = head[col] if col < len(head) else None
        return "" if value is None else str(value).strip()

    def value(self, row: int, col: int) -> Value:
        cells = self.rows[row - 1]
        return cells[col] if col < len(cells) else None

    def data_rows(self) -> Iterator[int]:
        """Excel row numbers below the header that hold anything."""
        for k in range(1, len(self.rows)):
            if not all(is_blank(v) for v in self.rows[k]):
                yield k + 1


class Table:
    """A sheet whose row 1 names its columns, read cell by cell with located errors."""

    def __init__(self, sheet: Sheet, required: Sequence[str], known: Sequence[str]) -> None:
        self.sheet = sheet
        self.columns: dict[str, int] = {}
        for col, raw in enumerate(sheet.rows[0] if sheet.rows else ()):
            key = normal(raw)
            if key not in known:
                continue  # a column of the user's own notes
            if key in self.columns:
                first = get_column_letter(self.columns[key] + 1)
                raise InputError(
                    f"{sheet.where(1, col, str(raw).strip())}: a second '{key}' column "
                    f"(the first is column {first})"
                )
            self.columns[key] = col
        for key in required:
            if key not in self.columns:
                raise InputError(
                    f"sheet '{sheet.title}': no column '{key}' in row 1 (the header row)"
                )

    def where(self, row: int, key: str) -> str:
        col = self.columns[key]
        return self.sheet.where(row, col, self.sheet.header(col))

    def raw(self, row: int, key: str) -> Value:
        if key not in self.columns:
            return None
        return self.sheet.value(row, self.columns[key])

    def text(self, row: int, key: str, *, strip: bool = True, required: bool = False) -> str:
        value = self.raw(row, key)
        text = "" if value is None else as_text(value, lambda: self.where(row, key))
        if strip:
            text = text.strip()
        if required and not text.strip():
            raise InputError(f"{self.where(row, key)}: is blank")
        return text

    def number(self, row: int, key: str, *, required: bool = False) -> float | None:
        value = self.raw(row, key)
        num = None if is_blank(value) else as_number(value, lambda: self.where(row, key))
        if num is None and required:
            raise InputError(f"{self.where(row, key)}: is blank; type a number")
        return num


def as_text(value: Value, where: Where) -> str:
    """The text of a cell: numbers as typed, dates in ISO form; TRUE/FALSE and errors refused."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise InputError(f"{where()}: {str(value).upper()} is not text")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    _refuse(value, where)
    return str(value)


def as_number(value: Value, where: Where) -> float:
    """A finite number from a number cell or from text such as '12,5' or '1 234.5'."""
    if isinstance(value, bool):
        raise InputError(f"{where()}: {str(value).upper()} is not a number")
    if isinstance(value, int | float):
        try:
            num = float(value)
        except OverflowError:
            num = math.inf
        if math.isnan(num):
            raise InputError(f"{where()}: NaN is not a number; leave the cell blank instead")
        if math.isinf(num):
            raise InputError(f"{where()}: the number is too large (beyond ±1.8e308)")
        return num
    if isinstance(value, str):
        return _parse_number(value, where)
    if isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
        raise InputError(f"{where()}: is a date or time, not a number (format the cell as Number)")
    _refuse(value, where)
    raise InputError(f"{where()}: {value!r} is not a number")  # pragma: no cover


def _parse_number(text: str, where: Where) -> float:
    compact = _SPACES.sub("", text)
    if compact.lower() in _NOT_FINITE:
        raise InputError(
            f"{where()}: '{text.strip()}' is not a finite number; leave the cell blank "
            "for a missing value"
        )
    if not _NUMBER.fullmatch(compact) or ("," in compact and "." in compact):
        raise InputError(f"{where()}: '{_short(text)}' is not a number")
    num = float(compact.replace(",", "."))
    if not math.isfinite(num):
        raise InputError(f"{where()}: '{compact}' is too large to be a number")
    return num


def _refuse(value: Value, where: Where) -> None:
    if isinstance(value, CellError):
        raise InputError(
            f"{where()}: the cell shows the Excel error {value.code}; fix the formula or "
            "type the value"
        )
    if isinstance(value, UnsavedFormula):
        raise InputError(
            f"{where()}: has a formula without a saved value; open and save it in Excel"
        )


def _short(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= 40 else one_line[:37] + "..."


# -- loading ----------------------------------------------------------------------------------
def load_sheets(path: Path, wanted: Sequence[str]) -> dict[str, Sheet]:
    """The sheets whose normalised names are in ``wanted``, keyed by normalised name.

    Every problem with the file itself (empty, not a zip, encrypted, damaged XML) becomes
    an ``InputError``; nothing else escapes.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}") from None
    if not head:
        raise InputError("is empty (0 bytes); it is not an Excel workbook")
    if head.startswith(_OLE_MAGIC):
        raise InputError(
            "is password-protected or an old Excel 97-2003 (.xls) file; in Excel remove the "
            "password (File > Info > Protect Workbook) and save it as an .xlsx workbook"
        )
    if not head.startswith(b"PK"):
        raise InputError(
            "not a readable Excel .xlsx workbook: it is not a zip archive (a CSV or text "
            "file renamed to .xlsx?)"
        )
    try:
        values = _read(path, wanted, data_only=True)
        formulas = _read(path, wanted, data_only=False)
    except InputError:
        raise
    except Exception as exc:  # openpyxl, zipfile and the XML parser raise many kinds
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:160]
        raise InputError(f"not a readable Excel .xlsx workbook: {detail}") from None
    for key, sheet in values.items():
        marks = formulas[key].rows
        for r, row in enumerate(sheet.rows):
            if r < len(marks) and any(isinstance(v, UnsavedFormula) for v in marks[r]):
                sheet.rows[r] = tuple(
                    UnsavedFormula()
                    if v is None and c < len(marks[r]) and isinstance(marks[r][c], UnsavedFormula)
                    else v
                    for c, v in enumerate(row)
                )
    return values


def _read(path: Path, wanted: Sequence[str], *, data_only: bool) -> dict[str, Sheet]:
    from openpyxl import load_workbook

    out: dict[str, Sheet] = {}
    with open(path, "rb") as fh, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
        wb = load_workbook(fh, read_only=True, data_only=data_only)
        try:
            for title in wb.sheetnames:
                key = normal(title)
                if key not in wanted or key in out:
                    continue
                ws = wb[title]
                ws.reset_dimensions()
                rows: list[tuple[Value, ...]] = []
                for cells in ws.iter_rows():
                    rows.append(tuple(_value(c, data_only) for c in cells))
                out[key] = Sheet(title, rows)
        finally:
            wb.close()
    return out


def _value(cell: object, data_only: bool) -> Value:
    kind = getattr(cell, "data_type", "n")
    value: Value = getattr(cell, "value", None)
    if not data_only:
        return UnsavedFormula() if kind == "f" else None
    if kind == "e":
        return CellError(str(value))
    return value
