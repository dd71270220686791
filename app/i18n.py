"""Translations and locale formats: one place that knows the language of the interface.

Qt-free at import time (the Qt-free page logic, the memo and the CLI use it); Qt's translator
and QLocale are loaded by ``set_language`` only.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from app.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

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
# CLDR's conventions as Qt applies them (tests/app/test_i18n.py compares with QLocale):
# decimal mark, group separator, minimum grouping digits (sl/it: "1234" but "12.345"), minus.
NUMBER_FORMATS: dict[str, tuple[str, str, int, str]] = {
    "en": (".", ",", 1, "-"),
    "sl": (",", ".", 2, "\u2212"),
    "de": (",", ".", 1, "-"),
    "it": (",", ".", 2, "-"),
    "fr": (",", "\u202f", 1, "-"),
}
SHORT_DATES: dict[str, str] = {
    "en": "{d:02d}/{m:02d}/{y}",
    "sl": "{d}. {m}. {y}",
    "de": "{d:02d}.{m:02d}.{y}",
    "it": "{d:02d}/{m:02d}/{y}",
    "fr": "{d:02d}/{m:02d}/{y}",
}
# Environment override, e.g. INNOCITE_LANG=de for a German CLI memo or a test run.
LANGUAGE_ENV = "INNOCITE_LANG"

_language = SOURCE_LANGUAGE
_translator: QTranslator | None = None
_installed: list[QTranslator] = []


def QT_TR_NOOP(text: str) -> str:
    """Mark a string for translation where it is defined; translate it with ``tr`` when shown."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in a named context (Qt's own, e.g. QPlatformTheme)."""
    return text


# Qt 6 names its standard buttons (message boxes, dialog button boxes) in the QPlatformTheme
# context. Qt ships no Slovenian catalogue for it, so ours carries these for every language.
QT_STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
)


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
    names: list[str | None] = [os.environ.get(LANGUAGE_ENV)]
    try:
        from PySide6.QtCore import QLocale

        names += list(QLocale.system().uiLanguages())
    except ImportError:  # pragma: no cover - Qt is a dependency; stay usable without it
        names += [os.environ.get("LC_ALL"), os.environ.get("LANG")]
    for name in names:
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
    global _language, _translator
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
        # qtbase_<code> where Qt has one; Slovenian only has the older qt_sl (file dialogs)
        if qt_own.load(f"qtbase_{chosen}", qt_dir) or qt_own.load(f"qt_{chosen}", qt_dir):
            _installed.append(qt_own)
        if app is not None:
            for translator in _installed:
                app.installTranslator(translator)
    _language = chosen
    QLocale.setDefault(QLocale(LOCALE_NAMES[chosen]))
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
    """The QLocale of the interface language (for Qt widgets that format by themselves)."""
    from PySide6.QtCore import QLocale

    return QLocale(LOCALE_NAMES[_language])


def decimal_point() -> str:
    """The decimal separator of the interface language."""
    return NUMBER_FORMATS[_language][0]


def number(value: float | int | None, decimals: int = 3, group: bool = True) -> str:
    """``value`` with ``decimals`` places in the interface locale ("1.234,500" in German).

    ``None`` and NaN print as an en dash; infinities as the sign and ∞. A rounded zero is
    shown without a sign ("-0,000" reads as a sign error to a council).
    """
    if value is None:
        return "\u2013"
    x = float(value)
    if math.isnan(x):
        return "\u2013"
    point, separator, min_grouping, minus = NUMBER_FORMATS[_language]
    if math.isinf(x):
        return "\u221e" if x > 0 else minus + "\u221e"
    # Half away from zero on the exact binary value, as Qt and Excel round (3.25 -> 3.3).
    places = max(decimals, 0)
    rounded = Decimal(abs(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}"
    whole, _, fraction = text.partition(".")
    digits = whole.replace(",", "")
    if group and len(digits) >= 3 + min_grouping:
        whole = whole.replace(",", separator)
    else:
        whole = digits
    out = whole + (point + fraction if fraction else "")
    if x < 0 and any(ch in "123456789" for ch in out):
        out = minus + out
    return out


def integer(value: int) -> str:
    """A whole number with the locale's group separator ("53.560" in Slovenian)."""
    return number(int(value), 0)


def percent(value: float | None, decimals: int = 1) -> str:
    """``value`` (already ×100) as a percentage with the locale's spacing ("12,5 %")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "\u2013"
    sep = "" if _language == "en" else "\u00a0"
    return f"{number(value, decimals)}{sep}%"


def date(day: dt.date | dt.datetime) -> str:
    """A date in the locale's numeric form with a four-digit year (29.11.2026 in German)."""
    return SHORT_DATES[_language].format(d=day.day, m=day.month, y=day.year)


def long_date(day: dt.date | dt.datetime) -> str:
    """A date with the month written out ("29. November 2026"), from Qt's CLDR tables."""
    from PySide6.QtCore import QDate, QLocale

    loc = QLocale(LOCALE_NAMES[_language])
    pattern = {"en": "d MMMM yyyy", "sl": "d. MMMM yyyy", "de": "d. MMMM yyyy"}.get(
        _language, "d MMMM yyyy"
    )
    return loc.toString(QDate(day.year, day.month, day.day), pattern)
