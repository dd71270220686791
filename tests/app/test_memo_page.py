"""The Memo page: preview from the worker, decision text, sections, export and export again."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.services.memo_logic import suggested_file, with_extension
from app.services.problem_edits import update_alternative

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


@pytest.fixture
def page(session: Any, qtbot: Any) -> Any:
    from app.widgets.memo_page import MemoPage

    widget = MemoPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitUntil(widget.is_fresh, timeout=10_000)
    yield widget
    widget.worker.wait(5000)


def _wait_fresh(qtbot: Any, page: Any) -> None:
    page.refresh()
    qtbot.waitUntil(page.is_fresh, timeout=10_000)


def test_preview_shows_the_memo_of_the_open_project(page: Any, session: Any) -> None:
    text = page.preview_text()
    assert page.title_edit.text() == f"{session.summary.name} — decision memo"
    for alt in session.problem.alternatives:
        assert alt.name in text
    for c in session.problem.criteria:
        assert c.name in text
    assert "TOPSIS" in page.method_label.text()


def test_decision_and_markup_print_literally(page: Any, qtbot: Any) -> None:
    page.decision_edit.setPlainText("Fund <b>x</b> & y")
    page.rationale_edit.setPlainText("Because <i>z</i> && more")
    assert not page.is_fresh()  # any edit makes the preview stale ...
    qtbot.waitUntil(page.is_fresh, timeout=10_000)  # ... and it is rebuilt by itself
    text = page.preview_text()
    assert "Fund <b>x</b> & y" in text
    assert "Because <i>z</i> && more" in text


def test_switching_a_section_off_removes_it(page: Any, qtbot: Any) -> None:
    from app.memo.text import t

    heading = t("robustness")
    assert heading in page.preview_text()
    page.section_boxes["robustness"].setChecked(False)
    qtbot.waitUntil(page.is_fresh, timeout=10_000)
    assert heading not in page.preview_text()
    assert page.snapshot.sections == tuple(k for k in page.section_boxes if k != "robustness")


def test_method_follows_the_provider(page: Any, qtbot: Any) -> None:
    page.method_provider = lambda: ("vikor", {"v": 0.7})
    _wait_fresh(qtbot, page)
    assert page.snapshot.method.key == "vikor"
    assert "v = 0.7" in page.method_label.text()


@needs_pdftotext
def test_export_pdf_stores_the_memo_and_again_is_identical(
    page: Any, qtbot: Any, session: Any, tmp_path: Path
) -> None:
    page.decision_edit.setPlainText("Fund the rent subsidy first")
    qtbot.waitUntil(page.is_fresh, timeout=10_000)
    first = tmp_path / "memo.pdf"
    page.export_to(first)
    assert first.is_file() and "stored as memo #" in page.status.text()
    assert page.memo_list.count() == 1
    text = subprocess.run(
        ["pdftotext", "-layout", str(first), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Fund the rent subsidy first" in text

    # the project changes; the stored memo is written again as it was
    session.edit(lambda p: update_alternative(p, 0, name="Renamed measure"), "rename")
    memo_id = page.memo_list.item(0).data(page_id_role())
    again = tmp_path / "again.pdf"
    assert page.export_stored(int(memo_id), again)
    text_again = subprocess.run(
        ["pdftotext", "-layout", str(again), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text_again == text
    assert "Renamed measure" not in text_again
    qtbot.waitUntil(page.is_fresh, timeout=10_000)
    assert "Renamed measure" in page.preview_text()  # while the preview follows the data


def page_id_role() -> Any:
    from app.widgets.memo_page import MEMO_ID_ROLE

    return MEMO_ID_ROLE


@pytest.mark.parametrize("ext", [".docx", ".html"])
def test_export_other_formats(page: Any, tmp_path: Path, ext: str) -> None:
    target = tmp_path / f"memo{ext}"
    page.export_to(target)
    assert target.is_file() and target.stat().st_size > 1000


def test_export_waits_for_a_stale_preview(page: Any, qtbot: Any, tmp_path: Path) -> None:
    page.decision_edit.setPlainText("Decided while typing")
    target = tmp_path / "memo.html"
    page.export_to(target)  # the preview is stale: built first, then written
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert "Decided while typing" in target.read_text(encoding="utf-8")


def test_bad_extension_is_one_line_and_writes_nothing(page: Any, tmp_path: Path) -> None:
    target = tmp_path / "memo.txt"
    page.export_to(target)
    assert not target.exists()
    assert ".txt" in page.status.text() and "\n" not in page.status.text()


def test_unwritable_folder_is_reported(page: Any, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "folder" / "memo.pdf"
    page.export_to(target)
    assert page.status.text().startswith("Not exported:")
    assert page.memo_list.count() == 0  # nothing stored for a memo that was not written


def test_reopening_carries_on_from_the_last_memo(
    page: Any, qtbot: Any, session: Any, tmp_path: Path
) -> None:
    page.decision_edit.setPlainText("Keep this decision")
    qtbot.waitUntil(page.is_fresh, timeout=10_000)
    page.export_to(tmp_path / "m.html")
    session.reload()
    assert page.decision_edit.toPlainText() == "Keep this decision"


def test_file_name_helpers(tmp_path: Path) -> None:
    assert suggested_file('Koper: a/b "c"', ".pdf", tmp_path).name == "Koper a b c - memo.pdf"
    assert with_extension(tmp_path / "x", ".pdf").name == "x.pdf"
    assert with_extension(tmp_path / "x.docx", ".pdf").name == "x.docx"


def test_the_user_says_whether_the_decision_follows_the_ranking(page: Any, qtbot: Any) -> None:
    from app.memo.text import t

    page.decision_edit.setPlainText("Fund something else entirely")
    qtbot.waitUntil(page.is_fresh, timeout=10_000)
    assert page.follows_combo.currentData() is True  # the default: it follows
    assert not page.snapshot.decision.differs
    page.follows_combo.setCurrentIndex(page.follows_combo.findData(False))
    qtbot.waitUntil(page.is_fresh, timeout=10_000)
    assert page.snapshot.decision.differs
    recommended = page.snapshot.decision.recommended
    assert t("differs", winner=recommended) in page.preview_text()
    page.follows_combo.setCurrentIndex(page.follows_combo.findData(None))
    qtbot.waitUntil(page.is_fresh, timeout=10_000)
    assert page.snapshot.decision.differs  # guessed: the text names no first-ranked option


def test_the_memo_language_defaults_to_the_interface_and_a_german_memo_exports_in_german(
    page: Any, qtbot: Any, tmp_path: Path
) -> None:
    from app.i18n import current_language

    assert page.language_combo.currentData() == current_language() == "en"
    page.language_combo.setCurrentIndex(page.language_combo.findData("de"))
    qtbot.waitUntil(page.is_fresh, timeout=10_000)
    assert "Kriterien und Gewichte" in page.preview_text()
    assert current_language() == "en"  # the interface stays English
    out = tmp_path / "de.pdf"
    page.export_to(out)
    assert page.snapshot.language == "de"
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Rangfolge" in text and "Ranking" not in text
    assert "stored as memo #" in page.status.text()  # the status line is in the interface's
