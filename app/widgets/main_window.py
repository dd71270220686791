"""The main window: project navigator, the project's pages, menus, toolbar, status bar, file drops."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.i18n import QT_TR_NOOP, tr
from app.services.project_session import ProjectSession
from app.services.settings import AppSettings
from app.services.worker import Worker
from app.storage.database import Database
from app.storage.repository import ProjectRepository
from app.widgets.navigator import ProjectNavigator

WINDOW_TITLE = "InnoCite Decision Studio"
DEFAULT_SIZE = (1280, 800)
IMPORT_SUFFIXES = (".json", ".xlsx", ".csv", ".xml", ".xmcda")
IMPORT_FILTER = QT_TR_NOOP("Project files (*.json *.xlsx *.csv *.xml *.xmcda);;All files (*)")
EXPORT_FILTER = QT_TR_NOOP(
    "Excel workbook (*.xlsx);;JSON project file (*.json);;CSV (*.csv);;XMCDA 3 (*.xml)"
)
PAGES = (
    "problem",
    "weights",
    "results",
    "sensitivity",
    "memo",
    "benchmarking",
    "success",
    "planning",
)
# Tabs shown disabled with a note until their page is built (none left).
LATER_PAGES: tuple[tuple[str, str], ...] = ()


def quit_shortcuts() -> list[QKeySequence]:
    """The platform's standard Quit keys, or Ctrl+Q where it defines none (Windows, offscreen)."""
    return QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]


def _page_factories() -> list[tuple[str, str, Callable[[ProjectSession], QWidget]]]:
    from app.widgets.benchmark_page import BenchmarkPage
    from app.widgets.memo_page import MemoPage
    from app.widgets.planning_page import PlanningPage
    from app.widgets.problem_page import ProblemPage
    from app.widgets.results_page import ResultsPage
    from app.widgets.sensitivity_page import SensitivityPage
    from app.widgets.success_page import SuccessPage
    from app.widgets.weights_page import WeightsPage

    return [
        ("problem", tr("Problem"), ProblemPage),
        ("weights", tr("Weights"), WeightsPage),
        ("results", tr("Results"), ResultsPage),
        ("sensitivity", tr("Sensitivity"), SensitivityPage),
        ("memo", tr("Memo"), MemoPage),
        ("benchmarking", tr("Benchmarking"), BenchmarkPage),
        ("success", tr("Success factors"), SuccessPage),
        ("planning", tr("Retail planning"), PlanningPage),
    ]


