"""Typed, versioned facade over QSettings: database URL, recent projects, window state."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
MAX_RECENT = 8


class AppSettings:
    """Every persisted preference of the GUI goes through here (one place to migrate)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store if store is not None else QSettings()
        if int(self._s.value("settings_version", 0) or 0) < SETTINGS_VERSION:
            self._s.setValue("settings_version", SETTINGS_VERSION)

    @property
    def store(self) -> QSettings:
        return self._s

    # -- database ---------------------------------------------------------------------------
    @property
    def database_url(self) -> str | None:
        """A SQLite path or PostgreSQL URL chosen in the app; None = the default file."""
        value = self._s.value("database/url", "")
        return str(value) if value else None

    @database_url.setter
    def database_url(self, url: str | None) -> None:
        self._s.setValue("database/url", url or "")

    # -- language -------------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        """The interface language chosen in Settings (``de``...); None = follow the system."""
        value = self._s.value("interface/language", "")
        return str(value) if value else None

    @language.setter
    def language(self, code: str | None) -> None:
        self._s.setValue("interface/language", code or "")

    # -- projects -------------------------------------------------------------------------
    def recent_projects(self) -> list[int]:
        raw = self._s.value("projects/recent", [])
        items = raw if isinstance(raw, list) else [raw] if raw else []
        out: list[int] = []
        for x in items:
            try:
                out.append(int(x))
            except (TypeError, ValueError):
                continue
        return out

    def add_recent(self, project_id: int) -> None:
        recent = [p for p in self.recent_projects() if p != project_id]
        self._s.setValue("projects/recent", [str(p) for p in [project_id, *recent][:MAX_RECENT]])

    def forget_recent(self, project_id: int) -> None:
        self._s.setValue(
            "projects/recent", [str(p) for p in self.recent_projects() if p != project_id]
        )

    # -- window -----------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("main_window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self._s.value("main_window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("main_window/geometry", geometry)
        self._s.setValue("main_window/state", state)

    @property
    def last_page(self) -> str:
        return str(self._s.value("main_window/page", "problem") or "problem")

    @last_page.setter
    def last_page(self, name: str) -> None:
        self._s.setValue("main_window/page", name)
