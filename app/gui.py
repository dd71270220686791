"""Start the desktop application: QApplication, bundled fonts, icon and the main window."""

from __future__ import annotations

import getpass
import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.i18n import current_language
from app.resources import resource_path
from app.storage.database import Database
from app.storage.repository import ProjectRepository

ORGANIZATION = "InnoCite"
APPLICATION = "InnoCite"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
# Place names in the InnoCite partner regions need these (Škofja Loka, Žalec, Franche-Comté).
LATIN_EXTENDED_SAMPLE = "čšžéàüČŠŽ"

log = logging.getLogger(__name__)


def register_fonts() -> list[str]:
    """Add the bundled TTF files to Qt's font database; return the families they provide."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load bundled font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def use_readable_font(app: QApplication, families: Sequence[str]) -> None:
    """Switch to the bundled family if the platform font cannot draw Latin Extended text.

    Without system fonts Qt draws boxes; with a good platform font the native look stays.
    """
    current = app.font()
    metrics = QFontMetrics(current)
    if all(metrics.inFontUcs4(ord(ch)) for ch in LATIN_EXTENDED_SAMPLE) or not families:
        return
    font = QFont(families[0])
    if current.pointSizeF() > 0:
        font.setPointSizeF(current.pointSizeF())
    app.setFont(font)


def configure_application(app: QApplication) -> None:
    """Names (they locate QSettings), version, language, window icon and fonts."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    apply_language()
    app.setWindowIcon(QIcon(str(resource_path("icons", "innocite.svg"))))
    use_readable_font(app, register_fonts())


def apply_language() -> str:
    """Translations and number formats: INNOCITE_LANG, else the Settings choice, else the system."""
    import os

    from app.i18n import LANGUAGE_ENV, set_language
    from app.services.settings import AppSettings

    return set_language(os.environ.get(LANGUAGE_ENV) or AppSettings().language)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The configured QApplication, reusing one that already exists (tests, embedding)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        args = list(sys.argv[1:] if argv is None else argv)
        app = QApplication([sys.argv[0] if sys.argv else "innocite", *args])
    configure_application(app)
    return app


def open_database_for_gui(url: str | None) -> tuple[Database, ProjectRepository] | str:
    """The projects database, or a one-line message saying why it cannot be opened."""
    from app.services.messages import user_message
    from app.storage.startup import open_projects

    try:
        return open_projects(url, language=current_language())
    except Exception as exc:
        return user_message(exc)


def main(argv: list[str] | None = None, db_url: str | None = None) -> int:
    """Open the main window on the projects database and run the event loop."""
    from app.i18n import tr
    from app.services.settings import AppSettings
    from app.widgets.main_window import MainWindow

    app = create_application(argv)
    url = db_url or AppSettings().database_url
    opened = open_database_for_gui(url)
    if isinstance(opened, str):
        QMessageBox.critical(
            None,
            "InnoCite Decision Studio",
            tr("Cannot open the projects database.") + f"\n\n{opened}",
        )
        return 1
    db, repo = opened
    try:
        window = MainWindow(repo, database=db, who=getpass.getuser(), location=db.display_url)
        window.show()
        return app.exec()
    finally:
        db.close()


def screenshot(path: str, page: str | None = None, size: tuple[int, int] = (1280, 800)) -> int:
    """Render the main window with the demo project offscreen to a PNG; returns the exit code."""
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from app.storage.startup import open_projects
    from app.widgets.main_window import PAGES, MainWindow

    app = create_application([])
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        db, repo = open_projects(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
        try:
            from app.storage.demo import seed_demo

            seed_demo(repo, language=current_language())
            window = MainWindow(repo, settings=settings, database=db, who="demo")
            window.resize(*size)
            if page and not window.show_page(page):
                sys.stderr.write(f"innocite: --page: no page named {page!r} ({', '.join(PAGES)})\n")
                return 2
            window.show()
            for _ in range(20):  # let layouts, charts and debounced recomputation settle
                app.processEvents()
                QThread.msleep(25)
            window.worker.wait(5000)
            app.processEvents()
            ok = window.grab().save(path, "PNG")
            window.close()
        finally:
            db.close()
    if not ok:
        sys.stderr.write(f"innocite: {path}: could not write the PNG\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
