"""Qt test setup: offscreen platform before any QApplication, temporary settings, no leaks."""

from __future__ import annotations

import os

# Before any Qt import: the platform plugin is chosen when the QApplication is created.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool


@pytest.fixture(autouse=True)
def _no_thread_pool_leftovers() -> Iterator[None]:
    """Fail a test that leaves work running in the global thread pool."""
    yield
    pool = QThreadPool.globalInstance()
    pool.waitForDone(1000)
    active = pool.activeThreadCount()
    if active > 0:
        pytest.fail(f"test left {active} QThreadPool job(s) running after 1 s")


@pytest.fixture(autouse=True)
def _no_user_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app under test never opens the user's real database or data folder."""
    import app.storage.database as database

    monkeypatch.delenv(database.ENV_URL, raising=False)
    monkeypatch.setattr(database, "data_dir", lambda: tmp_path / "user-data")


@pytest.fixture(autouse=True)
def temp_settings(tmp_path: Path) -> Iterator[Path]:
    """Route QSettings() to INI files under tmp_path, so no test touches real settings."""
    previous_format = QSettings.defaultFormat()
    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder / "system"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    yield folder
    QSettings.setDefaultFormat(previous_format)


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A fresh SQLite database holding the Koper demo project (an ``app.storage.Database``)."""
    import app.storage.database as database
    from app.storage.database import open_database
    from app.storage.demo import seed_demo
    from app.storage.repository import ProjectRepository
    from app.storage.schema import ensure_schema

    monkeypatch.delenv(database.ENV_URL, raising=False)
    monkeypatch.setattr(database, "data_dir", lambda: tmp_path / "user-data")
    db = open_database(f"sqlite:///{tmp_path / 'projects.sqlite3'}")
    ensure_schema(db)
    seed_demo(ProjectRepository(db.session))
    yield db
    db.close()


@pytest.fixture
def session(demo_db: object, qtbot: object) -> Iterator[object]:
    """A ``ProjectSession`` with the demo project open."""
    from app.services.project_session import ProjectSession
    from app.storage.repository import ProjectRepository

    repo = ProjectRepository(demo_db.session)  # type: ignore[attr-defined]
    s = ProjectSession(repo, who="test")
    assert s.open(repo.list_projects()[0].id)
    yield s
    s.undo_stack.clear()


@pytest.fixture(autouse=True)
def english_interface(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests read English text unless they switch language themselves (whatever LANG is)."""
    from app import i18n

    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def show_page(qtbot: Any) -> Iterator[Callable[..., Any]]:
    """Show a page widget at a size (closed by qtbot); its undo stack is cleared afterwards."""
    shown: list[Any] = []

    def show(widget: Any, width: int = 1100, height: int = 700) -> Any:
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        shown.append(widget)
        return widget

    yield show
    for widget in shown:
        stack = getattr(widget, "undo_stack", None)
        if stack is not None:
            stack.clear()
