"""`innocite --self-test`: check an installation (source or frozen build) end to end, offscreen.

Each step prints one line with its time; the exit code is 0 only if every step passed.
A failed step prints its reason on stderr and the steps that need its result are skipped.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# A string of app/cli.py (translated in resources/i18n/pending/cli.json): if it reads the
# same in a language, that language's catalogue is missing or stale.
KNOWN_STRING = "InnoCite Decision Studio. Without a command, opens the desktop app."
# Qt ships its own dialogs' catalogue (qtbase_<code>.qm) for these; there is no Slovenian one.
QT_CATALOGUES = ("de", "it", "fr")
LIBRARIES = ("numpy", "pandas", "pymcdm.methods", "pyqtgraph", "openpyxl", "defusedxml", "docx")


@dataclass
class _State:
    folder: Path  # the PNG and the memo (kept with --out)
    scratch: Path  # the database and settings (always temporary)
    db: Any = None
    repo: Any = None
    project: int = 0  # the demo project's id, once stored
    passed: list[str] = field(default_factory=list)


def _libraries(state: _State) -> str:
    import importlib

    for name in LIBRARIES:
        importlib.import_module(name)
    import numpy as np

    # numpy's BLAS/LAPACK (OpenBLAS) actually loads and computes (AHP needs eigenvalues).
    if abs(float(np.linalg.eigvals(np.diag([2.0, 3.0])).max()) - 3.0) > 1e-12:
        raise RuntimeError("numpy's eigenvalues are wrong")
    import psycopg
    import sqlalchemy

    # Creating an engine loads the dialect and its driver; nothing connects.
    sqlalchemy.create_engine("postgresql+psycopg://selftest@localhost/selftest").dispose()
    sqlalchemy.create_engine("sqlite://").dispose()
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {psycopg.pq.version()}"


def _database(state: _State) -> str:
    from app.storage.demo import seed_demo
    from app.storage.startup import open_projects

    state.db, state.repo = open_projects(f"sqlite:///{state.scratch / 'selftest.sqlite3'}")
    summary = seed_demo(state.repo)
    state.project = summary.id
    n = len(state.repo.list_projects())
    return f"demo seeded: '{summary.name}', {n} project(s), {summary.n_alternatives} alternatives"


def _rank(state: _State) -> str:
    from decision.errors import DecisionError
    from decision.evaluate import rank
    from decision.methods.registry import all_methods

    problem = state.repo.load_problem(state.project)
    best = rank(problem, "topsis").ordered()[0].name
    refused = []
    methods = all_methods()
    for key in methods:  # includes the pymcdm ones (scipy, pymcdm imported here)
        try:
            rank(problem, key)
        except DecisionError:
            refused.append(key)  # the demo data does not suit every method; not a failure
    return f"TOPSIS best: {best}; {len(methods) - len(refused)}/{len(methods)} methods ranked"


def _files(state: _State) -> str:
    from app.storage.document import ProjectDocument
    from app.storage.formats import read_document, write_document

    doc = state.repo.load_document(state.project)
    sizes = []
    # Excel carries the whole project; XMCDA (defusedxml) the matrix, checked on its own.
    for suffix, document in ((".xlsx", doc), (".xml", ProjectDocument(problem=doc.problem))):
        path = state.scratch / f"selftest{suffix}"
        write_document(document, path)
        back = read_document(path)
        if back.name != doc.name:
            raise RuntimeError(f"{path.name}: read back as '{back.name}', not '{doc.name}'")
        sizes.append(f"{path.name} {path.stat().st_size // 1024} KB")
    return "written and read back: " + ", ".join(sizes)


def _window(state: _State) -> str:
    from PySide6.QtCore import QSettings, QThread
    from PySide6.QtGui import QImage

    from app.gui import create_application
    from app.widgets.main_window import MainWindow

    app = create_application([])
    settings = QSettings(str(state.scratch / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(state.repo, settings=settings, database=state.db, who="self-test")
    try:
        window.resize(1280, 800)
        if not window.show_page("results"):
            raise RuntimeError("the main window has no Results page")
        window.show()
        for _ in range(20):  # layouts, charts and the debounced recomputation settle
            app.processEvents()
            QThread.msleep(25)
        window.worker.wait(5000)
        app.processEvents()
        path = state.folder / "results.png"
        if not window.grab().save(str(path), "PNG"):
            raise RuntimeError(f"{path}: could not write the PNG")
    finally:
        window.close()
        app.processEvents()
    image = QImage(str(path))
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)
    }
    if len(colours) < 8:  # a blank or single-colour grab: nothing was drawn
        raise RuntimeError(f"{path.name}: only {len(colours)} colours; the page looks empty")
    return f"{path} ({image.width()}×{image.height()}, {path.stat().st_size // 1024} KB)"


def _memo(state: _State) -> str:
    import zipfile

    from app.memo.build import build_snapshot
    from app.memo.export import export_memo

    snapshot = build_snapshot(state.repo, state.project, samples=500, author="self-test")
    pdf = export_memo(snapshot, state.folder / "memo.pdf")
    if not pdf.read_bytes().startswith(b"%PDF") or pdf.stat().st_size < 10_000:
        raise RuntimeError(f"{pdf}: not a complete PDF")
    docx = export_memo(snapshot, state.folder / "memo.docx")
    with zipfile.ZipFile(docx) as z:
        if "word/document.xml" not in z.namelist():
            raise RuntimeError(f"{docx}: not a Word document")
    return (
        f"{pdf} ({pdf.stat().st_size // 1024} KB), {docx.name} ({docx.stat().st_size // 1024} KB)"
    )


def _translations(state: _State) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from app.i18n import LANGUAGES, SOURCE_LANGUAGE, language, qm_path, tr

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    checked = []
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE:
            continue
        if not Path(qm_path(code)).is_file():
            raise RuntimeError(f"{code}: {qm_path(code)} is missing")
        with language(code):
            if tr(KNOWN_STRING) == KNOWN_STRING:
                raise RuntimeError(f"{code}: a known string is not translated ({qm_path(code)})")
        if code in QT_CATALOGUES and not QTranslator().load(f"qtbase_{code}", qt_dir):
            raise RuntimeError(
                f"{code}: Qt's own catalogue qtbase_{code}.qm is missing in {qt_dir}"
            )
        checked.append(code)
    return f"{', '.join(checked)} load (and Qt's for {', '.join(QT_CATALOGUES)})"


# name, function, the steps whose results it needs
STEPS: tuple[tuple[str, Callable[[_State], str], tuple[str, ...]], ...] = (
    ("libraries", _libraries, ()),
    ("database", _database, ()),
    ("rank", _rank, ("database",)),
    ("files", _files, ("database",)),
    ("window", _window, ("database",)),
    ("memo", _memo, ("database",)),
    ("translations", _translations, ()),
)


def run_self_test(out: str | None = None) -> int:
    """Run every step; files go to ``out`` (kept) or a temporary folder. Returns the exit code."""
    start = time.perf_counter()
    frozen = "frozen build" if getattr(sys, "frozen", False) else "source"
    from app import __version__

    print(f"innocite {__version__} self-test ({frozen}, Python {sys.version.split()[0]})")
    with tempfile.TemporaryDirectory(prefix="innocite-selftest-") as tmp:
        folder = Path(out) if out else Path(tmp)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            sys.stderr.write(f"innocite: --out {out}: cannot make the folder ({exc.strerror})\n")
            return 2
        state = _State(folder=folder, scratch=Path(tmp))
        failed: list[str] = []
        try:
            for name, step, needs in STEPS:
                missing = [n for n in needs if n not in state.passed]
                if missing:
                    print(f"skip {name:<13} (needs {', '.join(missing)})", flush=True)
                    failed.append(name)
                    continue
                t0 = time.perf_counter()
                try:
                    detail = step(state)
                except Exception as exc:
                    seconds = time.perf_counter() - t0
                    print(f"FAIL {name:<13} {seconds:6.2f} s", flush=True)
                    one_line = " ".join(f"{type(exc).__name__}: {exc}".split())
                    sys.stderr.write(f"innocite: self-test step '{name}' failed: {one_line}\n")
                    traceback.print_exc(file=sys.stderr)
                    failed.append(name)
                    continue
                seconds = time.perf_counter() - t0
                print(f"ok   {name:<13} {seconds:6.2f} s  {detail}", flush=True)
                state.passed.append(name)
        finally:
            if state.db is not None:
                state.db.close()
    total = time.perf_counter() - start
    if failed:
        print(f"self-test FAILED ({', '.join(failed)}) in {total:.2f} s", flush=True)
        sys.stderr.write(f"innocite: self-test failed: {', '.join(failed)}\n")
        return 1
    print(f"self-test passed: {len(STEPS)} steps in {total:.2f} s", flush=True)
    return 0
