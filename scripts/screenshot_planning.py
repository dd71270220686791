"""README pictures of the Retail planning page: the Retail, Huff and Town network sub-tabs.

Run from the project root:
python scripts/screenshot_planning.py RETAIL.png HUFF.png NETWORK.png
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
w.show_page("planning")
w.show()


def settle(n=20):
    for _ in range(n):
        app.processEvents()
        QThread.msleep(25)


page = w.pages["planning"]
for k, path in enumerate(sys.argv[1:4]):
    page.tabs.setCurrentIndex(k)
    settle()
    w.grab().save(path, "PNG")
w.close()
db.close()
