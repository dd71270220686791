"""The towns x indicators table of the Benchmarking page, with a legend of its marks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import number, tr
from app.models.benchmark_model import BenchmarkTableModel


def legend_html() -> str:
    """The legend under the table, in the interface language (the example in its number format)."""
    from html import escape

    example = number(12.3, 1)
    return (
        f"<span style='background:#ffe3b3'>&nbsp;({example})&nbsp;</span> "
        + escape(tr("missing value (the value used when imputed)"))
        + " &nbsp; <i>"
        + escape(tr("Name"))
        + "*</i> "
        + escape(tr("illustrative indicator (not from a named source)"))
        + " &nbsp; <b>"
        + escape(tr("bold"))
        + "</b>: "
        + escape(tr("value with a named source. Hover a header for unit, source and year."))
    )


class BenchmarkTable(QWidget):
    """The editable table (typed values: empty = missing, decimal comma accepted)."""

    def __init__(self, model: BenchmarkTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView()
        self.view.setObjectName("benchmark_table")
        self.view.setModel(model)
        self.view.setAlternatingRowColors(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(92)
        header.setMinimumHeight(44)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.legend = QLabel(legend_html())
        self.legend.setObjectName("benchmark_legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
