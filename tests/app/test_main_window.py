"""The main window: title, menus, About, status bar, CLI guide, remembered geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import __version__
from app.gui import configure_application
from app.widgets.main_window import DEFAULT_SIZE, GEOMETRY_KEY, MainWindow, quit_shortcuts


@pytest.fixture
def window(qapp: QApplication, qtbot: QtBot) -> MainWindow:
    configure_application(qapp)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_window_shows_with_title_and_ready_status(window: MainWindow) -> None:
    assert window.isVisible()
    assert window.windowTitle() == "InnoCite Decision Studio"
    assert window.statusBar().currentMessage() == "Ready"


def test_menus_are_file_and_help(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Help"]


def test_quit_has_the_standard_shortcut_and_closes(window: MainWindow, qtbot: QtBot) -> None:
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    shortcuts = window.action_quit.shortcuts()
    if standard:
        assert shortcuts == standard
    else:
        # Windows and the offscreen platform define no standard Quit key.
        assert shortcuts == [QKeySequence("Ctrl+Q")]
    assert quit_shortcuts() == shortcuts
    window.activateWindow()
    qtbot.keySequence(window, shortcuts[0])
    qtbot.waitUntil(lambda: not window.isVisible())


def test_about_shows_the_version(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[QWidget, str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "about", lambda parent, title, text: shown.append((parent, title, text))
    )
    window.action_about.trigger()
    assert len(shown) == 1
    parent, title, text = shown[0]
    assert parent is window
    assert title == "About InnoCite Decision Studio"
    assert f"version {__version__}" in text
    assert __version__ == "0.1.0"


def test_central_guide_lists_the_cli_commands(window: MainWindow) -> None:
    guide = window.centralWidget()
    assert isinstance(guide, QLabel)
    text = guide.text()
    for command in ("innocite rank", "innocite ahp", "innocite weights", "innocite methods"):
        assert f"<code>{command}" in text
    assert "docs/cli.md" in text


def test_first_start_uses_the_default_size(qapp: QApplication, qtbot: QtBot) -> None:
    configure_application(qapp)
    win = MainWindow()
    qtbot.addWidget(win)
    assert (win.width(), win.height()) == DEFAULT_SIZE


def test_geometry_is_saved_on_close_and_restored(
    qapp: QApplication, qtbot: QtBot, temp_settings: Path
) -> None:
    configure_application(qapp)
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 480)
    first.move(40, 30)
    first.show()
    qtbot.waitExposed(first)
    saved_geometry = first.geometry()
    first.close()

    ini = temp_settings / "InnoCite" / "InnoCite.ini"
    assert ini.is_file(), f"no settings file written under {temp_settings}"
    assert not QSettings().value(GEOMETRY_KEY).isEmpty()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (700, 480)
    assert second.geometry() == saved_geometry


def test_an_explicit_settings_object_is_used(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    store = QSettings(str(tmp_path / "explicit.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=store)
    qtbot.addWidget(win)
    win.resize(640, 420)
    win.close()
    store.sync()
    assert (tmp_path / "explicit.ini").is_file()
    again = MainWindow(settings=store)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 420)
