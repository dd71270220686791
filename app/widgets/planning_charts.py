"""Charts of the Retail planning page: turnover bars per centre and the map-free town network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.i18n import tr
from app.services.planning_logic import Bars, NetworkChart

BAR_BRUSH = "#3b7dd8"
NODE_BRUSH = "#d9822b"
EDGE_PEN = "#5b6b7f"


def save_chart(widget: QWidget, path: Path, scale: float = 2.0) -> None:
    """The chart widget (plot and caption) as PNG at ``scale`` x its size, or as SVG (by the
    suffix). Raises OSError when the file cannot be written."""
    from PySide6.QtCore import QPoint, QRect, QSize
    from PySide6.QtGui import QColor, QImage, QPainter

    size = widget.size()
    if size.width() < 50 or size.height() < 50:  # never laid out: draw at a readable size
        widget.resize(QSize(800, 500))
        size = widget.size()
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(size)
        gen.setViewBox(QRect(0, 0, size.width(), size.height()))
        gen.setTitle(path.stem)
        painter = QPainter()
        if not painter.begin(gen):
            raise OSError(tr("{file}: could not write the SVG").format(file=path))
        painter.fillRect(QRect(0, 0, size.width(), size.height()), QColor("white"))
        widget.render(painter, QPoint(0, 0))
        painter.end()
        if not path.exists() or path.stat().st_size == 0:
            raise OSError(tr("{file}: could not write the SVG").format(file=path))
        return
    image = QImage(
        int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32
    )
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    widget.render(image)
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # stubs want bytes
        raise OSError(tr("{file}: could not write the PNG").format(file=path))


def _plot(pg: Any, widget: Any) -> Any:
    plot = widget.getPlotItem()
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    for axis in ("bottom", "left"):
        plot.getAxis(axis).setTextPen("#333")
        plot.getAxis(axis).setPen("#888")
    return plot


def _short(text: str, limit: int = 15) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class BarChart(QWidget):
    """Horizontal bars (one per centre) with the value axis below and a share label per bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self.view = pg.PlotWidget(background="w")
        self.view.setObjectName("planning_bar_chart")
        self.view.setMinimumHeight(150)
        self.plot = _plot(pg, self.view)
        self.plot.invertY(True)
        self.plot.showGrid(x=True, y=False, alpha=0.2)
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.plot.getAxis("left").setWidth(128)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, brush=BAR_BRUSH, pen=None)
        self.plot.addItem(self.bars)
        self._labels: list[Any] = []
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        self.names: list[str] = []

    def set_bars(self, bars: Bars | None, caption: str = "") -> None:
        for item in self._labels:
            self.plot.removeItem(item)
        self._labels = []
        if bars is None or not bars.labels:
            self.names = []
            self.bars.setOpts(x0=[], y=[], width=[])
            self.caption.setText(caption)
            return
        ys = np.arange(len(bars.labels), dtype=float)
        values = np.array(bars.values, dtype=float)
        self.bars.setOpts(x0=np.zeros_like(values), y=ys, width=values, height=0.6)
        self.names = list(bars.labels)
        self.plot.getAxis("left").setTicks(
            [[(y, _short(n)) for y, n in zip(ys, bars.labels, strict=True)]]
        )
        self.plot.setLabel("bottom", bars.axis)
        top = float(values.max()) if len(values) else 1.0
        for y, v, text in zip(ys, values, bars.texts, strict=True):
            label = self._pg.TextItem(text, color="#222", anchor=(0, 0.5))
            label.setPos(float(v) + top * 0.01, float(y))
            self.plot.addItem(label)
            self._labels.append(label)
        self.plot.setXRange(0, top * 1.3, padding=0)
        self.plot.setYRange(-0.6, len(ys) - 0.4, padding=0)
        self.caption.setText(caption)


class NetworkView(QWidget):
    """Towns as nodes on a circle, sized by functional index; edges as wide as the interaction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self.view = pg.PlotWidget(background="w")
        self.view.setObjectName("planning_network_chart")
        self.view.setMinimumHeight(220)
        self.plot = _plot(pg, self.view)
        self.plot.hideAxis("bottom")
        self.plot.hideAxis("left")
        self.plot.setAspectLocked(True)
        self.nodes = pg.ScatterPlotItem(
            [], [], size=[], brush=NODE_BRUSH, pen=pg.mkPen("#7a4a10", width=1.2)
        )
        self.nodes.setZValue(10)
        self.plot.addItem(self.nodes)
        self._edges: list[Any] = []
        self._labels: list[Any] = []
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        self.names: list[str] = []

    def node_count(self) -> int:
        return len(self.nodes.data)

    def set_network(self, chart: NetworkChart | None) -> None:
        pg = self._pg
        for item in (*self._edges, *self._labels):
            self.plot.removeItem(item)
        self._edges, self._labels = [], []
        if chart is None:
            self.names = []
            self.nodes.setData([], [], size=[])
            self.caption.setText("")
            return
        for i, j, strength in chart.edges:
            width = 0.6 + 9.0 * strength
            alpha = int(70 + 150 * strength)
            color = pg.mkColor(EDGE_PEN)
            color.setAlpha(alpha)
            line = pg.PlotDataItem(
                [chart.x[i], chart.x[j]], [chart.y[i], chart.y[j]], pen=pg.mkPen(color, width=width)
            )
            self.plot.addItem(line)
            self._edges.append(line)
        self.nodes.setData(list(chart.x), list(chart.y), size=list(chart.sizes))
        for x, y, name, size in zip(chart.x, chart.y, chart.names, chart.sizes, strict=True):
            anchor = (0.5, 0.0) if y < -0.2 else (0.5, 1.0)
            label = pg.TextItem(name, color="#1a1a1a", anchor=anchor)
            offset = 0.08 + size / 900
            label.setPos(x, y - offset if y < -0.2 else y + offset)
            label.setZValue(20)
            self.plot.addItem(label)
            self._labels.append(label)
        self.names = list(chart.names)
        self.plot.setXRange(-1.45, 1.45, padding=0)
        self.plot.setYRange(-1.35, 1.35, padding=0)
        self.caption.setText(
            tr(
                "Node size: {size_by}; line width: gravity interaction PᵢPⱼ/dᵢⱼ^β relative to "
                "the strongest pair. Positions are schematic (no map)."
            ).format(size_by=chart.size_by)
        )
