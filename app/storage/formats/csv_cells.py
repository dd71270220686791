"""CSV text as located rows: encoding and delimiter detection, numbers with one decimal mark."""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from dataclasses import dataclass

from decision.errors import InputError

EXCEL_HINT = "save it as 'CSV UTF-8' in Excel"
DELIMITERS = (",", ";", "\t")
_NUMBER = re.compile(r"[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][+-]?[0-9]+)?")
_NOT_FINITE = {"nan", "inf", "infinity"}
_MARK_NAME = {".": "point", ",": "comma"}


@dataclass(frozen=True)
class Row:
    """One CSV record: ``line`` is the 1-based line where it starts, cells stripped of spaces."""

    line: int
    cells: tuple[str, ...]


def decode(data: bytes) -> str:
    """UTF-8 text with or without a BOM, or UTF-16 with a BOM; anything else is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"broken UTF-16 text; {EXCEL_HINT}") from None
        if "\x00" in text:
            raise InputError(f"not UTF-8 or UTF-16 text (NUL characters); {EXCEL_HINT}")
        return text
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError(
            f"not UTF-8 text (line {line}, NUL bytes: UTF-16 without a byte-order mark?); "
            f"{EXCEL_HINT}"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not UTF-8 text (line {line}, byte 0x{data[exc.start]:02x}); {EXCEL_HINT}"
        ) from None


def sniff_delimiter(text: str) -> str:
    """The delimiter used most often outside quotes in the first line; a comma on a tie."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            break
        elif ch in counts and not quoted:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])  # max keeps the first of equals: ','
    return best


def split_rows(text: str, delimiter: str) -> list[Row]:
    """Records with the line each starts on; rows whose cells are all blank are left out."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[Row] = []
    start = 1
    try:
        for record in reader:
            cells = tuple(c.strip() for c in record)
            if any(cells):
                rows.append(Row(start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"row {start}: broken CSV quoting ({exc})") from None
    return rows


def keyword(cell: str) -> str:
    """A header or row label compared case-insensitively; plural and spacing tolerated."""
    word = " ".join(cell.replace("_", " ").split()).lower()
    return {
        "alternatives": "alternative",
        "criteria": "criterion",
        "values": "value",
        "directions": "direction",
        "weights": "weight",
        "units": "unit",
        "names": "name",
        "sources": "source",
        "criterion name": "criterion name",
    }.get(word, word)


class Numbers:
    """Parses number cells; a file uses one decimal mark, never thousands separators.

    A comma is a decimal mark only when the cells are not separated by commas (European
    Excel writes ``12,5`` with ``;`` between cells). Once a cell shows which mark the file
    uses, a cell with the other one is refused rather than guessed.
    """

    def __init__(self, delimiter: str) -> None:
        self.comma_allowed = delimiter != ","
        self.mark: str | None = None
        self.mark_at = ""

    def parse(self, text: str, where: str) -> float:
        t = text.strip()
        if t.lower().lstrip("+-") in _NOT_FINITE:
            raise InputError(
                f"{where}: '{t}' is not a finite number (leave the cell empty for a missing value)"
            )
        if "." in t and "," in t:
            raise InputError(
                f"{where}: '{t}' has a thousands separator; write numbers without them "
                "(1234.5 or 1234,5)"
            )
        if not _NUMBER.fullmatch(t):
            raise InputError(f"{where}: '{t}' is not a number")
        mark = "," if "," in t else "." if "." in t else None
        if mark == "," and not self.comma_allowed:
            raise InputError(
                f"{where}: '{t}' has a decimal comma in a comma-separated file; "
                "write 12.5, or separate the cells with ';'"
            )
        if mark is not None:
            if self.mark is None:
                self.mark, self.mark_at = mark, where
            elif mark != self.mark:
                raise InputError(
                    f"{where}: '{t}' has a decimal {_MARK_NAME[mark]} but {self.mark_at} has a "
                    f"decimal {_MARK_NAME[self.mark]}; use one decimal mark and no thousands "
                    "separators"
                )
        value = float(t.replace(",", "."))
        if not math.isfinite(value):
            raise InputError(f"{where}: '{t}' is not a finite number (too large)")
        return value
