"""Charts (300 dpi PNG, deterministic) and the self-contained HTML file."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from app.memo.build import build_snapshot
from app.memo.charts import DPI, render_chart, render_charts
from app.memo.export import MemoFormatError, export_memo, memo_format
from app.memo.export_html import standalone_html
from app.storage.repository import ProjectRepository
from tests.memo.conftest import DEMO_NAME


def _png_size_and_dpi(png: bytes) -> tuple[int, int, float]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    found = png.find(b"pHYs")
    assert found > 0, "the PNG states no resolution"
    per_metre = int.from_bytes(png[found + 4 : found + 8], "big")
    return width, height, per_metre * 0.0254


def test_charts_are_300_dpi_and_the_same_every_time(repo: ProjectRepository) -> None:
    snap = build_snapshot(repo, DEMO_NAME, method="wsm", samples=200)
    charts = render_charts(snap)
    assert set(charts) == {"ranking", "contributions"}
    for key, png in charts.items():
        width, height, dpi = _png_size_and_dpi(png)
        assert dpi == pytest.approx(DPI, abs=1)
        assert width == 6 * DPI and height > DPI, key
        assert render_chart(snap, key) == png  # deterministic: byte for byte


def test_topsis_has_no_contributions_chart(repo: ProjectRepository) -> None:
    snap = build_snapshot(repo, DEMO_NAME, samples=200)
    assert list(render_charts(snap)) == ["ranking"]
    with pytest.raises(KeyError):
        render_chart(snap, "contributions")


def test_html_file_is_self_contained(repo: ProjectRepository, tmp_path: Path) -> None:
    snap = build_snapshot(repo, DEMO_NAME, method="wsm", samples=200)
    out = export_memo(snap, tmp_path / "memo.html")
    html = out.read_text(encoding="utf-8")
    sources = re.findall(r'src="([^"]+)"', html)
    assert len(sources) == 2
    for src in sources:
        assert src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.split(",", 1)[1])[:4] == b"\x89PNG"
    assert "<link" not in html and "http://" not in html and "https://" not in html
    assert html == standalone_html(snap)  # the file is exactly the rendering
    assert '<html lang="en">' in html and '<meta charset="utf-8">' in html


@pytest.mark.parametrize("name", ["memo.txt", "memo", "memo.pdf.bak", "memo.doc"])
def test_unknown_extensions_are_refused(name: str) -> None:
    with pytest.raises(MemoFormatError, match=r"\.pdf, \.docx or \.html"):
        memo_format(name)
    assert memo_format("MEMO.PDF") == ".pdf" and memo_format("m.htm") == ".html"


def test_a_failed_export_leaves_the_old_file_and_no_temporary(
    repo: ProjectRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    snap = build_snapshot(repo, DEMO_NAME, samples=200, sections=["ranking"])
    target = tmp_path / "out" / "memo.html"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("app.memo.export_html.write_html", broken)
    with pytest.raises(OSError, match="disk full"):
        export_memo(snap, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in target.parent.iterdir()] == ["memo.html"]
