"""Import and export of the Success factors page (Qt-free): data sets as the `innocite dematel`
/ `innocite awot` JSON files, result tables as CSV or Excel."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.i18n import tr
from app.services.success_logic import SWOT_LABELS, AwotSet, DematelSet, priority_rows
from decision.awot import AWOTResult, awot_input_from_json
from decision.dematel import DematelResult, dematel_input_from_json
from decision.errors import DecisionError, InputError


@dataclass(frozen=True)
class Table:
    """A result table: a sheet name, the header row and the rows (numbers stay numbers)."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def read_set_file(kind: str, path: Path) -> DematelSet | AwotSet:
    """A DEMATEL or A'WOT file as a data set; one-line InputError for a file the command line
    would refuse (not JSON, not the format, invalid values)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            tr("Cannot read {file}: {reason}").format(file=Path(path).name, reason=exc)
        ) from None
    return read_set_text(kind, text, Path(path).name)


def read_set_text(kind: str, text: str, source: str = "") -> DematelSet | AwotSet:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            tr("{file} is not a JSON file (line {line}: {reason}).").format(
                file=source or "JSON", line=exc.lineno, reason=exc.msg
            )
        ) from None
    what = "DEMATEL" if kind == "dematel" else "A'WOT"
    try:
        if kind == "dematel":
            dematel_input_from_json(data).run()
            return DematelSet.from_json(json.dumps(data))
        awot_input_from_json(data).run()
        return AwotSet.from_data(data)
    except InputError as exc:
        raise InputError(
            tr("{file} is not a valid {what} file: {reason}").format(
                file=source or "JSON", what=what, reason=" ".join(str(exc).split())
            )
        ) from None
    except DecisionError:
        # valid data the engine cannot finish (e.g. no influence yet): imported as it is
        if kind == "dematel":
            return DematelSet.from_json(json.dumps(data))
        return AwotSet.from_data(data)
    except (TypeError, ValueError, KeyError) as exc:
        raise InputError(
            tr("{file} is not a valid {what} file: {reason}").format(
                file=source or "JSON", what=what, reason=exc
            )
        ) from None


def write_set_file(obj: DematelSet | AwotSet, path: Path) -> None:
    """The set in the command-line file format (`innocite dematel|awot FILE` runs it)."""
    Path(path).write_text(
        json.dumps(obj.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def dematel_tables(result: DematelResult) -> list[Table]:
    causes = set(result.causes)
    rows = tuple(
        (
            f,
            float(result.d[k]),
            float(result.r[k]),
            float(result.prominence[k]),
            float(result.relation[k]),
            tr("cause") if f in causes else tr("effect"),
            float(result.weights[k]),
        )
        for k, f in enumerate(result.factors)
    )
    header = (tr("Factor"), "D", "R", "D+R", "D−R", tr("Group"), tr("Weight"))
    total = tuple((f, *(float(v) for v in result.total[k])) for k, f in enumerate(result.factors))
    return [
        Table(tr("D, R and weights"), header, rows),
        Table(tr("Total relation T"), ("T", *result.factors), total),
    ]


def awot_tables(a: AwotSet, result: AWOTResult) -> list[Table]:
    prio = tuple(
        (tr(SWOT_LABELS[r.group]), r.factor, r.local, r.group_weight, r.global_)
        for r in priority_rows(result)
    )
    tables = [
        Table(
            tr("Priorities"),
            (tr("Group"), tr("Factor"), tr("Local"), tr("Group weight"), tr("Global")),
            prio,
        )
    ]
    if a.strategies:
        factors = a.all_factors()
        scores = dict(result.strategy_scores or {})
        pair = result.strategy_pairwise
        rows = []
        for k, s in enumerate(a.strategies):
            prio_s = pair.priorities.get(s) if pair else None
            rows.append((s, scores.get(s), prio_s, *a.scores[k]))
        tables.append(
            Table(
                tr("Strategies"),
                (tr("Strategy"), tr("Score"), tr("Pairwise priority"), *factors),
                tuple(rows),
            )
        )
    return tables


def write_csv(path: Path, table: Table) -> None:
    """One table as CSV (UTF-8 with BOM so that Excel reads the accents; numbers with '.')."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(table.header)
        for row in table.rows:
            w.writerow(["" if v is None else v for v in row])


def write_xlsx(path: Path, tables: Sequence[Table]) -> None:
    """All tables, one sheet each, header in bold."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for t in tables:
        name = "".join(c for c in t.name if c not in "[]:*?/\\")[:31] or "Sheet"
        while name in used:
            name = name[:28] + f" {len(used)}"
        used.add(name)
        ws = wb.create_sheet(name)
        ws.append(list(t.header))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in t.rows:
            ws.append(list(row))
    wb.save(str(path))
