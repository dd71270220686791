"""CSV project files (wide matrix or long one-value-per-row), Excel-friendly in both directions."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

from app.storage.document import ProjectDocument
from app.storage.formats.atomic import write_text_atomically
from app.storage.formats.csv_cells import Numbers, decode, keyword, sniff_delimiter, split_rows
from app.storage.formats.csv_read import META_ROWS, is_long, read_long, read_wide
from decision.errors import InputError


def read_csv(path: Path) -> ProjectDocument:
    """The project in a CSV file; its name is the file's stem (callers may rename it).

    Errors are one line naming the row (the 1-based line number) and the column header.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror}") from None
    text = decode(data)
    if not text.strip():
        raise InputError("the file is empty")
    delimiter = sniff_delimiter(text)
    rows = split_rows(text, delimiter)
    if not rows:
        raise InputError("the file is empty (only separators)")
    header = rows[0]
    numbers = Numbers(delimiter)
    if is_long(header):
        return read_long(rows, path.stem, numbers)
    if keyword(header.cells[0]) != "alternative":
        raise InputError(
            f"row {header.line}, column 1: the header starts with '{header.cells[0]}', not "
            "'alternative' (wide: alternative,<criterion id>,...; long: alternative,criterion,value)"
        )
    return read_wide(rows, path.stem, numbers)


def lost_parts(
    doc: ProjectDocument, *, sources: bool, descriptions: bool, units: bool = True
) -> list[str]:
    """What a flat format would drop from ``doc``, in words for an error message."""
    p = doc.problem
    lost = []
    if any(c.parent is not None or c.is_group for c in p.criteria):
        lost.append("criteria groups")
    if any(c.preference is not None for c in p.criteria):
        lost.append("preference functions")
    if not units and any(c.unit for c in p.criteria):
        lost.append("units")
    if not descriptions and (
        any(c.description for c in p.criteria) or any(a.description for a in p.alternatives)
    ):
        lost.append("descriptions of criteria or alternatives")
    if any(a.tags for a in p.alternatives):
        lost.append("alternative tags")
    if any(a.cost is not None for a in p.alternatives):
        lost.append("alternative costs")
    if not sources and doc.sources:
        lost.append("source notes")
    if doc.participants:
        lost.append("participants' judgments")
    if doc.scenarios:
        lost.append("scenarios")
    for label, text in (
        ("question", doc.question),
        ("project description", doc.description),
        ("owner", doc.owner),
    ):
        if text:
            lost.append(label)
    return lost


def write_csv(doc: ProjectDocument, path: Path) -> None:
    """Write the wide layout (the long one when there are source notes), UTF-8 with a BOM.

    Refuses a project that CSV cannot hold rather than dropping part of it.
    """
    lost = lost_parts(doc, sources=True, descriptions=False)
    if lost:
        raise InputError(
            f"a CSV file cannot hold the {', '.join(lost)} of this project; "
            "export to .xlsx or .json instead (nothing was written)"
        )
    crit_words = {keyword(c) for c in doc.problem.leaf_ids}
    rows = (
        _long_rows(doc) if doc.sources or {"criterion", "value"} <= crit_words else _wide_rows(doc)
    )
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    # The BOM makes Excel open the file as UTF-8; every reader here accepts it.
    write_text_atomically(path, "\ufeff" + out.getvalue())


def _number(x: float) -> str:
    return "" if math.isnan(x) else repr(float(x))


def _wide_rows(doc: ProjectDocument) -> list[list[str]]:
    p = doc.problem
    leaves = p.leaves
    # An alternative called 'weight' (say) reads as data only once every header row is there.
    clash = any(keyword(a) in META_ROWS for a in p.alternative_ids)
    names = any(a.label != a.id for a in p.alternatives) or keyword(leaves[0].id) == "name"
    lead = ["alternative", "name"] if names else ["alternative"]
    blank = [""] * (len(lead) - 1)
    rows = [lead + [c.id for c in leaves]]
    rows.append(["direction", *blank, *(c.direction for c in leaves)])
    if clash or any(c.label != c.id for c in leaves):
        rows.append(["name", *blank, *(c.label for c in leaves)])
    if clash or any(c.weight is not None for c in leaves):
        rows.append(
            ["weight", *blank, *("" if c.weight is None else repr(c.weight) for c in leaves)]
        )
    if clash or any(c.unit for c in leaves):
        rows.append(["unit", *blank, *(c.unit for c in leaves)])
    for a, values in zip(p.alternatives, p.matrix, strict=True):
        rows.append([a.id, *([a.label] if names else []), *(_number(v) for v in values)])
    return rows


def _long_rows(doc: ProjectDocument) -> list[list[str]]:
    p = doc.problem
    header = ["alternative", "name", "criterion", "criterion_name", "value", "direction"]
    header += ["weight", "unit", "source"]
    rows = [header]
    for a, values in zip(p.alternatives, p.matrix, strict=True):
        for c, v in zip(p.leaves, values, strict=True):
            weight = "" if c.weight is None else repr(c.weight)
            source = doc.sources.get((a.id, c.id), "")
            rows.append(
                [a.id, a.label, c.id, c.label, _number(v), c.direction, weight, c.unit, source]
            )
    return rows
