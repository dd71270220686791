"""The Word memo: headings, tables with repeating header rows, the charts, the footer, page size."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm, Inches

from app.memo.build import build_snapshot
from app.memo.export import export_memo
from app.storage.repository import ProjectRepository
from tests.memo.conftest import DEMO_NAME


@pytest.mark.parametrize(("size", "width"), [("A4", Cm(21.0)), ("Letter", Inches(8.5))])
def test_word_memo_structure(
    repo: ProjectRepository, tmp_path: Path, size: str, width: int
) -> None:
    snap = build_snapshot(repo, DEMO_NAME, method="wsm", samples=300, decision="Rent subsidy")
    document = docx.Document(str(export_memo(snap, tmp_path / "m.docx", page_size=size)))
    assert document.sections[0].page_width == pytest.approx(width, abs=Cm(0.01))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == ["The decision question", "Alternatives", "Criteria and weights"]
    assert "Reproducibility" in headings
    assert len(document.inline_shapes) == 2  # ranking and contributions charts
    grids = [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]
    assert grids
    for table in grids:  # the header row repeats when a table runs over a page
        first = table.rows[0]._tr
        assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
    criteria = next(t for t in grids if t.rows[0].cells[0].text == "Criterion")
    assert [c.text for c in criteria.rows[1].cells] == [
        "Cost to the municipality",
        "kEUR over 3 years",
        "less is better",
        "22.0",
    ]
    footer = document.sections[0].footer.paragraphs[0].text
    assert snap.reproducibility.data_hash[:16] in footer and snap.title in footer
