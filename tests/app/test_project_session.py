"""The open project: edits saved at once, undo and redo saved too, conflicts reloaded."""

from __future__ import annotations

import math

import numpy as np
from pytestqt.qtbot import QtBot

from app.services import problem_edits as edits
from app.services.project_session import ProjectSession


def test_edit_is_saved_and_undo_redo_are_saved_too(session: ProjectSession, qtbot: QtBot) -> None:
    assert session.problem is not None
    before = session.problem.matrix[0, 0]
    with qtbot.waitSignal(session.sig_saved):
        assert session.edit(lambda p: edits.set_values(p, [(0, 0, 123.0)]), "Set value")
    stored = session.repo.load_problem(session.project_id)  # type: ignore[arg-type]
    assert stored.matrix[0, 0] == 123.0
    session.undo_stack.undo()
    assert session.repo.load_problem(session.project_id).matrix[0, 0] == before  # type: ignore[arg-type]
    session.undo_stack.redo()
    assert session.problem.matrix[0, 0] == 123.0
    assert session.repo.load_problem(session.project_id).matrix[0, 0] == 123.0  # type: ignore[arg-type]


def test_slider_drags_merge_into_one_undo_step(session: ProjectSession) -> None:
    assert session.problem is not None
    cid = session.problem.leaf_ids[0]
    original = next(c.weight for c in session.problem.criteria if c.id == cid)
    for w in (0.3, 0.35, 0.4):
        session.edit(lambda p, w=w: edits.set_weights(p, {cid: w}), "Weight", merge_key=f"w:{cid}")
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert next(c.weight for c in session.problem.criteria if c.id == cid) == original


def test_a_bad_edit_is_a_message_not_a_change(session: ProjectSession, qtbot: QtBot) -> None:
    assert session.problem is not None
    rows = range(len(session.problem.alternatives))
    with qtbot.waitSignal(session.sig_error) as blocker:
        assert not session.edit(lambda p: edits.remove_alternatives(p, rows), "Remove all")
    assert "at least one alternative" in blocker.args[0]
    assert session.undo_stack.count() == 0


def test_someone_elses_change_reloads_instead_of_overwriting(
    session: ProjectSession, qtbot: QtBot
) -> None:
    assert session.problem is not None and session.project_id is not None
    aid, cid = session.problem.alternative_ids[1], session.problem.leaf_ids[1]
    session.repo.update_value(
        session.project_id, aid, cid, 777.0, expected_version=session.version, who="Marko"
    )
    with qtbot.waitSignal(session.sig_error) as blocker:
        session.edit(lambda p: edits.set_values(p, [(0, 0, 1.0)]), "Set value")
    assert "changed by someone else" in blocker.args[0]
    assert session.problem.matrix[1, 1] == 777.0  # reloaded: Marko's value is shown


def test_judgments_edit_and_undo(session: ProjectSession) -> None:
    [first, *_] = session.participants()
    old = session.judgments(first, "criteria", None)
    assert old
    a, b, _ = old[0]
    session.set_judgments(first, "criteria", None, [(a, b, 9.0)], "Answer")
    assert session.judgments(first, "criteria", None) == [(a, b, 9.0)]
    session.undo_stack.undo()
    assert session.judgments(first, "criteria", None) == old
    doc = session.repo.load_document(session.project_id)  # type: ignore[arg-type]
    stored = [
        (j.a, j.b, j.value)
        for p in doc.participants
        if p.name == first
        for j in p.judgments
        if j.node is None and j.kind == "criteria"
    ]
    assert stored == old


def test_structure_edits(session: ProjectSession) -> None:
    assert session.problem is not None
    n_alt, n_leaf = session.problem.matrix.shape
    session.edit(lambda p: edits.add_alternative(p, "Night market"), "Add")
    session.edit(lambda p: edits.add_criterion(p, None, "Noise", group=True), "Add group")
    assert session.problem.matrix.shape == (n_alt + 1, n_leaf + 1)
    assert math.isnan(session.problem.matrix[-1, 0])
    back = session.repo.load_problem(session.project_id)  # type: ignore[arg-type]
    assert np.array_equal(back.matrix, session.problem.matrix, equal_nan=True)
    for _ in range(2):
        session.undo_stack.undo()
    assert session.problem.matrix.shape == (n_alt, n_leaf)
