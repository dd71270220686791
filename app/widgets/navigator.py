"""The project navigator: search, list, and new / duplicate / rename / delete with confirmation."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.models.project_list_model import ProjectIdRole, ProjectListModel
from app.services.messages import user_message
from app.storage.repository import ProjectRepository
from decision.problem import Alternative, Criterion, Problem


def blank_problem(name: str) -> Problem:
    """What "New project" starts from: two criteria and two options to overwrite."""
    return Problem.create(
        name,
        [
            Criterion("c1", tr("Cost"), direction="cost", unit="kEUR", weight=0.5),
            Criterion("c2", tr("Jobs created"), direction="benefit", unit=tr("FTE"), weight=0.5),
        ],
        [
            Alternative("a1", tr("Option {n}").format(n=1)),
            Alternative("a2", tr("Option {n}").format(n=2)),
        ],
    )


class ProjectNavigator(QWidget):
    """Lists the projects of a repository.

    Signals: ``sig_open_project(int)`` when one is chosen, ``sig_deleted(int)``,
    ``sig_message(str)`` for the status bar.
    """

    sig_open_project = Signal(int)
    sig_deleted = Signal(int)
    sig_message = Signal(str)

    def __init__(
        self, repo: ProjectRepository, who: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.repo = repo
        self.who = who
        self.model = ProjectListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = QLineEdit()
        self.search.setObjectName("project_search")
        self.search.setPlaceholderText(tr("Search projects"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setObjectName("project_list")
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)  # long decision names stay readable in a narrow list
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)

        self.button_new = QPushButton(tr("New"))
        self.button_duplicate = QPushButton(tr("Duplicate"))
        self.button_rename = QPushButton(tr("Rename"))
        self.button_delete = QPushButton(tr("Delete"))
        self.button_new.clicked.connect(self.new_project)
        self.button_duplicate.clicked.connect(self.duplicate_current)
        self.button_rename.clicked.connect(self.rename_current)
        self.button_delete.clicked.connect(self.delete_current)
        buttons = QGridLayout()  # two rows keep the navigator narrow
        for k, b in enumerate(
            (self.button_new, self.button_duplicate, self.button_rename, self.button_delete)
        ):
            buttons.addWidget(b, k // 2, k % 2)

        title = QLabel("<b>{}</b>".format(tr("Projects")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.refresh()

    # -- list -----------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        current = self.current_id() if select is None else select
        try:
            self.model.set_projects(self.repo.list_projects())
        except Exception as exc:
            self.sig_message.emit(user_message(exc))
            return
        if current is not None:
            self.select(current)

    def select(self, project_id: int) -> None:
        row = self.model.row_of(project_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row))
            self.list.setCurrentIndex(index)

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        value = index.data(ProjectIdRole)
        return int(value) if value is not None else None

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(ProjectIdRole)
        if value is not None:
            self.sig_open_project.emit(int(value))

    # -- actions --------------------------------------------------------------------------
    def _ask_name(self, title: str, label: str, text: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, label, text=text)
        name = name.strip()
        return name if ok and name else None

    def new_project(self) -> int | None:
        taken = {p.name for p in self.repo.list_projects()}
        k = 1
        while tr("New decision {n}").format(n=k) in taken:
            k += 1
        name = self._ask_name(
            tr("New project"), tr("Name of the decision:"), tr("New decision {n}").format(n=k)
        )
        if name is None:
            return None
        try:
            summary = self.repo.save_problem(blank_problem(name), who=self.who)
        except Exception as exc:
            self.sig_message.emit(user_message(exc))
            return None
        self.refresh(select=summary.id)
        self.sig_open_project.emit(summary.id)
        return summary.id

    def duplicate_current(self) -> int | None:
        pid = self.current_id()
        if pid is None:
            return None
        source = self.repo.summary(pid).name
        name = self._ask_name(
            tr("Duplicate project"),
            tr("Name of the copy:"),
            tr("{name} (copy)").format(name=source),
        )
        if name is None:
            return None
        try:
            summary = self.repo.duplicate_project(pid, name, who=self.who)
        except Exception as exc:
            self.sig_message.emit(user_message(exc))
            return None
        self.refresh(select=summary.id)
        self.sig_open_project.emit(summary.id)
        return summary.id

    def rename_current(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        old = self.repo.summary(pid).name
        name = self._ask_name(tr("Rename project"), tr("New name:"), old)
        if name is None or name == old:
            return
        try:
            self.repo.rename_project(pid, name, who=self.who)
        except Exception as exc:
            self.sig_message.emit(user_message(exc))
            return
        self.refresh(select=pid)
        self.sig_message.emit(tr("Renamed '{old}' to '{new}'").format(old=old, new=name))
        self.sig_open_project.emit(pid)

    def delete_current(self) -> bool:
        pid = self.current_id()
        if pid is None:
            return False
        name = self.repo.summary(pid).name
        answer = QMessageBox.question(
            self,
            tr("Delete project"),
            tr(
                "Delete the project '{name}' with all its data, judgments and scenarios?\n\n"
                "The automatic backups keep a copy of it for a while."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.repo.delete_project(pid, who=self.who)
        except Exception as exc:
            self.sig_message.emit(user_message(exc))
            return False
        self.refresh()
        self.sig_deleted.emit(pid)
        self.sig_message.emit(tr("Deleted '{name}'").format(name=name))
        return True
