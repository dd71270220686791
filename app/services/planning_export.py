"""Export of the Retail planning page without Qt widgets: result tables as .xlsx (one sheet per
table) or .csv, and the inputs in the command-line JSON format (``innocite retail|huff|network``).

Numbers are written as numbers (no locale formatting); headers carry the units, the notes the
definitions. An .xlsx export of a Huff or network set starts with the sheet the page imports
(``Huff``, ``Network``), so the workbook can be imported again.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.i18n import QT_TR_NOOP, tr
from app.services import planning_logic as logic
from decision.errors import InputError

MONEY = QT_TR_NOOP("currency units per year")
SHARE_FORMAT = "0.0%"


@dataclass(frozen=True)
class Sheet:
    """One exported table: ``key`` names the CSV file, ``title`` the sheet; ``header`` and
    ``rows`` hold labels and raw values; ``formats`` maps a column to an Excel number format;
    ``notes`` are written below the table in .xlsx (definitions, units, conventions)."""

    key: str
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    formats: dict[int, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def column(self, col: int) -> list[Any]:
        return [row[col] for row in self.rows]


def _name_note(pset: logic.PlanningSet, name: str | None) -> list[str]:
    notes = []
    if name:
        notes.append(tr("Data set: {name}").format(name=name))
    if pset.data.get("illustrative"):
        notes.append(tr("ILLUSTRATIVE values, not statistics."))
    if pset.note:
        notes.append(pset.note)
    return notes


# -- retail -----------------------------------------------------------------------------------
RETAIL_UNITS = {
    "spending_potential": MONEY,
    "turnover": MONEY,
    "centrality_simple": QT_TR_NOOP("index (100 = turnover equals spending potential)"),
    "turnover_index": QT_TR_NOOP("index (national average = 100)"),
    "centrality_index": QT_TR_NOOP("index (100 = national average)"),
    "net_flow": MONEY,
    "gap": MONEY,
    "leakage_surplus_factor": QT_TR_NOOP("% (−100 to 100)"),
    "pull_factor": QT_TR_NOOP("ratio (1 = regional average)"),
    "supportable_floor_space": QT_TR_NOOP("m² of sales floor"),
}


def retail_sheets(rset: logic.PlanningSet, name: str | None = None) -> list[Sheet]:
    """Results (figure, unit, town, product groups, definition) and the inputs."""
    total, groups = logic.retail_results(rset)
    columns = logic.retail_columns(rset)
    metrics = [total, *groups.values()]
    rows = []
    for key, label, formula in logic.RETAIL_RESULTS:
        values = [getattr(m, key) for m in metrics]
        rows.append((tr(label), tr(RETAIL_UNITS[key]), *values, tr(formula)))
    results = Sheet(
        "retail_results",
        tr("Retail figures"),
        (tr("Figure"), tr("Unit"), *columns, tr("Definition")),
        tuple(rows),
        notes=(
            *_name_note(rset, name),
            tr("Retail centrality (simple: turnover / spending potential × 100)."),
            tr(
                "Retail centrality (index form: turnover index / purchasing-power index × 100, "
                "needs national per-capita values)."
            ),
            tr("Empty cell: a needed input is missing."),
        ),
    )
    inputs = logic.retail_inputs_table(rset)
    in_rows = []
    for (_key, label, unit), cells in zip(logic.RETAIL_FIELDS, inputs.cells, strict=True):
        in_rows.append((tr(label), tr(unit), *(None if c.muted else c.value for c in cells)))
    in_sheet = Sheet(
        "retail_inputs",
        tr("Inputs"),
        (tr("Input"), tr("Unit"), *columns),
        tuple(in_rows),
        notes=(tr("Product groups take population and purchasing-power index from the town."),),
    )
    return [results, in_sheet]


# -- Huff -------------------------------------------------------------------------------------
def huff_layout_sheet(hset: logic.PlanningSet) -> Sheet:
    """The inputs in the layout Import reads (zone | spending | centres; attractiveness row)."""
    zs, cs = logic.zone_ids(hset), logic.centre_ids(hset)
    d = logic._matrix(hset.data, "distance", len(zs), len(cs))
    attract = [c.get("attractiveness") for c in logic._centres(hset.data)]
    rows: list[tuple[Any, ...]] = [("attractiveness", None, *attract)]
    for z, drow in zip(logic._zones(hset.data), d, strict=True):
        rows.append((str(z.get("id")), z.get("spending"), *drow))
    return Sheet(
        "huff_inputs",
        "Huff",
        ("zone", "spending", *cs),
        tuple(rows),
    )


def huff_sheets(hset: logic.PlanningSet, name: str | None = None) -> list[Sheet]:
    view = logic.huff_results(hset)
    b = view.base
    attract = [c.get("attractiveness") for c in logic._centres(hset.data)]
    model_note = tr(
        "Huff model: P = A^γ d^−λ / Σ A^γ d^−λ with γ = {gamma} and λ = {lam}; turnover = Σ "
        "zone spending × P; market share = turnover / total spending."
    ).format(gamma=f"{b.conventions.get('gamma', 1):g}", lam=f"{b.conventions.get('lambda', 2):g}")
    notes = (*_name_note(hset, name), model_note)
    sheets = [huff_layout_sheet(hset)]
    sheets.append(
        Sheet(
            "huff_turnover",
            tr("Turnover and share"),
            (
                tr("Centre"),
                tr("Attractiveness (m²)"),
                tr("Expected turnover ({unit})").format(unit=tr(MONEY)),
                tr("Market share (0–1)"),
            ),
            tuple(
                (c, a, float(t), float(s))
                for c, a, t, s in zip(
                    b.centre_ids, attract, b.turnover, b.market_share, strict=True
                )
            ),
            {3: SHARE_FORMAT},
            notes,
        )
    )
    sheets.append(
        Sheet(
            "huff_probabilities",
            tr("Probabilities"),
            (tr("Zone"), *b.centre_ids),
            tuple(
                (z, *(float(p) for p in row))
                for z, row in zip(b.zone_ids, b.probabilities, strict=True)
            ),
            {k: SHARE_FORMAT for k in range(1, len(b.centre_ids) + 1)},
            (
                tr("Probability (0–1) that a zone's spending goes to each centre; rows sum to 1."),
                model_note,
            ),
        )
    )
    sheets.append(
        Sheet(
            "huff_accessibility",
            tr("Accessibility"),
            (tr("Zone"), tr("Hansen accessibility")),
            tuple((z, float(a)) for z, a in zip(b.zone_ids, b.accessibility, strict=True)),
            notes=(logic.accessibility_rule(b.conventions),),
        )
    )
    sc = view.scenario
    if sc is not None:
        rows: list[tuple[Any, ...]] = [
            (x.id, x.before, x.after, x.change_pct, bool(x.flagged)) for x in sc.impacts
        ]
        share = float(sc.after.market_share[-1])
        rows.append((sc.new_centre, None, sc.new_centre_turnover, None, None))
        sheets.append(
            Sheet(
                "huff_new_store",
                tr("New-store impact"),
                (
                    tr("Centre"),
                    tr("Turnover before ({unit})").format(unit=tr(MONEY)),
                    tr("Turnover after ({unit})").format(unit=tr(MONEY)),
                    tr("Change (%)"),
                    tr("Loss ≥ threshold"),
                ),
                tuple(rows),
                notes=(
                    tr("Planned new store: {name}, market share {share} (0–1).").format(
                        name=sc.new_centre, share=f"{share:.4f}"
                    ),
                    tr("Threshold: losses of {pct} % or more are flagged.").format(
                        pct=f"{sc.threshold_pct:g}"
                    ),
                ),
            )
        )
    return sheets


# -- network ----------------------------------------------------------------------------------
def network_layout_sheet(nset: logic.PlanningSet) -> Sheet:
    """The inputs in the layout Import reads (town | population | towns | functions)."""
    ts, fs = logic.town_ids(nset), logic.function_ids(nset)
    d = logic._matrix(nset.data, "distance", len(ts), len(ts))
    funcs = nset.data.get("functions") or {}
    rows = []
    for i, t in enumerate(logic._towns(nset.data)):
        outlets = [funcs[f][i] if i < len(funcs[f]) else 0 for f in fs]
        rows.append((str(t.get("id")), t.get("population"), *d[i], *outlets))
    return Sheet(
        "network_inputs",
        "Network",
        ("town", "population", *ts, *fs),
        tuple(rows),
    )


def network_sheets(nset: logic.PlanningSet, name: str | None = None) -> list[Sheet]:
    result = logic.network_results(nset)
    pops = {str(t.get("id")): t.get("population") for t in logic._towns(nset.data)}
    inter = result.interaction_totals()
    fi = result.functional.index_map() if result.functional else {}
    rules = logic.network_rules(result)
    sheets = [network_layout_sheet(nset)]
    sheets.append(
        Sheet(
            "network_towns",
            tr("Towns"),
            (
                tr("Town"),
                tr("Population"),
                tr("Hansen accessibility"),
                tr("Interaction (Σ gravity)"),
                tr("Functional index"),
            ),
            tuple(
                (t, pops.get(t), float(result.accessibility[k]), inter[t], fi.get(t))
                for k, t in enumerate(result.town_ids)
            ),
            notes=(*_name_note(nset, name), *rules),
        )
    )
    sheets.append(
        Sheet(
            "network_breaking_points",
            tr("Breaking points"),
            (
                tr("Town a"),
                tr("Town b"),
                tr("Distance a–b"),
                tr("Breaking point from a"),
                tr("Breaking point from b"),
            ),
            tuple((p.a, p.b, p.distance, p.from_a, p.from_b) for p in result.breaking_points),
            notes=(rules[0], tr("Distances in the unit of the distance matrix.")),
        )
    )
    sheets.append(
        Sheet(
            "network_gravity",
            tr("Gravity"),
            (tr("Town"), *result.town_ids),
            tuple(
                (t, *(float(v) for v in row))
                for t, row in zip(result.town_ids, result.gravity, strict=True)
            ),
            notes=(rules[1],),
        )
    )
    f = result.functional
    if f is not None:
        sheets.append(
            Sheet(
                "network_coefficients",
                tr("Functional index"),
                (tr("Function"), tr("Total outlets"), tr("Location coefficient")),
                tuple(
                    (fid, float(f.outlets[:, j].sum()), float(c))
                    for j, (fid, c) in enumerate(zip(f.function_ids, f.coefficients, strict=True))
                ),
                notes=(rules[3],),
            )
        )
    return sheets


def sheets(pset: logic.PlanningSet, name: str | None = None) -> list[Sheet]:
    """Every exportable table of a set (inputs layout first for Huff and network)."""
    if pset.kind == "retail":
        return retail_sheets(pset, name)
    if pset.kind == "huff":
        return huff_sheets(pset, name)
    return network_sheets(pset, name)


# -- files ------------------------------------------------------------------------------------
_BAD_FILE_CHARS = re.compile(r'[\\/:*?"<>|\s]+')
_BAD_SHEET_CHARS = re.compile(r"[\\/:*?\[\]]")


def default_name(set_name: str | None, what: str, suffix: str) -> str:
    """A file name from the data set's name: ``Koper-demo_huff-probabilities.csv``."""
    stem = _BAD_FILE_CHARS.sub("_", (set_name or "planning").strip()).strip("_()") or "planning"
    return f"{stem}_{what}{suffix}"


