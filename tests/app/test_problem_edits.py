"""Pure problem edits: tree moves, removals and weights keep values by criterion id."""

from __future__ import annotations

import numpy as np
import pytest

from app.services import problem_edits as edits
from decision.errors import InputError
from tests.storage.test_repository import tree_problem


def test_move_a_leaf_out_of_its_group_keeps_its_values() -> None:
    p = tree_problem()
    col = p.matrix[:, p.leaf_ids.index("cofin")].copy()
    moved = edits.move_criterion(p, "cofin", None, 0)
    assert next(c.id for c in moved.criteria if c.parent is None) == "cofin"
    assert np.array_equal(moved.matrix[:, moved.leaf_ids.index("cofin")], col)


def test_moving_a_group_under_itself_is_refused() -> None:
    with pytest.raises(InputError, match="under itself"):
        edits.move_criterion(tree_problem(), "economy", "jobs", 0)


def test_removing_a_group_removes_its_subtree_and_columns() -> None:
    p = edits.remove_criterion(tree_problem(), "jobs")
    assert {"jobs", "jobs_direct", "jobs_indirect"}.isdisjoint(c.id for c in p.criteria)
    assert p.matrix.shape == (3, 3)


def test_paste_block_must_fit() -> None:
    p = tree_problem()
    pasted = edits.set_block(p, 1, 2, np.array([[1.0, 2.0], [3.0, 4.0]]))
    assert pasted.matrix[1:3, 2:4].tolist() == [[1.0, 2.0], [3.0, 4.0]]
    with pytest.raises(InputError, match="does not fit"):
        edits.set_block(p, 2, 4, np.ones((2, 2)))
