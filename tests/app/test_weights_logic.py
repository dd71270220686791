"""Qt-free logic of the Weights page: verbal scale, locked rescaling, pairwise state, objective."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services import weights_logic as wl
from decision.ahp import aggregate_judgments, ahp_priorities, from_judgments
from decision.errors import InputError
from decision.problem import Alternative, Criterion, Problem


def test_scale_steps_map_to_saaty_values_and_back() -> None:
    expected = [9, 8, 7, 6, 5, 4, 3, 2, 1, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9]
    assert [wl.step_to_value(s) for s in range(wl.STEPS)] == pytest.approx(expected)
    assert [wl.value_to_step(v) for v in expected] == list(range(17))
    assert tuple("987654321") + tuple("23456789") == wl.STEP_LABELS
    assert wl.value_to_step(2.9) == 6  # nearest on the scale
    assert wl.value_to_step(0.35) == 10  # about 1/3
    with pytest.raises(ValueError):
        wl.step_to_value(17)
    with pytest.raises(ValueError):
        wl.value_to_step(0.0)


def test_statements_in_plain_words() -> None:
    a, b = "Cost to the municipality", "Jobs created"
    assert wl.statement(a, b, 3) == (
        "Cost to the municipality is moderately more important than Jobs created"
    )
    assert (
        wl.statement(a, b, 1 / 5)
        == "Jobs created is strongly more important than Cost to the municipality"
    )
    assert wl.statement(a, b, 1) == "Cost to the municipality is equally important as Jobs created"
    assert (
        wl.statement(a, b, 9)
        == "Cost to the municipality is extremely more important than Jobs created"
    )
    assert wl.statement(a, b, 2.2) == (
        "Cost to the municipality is equally to moderately more important than Jobs created"
    )
    assert wl.question(a, b) == (
        "Which is more important, Cost to the municipality or Jobs created, and how much more?"
    )


def test_ratio_text_round_trip() -> None:
    assert [wl.format_ratio(v) for v in (3.0, 1 / 3, 1.0, 2.5)] == ["3", "1/3", "1", "2.5"]
    assert wl.parse_ratio("1/3") == pytest.approx(1 / 3)
    assert wl.parse_ratio(" 0,5 ") == 0.5
    assert wl.parse_ratio("") is None
    for bad in ("-2", "0", "abc", "inf"):
        with pytest.raises(ValueError):
            wl.parse_ratio(bad)


def test_rescale_keeps_locked_and_proportions() -> None:
    out = wl.rescale_with_locks([40, 30, 20, 10], [False, False, True, False], 0, 50)
    # 30 left for the unlocked two, shared 30:10 as before
    assert out == pytest.approx([50, 22.5, 20, 7.5])


def test_rescale_clamps_to_what_locked_ones_leave() -> None:
    out = wl.rescale_with_locks([25, 25, 50], [False, False, True], 0, 80)
    assert out == pytest.approx([50, 0, 50])


def test_rescale_from_zero_others_shares_equally() -> None:
    out = wl.rescale_with_locks([100, 0, 0], [False, False, False], 0, 40)
    assert out == pytest.approx([40, 30, 30])


def test_rescale_locked_row_or_only_free_row_cannot_move() -> None:
    assert wl.rescale_with_locks([50, 30, 20], [True, False, False], 0, 10) == [50, 30, 20]
    assert wl.rescale_with_locks([50, 30, 20], [True, False, True], 1, 10) == [50, 30, 20]


@given(
    st.lists(st.floats(0, 100), min_size=2, max_size=8),
    st.data(),
)
def test_rescale_sums_to_100_and_locked_stay(values: list[float], data: st.DataObject) -> None:
    start = wl.percentages(values)
    n = len(start)
    locked = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    index = data.draw(st.integers(0, n - 1))
    locked[index] = False
    new = data.draw(st.floats(0, 100))
    out = wl.rescale_with_locks(start, locked, index, new)
    assert sum(out) == pytest.approx(100.0)
    assert all(o >= -1e-9 for o in out)
    for k in range(n):
        if locked[k]:
            assert out[k] == start[k]


def test_percentages_of_missing_weights() -> None:
    assert wl.percentages([None, None]) == [50.0, 50.0]
    assert wl.percentages([0.2, None, 0.6]) == pytest.approx([25.0, 0.0, 75.0])


def test_with_answer_replaces_either_direction() -> None:
    js = [("a", "b", 3.0), ("b", "c", 2.0)]
    assert wl.with_answer(js, "c", "b", 5.0) == [("a", "b", 3.0), ("c", "b", 5.0)]
    assert wl.with_answer(js, "a", "c", 4.0) == [*js, ("a", "c", 4.0)]
    assert wl.with_answer(js, "b", "a", None) == [("b", "c", 2.0)]
    assert wl.answer_of(js, "b", "a") == pytest.approx(1 / 3)
    assert wl.answer_of(js, "a", "c") is None


def test_saaty_worked_example() -> None:
    # The 3 x 3 example A>B 3, A>C 5, B>C 3: w = (0.637, 0.258, 0.105),
    # lambda_max = 3.039, CR = 0.033 with RI(3) = 0.58 (Saaty 1980; e.g. Saaty 2008,
    # Int. J. Services Sciences 1(1):83-98 uses the same scale and RI table).
    state = wl.individual_state("abc", [("a", "b", 3), ("a", "c", 5), ("b", "c", 3)])
    assert state.result is not None
    assert state.result.weights == pytest.approx([0.637, 0.258, 0.105], abs=1e-3)
    assert state.result.lambda_max == pytest.approx(3.039, abs=1e-3)
    assert state.result.cr == pytest.approx(0.033, abs=1e-3)
    assert "RI = 0.58, Saaty (1980)" in state.summary()
    assert state.suggestion is None and not state.inconsistent


def test_missing_but_connected_is_completed() -> None:
    state = wl.individual_state("abc", [("a", "b", 2), ("b", "c", 2)])
    assert state.result is not None and state.result.completed
    assert state.answered == 2 and state.total == 3
    # a consistent chain completes to a/c = 4: weights 4:2:1
    assert state.result.weights == pytest.approx([4 / 7, 2 / 7, 1 / 7])
    assert "1 unanswered pair(s) completed by Harker (1987)" in state.summary()


def test_disconnected_says_what_is_missing() -> None:
    names = {"a": "Cost", "b": "Jobs", "c": "Risk", "d": "Time"}
    state = wl.individual_state("abcd", [("a", "b", 2), ("a", "c", 3)], names)
    assert state.result is None
    assert state.message == (
        "Not enough answers yet: Time not compared, directly or through other criteria, "
        "with Cost, Jobs, Risk. Answer a question linking them."
    )
    assert wl.individual_state("ab", []).message == "No answers yet."
    assert wl.individual_state("a", []).message == "A group needs two criteria to compare."
    assert wl.individual_state("", []).message == "No criteria to compare."


def test_inconsistent_judgments_get_a_suggestion_that_lowers_cr() -> None:
    js = [("a", "b", 5.0), ("b", "c", 5.0), ("a", "c", 1 / 5)]
    state = wl.individual_state("abc", js)
    assert state.inconsistent
    s = state.suggestion
    assert s is not None
    fixed = wl.with_answer(js, s["a"], s["b"], float(s["suggested"]))
    after = wl.individual_state("abc", fixed)
    assert after.result is not None and state.result is not None
    assert after.result.cr < state.result.cr
    assert after.result.cr == pytest.approx(s["cr_after"])
    assert state.highlight() == ("abc".index(s["a"]), "abc".index(s["b"]))


def test_judgments_of_other_items_are_ignored() -> None:
    state = wl.individual_state("ab", [("a", "b", 3.0), ("a", "gone", 2.0)])
    assert state.answered == 1


def test_group_is_the_geometric_mean_of_participants() -> None:
    blocks = [[("a", "b", 2.0), ("b", "c", 3.0)], [("a", "b", 8.0), ("a", "c", 4.0)], []]
    state, used = wl.group_state("abc", blocks)
    assert used == 2
    # a/b: sqrt(2 * 8) = 4; b/c and a/c from one participant each
    assert state.values[0, 1] == pytest.approx(4.0)
    assert state.values[1, 2] == pytest.approx(3.0)
    assert state.values[0, 2] == pytest.approx(4.0)
    engine = ahp_priorities(
        aggregate_judgments([from_judgments("abc", b) for b in blocks[:2]]), suggestions=0
    )
    assert state.result is not None
    assert state.result.weights == pytest.approx(engine.weights)
    empty, used = wl.group_state("abc", [[], []])
    assert used == 0 and empty.result is None


def _problem(matrix: list[list[float]]) -> Problem:
    criteria = [
        Criterion("g", "Economy", is_group=True),
        Criterion("c1", "Jobs", parent="g"),
        Criterion("c2", "Cost", direction="cost", parent="g"),
        Criterion("c3", "Image"),
    ]
    alts = [Alternative(f"a{i}", f"Option {i}") for i in range(len(matrix))]
    return Problem.create("p", criteria, alts, matrix)


def test_groups_list_top_level_then_groups() -> None:
    p = _problem([[1, 2, 3], [2, 3, 4]])
    assert wl.groups(p) == [(None, "Top level"), ("g", "Economy")]


def test_objective_weights_of_a_group_of_leaves() -> None:
    p = _problem([[1, 10, 3], [2, 20, 4], [3, 40, 5]])
    assert wl.objective_weights(p, "g", "equal") == {"c1": 0.5, "c2": 0.5}
    w = wl.objective_weights(p, "g", "std")
    assert set(w) == {"c1", "c2"} and math.isclose(sum(w.values()), 1.0)


def test_objective_weights_need_leaves_and_complete_data() -> None:
    p = _problem([[1, 10, 3], [2, np.nan, 4]])
    with pytest.raises(InputError, match="holds the group 'Economy'"):
        wl.objective_weights(p, None, "entropy")
    with pytest.raises(InputError, match="'Option 1' has no value for 'Cost'"):
        wl.objective_weights(p, "g", "entropy")


def test_global_weights_or_why_not() -> None:
    p = _problem([[1, 2, 3], [2, 3, 4]])
    names, w, why = wl.global_weights(p)
    assert names == ["Jobs", "Cost", "Image"] and w is None and "has no weight" in why
