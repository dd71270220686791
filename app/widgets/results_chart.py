"""Horizontal bar chart of ranking scores (stacked by criterion for additive methods), redrawn in place."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.i18n import integer, tr

# More bars than this cannot be read; the chart shows the best ones and says so.
MAX_BARS = 40
SCORE_BRUSH = "#3b7dd8"


def stack_offsets(parts: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Left edge of each segment when stacking ``parts`` (rows x segments) from zero.

    Positive parts grow to the right, negative ones to the left, so the bar ends at the
    sum of the positives and starts at the sum of the negatives.
    """
    pos = np.cumsum(np.clip(parts, 0.0, None), axis=1) - np.clip(parts, 0.0, None)
    neg = np.cumsum(np.clip(parts, None, 0.0), axis=1)
    out: npt.NDArray[np.float64] = np.where(parts >= 0, pos, neg)
    return out


class ResultsChart(QWidget):
    """Bars of the best alternatives; one BarGraphItem for scores and, for additive methods,
    one per criterion stacked (with a legend). Items are updated with ``setOpts``; the
    per-criterion items are made again only when the criteria change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # heavy: loaded when the page is built, not when the app starts

        from app.widgets.locale_axis import LocaleAxis

        self._pg = pg
        self.plot = pg.PlotWidget(background="w", axisItems={"bottom": LocaleAxis("bottom")})
        self.plot.setObjectName("results_chart")
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.getPlotItem().invertY(True)  # best alternative at the top
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.score_bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, brush=SCORE_BRUSH)
        self.plot.addItem(self.score_bars)
        self.legend = self.plot.addLegend(offset=(-10, -10))  # bottom right: the short bars
        self.legend.setVisible(False)
        self.stack: list[Any] = []
        self._stack_names: tuple[str, ...] = ()
        self.title = QLabel()
        self.title.setObjectName("results_chart_title")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self.names: list[str] = []
        self.updates = 0  # counts set_scores calls (benchmarks, tests)

    def set_scores(
        self,
        names: Sequence[str],
        scores: npt.ArrayLike,
        order: npt.ArrayLike,
        axis_label: str,
        contributions: npt.NDArray[np.float64] | None = None,
        criterion_names: Sequence[str] = (),
    ) -> None:
        """Show the alternatives in ``order`` (best first; only the first MAX_BARS).

        With ``contributions`` (m x n, rows summing to the scores) the bars are stacked
        by criterion, one colour each.
        """
        shown = np.asarray(order, dtype=int)[:MAX_BARS]
        values = np.asarray(scores, dtype=float)[shown]
        ys = np.arange(shown.size, dtype=float)
        self.names = [names[i] for i in shown]
        total = len(names)
        more = ""
        if total > shown.size:
            more = " — " + tr("the best {shown} of {total}").format(
                shown=integer(shown.size), total=integer(total)
            )
        self.title.setText(f"<b>{html.escape(axis_label)}</b>{html.escape(more)}")
        if contributions is not None:
            parts = np.asarray(contributions, dtype=float)[shown]
            self._ensure_stack(tuple(criterion_names))
            left = stack_offsets(parts)
            for j, item in enumerate(self.stack):
                item.setOpts(x0=left[:, j], y=ys, width=np.abs(parts[:, j]), height=0.7)
            self.score_bars.setOpts(x0=[], y=[], width=[])
            lo = float(left.min()) if parts.size else 0.0
            hi = float(np.clip(parts, 0, None).sum(axis=1).max()) if parts.size else 1.0
        else:
            for item in self.stack:
                item.setOpts(x0=[], y=[], width=[])
            self.score_bars.setOpts(
                x0=np.minimum(values, 0.0), y=ys, width=np.abs(values), height=0.7
            )
            lo = float(min(values.min(), 0.0)) if values.size else 0.0
            hi = float(max(values.max(), 0.0)) if values.size else 1.0
        self.legend.setVisible(contributions is not None and bool(self.stack))
        self.plot.getAxis("left").setTicks(
            [[(float(y), _short(n)) for y, n in zip(ys, self.names, strict=True)]]
        )
        if ys.size:
            self.plot.setYRange(-0.5, ys.size - 0.5, padding=0.02)
            span = hi - lo if hi > lo else 1.0
            self.plot.setXRange(lo - 0.02 * span, hi + 0.15 * span, padding=0)
        self.plot.setLabel("bottom", axis_label)
        self.updates += 1

    def clear(self) -> None:
        self.set_scores([], [], [], "")

    def _ensure_stack(self, criterion_names: tuple[str, ...]) -> None:
        """One bar item per criterion; made again only when the criteria change."""
        if criterion_names == self._stack_names:
            return
        pg = self._pg
        for item in self.stack:
            self.legend.removeItem(item)
            self.plot.removeItem(item)
        self.stack = []
        n = len(criterion_names)
        self.legend.setColumnCount(1 if n <= 8 else 2)
        for j, name in enumerate(criterion_names):
            brush = pg.intColor(j, hues=max(n, 8), values=1, maxValue=220, minValue=150)
            item = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, brush=brush, pen=None)
            self.plot.addItem(item)
            self.legend.addItem(item, _short(name, 28))
            self.stack.append(item)
        self._stack_names = criterion_names


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
