"""AHP pairwise comparisons of one criteria group: questions, matrix, consistency, group view."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TR_NOOP, number, tr
from app.models.pairwise_model import PairwiseMatrixModel
from app.models.weights_priority_model import PriorityModel
from app.services.problem_edits import set_weights
from app.services.project_session import ProjectSession
from app.services.weights_logic import (
    GROUP_VIEW,
    KIND,
    STEP_LABELS,
    STEPS,
    Judgment,
    PairwiseState,
    answer_of,
    format_ratio,
    group_state,
    individual_state,
    labels,
    pairs,
    question,
    relevant,
    statement,
    step_to_value,
    value_to_step,
    with_answer,
)

ADD_PARTICIPANT = QT_TR_NOOP("Add participant…")
BAD = "color: #b00020;"


def _table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().setVisible(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class PairwisePanel(QWidget):
    """One participant answers the pairs of a group's children one question at a time;
    every answer is one undoable, saved step (``session.set_judgments``)."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weights_pairwise")
        self._session = session
        self._node: str | None = None
        self._items: list[str] = []
        self._names: dict[str, str] = {}
        self._added: list[str] = []  # participants added here who have not answered yet
        self._question = 0
        self.state: PairwiseState | None = None
        self.group: PairwiseState | None = None

        self.participant = QComboBox()
        self.participant.setObjectName("pairwise_participant")
        self.participant.activated.connect(self._on_participant)

        self.progress = QLabel()
        self.statement = QLabel()
        self.statement.setObjectName("pairwise_question")
        self.statement.setWordWrap(True)
        self.left, self.right = QLabel(), QLabel()
        self.left.setWordWrap(True)
        self.right.setWordWrap(True)
        self.scale = QButtonGroup(self)
        self.scale.setExclusive(True)
        self.right.setAlignment(Qt.AlignmentFlag.AlignRight)
        names_row = QHBoxLayout()
        names_row.addWidget(self.left, 1)
        names_row.addWidget(self.right, 1)
        scale_row = QHBoxLayout()
        for step in range(STEPS):
            b = QToolButton()
            b.setText(STEP_LABELS[step])
            b.setCheckable(True)
            b.setObjectName(f"scale_step_{step}")
            b.setToolTip(self._step_tip(step))
            self.scale.addButton(b, step)
            scale_row.addWidget(b)
        scale_row.addStretch(1)
        self.scale.idClicked.connect(self.answer)
        self.previous = QPushButton(tr("Previous"))
        self.next = QPushButton(tr("Next"))
        self.clear = QPushButton(tr("Clear answer"))
        self.previous.clicked.connect(lambda: self.go_to(self._question - 1))
        self.next.clicked.connect(lambda: self.go_to(self._question + 1))
        self.clear.clicked.connect(self.clear_answer)
        nav = QHBoxLayout()
        for button in (self.previous, self.next, self.clear):
            nav.addWidget(button)
        nav.addStretch(1)

        self.matrix_model = PairwiseMatrixModel(self)
        self.matrix_model.sig_value_edited.connect(self._on_cell_edited)
        self.matrix_view = _table(self.matrix_model, "pairwise_matrix")
        self.matrix_view.verticalHeader().setVisible(True)
        self.matrix_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

        self.summary = QLabel()
        self.summary.setObjectName("pairwise_summary")
        self.summary.setWordWrap(True)
        self.suggestion = QFrame()
        self.suggestion.setObjectName("pairwise_suggestion")
        self.suggestion.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion_text = QLabel()
        self.suggestion_text.setWordWrap(True)
        self.apply_suggestion = QPushButton(tr("Apply suggestion"))
        self.apply_suggestion.setObjectName("pairwise_apply_suggestion")
        self.apply_suggestion.clicked.connect(self.apply_suggested)
        sug = QHBoxLayout(self.suggestion)
        sug.addWidget(self.suggestion_text, 1)
        sug.addWidget(self.apply_suggestion)
        self.priority_model = PriorityModel(self)
        self.priority_view = _table(self.priority_model, "pairwise_priorities")
        self.use_individual = QPushButton(tr("Use these weights"))
        self.use_individual.setObjectName("pairwise_use")
        self.use_individual.clicked.connect(self.apply_individual)

        self.group_box = QGroupBox(tr(GROUP_VIEW))
        self.group_summary = QLabel()
        self.group_summary.setObjectName("pairwise_group_summary")
        self.group_summary.setWordWrap(True)
        self.group_model = PriorityModel(self)
        self.group_view = _table(self.group_model, "pairwise_group_priorities")
        self.use_group = QPushButton(tr("Use group weights"))
        self.use_group.setObjectName("pairwise_use_group")
        self.use_group.clicked.connect(self.apply_group)
        g = QVBoxLayout(self.group_box)
        g.addWidget(self.group_summary)
        g.addWidget(self.group_view)
        g.addWidget(self.use_group)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Participant:")))
        top.addWidget(self.participant, 1)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.progress)
        left.addWidget(self.statement)
        left.addLayout(names_row)
        left.addLayout(scale_row)
        left.addLayout(nav)
        left.addWidget(
            QLabel(tr("Matrix (row item over column item; double-click the upper half):"))
        )
        left.addWidget(self.matrix_view, 1)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.suggestion)
        right.addWidget(self.priority_view, 1)
        right.addWidget(self.use_individual)
        right.addWidget(self.group_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    # -- public -------------------------------------------------------------------------
    @property
    def current_participant(self) -> str | None:
        text = self.participant.currentText()
        return text if text and text != tr(ADD_PARTICIPANT) else None

    @property
    def current_pair(self) -> tuple[str, str] | None:
        questions = pairs(len(self._items))
        if not questions:
            return None
        i, j = questions[self._question]
        return self._items[i], self._items[j]

    def set_node(self, node: str | None) -> None:
        self._node = node
        self._question = 0
        self.refresh()

    def set_participant(self, name: str) -> None:
        k = self.participant.findText(name)
        if k >= 0:
            self.participant.setCurrentIndex(k)
            self.refresh()

    def add_participant(self, name: str) -> None:
        name = name.strip()
        if name and name not in self._all_participants():
            self._added.append(name)
        self._fill_participants(select=name)
        self._question = 0
        self.refresh()

    def go_to(self, question: int) -> None:
        self._question = max(0, min(question, len(pairs(len(self._items))) - 1))
        self._show_question()

    def answer(self, step: int) -> None:
        """Save the current question's answer given as a scale position (0..16)."""
        self._save_answer(step_to_value(step))

    def clear_answer(self) -> None:
        self._save_answer(None)

    def apply_suggested(self) -> None:
        s = None if self.state is None else self.state.suggestion
        who = self.current_participant
        if s is None or who is None:
            return
        new = with_answer(self._judgments(), s["a"], s["b"], float(s["suggested"]))
        text = tr("Apply suggestion: {a} vs {b}").format(
            a=self._names[s["a"]], b=self._names[s["b"]]
        )
        self._session.set_judgments(who, KIND, self._node, new, text)

    def apply_individual(self) -> None:
        who = self.current_participant or ""
        self._use(self.state, tr("Use AHP weights of {participant}").format(participant=who))

    def apply_group(self) -> None:
        self._use(self.group, tr("Use group AHP weights"))

    # -- refresh ------------------------------------------------------------------------
    def refresh(self) -> None:
        problem = self._session.problem
        self.setEnabled(problem is not None)
        if problem is None:
            self._items, self._names = [], {}
        else:
            self._items = [c.id for c in problem.children(self._node)]
            self._names = labels(problem)
        self._fill_participants(select=self.current_participant)
        names = [self._names.get(x, x) for x in self._items]
        self.state = individual_state(self._items, self._judgments(), self._names)
        self.matrix_model.set_matrix(
            names,
            self.state.values,
            self.state.completed,
            self.state.highlight(),
            editable=self.current_participant is not None,
        )
        spot = self.state.highlight()
        if spot is not None:
            self.matrix_view.scrollTo(self.matrix_model.index(*spot))
        self._show_result()
        self._show_group(names)
        self._question = min(self._question, max(0, self.state.total - 1))
        self._show_question()

    def _all_participants(self) -> list[str]:
        people = self._session.participants()
        return people + [p for p in self._added if p not in people]

    def _fill_participants(self, select: str | None) -> None:
        people = self._all_participants()
        self.participant.blockSignals(True)
        self.participant.clear()
        self.participant.addItems(people)
        self.participant.addItem(tr(ADD_PARTICIPANT))
        k = people.index(select) if select in people else (0 if people else -1)
        self.participant.setCurrentIndex(k)
        self.participant.blockSignals(False)

    def _judgments(self) -> list[Judgment]:
        who = self.current_participant
        if who is None:
            return []
        return relevant(self._session.judgments(who, KIND, self._node), self._items)

    def _show_question(self) -> None:
        pair = self.current_pair
        answerable = pair is not None and self.current_participant is not None
        for button in (*self.scale.buttons(), self.clear):
            button.setEnabled(answerable)
        total = len(pairs(len(self._items)))
        self.previous.setEnabled(self._question > 0)
        self.next.setEnabled(self._question < total - 1)
        self.scale.setExclusive(False)
        for button in self.scale.buttons():
            button.setChecked(False)
        self.scale.setExclusive(True)
        if pair is None:
            self.progress.setText("")
            self.statement.setText(tr("This group needs at least two criteria to compare."))
            self.left.setText("")
            self.right.setText("")
            return
        a, b = pair
        na, nb = self._names[a], self._names[b]
        answered = 0 if self.state is None else self.state.answered
        self.progress.setText(
            tr("Question {n} of {total} ({answered} answered)").format(
                n=self._question + 1, total=total, answered=answered
            )
        )
        self.left.setText(na)
        self.right.setText(nb)
        value = answer_of(self._judgments(), a, b)
        if self.current_participant is None:
            self.statement.setText(tr("Choose or add a participant to answer the questions."))
        elif value is None:
            self.statement.setText(question(na, nb))
        else:
            self.statement.setText(f"{statement(na, nb, value)} ({format_ratio(value)}).")
            checked = self.scale.button(value_to_step(value))
            checked.setChecked(True)

    def _show_result(self) -> None:
        st = self.state
        assert st is not None
        self.summary.setText(st.summary())
        self.summary.setStyleSheet(BAD if st.inconsistent else "")
        result = st.result
        self.priority_model.set_rows(
            [self._names.get(x, x) for x in self._items] if result is not None else [],
            list(result.weights) if result is not None else [],
        )
        self.use_individual.setEnabled(result is not None)
        s = st.suggestion
        self.suggestion.setVisible(s is not None)
        if s is not None:
            a, b = self._names[s["a"]], self._names[s["b"]]
            self.suggestion_text.setText(
                tr(
                    "CR is above {threshold}. Most inconsistent answer: {a} / {b} = {current} "
                    "({current_words}). Suggested: {suggested} ({suggested_words}); "
                    "CR would be {cr}."
                ).format(
                    threshold=number(0.1, 2),
                    a=a,
                    b=b,
                    current=format_ratio(s["current"]),
                    current_words=statement(a, b, s["current"]),
                    suggested=format_ratio(s["suggested"]),
                    suggested_words=statement(a, b, s["suggested"]),
                    cr=number(s["cr_after"], 3),
                )
            )

    def _show_group(self, names: list[str]) -> None:
        blocks = [
            self._session.judgments(p, KIND, self._node) for p in self._session.participants()
        ]
        self.group, used = group_state(self._items, blocks, self._names)
        result = self.group.result
        if result is None:
            text = self.group.message if used else tr("No participant has answered yet.")
        else:
            text = tr("{n} participant(s).").format(n=used) + " " + self.group.summary()
        self.group_summary.setText(text)
        self.group_summary.setStyleSheet(BAD if self.group.inconsistent else "")
        self.group_model.set_rows(
            names if result is not None else [], list(result.weights) if result is not None else []
        )
        self.use_group.setEnabled(result is not None)

    # -- saving -------------------------------------------------------------------------
    def _save_answer(self, value: float | None) -> None:
        pair, who = self.current_pair, self.current_participant
        if pair is None or who is None:
            return
        a, b = pair
        new = with_answer(self._judgments(), a, b, value)
        if value is None:
            text = tr("Clear: {a} vs {b}")
        else:
            text = tr("Answer: {a} vs {b}")
        text = text.format(a=self._names[a], b=self._names[b])
        self._session.set_judgments(who, KIND, self._node, new, text)

    def _on_cell_edited(self, row: int, column: int, value: float) -> None:
        questions = pairs(len(self._items))
        self._question = questions.index((row, column))
        self._save_answer(None if math.isnan(value) else value)

    def _use(self, state: PairwiseState | None, text: str) -> None:
        if state is None or state.result is None:
            return
        weights = state.result.weight_map()
        self._session.edit(lambda p: set_weights(p, weights), text)

    def _on_participant(self, index: int) -> None:
        if self.participant.itemText(index) == tr(ADD_PARTICIPANT):
            name, ok = QInputDialog.getText(
                self, tr("Add participant"), tr("Name of the participant:")
            )
            if ok and name.strip():
                self.add_participant(name)
                return
            self._fill_participants(select=None)
        self._question = 0
        self.refresh()

    @staticmethod
    def _step_tip(step: int) -> str:
        v = step_to_value(step)
        return statement(tr("the left criterion"), tr("the right criterion"), v)
