"""Write a project, or an empty template with instructions, as an Excel workbook (.xlsx)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.storage.document import ProjectDocument
from app.storage.formats.atomic import write_atomically
from app.storage.formats.excel_layout import (
    ALTERNATIVE_COLUMN,
    ALTERNATIVES,
    COLUMNS,
    CRITERIA,
    DIRECTIONS,
    JUDGMENTS,
    KINDS,
    PERFORMANCE,
    PROJECT,
    PROJECT_FIELDS,
    SCENARIO_WEIGHTS,
    SCENARIOS,
    SOURCES,
    TAG_SEPARATOR,
    YES_NO,
)
from decision.errors import InputError
from decision.problem import PREFERENCE_FUNCTIONS

Cell = str | float | None
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_WIDTHS = {"id": 14, "name": 30, "description": 40, "source": 40, "parameters": 30}

INSTRUCTIONS = """\
InnoCite Decision Studio project workbook
Fill in the sheets below, save the file and import it (File > Import). Row 1 of every sheet \
holds the column names: keep them. Columns may be in any order; extra columns and sheets of \
your own are ignored. A blank cell means "not known".

Project: one row per item, the label in column A and its value in column B.
  Name - the project's title. Question - the decision to be made, in one sentence. \
Description - background. Owner - who is responsible.

Criteria: one row per criterion (what the options are judged on).
  id - a short unique code, e.g. jobs. You will type it again in other sheets.
  name - the full name shown in reports, e.g. Jobs created.
  parent - to group criteria, the id of the group they belong to; blank for top level.
  group - yes for a row that only groups other criteria (it has no data of its own).
  direction - benefit (more is better) or cost (less is better). Blank for groups.
  unit - e.g. EUR, FTE, %.  weight - the importance (any scale: 40/30/30 means the same as \
0.4/0.3/0.3); weights are compared among criteria with the same parent.
  description - what is measured and how.
  preference function, q, p - only for PROMETHEE: usual, u-shape, v-shape, level or linear, \
with the indifference (q) and preference (p) thresholds in the criterion's unit.

Alternatives: one row per option being ranked.
  id - a short unique code. name, description - free text.
  tags - labels separated by "; ", e.g. retail; town centre.
  cost - what the option costs (a number >= 0), for selection within a budget.

Performance: how each option scores on each criterion.
  Row 1: "alternative", then one column per criterion id (groups have no column).
  One row per alternative id. Type numbers; 12,5 and 12.5 both work. Leave a cell blank \
when the value is not known.

Sources (optional): where a value comes from - alternative id, criterion id, source text.

Judgments (optional): pairwise comparisons (AHP), one row per comparison.
  participant - who judged; role - their role (optional).
  kind - criteria (compare criteria) or alternatives (compare options under one criterion).
  node - for criteria: the group whose members are compared, blank for the top level; for \
alternatives: the criterion id.
  a, b, value - a is value times as important as b (1 = equal, 3 = moderately more, \
9 = extremely more; 1/3 is written 0.3333).
  A row with only participant and role lists a person who has not judged yet.

Scenarios (optional): named weightings for what-if comparisons.
  name, method (e.g. topsis, ahp, promethee), weights source (direct, ahp, entropy, ...), \
description, parameters (JSON text such as {"v": 0.5}, or blank).
Scenario weights (optional): scenario name, criterion id, weight - one row per weight.

Example (two criteria, two options):
  Criteria:    id=jobs, name=Jobs created, direction=benefit, unit=FTE, weight=60
               id=cost, name=Cost to the town, direction=cost, unit=kEUR, weight=40
  Alternatives: id=hub, name=Business hub;  id=market, name=Market hall, tags=retail
  Performance: alternative | jobs | cost
               hub         | 25   | 900
               market      | 12,5 | 400

If the import finds a problem it names the sheet, row and column, e.g.
  sheet 'Performance', row 3, column B (jobs): 'many' is not a number
