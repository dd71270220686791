"""The main window: menus, status bar and, until the pages exist, a guide to the command line."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from app import __version__

WINDOW_TITLE = "InnoCite Decision Studio"
GEOMETRY_KEY = "main_window/geometry"
DEFAULT_SIZE = (960, 640)

CLI_COMMANDS = (
    ("innocite rank FILE", "rank the alternatives of a problem file"),
    ("innocite ahp FILE", "priorities and consistency of one pairwise comparison matrix"),
    ("innocite weights FILE --method entropy", "objective criteria weights from the data"),
    ("innocite methods", "list the ranking and weighting methods and their parameters"),
)


def quit_shortcuts() -> list[QKeySequence]:
    """The platform's standard Quit keys, or Ctrl+Q where it defines none (Windows, offscreen)."""
    return QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]


def _guide_html() -> str:
    items = "".join(f"<li><code>{cmd}</code> — {what}</li>" for cmd, what in CLI_COMMANDS)
    return (
        f"<h2>{WINDOW_TITLE}</h2>"
        "<p>The desktop pages are not built yet. The decision engine already works from the "
        "<code>innocite</code> command line:</p>"
        f"<ul>{items}</ul>"
        "<p>Add <code>--help</code> to any command for its options and <code>--json</code> "
        "for machine-readable output. The file formats are described in "
        "<code>docs/cli.md</code>.</p>"
    )


class MainWindow(QMainWindow):
    """Top-level window; remembers its geometry in QSettings.

    Parameters
    ----------
    settings:
        Where the geometry is kept. ``None`` uses the application's default ``QSettings()``,
        so the organisation and application names must be set before the window is built.
    """

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(WINDOW_TITLE)

        file_menu = self.menuBar().addMenu("&File")
        self.action_quit = QAction("&Quit", self)
        self.action_quit.setShortcuts(quit_shortcuts())
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)
        file_menu.addAction(self.action_quit)

        help_menu = self.menuBar().addMenu("&Help")
        self.action_about = QAction(f"&About {WINDOW_TITLE}", self)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self.show_about)
        help_menu.addAction(self.action_about)

        guide = QLabel(_guide_html())
        guide.setObjectName("cli_guide")
        guide.setTextFormat(Qt.TextFormat.RichText)
        guide.setWordWrap(True)
        guide.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Selectable so the commands can be copied into a terminal.
        guide.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        guide.setContentsMargins(24, 16, 24, 16)
        self.setCentralWidget(guide)

        self.statusBar().showMessage("Ready")
        self._restore_geometry()

    def show_about(self) -> None:
        """Show the name and version in a standard About box."""
        QMessageBox.about(
            self,
            f"About {WINDOW_TITLE}",
            f"<p><b>{WINDOW_TITLE}</b> version {__version__}</p>"
            "<p>Multi-criteria decision support for people who develop small and "
            "medium-sized towns.</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings_store().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    def _settings_store(self) -> QSettings:
        return self._settings if self._settings is not None else QSettings()

    def _restore_geometry(self) -> None:
        saved = self._settings_store().value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            return
        self.resize(*DEFAULT_SIZE)
