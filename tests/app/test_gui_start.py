"""Start-up pieces of app.gui: names, bundled fonts, icon, the event loop, lazy engine imports."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from app import gui
from app.widgets.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_configure_sets_names_and_version(qapp: QApplication) -> None:
    gui.configure_application(qapp)
    assert QCoreApplication.organizationName() == "InnoCite"
    assert QCoreApplication.applicationName() == "InnoCite"
    assert QCoreApplication.applicationVersion() == "0.1.0"


def test_bundled_fonts_register_and_draw_latin_extended(qapp: QApplication) -> None:
    families = gui.register_fonts()
    assert "DejaVu Sans" in families
    assert "DejaVu Sans" in QFontDatabase.families()
    bold = QFont("DejaVu Sans")
    bold.setBold(True)
    for font in (QFont("DejaVu Sans"), bold):
        metrics = QFontMetrics(font)
        missing = [ch for ch in "čšžéàüČŠŽ" if not metrics.inFontUcs4(ord(ch))]
        assert missing == [], f"{font.family()} lacks {missing}"


def test_application_font_draws_latin_extended(qapp: QApplication) -> None:
    gui.configure_application(qapp)
    metrics = QFontMetrics(qapp.font())
    missing = [ch for ch in gui.LATIN_EXTENDED_SAMPLE if not metrics.inFontUcs4(ord(ch))]
    assert missing == [], f"application font {qapp.font().family()!r} lacks {missing}"


FONTLESS_CHECK = """
import sys
from PySide6.QtGui import QFontDatabase, QFontMetrics
import app.gui as gui
if sys.argv[1] == "without-bundled-fonts":
    gui.register_fonts = lambda: []
app = gui.create_application([])
metrics = QFontMetrics(app.font())
print(all(metrics.inFontUcs4(ord(ch)) for ch in "Ready " + gui.LATIN_EXTENDED_SAMPLE))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="hides system fonts through fontconfig")
def test_text_is_drawable_on_a_machine_without_system_fonts(tmp_path: Path) -> None:
    # An empty fontconfig configuration hides every system font, as on a bare server.
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n")
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(conf),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    results = {}
    for mode in ("with-bundled-fonts", "without-bundled-fonts"):
        done = subprocess.run(
            [sys.executable, "-c", FONTLESS_CHECK, mode],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 0, done.stderr
        results[mode] = done.stdout.strip()
    # Without the bundled fonts Qt would draw boxes; the control shows the setup is real.
    assert results == {"with-bundled-fonts": "True", "without-bundled-fonts": "False"}


def test_window_icon_is_the_bundled_svg(qapp: QApplication) -> None:
    gui.configure_application(qapp)
    pixmap = qapp.windowIcon().pixmap(32, 32)
    assert not pixmap.isNull(), "SVG icon did not load (qsvg icon engine missing?)"
    image = pixmap.toImage()
    # The icon's background is the dark blue rounded square, not transparent.
    assert image.pixelColor(16, 4).name() == "#1d5b86"


def _run_closing_the_window(qapp: QApplication, entry: Callable[[], int]) -> tuple[list[str], int]:
    """Run a GUI entry point, close its main window once shown; return titles seen and code."""
    seen: list[str] = []

    def close_main_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.close()

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(99))  # never hang the suite
    guard.start(10_000)
    QTimer.singleShot(50, close_main_window)
    try:
        code = entry()
    finally:
        guard.stop()
    return seen, code


def test_main_shows_the_window_and_returns_the_exit_code(qapp: QApplication) -> None:
    seen, code = _run_closing_the_window(qapp, lambda: gui.main([]))
    # a first start creates the default database with the demo project and opens it
    assert seen == ["Koper: SME support measures for the old town — InnoCite Decision Studio"]
    assert code == 0


def test_gui_start_path_does_not_import_the_engine_stack(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from app.gui import create_application\n"
        "from app.widgets.main_window import MainWindow\n"
        "from app.storage.startup import open_projects\n"
        "app = create_application([])\n"
        "db, repo = open_projects(sys.argv[1])\n"
        "window = MainWindow(repo, database=db)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "heavy = ('pandas', 'pymcdm', 'scipy', 'matplotlib', 'openpyxl')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", script, f"sqlite:///{tmp_path / 'p.sqlite3'}"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"loaded on GUI start: {done.stdout.strip()}"


def test_innocite_without_arguments_opens_the_window(qapp: QApplication) -> None:
    from app import cli

    seen, code = _run_closing_the_window(qapp, lambda: cli.main([]))
    assert seen == ["Koper: SME support measures for the old town — InnoCite Decision Studio"]
    assert code == 0


def test_a_database_that_cannot_be_opened_is_a_message(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    assert gui.main([], db_url=str(folder)) == 1
    assert len(shown) == 1 and "is a folder" in shown[0] and "Traceback" not in shown[0]
