"""Success factors charts (pyqtgraph): the DEMATEL cause-effect diagram and SWOT priority bars."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.i18n import number, tr
from app.services.success_logic import GROUP_COLOURS, SWOT_LABELS, Diagram, SwotBar
from decision.awot import SWOT

CAUSE_COLOUR = "#1f5fa8"
EFFECT_COLOUR = "#a33b20"
ARC_COLOUR = (90, 90, 90, 150)
TIP_GAP_PX = 9.0  # arrows stop short of the marker they point at
SIDE_PX = 3.0
# label places tried in turn: above, below, right of, left of the point (TextItem anchors)
ANCHORS: tuple[tuple[float, float], ...] = (
    (0.5, 1.1),
    (0.5, -0.1),
    (-0.04, 0.5),
    (1.04, 0.5),
    (-0.02, 1.05),
    (1.02, 1.05),
    (-0.02, -0.05),
    (1.02, -0.05),
)  # A→B and B→A are drawn side by side, not on top of each other


def _short(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plot_style(plot: object) -> None:
    plot.setMouseEnabled(x=False, y=False)  # type: ignore[attr-defined]
    plot.hideButtons()  # type: ignore[attr-defined]
    plot.setMenuEnabled(False)  # type: ignore[attr-defined]
    plot.showGrid(x=True, y=True, alpha=0.15)  # type: ignore[attr-defined]
    for axis in ("bottom", "left"):
        plot.getAxis(axis).setTextPen("#333")  # type: ignore[attr-defined]
        plot.getAxis(axis).setPen("#888")  # type: ignore[attr-defined]
        plot.getAxis(axis).enableAutoSIPrefix(False)  # type: ignore[attr-defined]


class CauseEffectChart(QWidget):
    """D+R on x, D−R on y: a labelled point per factor, an arrow per arc of T above the
    threshold, and the zero line between causes (above) and effects (below)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self.view = pg.PlotWidget(background="w")
        self.view.setObjectName("success_diagram")
        self.view.setMinimumHeight(240)
        self.plot = self.view.getPlotItem()
        _plot_style(self.plot)
        self.plot.setLabel("bottom", tr("D+R  (prominence: how much a factor is involved)"))
        self.plot.setLabel("left", tr("D−R  (relation)"))
        self.zero = pg.InfiniteLine(
            pos=0, angle=0, pen=pg.mkPen("#555", width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        )
        self.plot.addItem(self.zero)
        self.lines = pg.PlotCurveItem([], [], connect="pairs", pen=pg.mkPen(ARC_COLOUR, width=1.2))
        self.plot.addItem(self.lines)
        self.markers = pg.ScatterPlotItem([], [], size=11, pen=pg.mkPen("w", width=1))
        self.markers.setZValue(10)
        self.plot.addItem(self.markers)
        self.cause_text = pg.TextItem(tr("causes ↑"), color=CAUSE_COLOUR, anchor=(1, 1))
        self.effect_text = pg.TextItem(tr("effects ↓"), color=EFFECT_COLOUR, anchor=(1, 0))
        for t in (self.cause_text, self.effect_text):
            self.plot.addItem(t, ignoreBounds=True)
        self.labels: list[object] = []
        self.arrows: list[object] = []
        self.diagram: Diagram | None = None
        self.caption = QLabel()
        self.caption.setObjectName("success_diagram_caption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        self.plot.vb.sigTransformChanged.connect(self._place_arrows)
        self.plot.vb.sigResized.connect(self._place_arrows)

    # -- data ---------------------------------------------------------------------------------
    def point_count(self) -> int:
        return 0 if self.diagram is None else len(self.diagram.points)

    def arc_count(self) -> int:
        return 0 if self.diagram is None else len(self.diagram.arcs)

    def set_diagram(self, diagram: Diagram | None) -> None:
        pg = self._pg
        self.diagram = diagram
        points = diagram.points if diagram else ()
        xs = np.array([p.x for p in points], dtype=float)
        ys = np.array([p.y for p in points], dtype=float)
        brushes = [pg.mkBrush(CAUSE_COLOUR if p.cause else EFFECT_COLOUR) for p in points]
        self.markers.setData(x=xs, y=ys, brush=brushes)
        while len(self.labels) < len(points):
            label = pg.TextItem("", color="#222", anchor=(0.5, 1.15), fill=(255, 255, 255, 190))
            label.setZValue(20)
            self.plot.addItem(label)
            self.labels.append(label)
        for k, label in enumerate(self.labels):
            if k < len(points):
                label.setText(_short(points[k].factor))  # type: ignore[attr-defined]
                label.setPos(points[k].x, points[k].y)  # type: ignore[attr-defined]
                label.setVisible(True)  # type: ignore[attr-defined]
            else:
                label.setVisible(False)  # type: ignore[attr-defined]
        arcs = diagram.arcs if diagram else ()
        while len(self.arrows) < len(arcs):
            arrow = pg.ArrowItem(
                headLen=9, headWidth=6, tailLen=0, pen=None, brush=pg.mkBrush(ARC_COLOUR)
            )
            self.plot.addItem(arrow)
            self.arrows.append(arrow)
        for k, arrow in enumerate(self.arrows):
            arrow.setVisible(k < len(arcs))  # type: ignore[attr-defined]
        if len(points):
            lo_x, hi_x = float(xs.min()), float(xs.max())
            span_x = hi_x - lo_x if hi_x > lo_x else 1.0
            reach = float(max(np.abs(ys).max(), 1e-6))
            self.plot.setXRange(lo_x - 0.06 * span_x, hi_x + 0.06 * span_x, padding=0)
            self.plot.setYRange(-1.3 * reach, 1.3 * reach, padding=0)
        if diagram is None:
            self.caption.setText("")
        else:
            source = (
                tr("mean of T") if diagram.threshold_source.startswith("mean") else tr("set by you")
            )
            self.caption.setText(
                f"<span style='color:{CAUSE_COLOUR}'>●</span> "
                + tr("cause (D−R &gt; 0)")
                + f" &nbsp; <span style='color:{EFFECT_COLOUR}'>●</span> "
                + tr("effect")
                + " &nbsp; → "
                + tr(
                    "{n} arrows: total influence T above the threshold {threshold} ({source})."
                ).format(n=len(arcs), threshold=number(diagram.threshold, 3), source=source)
            )
        self._place_arrows()

    def _place_arrows(self, *_args: object) -> None:
        """Arrow lines and heads in screen space, so they point right at any zoom."""
        vb = self.plot.vb
        x1 = vb.viewRange()[0][1]
        self.cause_text.setPos(x1, 0.0)  # just above the zero line, at the right
        self.effect_text.setPos(x1, 0.0)
        self._place_labels()
        arcs = self.diagram.arcs if self.diagram else ()
        if not arcs:
            self.lines.setData([], [])
            return
        xs: list[float] = []
        ys: list[float] = []
        for arc, arrow in zip(arcs, self.arrows, strict=False):
            a = vb.mapViewToScene(QPointF(*arc.start))
            b = vb.mapViewToScene(QPointF(*arc.end))
            dx, dy = b.x() - a.x(), b.y() - a.y()
            length = math.hypot(dx, dy) or 1.0
            ux, uy = dx / length, dy / length
            side = QPointF(-uy * SIDE_PX, ux * SIDE_PX)
            start = a + side + QPointF(ux, uy) * TIP_GAP_PX * 0.6
            tip = b + side - QPointF(ux, uy) * TIP_GAP_PX
            s, t = vb.mapSceneToView(start), vb.mapSceneToView(tip)
            xs += [s.x(), t.x()]
            ys += [s.y(), t.y()]
            arrow.setPos(t.x(), t.y())  # type: ignore[attr-defined]
            arrow.setStyle(angle=math.degrees(math.atan2(dy, dx)) - 180.0)  # type: ignore[attr-defined]
        self.lines.setData(np.array(xs), np.array(ys))

    def _place_labels(self) -> None:
        """Each label above, below, left or right of its point: the first place that stays in
        the plot and overlaps no label placed before it (top to bottom)."""
        points = self.diagram.points if self.diagram else ()
        if not points:
            return
        vb = self.plot.vb
        frame = vb.sceneBoundingRect()
        placed: list[QRectF] = []
        order = sorted(range(len(points)), key=lambda k: -points[k].y)
        for k in order:
            label = self.labels[k]
            size = label.textItem.boundingRect()  # type: ignore[attr-defined]
            w, h = size.width(), size.height()
            at = vb.mapViewToScene(QPointF(points[k].x, points[k].y))
            best = None
            for ax, ay in ANCHORS:
                rect = QRectF(at.x() - ax * w, at.y() - ay * h, w, h)
                inside = frame.contains(rect)
                free = not any(rect.intersects(r) for r in placed)
                if inside and free:
                    best = (ax, ay), rect
                    break
                if best is None and inside:
                    best = (ax, ay), rect
            if best is None:
                ax, ay = ANCHORS[0]
                best = (ax, ay), QRectF(at.x() - ax * w, at.y() - ay * h, w, h)
            label.setAnchor(best[0])  # type: ignore[attr-defined]
            placed.append(best[1])


class SwotBarChart(QWidget):
    """Global priorities of the SWOT factors as horizontal bars, largest on top, coloured by
    group (strengths green, weaknesses red, opportunities blue, threats orange)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self.view = pg.PlotWidget(background="w")
        self.view.setObjectName("success_swot_chart")
        self.view.setMinimumHeight(200)
        self.plot = self.view.getPlotItem()
        _plot_style(self.plot)
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.plot.invertY(True)
        self.plot.setLabel("bottom", tr("global priority"))
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, brushes=[], pen=None)
        self.plot.addItem(self.bars)
        self.caption = QLabel(
            " &nbsp; ".join(
                f"<span style='color:{GROUP_COLOURS[g]}'>■</span> {tr(SWOT_LABELS[g])}"
                for g in SWOT
            )
        )
        self.caption.setObjectName("success_swot_caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        self.names: list[str] = []

    def set_bars(self, bars: Sequence[SwotBar]) -> None:
        pg = self._pg
        ys = np.arange(len(bars), dtype=float)
        values = np.array([b.value for b in bars], dtype=float)
        self.names = [b.factor for b in bars]
        self.bars.setOpts(
            x0=np.zeros(len(bars)),
            y=ys,
            width=values,
            height=0.7,
            brushes=[pg.mkBrush(b.colour) for b in bars],
        )
        ticks = [
            [
                (float(y), f"{b.group}: {_short(b.factor, 30)}")
                for y, b in zip(ys, bars, strict=True)
            ]
        ]
        self.plot.getAxis("left").setTicks(ticks)
        if len(bars):
            self.plot.setYRange(-0.6, len(bars) - 0.4, padding=0)
            self.plot.setXRange(0, float(values.max()) * 1.08, padding=0)

    def values(self) -> list[float]:
        opts = self.bars.opts
        return [float(v) for v in opts.get("width", [])]
