"""User text in every field: markup and ampersands print literally; č š ž ä ö ü é à survive."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.memo.build import build_snapshot
from app.memo.export import export_memo
from app.memo.render_html import render_html
from app.storage.repository import ProjectRepository
from tests.memo.conftest import marked_document, pdf_text, squash

MARKUP = "<b>x</b> & y"
ACCENTS = "čšž äöü éà ČŠŽ"


def _memo(repo: ProjectRepository, mark: str):  # type: ignore[no-untyped-def]
    doc = marked_document(mark)
    repo.save_document(doc, who=f"Editor {mark}")
    return build_snapshot(
        repo,
        doc.name,
        decision=f"Option A {mark}",
        rationale=f"Because {mark}",
        author=f"Author {mark}",
        title=f"Memo {mark}",
        samples=500,
    )


def _fields(mark: str) -> list[str]:
    """Every user text of ``marked_document`` plus the memo's own inputs."""
    return [
        f"Project {mark}",
        f"Which option {mark}?",
        f"Description {mark}",
        f"Owner {mark}",
        f"Cost {mark}",
        f"kEUR {mark}",
        f"Jobs {mark}",
        f"Option A {mark}",
        f"about A {mark}",
        f"Option B {mark}",
        f"Budget {mark}",
        f"Person {mark}",
        f"role {mark}",
        f"Scenario {mark}",
        f"Because {mark}",
        f"Author {mark}",
        f"Memo {mark}",
        f"Editor {mark}",
    ]


def test_markup_in_every_user_field_is_escaped_in_html(repo: ProjectRepository) -> None:
    snap = _memo(repo, MARKUP)
    html = render_html(snap)
    assert "<b>x</b>" not in html
    escaped = "&lt;b&gt;x&lt;/b&gt; &amp; y"
    for field in _fields(MARKUP):
        assert field.replace(MARKUP, escaped) in html, field


@pytest.mark.parametrize("mark", [MARKUP, ACCENTS])
def test_every_user_field_prints_literally_in_pdf_html_and_docx(
    repo: ProjectRepository, tmp_path: Path, mark: str
) -> None:
    import docx

    snap = _memo(repo, mark)
    pdf = squash(pdf_text(export_memo(snap, tmp_path / "m.pdf")))
    html_file = export_memo(snap, tmp_path / "m.html")
    document = docx.Document(str(export_memo(snap, tmp_path / "m.docx")))
    words = [p.text for p in document.paragraphs]
    for table in document.tables:
        words += [cell.text for row in table.rows for cell in row.cells]
    word_text = squash("\n".join(words))
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    reader = Text()
    reader.feed(html_file.read_text(encoding="utf-8"))
    html_text = squash("".join(reader.parts))
    for field in _fields(mark):
        if field.startswith("Editor"):
            continue  # the audit log prints who changed things only as names in a sentence
        assert squash(field) in pdf, ("pdf", field)
        assert squash(field) in html_text, ("html", field)
        assert squash(field) in word_text, ("docx", field)
    assert squash(f"Editor {mark}") in pdf  # "Changes made by: ..."
