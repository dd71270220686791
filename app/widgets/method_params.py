"""A method's parameter widgets (choice, bool, int, float) and their values; shared by pages."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from app.i18n import QT_TR_NOOP, number, tr

# Row labels of the engine's parameters (one-letter ones, as in the formulas, stay as they are).
PARAMETER_LABELS: dict[str, str] = {
    "normalization": QT_TR_NOOP("Normalization"),
    "mode": QT_TR_NOOP("Mode"),
    "prioritization": QT_TR_NOOP("Prioritization"),
}
# The engine's choices as shown (the data stays the engine's key).
CHOICE_LABELS: dict[str, str] = {
    "vector": QT_TR_NOOP("vector"),
    "minmax": QT_TR_NOOP("min-max"),
    "max": QT_TR_NOOP("max"),
    "sum": QT_TR_NOOP("sum"),
    "linear": QT_TR_NOOP("linear"),
    "logarithmic": QT_TR_NOOP("logarithmic"),
    "nonlinear": QT_TR_NOOP("nonlinear"),
    "enhanced_accuracy": QT_TR_NOOP("enhanced accuracy"),
    "zavadskas_turskis": QT_TR_NOOP("Zavadskas-Turskis"),
    "none": QT_TR_NOOP("none (raw values)"),
    "distributive": QT_TR_NOOP("distributive"),
    "ideal": QT_TR_NOOP("ideal"),
    "eigenvector": QT_TR_NOOP("eigenvector"),
    "geometric": QT_TR_NOOP("geometric mean"),
}


def choice_label(choice: str) -> str:
    """An engine choice (``enhanced_accuracy``) as shown ("enhanced accuracy", translated)."""
    return tr(CHOICE_LABELS.get(choice, choice.replace("_", " ")))


def parameter_label(name: str) -> str:
    """The form label of an engine parameter ("Normalization"; ``v`` stays "V")."""
    return tr(PARAMETER_LABELS.get(name, name.replace("_", " ").capitalize()))


def _default_text(default: Any) -> str:
    if isinstance(default, bool):
        return tr("yes") if default else tr("no")
    if isinstance(default, float):
        return number(default, 2)
    return choice_label(default) if isinstance(default, str) else str(default)


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
                combo.addItem(choice_label(choice), choice)
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
        widget.setToolTip(
            tr("{description} (default: {default})").format(
                description=tr(p.description), default=_default_text(p.default)
            )
        )
        yield p.name, parameter_label(p.name), widget


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
