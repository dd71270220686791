"""The main window: navigator, pages, menus, undo, import by drop, export, screenshots."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import __version__
from app.gui import configure_application
from app.resources import resource_path
from app.services import problem_edits as edits
from app.storage.repository import ProjectRepository
from app.widgets.main_window import DEFAULT_SIZE, MainWindow, quit_shortcuts

ROOT = Path(__file__).resolve().parents[2]
DEMO_NAME = "Koper: SME support measures for the old town"


@pytest.fixture
def repo(demo_db: object) -> ProjectRepository:
    return ProjectRepository(demo_db.session)  # type: ignore[attr-defined]


@pytest.fixture
def window(
    qapp: QApplication, qtbot: QtBot, repo: ProjectRepository, demo_db: object
) -> MainWindow:
    configure_application(qapp)
    win = MainWindow(repo, database=demo_db, who="test")  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.worker.wait(5000)


def test_opens_the_first_project_with_its_pages(window: MainWindow) -> None:
    assert window.windowTitle() == f"{DEMO_NAME} — InnoCite Decision Studio"
    assert window.session is not None and window.session.is_open
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Problem",
        "Weights",
        "Results",
        "Sensitivity",
        "Memo",
        "Benchmarking",
        "Success factors",
        "Retail planning",
    ]
    assert all(window.tabs.isTabEnabled(i) for i in range(len(titles)))
    assert DEMO_NAME in window.header.text()


def test_menus_and_standard_shortcuts(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Project", "&Settings", "&Help"]
    assert window.action_new.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.New)
    assert window.action_undo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    assert window.action_quit.shortcuts() == quit_shortcuts()


def test_undo_and_redo_through_the_menu(window: MainWindow) -> None:
    session = window.session
    assert session is not None and session.problem is not None
    before = session.problem.matrix[0, 0]
    assert not window.action_undo.isEnabled()
    session.edit(lambda p: edits.set_values(p, [(0, 0, 4242.0)]), "Set value")
    assert window.action_undo.isEnabled() and "Set value" in window.action_undo.text()
    window.action_undo.trigger()
    assert session.problem.matrix[0, 0] == before
    window.action_redo.trigger()
    assert session.problem.matrix[0, 0] == 4242.0
    assert "Saved (version" in window.saved_label.text()


def test_new_rename_and_delete_with_confirmation(
    window: MainWindow, repo: ProjectRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    nav = window.navigator
    assert nav is not None
    answers = iter([("Market hall", True), ("Covered market hall", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    window.action_new.trigger()
    assert window.session is not None and window.session.summary is not None
    assert window.session.summary.name == "Market hall"
    window.action_rename.trigger()
    assert "Covered market hall" in [p.name for p in repo.list_projects()]
    assert window.windowTitle().startswith("Covered market hall")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.action_delete.trigger()
    assert "Covered market hall" in [p.name for p in repo.list_projects()]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.action_delete.trigger()
    assert [p.name for p in repo.list_projects()] == [DEMO_NAME]
    assert window.session.summary.name == DEMO_NAME  # the remaining project is opened


def test_search_filters_the_project_list(window: MainWindow, repo: ProjectRepository) -> None:
    nav = window.navigator
    assert nav is not None
    repo.duplicate_project(DEMO_NAME, "Izola harbour", who="test")
    nav.refresh()
    assert nav.proxy.rowCount() == 2
    nav.search.setText("izola")
    assert nav.proxy.rowCount() == 1


def drop(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_dropping_a_file_imports_it_off_the_gui_thread(
    window: MainWindow, repo: ProjectRepository, qtbot: QtBot
) -> None:
    drop(window, resource_path("examples", "incubator_site.json"))
    qtbot.waitUntil(lambda: len(repo.list_projects()) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: not window.worker.busy)
    assert window.session is not None and window.session.summary is not None
    assert window.session.summary.name == "Incubator site for the town centre"
    assert window.progress.isHidden()


def test_a_broken_dropped_file_is_a_message_and_changes_nothing(
    window: MainWindow, repo: ProjectRepository, qtbot: QtBot
) -> None:
    broken = ROOT / "tests" / "storage" / "broken" / "json_text_cell.json"
    drop(window, broken)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)
    qtbot.waitUntil(lambda: "'a lot' is not a number" in window.statusBar().currentMessage())
    assert len(repo.list_projects()) == 1


def test_importing_the_same_file_twice_gets_a_new_name(
    window: MainWindow, repo: ProjectRepository, qtbot: QtBot
) -> None:
    demo = resource_path("demo", "koper_sme_support.json")
    window.import_file(demo)
    qtbot.waitUntil(lambda: len(repo.list_projects()) == 2, timeout=10_000)
    assert f"{DEMO_NAME} (2)" in [p.name for p in repo.list_projects()]


def test_export_writes_the_project(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "koper.xlsx"
    assert window.export_file(target)
    assert target.stat().st_size > 0
    assert not window.export_file(tmp_path / "koper.csv")  # a CSV cannot hold the judgments
    assert "cannot hold" in window.statusBar().currentMessage()


def test_window_state_and_last_page_are_remembered(
    qapp: QApplication, qtbot: QtBot, repo: ProjectRepository, tmp_path: Path
) -> None:
    store = QSettings(str(tmp_path / "explicit.ini"), QSettings.Format.IniFormat)
    first = MainWindow(repo, settings=store)
    qtbot.addWidget(first)
    first.resize(700, 480)
    first.show()
    qtbot.waitExposed(first)
    first.show_page("results")
    size = (first.width(), first.height())  # at least the layout's minimum width
    first.close()
    again = MainWindow(repo, settings=store)
    qtbot.addWidget(again)
    # the offscreen screen is 800 px wide, so the width may be clamped to it
    assert again.height() == size[1] == 480 and abs(again.width() - size[0]) <= 20
    assert again.current_page() == "results"


def test_without_a_database_the_window_still_opens(qapp: QApplication, qtbot: QtBot) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    assert (win.width(), win.height()) == DEFAULT_SIZE
    assert not win.action_import.isEnabled()


def test_about_shows_the_version(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[QWidget, str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "about", lambda parent, title, text: shown.append((parent, title, text))
    )
    window.action_about.trigger()
    assert len(shown) == 1 and f"version {__version__}" in shown[0][2]


@pytest.mark.parametrize("page", ["problem", "weights", "results", "benchmarking"])
def test_screenshot_command_writes_a_png(tmp_path: Path, page: str) -> None:
    out = tmp_path / f"{page}.png"
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "--screenshot", str(out), "--page", page],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        env={
            **__import__("os").environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(tmp_path),
        },
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_of_an_unknown_page_is_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "--screenshot",
            str(tmp_path / "x.png"),
            "--page",
            "nowhere",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "innocite: --page: no page named 'nowhere' "
        "(problem, weights, results, sensitivity, memo, benchmarking, success, planning)"
    ]


def test_project_list_model_passes_the_model_tester(
    window: MainWindow, qtmodeltester: object
) -> None:
    assert window.navigator is not None
    qtmodeltester.check(window.navigator.model)  # type: ignore[attr-defined]


def test_sensitivity_page_follows_the_results_method(window: MainWindow) -> None:
    results, sensitivity = window.pages["results"], window.pages["sensitivity"]
    assert sensitivity.method() == results.method()  # type: ignore[attr-defined]
    results.set_method("vikor")
    assert sensitivity.method() == "vikor"
    results.set_method("promethee2")
    assert sensitivity.method() == "promethee2"


def test_undo_follows_the_benchmarking_pages_own_stack(window: MainWindow) -> None:
    page = window.pages["benchmarking"]
    assert window.show_page("benchmarking")
    unit, indicator = "Koper", page.bset.data["indicators"][0]["id"]  # type: ignore[attr-defined]
    before = page._value(unit, indicator)  # type: ignore[attr-defined]
    assert page.edit_cell(unit, indicator, "42")  # type: ignore[attr-defined]
    assert window.active_undo_stack() is page.undo_stack  # type: ignore[attr-defined]
    assert window.action_undo.isEnabled()
    window.action_undo.trigger()
    assert page._value(unit, indicator) == before  # type: ignore[attr-defined]
    assert window.show_page("problem")
    assert window.active_undo_stack() is window.session.undo_stack  # type: ignore[union-attr]
