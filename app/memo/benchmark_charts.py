"""The benchmarking report's charts as 300 dpi PNG bytes, painted with QPainter like the memo's."""

from __future__ import annotations

import math

import numpy as np

from app.i18n import integer, tr
from app.memo.benchmark_content import CHART_BANDS, CHART_RADAR, CHART_SCORES, charts_used
from app.memo.benchmark_report import BenchmarkReport
from app.memo.charts import (
    BAR,
    DPI,
    GRID,
    INK,
    LIGHT_BAR,
    PALETTE,
    _canvas,
    _font,
    _layout,
    _png,
    score_bars,
)

HIGHLIGHT = "#D55E00"  # the town the report compares with its peers
MAX_RADAR_SERIES = 6  # more polygons than this cannot be told apart: the peers' mean instead


def render_report_charts(report: BenchmarkReport) -> dict[str, bytes]:
    """Every chart the report shows, by key."""
    makers = {CHART_SCORES: scores_chart, CHART_BANDS: bands_chart, CHART_RADAR: radar_chart}
    return {key: makers[key](report) for key in charts_used(report)}


def scores_chart(report: BenchmarkReport) -> bytes:
    """Horizontal bars of the composite scores, best first; the compared town highlighted."""
    town = report.peers.unit if report.peers is not None else None
    rows = [
        (
            f"{rank}. {unit}",
            value,
            HIGHLIGHT if unit == town else (BAR if rank == 1 else LIGHT_BAR),
        )
        for unit, value, rank in report.result.ranking()
    ]
    settings = report.result.settings
    caption = tr("composite score ({normalization}, {aggregation}; higher is better)").format(
        normalization=settings.normalization, aggregation=settings.aggregation
    )
    return score_bars(rows, caption, label_share=0.36, value_inches=0.6)


