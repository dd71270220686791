"""Qt for the memo: a QGuiApplication (offscreen without a display) and the bundled font."""

from __future__ import annotations

import os
import sys

from app.resources import resource_path

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FAMILY = "DejaVu Sans"  # embedded in every PDF; has č š ž ä ö ü é à

_registered = False
_app: object | None = None  # the application made here, kept alive


def ensure_qt() -> None:
    """A Q(Gui)Application exists (the GUI's, or one made here) and the memo font is registered.

    Without a display (a server, a test, `innocite memo` over ssh) Qt's offscreen platform
    is chosen before the application is created.
    """
    global _registered, _app
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    if QGuiApplication.instance() is None:
        headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
        if headless and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([sys.argv[0] if sys.argv else "innocite"])
    if not _registered:
        for name in FONT_FILES:
            if QFontDatabase.addApplicationFont(str(resource_path("fonts", name))) < 0:
                raise RuntimeError(f"could not load the memo font {name}")
        _registered = True
