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

from app.i18n import number, tr
from app.models.success_models import PairwiseModel, PriorityModel, StrategyModel
from app.services import success_export as export
from app.services import success_logic as logic
from app.services.engine_texts import engine_text
from app.widgets.success_charts import SwotBarChart
from app.widgets.success_sets import ToolSetPanel, table, tool_button
from decision.awot import SWOT, AWOTResult
from decision.errors import InputError

COMBINED = -1  # the participant picker's "all participants combined (AIJ)"


class AwotPanel(ToolSetPanel):
    """A'WOT on stored sets of kind "awot"; ``result`` is the engine's last result."""

    kind = logic.AWOT_KIND
    title = "SWOT-AHP"
    set_type = logic.AwotSet

    def __init__(self, repo: Any, who: str, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(repo, who, undo_stack, parent)
        self.result: AWOTResult | None = None
        self.participant = 0
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
            box = QGroupBox(tr(logic.SWOT_LABELS[g]))
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
            buttons.addWidget(tool_button(tr("Add…"), partial(self.add_factor, g), f"awot_add_{g}"))
            buttons.addWidget(
                tool_button(tr("Rename…"), partial(self.rename_factor, g), f"awot_rename_{g}")
            )
            buttons.addWidget(
                tool_button(tr("Remove"), partial(self.remove_factor, g), f"awot_remove_{g}")
            )
            buttons.addStretch(1)
            lb.addLayout(buttons)
            self.lists[g], self.boxes[g] = lw, box
            grid.addWidget(box, k // 2, k % 2)
        swot = QWidget()
        swot.setLayout(grid)
        # comparisons
        self.participants = QComboBox()
        self.participants.setObjectName("awot_participants")
        self.participants.setMinimumContentsLength(14)
        self.participants.activated.connect(self._participant_chosen)
        pbar = QHBoxLayout()
        pbar.addWidget(QLabel(tr("Participant")))
        pbar.addWidget(self.participants, 1)
        pbar.addWidget(tool_button(tr("Add…"), self.add_participant, "awot_add_participant"))
        pbar.addWidget(
            tool_button(tr("Rename…"), self.rename_participant, "awot_rename_participant")
        )
        pbar.addWidget(
            tool_button(tr("Remove"), self.remove_participant, "awot_remove_participant")
        )
        self.compare = QComboBox()
        self.compare.setObjectName("awot_compare")
        self.compare.setMinimumContentsLength(20)
        self.compare.activated.connect(lambda _i: self._show_comparison())
        self.cr_label = QLabel()
        self.cr_label.setObjectName("awot_cr")
        cbar = QHBoxLayout()
        cbar.addWidget(QLabel(tr("Compare")))
        cbar.addWidget(self.compare, 1)
        cbar.addWidget(self.cr_label)
        self.participant_crs = QLabel()
        self.participant_crs.setObjectName("awot_participant_crs")
        self.participant_crs.setWordWrap(True)
        self.participant_crs.setStyleSheet("color: #555;")
        self.pair_model = PairwiseModel(self)
        self.pair_model.sig_edit.connect(self.edit_judgment)
        self.pairs = table(self.pair_model, "awot_pairwise")
        self.pairs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.words = QListWidget()
        self.words.setObjectName("awot_words")
        self.words.setWordWrap(True)
        hint = QLabel(
            tr(
                "Row over column on Saaty's scale: 1 equal · 3 moderately · 5 strongly · 7 very "
                "strongly · 9 extremely more important; 1/3 … the other way. Type 3 or 1/3."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        comp = QWidget()
        cl = QVBoxLayout(comp)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(pbar)
        cl.addLayout(cbar)
        cl.addWidget(self.participant_crs)
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
        self.method = QComboBox()
        self.method.setObjectName("awot_strategy_method")
        self.method.addItem(tr("Scores against the factors"), "scores")
        self.method.addItem(tr("Pairwise comparison per factor"), "pairwise")
        self.method.activated.connect(
            lambda _i: self.edit(
                lambda a: a.with_strategy_method(str(self.method.currentData())),
                tr("change strategy method"),
            )
        )
        sbar.addWidget(self.method)
        sbar.addStretch(1)
        sbar.addWidget(tool_button(tr("Add…"), self.add_strategy, "awot_add_strategy"))
        sbar.addWidget(tool_button(tr("Remove"), self.remove_strategy, "awot_remove_strategy"))
        self.method_hint = QLabel()
        self.method_hint.setObjectName("awot_method_hint")
        self.method_hint.setWordWrap(True)
        self.method_hint.setStyleSheet("color: #555;")
        sw = QWidget()
        sl = QVBoxLayout(sw)
        sl.setContentsMargins(2, 2, 2, 2)
        sl.addLayout(sbar)
        sl.addWidget(self.method_hint)
        sl.addWidget(self.strategies, 1)
        self.result_tabs = QTabWidget()
        self.result_tabs.setObjectName("awot_result_tabs")
        self.result_tabs.addTab(self.priorities, tr("Priorities"))
        self.result_tabs.addTab(sw, tr("Strategies"))
        self.lay_out(bar, left, self.chart, self.result_tabs, ([360, 260], [560, 680]))

    # -- showing ------------------------------------------------------------------------------
    def group(self) -> str:
        """The comparison shown: "S", "W", "O", "T", "groups" or a strategy key."""
        return str(self.compare.currentData() or "S")

    def tables(self) -> list[export.Table]:
        if self.obj is None or self.result is None:
            return []
        return export.awot_tables(self.obj, self.result)

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
            title = tr(logic.SWOT_LABELS[g])
            if self.result is not None:
                title = tr("{group}  ·  weight {weight}").format(
                    group=title, weight=number(self.result.group_weights[g], 3)
                )
            self.boxes[g].setTitle(title)
        self._fill_pickers(a)
        self._show_comparison()
        self._show_strategies()
        r = self.result
        if r is None:
            self.priority_model.set_rows([])
            self.chart.set_bars([])
            self.summary.setText("")
            return
        self.priority_model.set_rows(logic.priority_rows(r))
        self.chart.set_bars(logic.swot_bars(r))
        assert a is not None
        top = r.ranking()[0]
        text = tr("Highest global priority: {factor} ({group}, {value}).").format(
            factor=top[1], group=tr(logic.SWOT_LABELS[top[0]]), value=number(top[2], 3)
        )
        best = self._best_strategy(a, r)
        if best is not None:
            text += " " + best
        crs = r.cr()
        high = [
            tr(logic.SWOT_LABELS[k]) if k in logic.SWOT_LABELS else tr("group comparison")
            for k, v in crs.items()
            if v and v > 0.1
        ]
        if r.strategy_pairwise is not None:
            high += [
                tr("strategies on '{factor}'").format(factor=f)
                for f, v in r.strategy_pairwise.cr().items()
                if v and v > 0.1
            ]
        if high:
            text += " " + tr("CR above 0.10 in: {where}.").format(where=", ".join(high))
        self.summary.setText(text)
        self.summary.setToolTip("\n".join(engine_text(n) for n in r.conventions.notes))

    def _best_strategy(self, a: logic.AwotSet, r: AWOTResult) -> str | None:
        if a.strategy_method == "pairwise" and r.strategy_pairwise is not None:
            name, value = r.strategy_pairwise.ranking()[0]
            return tr("Best strategy: {name} (priority {value}).").format(
                name=name, value=number(value, 3)
            )
        if r.strategy_scores:
            name, value = max(r.strategy_scores.items(), key=lambda kv: kv[1])
            return tr("Best strategy: {name} (score {value}).").format(
                name=name, value=number(value, 2)
            )
        return None

    def _fill_pickers(self, a: logic.AwotSet | None) -> None:
        key = self.group()
        self.compare.blockSignals(True)
        self.compare.clear()
        self.participants.blockSignals(True)
        self.participants.clear()
        if a is not None:
            for k in a.comparison_keys():
                self.compare.addItem(logic.comparison_label(k), k)
            self.compare.setCurrentIndex(max(self.compare.findData(key), 0))
            for k, name in enumerate(a.participants):
                self.participants.addItem(name, k)
            if len(a.participants) > 1:
                self.participants.addItem(tr("All participants combined (AIJ)"), COMBINED)
            else:
                self.participant = 0
            if self.participant != COMBINED:
                self.participant = min(self.participant, len(a.participants) - 1)
            self.participants.setCurrentIndex(max(self.participants.findData(self.participant), 0))
        self.compare.blockSignals(False)
        self.participants.blockSignals(False)

    def _show_comparison(self) -> None:
        a: logic.AwotSet | None = self.obj
        g = self.group()
        if a is None or g not in a.comparison_keys():
            self.pair_model.set_matrix((), ())
            self.words.clear()
            self.cr_label.setText("")
            self.participant_crs.setText("")
            return
        labels = [tr(logic.SWOT_LABELS[x]) for x in SWOT]
        items = labels if g == "groups" else list(a.items(g))
        combined = self.participant == COMBINED
        matrix = logic.aggregated_matrix(a, g) if combined else a.matrix(g, self.participant)
        self.pair_model.set_matrix(items, matrix, editable=not combined)
        self.words.clear()
        questions = [] if combined else logic.pair_questions(a, g, self.participant)
        for q in questions:
            self.words.addItem(q.answer)
            self.words.item(self.words.count() - 1).setToolTip(q.question)
        cr = self._combined_cr(g)
        if len(items) <= 2:
            self.cr_label.setText(tr("CR — (2 items: always 0)"))
        else:
            self.cr_label.setText(logic.cr_text(cr))
        high = cr is not None and cr > 0.1
        self.cr_label.setStyleSheet("color: #b00020;" if high else "")
        if len(a.participants) > 1:
            parts = " · ".join(
                f"{p.participant} {'—' if p.cr is None else number(p.cr, 3)}"
                for p in logic.participant_crs(a, g)
            )
            self.participant_crs.setText(
                tr(
                    "{n} participants, combined by the geometric mean of their judgments (AIJ); "
                    "the CR above is that of the combined matrix. Each participant's CR: {crs}"
                ).format(n=len(a.participants), crs=parts)
            )
            self.participant_crs.show()
        else:
            self.participant_crs.setText("")
            self.participant_crs.hide()

    def _combined_cr(self, key: str) -> float | None:
        r = self.result
        if r is None:
            return None
        if key.startswith(logic.STRATEGY_PREFIX):
            if r.strategy_pairwise is None:
                return None
            return r.strategy_pairwise.cr().get(key.removeprefix(logic.STRATEGY_PREFIX))
        return r.cr()[key]

    def _show_strategies(self) -> None:
        a: logic.AwotSet | None = self.obj
        r = self.result
        if a is None:
            self.strategy_model.set_scores((), (), (), None)
            self.method_hint.setText("")
            return
        self.method.setCurrentIndex(max(self.method.findData(a.strategy_method), 0))
        if a.strategy_method == "pairwise":
            pair = r.strategy_pairwise if r is not None else None
            local = [
                tuple(
                    float(pair.local[f].weight_map()[s]) if pair else 0.0 for f in a.all_factors()
                )
                for s in a.strategies
            ]
            self.strategy_model.set_scores(
                a.strategies,
                a.all_factors(),
                local,
                dict(pair.priorities) if pair else None,
                editable=False,
                total_header=tr("Priority"),
            )
            self.method_hint.setText(
                tr(
                    "Local priority of each strategy with respect to each factor, from the "
                    "comparisons 'Strategies with respect to …' under Compare (left). Priority "
                    "= Σ global priority of the factor × local priority; the priorities sum to 1."
                )
            )
        else:
            self.strategy_model.set_scores(
                a.strategies,
                a.all_factors(),
                a.scores,
                dict(r.strategy_scores or {}) if r is not None else None,
                editable=True,
                total_header=tr("Score"),
            )
            self.method_hint.setText(
                tr(
                    "Score each strategy 0..5 against each factor (higher is better). "
                    "Score = Σ global priority × score."
                )
            )

    def show_comparison(self, key: str) -> None:
        """Show the comparison ``key`` ("S", "W", "O", "T", "groups" or a strategy key)."""
        self.compare.setCurrentIndex(max(self.compare.findData(key), 0))
        self._show_comparison()

    def show_participant(self, index: int) -> None:
        """Show participant ``index``'s matrices (``COMBINED``: the AIJ matrix, read-only)."""
        self.participants.setCurrentIndex(max(self.participants.findData(index), 0))
        self._participant_chosen(self.participants.currentIndex())

    def _participant_chosen(self, index: int) -> None:
        data = self.participants.itemData(index)
        self.participant = 0 if data is None else int(data)
        self._show_comparison()

    # -- edits --------------------------------------------------------------------------------
    def edit_judgment(self, i: int, j: int, text: str) -> bool:
        a: logic.AwotSet | None = self.obj
        if a is None or self.participant == COMBINED:
            return False
        g = self.group()
        p = self.participant
        items = a.items(g)
        return self.edit(
            lambda s: s.with_judgment(g, i, j, logic.parse_ratio_text(text), p),
            tr("{participant}: compare '{a}' with '{b}'").format(
                participant=a.participants[p], a=items[i], b=items[j]
            ),
        )

    def edit_score(self, row: int, factor: str, text: str) -> bool:
        a: logic.AwotSet | None = self.obj
        if a is None:
            return False
        name = a.strategies[row]

        def change(s: logic.AwotSet) -> logic.AwotSet:
            value = parse_cell_number(text)
            return s.with_score(row, factor, value)

        return self.edit(
            change, tr("score '{strategy}' on '{factor}'").format(strategy=name, factor=factor)
        )

    def add_factor(self, g: str) -> bool:
        name = self.ask_text(
            tr("Add to {group}").format(group=tr(logic.SWOT_LABELS[g])),
            tr("Name of the new factor:"),
            "",
        )
        if not name:
            return False
        return self.edit(
            lambda s: s.add_factor(g, name), tr("add '{name}'").format(name=name.strip())
        )

    def _row(self, g: str) -> int | None:
        row = self.lists[g].currentRow()
        return row if row >= 0 else None

    def rename_factor(self, g: str) -> bool:
        k = self._row(g)
        if k is None or self.obj is None:
            return False
        old = self.obj.factors[g][k]
        name = self.ask_text(tr("Rename factor"), tr("New name:"), old)
        if not name or name.strip() == old:
            return False
        return self.edit(
            lambda s: s.rename_factor(g, k, name), tr("rename '{name}'").format(name=old)
        )

    def remove_factor(self, g: str) -> bool:
        k = self._row(g)
        if k is None or self.obj is None:
            return False
        old = self.obj.factors[g][k]
        return self.edit(lambda s: s.remove_factor(g, k), tr("remove '{name}'").format(name=old))

    def add_strategy(self) -> bool:
        name = self.ask_text(tr("Add strategy"), tr("Name of the strategy option:"), "")
        if not name:
            return False
        return self.edit(
            lambda s: s.add_strategy(name),
            tr("add strategy '{name}'").format(name=name.strip()),
        )

    def remove_strategy(self) -> bool:
        row = self.strategies.currentIndex().row()
        if self.obj is None or row < 0 or row >= len(self.obj.strategies):
            return False
        old = self.obj.strategies[row]
        return self.edit(
            lambda s: s.remove_strategy(row), tr("remove strategy '{name}'").format(name=old)
        )

    def add_participant(self) -> bool:
        if self.obj is None:
            return False
        name = self.ask_text(
            tr("Add participant"),
            tr("Name of the new participant (starts with all judgments equal):"),
            "",
        )
        if not name:
            return False
        done = self.edit(
            lambda s: s.add_participant(name),
            tr("add participant '{name}'").format(name=name.strip()),
        )
        if done:
            self.participant = len(self.obj.participants) - 1
            self.show_set()
        return done

    def rename_participant(self) -> bool:
        if self.obj is None or self.participant == COMBINED:
            return False
        p = self.participant
        old = self.obj.participants[p]
        name = self.ask_text(tr("Rename participant"), tr("New name:"), old)
        if not name or name.strip() == old:
            return False
        return self.edit(
            lambda s: s.rename_participant(p, name),
            tr("rename participant '{name}'").format(name=old),
        )

    def remove_participant(self) -> bool:
        if self.obj is None or self.participant == COMBINED:
            return False
        p = self.participant
        old = self.obj.participants[p]
        if not self.confirm(
            tr("Remove participant"),
            tr("Remove the judgments of '{name}'?").format(name=old),
        ):
            return False
        return self.edit(
            lambda s: s.remove_participant(p),
            tr("remove participant '{name}'").format(name=old),
        )


def parse_cell_number(text: str) -> float:
    """A typed score: "2", "2,5", "1.234,5" or "1,234.5"; one line if it is not a number."""
    from app.services.clipboard_table import parse_number

    try:
        value = parse_number(text)
    except (ValueError, TypeError):
        value = None
    if value is None:
        raise InputError(tr("'{text}' is not a score: type a number.").format(text=text))
    return float(value)
