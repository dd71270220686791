"""Compact strip of what-if weight sliders (with spin boxes) for the criteria of one level."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.services.results_logic import shares, whatif_criteria
from decision.problem import Problem

STEPS = 1000  # slider resolution: 0.1 percentage points


class WhatIfStrip(QWidget):
    """One slider and spin box per criterion, showing its share of its siblings' weight.

    Signals
    -------
    sig_share_changed(str criterion id, float share in 0..1): the user moved a control.
    """

    sig_share_changed = Signal(str, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ids: list[str] = []
        self.sliders: dict[str, QSlider] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(2, 2, 2, 2)
        self._grid.setVerticalSpacing(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._hint = QLabel(
            tr(
                "Try other weights: the ranking follows at once. Each change is saved and "
                "can be undone (Ctrl+Z)."
            )
        )
        self._hint.setWordWrap(True)
        self._hint.setObjectName("whatif_hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>{}</b>".format(tr("What-if weights"))))
        layout.addWidget(self._hint)
        layout.addWidget(scroll, 1)

    def set_problem(self, problem: Problem | None) -> None:
        """Show the problem's weights; rows are made again only when the criteria change."""
        ids = whatif_criteria(problem) if problem is not None else []
        if ids != self.ids:
            self._rebuild(problem, ids)
        if problem is not None:
            for cid, share in shares(problem, ids).items():
                self._show(cid, share)

    def _rebuild(self, problem: Problem | None, ids: list[str]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.sliders, self.spins, self.ids = {}, {}, list(ids)
        labels = {c.id: c.label for c in problem.criteria} if problem is not None else {}
        for row, cid in enumerate(ids):
            name = QLabel(labels.get(cid, cid))
            name.setToolTip(labels.get(cid, cid))
            name.setMinimumWidth(150)
            name.setMaximumWidth(170)
            name.setWordWrap(True)  # long names (German, Slovenian) wrap instead of being cut
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"whatif_slider_{cid}")
            slider.setRange(0, STEPS)
            slider.setToolTip(tr("Share of this criterion's weight among its siblings"))
            spin = QDoubleSpinBox()
            spin.setObjectName(f"whatif_spin_{cid}")
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            spin.setKeyboardTracking(False)  # one change on Enter, not one per keystroke
            slider.valueChanged.connect(lambda v, c=cid: self._slider_moved(c, v))
            spin.valueChanged.connect(lambda v, c=cid: self._spin_changed(c, v))
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(slider, row, 1)
            self._grid.addWidget(spin, row, 2)
            self.sliders[cid], self.spins[cid] = slider, spin
        self._grid.setColumnStretch(1, 1)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
        self._grid.setRowStretch(len(ids), 1)  # rows packed at the top

    def _show(self, cid: str, share: float) -> None:
        slider, spin = self.sliders[cid], self.spins[cid]
        for w in (slider, spin):
            w.blockSignals(True)
        slider.setValue(round(share * STEPS))
        spin.setValue(100.0 * share)
        for w in (slider, spin):
            w.blockSignals(False)

    def _slider_moved(self, cid: str, value: int) -> None:
        spin = self.spins[cid]
        spin.blockSignals(True)
        spin.setValue(100.0 * value / STEPS)
        spin.blockSignals(False)
        self.sig_share_changed.emit(cid, value / STEPS)

    def _spin_changed(self, cid: str, value: float) -> None:
        slider = self.sliders[cid]
        slider.blockSignals(True)
        slider.setValue(round(value * STEPS / 100.0))
        slider.blockSignals(False)
        self.sig_share_changed.emit(cid, value / 100.0)
