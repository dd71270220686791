"""The memo as HTML, from its snapshot and the template in resources/memo/; all user text escaped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from string import Template

from app.memo.content import Block, Bullets, Chart, Heading, Para, Table, blocks
from app.memo.snapshot import MemoSnapshot
from app.resources import resource_path

CHART_WIDTH = 600  # px in the HTML layout (the PNG itself is rendered at 300 dpi)


def chart_url(key: str) -> str:
    """The image URL a chart gets by default; the PDF export adds images under these names."""
    return f"memo-chart:{key}.png"


def template() -> Template:
    return Template(resource_path("memo", "memo.html").read_text(encoding="utf-8"))


def stylesheet() -> str:
    return resource_path("memo", "memo.css").read_text(encoding="utf-8")


def render_html(
    snapshot: MemoSnapshot,
    *,
    image_src: Callable[[str], str] = chart_url,
    lang: str | None = None,
) -> str:
    """The whole memo as an HTML page (the same text whenever it is rendered).

    ``image_src`` maps a chart key ("ranking", "contributions") to the ``src`` of its
    ``<img>``: by default ``memo-chart:<key>.png`` (resources of a QTextDocument, see
    ``app.memo.export_pdf.memo_document``); ``export_html`` passes data: URIs.
    """
    return render_blocks_html(
        blocks(snapshot), title=snapshot.title, image_src=image_src, lang=lang or snapshot.language
    )


def render_blocks_html(
    items: Sequence[Block],
    *,
    title: str,
    image_src: Callable[[str], str] = chart_url,
    lang: str = "en",
) -> str:
    """Any list of blocks as an HTML page with the memo's template and stylesheet.

    The memo and other documents (the benchmarking report) share it; every text is escaped.
    """
    body = "\n".join(_block(b, image_src) for b in items)
    from app import __version__

    return template().substitute(
        lang=escape(lang),
        version=escape(__version__),
        title=escape(title),
        css=stylesheet(),
        body=body,
    )


def _block(b: Block, image_src: Callable[[str], str]) -> str:
    if isinstance(b, Heading):
        tag = f"h{b.level + 1}"
        return f"<{tag}>{_text(b.text)}</{tag}>"
    if isinstance(b, Para):
        cls = f' class="{b.style}"' if b.style != "normal" else ""
        return f"<p{cls}>{_text(b.text)}</p>"
    if isinstance(b, Bullets):
        items = "".join(f"<li>{_text(x)}</li>" for x in b.items)
        return f"<ul>{items}</ul>"
    if isinstance(b, Table):
        return _table(b)
    return _chart(b, image_src)


def _text(text: str) -> str:
    """Escaped text; line breaks the user typed are kept."""
    return escape(text, quote=True).replace("\n", "<br>")


def _table(b: Table) -> str:
    meta = not b.header
    cls = "meta" if meta else "grid"
    border = "0" if meta else "1"
    lines = [
        f'<table class="{cls}" width="100%" border="{border}" cellspacing="0" cellpadding="3">'
    ]
    widths = b.widths or ()
    if b.header:
        cells = []
        for k, h in enumerate(b.header):
            width = f' width="{widths[k]}%"' if k < len(widths) else ""
            num = ' class="num" align="right"' if b.numeric[k] else ""
            cells.append(f'<th{num}{width} bgcolor="#dce6f1">{_text(h)}</th>')
        lines.append("<thead><tr>" + "".join(cells) + "</tr></thead>")
    for r in b.rows:
        cells = []
        for k, v in enumerate(r):
            width = f' width="{widths[k]}%"' if meta and k < len(widths) else ""
            if meta and k == 0:
                cells.append(f'<td class="key"{width}>{_text(v)}</td>')
            elif b.numeric[k]:
                cells.append(f'<td class="num" align="right"{width}>{_text(v)}</td>')
            else:
                cells.append(f"<td{width}>{_text(v)}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table>")
    if b.caption:
        lines.append(f'<p class="caption">{_text(b.caption)}</p>')
    return "\n".join(lines)


def _chart(b: Chart, image_src: Callable[[str], str]) -> str:
    src = escape(image_src(b.key), quote=True)
    alt = _text(b.caption)
    return (
        f'<div class="chart"><img src="{src}" width="{CHART_WIDTH}" alt="{alt}"></div>'
        f'<p class="caption">{alt}</p>'
    )