def bands_chart(report: BenchmarkReport) -> bytes:
    """Per town (in the order of the ranking): the 5-95 % band of its ranks over the Monte
    Carlo runs as a line, the median rank as a diamond, the rank of the base case as a dot."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPolygonF

    unc = report.uncertainty
    if unc is None:
        raise KeyError("no uncertainty run: no rank bands chart")
    index = {u: i for i, u in enumerate(unc.unit_ids)}
    rows = report.result.ranking()
    n = len(unc.unit_ids)
    height, row_h, top = _layout(len(rows))
    image = _canvas(height)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        label_font, small = _font(8.5), _font(7.5)
        width = image.width()
        label_w = round(width * 0.36)
        x0, x1 = label_w + round(0.25 * DPI), width - round(0.3 * DPI)

        def x_of(rank: float) -> float:  # rank 1 on the left
            return x0 + (rank - 1) / max(n - 1, 1) * (x1 - x0)

        bottom = top + row_h * len(rows)
        step = max(1, math.ceil(n / 12))
        ticks = [1, *range(1 + step, n, step), n] if n > 1 else [1]
        painter.setFont(small)
        for t in sorted(set(ticks)):
            x = x_of(t)
            painter.setPen(QPen(QColor(GRID), 3))
            painter.drawLine(round(x), top, round(x), bottom)
            painter.setPen(QColor(INK))
            painter.drawText(
                QRectF(x - 100, bottom + 8, 200, row_h), Qt.AlignmentFlag.AlignHCenter, f"{t}"
            )
        metrics = QFontMetrics(label_font)
        for k, (unit, _value, rank) in enumerate(rows):
            y = top + k * row_h
            mid = y + row_h / 2
            painter.setFont(label_font)
            painter.setPen(QColor(INK))
            painter.drawText(
                QRectF(0, y, label_w, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                metrics.elidedText(unit, Qt.TextElideMode.ElideRight, label_w),
            )
            i = index[unit]
            lo, hi, med = float(unc.p05[i]), float(unc.p95[i]), float(unc.median_rank[i])
            painter.setPen(
                QPen(
                    QColor("#6F93B8"),
                    round(0.045 * DPI),
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                )
            )
            painter.drawLine(QPointF(x_of(lo), mid), QPointF(x_of(hi), mid))
            d = row_h * 0.28
            xm = x_of(med)
            diamond = QPolygonF(
                [
                    QPointF(xm, mid - d),
                    QPointF(xm + d, mid),
                    QPointF(xm, mid + d),
                    QPointF(xm - d, mid),
                ]
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BAR))
            painter.drawPolygon(diamond)
            painter.setBrush(QColor("#D55E00"))
            r = row_h * 0.13
            painter.drawEllipse(QPointF(x_of(rank), mid), r, r)
        painter.setPen(QColor(INK))
        painter.setFont(small)
        painter.drawText(
            QRectF(x0, bottom + row_h * 0.55, x1 - x0, row_h),
            Qt.AlignmentFlag.AlignHCenter,
            tr("rank (1 = best) over {runs} Monte Carlo runs").format(runs=integer(unc.runs)),
        )
    finally:
        painter.end()
    return _png(image)


def radar_chart(report: BenchmarkReport) -> bytes:
    """The compared town and its peers (or their mean) on every indicator, each axis 0 (the
    worst town ranked) to 1 (the best), higher always better."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPolygonF

    comp = report.peers
    if comp is None:
        raise KeyError("no town compared: no radar chart")
    res = report.result
    y = np.asarray(res.normalized, dtype=float)
    lo, hi = np.nanmin(y, axis=0), np.nanmax(y, axis=0)
    span = np.where(hi > lo, hi - lo, 1.0)

    def scaled(v: np.ndarray) -> list[float]:
        out = np.where(hi > lo, (v - lo) / span, 0.5)
        return [float(min(1.0, max(0.0, x))) if np.isfinite(x) else 0.0 for x in out]

    ids = list(res.unit_ids)
    series: list[tuple[str, list[float]]] = [(comp.unit, scaled(y[ids.index(comp.unit)]))]
    if comp.peers and len(comp.peers) + 1 <= MAX_RADAR_SERIES:
        series += [(p, scaled(y[ids.index(p)])) for p in comp.peers]
    else:
        mean = np.array(
            [
                np.nan if g.comparison_normalized is None else g.comparison_normalized
                for g in comp.gaps
            ]
        )
        series.append(
            (tr("mean of the peers") if comp.peers else tr("mean of all other towns"), scaled(mean))
        )
    axes = [report.label(i) for i in res.indicator_ids]
    width = image_w = round(6.0 * DPI)
    height = round(5.2 * DPI)
    image = _canvas(height)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        small = _font(7.0)
        metrics = QFontMetrics(small)
        legend_h = round(0.25 * DPI) * math.ceil(len(series) / 3) + round(0.1 * DPI)
        cx, cy = width / 2, (height - legend_h) / 2 + round(0.05 * DPI)
        radius = min(width * 0.27, (height - legend_h) / 2 - round(0.35 * DPI))
        k = len(axes)

        def point(j: int, v: float) -> QPointF:
            a = -math.pi / 2 + 2 * math.pi * j / k
            return QPointF(cx + v * radius * math.cos(a), cy + v * radius * math.sin(a))

        painter.setPen(QPen(QColor(GRID), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ring in (0.25, 0.5, 0.75, 1.0):
            painter.drawPolygon(QPolygonF([point(j, ring) for j in range(k)]))
        label_w = round(image_w * 0.2)
        for j, name in enumerate(axes):
            painter.setPen(QPen(QColor(GRID), 3))
            painter.drawLine(QPointF(cx, cy), point(j, 1.0))
            p = point(j, 1.08)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_w * 2)
            dx = p.x() - cx
            if abs(dx) < 1e-6 * width or abs(dx) < radius * 0.15:
                rect = QRectF(
                    p.x() - label_w,
                    p.y() - (metrics.height() * 2 if p.y() < cy else 0),
                    2 * label_w,
                    metrics.height() * 2,
                )
                align = Qt.AlignmentFlag.AlignHCenter | (
                    Qt.AlignmentFlag.AlignBottom if p.y() < cy else Qt.AlignmentFlag.AlignTop
                )
            elif dx > 0:
                rect = QRectF(p.x(), p.y() - metrics.height(), label_w, metrics.height() * 2)
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            else:
                rect = QRectF(
                    p.x() - label_w, p.y() - metrics.height(), label_w, metrics.height() * 2
                )
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.setPen(QColor(INK))
            painter.setFont(small)
            painter.drawText(rect, align | Qt.TextFlag.TextWordWrap, text)
        for s, (_name, values) in enumerate(series):
            colour = QColor("#D55E00" if s == 0 else PALETTE[(s - 1) % len(PALETTE)])
            fill = QColor(colour)
            fill.setAlpha(50 if s == 0 else 25)
            painter.setPen(QPen(colour, round(0.02 * DPI) if s == 0 else round(0.012 * DPI)))
            painter.setBrush(fill)
            painter.drawPolygon(QPolygonF([point(j, v) for j, v in enumerate(values)]))
        y0 = height - legend_h + round(0.05 * DPI)
        swatch = round(0.12 * DPI)
        col_w = width // 3
        for s, (name, _values) in enumerate(series):
            colour = QColor("#D55E00" if s == 0 else PALETTE[(s - 1) % len(PALETTE)])
            x = (s % 3) * col_w + round(0.1 * DPI)
            yy = y0 + (s // 3) * round(0.25 * DPI)
            painter.fillRect(QRectF(x, yy + round(0.05 * DPI), swatch, swatch), colour)
            painter.setPen(QColor(INK))
            painter.drawText(
                QRectF(x + swatch + 12, yy, col_w - swatch - 30, round(0.22 * DPI)),
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, col_w - swatch - 30),
            )
    finally:
        painter.end()
    return _png(image)
