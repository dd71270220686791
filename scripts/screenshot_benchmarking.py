"""README pictures of the Benchmarking page with Monte Carlo bands and the peers radar.

Run from the project root: python scripts/screenshot_benchmarking.py RANKING.png PEERS.png
"""

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path

from PySide6.QtCore import QSettings, QThread

from app.gui import create_application
from app.storage.demo import seed_demo
from app.storage.startup import open_projects
from app.widgets.main_window import MainWindow

app = create_application([])
tmp = tempfile.mkdtemp()
settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
db, repo = open_projects(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
seed_demo(repo)
w = MainWindow(repo, settings=settings, database=db, who="demo")
w.resize(1280, 800)
w.show_page("benchmarking")
w.show()


def settle(n=20):
    for _ in range(n):
        app.processEvents()
        QThread.msleep(25)


settle()
page = w.pages["benchmarking"]
page.run_uncertainty()
t0 = time.time()
while page.progress.isVisible() or time.time() - t0 < 1.0:
    settle(4)
    if time.time() - t0 > 20:
        break
settle()
w.grab().save(sys.argv[1], "PNG")
page.right.setCurrentIndex(1)
settle()
w.grab().save(sys.argv[2], "PNG")
w.close()
db.close()
