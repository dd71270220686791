"""Project files in and out: JSON, Excel, CSV and XMCDA, chosen by the file's extension."""

from __future__ import annotations

from pathlib import Path

from app.storage.document import ProjectDocument, check_document
from decision.errors import InputError

READ_SUFFIXES = (".json", ".xlsx", ".csv", ".xml", ".xmcda")
WRITE_SUFFIXES = READ_SUFFIXES


def read_document(path: str | Path) -> ProjectDocument:
    """Read and check a whole project file; nothing is written anywhere.

    Raises ``InputError`` whose message names the place (sheet, row, column, element) but
    not the file: callers put the file name in front.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in READ_SUFFIXES:
        raise InputError(
            f"cannot read '{suffix or 'no extension'}' files; use .json, .xlsx, .csv or .xml (XMCDA)"
        )
    if not p.exists():
        raise InputError("file not found")
    if p.is_dir():
        raise InputError("is a folder, not a file")
    if suffix == ".json":
        from app.storage.formats.json_format import read_json

        doc = read_json(p)
    elif suffix == ".xlsx":
        from app.storage.formats.excel import read_xlsx

        doc = read_xlsx(p)
    elif suffix == ".csv":
        from app.storage.formats.csv_format import read_csv

        doc = read_csv(p)
    else:
        from app.storage.formats.xmcda import read_xmcda

        doc = read_xmcda(p)
    check_document(doc)
    return doc


def write_document(doc: ProjectDocument, path: str | Path) -> None:
    """Write ``doc`` atomically in the format of ``path``'s extension."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".json":
        from app.storage.formats.json_format import write_json

        write_json(doc, p)
    elif suffix == ".xlsx":
        from app.storage.formats.excel import write_xlsx

        write_xlsx(doc, p)
    elif suffix == ".csv":
        from app.storage.formats.csv_format import write_csv

        write_csv(doc, p)
    elif suffix in (".xml", ".xmcda"):
        from app.storage.formats.xmcda import write_xmcda

        write_xmcda(doc, p)
    else:
        raise InputError(
            f"cannot write '{suffix or 'no extension'}' files; use .json, .xlsx, .csv or .xml (XMCDA)"
        )
