"""Sweep chart: score or rank of the best alternatives vs one criterion's weight, swaps marked."""

from __future__ import annotations

import html
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.i18n import number, percent, tr
from app.services.sensitivity_logic import SweepView

CURRENT_PEN = "#d62728"


class SweepChart(QWidget):
    """One line per shown alternative (items reused with ``setData``), tipping points as
    markers, and the current weight as a vertical dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # heavy: loaded when the page is built, not when the app starts

        self._pg = pg
        self.plot = pg.PlotWidget(
            background="w", axisItems={side: locale_axis(side) for side in ("left", "bottom")}
        )
        self.plot.setObjectName("sensitivity_chart")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        for axis in ("bottom", "left"):
            self.plot.getAxis(axis).enableAutoSIPrefix(False)
        self.lines: list[Any] = []
        self.markers = pg.ScatterPlotItem(
            size=9,
            symbol="o",
            hoverable=True,
            pen=pg.mkPen("k", width=1),
            brush=pg.mkBrush(255, 255, 255, 230),
        )
        self.markers.setZValue(10)
        self.plot.addItem(self.markers)
        self.current_line = pg.InfiniteLine(
            pos=0.0,
            angle=90,
            pen=pg.mkPen(CURRENT_PEN, width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
            label=" ",  # the text is set in show_view: locale decimals
            labelOpts={"position": 0.96, "color": CURRENT_PEN, "anchors": [(0, 0), (0, 0)]},
        )
        self.plot.addItem(self.current_line)
        self.plot.setLabel("bottom", tr("Weight of the criterion (%)"))
        self.plot.setXRange(0, 100, padding=0.01)
        self.title = QLabel()
        self.title.setObjectName("sensitivity_chart_title")
        self.title.setWordWrap(True)
        self.legend = QLabel()  # below the plot: inside it, it would hide the curves
        self.legend.setObjectName("sensitivity_chart_legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel()
        self.note.setObjectName("sensitivity_chart_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.note)
        self.view: SweepView | None = None
        self.updates = 0

    def set_view(self, view: SweepView) -> None:
        """Draw ``view``; line items are reused, and made only when more are needed."""
        pg = self._pg
        n = len(view.curves)
        while len(self.lines) < n:
            color = _color(len(self.lines))
            self.lines.append(self.plot.plot([], [], pen=pg.mkPen(color, width=2)))
        entries = []
        for k, item in enumerate(self.lines):
            if k < n:
                name, y = view.curves[k]
                item.setData(view.x, y)
                item.setVisible(True)
                entries.append(
                    f'<span style="color:{_color(k)}">■</span>&nbsp;{_nowrap(_short(name, 26))}'
                )
            else:
                item.setData([], [])
                item.setVisible(False)
        self.legend.setText(" &nbsp; ".join(entries))
        self.markers.setData(
            x=view.markers_x, y=view.markers_y, data=list(view.marker_tips), tip=_marker_tip
        )
        self.current_line.setValue(view.current)
        self.current_line.label.setFormat(tr("now {value}").format(value=percent(view.current, 1)))
        self.plot.setLabel(
            "bottom", tr("Weight of “{criterion}” (%)").format(criterion=_short(view.criterion, 40))
        )
        self.plot.setLabel("left", view.y_label)
        self.plot.getPlotItem().invertY(view.ranks)  # rank 1 at the top
        self.plot.setXRange(0, 100, padding=0.01)
        ys = [y for _, y in view.curves]
        if ys:
            lo, hi = float(np.min(ys)), float(np.max(ys))
            if view.ranks:
                self.plot.setYRange(0.5, hi + 0.5, padding=0.02)
            else:
                span = hi - lo if hi > lo else 1.0
                self.plot.setYRange(lo - 0.03 * span, hi + 0.03 * span, padding=0)
        self.title.setText(
            "<b>{}</b>".format(
                (
                    tr(
                        "Rank of each alternative as the weight of “{criterion}” goes from 0 to 100 %"
                    )
                    if view.ranks
                    else tr(
                        "Score of each alternative as the weight of “{criterion}” goes from 0 to "
                        "100 %"
                    )
                ).format(criterion=html.escape(view.criterion))
            )
        )
        self.title.setToolTip(
            tr(
                "The other weights keep their proportions to one another. "
                "○ marks a weight at which two neighbouring alternatives swap places; "
                "the dashed line is the current weight."
            )
        )
        self.note.setText(view.note)
        self.note.setVisible(bool(view.note))
        self.view = view
        self.updates += 1

    def clear(self) -> None:
        for item in self.lines:
            item.setData([], [])
            item.setVisible(False)
        self.legend.setText("")
        self.markers.setData(x=[], y=[])
        self.title.setText("")
        self.note.setText("")
        self.view = None

    def curve_count(self) -> int:
        return sum(1 for item in self.lines if item.isVisible())


def _nowrap(text: str) -> str:
    """Legend entries break between entries, never inside a name."""
    return html.escape(text).replace(" ", "&nbsp;").replace("-", "\u2011")


# A qualitative palette (Tableau 10): neighbouring lines stay distinguishable, unlike evenly
# spaced hues, where three of ten are greens.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#7f7f7f",
)


def _color(k: int) -> str:
    return PALETTE[k % len(PALETTE)]


def _marker_tip(x: float, y: float, data: object) -> str:
    return str(data)


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def locale_axis(orientation: str) -> Any:
    """A pyqtgraph axis whose tick labels use the interface's decimal separator (0,2 in German)."""
    import math

    import pyqtgraph as pg

    class LocaleAxis(pg.AxisItem):  # type: ignore[misc]
        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            step = abs(spacing * scale)
            places = max(0, math.ceil(-math.log10(step))) if step > 0 else 0
            return [number(v * scale, places, group=False) for v in values]

    return LocaleAxis(orientation)
