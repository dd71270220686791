"""Write a memo to a file in the format its extension names (.pdf, .docx, .html), atomically."""

from __future__ import annotations

from pathlib import Path

from app.memo.snapshot import MemoSnapshot

FORMATS = (".pdf", ".docx", ".html")


class MemoFormatError(ValueError):
    """The file name does not end in an extension the memo can be written as."""


def memo_format(path: str | Path) -> str:
    """The format of ``path``: ".pdf", ".docx" or ".html" (".htm" too); else MemoFormatError."""
    suffix = Path(path).suffix.lower()
    if suffix == ".htm":
        return ".html"
    if suffix not in FORMATS:
        raise MemoFormatError(
            f"{Path(path).name}: a memo is written as .pdf, .docx or .html, not {suffix or 'a file without extension'}"
        )
    return suffix


def export_memo(snapshot: MemoSnapshot, path: str | Path, *, page_size: str = "A4") -> Path:
    """Write the memo to ``path`` (format from the extension); the file appears whole or not at all.

    ``page_size`` ("A4" or "Letter") applies to PDF and DOCX.
    """

    from app.memo.text import memo_language

    target = Path(path)
    fmt = memo_format(target)
    with memo_language(snapshot.language):
        _write(snapshot, target, fmt, page_size)
    return target


def _write(snapshot: MemoSnapshot, target: Path, fmt: str, page_size: str) -> None:
    from app.storage.formats.atomic import write_atomically

    if fmt == ".pdf":
        from app.memo.export_pdf import write_pdf

        write_atomically(target, lambda tmp: write_pdf(snapshot, tmp, page_size=page_size))
    elif fmt == ".docx":
        from app.memo.export_docx import write_docx

        write_atomically(target, lambda tmp: write_docx(snapshot, tmp, page_size=page_size))
    else:
        from app.memo.export_html import write_html

        write_atomically(target, lambda tmp: write_html(snapshot, tmp))
