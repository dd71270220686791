"""Translations: complete .ts files, fresh .qm files, and no English left on sampled pages."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import i18n
from app.widgets.main_window import PAGES

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py)

LANGS = translations.TARGETS
# Words that stay as they are in every language: product, method and file-format names, units.
KEEP = {
    "InnoCite",
    "Decision",
    "Studio",
    "AHP",
    "TOPSIS",
    "VIKOR",
    "PROMETHEE",
    "II",
    "WSM",
    "WPM",
    "SAW",
    "SMAA",
    "DEMATEL",
    "SWOT",
    "AWOT",
    "WOT",
    "CR",
    "CI",
    "RI",
    "PDF",
    "DOCX",
    "HTML",
    "CSV",
    "JSON",
    "XLSX",
    "XMCDA",
    "SQLite",
    "PostgreSQL",
    "EUR",
    "km",
    "min",
    "m",
    "Huff",
    "Hansen",
    "Reilly",
    "Converse",
    "Davies",
    "Saaty",
    "Spearman",
    "Kendall",
    "WS",
    "CRITIC",
    "HDI",
    "UNDP",
    "OECD",
    "JRC",
    "Monte",
    "Carlo",
    "Dirichlet",
    "Euclid",
    "MAD",
    "D",
    "R",
    "T",
    "S",
    "W",
    "O",
    "A",
    "B",
    "C",
    "F",
    "x",
    "y",
    "v",
    "n",
    "λ",
    "γ",
    "β",
    "Ctrl",
    "Shift",
    "Alt",
    "Del",
    "Esc",
}
WORD = re.compile(r"[^\W\d_]{2,}")
# A decimal point where the locale writes a comma; "53.560" is a German thousands group.
DOT_DECIMAL = re.compile(r"^[−-]?\d+\.(\d{1,2}|\d{4,})$")


def _ts_copy(lang: str, folder: Path) -> Path:
    target = folder / f"innocite_{lang}.ts"
    shutil.copy(translations.ts_path(lang), target)
    return target


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_has_no_unfinished_entries_or_broken_placeholders(lang: str) -> None:
    assert translations.problems(lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_holds_every_string_marked_in_the_code(lang: str, tmp_path: Path) -> None:
    """lupdate over app/ adds nothing new: every tr()/QT_TR_NOOP string is translated."""
    copy = _ts_copy(lang, tmp_path)
    subprocess.run(
        [
            translations.tool("lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *translations.sources(),
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    unfinished = [
        m.findtext("source")
        for m in ET.parse(copy).iter("message")
        if (t := m.find("translation")) is None or t.get("type") == "unfinished" or not t.text
    ]
    assert unfinished == [], f"run `python scripts/translations.py build`: {unfinished[:10]}"


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_qm_is_compiled_from_the_ts(lang: str, tmp_path: Path) -> None:
    qm = tmp_path / f"innocite_{lang}.qm"
    subprocess.run(
        [translations.tool("lrelease"), "-silent", str(translations.ts_path(lang)), "-qm", str(qm)],
        check=True,
    )
    shipped = translations.I18N / f"innocite_{lang}.qm"
    assert shipped.read_bytes() == qm.read_bytes(), "stale .qm: run scripts/translations.py build"


# -- what the user sees ------------------------------------------------------------------------


def _texts(widget: QWidget) -> Iterator[str]:
    """Visible text a user reads on and inside ``widget``."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel):
            yield child.text()
        elif isinstance(child, QAbstractButton):
            yield child.text()
            yield child.toolTip()
        elif isinstance(child, QGroupBox):
            yield child.title()
        elif isinstance(child, QComboBox):
            yield from (child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QLineEdit):
            yield child.placeholderText()
        elif isinstance(child, QTabWidget):
            yield from (child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            root = QModelIndex()
            try:
                columns, rows = model.columnCount(root), model.rowCount(root)
            except TypeError:  # list models hide columnCount; their rows are single cells
                columns, rows = 1, model.rowCount(root)
            for c in range(min(columns, 40)):
                yield str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for r in range(min(rows, 12)):
                    value = model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        yield value


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def _plain(text: str) -> str:
    """Rich text without tags and entities; plain text without its '&' accelerator marks."""
    if "<" in text or "&nbsp;" in text:
        return html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text.replace("&&", "").replace("&", "")


def _demo_words() -> set[str]:
    """Words of the demo data in every language: user data is not translated by the app."""
    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.update(WORD.findall(value))
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for path in (ROOT / "resources" / "demo").rglob("*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return words


@pytest.fixture
def pseudo_language(tmp_path: Path, qapp: QApplication) -> Iterator[str]:
    """A made-up language where every marked string starts with '⟦': unmarked text shows."""
    ts = tmp_path / "innocite_xx.ts"
    subprocess.run(
        [
            translations.tool("lupdate"),
            "-locations",
            "none",
            *translations.sources(),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        node = message.find("translation")
        assert node is not None
        node.text = "⟦" + (message.findtext("source") or "")
        node.attrib.pop("type", None)
    translations.write_ts(tree, ts)
    qm = tmp_path / "innocite_xx.qm"
    subprocess.run([translations.tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    i18n.set_language("de")  # German number formats, then the pseudo catalogue on top
    i18n._translator = translator
    QCoreApplication.installTranslator(translator)
    yield "⟦"
    QCoreApplication.removeTranslator(translator)
    i18n.set_language("en")


def _window(qtbot: QtBot, demo_db: object) -> QWidget:
    from app.storage.repository import ProjectRepository
    from app.widgets.main_window import MainWindow

    # Not configure_application: it would reset the language from INNOCITE_LANG.
    win = MainWindow(ProjectRepository(demo_db.session), database=demo_db, who="test")  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def _sweep(win: QWidget, qtbot: QtBot) -> Iterator[tuple[str, str]]:
    """(page, text) for every text on every sampled page, with each inner tab visited."""
    yield from (("menu", t) for a in win.menuBar().actions() for t in _menu_texts(a.menu()))
    for page in PAGES:
        assert win.show_page(page)
        qtbot.wait(150)
        win.worker.wait(5000)
        qtbot.wait(50)
        current = win.tabs.currentWidget()
        yield from ((page, t) for t in _texts(win))
        for tabs in current.findChildren(QTabWidget):
            for i in range(tabs.count()):
                if tabs.isVisible():
                    tabs.setCurrentIndex(i)
                    qtbot.wait(100)
                    win.worker.wait(5000)
                    yield from ((f"{page}/{tabs.tabText(i)}", t) for t in _texts(current))


def test_no_widget_shows_unmarked_english(
    qtbot: QtBot, demo_db: object, pseudo_language: str
) -> None:
    """Every word a user reads is marked for translation, data, a number or a kept name."""
    allowed = (
        KEEP | _demo_words() | {w for name in i18n.LANGUAGES.values() for w in WORD.findall(name)}
    )
    win = _window(qtbot, demo_db)
    bad: set[str] = set()
    for where, raw in _sweep(win, qtbot):
        text = _plain(raw).strip()
        if not text or pseudo_language in text:
            continue
        # Acronyms (method names) stay; a word cut by eliding ("star…") is data cut short.
        words = WORD.findall(re.sub(r"[^\W\d_]+…", " ", text))
        strange = [w for w in words if w not in allowed and not w.isupper()]
        if strange:
            bad.add(f"{where}: {text[:80]!r}")
    win.close()
    assert not bad, f"{len(bad)} unmarked text(s):\n" + "\n".join(sorted(bad)[:80])


@pytest.mark.parametrize("lang", ["de", "sl"])
def test_pages_in_a_real_language_show_no_english_and_decimal_commas(
    qtbot: QtBot, demo_db: object, lang: str
) -> None:
    """With the shipped catalogue, no text equals an English source that has a translation."""
    i18n.set_language(lang)
    try:
        sources = {
            (m.findtext("source") or "")
            for m in ET.parse(translations.ts_path(lang)).iter("message")
            if (m.findtext("translation") or "") != (m.findtext("source") or "")
        }
        sources = {s for s in sources if len(WORD.findall(s)) >= 1 and "{" not in s}
        win = _window(qtbot, demo_db)
        english: set[str] = set()
        dots: set[str] = set()
        for where, raw in _sweep(win, qtbot):
            if raw in sources and not all(w in KEEP for w in WORD.findall(raw)):
                english.add(f"{where}: {raw!r}")
            if DOT_DECIMAL.match(raw.strip()):
                dots.add(f"{where}: {raw!r}")
        win.close()
        assert not english, f"{len(english)} English text(s):\n" + "\n".join(sorted(english)[:80])
        assert not dots, f"{len(dots)} decimal point(s):\n" + "\n".join(sorted(dots)[:80])
    finally:
        i18n.set_language("en")


def _marked_in_code() -> set[str]:
    """Every literal passed to tr(), QT_TR_NOOP() or translate() in app/, read with ast."""
    import ast

    found: set[str] = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            args = node.args[1:] if name in ("translate", "QT_TRANSLATE_NOOP") else node.args
            if name in ("tr", "QT_TR_NOOP", "translate", "QT_TRANSLATE_NOOP") and args:
                first = args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


def test_every_marked_literal_reaches_the_catalogue() -> None:
    """lupdate skips some places silently (tr() inside an f-string): every literal must land."""
    sources = {
        m.findtext("source") or "" for m in ET.parse(translations.ts_path("de")).iter("message")
    }
    missing = sorted(_marked_in_code() - sources)
    assert not missing, f"{len(missing)} marked but not extracted: {missing[:20]}"
