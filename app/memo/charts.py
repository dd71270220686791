"""The memo's charts as 300 dpi PNG bytes, painted offscreen with QPainter (deterministic)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from app.memo.qt import FAMILY, ensure_qt
from app.memo.snapshot import MemoSnapshot
from app.memo.text import memo_language, score, t, tick

DPI = 300
WIDTH_IN = 6.0  # the 600 px layout width of the HTML at 100 px per inch
PT = DPI / 72.0  # pixels per point
# Okabe & Ito (2008) colour-blind safe palette, then softer tones for more criteria.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#999999",
    "#7A5195",
    "#3D9970",
    "#B8860B",
    "#1F3A93",
)
BAR = "#1F4E79"
LIGHT_BAR = "#6F93B8"
INK = "#1D232B"
GRID = "#C8D0D8"


def render_chart(snapshot: MemoSnapshot, key: str) -> bytes:
    """PNG bytes of chart ``key`` ("ranking" or "contributions") of the snapshot."""
    with memo_language(snapshot.language):
        if key == "ranking":
            return ranking_chart(snapshot)
        if key == "contributions":
            return contributions_chart(snapshot)
    raise KeyError(f"no memo chart {key!r}")


def render_charts(snapshot: MemoSnapshot) -> dict[str, bytes]:
    """Every chart the memo shows, by key."""
    from app.memo.content import charts_used

    return {key: render_chart(snapshot, key) for key in charts_used(snapshot)}


def _font(size_pt: float, bold: bool = False) -> Any:
    from PySide6.QtGui import QFont

    font = QFont(FAMILY)
    font.setPixelSize(round(size_pt * PT))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _canvas(height_px: int) -> Any:
    from PySide6.QtGui import QColor, QImage

    ensure_qt()
    width = round(WIDTH_IN * DPI)
    image = QImage(width, height_px, QImage.Format.Format_RGB32)
    dpm = round(DPI / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    image.fill(QColor("white"))
    return image


def _png(image: Any) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _nice_step(span: float) -> float:
    raw = span / 5.0 if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw:
            return m * power
    return 10 * power


def _layout(n_rows: int, extra_px: int = 0) -> tuple[int, int, int]:
    row = round(0.30 * DPI)
    top = round(0.12 * DPI)
    bottom = round(0.42 * DPI)
    return top + n_rows * row + bottom + extra_px, row, top


def ranking_chart(snapshot: MemoSnapshot) -> bytes:
    """Horizontal bars of the scores, best first, with the score printed at each bar."""
    rows = [
        (f"{r.rank}. {r.name}", r.score, BAR if r.rank == 1 else LIGHT_BAR)
        for r in snapshot.ranking.rows
    ]
    note = t("higher_better" if snapshot.method.higher_is_better else "lower_better")
    caption = t("chart_score", method=snapshot.method.label, direction=note)
    return score_bars(rows, caption, label_share=0.48)


def score_bars(
    rows: Sequence[tuple[str, float, str]],
    caption: str,
    *,
    label_share: float,
    value_inches: float = 0.55,
) -> bytes:
    """Horizontal bars from zero, one row each as (label, value, colour), the value printed
    at the bar and ``caption`` under the axis; a row whose value is not finite gets no bar."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen

    height, row_h, top = _layout(len(rows))
    image = _canvas(height)  # creates the application first: fonts need it
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        label_font, small = _font(8.5), _font(7.5)
        width = image.width()
        label_w = round(width * label_share)
        value_w = round(value_inches * DPI)
        x0, x1 = label_w + round(0.1 * DPI), width - value_w
        values = [v for _, v, _ in rows if math.isfinite(v)]
        lo, hi = min(0.0, *values), max(0.0, *values)
        if hi - lo <= 0:
            hi = lo + 1.0
        step = _nice_step(hi - lo)
        lo, hi = math.floor(lo / step) * step, math.ceil(hi / step) * step

        def x_of(v: float) -> float:
            return x0 + (v - lo) / (hi - lo) * (x1 - x0)

        bottom = top + row_h * len(rows)
        grid(painter, lo, hi, step, x_of, top, bottom, row_h, small)
        metrics = QFontMetrics(label_font)
        for i, (label, value, colour) in enumerate(rows):
            y = top + i * row_h
            painter.setFont(label_font)
            painter.setPen(QColor(INK))
            name = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(
                QRectF(0, y, label_w, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                name,
            )
            if not math.isfinite(value):
                continue
            a, b = sorted((x_of(0.0), x_of(value)))
            painter.fillRect(
                QRectF(a, y + row_h * 0.18, max(b - a, 2), row_h * 0.64), QColor(colour)
            )
            painter.setFont(small)
            painter.drawText(
                QRectF(x1 + 10, y, value_w, row_h), Qt.AlignmentFlag.AlignVCenter, score(value)
            )
        painter.setPen(QPen(QColor(INK), 3))
        painter.drawLine(round(x_of(0.0)), top, round(x_of(0.0)), bottom)
        painter.setFont(small)
        painter.drawText(
            QRectF(x0, bottom + row_h * 0.55, x1 - x0, row_h),
            Qt.AlignmentFlag.AlignHCenter,
            caption,
        )
    finally:
        painter.end()
    return _png(image)


def grid(
    painter: Any,
    lo: float,
    hi: float,
    step: float,
    x_of: Callable[[float], float],
    top: int,
    bottom: int,
    row_h: int,
    font: Any,
) -> None:
    """Vertical grid lines with their values under the plot, every ``step`` from lo to hi."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPen

    painter.setFont(font)
    value = lo
    while value <= hi + step / 2:
        x = x_of(value)
        painter.setPen(QPen(QColor(GRID), 3))
        painter.drawLine(round(x), top, round(x), bottom)
        painter.setPen(QColor(INK))
        painter.drawText(
            QRectF(x - 100, bottom + 8, 200, row_h), Qt.AlignmentFlag.AlignHCenter, tick(value)
        )
        value += step


def contributions_chart(snapshot: MemoSnapshot) -> bytes:
    """Stacked bars: each criterion's part of each alternative's score, with a legend."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen

    parts = snapshot.ranking.contributions
    if parts is None:
        raise KeyError("the method's score is not a sum over criteria: no contributions chart")
    rows = snapshot.ranking.rows
    names = [c.name for c in snapshot.leaves]
    width = round(WIDTH_IN * DPI)
    ensure_qt()
    small = _font(7.5)
    legend_metrics = QFontMetrics(small)
    swatch = round(0.12 * DPI)
    gap = round(0.18 * DPI)
    # legend lines: criteria placed left to right, wrapping at the chart width
    lines: list[list[int]] = [[]]
    used = 0
    for j, name in enumerate(names):
        w = swatch + 12 + min(legend_metrics.horizontalAdvance(name), width // 2) + gap
        if lines[-1] and used + w > width:
            lines.append([])
            used = 0
        lines[-1].append(j)
        used += w
    legend_h = len(lines) * round(0.2 * DPI) + round(0.1 * DPI)
    height, row_h, top = _layout(len(rows), legend_h)
    image = _canvas(height)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        label_font = _font(8.5)
        label_w = round(width * 0.48)
        x0, x1 = label_w + round(0.1 * DPI), width - round(0.55 * DPI)
        totals = [sum(max(0.0, v) for v in row) for row in parts]
        hi = max([*totals, 1e-12])
        step = _nice_step(hi)
        hi = math.ceil(hi / step) * step
        bottom = top + row_h * len(rows)
        painter.setFont(small)
        value = 0.0
        while value <= hi + step / 2:
            x = x0 + value / hi * (x1 - x0)
            painter.setPen(QPen(QColor(GRID), 3))
            painter.drawLine(round(x), top, round(x), bottom)
            painter.setPen(QColor(INK))
            painter.drawText(
                QRectF(x - 100, bottom + 8, 200, row_h), Qt.AlignmentFlag.AlignHCenter, tick(value)
            )
            value += step
        metrics = QFontMetrics(label_font)
        for i, (r, row) in enumerate(zip(rows, parts, strict=True)):
            y = top + i * row_h
            painter.setFont(label_font)
            painter.setPen(QColor(INK))
            name = metrics.elidedText(f"{r.rank}. {r.name}", Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(
                QRectF(0, y, label_w, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                name,
            )
            left = float(x0)
            for j, v in enumerate(row):
                seg = max(0.0, v) / hi * (x1 - x0)
                painter.fillRect(
                    QRectF(left, y + row_h * 0.18, seg, row_h * 0.64),
                    QColor(PALETTE[j % len(PALETTE)]),
                )
                left += seg
        y = bottom + round(0.42 * DPI)
        painter.setFont(small)
        for line in lines:
            x = 0
            for j in line:
                painter.fillRect(
                    QRectF(x, y + round(0.04 * DPI), swatch, swatch),
                    QColor(PALETTE[j % len(PALETTE)]),
                )
                text = QFontMetrics(small).elidedText(
                    names[j], Qt.TextElideMode.ElideRight, width // 2
                )
                painter.setPen(QColor(INK))
                painter.drawText(
                    QRectF(x + swatch + 12, y, width, round(0.2 * DPI)),
                    Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
                x += swatch + 12 + QFontMetrics(small).horizontalAdvance(text) + gap
            y += round(0.2 * DPI)
    finally:
        painter.end()
    return _png(image)
