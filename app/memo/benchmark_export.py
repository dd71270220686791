"""Write the benchmarking report as .pdf, .docx or .html (from the extension), atomically."""

from __future__ import annotations

from pathlib import Path

from app.i18n import tr
from app.memo.benchmark_report import BenchmarkReport

FORMATS = (".pdf", ".docx", ".html")


class ReportFormatError(ValueError):
    """The file name does not end in an extension the report can be written as."""


def report_format(path: str | Path) -> str:
    """ ".pdf", ".docx" or ".html" (".htm" too) from the name; else ReportFormatError."""
    suffix = Path(path).suffix.lower()
    if suffix == ".htm":
        return ".html"
    if suffix not in FORMATS:
        if suffix:
            message = tr("{file}: a report is written as .pdf, .docx or .html, not {suffix}")
        else:
            message = tr(
                "{file}: a report is written as .pdf, .docx or .html, not a file without extension"
            )
        raise ReportFormatError(message.format(file=Path(path).name, suffix=suffix))
    return suffix


def report_html(report: BenchmarkReport, charts: dict[str, bytes] | None = None) -> str:
    """The report as one self-contained HTML page (charts as data: URIs)."""
    from app.memo.benchmark_charts import render_report_charts
    from app.memo.benchmark_content import report_blocks
    from app.memo.export_html import data_uris
    from app.memo.render_html import render_blocks_html

    images = charts if charts is not None else render_report_charts(report)
    return render_blocks_html(
        report_blocks(report), title=report.title, image_src=data_uris(images)
    )


def report_document(report: BenchmarkReport, charts: dict[str, bytes] | None = None) -> object:
    """A QTextDocument of the report with its charts (a preview; the PDF prints it)."""
    from app.memo.benchmark_charts import render_report_charts
    from app.memo.benchmark_content import report_blocks
    from app.memo.export_pdf import html_document
    from app.memo.render_html import render_blocks_html

    images = charts if charts is not None else render_report_charts(report)
    return html_document(render_blocks_html(report_blocks(report), title=report.title), images)


def export_report(report: BenchmarkReport, path: str | Path, *, page_size: str = "A4") -> Path:
    """Write the report to ``path`` (format from the extension); whole or not at all.

    ``page_size`` ("A4" or "Letter") applies to PDF and DOCX.
    """
    from app.memo.benchmark_charts import render_report_charts
    from app.memo.benchmark_content import footer_line, report_blocks
    from app.storage.formats.atomic import write_atomically, write_text_atomically

    target = Path(path)
    fmt = report_format(target)
    charts = render_report_charts(report)
    if fmt == ".pdf":
        from app.memo.export_pdf import write_pdf_document

        write_atomically(
            target,
            lambda tmp: write_pdf_document(
                lambda: report_document(report, charts),
                tmp,
                title=report.title,
                page_size=page_size,
            ),
        )
    elif fmt == ".docx":
        from app.memo.export_docx import write_docx_blocks

        write_atomically(
            target,
            lambda tmp: write_docx_blocks(
                report_blocks(report),
                tmp,
                title=report.title,
                footer=footer_line(report),
                images=charts,
                page_size=page_size,
            ),
        )
    else:
        write_text_atomically(target, report_html(report, charts))
    return target
