"""README pictures that need more than `innocite --screenshot`: sub-tabs and a Monte Carlo run.

Run from the project root (offscreen, on a fresh temporary database with the demo data):

    python scripts/screenshots.py benchmarking RANKING.png PEERS.png
    python scripts/screenshots.py success DEMATEL.png SWOT.png
    python scripts/screenshots.py planning RETAIL.png HUFF.png NETWORK.png
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QThread

from app.gui import create_application
from app.i18n import current_language
from app.storage.demo import seed_demo
from app.storage.startup import open_projects
from app.widgets.main_window import MainWindow


def settle(app: Any, n: int = 20) -> None:
    """Let layouts, charts and debounced recomputation finish."""
    for _ in range(n):
        app.processEvents()
        QThread.msleep(25)


def benchmarking(app: Any, page: Any) -> list[Callable[[], None]]:
    def with_bands() -> None:
        page.run_uncertainty()
        started = time.time()
        while (page.progress.isVisible() or time.time() - started < 1.0) and (
            time.time() - started < 20
        ):
            settle(app, 4)

    return [with_bands, lambda: page.right.setCurrentIndex(1)]


def success(app: Any, page: Any) -> list[Callable[[], None]]:
    return [lambda: None, lambda: page.show_tab("swot")]


def planning(app: Any, page: Any) -> list[Callable[[], None]]:
    return [lambda k=k: page.tabs.setCurrentIndex(k) for k in range(3)]


STEPS = {"benchmarking": benchmarking, "success": success, "planning": planning}


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in STEPS:
        sys.stderr.write(__doc__ or "")
        return 2
    name, paths = argv[0], argv[1:]
    app = create_application([])
    tmp = tempfile.mkdtemp()
    settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
    db, repo = open_projects(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
    try:
        seed_demo(repo, language=current_language())  # the interface language (INNOCITE_LANG)
        window = MainWindow(repo, settings=settings, database=db, who="demo")
        window.resize(1280, 800)
        window.show_page(name)
        window.show()
        settle(app)
        steps = STEPS[name](app, window.pages[name])
        for step, path in zip(steps, paths, strict=False):
            step()
            settle(app)
            window.grab().save(path, "PNG")
        window.close()
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
