"""The Weights page driven like a user: spin boxes, locks, sliders, pairwise scale, matrix."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from app.services import problem_edits as edits
from app.services.project_session import ProjectSession
from app.widgets.weights_page import WeightsPage
from decision.ahp import aggregate_judgments, ahp_priorities, from_judgments
from decision.weights import compute_weights

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def page(session: ProjectSession, qtbot: QtBot) -> Iterator[WeightsPage]:
    w = WeightsPage(session)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    yield w
    w.direct.flush()


def local_weights(session: ProjectSession) -> dict[str, float]:
    assert session.problem is not None
    ids = [c.id for c in session.problem.children(None)]
    raw = {c.id: float(c.weight or 0.0) for c in session.problem.criteria if c.id in ids}
    total = sum(raw.values())
    return {k: v / total for k, v in raw.items()}


def stored_weights(session: ProjectSession) -> dict[str, float | None]:
    stored = session.repo.load_problem(session.project_id)  # type: ignore[arg-type]
    return {c.id: c.weight for c in stored.criteria}


def type_into_spin(qtbot: QtBot, page: WeightsPage, cid: str, text: str) -> None:
    spin = page.direct.row(cid).spin
    spin.setFocus()
    spin.selectAll()
    with qtbot.waitSignal(page.session.sig_problem_changed, timeout=2000):
        qtbot.keyClicks(spin, text)


# -- direct weights ---------------------------------------------------------------------------


def test_page_shows_the_demo_weights(page: WeightsPage) -> None:
    assert page.objectName() == "page_weights"
    assert page.group.itemText(0) == "Top level" and page.group.count() == 1
    assert page.direct.percentages() == pytest.approx([22, 20, 12, 16, 12, 8, 10])
    assert [r.spin.value() for r in page.direct.rows] == pytest.approx([22, 20, 12, 16, 12, 8, 10])


def test_spin_box_rescales_others_and_saves_one_undo_step(
    page: WeightsPage, session: ProjectSession, qtbot: QtBot
) -> None:
    type_into_spin(qtbot, page, "cost", "40")
    shown = page.direct.percentages()
    assert sum(shown) == pytest.approx(100.0)
    assert shown[0] == pytest.approx(40.0)
    # the other six shared 78 %, now 60 %, in the same proportions
    assert shown[1:] == pytest.approx([w * 60 / 78 for w in (20, 12, 16, 12, 8, 10)])
    assert local_weights(session)["cost"] == pytest.approx(0.40)
    assert local_weights(session)["jobs"] == pytest.approx(0.20 * 60 / 78)
    assert stored_weights(session)["cost"] == pytest.approx(0.40)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert stored_weights(session)["cost"] == pytest.approx(0.22)
    assert page.direct.row("cost").spin.value() == pytest.approx(22.0)
    session.undo_stack.redo()
    assert stored_weights(session)["cost"] == pytest.approx(0.40)
    assert page.direct.row("cost").spin.value() == pytest.approx(40.0)


def test_locked_weight_stays(page: WeightsPage, session: ProjectSession, qtbot: QtBot) -> None:
    qtbot.mouseClick(page.direct.row("jobs").lock, Qt.MouseButton.LeftButton)
    assert page.direct.row("jobs").lock.isChecked()
    assert not page.direct.row("jobs").spin.isEnabled()
    type_into_spin(qtbot, page, "cost", "50")
    shown = dict(zip([r.cid for r in page.direct.rows], page.direct.percentages(), strict=True))
    assert shown["jobs"] == pytest.approx(20.0)
    assert shown["cost"] == pytest.approx(50.0)
    assert sum(shown.values()) == pytest.approx(100.0)
    assert local_weights(session)["jobs"] == pytest.approx(0.20)
    assert local_weights(session)["risk"] == pytest.approx(0.10 * 30 / 58)


def test_slider_drag_is_debounced_into_one_undo_step(
    page: WeightsPage, session: ProjectSession, qtbot: QtBot
) -> None:
    slider = page.direct.row("risk").slider
    slider.setSliderDown(True)  # the user grabs the handle
    for v in (12, 15, 20, 25):
        slider.setValue(v)
        qtbot.wait(5)  # faster than the debounce: nothing saved yet
    assert page.direct.pending and session.undo_stack.count() == 0
    with qtbot.waitSignal(session.sig_problem_changed, timeout=2000):
        pass  # debounce fires: one save during the drag
    for v in (28, 30):
        slider.setValue(v)
        qtbot.wait(120)  # slower than the debounce: more saves
    slider.setSliderDown(False)
    qtbot.waitUntil(lambda: not page.direct.pending)
    assert local_weights(session)["risk"] == pytest.approx(0.30)
    assert session.undo_stack.count() == 1  # the whole drag is one step
    session.undo_stack.undo()
    assert local_weights(session)["risk"] == pytest.approx(0.10)
    # a second drag is a separate undo step
    slider.setSliderDown(True)
    slider.setValue(5)
    slider.setSliderDown(False)
    qtbot.waitUntil(lambda: not page.direct.pending)
    assert session.undo_stack.count() == 1 and session.undo_stack.index() == 1
    assert local_weights(session)["risk"] == pytest.approx(0.05)


def test_chart_shows_global_weights_updated_in_place(
    page: WeightsPage, session: ProjectSession, qtbot: QtBot
) -> None:
    bars = page.chart.bars
    assert page.chart.names[0] == "Cost to the municipality"
    assert page.chart.values == pytest.approx([22, 20, 12, 16, 12, 8, 10])
    type_into_spin(qtbot, page, "time", "30")
    assert page.chart.bars is bars  # same item, new widths
    assert session.problem is not None
    assert list(bars.opts["width"]) == pytest.approx(100 * session.problem.global_weights())  # type: ignore[attr-defined]
    assert page.chart.values[5] == pytest.approx(30.0)


# -- pairwise ---------------------------------------------------------------------------------


def click_step(qtbot: QtBot, page: WeightsPage, step: int) -> None:
    with qtbot.waitSignal(page.session.sig_judgments_changed, timeout=2000):
        qtbot.mouseClick(page.pairwise.scale.button(step), Qt.MouseButton.LeftButton)


def test_answering_by_clicking_the_scale_changes_cr_and_weights(
    page: WeightsPage, session: ProjectSession, qtbot: QtBot
) -> None:
    pw = page.pairwise
    page.tabs.setCurrentWidget(pw)
    maja = session.participants()[0]
    assert pw.current_participant == maja
    assert pw.statement.text() == (
        "Cost to the municipality is equally important as Jobs created or kept (1)."
    )
    assert pw.scale.checkedId() == 8
    before = pw.state
    assert before is not None and before.result is not None
    click_step(qtbot, page, 2)  # cost 7 times as important as jobs
    assert session.judgments(maja, "criteria", None)[0] == ("cost", "jobs", 7.0)
    assert pw.statement.text() == (
        "Cost to the municipality is very strongly more important than Jobs created or kept (7)."
    )
    after = pw.state
    assert after is not None and after.result is not None
    assert after.result.cr > before.result.cr
    assert after.result.weights[0] > before.result.weights[0]
    assert f"CR = {after.result.cr:.3f}" in pw.summary.text()
    assert "RI = 1.32, Saaty (1980)" in pw.summary.text()
    assert pw.matrix_model.value(0, 1) == 7.0
    session.undo_stack.undo()
    assert session.judgments(maja, "criteria", None)[0] == ("cost", "jobs", 1.0)
    assert pw.state is not None and pw.state.result is not None
    assert pw.state.result.cr == pytest.approx(before.result.cr)
    assert pw.scale.checkedId() == 8
    session.undo_stack.redo()
    assert pw.scale.checkedId() == 2


def test_inconsistency_is_highlighted_and_the_suggestion_applied(
    page: WeightsPage, session: ProjectSession, qtbot: QtBot
) -> None:
    pw = page.pairwise
    page.tabs.setCurrentWidget(pw)
    assert not pw.suggestion.isVisibleTo(pw)
    for _ in range(4):
        qtbot.mouseClick(pw.next, Qt.MouseButton.LeftButton)
    assert pw.current_pair == ("cost", "time")
    click_step(qtbot, page, 16)  # time extremely more important than cost: contradicts the rest
    state = pw.state
    assert state is not None and state.result is not None and state.result.cr > 0.10
    assert pw.suggestion.isVisibleTo(pw)
    assert "Most inconsistent answer: Cost to the municipality / Time to visible effect = 1/9" in (
        pw.suggestion_text.text()
    )
    highlighted = pw.matrix_model.index(0, 5).data(Qt.ItemDataRole.BackgroundRole)
    assert highlighted is not None
    assert pw.matrix_model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    suggested = state.suggestion
    assert suggested is not None
    high_cr = state.result.cr
    with qtbot.waitSignal(session.sig_judgments_changed):
        qtbot.mouseClick(pw.apply_suggestion, Qt.MouseButton.LeftButton)
    fixed = pw.state
    assert fixed is not None and fixed.result is not None
    assert fixed.result.cr < 0.10 < high_cr
    assert fixed.result.cr == pytest.approx(suggested["cr_after"])
    assert not pw.suggestion.isVisibleTo(pw)
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert pw.state is not None and pw.state.result is not None
    assert pw.state.result.cr == pytest.approx(high_cr)
    session.undo_stack.redo()
    assert pw.state.result.cr == pytest.approx(fixed.result.cr)


def test_group_view_is_the_engine_aij_of_stored_judgments(
    page: WeightsPage, session: ProjectSession
) -> None:
    pw = page.pairwise
    assert session.problem is not None
    items = list(session.problem.leaf_ids)
    stored = session.repo.load_document(session.project_id)  # type: ignore[arg-type]
    matrices = [
        from_judgments(items, [(j.a, j.b, j.value) for j in p.judgments if j.kind == "criteria"])
        for p in stored.participants
    ]
    engine = ahp_priorities(aggregate_judgments(matrices))
    assert pw.group_model.weights() == pytest.approx(list(engine.weights))
    assert pw.group is not None and pw.group.result is not None
    assert pw.group.result.cr == pytest.approx(engine.cr)
    assert pw.group_summary.text().startswith("3 participant(s). ")
    assert f"CR = {engine.cr:.3f}" in pw.group_summary.text()


def test_use_group_and_individual_weights(
    page: WeightsPage, session: ProjectSession, qtbot: QtBot
) -> None:
    pw = page.pairwise
    group = pw.group_model.weights()
    with qtbot.waitSignal(session.sig_problem_changed):
        qtbot.mouseClick(pw.use_group, Qt.MouseButton.LeftButton)
    assert list(local_weights(session).values()) == pytest.approx(group)
    assert page.chart.values == pytest.approx([100 * w for w in group])
    assert page.direct.percentages() == pytest.approx([100 * w for w in group])
    mine = pw.priority_model.weights()
    with qtbot.waitSignal(session.sig_problem_changed):
        qtbot.mouseClick(pw.use_individual, Qt.MouseButton.LeftButton)
    assert list(local_weights(session).values()) == pytest.approx(mine)
    session.undo_stack.undo()
    assert list(local_weights(session).values()) == pytest.approx(group)
    session.undo_stack.undo()
    assert stored_weights(session)["cost"] == pytest.approx(0.22)


def test_new_participant_answers_until_connected(
    page: WeightsPage, session: ProjectSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.widgets import weights_pairwise

    pw = page.pairwise
    monkeypatch.setattr(
        weights_pairwise.QInputDialog, "getText", lambda *a, **k: ("Luka (tourism board)", True)
    )
    pw.participant.setCurrentIndex(pw.participant.count() - 1)
    pw.participant.activated.emit(pw.participant.count() - 1)
    assert pw.current_participant == "Luka (tourism board)"
    assert pw.summary.text() == "No answers yet."
    assert pw.statement.text().startswith("Which is more important, Cost to the municipality or")
    for k in range(5):  # cost against five of the six others
        click_step(qtbot, page, 6)  # cost 3 times as important
        qtbot.mouseClick(pw.next, Qt.MouseButton.LeftButton)
        assert pw.progress.text().startswith(f"Question {k + 2} of 21")
    assert pw.state is not None and pw.state.result is None
    assert "Delivery risk not compared" in pw.summary.text()
    assert not pw.use_individual.isEnabled()
    click_step(qtbot, page, 6)
    assert pw.state is not None and pw.state.result is not None
    assert pw.state.result.weights == pytest.approx([1 / 3] + [1 / 9] * 6)
    assert "15 unanswered pair(s) completed by Harker (1987)" in pw.summary.text()
    assert "Luka (tourism board)" in session.participants()
    assert pw.group_summary.text().startswith("4 participant(s). ")


def test_editing_the_matrix_saves_a_judgment(
    page: WeightsPage, session: ProjectSession, qtbot: QtBot
) -> None:
    pw = page.pairwise
    view = pw.matrix_view
    index = pw.matrix_model.index(1, 2)
    assert not pw.matrix_model.flags(pw.matrix_model.index(2, 1)) & Qt.ItemFlag.ItemIsEditable
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    with qtbot.waitSignal(session.sig_judgments_changed):
        qtbot.keyClicks(editor, "1/4")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    maja = session.participants()[0]
    assert ("jobs", "cofin", 0.25) in session.judgments(maja, "criteria", None)
    assert pw.matrix_model.index(2, 1).data() == "4"
    assert pw.current_pair == ("jobs", "cofin")
    assert view.state() != QAbstractItemView.State.EditingState
    assert not pw.matrix_model.setData(index, "nonsense")


def test_models_pass_the_model_tester(page: WeightsPage, qtmodeltester: object) -> None:
    pw = page.pairwise
    for model in (pw.matrix_model, pw.priority_model, pw.group_model, page.objective.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)  # type: ignore[attr-defined]


# -- objective --------------------------------------------------------------------------------


def test_objective_weights_apply(page: WeightsPage, session: ProjectSession, qtbot: QtBot) -> None:
    ob = page.objective
    page.tabs.setCurrentWidget(ob)
    ob.set_method("critic")
    assert session.problem is not None
    expected = compute_weights(session.problem, "critic").weights
    assert ob.model.weights() == pytest.approx(list(expected))
    with qtbot.waitSignal(session.sig_problem_changed):
        qtbot.mouseClick(ob.apply, Qt.MouseButton.LeftButton)
    assert list(local_weights(session).values()) == pytest.approx(list(expected))
    assert page.chart.values == pytest.approx(list(100 * expected))
    assert session.undo_stack.undoText() == "Apply CRITIC weights"
    session.undo_stack.undo()
    assert stored_weights(session)["cost"] == pytest.approx(0.22)


def test_groups_are_weighted_separately(
    page: WeightsPage, session: ProjectSession, qtbot: QtBot
) -> None:
    session.edit(lambda p: edits.add_criterion(p, None, "Image", group=True), "Add group")
    assert [page.group.itemText(k) for k in range(page.group.count())] == ["Top level", "Image"]
    assert "holds the group 'Image'" in page.objective.message.text()
    assert not page.objective.apply.isEnabled()
    assert "has no weight" in page.chart._message.text()
    page.group.setCurrentIndex(1)
    assert page.node == "g1"
    assert [r.label.text() for r in page.direct.rows] == ["New criterion"]
    assert page.pairwise.statement.text() == "This group needs at least two criteria to compare."
    assert "has no value" in page.objective.message.text()
    page.group.setCurrentIndex(0)
    assert len(page.direct.rows) == 8


def test_closed_project_leaves_an_empty_page(page: WeightsPage, session: ProjectSession) -> None:
    session.close()
    assert page.direct.rows == [] and page.group.count() == 0
    assert not page.pairwise.isEnabled()
    assert page.chart.values == []


def test_page_built_before_a_project_is_opened(demo_db: object, qtbot: QtBot) -> None:
    from app.storage.repository import ProjectRepository

    repo = ProjectRepository(demo_db.session)  # type: ignore[attr-defined]
    session = ProjectSession(repo, who="test")
    page = WeightsPage(session)
    qtbot.addWidget(page)
    assert page.group.count() == 0 and page.direct.rows == []
    assert page.objective.message.text() == "Open a project to compute weights."
    assert session.open(repo.list_projects()[0].id)
    assert len(page.direct.rows) == 7
    assert page.pairwise.current_participant == session.participants()[0]
    assert page.chart.values == pytest.approx([22, 20, 12, 16, 12, 8, 10])


def test_pyqtgraph_is_loaded_only_when_the_page_is_built() -> None:
    code = (
        "import sys, app.gui, app.widgets.weights_page; "
        "assert 'pyqtgraph' not in sys.modules, 'pyqtgraph imported at module level'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)


def test_a_complete_participant_has_no_missing_cells(page: WeightsPage) -> None:
    assert page.pairwise.state is not None
    assert np.isfinite(page.pairwise.state.values).all()  # Maja answered every pair
