"""Direct weights of one criteria group: slider, percentage and lock per criterion."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.i18n import percent, tr
from app.services.problem_edits import set_weights
from app.services.project_session import ProjectSession
from app.services.weights_logic import percentages, rescale_with_locks

DEBOUNCE_MS = 80


class _Row:
    def __init__(self, cid: str, label: str, parent: QWidget) -> None:
        self.cid = cid
        self.label = QLabel(label, parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, parent)
        self.slider.setRange(0, 100)
        self.slider.setObjectName(f"weight_slider_{cid}")
        self.spin = QDoubleSpinBox(parent)
        self.spin.setRange(0.0, 100.0)
        self.spin.setDecimals(1)
        self.spin.setSuffix(" %")
        self.spin.setObjectName(f"weight_spin_{cid}")
        self.lock = QCheckBox(tr("Lock"), parent)
        self.lock.setObjectName(f"weight_lock_{cid}")
        self.lock.setToolTip(tr("Keep this weight when others change"))

    def widgets(self) -> list[QWidget]:
        return [self.label, self.slider, self.spin, self.lock]


class DirectWeightsPanel(QWidget):
    """Changing one weight rescales the unlocked others so the group sums to 100 %.

    The view changes at once; the edit is saved after ``DEBOUNCE_MS`` without a change,
    and the saves of one slider drag (or one spin-box burst) merge into one undo step.
    """

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weights_direct")
        self._session = session
        self._node: str | None = None
        self._rows: list[_Row] = []
        self._percent: list[float] = []
        self._locked: dict[str, bool] = {}  # by criterion id, kept across groups
        self._serial = 0  # alternates the merge key so separate drags stay separate steps
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self._grid = QGridLayout()
        self._hint = QLabel(
            tr(
                "Drag a slider or type a percentage; the unlocked weights of this group are "
                "rescaled so the group sums to 100 %."
            )
        )
        self._hint.setWordWrap(True)
        self._sum = QLabel()
        self._sum.setObjectName("weights_sum")
        layout = QVBoxLayout(self)
        layout.addWidget(self._hint)
        layout.addLayout(self._grid)
        layout.addWidget(self._sum)
        layout.addStretch(1)

    # -- public -------------------------------------------------------------------------
    @property
    def rows(self) -> list[_Row]:
        return list(self._rows)

    def row(self, cid: str) -> _Row:
        return next(r for r in self._rows if r.cid == cid)

    def percentages(self) -> list[float]:
        return list(self._percent)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def set_node(self, node: str | None) -> None:
        self.flush()
        self._node = node
        self._rebuild()

    def refresh(self) -> None:
        """Show the problem's weights (after any edit, undo or redo)."""
        problem = self._session.problem
        ids = [] if problem is None else [c.id for c in problem.children(self._node)]
        if problem is None or ids != [r.cid for r in self._rows]:
            self._rebuild()
            return
        if self._timer.isActive():
            return  # the user is still changing them; the pending save wins
        self._percent = percentages([c.weight for c in problem.children(self._node)])
        self._show()

    def flush(self) -> None:
        """Save a pending change now."""
        if self._timer.isActive():
            self._timer.stop()
            self.commit()

    def commit(self) -> None:
        problem = self._session.problem
        if problem is None or not self._rows:
            return
        weights = {r.cid: p / 100.0 for r, p in zip(self._rows, self._percent, strict=True)}
        if self._node is None:
            text = tr("Change weights (top level)")
        else:
            text = tr("Change weights ({group})").format(group=self._node)
        self._session.edit(
            lambda p: set_weights(p, weights),
            text,
            merge_key=f"weights:{self._node}:{self._serial % 2}",
        )

    # -- building -----------------------------------------------------------------------
    def _rebuild(self) -> None:
        self._timer.stop()
        for r in self._rows:
            for w in r.widgets():
                self._grid.removeWidget(w)
                w.deleteLater()
        self._rows = []
        problem = self._session.problem
        children = [] if problem is None else list(problem.children(self._node))
        for k, c in enumerate(children):
            r = _Row(c.id, c.label, self)
            for col, w in enumerate(r.widgets()):
                self._grid.addWidget(w, k, col)
            r.lock.setChecked(self._locked.get(c.id, False))
            r.slider.valueChanged.connect(lambda v, i=k: self._on_slider(i, v))
            r.slider.sliderPressed.connect(self._new_step)
            r.spin.valueChanged.connect(lambda v, i=k: self._on_spin(i, v))
            r.lock.toggled.connect(lambda on, cid=c.id: self._on_lock(cid, on))
            self._rows.append(r)
        self._percent = percentages([c.weight for c in children])
        self._show()

    def _show(self) -> None:
        locked = self._locked_list()
        free = [k for k, is_locked in enumerate(locked) if not is_locked]
        for k, (r, p) in enumerate(zip(self._rows, self._percent, strict=True)):
            for w in (r.slider, r.spin):
                w.blockSignals(True)
            r.slider.setValue(round(p))
            r.spin.setValue(p)
            for w in (r.slider, r.spin):
                w.blockSignals(False)
            movable = not locked[k] and len(free) > 1
            r.slider.setEnabled(movable)
            r.spin.setEnabled(movable)
        total = percent(sum(self._percent), 1)
        self._sum.setText(tr("Sum: {total}").format(total=total) if self._rows else "")

    def _locked_list(self) -> list[bool]:
        return [self._locked.get(r.cid, False) for r in self._rows]

    # -- user input ---------------------------------------------------------------------
    def _new_step(self) -> None:
        self.flush()
        self._serial += 1

    def _on_slider(self, index: int, value: int) -> None:
        if not self._timer.isActive() and not self._rows[index].slider.isSliderDown():
            self._serial += 1  # a click or key on the slider, not a drag
        self._change(index, float(value))

    def _on_spin(self, index: int, value: float) -> None:
        if not self._timer.isActive():
            self._serial += 1  # a new burst of typing is a new undo step
        self._change(index, value)

    def _change(self, index: int, value: float) -> None:
        self._percent = rescale_with_locks(self._percent, self._locked_list(), index, value)
        self._show()
        self._timer.start()

    def _on_lock(self, cid: str, on: bool) -> None:
        self._locked[cid] = on
        self._show()