"""


def write_xlsx(doc: ProjectDocument, path: Path) -> None:
    """Write ``doc`` so that ``read_xlsx`` reads it back equal, replacing ``path`` atomically."""
    wb = _workbook(doc)
    write_atomically(path, wb.save)


def write_template(path: Path) -> None:
    """An empty project workbook: instructions first, then every sheet with its header row."""
    wb = _workbook(None)
    write_atomically(path, wb.save)


def _workbook(doc: ProjectDocument | None) -> Workbook:
    wb = Workbook()
    intro = wb.active
    assert isinstance(intro, Worksheet)
    intro.title = "Instructions"
    intro.column_dimensions["A"].width = 110
    for r, line in enumerate(INSTRUCTIONS.splitlines(), 1):
        cell = intro.cell(row=r, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if r == 1 or (line and not line.startswith(" ") and ":" in line[:20]):
            cell.font = Font(bold=True)
    _project(wb.create_sheet(PROJECT), doc)
    _rows(wb.create_sheet(CRITERIA), COLUMNS[CRITERIA], _criteria(doc))
    _rows(wb.create_sheet(ALTERNATIVES), COLUMNS[ALTERNATIVES], _alternatives(doc))
    _performance(wb.create_sheet(PERFORMANCE), doc)
    _rows(wb.create_sheet(SOURCES), COLUMNS[SOURCES], _sources(doc))
    _rows(wb.create_sheet(JUDGMENTS), COLUMNS[JUDGMENTS], _judgments(doc))
    scenario_rows, weight_rows = _scenarios(doc)
    _rows(wb.create_sheet(SCENARIOS), COLUMNS[SCENARIOS], scenario_rows)
    _rows(wb.create_sheet(SCENARIO_WEIGHTS), COLUMNS[SCENARIO_WEIGHTS], weight_rows)
    _drop_down(wb[CRITERIA], CRITERIA, "group", YES_NO)
    _drop_down(wb[CRITERIA], CRITERIA, "direction", DIRECTIONS)
    _drop_down(wb[CRITERIA], CRITERIA, "preference function", PREFERENCE_FUNCTIONS)
    _drop_down(wb[JUDGMENTS], JUDGMENTS, "kind", KINDS)
    return wb


# -- rows of each sheet -------------------------------------------------------------------------
def _project(ws: Worksheet, doc: ProjectDocument | None) -> None:
    values = (
        ("", "", "", "") if doc is None else (doc.name, doc.question, doc.description, doc.owner)
    )
    _header(ws, ("Field", "Value"))
    ws.column_dimensions["B"].width = 80
    for r, (label, value) in enumerate(zip(PROJECT_FIELDS, values, strict=True), 2):
        _put(ws, r, 1, label)
        _put(ws, r, 2, value)
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top")


def _criteria(doc: ProjectDocument | None) -> list[Sequence[Cell]]:
    if doc is None:
        return []
    leaves = set(doc.problem.leaf_ids)
    out: list[Sequence[Cell]] = []
    for c in doc.problem.criteria:
        group = c.id not in leaves
        pref = c.preference
        out.append(
            (
                c.id,
                c.name,
                c.parent or "",
                "yes" if group else "",
                "" if group and c.direction == "benefit" else c.direction,
                c.unit,
                c.weight,
                c.description,
                pref.function if pref else "",
                pref.q if pref else None,
                pref.p if pref else None,
            )
        )
    return out


def _alternatives(doc: ProjectDocument | None) -> list[Sequence[Cell]]:
    if doc is None:
        return []
    out: list[Sequence[Cell]] = []
    for a in doc.problem.alternatives:
        for tag in a.tags:
            if not tag.strip() or ";" in tag or tag != tag.strip():
                raise InputError(
                    f"alternative '{a.id}': tag {tag!r} cannot be written to Excel, where tags "
                    "are separated by ';' (and blank tags or surrounding spaces are dropped)"
                )
        out.append((a.id, a.name, a.description, TAG_SEPARATOR.join(a.tags), a.cost))
    return out


def _performance(ws: Worksheet, doc: ProjectDocument | None) -> None:
    if doc is None:
        _header(ws, (ALTERNATIVE_COLUMN,))
        return
    problem = doc.problem
    _header(ws, (ALTERNATIVE_COLUMN, *problem.leaf_ids))
    for i, aid in enumerate(problem.alternative_ids):
        _put(ws, i + 2, 1, aid)
        for j, v in enumerate(problem.matrix[i]):
            if math.isinf(v):
                raise InputError(
                    f"alternative '{aid}', criterion '{problem.leaf_ids[j]}': {v} cannot be "
                    "stored in Excel"
                )
            _put(ws, i + 2, j + 2, None if math.isnan(v) else float(v))
    ws.freeze_panes = "B2"


def _sources(doc: ProjectDocument | None) -> list[Sequence[Cell]]:
    return [] if doc is None else [(a, c, text) for (a, c), text in doc.sources.items()]


def _judgments(doc: ProjectDocument | None) -> list[Sequence[Cell]]:
    out: list[Sequence[Cell]] = []
    for p in doc.participants if doc else ():
        if not p.judgments:
            out.append((p.name, p.role))
        for j in p.judgments:
            out.append((p.name, p.role, j.kind, j.node or "", j.a, j.b, j.value))
    return out


def _scenarios(doc: ProjectDocument | None) -> tuple[list[Sequence[Cell]], list[Sequence[Cell]]]:
    rows: list[Sequence[Cell]] = []
    weights: list[Sequence[Cell]] = []
    for s in doc.scenarios if doc else ():
        try:
            params = json.dumps(dict(s.parameters), ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise InputError(f"scenario '{s.name}': parameters cannot be written ({exc})") from None
        rows.append(
            (s.name, s.method, s.weights_source, s.description, params if s.parameters else "")
        )
        weights += [(s.name, cid, w) for cid, w in s.weights.items()]
    return rows, weights


# -- cells ----------------------------------------------------------------------------------------
def _rows(ws: Worksheet, header: Sequence[str], rows: list[Sequence[Cell]]) -> None:
    _header(ws, header)
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            _put(ws, r, c, value)


def _header(ws: Worksheet, names: Sequence[str]) -> None:
    for c, name in enumerate(names, 1):
        cell = ws.cell(row=1, column=c)
        _put(ws, 1, c, name)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        ws.column_dimensions[get_column_letter(c)].width = _WIDTHS.get(name, 12)
    ws.freeze_panes = "A2"


def _put(ws: Worksheet, row: int, col: int, value: Cell) -> None:
    """Text always as text (never a formula or error code), numbers with all 17 digits."""
    if value is None or value == "":
        return
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        if _UNSTORABLE.search(value):
            raise InputError(
                f"sheet '{ws.title}', cell {cell.coordinate}: the text {value[:40]!r} holds a "
                "control character that Excel cannot store"
            )
        cell.value = value
        cell.data_type = "s"  # openpyxl would turn '=...' into a formula and '#N/A' into an error
        return
    number = float(value)
    if not math.isfinite(number):
        raise InputError(
            f"sheet '{ws.title}', cell {cell.coordinate}: {number} cannot be stored in Excel"
        )
    cell.value = number
    # openpyxl writes numbers with '%.16g', which can change the last bit of a double; its
    # writer copies a string value verbatim, so give it the shortest exact form.
    cell._value = repr(number)  # type: ignore[union-attr]


def _drop_down(ws: Worksheet, title: str, column: str, choices: Sequence[str]) -> None:
    letter = get_column_letter(COLUMNS[title].index(column) + 1)
    dv = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        errorStyle="warning",
        error=f"Usually one of: {', '.join(choices)}",
        errorTitle=column,
    )
    dv.add(f"{letter}2:{letter}5000")
    ws.add_data_validation(dv)
