"""What the three Retail planning sub-tabs share: the stored-set picker, saving, undo, errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.models.planning_models import PlanningTableModel
from app.services import planning_export as export
from app.services import planning_logic as logic
from app.widgets.stored_sets import StoredSets

XLSX_FILTER = "Excel (*.xlsx)"
CSV_FILTER = "CSV (*.csv)"
JSON_FILTER = "JSON (*.json)"
PNG_FILTER = "PNG (*.png)"
SVG_FILTER = "SVG (*.svg)"

if TYPE_CHECKING:
    from app.widgets.planning_page import PlanningPage


def table_view(model: PlanningTableModel, name: str, *, stretch: bool = False) -> QTableView:
    """A compact table; editable cells open on double-click or typing."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.verticalHeader().setDefaultSectionSize(20)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    view.horizontalHeader().setStretchLastSection(stretch)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    header.setMinimumHeight(26)
    model.modelReset.connect(lambda: fit_columns(view))
    return view


def fit_columns(view: QTableView, widest: int = 118) -> None:
    """Columns as wide as their contents, at most ``widest`` (headers wrap; tooltips show all)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for c in range(header.count()):
        if header.sectionSize(c) > widest:
            header.resizeSection(c, widest)


def fit_height(view: QTableView) -> None:
    """No taller than its rows (the space below goes to the next widget)."""
    rows = view.model().rowCount() if view.model() else 0
    header = view.horizontalHeader()
    height = max(header.height(), header.sizeHint().height(), header.minimumHeight())
    height += 2 * view.frameWidth() + 2
    height += sum(view.rowHeight(r) for r in range(rows))
    if view.horizontalScrollBar().isVisible():
        height += view.horizontalScrollBar().height()
    view.setMaximumHeight(max(height, 60))


def short_note(pset: logic.PlanningSet | None) -> str:
    """One line over the tables; the full description is its tooltip."""
    if pset is None:
        return tr("No data set: press New or Import….")
    if pset.data.get("illustrative"):
        return tr(
            "ILLUSTRATIVE values, not statistics: hover here for the description and sources."
        )
    text = pset.note
    return text if len(text) <= 150 else text[:149] + "…"


class ToolTab(StoredSets):
    """One sub-tab over the stored sets of ``kind``. Subclasses build ``self.body`` and
    implement :meth:`show_set`; edits go through :meth:`apply` (one undoable, saved step).

    Signals: ``sig_saved(int version)``, ``sig_error(str one line)``.
    """

    kind = "retail"

    def __init__(self, page: PlanningPage) -> None:
        super().__init__()
        self.page = page
        bar = self.picker_bar(self.kind, width=14, importing=True)
        self.export_button = QToolButton()
        self.export_button.setObjectName(f"{self.kind}_export")
        self.export_button.setText(tr("Export"))
        self.export_button.setToolTip(
            tr("Export the tables (.xlsx, .csv), the chart (PNG, SVG) or the inputs (JSON)")
        )
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_menu.aboutToShow.connect(self.fill_export_menu)
        self.export_button.setMenu(self.export_menu)
        bar.addWidget(self.export_button)
        self.note = QLabel()
        self.note.setObjectName(f"{self.kind}_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.body = QWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.body, 1)

    # -- the page's undo stack and dialogs; the open set ---------------------------------------
    @property
    def undo_stack(self) -> QUndoStack:  # type: ignore[override]
        return self.page.undo_stack

    @property
    def ask_text(self) -> Callable[[str, str, str], str | None]:  # type: ignore[override]
        return self.page.ask_text

    @property
    def confirm(self) -> Callable[[str, str], bool]:  # type: ignore[override]
        return self.page.confirm

    @property
    def set_title(self) -> str:  # type: ignore[override]
        return tr(logic.KIND_TITLES[self.kind])

    @property
    def pset(self) -> logic.PlanningSet | None:
        return self.obj

    @pset.setter
    def pset(self, value: logic.PlanningSet | None) -> None:
        self.obj = value

    # -- stored sets ----------------------------------------------------------------------------
    def _list_names(self) -> list[str]:
        return [s.name for s in self.page.repo.list_tool_sets(self.kind)]

    def _load_record(self, name: str) -> tuple[logic.PlanningSet, str, int]:
        record = self.page.repo.load_tool_set(self.kind, name)
        pset = logic.PlanningSet.from_json(self.kind, record.data_json)
        return pset, record.name, record.version

    def _store(self, name: str, obj: logic.PlanningSet, expected_version: int | None = None) -> int:
        return self.page.repo.save_tool_set(
            self.kind, name, obj.to_json(), expected_version, who=self.page.who
        )

    def _rename(self, old: str, new: str) -> int:
        return self.page.repo.rename_tool_set(self.kind, old, new, who=self.page.who)

    def _delete(self, name: str) -> None:
        self.page.repo.delete_tool_set(self.kind, name, who=self.page.who)

    def _delete_question(self) -> str:
        return tr("Delete the data set '{name}'? This cannot be undone.").format(name=self.name)

    def _blank(self, name: str) -> logic.PlanningSet:
        return logic.new_set(self.kind)

    def _read_file(self, path: Path) -> logic.PlanningSet:
        return logic.import_file(self.kind, path)

    def import_dialog(self) -> bool:
        path = self.page.ask_open(tr("Import a data set"), tr(logic.IMPORT_FILTERS[self.kind]))
        return self.import_path(Path(path)) if path else False

    def _opened(self) -> None:
        pset = self.pset
        self.note.setText(short_note(pset))
        self.note.setToolTip(pset.note if pset else "")
        self.note.setVisible(bool(self.note.text()))
        self.refresh()

    def _saved(self) -> None:
        self.refresh()

    # -- edits ----------------------------------------------------------------------------------
    def apply(self, new: logic.PlanningSet, text: str) -> bool:
        """Make ``new`` the open set as one undoable step, saved at once."""
        if self.pset is None or new == self.pset:
            return False
        self.push_edit(new, f"{tr(logic.KIND_TITLES[self.kind])}: {text}")
        return True

    def edit(self, make: Callable[[logic.PlanningSet], logic.PlanningSet], text: str) -> bool:
        """Build the new set with ``make`` (InputError: one red line, nothing changes)."""
        if self.pset is None:
            return False
        try:
            new = make(self.pset)
        except Exception as exc:
            self.fail(exc)
            self.refresh()  # put back what an editor or spin box shows
            return False
        return self.apply(new, text)

    # -- export ---------------------------------------------------------------------------------
    def chart_widget(self) -> QWidget | None:
        """The chart to export (None: the sub-tab has none)."""
        return None

    def fill_export_menu(self) -> None:
        menu = self.export_menu
        menu.clear()
        has_set = self.pset is not None
        act = menu.addAction(tr("All tables as Excel workbook (.xlsx)…"))
        act.triggered.connect(self.export_tables_dialog)
        act.setEnabled(has_set)
        sub = menu.addMenu(tr("One table as CSV"))
        sub.setEnabled(has_set)
        try:
            tables = export.sheets(self.pset, self.name) if self.pset else []
        except Exception:
            tables = []
        for table in tables:
            action = sub.addAction(table.title)
            action.triggered.connect(lambda _c=False, k=table.key: self.export_csv_dialog(k))
        if self.chart_widget() is not None:
            menu.addSeparator()
            png = menu.addAction(tr("Chart as PNG image…"))
            png.triggered.connect(lambda: self.export_chart_dialog(".png"))
            svg = menu.addAction(tr("Chart as SVG drawing…"))
            svg.triggered.connect(lambda: self.export_chart_dialog(".svg"))
        menu.addSeparator()
        js = menu.addAction(tr("Inputs for the command line (JSON)…"))
        js.triggered.connect(self.export_json_dialog)
        js.setEnabled(has_set)

    def _default(self, what: str, suffix: str) -> str:
        return export.default_name(self.name, what, suffix)

    def _failed(self, path: Path, exc: BaseException) -> bool:
        self.fail(tr("Could not export {file}: {reason}").format(file=path.name, reason=exc))
        return False

    def export_tables_dialog(self) -> bool:
        path = self.page.ask_save(
            tr("Export all tables"),
            self._default(f"{self.kind}-results", ".xlsx"),
            f"{XLSX_FILTER};;{CSV_FILTER}",
        )
        return self.export_tables(Path(path)) if path else False

    def export_tables(self, path: Path) -> bool:
        """Every table of the sub-tab: .xlsx one sheet each, .csv one file per table."""
        if self.pset is None:
            return False
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        try:
            self.exported = export.export_tables(self.pset, path, self.name)
        except Exception as exc:
            return self._failed(path, exc)
        self.clear_error()
        return True

    def export_csv_dialog(self, key: str) -> bool:
        what = key.replace("_", "-")
        path = self.page.ask_save(tr("Export a table"), self._default(what, ".csv"), CSV_FILTER)
        return self.export_csv(key, Path(path)) if path else False

    def export_csv(self, key: str, path: Path) -> bool:
        if self.pset is None:
            return False
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        try:
            export.export_one_csv(self.pset, key, path, self.name)
        except Exception as exc:
            return self._failed(path, exc)
        self.clear_error()
        return True

    def export_json_dialog(self) -> bool:
        path = self.page.ask_save(
            tr("Export the inputs for the command line"),
            self._default(self.kind, ".json"),
            JSON_FILTER,
        )
        return self.export_json(Path(path)) if path else False

    def export_json(self, path: Path) -> bool:
        """The set in the format of ``innocite retail|huff|network FILE``."""
        if self.pset is None:
            return False
        if path.suffix.lower() != ".json":
            path = path.with_suffix(".json")
        try:
            export.write_cli_json(self.pset, path)
        except Exception as exc:
            return self._failed(path, exc)
        self.clear_error()
        return True

    def export_chart_dialog(self, suffix: str = ".png") -> bool:
        filters = (
            f"{PNG_FILTER};;{SVG_FILTER}" if suffix == ".png" else f"{SVG_FILTER};;{PNG_FILTER}"
        )
        path = self.page.ask_save(
            tr("Export the chart"), self._default(f"{self.kind}-chart", suffix), filters
        )
        return self.export_chart(Path(path)) if path else False

    def export_chart(self, path: Path) -> bool:
        """The chart as PNG (twice the screen resolution) or SVG."""
        from app.widgets.planning_charts import save_chart

        widget = self.chart_widget()
        if widget is None or self.pset is None:
            return False
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        self.show_chart()
        try:
            save_chart(widget, path)
        except Exception as exc:
            return self._failed(path, exc)
        self.clear_error()
        return True

    def show_chart(self) -> None:
        """Bring the chart's tab to the front so it has its size before it is drawn."""

    # -- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the open set and its results; an engine error becomes the one red line."""
        try:
            self.show_set(self.pset)
        except Exception as exc:
            self.fail(exc)

    def show_set(self, pset: logic.PlanningSet | None) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
