"""Settings ▸ Language…: the choice is stored, the dialog shows it, and German really shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from app import i18n
from app.services.settings import AppSettings
from app.storage.repository import ProjectRepository
from app.widgets.language_dialog import LanguageDialog
from app.widgets.main_window import MainWindow


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "lang.ini"), QSettings.Format.IniFormat)


def test_the_dialog_lists_system_default_and_the_languages_in_their_own_names(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = LanguageDialog(AppSettings(_settings(tmp_path)))
    qtbot.addWidget(dialog)
    items = [dialog.combo.itemText(i) for i in range(dialog.combo.count())]
    assert items == ["System default", *i18n.LANGUAGES.values()]
    assert dialog.code() is None  # nothing stored yet: the system's language


def test_the_choice_is_saved_and_shown_next_time_without_restarting(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = _settings(tmp_path)
    dialog = LanguageDialog(AppSettings(store))
    qtbot.addWidget(dialog)
    asked: list[bool] = []
    restarted: list[bool] = []
    dialog.ask_restart = lambda: asked.append(True) or False
    dialog.restart = lambda: restarted.append(True) or True
    dialog.set_code("sl")
    dialog.accept()
    assert asked == [True] and restarted == []
    assert (
        QSettings(str(tmp_path / "lang.ini"), QSettings.Format.IniFormat).value(
            "interface/language"
        )
        == "sl"
    )
    again = LanguageDialog(AppSettings(_settings(tmp_path)))
    qtbot.addWidget(again)
    assert again.code() == "sl" and again.combo.currentText() == "Slovenščina"


def test_restart_now_restarts_and_system_default_clears_the_choice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = AppSettings(_settings(tmp_path))
    settings.language = "de"
    dialog = LanguageDialog(settings)
    qtbot.addWidget(dialog)
    restarted: list[bool] = []
    dialog.ask_restart = lambda: True
    dialog.restart = lambda: restarted.append(True) or True
    dialog.set_code(None)
    dialog.accept()
    assert restarted == [True]
    assert AppSettings(_settings(tmp_path)).language is None


def test_an_unchanged_choice_does_not_ask_to_restart(qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(_settings(tmp_path))
    settings.language = "fr"
    dialog = LanguageDialog(settings)
    qtbot.addWidget(dialog)
    dialog.ask_restart = lambda: pytest.fail("asked to restart for no change")  # type: ignore[assignment,return-value]
    dialog.accept()
    assert settings.language == "fr"


def test_the_settings_menu_opens_the_dialog(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(LanguageDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(None)
    qtbot.addWidget(window)
    assert window.action_language.text() == "&Language…"
    window.action_language.trigger()
    assert len(opened) == 1


def test_the_main_window_in_german(qapp: QApplication, qtbot: QtBot, demo_db: object) -> None:
    assert Path(i18n.qm_path("de")).exists(), "run: python scripts/translations.py build"
    try:
        i18n.set_language("de")
        repo = ProjectRepository(demo_db.session)  # type: ignore[attr-defined]
        window = MainWindow(repo, database=demo_db, who="test")  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles == ["&Datei", "&Bearbeiten", "&Projekt", "&Einstellungen", "&Hilfe"]
        results = window.pages["results"]
        combo = results.method_combo  # type: ignore[attr-defined]
        assert isinstance(combo, QComboBox)
        names = [combo.itemText(i) for i in range(combo.count())]
        assert "Gewichtete Summe (WSM)" in names and "Gewichtetes Produkt (WPM)" in names
        assert results.method_help.text().startswith("Nähe zur idealen")  # type: ignore[attr-defined]
        tree = window.pages["problem"].criteria_model  # type: ignore[attr-defined]
        assert tree.headerData(3, Qt.Orientation.Horizontal) == "Gewicht (lokal)"
        weights = [
            str(tree.data(tree.index_of(c.id, 3)))
            for c in window.session.problem.criteria  # type: ignore[union-attr]
            if c.weight is not None and c.weight != int(c.weight)
        ]
        assert weights and all("," in w and "." not in w for w in weights)
        ranking = results.ranking  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: ranking.rowCount() > 0, timeout=5000)
        assert "," in str(ranking.data(ranking.index(0, 2)))
        window.worker.wait(5000)
        window.close()
    finally:
        i18n.set_language("en")
    assert i18n.tr("&File") == "&File"
