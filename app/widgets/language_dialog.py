"""Settings ▸ Language…: choose the interface language; it applies at the next start."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import LANGUAGES, tr
from app.services.settings import AppSettings


def restart_application() -> bool:
    """Start a new copy of the app with the same arguments, then quit this one.

    Frozen (the installed app), ``sys.executable`` is the app itself; from source it is
    Python, which runs ``sys.argv[0]`` again.
    """
    if getattr(sys, "frozen", False):
        program, arguments = sys.executable, list(sys.argv[1:])
    else:
        program, arguments = sys.executable, list(sys.argv)
    started = bool(QProcess.startDetached(program, arguments)[0])
    if started:
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()
    return started


class LanguageDialog(QDialog):
    """A combo of "System default" and the languages in their own names, saved to settings.

    After OK with a changed choice the dialog says that it applies at the next start and
    offers to restart now (``restart`` is called then; tests replace it).
    """

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_dialog")
        self.setWindowTitle(tr("Language"))
        self.settings = settings
        self.restart = restart_application
        self.ask_restart = self._ask_restart
        self.combo = QComboBox()
        self.combo.setObjectName("language_combo")
        self.combo.addItem(tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)  # each language in its own name, never translated
        index = self.combo.findData(settings.language or "")
        self.combo.setCurrentIndex(max(index, 0))
        self._initial = self.code()
        note = QLabel(tr("The interface language changes the next time InnoCite starts."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Interface language:"), self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def code(self) -> str | None:
        """The chosen language code; None for the system default."""
        data = self.combo.currentData()
        return str(data) if data else None

    def set_code(self, code: str | None) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(code or ""), 0))

    def accept(self) -> None:
        chosen = self.code()
        self.settings.language = chosen
        self.settings.store.sync()
        super().accept()
        if chosen != self._initial and self.ask_restart():
            self.restart()

    def _ask_restart(self) -> bool:
        """Say the change applies at the next start; True if the user wants to restart now."""
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Language"))
        box.setText(
            tr(
                "The new language applies the next time InnoCite starts. "
                "Restart now? Your work is saved."
            )
        )
        restart = QPushButton(tr("&Restart now"))
        box.addButton(restart, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restart
