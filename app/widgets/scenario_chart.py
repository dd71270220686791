"""Grouped horizontal bar chart of scenario weights: one group per criterion, one bar per scenario."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.i18n import tr
from app.services.scenario_logic import CURRENT

# One colour per compared scenario (at most four), distinguishable in greyscale print too.
SCENARIO_COLOURS = ("#3b7dd8", "#e08a2c", "#4aa564", "#9a5bc4")


class ScenarioChart(QWidget):
    """Weights (%) of each leaf criterion under each compared scenario, grouped by criterion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # heavy: loaded when the page is built

        self._pg = pg
        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("scenario_chart")
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setLabel("bottom", tr("weight (%)"))
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTextPen("#202020")
        self.plot.getPlotItem().invertY(True)  # criteria top to bottom, as in the table
        self.legend = self.plot.addLegend(offset=(-10, -10), labelTextColor="k")
        self.bars: list[Any] = []
        self.title = QLabel("<b>{}</b>".format(tr("Weights by scenario")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)

    def set_weights(
        self,
        criterion_names: Sequence[str],
        scenarios: Sequence[tuple[str, Sequence[float]]],
    ) -> None:
        """Draw ``scenarios`` as (name, weight % per criterion), in the given order."""
        pg = self._pg
        for item in self.bars:
            self.legend.removeItem(item)
            self.plot.removeItem(item)
        self.bars = []
        n, k = len(criterion_names), len(scenarios)
        thickness = 0.8 / max(k, 1)
        ys = np.arange(n, dtype=float)
        for s, (name, weights) in enumerate(scenarios):
            colour = SCENARIO_COLOURS[s % len(SCENARIO_COLOURS)]
            item = pg.BarGraphItem(
                x0=np.zeros(n),
                y=ys - 0.4 + thickness * (s + 0.5),
                width=np.asarray(weights, dtype=float),
                height=thickness * 0.92,
                brush=colour,
                pen=None,
            )
            self.plot.addItem(item)
            self.legend.addItem(item, _short(tr(name) if name == CURRENT else name, 28))
            self.bars.append(item)
        self.plot.getAxis("left").setTicks(
            [[(float(y), _short(t, 30)) for y, t in zip(ys, criterion_names, strict=True)]]
        )
        top = max((max(w, default=0.0) for _, w in scenarios), default=0.0)
        self.plot.setYRange(-0.6, max(n - 0.4, 0.6), padding=0)
        self.plot.setXRange(0, max(top * 1.3, 1.0), padding=0)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
