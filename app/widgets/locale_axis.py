"""A pyqtgraph axis whose tick numbers use the interface locale's decimal separator."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg

from app.i18n import decimal_point


def localize_tick(text: str, point: str) -> str:
    """A pyqtgraph tick string ("0.25", "-1.5", "1e-05") with ``point`` as decimal separator."""
    return text.replace(".", point) if point != "." else text


class LocaleAxis(pg.AxisItem):
    """``pg.AxisItem`` showing "0,25" in German, Slovenian, Italian and French.

    Use it for numeric axes: ``pg.PlotWidget(axisItems={"bottom": LocaleAxis("bottom")})``.
    Ticks given as text with ``setTicks`` (names of alternatives) are shown as they are.
    """

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        strings: list[Any] = super().tickStrings(values, scale, spacing)
        point = decimal_point()
        return [localize_tick(str(s), point) for s in strings]