def _sheet_title(title: str, taken: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub("-", title)[:31] or "Sheet"
    out, k = base, 2
    while out.lower() in taken:
        out = f"{base[:28]} {k}"
        k += 1
    taken.add(out.lower())
    return out


def write_xlsx(tables: Sequence[Sheet], path: Path) -> None:
    """One sheet per table: bold header in row 1 (frozen), values, then the notes."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from app.storage.formats.atomic import write_atomically

    wb = Workbook()
    first = wb.active
    assert first is not None  # a new workbook has one sheet
    wb.remove(first)
    taken: set[str] = set()
    for table in tables:
        ws = wb.create_sheet(_sheet_title(table.title, taken))
        ws.append(list(table.header))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            ws.append([_xlsx_value(v) for v in row])
        for col, fmt in table.formats.items():
            for r in range(2, len(table.rows) + 2):
                ws.cell(row=r, column=col + 1).number_format = fmt
        if table.notes:
            start = len(table.rows) + 3
            for k, note in enumerate(table.notes):
                ws.cell(row=start + k, column=1, value=note).font = Font(italic=True)
        ws.freeze_panes = "B2"
        for c, head in enumerate(table.header, start=1):
            width = max([len(str(head))] + [len(_shown(row[c - 1])) for row in table.rows])
            ws.column_dimensions[get_column_letter(c)].width = min(max(width + 2, 10), 48)
    write_atomically(path, wb.save)


def _xlsx_value(value: Any) -> Any:
    if hasattr(value, "item"):  # a numpy scalar
        return value.item()
    return value


def _shown(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    return "" if value is None else str(value)


def csv_text(table: Sheet) -> str:
    """The table as CSV: comma-separated, '.' as decimal mark, empty = no value."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(table.header)
    for row in table.rows:
        w.writerow([_csv_value(v) for v in row])
    return buf.getvalue()


def _csv_value(value: Any) -> str:
    value = _xlsx_value(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_csv(table: Sheet, path: Path) -> None:
    from app.storage.formats.atomic import write_text_atomically

    # A byte-order mark so Excel reads the UTF-8 names (č, ä, é) correctly.
    write_text_atomically(path, "\ufeff" + csv_text(table))


def cli_json(pset: logic.PlanningSet) -> str:
    """The set in the command-line input format (what ``innocite <kind> FILE`` reads)."""
    logic.check(pset)
    return json.dumps(pset.data, ensure_ascii=False, indent=2) + "\n"


def write_cli_json(pset: logic.PlanningSet, path: Path) -> None:
    from app.storage.formats.atomic import write_text_atomically

    write_text_atomically(path, cli_json(pset))


def export_tables(pset: logic.PlanningSet, path: Path, name: str | None = None) -> list[Path]:
    """All tables to ``path``: .xlsx one sheet each; .csv one file per table
    (``<stem>-<table>.csv``, or exactly ``path`` when there is one table). Returns the files."""
    tables = sheets(pset, name)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(tables, path)
        return [path]
    if suffix != ".csv":
        raise InputError(tr("{file}: export as .xlsx or .csv").format(file=path.name))
    written = []
    for table in tables:
        target = path if len(tables) == 1 else path.with_name(f"{path.stem}-{table.key}.csv")
        write_csv(table, target)
        written.append(target)
    return written


def export_one_csv(pset: logic.PlanningSet, key: str, path: Path, name: str | None = None) -> Path:
    """One table (by its ``key``) as a CSV file."""
    for table in sheets(pset, name):
        if table.key == key:
            write_csv(table, path)
            return path
    raise InputError(tr("There is no table '{key}' to export.").format(key=key))
