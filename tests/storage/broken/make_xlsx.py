"""Regenerate the broken .xlsx files of the import corpus: `.venv/bin/python tests/storage/broken/make_xlsx.py`."""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if __name__ == "__main__":  # run as a script: make the repository importable
    sys.path.insert(0, str(HERE.parents[2]))

from openpyxl import Workbook, load_workbook  # noqa: E402

from app.storage.document import JudgmentRecord, ParticipantRecord, ProjectDocument  # noqa: E402
from app.storage.formats.excel import write_template, write_xlsx  # noqa: E402
from decision.problem import Alternative, Criterion, Problem  # noqa: E402


def base_document() -> ProjectDocument:
    """Criteria rows 2-5 (econ group; jobs, cofin in it; cost), alternatives rows 2-4
    (hub, market, park); Performance columns B jobs, C cofin, D cost."""
    criteria = [
        Criterion("econ", "Economy", is_group=True, weight=60),
        Criterion("jobs", "Jobs created", "benefit", "FTE", 50, parent="econ"),
        Criterion("cofin", "Private co-financing", "benefit", "%", 50, parent="econ"),
        Criterion("cost", "Cost to the town", "cost", "kEUR", 40),
    ]
    alternatives = [
        Alternative("hub", "Business hub", tags=("services",), cost=900),
        Alternative("market", "Market hall", tags=("retail", "centre")),
        Alternative("park", "Retail park"),
    ]
    matrix = [[25.0, 30.0, 900.0], [12.5, 10.0, 400.0], [40.0, float("nan"), 1200.0]]
    problem = Problem.create("Koper SME support", criteria, alternatives, matrix)
    ana = ParticipantRecord(
        "Ana", "economic office", (JudgmentRecord("criteria", None, "econ", "cost", 2.0),)
    )
    return ProjectDocument(problem, question="Which scheme first?", participants=(ana,))


Edit = Callable[[Workbook], None]


def _set(sheet: str, cell: str, value: Any) -> Edit:
    def edit(wb: Workbook) -> None:
        wb[sheet][cell] = value

    return edit


def _edited(edit: Edit) -> Callable[[Path], object]:
    def make(path: Path) -> None:
        write_xlsx(base_document(), path)
        wb = load_workbook(path)
        edit(wb)
        wb.save(path)

    return make


def _drop_sheet(wb: Workbook) -> None:
    del wb["Criteria"]


def _drop_direction(wb: Workbook) -> None:
    wb["Criteria"].delete_cols(5)


def _text(sheet: str, cell: str, value: str) -> Edit:
    def edit(wb: Workbook) -> None:
        wb[sheet][cell] = value
        wb[sheet][cell].data_type = "s"

    return edit


def _bytes(data: bytes) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(data)


def _truncated(path: Path) -> None:
    write_xlsx(base_document(), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _bad_sheet_xml(path: Path) -> None:
    write_xlsx(base_document(), path)
    source = io.BytesIO(path.read_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "xl/worksheets/sheet3.xml":  # Criteria
                data = data[: len(data) // 2]  # cut mid-element: not well-formed XML
            zout.writestr(item, data)
    path.write_bytes(out.getvalue())


def _zip_of_text(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("notes.txt", "not a workbook")


CASES: dict[str, Callable[[Path], object]] = {
    "xlsx_empty_file.xlsx": _bytes(b""),
    "xlsx_not_a_zip.xlsx": _bytes(b"id,name\njobs,Jobs created\n"),
    "xlsx_encrypted.xlsx": _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504),
    "xlsx_truncated.xlsx": _truncated,
    "xlsx_bad_sheet_xml.xlsx": _bad_sheet_xml,
    "xlsx_zip_without_workbook.xlsx": _zip_of_text,
    "xlsx_template_unfilled.xlsx": write_template,
    "xlsx_missing_sheet.xlsx": _edited(_drop_sheet),
    "xlsx_missing_column.xlsx": _edited(_drop_direction),
    "xlsx_text_in_numeric.xlsx": _edited(_text("Performance", "B3", "abc")),
    "xlsx_nan_text.xlsx": _edited(_text("Performance", "C2", "NaN")),
    "xlsx_huge_number.xlsx": _edited(_text("Performance", "D4", "1e400")),
    "xlsx_bool_cell.xlsx": _edited(_set("Performance", "B2", True)),
    "xlsx_date_cell.xlsx": _edited(_set("Performance", "D2", dt.datetime(2024, 3, 1))),
    "xlsx_formula_no_value.xlsx": _edited(_set("Performance", "B4", "=B2+B3")),
    "xlsx_error_cell.xlsx": _edited(_set("Performance", "C3", "#DIV/0!")),
    "xlsx_duplicate_alternative.xlsx": _edited(_text("Alternatives", "A4", "hub")),
    "xlsx_duplicate_criterion.xlsx": _edited(_text("Criteria", "A5", "jobs")),
    "xlsx_unknown_criterion.xlsx": _edited(_text("Performance", "C1", "cofinancing")),
    "xlsx_unknown_alternative.xlsx": _edited(_text("Performance", "A4", "parc")),
    "xlsx_bad_direction.xlsx": _edited(_text("Criteria", "E3", "upwards")),
    "xlsx_unknown_parent.xlsx": _edited(_text("Criteria", "C4", "economy")),
    "xlsx_negative_weight.xlsx": _edited(_set("Criteria", "G5", -40)),
    "xlsx_judgment_unknown_item.xlsx": _edited(_text("Judgments", "F2", "jobs")),
    "xlsx_judgment_zero_value.xlsx": _edited(_set("Judgments", "G2", 0)),
    "xlsx_scenario_weight_no_scenario.xlsx": _edited(
        lambda wb: wb["Scenario weights"].append(["growth", "jobs", 2])
    ),
}


def main() -> None:
    for name, make in CASES.items():
        make(HERE / name)
    print(f"wrote {len(CASES)} files to {HERE}")


if __name__ == "__main__":
    main()
