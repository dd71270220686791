"""Method picker of the Sensitivity page: a method combo and its parameter widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from app.services.results_logic import method_choices
from app.widgets.method_params import parameter_values, parameter_widgets


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
        return parameter_values(self._widgets)

    def parameter_widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def _method_changed(self) -> None:
        self._rebuild()
        self.sig_changed.emit()

    def _rebuild(self) -> None:
        key = self.method()
        self.help.setText(self._descriptions.get(key, ""))
        while self.form.rowCount():
            self.form.removeRow(0)
        self._widgets = {}
        for name, label, widget in parameter_widgets(
            key, self.sig_changed.emit, "sensitivity_param"
        ):
            self.form.addRow(label, widget)
            self._widgets[name] = widget
