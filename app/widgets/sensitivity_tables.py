"""Tables of the Sensitivity page: "what would it take" per criterion, and method agreement."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.models.agreement_matrix_model import AgreementMatrixModel
from app.models.what_it_takes_model import (
    COL_CHANGE,
    COL_CRITERION,
    COL_STABLE,
    COL_WEIGHT,
    COL_WINNER,
    WhatItTakesModel,
)
from app.services.sensitivity_logic import MEASURES, Analysis, agreement_matrix


class WhatItTakesTable(QTableView):
    """The "what would it take" table; ``sig_criterion_selected(id)`` when a row is picked."""

    sig_criterion_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sensitivity_what")
        self.what = WhatItTakesModel(self)
        self.setModel(self.what)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_WINNER, QHeaderView.ResizeMode.Stretch)
        # long headers ("Nouvelle alternative en tête") wrap onto a second line
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(2 * header.fontMetrics().height() + 8)
        for col, width in (
            (COL_CRITERION, 120),
            (COL_WEIGHT, 58),
            (COL_CHANGE, 100),
            (COL_STABLE, 122),
        ):
            # the hint is measured before the bold header font applies: leave it some room
            header.resizeSection(col, max(width, header.sectionSizeHint(col) + 12))
        self.what.modelReset.connect(self._update_spans)
        self.what.dataChanged.connect(self._update_spans)
        self.selectionModel().currentRowChanged.connect(self._row_changed)

    def _update_spans(self) -> None:
        """ "No weight changes the winner" runs over the change and new-winner columns."""
        self.clearSpans()
        for row, r in enumerate(self.what.rows()):
            if r.change is None:
                self.setSpan(row, COL_CHANGE, 1, 2)

    def _row_changed(self, current: object, _previous: object) -> None:
        row = current.row()  # type: ignore[attr-defined]
        if 0 <= row < self.what.rowCount():
            self.sig_criterion_selected.emit(self.what.criterion_id(row))

    def select_criterion(self, criterion_id: str) -> None:
        """Select the criterion's row without echoing the selection back."""
        row = self.what.row_of(criterion_id)
        if row < 0 or self.currentIndex().row() == row:
            return
        self.blockSignals(True)
        self.selectionModel().blockSignals(True)
        try:
            self.selectRow(row)
            self.setCurrentIndex(self.what.index(row, 0))
        finally:
            self.selectionModel().blockSignals(False)
            self.blockSignals(False)
        self.viewport().update()


class AgreementBox(QGroupBox):
    """Methods x methods matrix of Spearman's rho, Kendall's tau-b or the WS coefficient."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Do the methods agree?"), parent)
        self.setObjectName("sensitivity_agreement")
        self.measure = QComboBox()
        self.measure.setObjectName("agreement_measure")
        for key, label in MEASURES:
            self.measure.addItem(tr(label), key)
        self.model = AgreementMatrixModel(self)
        self.view = QTableView()
        self.view.setObjectName("agreement_matrix")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setMinimumHeight(150)
        self.note = QLabel()
        self.note.setObjectName("agreement_note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Measure")))
        top.addWidget(self.measure, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.analysis: Analysis | None = None
        self.measure.currentIndexChanged.connect(self._refresh)

    def set_measure(self, key: str) -> None:
        self.measure.setCurrentIndex(self.measure.findData(key))

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        self._refresh()

    def _refresh(self) -> None:
        analysis = self.analysis
        agreement = analysis.agreement if analysis is not None else None
        if analysis is None or agreement is None:
            self.model.set_matrix([], [], "")
            self.note.setText("")
            return
        key = str(self.measure.currentData())
        errors = {
            k: agreement.errors[m] for k, m in enumerate(agreement.methods) if m in agreement.errors
        }
        self.model.set_matrix(
            [_short_label(label) for label in agreement.labels],
            agreement_matrix(analysis, key),
            self.measure.currentText(),
            errors,
        )
        text = (
            tr(
                "WS (Sałabun & Urbaniak 2020): the row method's ranking is the reference; the top "
                "ranks count most. 1 = the same ranking."
            )
            if key == "ws"
            else tr("Rank correlation: 1 = the same order, 0 = unrelated, −1 = reversed.")
        )
        failed = "; ".join(f"{agreement.labels[k]}: {t}" for k, t in errors.items())
        self.note.setText(
            text + (" " + tr("Not ranked — {reasons}").format(reasons=failed) if failed else "")
        )


def _short_label(label: str) -> str:
    """'Weighted sum (WSM)' -> 'WSM': the matrix has a column per method."""
    if "(" in label and label.endswith(")"):
        return label[label.rindex("(") + 1 : -1]
    return label
