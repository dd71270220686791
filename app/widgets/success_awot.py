"""The SWOT-AHP (A'WOT) sub-tab: SWOT grid, pairwise comparisons with CR, priorities, strategies."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.success_models import PairwiseModel, PriorityModel, StrategyModel
from app.services import success_logic as logic
from app.widgets.success_charts import SwotBarChart
from app.widgets.success_sets import ToolSetPanel, table, tool_button
from decision.awot import SWOT, SWOT_NAMES, AWOTResult
from decision.errors import InputError

COMPARISONS: tuple[tuple[str, str], ...] = (
    *((g, f"Within {SWOT_NAMES[g]}") for g in SWOT),
    ("groups", "Between the groups S, W, O, T"),
)


class AwotPanel(ToolSetPanel):
    """A'WOT on stored sets of kind "awot"; ``result`` is the engine's last result."""

    kind = logic.AWOT_KIND
    title = "SWOT-AHP"
    set_type = logic.AwotSet

    def __init__(self, repo: Any, who: str, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(repo, who, undo_stack, parent)
        self.result: AWOTResult | None = None
        self._build()

    def blank(self) -> logic.AwotSet:
        return logic.new_awot_set()

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        bar = self.set_bar()
        grid = QGridLayout()
        grid.setSpacing(4)
        self.lists: dict[str, QListWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        for k, g in enumerate(SWOT):
            box = QGroupBox(SWOT_NAMES[g])
            box.setObjectName(f"awot_box_{g}")
            colour = logic.GROUP_COLOURS[g]
            box.setStyleSheet(f"QGroupBox {{ color: {colour}; font-weight: bold; }}")
            lw = QListWidget()
            lw.setObjectName(f"awot_list_{g}")
            lw.setStyleSheet("color: #222; font-weight: normal;")
            lb = QVBoxLayout(box)
            lb.setContentsMargins(4, 2, 4, 2)
            lb.setSpacing(2)
            lb.addWidget(lw, 1)
            buttons = QHBoxLayout()
            buttons.addWidget(tool_button("Add…", partial(self.add_factor, g), f"awot_add_{g}"))
            buttons.addWidget(
                tool_button("Rename…", partial(self.rename_factor, g), f"awot_rename_{g}")
            )
            buttons.addWidget(
                tool_button("Remove", partial(self.remove_factor, g), f"awot_remove_{g}")
            )
            buttons.addStretch(1)
            lb.addLayout(buttons)
            self.lists[g], self.boxes[g] = lw, box
            grid.addWidget(box, k // 2, k % 2)
        swot = QWidget()
        swot.setLayout(grid)
        # comparisons
        self.compare = QComboBox()
        self.compare.setObjectName("awot_compare")
        for key, label in COMPARISONS:
            self.compare.addItem(label, key)
        self.compare.activated.connect(lambda _i: self._show_comparison())
        self.cr_label = QLabel()
        self.cr_label.setObjectName("awot_cr")
        cbar = QHBoxLayout()
        cbar.addWidget(QLabel("Compare"))
        cbar.addWidget(self.compare, 1)
        cbar.addWidget(self.cr_label)
        self.pair_model = PairwiseModel(self)
        self.pair_model.sig_edit.connect(self.edit_judgment)
        self.pairs = table(self.pair_model, "awot_pairwise")
        self.pairs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.words = QListWidget()
        self.words.setObjectName("awot_words")
        self.words.setWordWrap(True)
        hint = QLabel(
            "Row over column on Saaty's scale: 1 equal · 3 moderately · 5 strongly · 7 very "
            "strongly · 9 extremely more important; 1/3 … the other way. Type 3 or 1/3."
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        comp = QWidget()
        cl = QVBoxLayout(comp)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(cbar)
        inner = QSplitter(Qt.Orientation.Vertical)
        inner.addWidget(self.pairs)
        inner.addWidget(self.words)
        inner.setChildrenCollapsible(False)
        inner.setSizes([150, 110])
        cl.addWidget(inner, 1)
        cl.addWidget(hint)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(swot)
        left.addWidget(comp)
        left.setChildrenCollapsible(False)
        left.setSizes([320, 330])
        # results
        self.chart = SwotBarChart()
        self.priority_model = PriorityModel(self)
        self.priorities = table(self.priority_model, "awot_priorities", stretch=1)
        self.priorities.verticalHeader().hide()
        self.strategy_model = StrategyModel(self)
        self.strategy_model.sig_edit.connect(self.edit_score)
        self.strategies = table(self.strategy_model, "awot_strategies")
        sbar = QHBoxLayout()
        sbar.addWidget(QLabel("Score each strategy 0..5 against each factor (higher is better)."))
        sbar.addStretch(1)
        sbar.addWidget(tool_button("Add…", self.add_strategy, "awot_add_strategy"))
        sbar.addWidget(tool_button("Remove", self.remove_strategy, "awot_remove_strategy"))
        sw = QWidget()
        sl = QVBoxLayout(sw)
        sl.setContentsMargins(2, 2, 2, 2)
        sl.addLayout(sbar)
        sl.addWidget(self.strategies, 1)
        self.result_tabs = QTabWidget()
        self.result_tabs.setObjectName("awot_result_tabs")
        self.result_tabs.addTab(self.priorities, "Priorities")
        self.result_tabs.addTab(sw, "Strategies")
        self.lay_out(bar, left, self.chart, self.result_tabs, ([360, 260], [560, 680]))

    # -- showing ------------------------------------------------------------------------------
    def group(self) -> str:
        return str(self.compare.currentData() or "S")

    def show_set(self) -> None:
        a: logic.AwotSet | None = self.obj
        self.result = None
        if a is not None:
            try:
                self.result = logic.run_awot(a)
            except Exception as exc:
                self.fail(exc)
        for g in SWOT:
            lw = self.lists[g]
            row = lw.currentRow()
            lw.clear()
            if a is not None:
                lw.addItems(list(a.factors[g]))
                lw.setCurrentRow(min(max(row, 0), lw.count() - 1))
            title = SWOT_NAMES[g]
            if self.result is not None:
                title += f"  ·  weight {self.result.group_weights[g]:.3f}"
            self.boxes[g].setTitle(title)
        self._show_comparison()
        r = self.result
        if r is None:
            self.priority_model.set_rows([])
            self.chart.set_bars([])
            self.strategy_model.set_scores((), (), (), None)
            self.summary.setText("")
            return
        self.priority_model.set_rows(logic.priority_rows(r))
        self.chart.set_bars(logic.swot_bars(r))
        assert a is not None
        self.strategy_model.set_scores(
            a.strategies, a.all_factors(), a.scores, dict(r.strategy_scores or {})
        )
        top = r.ranking()[0]
        text = f"Highest global priority: {top[1]} ({SWOT_NAMES[top[0]]}, {top[2]:.3f})."
        if r.strategy_scores:
            best = max(r.strategy_scores.items(), key=lambda kv: kv[1])
            text += f" Best strategy: {best[0]} (score {best[1]:.2f})."
        crs = r.cr()
        high = [SWOT_NAMES.get(k, "group comparison") for k, v in crs.items() if v and v > 0.1]
        if high:
            text += f" CR above 0.10 in: {', '.join(high)}."
        self.summary.setText(text)
        self.summary.setToolTip("\n".join(r.conventions.notes))

    def _show_comparison(self) -> None:
        a: logic.AwotSet | None = self.obj
        g = self.group()
        if a is None:
            self.pair_model.set_matrix((), ())
            self.words.clear()
            self.cr_label.setText("")
            return
        items = [SWOT_NAMES[x] for x in SWOT] if g == "groups" else list(a.items(g))
        self.pair_model.set_matrix(items, a.matrix(g))
        self.words.clear()
        for q in logic.pair_questions(a, g):
            self.words.addItem(q.answer)
            self.words.item(self.words.count() - 1).setToolTip(q.question)
        cr = None
        if self.result is not None:
            cr = self.result.cr()[g]
        self.cr_label.setText(logic.cr_text(cr) if len(items) > 2 else "CR — (2 items: always 0)")
        high = cr is not None and cr > 0.1
        self.cr_label.setStyleSheet("color: #b00020;" if high else "")

    def show_comparison(self, key: str) -> None:
        """Show the comparison ``key`` ("S", "W", "O", "T" or "groups")."""
        self.compare.setCurrentIndex(max(self.compare.findData(key), 0))
        self._show_comparison()

    # -- edits --------------------------------------------------------------------------------
    def edit_judgment(self, i: int, j: int, text: str) -> bool:
        a: logic.AwotSet | None = self.obj
        if a is None:
            return False
        g = self.group()
        items = a.items(g)
        return self.edit(
            lambda s: s.with_judgment(g, i, j, logic.parse_ratio_text(text)),
            f"compare '{items[i]}' with '{items[j]}'",
        )

    def edit_score(self, row: int, factor: str, text: str) -> bool:
        a: logic.AwotSet | None = self.obj
        if a is None:
            return False
        name = a.strategies[row]

        def change(s: logic.AwotSet) -> logic.AwotSet:
            try:
                value = float(text.strip().replace(",", "."))
            except ValueError:
                raise InputError(f"'{text}' is not a score: type a number") from None
            return s.with_score(row, factor, value)

        return self.edit(change, f"score '{name}' on '{factor}'")

    def add_factor(self, g: str) -> bool:
        name = self.ask_text(f"Add to {SWOT_NAMES[g]}", "Name of the new factor:", "")
        if not name:
            return False
        return self.edit(lambda s: s.add_factor(g, name), f"add '{name.strip()}'")

    def _row(self, g: str) -> int | None:
        row = self.lists[g].currentRow()
        return row if row >= 0 else None

    def rename_factor(self, g: str) -> bool:
        k = self._row(g)
        if k is None or self.obj is None:
            return False
        old = self.obj.factors[g][k]
        name = self.ask_text("Rename factor", "New name:", old)
        if not name or name.strip() == old:
            return False
        return self.edit(lambda s: s.rename_factor(g, k, name), f"rename '{old}'")

    def remove_factor(self, g: str) -> bool:
        k = self._row(g)
        if k is None or self.obj is None:
            return False
        old = self.obj.factors[g][k]
        return self.edit(lambda s: s.remove_factor(g, k), f"remove '{old}'")

    def add_strategy(self) -> bool:
        name = self.ask_text("Add strategy", "Name of the strategy option:", "")
        if not name:
            return False
        return self.edit(lambda s: s.add_strategy(name), f"add strategy '{name.strip()}'")

    def remove_strategy(self) -> bool:
        row = self.strategies.currentIndex().row()
        if self.obj is None or row < 0 or row >= len(self.obj.strategies):
            return False
        old = self.obj.strategies[row]
        return self.edit(lambda s: s.remove_strategy(row), f"remove strategy '{old}'")
