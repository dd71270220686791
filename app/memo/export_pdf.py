"""The memo as PDF: its HTML in a QTextDocument (charts as image resources) printed by QPdfWriter."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from app.memo.charts import render_charts
from app.memo.qt import FAMILY, ensure_qt
from app.memo.render_html import chart_url, render_html
from app.memo.snapshot import MemoSnapshot

PAGE_SIZES = ("A4", "Letter")
MARGIN_MM = 0.0  # QTextDocument.print_ adds its own 2 cm margin on every side
PDF_DPI = 300


def memo_font() -> Any:
    """The memo's base font: DejaVu Sans 10 pt, without ligatures (so "fi" stays two letters
    in the PDF's text: searchable, and copied as typed)."""
    from PySide6.QtGui import QFont

    font = QFont(FAMILY)
    font.setPointSizeF(10.0)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def memo_document(snapshot: MemoSnapshot, charts: dict[str, bytes] | None = None) -> Any:
    """A QTextDocument of the memo with its charts added as resources.

    The GUI can show it for a preview (``QTextBrowser.setDocument``); ``export_pdf`` prints it.
    """
    from app.memo.text import memo_language

    with memo_language(snapshot.language):
        images = charts if charts is not None else render_charts(snapshot)
        return html_document(render_html(snapshot), images)


def html_document(html: str, charts: Mapping[str, bytes]) -> Any:
    """A QTextDocument of ``html`` (from ``render_blocks_html``) with ``charts`` as image
    resources under their ``chart_url`` names."""
    ensure_qt()
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    doc = QTextDocument()
    doc.setDefaultFont(memo_font())
    for key, png in charts.items():
        image = QImage.fromData(png)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(chart_url(key)), image)
    doc.setHtml(html)
    return doc


def write_pdf(snapshot: MemoSnapshot, path: Path, *, page_size: str = "A4") -> None:
    """Write the memo to ``path`` as PDF (``page_size`` "A4" or "Letter"); fonts are embedded."""
    write_pdf_document(
        lambda: memo_document(snapshot), path, title=snapshot.title, page_size=page_size
    )


def write_pdf_document(
    make_document: Callable[[], Any], path: Path, *, title: str, page_size: str = "A4"
) -> None:
    """Print the QTextDocument ``make_document()`` returns to ``path`` as PDF (A4 or Letter).

    The document is made after the writer, as the memo always did (its layout then follows
    the writer's page and resolution).
    """
    ensure_qt()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    size = _page_size(page_size)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("InnoCite Decision Studio")
    writer.setPageSize(QPageSize(size))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    doc = make_document()
    # No page size on the document: print_ then lays it out on the writer's page at the
    # writer's resolution (true point sizes) and numbers the pages.
    doc.print_(writer)


def _page_size(name: str) -> Any:
    from PySide6.QtGui import QPageSize

    sizes = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    key = name.strip().lower()
    if key not in sizes:
        raise ValueError(f"page size {name!r}: choose A4 or Letter")
    return sizes[key]
