"""The peer comparison of the Benchmarking page: a town, its peers, the radar and its extremes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.widgets.benchmark_charts import PeerSummary, RadarChart


def default_peers(town: str, units: Sequence[Mapping[str, Any]], limit: int = 4) -> list[str]:
    """Towns of the same region (else country) as ``town``, at most ``limit``."""
    info = {str(u["id"]): u for u in units}
    me = info.get(town, {})
    for key in ("region", "country"):
        if me.get(key):
            same = [u for u, i in info.items() if u != town and i.get(key) == me.get(key)]
            if same:
                return same[:limit]
    return [u for u in info if u != town][:limit]


class PeersPanel(QWidget):
    """Choose a town and its peers (checkable list); shows the radar and the strongest and
    weakest indicators. ``sig_changed()`` when the choice changes."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.town = QComboBox()
        self.town.setMaximumWidth(120)
        self.town.setObjectName("bench_town")
        self.peers = QListWidget()
        self.peers.setObjectName("bench_peers")
        self.peers.setMaximumWidth(120)
        self.radar = RadarChart()
        self.summary = PeerSummary()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("bench_peers_note")
        town_label, peers_label = QLabel(tr("Town")), QLabel(tr("Peers (tick)"))
        for label in (town_label, peers_label):
            label.setWordWrap(True)  # "Vergleichsstädte (ankreuzen)" in German
            label.setMaximumWidth(120)
        left = QVBoxLayout()
        left.addWidget(town_label)
        left.addWidget(self.town)
        left.addWidget(peers_label)
        left.addWidget(self.peers, 1)
        right = QVBoxLayout()
        right.addWidget(self.radar, 1)
        right.addWidget(self.summary)
        right.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self._syncing = False
        self.town.currentIndexChanged.connect(self._town_changed)
        self.peers.itemChanged.connect(lambda _item: self._emit())

    def set_units(
        self, units: Sequence[Mapping[str, Any]], town: str | None, peers: Sequence[str] | None
    ) -> None:
        """Offer ``units`` (dicts with id, region, country); keep the choice when possible."""
        ids = [str(u["id"]) for u in units]
        current = town if town in ids else self.current_town()
        if current not in ids:
            current = ids[0] if ids else None
        chosen = [p for p in peers or self.chosen_peers() if p in ids and p != current]
        if not chosen and current is not None:
            chosen = default_peers(current, units)
        self._syncing = True
        try:
            self._units = list(units)
            self.town.clear()
            for u in ids:
                self.town.addItem(u, u)
            if current is not None:
                self.town.setCurrentIndex(ids.index(current))
            self._fill_peers(ids, current, chosen)
        finally:
            self._syncing = False

    def _fill_peers(self, ids: Sequence[str], town: str | None, chosen: Sequence[str]) -> None:
        self.peers.clear()
        for u in ids:
            if u == town:
                continue
            item = QListWidgetItem(u)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if u in chosen else Qt.CheckState.Unchecked)
            self.peers.addItem(item)

    def current_town(self) -> str | None:
        data = self.town.currentData()
        return None if data is None else str(data)

    def chosen_peers(self) -> list[str]:
        return [
            self.peers.item(i).text()
            for i in range(self.peers.count())
            if self.peers.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_peers(self, peers: Sequence[str]) -> None:
        """Tick exactly ``peers`` (one change signal)."""
        self._syncing = True
        try:
            for i in range(self.peers.count()):
                item = self.peers.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked if item.text() in peers else Qt.CheckState.Unchecked
                )
        finally:
            self._syncing = False
        self._emit()

    def _town_changed(self, _index: int) -> None:
        if self._syncing:
            return
        town = self.current_town()
        ids = [str(u["id"]) for u in getattr(self, "_units", [])]
        self._syncing = True
        try:
            self._fill_peers(ids, town, default_peers(town, self._units) if town else [])
        finally:
            self._syncing = False
        self._emit()

    def _emit(self) -> None:
        if not self._syncing:
            self.sig_changed.emit()
