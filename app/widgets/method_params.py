"""A method's parameter widgets (choice, bool, int, float) and their values; shared by pages."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QSpinBox, QWidget


def parameter_widgets(
    method: str, on_change: Callable[[], None], prefix: str
) -> Iterator[tuple[str, str, QWidget]]:
    """(parameter name, row label, widget) for each parameter of ``method``, set to its
    default; every edit calls ``on_change``. Object names are ``f"{prefix}_{name}"``."""
    from decision.methods.registry import get_method

    for p in get_method(method).parameters:
        widget: QWidget
        if p.kind == "choice":
            combo = QComboBox()
            for choice in p.choices:
                combo.addItem(choice.replace("_", " "), choice)
            combo.setCurrentIndex(combo.findData(p.default))
            combo.currentIndexChanged.connect(lambda _i: on_change())
            widget = combo
        elif p.kind == "bool":
            check = QCheckBox()
            check.setChecked(bool(p.default))
            check.toggled.connect(lambda _b: on_change())
            widget = check
        elif p.kind == "int":
            ispin = QSpinBox()
            ispin.setRange(int(p.minimum or 0), int(p.maximum or 1_000_000))
            ispin.setValue(int(p.default))
            ispin.valueChanged.connect(lambda _v: on_change())
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
            dspin.valueChanged.connect(lambda _v: on_change())
            widget = dspin
        widget.setObjectName(f"{prefix}_{p.name}")
        widget.setToolTip(f"{p.description} (default: {p.default})")
        yield p.name, p.name.replace("_", " ").capitalize(), widget


def parameter_values(widgets: Mapping[str, QWidget]) -> dict[str, Any]:
    """The values the widgets of :func:`parameter_widgets` hold now."""
    out: dict[str, Any] = {}
    for name, widget in widgets.items():
        if isinstance(widget, QComboBox):
            out[name] = widget.currentData()
        elif isinstance(widget, QCheckBox):
            out[name] = widget.isChecked()
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            out[name] = widget.value()
    return out


def plain_label(name: str) -> QLabel:
    """A wrapping label for plain (never rich) text, with an object name for tests."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
