"""The Problem page through real interactions: clipboard keys, cell editors, buttons, drops."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from app.models.criteria_model import (
    COL_DIRECTION,
    COL_WEIGHT,
    CRITERION_ID_ROLE,
    MIME_TYPE,
    CriteriaTreeModel,
)
from app.models.criteria_model import (
    COL_NAME as TREE_NAME,
)
from app.models.performance_model import COL_NAME, MISSING_TIP, SORT_ROLE, PerformanceTableModel
from app.services.problem_edits import add_criterion
from app.widgets.problem_page import ProblemPage

# The Koper demo project (resources/demo/koper_sme_support.json), as stored by seed_demo.
DEMO_LEAVES = ("cost", "jobs", "cofin", "strategy", "vacancy", "time", "risk")
DEMO_ROWS = (
    (420, 35, 30, 4.5, 9, 6, 3),
    (780, 48, 20, 4.0, 6, 14, 3),
    (360, 22, 45, 4.8, 18, 4, 2),
)
Display = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def page(session: Any, qtbot: Any) -> Iterator[ProblemPage]:
    widget = ProblemPage(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def stored(session: Any) -> np.ndarray:
    return session.repo.load_problem(session.project_id).matrix


def select(page: ProblemPage, top: int, left: int, bottom: int, right: int) -> None:
    model = page.performance_model
    page.table.setCurrentIndex(model.index(top, left))
    page.table.selectionModel().select(
        QItemSelection(model.index(top, left), model.index(bottom, right)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )


def press(qtbot: Any, page: ProblemPage, key: Qt.Key, ctrl: bool = True) -> None:
    page.table.setFocus()
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(page.table, key, modifier)


def test_the_page_is_named_and_shows_the_demo(page: ProblemPage, session: Any) -> None:
    assert page.objectName() == "page_problem"
    model = page.performance_model
    assert model.rowCount() == len(session.problem.alternatives)
    assert model.columnCount() == 1 + len(DEMO_LEAVES)
    assert model.data(model.index(0, 1)) == "420"
    assert page.criteria_model.rowCount() == len(DEMO_LEAVES)


def test_headers_show_name_unit_and_direction(page: ProblemPage) -> None:
    model = page.performance_model
    cost = model.headerData(1, Qt.Orientation.Horizontal, Display)
    jobs = model.headerData(2, Qt.Orientation.Horizontal, Display)
    assert "Cost to the municipality" in cost and "▼" in cost and "kEUR over 3 years" in cost
    assert "Jobs created or kept" in jobs and "▲" in jobs
    tip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "lower is better" in tip and "co-funding" in tip


def test_paste_a_block_with_ctrl_v_then_undo_and_redo(
    page: ProblemPage, session: Any, qtbot: Any
) -> None:
    before = session.problem.matrix.copy()
    steps = session.undo_stack.count()
    QApplication.clipboard().setText("1\t2\t3\t4\n5\t6\t7\t8\n9\t10\t11\t12\n")
    select(page, 1, 2, 1, 2)  # alternative 2, criterion "jobs"
    with qtbot.waitSignal(session.sig_problem_changed):
        press(qtbot, page, Qt.Key.Key_V)

    block = np.arange(1, 13, dtype=float).reshape(3, 4)
    model = page.performance_model
    assert [model.data(model.index(1, c)) for c in range(2, 6)] == ["1", "2", "3", "4"]
    assert model.data(model.index(3, 5), SORT_ROLE) == 12.0
    np.testing.assert_array_equal(session.problem.matrix[1:4, 1:5], block)
    np.testing.assert_array_equal(stored(session)[1:4, 1:5], block)
    # everything outside the block is untouched
    outside = np.ones_like(before, dtype=bool)
    outside[1:4, 1:5] = False
    np.testing.assert_array_equal(stored(session)[outside], before[outside])
    assert session.undo_stack.count() == steps + 1

    session.undo_stack.undo()
    np.testing.assert_array_equal(session.problem.matrix, before)
    np.testing.assert_array_equal(stored(session), before)
    assert model.data(model.index(1, 2)) == "48"

    session.undo_stack.redo()
    np.testing.assert_array_equal(stored(session)[1:4, 1:5], block)
    assert model.data(model.index(1, 2)) == "1"


def test_paste_with_header_row_names_and_decimal_commas(
    page: ProblemPage, session: Any, qtbot: Any
) -> None:
    text = (
        "Option\tCost to the municipality\tJobs created or kept\n"
        "Micro-grants for start-ups in the old town\t12,5\t1.234,5\n"
        "Co-working and incubator space (Čevljarska ulica)\t0,25\t\n"
    )
    QApplication.clipboard().setText(text)
    select(page, 0, COL_NAME, 0, COL_NAME)  # pasting at the name column fills values from col 1
    press(qtbot, page, Qt.Key.Key_V)
    m = stored(session)
    assert m[0, 0] == 12.5 and m[0, 1] == 1234.5 and m[1, 0] == 0.25
    assert math.isnan(m[1, 1])  # an empty cell pastes a missing value
    assert m[2, 0] == DEMO_ROWS[2][0]
    # the names column did not change
    assert session.problem.alternatives[0].name == "Micro-grants for start-ups in the old town"


def test_a_block_larger_than_the_table_changes_nothing(
    page: ProblemPage, session: Any, qtbot: Any
) -> None:
    before = session.problem.matrix.copy()
    steps = session.undo_stack.count()
    QApplication.clipboard().setText("1\t2\t3\n4\t5\t6\n")
    n_rows = len(session.problem.alternatives)
    select(page, n_rows - 1, 6, n_rows - 1, 6)  # last row, one but last criterion
    with qtbot.waitSignal(session.sig_error) as blocker:
        press(qtbot, page, Qt.Key.Key_V)
    message = blocker.args[0]
    assert "Nothing was pasted" in message and "2 rows x 3 columns" in message
    np.testing.assert_array_equal(stored(session), before)
    assert session.undo_stack.count() == steps


def test_pasting_text_that_is_not_a_number_names_the_cell(
    page: ProblemPage, session: Any, qtbot: Any
) -> None:
    before = session.problem.matrix.copy()
    QApplication.clipboard().setText("1\t2\n3\tlots\n")
    select(page, 0, 1, 0, 1)
    with qtbot.waitSignal(session.sig_error) as blocker:
        press(qtbot, page, Qt.Key.Key_V)
    assert "row 2, column 2" in blocker.args[0] and "'lots'" in blocker.args[0]
    np.testing.assert_array_equal(stored(session), before)


def test_one_value_fills_the_selection(page: ProblemPage, session: Any, qtbot: Any) -> None:
    QApplication.clipboard().setText("7,5\n")
    select(page, 0, 3, 2, 3)
    press(qtbot, page, Qt.Key.Key_V)
    np.testing.assert_array_equal(stored(session)[0:3, 2], [7.5, 7.5, 7.5])
    assert stored(session)[3, 2] == 25  # the demo's 4th row (digital vouchers), untouched


def test_the_table_keeps_its_keys_from_a_window_wide_paste_action(
    page: ProblemPage, session: Any, qtbot: Any
) -> None:
    window_paste = QAction("Paste", page)
    window_paste.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
    window_paste.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    page.addAction(window_paste)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    QApplication.clipboard().setText("5\n")
    select(page, 0, 1, 0, 1)
    with qtbot.assertNotEmitted(window_paste.triggered):
        press(qtbot, page, Qt.Key.Key_V)
    assert stored(session)[0, 0] == 5


def test_ctrl_c_copies_the_selection_with_a_decimal_point(page: ProblemPage, qtbot: Any) -> None:
    select(page, 0, 3, 1, 4)  # cofin and strategy of the first two alternatives
    press(qtbot, page, Qt.Key.Key_C)
    assert QApplication.clipboard().text() == "30\t4.5\n20\t4\n"


def test_copy_with_the_names_column_then_paste_elsewhere(
    page: ProblemPage, session: Any, qtbot: Any
) -> None:
    select(page, 0, COL_NAME, 1, 2)
    press(qtbot, page, Qt.Key.Key_C)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0] == "Micro-grants for start-ups in the old town\t420\t35"
    select(page, 4, 3, 4, 3)
    press(qtbot, page, Qt.Key.Key_V)  # the names column is recognised and skipped
    np.testing.assert_array_equal(stored(session)[4:6, 2:4], [[420, 35], [780, 48]])


def test_delete_clears_the_selected_cells_in_one_undo_step(
    page: ProblemPage, session: Any, qtbot: Any
) -> None:
    steps = session.undo_stack.count()
    select(page, 0, 1, 1, 2)
    press(qtbot, page, Qt.Key.Key_Delete, ctrl=False)
    assert np.isnan(stored(session)[0:2, 0:2]).all()
    assert session.undo_stack.count() == steps + 1
    model = page.performance_model
    cell = model.index(0, 1)
    assert model.data(cell) == ""
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == MISSING_TIP
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(2, 1), Qt.ItemDataRole.BackgroundRole) is None
    session.undo_stack.undo()
    np.testing.assert_array_equal(stored(session)[0:2, 0:2], [[420, 35], [780, 48]])


def test_edit_a_cell_through_its_editor(page: ProblemPage, session: Any, qtbot: Any) -> None:
    model = page.performance_model
    index = model.index(2, 4)  # strategy of the third alternative
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "3,75")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    top_left, bottom_right = blocker.args[0], blocker.args[1]
    assert (top_left.row(), top_left.column()) == (2, 4)
    assert (bottom_right.row(), bottom_right.column()) == (2, 4)
    assert stored(session)[2, 3] == 3.75
    assert model.data(index) == "3.75"


def test_a_cell_edit_signals_its_cell_and_does_not_reset(
    page: ProblemPage, session: Any, qtbot: Any
) -> None:
    model = page.performance_model
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.setData(model.index(1, 1), "99")
    assert blocker.args[0] == model.index(1, 1) and blocker.args[1] == model.index(1, 1)
    assert Qt.ItemDataRole.DisplayRole in blocker.args[2]
    steps = session.undo_stack.count()
    assert model.setData(model.index(1, 1), "99")  # the same value: no new undo step
    assert session.undo_stack.count() == steps


def test_invalid_text_leaves_the_value_and_reports(
    page: ProblemPage, session: Any, qtbot: Any
) -> None:
    model = page.performance_model
    steps = session.undo_stack.count()
    with qtbot.waitSignal(session.sig_error) as blocker:
        assert not model.setData(model.index(0, 2), "about forty")
    assert "'about forty' is not a number" in blocker.args[0]
    assert "Jobs created or kept" in blocker.args[0]
    assert model.data(model.index(0, 2)) == "35"
    assert stored(session)[0, 1] == 35
    assert session.undo_stack.count() == steps


def test_empty_text_makes_a_value_missing(page: ProblemPage, session: Any) -> None:
    model = page.performance_model
    assert model.setData(model.index(0, 7), "")
    assert math.isnan(stored(session)[0, 6])
    assert model.data(model.index(0, 7), SORT_ROLE) is None


def test_rename_an_alternative_in_place(page: ProblemPage, session: Any, qtbot: Any) -> None:
    model = page.performance_model
    assert model.setData(model.index(1, COL_NAME), "  Incubator in the old school  ")
    assert session.repo.load_problem(session.project_id).alternatives[1].name == (
        "Incubator in the old school"
    )
    with qtbot.waitSignal(session.sig_error):
        assert not model.setData(model.index(1, COL_NAME), "   ")


def test_add_and_remove_alternatives_with_the_buttons(
    page: ProblemPage, session: Any, qtbot: Any
) -> None:
    model = page.performance_model
    n = model.rowCount()
    with qtbot.waitSignal(model.modelReset):
        qtbot.mouseClick(page.button_add_alternative, Qt.MouseButton.LeftButton)
    assert model.rowCount() == n + 1
    new = session.repo.load_problem(session.project_id)
    assert len(new.alternatives) == n + 1 and np.isnan(new.matrix[-1]).all()
    last = model.index(n, 1)
    assert model.data(last, Qt.ItemDataRole.ToolTipRole) == MISSING_TIP
    assert page.table.currentIndex().row() == n

    select(page, 0, 1, 1, 3)  # any cells of rows 1 and 2 select those alternatives
    qtbot.mouseClick(page.button_remove_alternatives, Qt.MouseButton.LeftButton)
    kept = session.repo.load_problem(session.project_id)
    assert len(kept.alternatives) == n - 1
    assert "microgrants" not in kept.alternative_ids and "incubator" not in kept.alternative_ids
    assert model.data(model.index(0, 1)) == "360"
    session.undo_stack.undo()
    assert model.rowCount() == n + 1 and model.data(model.index(0, 1)) == "420"


def test_removing_every_alternative_is_refused(page: ProblemPage, session: Any, qtbot: Any) -> None:
    n = page.performance_model.rowCount()
    select(page, 0, 0, n - 1, 0)
    with qtbot.waitSignal(session.sig_error) as blocker:
        qtbot.mouseClick(page.button_remove_alternatives, Qt.MouseButton.LeftButton)
    assert "at least one alternative" in blocker.args[0]
    assert page.performance_model.rowCount() == n


def test_add_a_group_then_a_criterion_inside_it(
    page: ProblemPage, session: Any, qtbot: Any
) -> None:
    tree = page.criteria_model
    page.tree.setCurrentIndex(QModelIndex())
    qtbot.mouseClick(page.button_add_group, Qt.MouseButton.LeftButton)
    p = session.repo.load_problem(session.project_id)
    groups = [c for c in p.criteria if c.is_group]
    assert len(groups) == 1 and groups[0].parent is None
    group = groups[0]
    assert len(p.children(group.id)) == 1  # a group comes with one criterion
    assert page.performance_model.columnCount() == 1 + len(DEMO_LEAVES) + 1
    assert page.tree.currentIndex().data(CRITERION_ID_ROLE) == group.id

    qtbot.mouseClick(page.button_add_criterion, Qt.MouseButton.LeftButton)
    p = session.repo.load_problem(session.project_id)
    assert len(p.children(group.id)) == 2
    assert page.performance_model.columnCount() == 1 + len(DEMO_LEAVES) + 2
    assert tree.rowCount(tree.index_of(group.id)) == 2
    # values of the existing criteria are kept by id
    np.testing.assert_array_equal(p.matrix[:3, :7], np.array(DEMO_ROWS, dtype=float))


def test_remove_criteria_with_the_button(page: ProblemPage, session: Any, qtbot: Any) -> None:
    tree = page.criteria_model
    page.tree.selectionModel().select(
        tree.index_of("jobs"),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.mouseClick(page.button_remove_criterion, Qt.MouseButton.LeftButton)
    p = session.repo.load_problem(session.project_id)
    assert "jobs" not in p.leaf_ids
    assert p.matrix[0, 1] == 30  # cofin moved up one column with its values
    session.undo_stack.undo()
    assert session.repo.load_problem(session.project_id).matrix[0, 1] == 35


def test_drag_a_criterion_into_a_group(page: ProblemPage, session: Any, qtbot: Any) -> None:
    session.edit(lambda p: add_criterion(p, None, name="Economy", group=True), "Add group")
    tree = page.criteria_model
    group = next(c for c in session.problem.criteria if c.is_group)
    first_child = session.problem.children(group.id)[0].id
    data = tree.mimeData([tree.index_of("jobs"), tree.index_of("jobs", COL_WEIGHT)])
    assert bytes(data.data(MIME_TYPE).data()) == b"jobs"
    target = tree.index_of(group.id)
    assert tree.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)
    with qtbot.waitSignal(tree.modelReset):
        assert tree.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)

    p = session.repo.load_problem(session.project_id)
    jobs = next(c for c in p.criteria if c.id == "jobs")
    assert jobs.parent == group.id
    assert [c.id for c in p.children(group.id)] == ["jobs", first_child]
    assert tree.data(tree.index(0, 0, tree.index_of(group.id)), CRITERION_ID_ROLE) == "jobs"
    # the values travel with the criterion
    j = p.leaf_ids.index("jobs")
    np.testing.assert_array_equal(p.matrix[:3, j], [35, 48, 22])
    perf = page.performance_model
    assert "Jobs created or kept" in perf.headerData(j + 1, Qt.Orientation.Horizontal, Display)

    session.undo_stack.undo()
    assert next(c for c in session.problem.criteria if c.id == "jobs").parent is None


def test_drop_reorders_top_level_criteria(page: ProblemPage, session: Any) -> None:
    tree = page.criteria_model
    data = tree.mimeData([tree.index_of("cost")])
    assert tree.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    order = session.repo.load_problem(session.project_id).leaf_ids
    assert order[:4] == ("jobs", "cofin", "cost", "strategy")
    assert session.problem.matrix[0, 2] == 420


def test_drops_that_make_no_sense_are_refused(page: ProblemPage, session: Any) -> None:
    session.edit(lambda p: add_criterion(p, None, group=True), "Add group")
    tree = page.criteria_model
    group = next(c for c in session.problem.criteria if c.is_group)
    inside = tree.index(0, 0, tree.index_of(group.id))
    into_itself = tree.mimeData([tree.index_of(group.id)])
    assert not tree.canDropMimeData(into_itself, Qt.DropAction.MoveAction, 0, 0, inside)
    assert not tree.dropMimeData(
        into_itself, Qt.DropAction.MoveAction, 0, 0, tree.index_of(group.id)
    )
    onto_leaf = tree.mimeData([tree.index_of("jobs")])
    assert not tree.canDropMimeData(
        onto_leaf, Qt.DropAction.MoveAction, -1, 0, tree.index_of("cost")
    )
    foreign = QMimeData()
    foreign.setText("jobs")
    assert not tree.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_edit_criterion_fields(page: ProblemPage, session: Any, qtbot: Any) -> None:
    tree = page.criteria_model
    assert tree.setData(tree.index_of("jobs", TREE_NAME), "Jobs (FTE)")
    assert tree.setData(tree.index_of("jobs", COL_DIRECTION), "min")
    assert tree.setData(tree.index_of("jobs", COL_WEIGHT), "0,3")
    jobs = next(c for c in session.repo.load_problem(session.project_id).criteria if c.id == "jobs")
    assert (jobs.name, jobs.direction, jobs.weight) == ("Jobs (FTE)", "cost", 0.3)
    header = page.performance_model.headerData(2, Qt.Orientation.Horizontal, Display)
    assert "Jobs (FTE)" in header and "▼" in header
    with qtbot.waitSignal(session.sig_error) as blocker:
        assert not tree.setData(tree.index_of("jobs", COL_DIRECTION), "sideways")
    assert "sideways" in blocker.args[0]
    with qtbot.waitSignal(session.sig_error):
        assert not tree.setData(tree.index_of("jobs", COL_WEIGHT), "-1")
    assert tree.data(tree.index_of("jobs", COL_WEIGHT)) == "0.3"


def test_models_pass_the_qt_model_tester(
    page: ProblemPage, session: Any, qtmodeltester: Any
) -> None:
    qtmodeltester.check(page.performance_model)
    qtmodeltester.check(page.criteria_model)
    # and on a nested tree with a missing value
    session.edit(lambda p: add_criterion(p, None, name="Economy", group=True), "Add group")
    group = next(c for c in session.problem.criteria if c.is_group)
    session.edit(lambda p: add_criterion(p, group.id, name="Sub", group=True), "Add subgroup")
    assert page.performance_model.setData(page.performance_model.index(0, 1), "")
    qtmodeltester.check(page.performance_model)
    qtmodeltester.check(page.criteria_model)


def test_fresh_models_on_a_closed_session_are_empty(session: Any, qtmodeltester: Any) -> None:
    session.close()
    perf, tree = PerformanceTableModel(session), CriteriaTreeModel(session)
    assert perf.rowCount() == 0 and tree.rowCount() == 0
    qtmodeltester.check(perf)
    qtmodeltester.check(tree)


def test_closing_the_project_empties_the_page(page: ProblemPage, session: Any, qtbot: Any) -> None:
    with qtbot.waitSignal(page.performance_model.modelReset):
        session.close()
    assert page.performance_model.rowCount() == 0
    assert page.criteria_model.rowCount() == 0
