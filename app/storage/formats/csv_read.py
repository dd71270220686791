"""The two CSV layouts read into a project: wide (a matrix) and long (one value per row)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from app.storage.document import ProjectDocument
from app.storage.formats.csv_cells import Numbers, Row, keyword
from decision.errors import InputError
from decision.problem import Alternative, Criterion, Direction, Problem, parse_direction

META_ROWS = ("direction", "name", "weight", "unit")
LONG_COLUMNS = (
    "alternative",
    "name",
    "criterion",
    "criterion name",
    "value",
    "direction",
    "weight",
    "unit",
    "source",
)


def is_long(header: Row) -> bool:
    return {"alternative", "criterion", "value"} <= {keyword(c) for c in header.cells}


def _width(header: Row) -> int:
    """Columns up to the last named one: Excel may pad every row with empty cells."""
    n = len(header.cells)
    while n > 0 and not header.cells[n - 1]:
        n -= 1
    return n


def _cells(row: Row, width: int) -> tuple[str, ...]:
    c = row.cells
    if len(c) < width or any(c[width:]):
        raise InputError(
            f"row {row.line}: {len(c)} cells but the header has {width} columns "
            "(every row needs one cell per column; leave a cell empty for a missing value)"
        )
    return c[:width]


def _direction(text: str, where: str) -> Direction:
    if not text:
        raise InputError(f"{where}: the direction is empty (benefit or cost)")
    try:
        return parse_direction(text, "")
    except InputError:
        raise InputError(
            f"{where}: direction '{text}' is not one of benefit, cost, max, min"
        ) from None


def _weight(text: str, where: str, numbers: Numbers) -> float | None:
    if not text:
        return None
    w = numbers.parse(text, where)
    if w < 0:
        raise InputError(f"{where}: weight {text} is negative")
    return w


def _problem(
    name: str, criteria: Sequence[Criterion], alts: Sequence[Alternative], matrix: np.ndarray
) -> Problem:
    try:
        return Problem.create(name, criteria, alts, matrix)
    except InputError as exc:  # the checks above should have caught it; keep it one line
        raise InputError(exc.message) from None


# -- wide: alternative[,name],<criteria...> / direction / weight / unit / one row each -----
def read_wide(rows: list[Row], name: str, numbers: Numbers) -> ProjectDocument:
    header = rows[0]
    width = _width(header)
    cols = header.cells[:width]
    first = 2 if width > 1 and keyword(cols[1]) == "name" else 1
    crit_ids = cols[first:]
    if not crit_ids:
        raise InputError(
            f"row {header.line}: no criterion columns after '{cols[0]}' "
            "(header: alternative,<criterion id>,<criterion id>,...)"
        )
    seen: dict[str, int] = {}
    for j, cid in enumerate(crit_ids, start=first + 1):
        if not cid:
            raise InputError(f"row {header.line}, column {j}: the criterion id is empty")
        if cid in seen:
            raise InputError(
                f"row {header.line}, column '{cid}': criterion '{cid}' appears twice "
                f"(columns {seen[cid]} and {j})"
            )
        seen[cid] = j
    if len(rows) == 1:
        raise InputError(f"row {header.line}: only a header row; no direction row or alternatives")
    meta: dict[str, Row] = {}
    data: list[Row] = []
    for row in rows[1:]:
        key = keyword(row.cells[0])
        if key in META_ROWS and key not in meta:
            if data:
                raise InputError(
                    f"row {row.line}: the '{key}' row must come before the first alternative "
                    f"(row {data[0].line})"
                )
            meta[key] = row
        else:
            data.append(row)
    if "direction" not in meta:
        raise InputError(
            f"row {rows[1].line}: no 'direction' row; under the header add a row starting "
            "with 'direction' that says benefit or cost for each criterion"
        )
    if not data:
        raise InputError(f"row {rows[-1].line}: no alternatives below the header rows")
    meta_cells = {k: _cells(r, width)[first:] for k, r in meta.items()}
    criteria = []
    for j, cid in enumerate(crit_ids):

        def at(key: str, cid: str = cid) -> str:
            return f"row {meta[key].line}, column '{cid}'"

        got = {k: v[j] for k, v in meta_cells.items()}
        criteria.append(
            Criterion(
                id=cid,
                name=got.get("name") or cid,
                direction=_direction(got["direction"], at("direction")),
                unit=got.get("unit", ""),
                weight=_weight(got["weight"], at("weight"), numbers) if "weight" in got else None,
            )
        )
    alts: list[Alternative] = []
    alt_rows: dict[str, int] = {}
    matrix = np.full((len(data), len(crit_ids)), np.nan)
    for i, row in enumerate(data):
        cells = _cells(row, width)
        aid = cells[0]
        where = f"row {row.line}, column '{cols[0]}'"
        if not aid:
            raise InputError(f"{where}: the alternative id is empty")
        if aid in alt_rows:
            raise InputError(
                f"{where}: alternative '{aid}' appears twice (rows {alt_rows[aid]} and {row.line})"
            )
        alt_rows[aid] = row.line
        alts.append(Alternative(aid, (cells[1] if first == 2 else "") or aid))
        for j, text in enumerate(cells[first:]):
            if text:
                matrix[i, j] = numbers.parse(text, f"row {row.line}, column '{crit_ids[j]}'")
    return ProjectDocument(problem=_problem(name, criteria, alts, matrix))


# -- long: alternative,criterion,value[,name,criterion name,direction,weight,unit,source] ------
class _Agreeing:
    """A per-criterion (or per-alternative) attribute that every row stating it must repeat."""

    def __init__(self, column: str, owner: str) -> None:
        self.column, self.owner = column, owner
        self.values: dict[str, tuple[object, str, int]] = {}

    def note(self, key: str, value: object, text: str, line: int) -> None:
        if key not in self.values:
            self.values[key] = (value, text, line)
        elif self.values[key][0] != value:
            _, before, first = self.values[key]
            raise InputError(
                f"row {line}, column '{self.column}': {self.owner} '{key}' has '{text}' here "
                f"but '{before}' in row {first}"
            )

    def get(self, key: str) -> object:
        return self.values[key][0] if key in self.values else None


def read_long(rows: list[Row], name: str, numbers: Numbers) -> ProjectDocument:
    header = rows[0]
    width = _width(header)
    pos: dict[str, int] = {}
    for j, cell in enumerate(header.cells[:width]):
        key = keyword(cell)
        if key not in LONG_COLUMNS:
            raise InputError(
                f"row {header.line}, column '{cell or j + 1}': not a column of the long layout "
                f"({', '.join(LONG_COLUMNS)})"
            )
        if key in pos:
            raise InputError(f"row {header.line}, column '{cell}': appears twice")
        pos[key] = j
    if "direction" not in pos:
        raise InputError(
            f"row {header.line}: no 'direction' column; the long layout needs alternative, "
            "criterion, value and direction (benefit or cost)"
        )
    if len(rows) == 1:
        raise InputError(f"row {header.line}: only a header row; no values below it")
    head = {k: header.cells[j] for k, j in pos.items()}
    agree = {
        k: _Agreeing(head[k], "alternative" if k == "name" else "criterion")
        for k in ("name", "criterion name", "direction", "weight", "unit")
        if k in pos
    }
    alt_ids: dict[str, int] = {}
    crit_ids: dict[str, int] = {}
    cells_at: dict[tuple[str, str], tuple[float, int]] = {}
    sources: dict[tuple[str, str], str] = {}
    for row in rows[1:]:
        cells = _cells(row, width)
        got = {k: cells[j] for k, j in pos.items()}

        def at(key: str, row: Row = row) -> str:
            return f"row {row.line}, column '{head[key]}'"

        aid, cid = got["alternative"], got["criterion"]
        for key, ident in (("alternative", aid), ("criterion", cid)):
            if not ident:
                raise InputError(f"{at(key)}: the {key} id is empty")
        alt_ids.setdefault(aid, len(alt_ids))
        crit_ids.setdefault(cid, len(crit_ids))
        if (aid, cid) in cells_at:
            raise InputError(
                f"row {row.line}: alternative '{aid}', criterion '{cid}' appears twice "
                f"(rows {cells_at[aid, cid][1]} and {row.line})"
            )
        value = numbers.parse(got["value"], at("value")) if got["value"] else float("nan")
        cells_at[aid, cid] = (value, row.line)
        if got.get("source"):
            sources[aid, cid] = got["source"]
        for key, rule in agree.items():
            text = got[key]
            if not text:
                continue  # an empty cell states nothing
            owner = aid if key == "name" else cid
            parsed: object = text
            if key == "direction":
                parsed = _direction(text, at(key))
            elif key == "weight":
                parsed = _weight(text, at(key), numbers)
            rule.note(owner, parsed, text, row.line)
    criteria = []
    for cid in crit_ids:
        direction = agree["direction"].get(cid)
        if direction is None:
            line = min(line for (_, c), (_, line) in cells_at.items() if c == cid)
            raise InputError(
                f"row {line}, column '{head['direction']}': criterion '{cid}' has no direction "
                "in any row (benefit or cost)"
            )
        weight = agree["weight"].get(cid) if "weight" in agree else None
        criteria.append(
            Criterion(
                id=cid,
                name=str(agree["criterion name"].get(cid) or cid)
                if "criterion name" in agree
                else cid,
                direction="cost" if direction == "cost" else "benefit",
                unit=str(agree["unit"].get(cid) or "") if "unit" in agree else "",
                weight=float(weight) if isinstance(weight, float) else None,
            )
        )
    alts = [
        Alternative(aid, str(agree["name"].get(aid) or aid) if "name" in agree else aid)
        for aid in alt_ids
    ]
    matrix = np.full((len(alt_ids), len(crit_ids)), np.nan)
    for (aid, cid), (value, _) in cells_at.items():
        matrix[alt_ids[aid], crit_ids[cid]] = value
    return ProjectDocument(problem=_problem(name, criteria, alts, matrix), sources=sources)
