"""Pictures of the Success factors page: DEMATEL and SWOT-AHP sub-tabs.

Run from the project root: python scripts/screenshot_success.py DEMATEL.png SWOT.png
"""

import os
import sys
import tempfile

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
w.show_page("success")
w.show()


def settle(n=20):
    for _ in range(n):
        app.processEvents()
        QThread.msleep(25)


settle()
page = w.pages["success"]
w.grab().save(sys.argv[1], "PNG")
page.show_tab("swot")
settle()
w.grab().save(sys.argv[2], "PNG")
w.close()
db.close()
