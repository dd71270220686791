"""The memo as one self-contained HTML file: charts inline as data: URIs, no other files."""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from pathlib import Path

from app.memo.charts import render_charts
from app.memo.render_html import render_html
from app.memo.snapshot import MemoSnapshot


def standalone_html(snapshot: MemoSnapshot, charts: dict[str, bytes] | None = None) -> str:
    """The memo's HTML with every chart embedded (opens anywhere, mails as one file)."""
    images = charts if charts is not None else render_charts(snapshot)
    return render_html(snapshot, image_src=data_uris(images))


def data_uris(images: Mapping[str, bytes]) -> Callable[[str], str]:
    """An ``image_src`` for ``render_blocks_html`` embedding each chart's PNG as a data: URI."""

    def data_uri(key: str) -> str:
        return "data:image/png;base64," + base64.b64encode(images[key]).decode("ascii")

    return data_uri


def write_html(snapshot: MemoSnapshot, path: Path) -> None:
    path.write_text(standalone_html(snapshot), encoding="utf-8", newline="\n")
