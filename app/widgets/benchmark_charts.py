"""Benchmarking charts: composite scores with rank bands (pyqtgraph) and a radar of peers (QPainter)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.i18n import tr
from app.services.benchmark_logic import RadarData, RankBar
from app.widgets.locale_axis import LocaleAxis

SCORE_BRUSH = "#3b7dd8"
BAND_PEN = "#d9822b"
SERIES_COLOURS = (
    "#d62728",
    "#1f77b4",
    "#2ca02c",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#7f7f7f",
)


def save_png(widget: QWidget, path: Path, scale: float = 2.0) -> bool:
    """The widget as a PNG at ``scale`` x its size (sharper than a screen grab)."""
    from PySide6.QtGui import QImage

    size = widget.size()
    image = QImage(
        int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32
    )
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    widget.render(image)
    return image.save(str(path), "PNG")  # type: ignore[call-overload]  # the stubs want bytes


def _short(text: str, limit: int = 18) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _wrap(text: str, width: int = 12, lines: int = 3) -> list[str]:
    """A label in at most ``lines`` lines of about ``width`` characters (ellipsis after)."""
    out: list[str] = []
    current = ""
    words = text.split()
    for k, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if len(candidate) <= width or not current:
            current = candidate
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            current = " ".join(words[k:])
            break
    out.append(current)
    return [_short(line, width + 1) for line in out[:lines]]


class RankingChart(QWidget):
    """Two plots sharing the town axis: the composite score (bars) and the rank, with the
    median rank and its 5–95 % band after an uncertainty run. Redrawn with ``setOpts``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setObjectName("benchmark_ranking_chart")
        self.view.setMinimumHeight(220)
        self.scores = self.view.addPlot(row=0, col=0, axisItems={"bottom": LocaleAxis("bottom")})
        self.ranks = self.view.addPlot(row=0, col=1)
        self.view.ci.layout.setColumnStretchFactor(0, 3)
        self.view.ci.layout.setColumnStretchFactor(1, 2)
        for plot in (self.scores, self.ranks):
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setMenuEnabled(False)
            plot.invertY(True)
            plot.showGrid(x=True, y=False, alpha=0.2)
            for axis in ("bottom", "left"):
                plot.getAxis(axis).setTextPen("#333")
                plot.getAxis(axis).setPen("#888")
            plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.ranks.setYLink(self.scores)
        self.ranks.getAxis("left").setStyle(showValues=False)
        self.ranks.getAxis("left").setWidth(4)
        self.scores.setLabel("bottom", tr("composite score"))
        self.ranks.setLabel("bottom", tr("rank (1 = best)"))
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.65, brush=SCORE_BRUSH, pen=None)
        self.scores.addItem(self.bars)
        self.band = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), pen=pg.mkPen(BAND_PEN, width=3))
        self.median = pg.ScatterPlotItem(
            [], [], symbol="d", size=10, brush=BAND_PEN, pen=pg.mkPen("#7a4a10")
        )
        self.base = pg.ScatterPlotItem([], [], symbol="o", size=7, brush=SCORE_BRUSH, pen=None)
        self.ranks.addItem(self.band)
        self.ranks.addItem(self.base)
        self.ranks.addItem(self.median)
        self.caption = QLabel()
        self.caption.setObjectName("benchmark_chart_caption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        self.names: list[str] = []
        self.has_band = False

    def set_bars(self, bars: Sequence[RankBar]) -> None:
        ys = np.arange(len(bars), dtype=float)
        scores = np.array([b.score for b in bars], dtype=float)
        ranks = np.array([b.rank for b in bars], dtype=float)
        self.names = [b.unit for b in bars]
        self.bars.setOpts(x0=np.minimum(scores, 0.0), y=ys, width=np.abs(scores), height=0.65)
        self.base.setData(x=ranks, y=ys)
        have = [i for i, b in enumerate(bars) if b.p05 is not None and b.p95 is not None]
        self.has_band = bool(have)
        if have:
            lo = np.array([bars[i].p05 for i in have], dtype=float)
            hi = np.array([bars[i].p95 for i in have], dtype=float)
            med = np.array([bars[i].median_rank for i in have], dtype=float)
            y = ys[have]
            self.band.setData(x=(lo + hi) / 2, y=y, width=hi - lo, beam=0.25)
            self.median.setData(x=med, y=y)
            self.caption.setText(
                tr(
                    "Right: ● rank with the settings chosen, ◆ median rank and bar 5–95 % of "
                    "the ranks over the Monte Carlo runs."
                )
            )
        else:
            self.band.setData(x=np.zeros(0), y=np.zeros(0), width=np.zeros(0))
            self.median.setData(x=[], y=[])
            self.caption.setText(
                tr(
                    "Right: ● rank with the settings chosen. Run uncertainty to see each town's "
                    "median rank and 5–95 % band."
                )
            )
        ticks = [[(float(y), _short(n)) for y, n in zip(ys, self.names, strict=True)]]
        self.scores.getAxis("left").setTicks(ticks)
        if len(bars):
            self.scores.setYRange(-0.6, len(bars) - 0.4, padding=0)
            lo_s = float(min(scores.min(), 0.0))
            hi_s = float(max(scores.max(), 0.0))
            span = hi_s - lo_s if hi_s > lo_s else 1.0
            self.scores.setXRange(lo_s - 0.02 * span, hi_s + 0.05 * span, padding=0)
            self.ranks.setXRange(0.5, len(bars) + 0.5, padding=0)
            step = 1 if len(bars) <= 8 else 2 if len(bars) <= 20 else 5 * (1 + len(bars) // 60)
            shown = [1, *range(step, len(bars) + 1, step)] if step > 1 else range(1, len(bars) + 1)
            self.ranks.getAxis("bottom").setTicks([[(float(r), str(r)) for r in shown]])


class RadarChart(QWidget):
    """A spider chart: one spoke per indicator, a polygon per town, legend at the top left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("benchmark_radar")
        self.setMinimumSize(320, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.data = RadarData((), ())

    def sizeHint(self) -> QSize:
        return QSize(460, 400)

    def set_data(self, data: RadarData) -> None:
        self.data = data
        self.update()

    def series_names(self) -> list[str]:
        return [name for name, _ in self.data.series]

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        axes = self.data.axes
        if not axes or not self.data.series:
            p.setPen(QColor("#666"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Choose a town to compare"))
            p.end()
            return
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        p.setFont(font)
        fm = QFontMetrics(font)
        labels = [_wrap(a) for a in axes]
        widths = [max(fm.horizontalAdvance(line) for line in lines) for lines in labels]
        top = fm.height() * 1.6
        area = QRectF(6, top, self.width() - 12, self.height() - top - fm.height() - 6)
        centre = QPointF(area.center())
        n = len(axes)

        def spoke(k: int, r: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * k / n
            return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

        def label_box(k: int, r: float) -> QRectF:
            tip = spoke(k, r)
            dx, dy = tip.x() - centre.x(), tip.y() - centre.y()
            w, h = widths[k], fm.height() * len(labels[k])
            x = tip.x() + (5 if dx > 1 else -w - 5 if dx < -1 else -w / 2)
            y = tip.y() + (4 if dy > 1 else -h - 4 if dy < -1 else -h / 2)
            return QRectF(x, y, w, h)

        # the largest radius at which every label stays inside the chart
        radius = min(area.width(), area.height()) / 2
        while radius > 20 and not all(area.contains(label_box(k, radius)) for k in range(n)):
            radius -= 3

        def point(k: int, value: float) -> QPointF:
            return spoke(k, radius * max(0.0, min(1.0, value)))

        p.setPen(QPen(QColor("#d0d0d0"), 1))
        for level in (0.25, 0.5, 0.75, 1.0):
            p.drawPolygon(QPolygonF([point(k, level) for k in range(n)]))
        p.setPen(QPen(QColor("#b0b0b0"), 1))
        for k in range(n):
            p.drawLine(centre, point(k, 1.0))
        p.setPen(QColor("#333"))
        for k, lines in enumerate(labels):
            box = label_box(k, radius)
            dx = spoke(k, radius).x() - centre.x()
            for i, line in enumerate(lines):
                w = fm.horizontalAdvance(line)
                x = (
                    box.left()
                    if dx > 1
                    else box.right() - w
                    if dx < -1
                    else box.center().x() - w / 2
                )
                p.drawText(QPointF(x, box.top() + i * fm.height() + fm.ascent()), line)
        for s, (_name, values) in enumerate(self.data.series):
            colour = QColor(SERIES_COLOURS[s % len(SERIES_COLOURS)])
            p.setPen(QPen(colour, 3 if s == 0 else 1.6))
            fill = QColor(colour)
            fill.setAlpha(60 if s == 0 else 18)
            p.setBrush(fill)
            p.drawPolygon(QPolygonF([point(k, v) for k, v in enumerate(values)]))
        p.setBrush(Qt.BrushStyle.NoBrush)
        x = 8.0
        for s, (name, _values) in enumerate(self.data.series):
            colour = QColor(SERIES_COLOURS[s % len(SERIES_COLOURS)])
            p.fillRect(QRectF(x, 6, 14, fm.height() - 4), colour)
            p.setPen(QColor("#222"))
            label = _short(name, 16)
            p.drawText(QPointF(x + 18, 4 + fm.ascent()), label)
            x += 18 + fm.horizontalAdvance(label) + 14
        p.setPen(QColor("#666"))
        p.drawText(QPointF(8, self.height() - 6), tr("outer ring = best town, centre = worst"))
        p.end()


class PeerSummary(QWidget):
    """Strongest and weakest indicators of the town against its peers, as two short lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strongest = QLabel()
        self.strongest.setObjectName("benchmark_strongest")
        self.weakest = QLabel()
        self.weakest.setObjectName("benchmark_weakest")
        for label in (self.strongest, self.weakest):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.strongest, 1)
        layout.addWidget(self.weakest, 1)

    def set_lists(
        self, town: str, against: str, strongest: Sequence[str], weakest: Sequence[str]
    ) -> None:
        from html import escape

        def block(title: str, items: Sequence[str], colour: str) -> str:
            rows = "".join(f"<li>{escape(i)}</li>" for i in items) or "<li>—</li>"
            return f"<b style='color:{colour}'>{title}</b><ul style='margin:0'>{rows}</ul>"

        self.strongest.setText(
            block(tr("{town} is strongest on").format(town=escape(town)), strongest, "#2a7a2a")
        )
        self.weakest.setText(
            block(
                tr("weakest (vs {against}) on").format(against=escape(against)),
                weakest,
                "#b03030",
            )
        )
