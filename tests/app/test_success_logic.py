"""Qt-free logic of the Success factors page: DEMATEL and A'WOT sets, edits, runs, chart data."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.services import success_logic as logic
from app.storage.demo_tools import demo_tool_path
from decision.awot import awot_input_from_json
from decision.dematel import dematel_input_from_json
from decision.errors import InputError


@pytest.fixture
def ds() -> logic.DematelSet:
    return logic.DematelSet.from_json(demo_tool_path("dematel_koper.json").read_text("utf-8"))


@pytest.fixture
def aw() -> logic.AwotSet:
    return logic.AwotSet.from_json(demo_tool_path("awot_koper.json").read_text("utf-8"))


def test_dematel_set_round_trips_and_runs_as_the_engine(ds: logic.DematelSet) -> None:
    raw = json.loads(demo_tool_path("dematel_koper.json").read_text("utf-8"))
    assert json.loads(ds.to_json()) == raw  # nothing lost, extra keys kept
    ours = logic.run_dematel(ds)
    engine = dematel_input_from_json(raw).run()
    np.testing.assert_allclose(ours.total, engine.total)
    assert ours.causes == engine.causes


def test_a_single_matrix_file_is_read_as_one_expert() -> None:
    text = json.dumps({"factors": ["A", "B"], "matrix": [[0, 2], [1, 0]], "threshold": 0.2})
    ds = logic.DematelSet.from_json(text)
    assert ds.experts == ("Expert 1",) and ds.threshold == 0.2
    assert json.loads(ds.to_json())["matrices"] == [[[0, 2], [1, 0]]]


def test_cell_edit_is_immutable_and_checked(ds: logic.DematelSet) -> None:
    new = ds.with_cell(1, 0, 2, 4)
    assert new.value(1, 0, 2) == 4.0 and ds.value(1, 0, 2) == 0.0
    assert new.matrices[0] == ds.matrices[0]
    before = logic.run_dematel(ds)
    after = logic.run_dematel(new)
    assert after.d[0] > before.d[0]  # factor 0 now gives more influence
    with pytest.raises(InputError, match="cannot influence itself") as caught:
        ds.with_cell(0, 3, 3, 2)
    assert "\n" not in str(caught.value)
    with pytest.raises(InputError, match="outside the scale"):
        ds.with_cell(0, 0, 1, 5)
    assert ds.with_cell(0, 3, 3, 0) is ds


def test_experts_and_factors_are_added_and_removed(ds: logic.DematelSet) -> None:
    two = ds.add_expert("Youth council", copy_of=0)
    assert two.experts[-1] == "Youth council" and two.matrices[-1] == ds.matrices[0]
    with pytest.raises(InputError, match="already"):
        two.add_expert("Youth council")
    assert two.remove_expert(len(two.experts) - 1) == ds
    grown = ds.add_factor("Shop mix")
    n = len(ds.factors) + 1
    assert all(len(m) == n and all(len(r) == n for r in m) for m in grown.matrices)
    assert grown.remove_factor(n - 1) == ds
    renamed = ds.rename_factor(0, "Empty shops")
    assert renamed.factors[0] == "Empty shops" and renamed.matrices == ds.matrices
    with pytest.raises(InputError, match="at least 2"):
        logic.new_dematel_set().remove_factor(0)


def test_settings_change_the_result(ds: logic.DematelSet) -> None:
    base = logic.run_dematel(ds)
    high = logic.run_dematel(ds.with_settings(threshold=0.3))
    assert high.threshold == 0.3 and len(high.arcs()) < len(base.arcs())
    assert logic.run_dematel(
        ds.with_settings(threshold=0.3).with_settings(threshold=None)
    ).threshold == pytest.approx(base.total.mean())
    prom = logic.run_dematel(ds.with_settings(weighting="prominence"))
    np.testing.assert_allclose(prom.weights, base.prominence / base.prominence.sum())
    with pytest.raises(InputError):
        ds.with_settings(normalization="max_col")


def test_diagram_has_one_point_per_factor_and_the_arcs_above_the_threshold(
    ds: logic.DematelSet,
) -> None:
    result = logic.run_dematel(ds)
    chart = logic.diagram(result)
    assert [p.factor for p in chart.points] == list(ds.factors)
    t = result.total
    above = {
        (ds.factors[i], ds.factors[j])
        for i in range(len(ds.factors))
        for j in range(len(ds.factors))
        if i != j and t[i, j] > t.mean()
    }
    assert {(a.source, a.target) for a in chart.arcs} == above
    where = {p.factor: (p.x, p.y) for p in chart.points}
    for arc in chart.arcs:
        assert arc.start == where[arc.source] and arc.end == where[arc.target]
    for p in chart.points:
        assert p.cause == (p.y > 0)
    rows = logic.result_rows(result)
    assert sum(r.relation for r in rows) == pytest.approx(0.0, abs=1e-12)
    assert {r.factor for r in rows if r.group == "cause"} == set(result.causes)


def test_an_all_zero_matrix_is_refused_in_one_line() -> None:
    with pytest.raises(InputError, match="all zeros"):
        logic.run_dematel(logic.new_dematel_set())


@pytest.mark.parametrize(("text", "value"), [("3", 3.0), ("2,5", 2.5), ("high", 3.0), ("", 0.0)])
def test_parse_influence(text: str, value: float) -> None:
    assert logic.parse_influence(text) == value


def test_parse_influence_refuses_text() -> None:
    with pytest.raises(InputError, match=r"0\.\.4"):
        logic.parse_influence("lots")


# -- A'WOT --


def test_awot_set_gives_the_engines_priorities(aw: logic.AwotSet) -> None:
    raw = json.loads(demo_tool_path("awot_koper.json").read_text("utf-8"))
    engine = awot_input_from_json(raw).run()
    ours = logic.run_awot(aw)
    assert ours.group_weights == pytest.approx(engine.group_weights)
    for g in "SWOT":
        assert ours.global_priorities[g] == pytest.approx(engine.global_priorities[g])
    assert ours.strategy_scores == pytest.approx(engine.strategy_scores)
    again = logic.AwotSet.from_json(aw.to_json())
    assert again == aw


def test_weights_and_participants_are_read_as_matrices() -> None:
    data = {
        "groups": {
            "S": {"factors": ["s1", "s2"], "weights": {"s1": 3, "s2": 1}},
            "W": {"factors": ["w1", "w2"], "matrices": [[[1, 4], [0.25, 1]], [[1, 1], [1, 1]]]},
            "O": {"factors": ["o1"]},
            "T": {"factors": ["t1", "t2"], "matrix": [[1, 0.5], [2, 1]]},
        },
        "group_weights": {"S": 0.4, "W": 0.3, "O": 0.2, "T": 0.1},
    }
    aw = logic.AwotSet.from_json(json.dumps(data))
    ours = logic.run_awot(aw)
    engine = awot_input_from_json(data).run()
    assert ours.group_weights == pytest.approx(engine.group_weights)
    for g in "SWOT":
        assert ours.local[g].weight_map() == pytest.approx(engine.local[g].weight_map())
    # two participants are kept apart; the combined (AIJ) matrix is their geometric mean
    assert aw.participants == ("Participant 1", "Participant 2")
    assert aw.matrix("W", 0)[0][1] == 4.0 and aw.matrix("W", 1)[0][1] == 1.0
    assert logic.aggregated_matrix(aw, "W")[0][1] == pytest.approx(2.0)
    assert aw.matrix("T", 1) == aw.matrix("T", 0)  # a single matrix is everyone's
    assert json.loads(aw.to_json())["participants"] == ["Participant 1", "Participant 2"]


def test_judgments_in_plain_words_and_reciprocals(aw: logic.AwotSet) -> None:
    new = aw.with_judgment("S", 0, 2, 1 / 5)
    assert new.matrices["S"][0][2] == pytest.approx(0.2)
    assert new.matrices["S"][2][0] == pytest.approx(5.0)
    assert aw.matrices["S"][0][2] == 3.0
    [first, *_] = logic.pair_questions(new, "S")
    assert first.question.startswith("Which is more important, Venetian historic old town")
    words = {(q.i, q.j): q.answer for q in logic.pair_questions(new, "S")}
    assert (
        words[(0, 2)]
        == "Compact, walkable centre is strongly more important than Venetian historic old town"
    )
    groups = logic.pair_questions(aw, "groups")
    assert len(groups) == 6 and "Strengths" in groups[0].question
    with pytest.raises(InputError, match=r"1/9\.\.9"):
        aw.with_judgment("groups", 0, 1, 12)
    with pytest.raises(InputError, match="itself"):
        aw.with_judgment("S", 1, 1, 3)
    assert logic.parse_ratio_text("1/3") == pytest.approx(1 / 3)
    with pytest.raises(InputError, match="not a ratio"):
        logic.parse_ratio_text("x")


def test_factors_and_strategy_scores_follow_each_other(aw: logic.AwotSet) -> None:
    grown = aw.add_factor("T", "Coastal flooding")
    assert grown.factors["T"][-1] == "Coastal flooding"
    assert len(grown.matrices["T"]) == 4 and grown.matrices["T"][3][3] == 1.0
    col = grown.all_factors().index("Coastal flooding")
    assert all(row[col] == 0.0 for row in grown.scores)
    # the new factor, equal to the others of T, takes a share of T's group weight
    assert logic.run_awot(grown).global_priorities["T"]["Coastal flooding"] > 0
    assert grown.remove_factor("T", 3) == aw
    with pytest.raises(InputError, match="already"):
        aw.add_factor("S", aw.factors["W"][0])  # unique across groups
    one = logic.new_awot_set()
    with pytest.raises(InputError, match="at least one"):
        one.remove_factor("S", 0)
    scored = aw.with_score(0, aw.factors["S"][0], 5)
    assert scored.scores[0][0] == 5.0
    assert (
        logic.run_awot(scored).strategy_scores[aw.strategies[0]]
        > logic.run_awot(aw).strategy_scores[aw.strategies[0]]
    )
    assert aw.add_strategy("Do nothing").remove_strategy(len(aw.strategies)) == aw


def test_swot_bars_and_priority_rows(aw: logic.AwotSet) -> None:
    result = logic.run_awot(aw)
    bars = logic.swot_bars(result)
    assert [b.value for b in bars] == sorted((b.value for b in bars), reverse=True)
    assert sum(b.value for b in bars) == pytest.approx(1.0)
    assert {b.colour for b in bars if b.group == "W"} == {logic.GROUP_COLOURS["W"]}
    rows = logic.priority_rows(result)
    for r in rows:
        assert r.global_ == pytest.approx(r.local * r.group_weight)
    assert logic.cr_text(0.05) == "CR 0.050" and "revise" in logic.cr_text(0.2)
    assert logic.cr_text(None) == "CR —"
    assert logic.run_awot(logic.new_awot_set()).group_weights == pytest.approx(
        {"S": 0.25, "W": 0.25, "O": 0.25, "T": 0.25}
    )
