"""Translations and locale formats: one place that knows the language of the interface."""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

# English is the source language; the others ship as resources/i18n/innocite_<code>.qm.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "sl": "Slovenščina",
    "de": "Deutsch",
    "it": "Italiano",
    "fr": "Français",
}
SOURCE_LANGUAGE = "en"
# Locale used for numbers and dates per language (the country of our partner towns).
LOCALE_NAMES: dict[str, str] = {
    "en": "en_GB",
    "sl": "sl_SI",
    "de": "de_DE",
    "it": "it_IT",
    "fr": "fr_FR",
}
# Environment override, e.g. INNOCITE_LANG=de for a German CLI memo or a test run.
LANGUAGE_ENV = "INNOCITE_LANG"

_language = SOURCE_LANGUAGE
_locale = QLocale(LOCALE_NAMES[SOURCE_LANGUAGE])
_translator: QTranslator | None = None
_installed: list[QTranslator] = []


def QT_TR_NOOP(text: str) -> str:
    """Mark a string for translation where it is defined; translate it with ``tr`` when shown."""
    return text


def tr(text: str) -> str:
    """``text`` in the interface language (English when there is no translation)."""
    if _translator is None or not text:
        return text
    return _translator.translate("", text) or text


def translate(context: str, text: str) -> str:
    """``text`` translated in a named context, for words that differ by use."""
    if _translator is None or not text:
        return text
    return _translator.translate(context, text) or text


def current_language() -> str:
    """The code of the interface language: ``en``, ``sl``, ``de``, ``it`` or ``fr``."""
    return _language


def supported(code: str | None) -> str | None:
    """The supported language code for ``code`` (``de_AT`` -> ``de``), or ``None``."""
    if not code:
        return None
    short = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in LANGUAGES else None


def system_language() -> str:
    """The language the system locale asks for, falling back to English."""
    for name in (os.environ.get(LANGUAGE_ENV), *QLocale.system().uiLanguages()):
        code = supported(name)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


def qm_path(code: str) -> str:
    """Where the compiled translation of ``code`` lives."""
    return str(resource_path("i18n", f"innocite_{code}.qm"))


def set_language(code: str | None) -> str:
    """Switch translations and number formats to ``code`` (``None``: the system's); returns it.

    Qt's own dialogs (file pickers, message box buttons) follow via its ``qtbase`` catalogue.
    """
    global _language, _locale, _translator
    chosen = supported(code) or system_language()
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    _translator = None
    if chosen != SOURCE_LANGUAGE:
        ours = QTranslator()
        if ours.load(qm_path(chosen)):
            _translator = ours
            _installed.append(ours)
        qt_own = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{chosen}", qt_dir):
            _installed.append(qt_own)
        if app is not None:
            for translator in _installed:
                app.installTranslator(translator)
    _language = chosen
    _locale = QLocale(LOCALE_NAMES[chosen])
    QLocale.setDefault(_locale)
    return chosen


@contextmanager
def language(code: str) -> Iterator[str]:
    """Use ``code`` inside the block (a memo in another language), then switch back."""
    previous = _language
    try:
        yield set_language(code)
    finally:
        set_language(previous)


def locale() -> QLocale:
    """The QLocale of the interface language (decimal comma in sl, de, it, fr)."""
    return _locale


def decimal_point() -> str:
    """The decimal separator of the interface language."""
    return _locale.decimalPoint()


def number(value: float | int | None, decimals: int = 3, group: bool = True) -> str:
    """``value`` with ``decimals`` places in the interface locale ("1.234,500" in German).

    ``None`` and NaN print as an en dash; infinities as the sign and ∞.
    """
    if value is None:
        return "\u2013"
    x = float(value)
    if math.isnan(x):
        return "\u2013"
    if math.isinf(x):
        return "\u221e" if x > 0 else "\u2212\u221e"
    options = _locale.numberOptions()
    if not group:
        _locale.setNumberOptions(options | QLocale.NumberOption.OmitGroupSeparator)
    try:
        text = _locale.toString(x, "f", decimals)
    finally:
        _locale.setNumberOptions(options)
    # "-0,000" reads as a sign error to a council: show the zero unsigned.
    if text[:1] in ("-", "\u2212") and not any(ch in text for ch in "123456789"):
        text = text[1:]
    return text


def integer(value: int) -> str:
    """A whole number with the locale's group separator ("53.560" in Slovenian)."""
    return _locale.toString(int(value))


def percent(value: float | None, decimals: int = 1) -> str:
    """``value`` (already ×100) as a percentage with the locale's spacing ("12,5 %")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "\u2013"
    sep = "" if _language == "en" else "\u00a0"
    return f"{number(value, decimals)}{sep}%"


def date(day: dt.date | dt.datetime) -> str:
    """A date in the locale's short numeric form (29.11.2026 in German)."""
    if isinstance(day, dt.datetime):
        day = day.date()
    from PySide6.QtCore import QDate

    pattern = _locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:  # "29.11.26" is ambiguous in a memo kept for years
        pattern = pattern.replace("yy", "yyyy")
    return _locale.toString(QDate(day.year, day.month, day.day), pattern)


def long_date(day: dt.date | dt.datetime) -> str:
    """A date with the month written out ("29. November 2026")."""
    if isinstance(day, dt.datetime):
        day = day.date()
    from PySide6.QtCore import QDate

    return _locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
