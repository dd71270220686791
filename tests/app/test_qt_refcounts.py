"""The installed PySide6 must not leak references to None/True (6.12.0 on Python 3.11 does)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QApplication


def test_void_calls_keep_the_reference_counts_of_none_and_true(qapp: QApplication) -> None:
    color, pen = QColor(1, 2, 3), QPen()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):  # 6,000 void calls; a leaking build loses one reference per call
        color.setAlpha(5)
        pen.setColor(color)
        pen.setCosmetic(True)
    # other threads may hold a few references for a moment: allow a small margin
    assert none_before - sys.getrefcount(None) < 100
    assert true_before - sys.getrefcount(True) < 100
