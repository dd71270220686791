"""The composite's choices on the Benchmarking page: normalization, missing data, weights, aggregation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from app.i18n import tr
from app.services.benchmark_logic import (
    AGGREGATIONS,
    MISSING,
    NORMALIZATIONS,
    REFERENCE_MODES,
    WEIGHTINGS,
    BenchmarkSet,
    format_per_indicator,
    parse_per_indicator,
)

VALUES_CHOICE = "\x00values"
"""Reference combo entry meaning 'given values per indicator' rather than a town."""


def _combo(name: str, items: Sequence[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for key, text in items:
        box.addItem(tr(text), key)
    return box


class BenchmarkSettings(QGroupBox):
    """Signals ``sig_changed(dict)``: settings keys and their new values (None removes one);
    ``sig_error(str)`` for a value that cannot be read (nothing is changed then)."""

    sig_changed = Signal(object)
    sig_error = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Composite settings"), parent)
        self.normalization = _combo("bench_normalization", NORMALIZATIONS)
        self.reference = QComboBox()
        self.reference.setObjectName("bench_reference")
        self.reference_mode = _combo("bench_reference_mode", REFERENCE_MODES)
        self.reference_values = QLineEdit()
        self.reference_values.setObjectName("bench_reference_values")
        self.reference_values.setPlaceholderText(
            tr("target per indicator: vacancy=5; footfall=1500")
        )
        self.zscore_sd = _combo(
            "bench_zscore_sd", (("sample", tr("sample SD")), ("population", tr("population SD")))
        )
        self.missing = _combo("bench_missing", MISSING)
        self.weighting = _combo("bench_weighting", WEIGHTINGS)
        self.points = QLineEdit()
        self.points.setObjectName("bench_points")
        self.points.setPlaceholderText(tr("points: vacancy=30; footfall=20 (others: their weight)"))
        self.aggregation = _combo("bench_aggregation", AGGREGATIONS)
        self.group_aggregation = _combo("bench_group_aggregation", AGGREGATIONS)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        rows: list[list[tuple[str, QWidget]]] = [
            [(tr("Normalization"), self.normalization), (tr("Missing values"), self.missing)],
            [(tr("Reference"), self.reference), (tr("Distance as"), self.reference_mode)],
            [(tr("Targets"), self.reference_values), (tr("z-score with"), self.zscore_sd)],
            [(tr("Weighting"), self.weighting), (tr("Points"), self.points)],
            [
                (tr("Aggregation"), self.aggregation),
                (tr("Within groups"), self.group_aggregation),
            ],
        ]
        # Labels above their fields: each field gets half the panel, so the long option names
        # ("Linearna (kompenzacijska)", "Mittelwert einsetzen") are not cut off.
        for r, row in enumerate(rows):
            for c, (label, widget) in enumerate(row):
                text = QLabel(label)
                text.setBuddy(widget)
                if isinstance(widget, QComboBox):
                    widget.setSizeAdjustPolicy(
                        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                    )
                    widget.setMinimumContentsLength(12)
                    widget.currentTextChanged.connect(widget.setToolTip)
                grid.addWidget(text, 2 * r, c)
                grid.addWidget(widget, 2 * r + 1, c)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        self._indicator_ids: list[str] = []
        self._syncing = False
        for box, key in (
            (self.normalization, "normalization"),
            (self.reference_mode, "reference_mode"),
            (self.zscore_sd, "zscore_sd"),
            (self.missing, "missing"),
            (self.weighting, "weighting"),
            (self.aggregation, "aggregation"),
            (self.group_aggregation, "group_aggregation"),
        ):
            box.currentIndexChanged.connect(lambda _i, b=box, k=key: self._choice(k, b))
        self.reference.currentIndexChanged.connect(lambda _i: self._reference())
        self.reference_values.editingFinished.connect(self._values_typed)
        self.points.editingFinished.connect(self._points_typed)

    # -- showing --------------------------------------------------------------------------------
    def show_settings(self, bset: BenchmarkSet | None) -> None:
        """Show the choices of ``bset`` without emitting ``sig_changed``."""
        self._syncing = True
        try:
            self.setEnabled(bset is not None)
            if bset is None:
                return
            self._indicator_ids = bset.indicator_ids
            for box, key in (
                (self.normalization, "normalization"),
                (self.reference_mode, "reference_mode"),
                (self.missing, "missing"),
                (self.weighting, "weighting"),
                (self.aggregation, "aggregation"),
                (self.group_aggregation, "group_aggregation"),
            ):
                value = bset.setting(key)
                box.setCurrentIndex(max(0, box.findData(value if value is not None else "")))
            self.zscore_sd.setCurrentIndex(
                max(0, self.zscore_sd.findData(bset.setting("zscore_sd") or "sample"))
            )
            self.reference.clear()
            for unit in bset.unit_ids:
                self.reference.addItem(unit, unit)
            self.reference.addItem(tr("Given target values"), VALUES_CHOICE)
            if (
                bset.settings.get("reference_values") is not None
                and bset.setting("normalization") == "reference"
            ):
                self.reference.setCurrentIndex(self.reference.count() - 1)
            else:
                ref = bset.setting("reference")
                self.reference.setCurrentIndex(max(0, self.reference.findData(ref)))
            self.reference_values.setText(
                format_per_indicator(bset.settings.get("reference_values"))
            )
            self.points.setText(format_per_indicator(bset.settings.get("points")))
            self._enable(bset)
        finally:
            self._syncing = False

    def _enable(self, bset: BenchmarkSet) -> None:
        is_ref = bset.setting("normalization") == "reference"
        self.reference.setEnabled(is_ref)
        self.reference_mode.setEnabled(is_ref)
        self.reference_values.setEnabled(is_ref and self.reference.currentData() == VALUES_CHOICE)
        self.zscore_sd.setEnabled(bset.setting("normalization") == "zscore")
        self.points.setEnabled(bset.setting("weighting") == "points")
        grouped = any(i.get("group") for i in bset.data["indicators"])
        self.group_aggregation.setEnabled(grouped)

    # -- edits ----------------------------------------------------------------------------------
    def _emit(self, changes: dict[str, Any]) -> None:
        if not self._syncing:
            self.sig_changed.emit(changes)

    def _choice(self, key: str, box: QComboBox) -> None:
        changes: dict[str, Any] = {key: box.currentData()}
        if (
            key == "normalization"
            and box.currentData() == "reference"
            and self.reference.currentData() is None
        ):
            changes["reference"] = self.reference.itemData(0)
        self._emit(changes)

    def _reference(self) -> None:
        choice = self.reference.currentData()
        if choice is None:
            return
        if choice == VALUES_CHOICE:
            self.reference_values.setEnabled(True)
            self._values_typed()
        else:
            self._emit({"reference": choice, "reference_values": None})

    def _values_typed(self) -> None:
        if self._syncing or self.reference.currentData() != VALUES_CHOICE:
            return
        text = self.reference_values.text()
        if not text.strip():
            self.sig_error.emit(
                tr("Type a target value for every indicator, e.g. vacancy=5; footfall=1500")
            )
            return
        try:
            values = parse_per_indicator(text, self._indicator_ids, tr("target values"))
        except Exception as exc:
            self.sig_error.emit(str(exc))
            return
        self._emit({"reference_values": values})

    def _points_typed(self) -> None:
        if self._syncing:
            return
        try:
            points = parse_per_indicator(self.points.text(), self._indicator_ids, tr("points"))
        except Exception as exc:
            self.sig_error.emit(str(exc))
            return
        self._emit({"points": points or None})
