"""Horizontal bar chart of the global weights of the leaf criteria, redrawn in place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.i18n import tr


class GlobalWeightsChart(QWidget):
    """One pyqtgraph BarGraphItem whose bars are updated with ``setOpts`` (never rebuilt)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # heavy: loaded when the page is built, not when the app starts

        from app.widgets.locale_axis import LocaleAxis

        self._plot = pg.PlotWidget(background="w", axisItems={"bottom": LocaleAxis("bottom")})
        self._plot.setObjectName("weights_chart")
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.hideButtons()
        self._plot.setMenuEnabled(False)
        self._plot.getPlotItem().invertY(True)  # first criterion at the top
        self._plot.setLabel("bottom", tr("Global weight (%)"))
        self._bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, brush="#3b7dd8")
        self._plot.addItem(self._bars)
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>{}</b>".format(tr("Global weights of the criteria"))))
        layout.addWidget(self._plot, 1)
        layout.addWidget(self._message)
        self.names: list[str] = []
        self.values: list[float] = []

    @property
    def bars(self) -> object:
        return self._bars

    def set_weights(
        self, names: Sequence[str], weights: Sequence[float] | None, why: str = ""
    ) -> None:
        """Show global weights (fractions); None shows ``why`` instead of bars."""
        self.names = list(names) if weights is not None else []
        self.values = [100.0 * float(w) for w in weights] if weights is not None else []
        ys = list(range(len(self.values)))
        self._bars.setOpts(x0=[0.0] * len(ys), y=ys, width=self.values, height=0.6)
        axis = self._plot.getAxis("left")
        axis.setTicks([[(y, n) for y, n in zip(ys, self.names, strict=True)]])
        # pyqtgraph drops a tick label wider than the axis: make room for the longest name
        metrics = QFontMetrics(axis.font() if hasattr(axis, "font") else self.font())
        widest = max((metrics.horizontalAdvance(n) for n in self.names), default=20)
        axis.setWidth(min(widest + 20, 320))
        if ys:
            self._plot.setYRange(-0.5, len(ys) - 0.5, padding=0.05)
            self._plot.setXRange(0, max(max(self.values), 1.0) * 1.1, padding=0)
        self._message.setText(why)
        self._message.setVisible(bool(why))
