"""Excel workbooks (.xlsx): read a project sheet by sheet, with errors naming sheet, row and column."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import numpy as np
from openpyxl.utils import get_column_letter

from app.storage.document import ProjectDocument
from app.storage.formats.excel_cells import (
    Sheet,
    Table,
    as_number,
    as_text,
    fixed,
    is_blank,
    load_sheets,
    normal,
)
from app.storage.formats.excel_layout import (
    ALL_SHEETS,
    ALTERNATIVE_COLUMN,
    ALTERNATIVES,
    COLUMNS,
    CRITERIA,
    DEFAULT_NAME,
    JUDGMENTS,
    PERFORMANCE,
    PROJECT,
    PROJECT_FIELDS,
    REQUIRED,
    SCENARIO_WEIGHTS,
    SCENARIOS,
    SOURCES,
)
from app.storage.formats.excel_optional import participants, scenarios, sources
from app.storage.formats.excel_write import write_template, write_xlsx
from decision.errors import InputError
from decision.problem import (
    PREFERENCE_FUNCTIONS,
    Alternative,
    Criterion,
    Preference,
    PreferenceFunction,
    Problem,
    parse_direction,
)

__all__ = ["read_xlsx", "write_template", "write_xlsx"]

_YES = {"yes", "y", "true", "1", "x", "group"}
_NO = {"no", "n", "false", "0", ""}


def read_xlsx(path: Path) -> ProjectDocument:
    """Read a workbook laid out as ``write_xlsx`` writes it; raises only ``InputError``.

    Sheets are found by name and columns by their header in row 1 (any case, any order);
    other sheets and columns are left alone, so users may keep notes beside the data.
    """
    sheets = load_sheets(path, [normal(s) for s in ALL_SHEETS])
    for needed in (CRITERIA, ALTERNATIVES, PERFORMANCE):
        if normal(needed) not in sheets:
            raise InputError(f"the workbook has no sheet '{needed}'")
    project = _project(sheets.get(normal(PROJECT)))
    criteria_table = _table(sheets, CRITERIA)
    assert criteria_table is not None
    criteria = _criteria(criteria_table)
    alternatives_table = _table(sheets, ALTERNATIVES)
    assert alternatives_table is not None
    alternatives = _alternatives(alternatives_table)
    name = project.get("name", "")
    try:
        shape = Problem.create(name if name.strip() else DEFAULT_NAME, criteria, alternatives)
    except InputError as exc:
        raise _located(exc, criteria_table) from None
    matrix = _performance(sheets[normal(PERFORMANCE)], shape)
    problem = Problem.create(shape.name, shape.criteria, shape.alternatives, matrix)
    return ProjectDocument(
        problem=problem,
        question=project.get("question", ""),
        description=project.get("description", ""),
        owner=project.get("owner", "").strip(),
        sources=sources(_table(sheets, SOURCES), problem),
        participants=participants(_table(sheets, JUDGMENTS), problem),
        scenarios=scenarios(_table(sheets, SCENARIOS), _table(sheets, SCENARIO_WEIGHTS), problem),
    )


def _table(sheets: dict[str, Sheet], title: str) -> Table | None:
    sheet = sheets.get(normal(title))
    return None if sheet is None else Table(sheet, REQUIRED[title], COLUMNS[title])


def _project(sheet: Sheet | None) -> dict[str, str]:
    """Label/value rows: the label in column A, its value in column B; other rows are ignored."""
    out: dict[str, str] = {}
    if sheet is None:
        return out
    wanted = {normal(f) for f in PROJECT_FIELDS}
    for row in range(1, len(sheet.rows) + 1):
        label = normal(sheet.value(row, 0))
        if label not in wanted:
            continue
        if label in out:
            raise InputError(f"{sheet.where(row, 0)}: a second '{label.title()}' row")
        value = sheet.value(row, 1)
        where = sheet.where(row, 1, str(sheet.value(row, 0)).strip())
        out[label] = "" if value is None else as_text(value, fixed(where))
    return out


def _unique(t: Table, row: int, key: str, seen: dict[str, int], what: str) -> str:
    value = t.text(row, key, required=True)
    if value in seen:
        raise InputError(
            f"{t.where(row, key)}: {what} '{value}' is used twice (first in row {seen[value]})"
        )
    seen[value] = row
    return value


def _criteria(t: Table) -> list[Criterion]:
    rows = list(t.sheet.data_rows())
    if not rows:
        raise InputError(
            f"sheet '{t.sheet.title}': no criteria (one row per criterion below the header)"
        )
    parents = {t.text(r, "parent") for r in rows}
    seen: dict[str, int] = {}
    out = []
    for r in rows:
        cid = _unique(t, r, "id", seen, "criterion id")
        is_group = _flag(t, r) or cid in parents
        direction = t.text(r, "direction")
        if not direction and not is_group:
            raise InputError(
                f"{t.where(r, 'direction')}: is blank; write benefit (more is better) or "
                "cost (less is better)"
            )
        try:
            parsed = parse_direction(direction or "benefit", cid)
        except InputError as exc:
            raise InputError(f"{t.where(r, 'direction')}: {exc.message}") from None
        weight = t.number(r, "weight")
        if weight is not None and weight < 0:
            raise InputError(f"{t.where(r, 'weight')}: {weight:g} is negative")
        out.append(
            Criterion(
                id=cid,
                name=t.text(r, "name", strip=False),
                direction=parsed,
                unit=t.text(r, "unit", strip=False),
                weight=weight,
                parent=t.text(r, "parent") or None,
                description=t.text(r, "description", strip=False),
                preference=_preference(t, r),
                is_group=_flag(t, r),
            )
        )
    return out


def _flag(t: Table, row: int) -> bool:
    value = t.raw(row, "group")
    if isinstance(value, bool):
        return value
    text = normal(t.text(row, "group"))
    if text in _YES or text in _NO:
        return text in _YES
    raise InputError(f"{t.where(row, 'group')}: '{text}' is not yes or no")


def _preference(t: Table, row: int) -> Preference | None:
    fn = normal(t.text(row, "preference function")).replace(" ", "-")
    q, p = t.number(row, "q"), t.number(row, "p")
    if not fn and q is None and p is None:
        return None
    fn = {"vshape": "v-shape", "ushape": "u-shape", "": "usual"}.get(fn, fn)
    if fn not in PREFERENCE_FUNCTIONS:
        raise InputError(
            f"{t.where(row, 'preference function')}: '{fn}' is not one of "
            f"{', '.join(PREFERENCE_FUNCTIONS)}"
        )
    return Preference(cast(PreferenceFunction, fn), q or 0.0, p or 0.0)


def _located(exc: InputError, t: Table) -> InputError:
    """Put the Criteria sheet location in front of an error from ``Problem.create``."""
    rows = {t.text(r, "id"): r for r in t.sheet.data_rows()}
    if exc.criterion in rows:
        key = exc.field if exc.field in t.columns else "id"
        return InputError(f"{t.where(rows[exc.criterion], key)}: {exc.message}")
    return InputError(f"sheet '{t.sheet.title}': {exc.message}")


def _alternatives(t: Table) -> list[Alternative]:
    rows = list(t.sheet.data_rows())
    if not rows:
        raise InputError(
            f"sheet '{t.sheet.title}': no alternatives (one row per option below the header)"
        )
    seen: dict[str, int] = {}
    out = []
    for r in rows:
        aid = _unique(t, r, "id", seen, "alternative id")
        cost = t.number(r, "cost")
        if cost is not None and cost < 0:
            raise InputError(f"{t.where(r, 'cost')}: {cost:g} is negative; a cost is >= 0")
        tags = tuple(x.strip() for x in t.text(r, "tags").split(";") if x.strip())
        out.append(
            Alternative(
                id=aid,
                name=t.text(r, "name", strip=False),
                description=t.text(r, "description", strip=False),
                tags=tags,
                cost=cost,
            )
        )
    return out


def _performance(sheet: Sheet, shape: Problem) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Row 1: 'alternative' then leaf criterion ids, in any order; a blank cell is missing."""
    head = sheet.rows[0] if sheet.rows else ()
    label = next((c for c, v in enumerate(head) if normal(v) == ALTERNATIVE_COLUMN), None)
    if label is None:
        raise InputError(
            f"sheet '{sheet.title}': no column 'alternative' in row 1 (the header row)"
        )
    leaves = {cid: j for j, cid in enumerate(shape.leaf_ids)}
    groups = {c.id for c in shape.criteria} - leaves.keys()
    columns: dict[int, int] = {}
    first: dict[str, int] = {}
    for col, raw in enumerate(head):
        if col == label:
            continue
        where = sheet.where(1, col, sheet.header(col))
        cid = "" if raw is None else as_text(raw, fixed(where)).strip()
        if not cid:
            if any(not is_blank(sheet.value(r, col)) for r in sheet.data_rows()):
                raise InputError(f"{where}: the column has values but no criterion id in row 1")
            continue
        if cid in groups:
            raise InputError(
                f"{where}: '{cid}' is a criteria group; only criteria with data get a column"
            )
        if cid not in leaves:
            raise InputError(f"{where}: no criterion '{cid}' in sheet 'Criteria'")
        if cid in first:
            raise InputError(
                f"{where}: a second column for '{cid}' (the first is column {get_column_letter(first[cid] + 1)})"
            )
        first[cid] = col
        columns[col] = leaves[cid]
    alts = {aid: i for i, aid in enumerate(shape.alternative_ids)}
    matrix = np.full((len(alts), len(leaves)), np.nan)
    seen: dict[str, int] = {}
    for r in sheet.data_rows():
        where = sheet.where(r, label, sheet.header(label))
        raw = sheet.value(r, label)
        aid = "" if raw is None else as_text(raw, fixed(where)).strip()
        if not aid:
            raise InputError(f"{where}: is blank; write the alternative id")
        if aid not in alts:
            raise InputError(f"{where}: no alternative '{aid}' in sheet 'Alternatives'")
        if aid in seen:
            raise InputError(f"{where}: a second row for '{aid}' (the first is row {seen[aid]})")
        seen[aid] = r
        for col, j in columns.items():
            value = sheet.value(r, col)
            if not is_blank(value):
                w = sheet.where(r, col, sheet.header(col))
                matrix[alts[aid], j] = as_number(value, fixed(w))
    return matrix