class MainWindow(QMainWindow):
    """Top-level window over one repository; remembers geometry, layout and the last page.

    Parameters
    ----------
    repo:
        Where projects live; ``None`` shows the window without projects (used by tests of
        the chrome alone).
    settings:
        Preferences; ``None`` uses the application's default ``QSettings()``.
    """

    def __init__(
        self,
        repo: ProjectRepository | None = None,
        settings: QSettings | None = None,
        database: Database | None = None,
        who: str = "",
        location: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = AppSettings(settings)
        self.repo = repo
        self.database = database
        self.location = location
        self.setWindowTitle(WINDOW_TITLE)
        self.setAcceptDrops(True)
        self.worker = Worker(parent=self)
        self.worker.sig_idle.connect(self._idle)
        self.session: ProjectSession | None = None
        self.navigator: ProjectNavigator | None = None
        self.pages: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.header = QLabel()
        self.header.setObjectName("project_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setContentsMargins(8, 6, 8, 2)
        self._build_actions()
        self._build_status_bar()
        if repo is not None:
            self._build_workspace(repo, who)
        else:
            self.setCentralWidget(QLabel(tr("No database is open.")))
        self._restore_window()
        self._update_actions()
        self._start_auto_backup()

    # -- construction -----------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], keys: object = None) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(keys) or [])
        elif isinstance(keys, str):
            action.setShortcut(QKeySequence(keys))
        elif isinstance(keys, list):
            action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.action_new = self._action(tr("&New project…"), self._new_project, std.New)
        self.action_import = self._action(tr("&Import…"), self.import_dialog, "Ctrl+I")
        self.action_export = self._action(tr("&Export…"), self.export_dialog, "Ctrl+E")
        self.action_quit = self._action(tr("&Quit"), self.close, quit_shortcuts())
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_undo = self._action(tr("&Undo"), self._undo, std.Undo)
        self.action_redo = self._action(tr("&Redo"), self._redo, std.Redo)
        if not self.action_redo.shortcuts():
            self.action_redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.action_duplicate = self._action(tr("&Duplicate project…"), self._duplicate)
        self.action_rename = self._action(tr("&Rename project…"), self._rename, "F2")
        self.action_delete = self._action(tr("De&lete project…"), self._delete)
        self.action_find = self._action(tr("&Find project"), self._focus_search, std.Find)
        self.action_about = self._action(
            tr("&About {app}").format(app=WINDOW_TITLE), self.show_about
        )
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)

        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(self.action_new)
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.action_import)
        file_menu.addAction(self.action_export)
        file_menu.addSeparator()
        self.action_database = self._action(tr("Projects &database…"), self.choose_database)
        file_menu.addAction(self.action_database)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_find)
        project_menu = bar.addMenu(tr("&Project"))
        for a in (self.action_duplicate, self.action_rename, self.action_delete):
            project_menu.addAction(a)
        self.action_language = self._action(tr("&Language…"), self.choose_language)
        self.action_language.setMenuRole(QAction.MenuRole.NoRole)
        settings_menu = bar.addMenu(tr("&Settings"))
        settings_menu.addAction(self.action_language)
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.action_about)

        toolbar = self.addToolBar(tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.action_new, self.action_import, self.action_export):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addAction(self.action_undo)
        toolbar.addAction(self.action_redo)

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.worker.cancel)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_label")
        status = self.statusBar()
        status.addPermanentWidget(self.saved_label)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        status.showMessage(tr("Ready"))

    def _build_workspace(self, repo: ProjectRepository, who: str) -> None:
        self.session = ProjectSession(repo, who=who, parent=self)
        self.session.sig_error.connect(self.show_error)
        self.session.sig_saved.connect(self._saved)
        self.session.sig_opened.connect(self._opened)
        self.session.undo_stack.canUndoChanged.connect(lambda _ok: self._update_actions())
        self.session.undo_stack.canRedoChanged.connect(lambda _ok: self._update_actions())
        self.session.undo_stack.undoTextChanged.connect(lambda _t: self._update_actions())
        self.navigator = ProjectNavigator(repo, who=who)
        self.navigator.sig_open_project.connect(self.open_project)
        self.navigator.sig_deleted.connect(self._project_deleted)
        self.navigator.sig_message.connect(self.show_error)

        for key, title, factory in _page_factories():
            page = factory(self.session)
            self.pages[key] = page
            # A page wider than a small laptop screen scrolls instead of widening the window.
            holder = QScrollArea()
            holder.setObjectName(f"scroll_{key}")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(page)
            self._holders[key] = holder
            self.tabs.addTab(holder, title)
            own = getattr(page, "undo_stack", None)
            if isinstance(own, QUndoStack):  # a page with its own undo (Benchmarking)
                own.canUndoChanged.connect(lambda _ok: self._update_actions())
                own.canRedoChanged.connect(lambda _ok: self._update_actions())
                own.undoTextChanged.connect(lambda _t: self._update_actions())
        for title, why in LATER_PAGES:
            index = self.tabs.addTab(QLabel(why), title)
            self.tabs.setTabEnabled(index, False)
            self.tabs.setTabToolTip(index, why)
        self.tabs.currentChanged.connect(self._page_changed)
        self._link_methods()

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1050])
        self.setCentralWidget(self.splitter)

        recent = [p for p in self.settings.recent_projects() if self._exists(p)]
        first = recent[0] if recent else next((p.id for p in repo.list_projects()), None)
        if first is not None:
            self.open_project(first)
        self.show_page(self.settings.last_page)

    def _link_methods(self) -> None:
        """The Sensitivity page analyses the method chosen on the Results page (it can still
        try another one itself); the memo ranks with the Results page's method and parameters."""
        results, sensitivity = self.pages.get("results"), self.pages.get("sensitivity")
        if results is None or sensitivity is None:
            return

        def follow(_index: int = 0) -> None:
            key = results.method()  # type: ignore[attr-defined]
            if sensitivity.method() != key:  # type: ignore[attr-defined]
                sensitivity.set_method(key)  # type: ignore[attr-defined]

        results.method_combo.currentIndexChanged.connect(follow)  # type: ignore[attr-defined]
        follow()
        memo = self.pages.get("memo")
        if memo is not None:
            memo.method_provider = lambda: (  # type: ignore[attr-defined]
                results.method(),  # type: ignore[attr-defined]
                results.parameters(),  # type: ignore[attr-defined]
            )

    def _start_auto_backup(self) -> None:
        """Every minute, a backup if the data changed and the last one is 10 minutes old."""
        if self.database is None or not self.database.is_sqlite:
            return
        from PySide6.QtCore import QTimer

        from app.storage.autobackup import AutoBackup

        self.auto_backup = AutoBackup(self.database)
        self.backup_worker = Worker(parent=self)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self.backup_timer.timeout.connect(self._auto_backup_tick)
        self.backup_timer.start()

    def _auto_backup_tick(self) -> None:
        if self.backup_worker.busy:
            return
        auto = self.auto_backup
        self.backup_worker.start(
            lambda _p, _c: auto.tick(),
            on_result=lambda path: (
                path
                and self.statusBar().showMessage(tr("Backed up to {path}").format(path=path), 5000)
            ),
            on_error=self.show_error,
        )

    def choose_database(self) -> None:
        """The database for the next start: a SQLite file or a team's PostgreSQL URL."""
        from PySide6.QtWidgets import QInputDialog

        current = self.settings.database_url or ""
        text, ok = QInputDialog.getText(
            self,
            tr("Projects database"),
            tr(
                "SQLite file or PostgreSQL URL (empty: your own database).\n"
                "Takes effect the next time InnoCite starts."
            ),
            text=current,
        )
        if ok:
            self.settings.database_url = text.strip() or None
            self.statusBar().showMessage(
                tr("The database setting takes effect on the next start"), 8000
            )

    def choose_language(self) -> None:
        """Settings ▸ Language…: the interface language for the next start (or restart now)."""
        from app.widgets.language_dialog import LanguageDialog

        LanguageDialog(self.settings, self).exec()

    # -- projects ---------------------------------------------------------------------------
    def open_project(self, project_id: int) -> bool:
        if self.session is None:
            return False
        if self.session.project_id == project_id:
            return True
        ok = self.session.open(project_id)
        if ok and self.navigator is not None:
            self.settings.add_recent(project_id)
            self.navigator.select(project_id)
        self._update_actions()
        return ok

    def _exists(self, project_id: int) -> bool:
        try:
            return self.repo is not None and self.repo.summary(project_id).id == project_id
        except Exception:
            return False

    def _opened(self, summary: object) -> None:
        from app.storage.records import ProjectSummary

        assert isinstance(summary, ProjectSummary)
        question = f"\n{summary.question}" if summary.question else ""
        self.header.setText(f"{summary.name}{question}")
        self.setWindowTitle(f"{summary.name} — {WINDOW_TITLE}")
        self.saved_label.setText(tr("Saved (version {version})").format(version=summary.version))
        self.statusBar().showMessage(tr("Opened '{name}'").format(name=summary.name), 5000)

    def _project_deleted(self, project_id: int) -> None:
        self.settings.forget_recent(project_id)
        if self.session is not None and self.session.project_id == project_id:
            self.session.close()
            self.header.setText("")
            self.setWindowTitle(WINDOW_TITLE)
            remaining = self.repo.list_projects() if self.repo is not None else []
            if remaining:
                self.open_project(remaining[0].id)
        self._update_actions()

    def _saved(self, version: int) -> None:
        self.saved_label.setText(tr("Saved (version {version})").format(version=version))
        if self.navigator is not None:
            self.navigator.refresh()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        if self.repo is None:
            return
        for pid in self.settings.recent_projects():
            try:
                name = self.repo.summary(pid).name
            except Exception:
                continue
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _c=False, p=pid: self.open_project(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("(none yet)")).setEnabled(False)

    def _new_project(self) -> None:
        if self.navigator is not None:
            self.navigator.new_project()

    def _duplicate(self) -> None:
        if self.navigator is not None:
            self.navigator.duplicate_current()

    def _rename(self) -> None:
        if self.navigator is not None:
            self.navigator.rename_current()
            if self.session is not None and self.session.project_id is not None:
                self._opened(self.repo.summary(self.session.project_id))  # type: ignore[union-attr]

    def _delete(self) -> None:
        if self.navigator is not None:
            self.navigator.delete_current()

    def _focus_search(self) -> None:
        if self.navigator is not None:
            self.navigator.search.setFocus()
            self.navigator.search.selectAll()

    # -- undo -------------------------------------------------------------------------------
    def active_undo_stack(self) -> QUndoStack | None:
        """The stack Edit ▸ Undo works on: the visible page's own (the Benchmarking page keeps
        its data sets apart from the project) or else the open project's."""
        page = self.pages.get(self.current_page() or "")
        own = getattr(page, "undo_stack", None)
        if isinstance(own, QUndoStack):
            return own
        return self.session.undo_stack if self.session is not None else None

    def _undo(self) -> None:
        stack = self.active_undo_stack()
        if stack is not None:
            stack.undo()

    def _redo(self) -> None:
        stack = self.active_undo_stack()
        if stack is not None:
            stack.redo()

    def _update_actions(self) -> None:
        # the undo stack can already be gone while the window closes
        with contextlib.suppress(RuntimeError):
            self._refresh_actions()

    def _refresh_actions(self) -> None:
        stack = self.active_undo_stack()
        self.action_undo.setEnabled(bool(stack and stack.canUndo()))
        self.action_redo.setEnabled(bool(stack and stack.canRedo()))
        self.action_undo.setText(
            tr("&Undo {action}").format(action=stack.undoText())
            if stack and stack.canUndo()
            else tr("&Undo")
        )
        self.action_redo.setText(
            tr("&Redo {action}").format(action=stack.redoText())
            if stack and stack.canRedo()
            else tr("&Redo")
        )
        has_project = bool(self.session and self.session.is_open)
        for a in (
            self.action_export,
            self.action_duplicate,
            self.action_rename,
            self.action_delete,
        ):
            a.setEnabled(has_project)
        self.action_import.setEnabled(self.repo is not None)
        self.action_new.setEnabled(self.repo is not None)

    # -- pages ------------------------------------------------------------------------------
    def show_page(self, name: str) -> bool:
        holder = self._holders.get(name.lower())
        if holder is None:
            return False
        self.tabs.setCurrentWidget(holder)
        return True

    def current_page(self) -> str | None:
        current = self.tabs.currentWidget()
        return next((k for k, h in self._holders.items() if h is current), None)

    def _page_changed(self, index: int) -> None:
        for key, holder in self._holders.items():
            if self.tabs.widget(index) is holder:
                self.settings.last_page = key
        self._update_actions()  # Undo follows the page's own stack where it has one

    # -- import / export --------------------------------------------------------------------
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import a project"), "", tr(IMPORT_FILTER))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read, check and store the file off the GUI thread; then open the new project."""
        if self.repo is None or self.worker.busy:
            return
        repo = self.repo
        db_backup = self._backup_callable()

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> int:
            from app.services.worker import Cancelled
            from app.storage.formats import read_document

            doc = read_document(path)
            if any(p.name == doc.name for p in repo.list_projects()):
                from dataclasses import replace

                from decision.problem import Problem

                taken = {p.name for p in repo.list_projects()}
                k = 2
                while f"{doc.name} ({k})" in taken:
                    k += 1
                p = doc.problem
                doc = replace(
                    doc,
                    problem=Problem.create(
                        f"{doc.name} ({k})", p.criteria, p.alternatives, p.matrix
                    ),
                )
            if cancelled():
                raise Cancelled
            progress(0.5)
            if db_backup is not None:
                db_backup()
            return repo.save_document(doc, who=self.session.who if self.session else "").id

        self._busy(tr("Importing {file}…").format(file=path.name))
        self.worker.start(
            job,
            on_result=lambda pid: self._imported(int(pid), path),
            on_error=lambda msg: self._import_failed(path, msg),
        )

    def _backup_callable(self) -> Callable[[], object] | None:
        db = self.database
        if db is None:
            return None
        from app.storage.autobackup import backup_before

        return lambda: backup_before(db, "import")

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def _busy(self, text: str) -> None:
        self.statusBar().showMessage(text)
        self.progress.show()
        self.cancel_button.show()

    def _imported(self, project_id: int, path: Path) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        if self.navigator is not None:
            self.navigator.refresh(select=project_id)
        self.open_project(project_id)
        self.statusBar().showMessage(tr("Imported {file}").format(file=path.name), 8000)

    def _import_failed(self, path: Path, message: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.show_error(f"{path.name}: {message}")

    def export_dialog(self) -> None:
        if self.session is None or self.session.project_id is None or self.repo is None:
            return
        name = self.session.summary.name if self.session.summary else tr("project")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export the project"), f"{name}.xlsx", tr(EXPORT_FILTER)
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> bool:
        if self.session is None or self.session.project_id is None or self.repo is None:
            return False
        from app.services.messages import user_message
        from app.storage.formats import write_document

        try:
            write_document(self.repo.load_document(self.session.project_id), path)
        except Exception as exc:
            self.show_error(user_message(exc))
            return False
        self.statusBar().showMessage(tr("Exported to {path}").format(path=path), 8000)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(Path(u.toLocalFile()).suffix.lower() in IMPORT_SUFFIXES for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMPORT_SUFFIXES:
                event.acceptProposedAction()
                self.import_file(path)
                return
        event.ignore()

    # -- messages ---------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """Errors go to the status bar in one readable line (never a traceback)."""
        self.statusBar().showMessage(message, 15000)

    def show_about(self) -> None:
        import html

        where = (
            "<p>" + html.escape(tr("Database: {location}").format(location=self.location)) + "</p>"
            if self.location
            else ""
        )
        QMessageBox.about(
            self,
            tr("About {app}").format(app=WINDOW_TITLE),
            "<p>"
            + tr("{app} version {version}").format(
                app=f"<b>{WINDOW_TITLE}</b>", version=__version__
            )
            + "</p><p>"
            + tr(
                "Multi-criteria decision support for people who develop small and "
                "medium-sized towns."
            )
            + f"</p>{where}",
        )

    # -- window state -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.worker.cancel()
        self.worker.wait(5000)
        if hasattr(self, "backup_timer"):
            self.backup_timer.stop()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        super().closeEvent(event)

    def _restore_window(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
