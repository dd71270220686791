"""Locale formats of app.i18n agree with Qt's CLDR data; language codes and switching."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from app import i18n

VALUES = [
    (-1234567.5, 2),
    (12345.0, 1),
    (1234.0, 0),
    (0.41234, 3),
    (53560, 0),
    (999.999, 2),
    (-3.25, 1),
    (1e9, 0),
]


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_numbers_match_qlocale(code: str) -> None:
    i18n.set_language(code)
    qt = QLocale(i18n.LOCALE_NAMES[code])
    for value, decimals in VALUES:
        assert i18n.number(value, decimals) == qt.toString(float(value), "f", decimals)
    assert i18n.decimal_point() == qt.decimalPoint()


def test_german_and_slovenian_examples() -> None:
    i18n.set_language("de")
    assert i18n.number(1234.5, 1) == "1.234,5"
    assert i18n.percent(12.5) == "12,5\u00a0%"
    assert i18n.date(dt.date(2026, 11, 29)) == "29.11.2026"
    assert i18n.long_date(dt.date(2026, 11, 29)) == "29. November 2026"
    i18n.set_language("sl")
    assert i18n.number(1234.5, 1) == "1234,5"
    assert i18n.integer(53560) == "53.560"
    assert i18n.date(dt.date(2026, 11, 29)) == "29. 11. 2026"
    i18n.set_language("en")
    assert i18n.number(1234.5, 1) == "1,234.5"


def test_a_rounded_zero_has_no_sign_and_missing_is_a_dash() -> None:
    i18n.set_language("de")
    assert i18n.number(-0.00001, 2) == "0,00"
    assert i18n.number(None) == "\u2013"
    assert i18n.number(float("nan")) == "\u2013"
    assert i18n.number(float("-inf")) == "-\u221e"


def test_language_codes_from_locale_names() -> None:
    assert i18n.supported("de_AT.UTF-8") == "de"
    assert i18n.supported("sl-SI") == "sl"
    assert i18n.supported("pt_BR") is None
    assert i18n.supported(None) is None


def test_translation_switches_and_comes_back() -> None:
    with i18n.language("de") as code:
        assert code == "de"
        assert i18n.current_language() == "de"
    assert i18n.current_language() == "en"
    assert i18n.tr("no such source text 42") == "no such source text 42"


def test_unknown_language_falls_back_to_the_system_then_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "xx")
    assert i18n.set_language("pt") in i18n.LANGUAGES


@pytest.mark.parametrize(
    ("code", "yes", "cancel"), [("sl", "Da", "Prekliči"), ("de", "Ja", "Abbrechen")]
)
def test_qt_standard_buttons_are_translated(qapp: object, code: str, yes: str, cancel: str) -> None:
    """Qt has no Slovenian catalogue for its standard buttons; ours carries them."""
    from PySide6.QtWidgets import QMessageBox

    i18n.set_language(code)
    try:
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert {yes, cancel} <= texts
    finally:
        i18n.set_language("en")
