"""Method picker of the Sensitivity page: a method combo and its parameter widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from app.services.results_logic import method_choices


class MethodPicker(QWidget):
    """Every registered method (main ones first) and its parameters, as on the Results page.

    ``sig_changed`` is emitted when the method or a parameter changes.
    """

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("sensitivity_method")
        self._descriptions: dict[str, str] = {}
        for key, label, description in method_choices():
            self.combo.addItem(label, key)
            self._descriptions[key] = description
        self.help = QLabel()
        self.help.setObjectName("sensitivity_method_help")
        self.help.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self._widgets: dict[str, QWidget] = {}
        layout = QHBoxLayout(self)  # one row: the page needs its height for charts
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addLayout(self.form)
        layout.addWidget(self.help, 1)
        self._rebuild()
        self.combo.currentIndexChanged.connect(self._method_changed)

    def method(self) -> str:
        return str(self.combo.currentData())

    def set_method(self, key: str) -> None:
        index = self.combo.findData(key)
        if index < 0:
            raise ValueError(f"unknown method {key!r}")
        self.combo.setCurrentIndex(index)

    def parameters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self._widgets.items():
            if isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                out[name] = widget.value()
        return out

    def parameter_widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def _method_changed(self) -> None:
        self._rebuild()
        self.sig_changed.emit()

    def _rebuild(self) -> None:
        from decision.methods.registry import get_method

        key = self.method()
        self.help.setText(self._descriptions.get(key, ""))
        while self.form.rowCount():
            self.form.removeRow(0)
        self._widgets = {}
        for p in get_method(key).parameters:
            widget: QWidget
            if p.kind == "choice":
                combo = QComboBox()
                for choice in p.choices:
                    combo.addItem(choice.replace("_", " "), choice)
                combo.setCurrentIndex(combo.findData(p.default))
                combo.currentIndexChanged.connect(self.sig_changed.emit)
                widget = combo
            elif p.kind == "bool":
                check = QCheckBox()
                check.setChecked(bool(p.default))
                check.toggled.connect(self.sig_changed.emit)
                widget = check
            elif p.kind == "int":
                ispin = QSpinBox()
                ispin.setRange(int(p.minimum or 0), int(p.maximum or 1_000_000))
                ispin.setValue(int(p.default))
                ispin.valueChanged.connect(self.sig_changed.emit)
                widget = ispin
            else:
                dspin = QDoubleSpinBox()
                dspin.setDecimals(2)
                dspin.setSingleStep(0.05)
                dspin.setRange(
                    p.minimum if p.minimum is not None else 0.0,
                    p.maximum if p.maximum is not None else 1.0,
                )
                dspin.setValue(float(p.default))
                dspin.valueChanged.connect(self.sig_changed.emit)
                widget = dspin
            widget.setObjectName(f"sensitivity_param_{p.name}")
            widget.setToolTip(f"{p.description} (default: {p.default})")
            self.form.addRow(p.name.replace("_", " ").capitalize(), widget)
            self._widgets[p.name] = widget
