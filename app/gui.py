"""Start the desktop application: QApplication, bundled fonts, icon and the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.resources import resource_path
from app.widgets.main_window import MainWindow

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
    """Names (they locate QSettings), version, window icon and fonts."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "innocite.svg"))))
    use_readable_font(app, register_fonts())


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


def main(argv: list[str] | None = None) -> int:
    """Open the main window and run the event loop; returns the exit code."""
    app = create_application(argv)
    window = MainWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
