"""The memo as a Word document (python-docx): the same blocks as the HTML, styled for Word."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

from app.memo.charts import render_charts
from app.memo.content import Block, Bullets, Chart, Heading, Para, Table, blocks
from app.memo.snapshot import MemoSnapshot
from app.memo.text import t

FONT = "DejaVu Sans"  # falls back to Word's default where it is not installed
MARGIN_CM = 2.0
CHART_WIDTH_CM = 16.0
TABLE_PT = 8.5


def write_docx(
    snapshot: MemoSnapshot,
    path: Path,
    *,
    page_size: str = "A4",
    charts: dict[str, bytes] | None = None,
) -> None:
    """Write the memo to ``path`` as .docx (A4 or Letter), charts as 300 dpi pictures."""
    images = charts if charts is not None else render_charts(snapshot)
    r = snapshot.reproducibility
    footer = (
        f"{snapshot.title} · {snapshot.date} · "
        f"{t('repro_version', version=r.app_version)} · SHA-256 {r.data_hash[:16]}…"
    )
    write_docx_blocks(
        blocks(snapshot),
        path,
        title=snapshot.title,
        author=snapshot.author,
        footer=footer,
        images=images,
        page_size=page_size,
    )


def write_docx_blocks(
    items: Sequence[Block],
    path: Path,
    *,
    title: str,
    author: str = "",
    footer: str = "",
    images: Mapping[str, bytes],
    page_size: str = "A4",
) -> None:
    """Write any list of blocks to ``path`` as .docx in the memo's styles; ``footer`` on
    every page, ``images`` the chart PNGs by key."""
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    _page(doc, page_size)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    for level in (0, 1, 2):
        style = doc.styles["Title" if level == 0 else f"Heading {level}"]
        style.font.name = FONT
        style.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.core_properties.title = title
    doc.core_properties.author = author
    for b in items:
        if isinstance(b, Heading):
            doc.add_heading(b.text, level=b.level)
        elif isinstance(b, Para):
            _para(doc, b)
        elif isinstance(b, Bullets):
            for item in b.items:
                doc.add_paragraph(item, style="List Bullet")
        elif isinstance(b, Table):
            _table(doc, b)
        elif isinstance(b, Chart):
            doc.add_picture(BytesIO(images[b.key]), width=Cm(CHART_WIDTH_CM))
            _para(doc, Para(b.caption, "small"))
    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.text = footer
    for run in paragraph.runs:
        run.font.size = Pt(7.5)
    doc.save(str(path))


def _page(doc: Any, page_size: str) -> None:
    from docx.shared import Cm, Inches

    section = doc.sections[0]
    key = page_size.strip().lower()
    if key == "a4":
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    elif key == "letter":
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    else:
        raise ValueError(f"page size {page_size!r}: choose A4 or Letter")
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN_CM))


def _para(doc: Any, b: Para) -> None:
    from docx.shared import Pt, RGBColor

    p = doc.add_paragraph()
    run = p.add_run(b.text)
    if b.style in ("strong", "warning"):
        run.bold = True
    if b.style == "warning":
        run.font.color.rgb = RGBColor(0x9C, 0x2A, 0x00)
    if b.style == "note":
        run.italic = True
    if b.style == "small":
        run.font.size = Pt(8.5)


def _table(doc: Any, b: Table) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    n = len(b.numeric)
    rows = ([b.header] if b.header else []) + list(b.rows)
    table = doc.add_table(rows=len(rows), cols=n)
    table.style = "Table Grid" if b.header else None
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    section = doc.sections[0]
    usable = section.page_width - section.left_margin - section.right_margin
    widths = b.widths or tuple(100 // n for _ in range(n))
    for i, values in enumerate(rows):
        row = table.rows[i]
        is_header = bool(b.header) and i == 0
        if is_header:  # repeat the header row on every page the table runs over
            tr_pr = row._tr.get_or_add_trPr()
            mark = OxmlElement("w:tblHeader")
            mark.set(qn("w:val"), "true")
            tr_pr.append(mark)
        for k, value in enumerate(values):
            cell = row.cells[k]
            cell.width = int(usable * widths[k] / 100)
            para = cell.paragraphs[0]
            run = para.add_run(value)
            run.font.size = Pt(TABLE_PT)
            if is_header or (not b.header and k == 0):
                run.bold = True
            if b.numeric[k]:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if is_header:
                shade = OxmlElement("w:shd")
                shade.set(qn("w:val"), "clear")
                shade.set(qn("w:fill"), "DCE6F1")
                cell._tc.get_or_add_tcPr().append(shade)
    if b.caption:
        _para(doc, Para(b.caption, "small"))
