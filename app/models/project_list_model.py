"""The project list of the navigator: name, size and last change, filtered by a search text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.i18n import date, tr
from app.storage.records import ProjectSummary

ProjectIdRole = Qt.ItemDataRole.UserRole + 1


class ProjectListModel(QAbstractListModel):
    """One row per project; ``ProjectIdRole`` gives the database id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._projects: list[ProjectSummary] = []

    def set_projects(self, projects: list[ProjectSummary]) -> None:
        self.beginResetModel()
        self._projects = list(projects)
        self.endResetModel()

    def project(self, row: int) -> ProjectSummary:
        return self._projects[row]

    def row_of(self, project_id: int) -> int:
        return next((i for i, p in enumerate(self._projects) if p.id == project_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._projects)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._projects):
            return None
        p = self._projects[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return p.name
        if role == Qt.ItemDataRole.ToolTipRole:
            local = p.updated_at.astimezone()
            changed = f"{date(local)} {local.strftime('%H:%M')}"
            size = tr("{alternatives} alternatives, {criteria} criteria").format(
                alternatives=p.n_alternatives, criteria=p.n_criteria
            )
            when = tr("changed {when}").format(when=changed)
            return f"{p.name}\n{size}\n{when}" + (f"\n{p.question}" if p.question else "")
        if role == ProjectIdRole:
            return p.id
        return None
