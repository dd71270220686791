"""Scenarios: capture and comparison logic, the session's undoable scenario edits, the manager widget."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.services.scenario_logic import CURRENT, MAX_COMPARED, capture, compare, current_weights
from app.storage.document import ScenarioRecord
from decision.evaluate import rank
from decision.problem import Alternative, Criterion, Problem


def small_problem() -> Problem:
    crit = [Criterion("a", "A", weight=0.5), Criterion("b", "B", weight=0.5)]
    alts = [Alternative("x", "X"), Alternative("y", "Y"), Alternative("z", "Z")]
    return Problem.create("p", crit, alts, [[1.0, 0.0], [0.0, 1.0], [0.6, 0.6]])


# -- logic -----------------------------------------------------------------------------------
def test_capture_keeps_weights_and_method() -> None:
    p = small_problem()
    record = capture(p, "  Mine ", "wsm", {"normalization": "max"}, "why")
    assert record.name == "Mine"
    assert record.method == "wsm" and dict(record.parameters) == {"normalization": "max"}
    assert dict(record.weights) == current_weights(p) == {"a": 0.5, "b": 0.5}
    assert record.description == "why"


@pytest.mark.parametrize("name", ["", "   ", CURRENT])
def test_capture_refuses_bad_names(name: str) -> None:
    with pytest.raises(ValueError):
        capture(small_problem(), name, "topsis")


def test_compare_ranks_each_scenario_with_its_weights_and_method() -> None:
    p = small_problem()
    lean_a = ScenarioRecord("A heavy", "wsm", {}, {"a": 0.9, "b": 0.1})
    lean_b = ScenarioRecord("B heavy", "topsis", {}, {"a": 0.1, "b": 0.9})
    result = compare(p, [lean_a, lean_b], current=("wsm", {}))
    assert [c.name for c in result.columns] == [CURRENT, "A heavy", "B heavy"]
    for column, weights, method in (
        (result.columns[1], [0.9, 0.1], "wsm"),
        (result.columns[2], [0.1, 0.9], "topsis"),
    ):
        expected = rank(p, method, weights=np.array(weights)).ranks
        assert column.ranks == tuple(int(r) for r in expected)
        assert column.leaf_weights == pytest.approx([w * 100 for w in weights])
    assert result.columns[1].ranks[0] == 1  # X wins when A weighs most
    assert result.columns[2].ranks[1] == 1  # Y wins when B weighs most
    assert result.order()[0] == 2  # rows follow the first column: Z wins at 50/50 (WSM)
    assert result.changed(0) and result.changed(1)


def test_compare_reports_a_failing_scenario_and_keeps_the_others() -> None:
    p = small_problem()
    bad = ScenarioRecord("Broken", "no_such_method", {}, {"a": 0.5, "b": 0.5})
    good = ScenarioRecord("Fine", "wsm", {}, {"a": 0.5, "b": 0.5})
    result = compare(p, [bad, good])
    assert result.columns[0].ranks is None and "no_such_method" in result.columns[0].error
    assert "\n" not in result.columns[0].error
    assert result.columns[1].ranks is not None


def test_compare_names_criteria_added_after_the_scenario_was_saved() -> None:
    p = small_problem()
    old = ScenarioRecord("Old", "wsm", {}, {"a": 0.7, "gone": 0.3})
    result = compare(p, [old])
    assert result.columns[0].missing == ("b",)
    assert result.columns[0].ranks is not None


def test_compare_refuses_more_than_four() -> None:
    p = small_problem()
    many = [ScenarioRecord(f"s{k}", "wsm", {}, {"a": 0.5, "b": 0.5}) for k in range(4)]
    with pytest.raises(ValueError, match="at most 4"):
        compare(p, many, current=("wsm", {}))


# -- session ---------------------------------------------------------------------------------
def test_session_loads_the_demo_scenarios(session: Any) -> None:
    names = [s.name for s in session.scenarios()]
    assert names == ["Jobs first", "Old town first"]


def test_session_save_replace_delete_with_undo(session: Any) -> None:
    repo, pid = session.repo, session.project_id
    record = capture(session.problem, "Mine", "topsis")
    session.save_scenario(record)
    assert session.scenario("Mine") == record
    assert repo.list_scenarios(pid)[-1] == record
    changed = ScenarioRecord("Mine", "wsm", {}, {**record.weights, "jobs": 0.5})
    session.save_scenario(changed)
    assert session.scenario("Mine") == changed
    session.undo_stack.undo()
    assert session.scenario("Mine") == record
    session.undo_stack.undo()
    assert session.scenario("Mine") is None
    assert "Mine" not in [s.name for s in repo.list_scenarios(pid)]
    session.undo_stack.redo()
    session.delete_scenario("Mine")
    assert session.scenario("Mine") is None
    session.undo_stack.undo()
    assert [s.name for s in repo.list_scenarios(pid)].count("Mine") == 1
    assert session.version == repo.summary(pid).version


def test_session_apply_scenario_sets_weights_undoably(session: Any) -> None:
    before = current_weights(session.problem)
    assert session.apply_scenario("Jobs first")
    jobs = next(c for c in session.problem.criteria if c.id == "jobs")
    assert jobs.weight == pytest.approx(0.35)
    stored = session.repo.load_document(session.project_id).problem
    assert next(c for c in stored.criteria if c.id == "jobs").weight == pytest.approx(0.35)
    session.undo_stack.undo()
    assert current_weights(session.problem) == pytest.approx(before)


def test_session_scenario_conflict_is_reported_and_reloads(session: Any) -> None:
    errors: list[str] = []
    session.sig_error.connect(errors.append)
    # someone else changes the project
    session.repo.update_project_info(
        session.project_id,
        description="changed elsewhere",
        expected_version=session.version,
        who="someone else",
    )
    session.save_scenario(capture(session.problem, "Late", "topsis"))
    assert errors and "someone else" in errors[0]
    assert session.scenario("Late") is None


# -- widget ----------------------------------------------------------------------------------
@pytest.fixture
def manager(session: Any, qtbot: Any) -> Any:
    from app.widgets.scenario_manager import ScenarioManager

    widget = ScenarioManager(session, method=lambda: ("topsis", {}))
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    qtbot.waitUntil(lambda: widget.comparison is not None, timeout=5000)
    return widget


def _wait_columns(qtbot: Any, widget: Any, names: list[str]) -> None:
    qtbot.waitUntil(
        lambda: (
            widget.comparison is not None and [c.name for c in widget.comparison.columns] == names
        ),
        timeout=5000,
    )


def test_manager_lists_current_and_saved(manager: Any) -> None:
    assert manager.names() == [CURRENT, "Jobs first", "Old town first"]
    assert manager.checked() == [CURRENT]
    assert manager.model.rowCount() == 7


def test_manager_compares_ticked_scenarios(manager: Any, qtbot: Any, session: Any) -> None:
    assert manager.set_checked("Jobs first", True)
    assert manager.set_checked("Old town first", True)
    _wait_columns(qtbot, manager, [CURRENT, "Jobs first", "Old town first"])
    model = manager.model
    assert model.columnCount() == 4
    expected = compare(
        session.problem,
        [session.scenario("Jobs first"), session.scenario("Old town first")],
        current=("topsis", {}),
    )
    for row in range(model.rowCount()):
        alt = model.index(row, 0).data()
        i = expected.alternative_names.index(alt)
        for col in range(1, 4):
            assert model.index(row, col).data() == str(expected.columns[col - 1].ranks[i])
    # the first column is sorted best first
    firsts = [int(model.index(r, 1).data()) for r in range(model.rowCount())]
    assert firsts == sorted(firsts)
    assert len(manager.chart.bars) == 3
    assert "change rank" in manager.status.text()


def test_manager_refuses_a_fifth(manager: Any, session: Any) -> None:
    for k in range(3):
        assert manager.save_current(f"extra {k}")
    assert len(manager.checked()) == MAX_COMPARED
    assert not manager.set_checked("Jobs first", True)
    assert "at most 4" in manager.status.text()
    assert "Jobs first" not in manager.checked()


def test_manager_save_apply_delete_buttons(manager: Any, qtbot: Any, session: Any) -> None:
    assert not manager.save_current("  ")
    assert "needs a name" in manager.status.text()
    assert manager.save_current("Mine")
    assert "Mine" in manager.names() and "Mine" in manager.checked()
    row = manager.names().index("Old town first")
    manager.list.setCurrentRow(row)
    assert manager.apply_button.isEnabled()
    qtbot.mouseClick(manager.apply_button, Qt.MouseButton.LeftButton)
    strategy = next(c for c in session.problem.criteria if c.id == "strategy")
    assert strategy.weight == pytest.approx(0.28)
    manager.list.setCurrentRow(manager.names().index("Mine"))
    qtbot.mouseClick(manager.delete_button, Qt.MouseButton.LeftButton)
    assert "Mine" not in manager.names()
    manager.list.setCurrentRow(0)
    assert not manager.delete_button.isEnabled()  # the current weights cannot be deleted


def test_manager_follows_weight_changes(manager: Any, qtbot: Any, session: Any) -> None:
    from app.services.problem_edits import set_weights

    manager.set_checked("Jobs first", True)
    _wait_columns(qtbot, manager, [CURRENT, "Jobs first"])
    session.edit(lambda p: set_weights(p, {"jobs": 5.0}), "jobs up")

    def jobs_bar_high() -> bool:
        c = manager.comparison
        return (
            c is not None
            and c.columns[0].leaf_weights is not None
            and max(c.columns[0].leaf_weights)
            == c.columns[0].leaf_weights[c.leaf_ids.index("jobs")]
        )

    qtbot.waitUntil(jobs_bar_high, timeout=5000)
