"""Qt-free logic of the Sensitivity page, checked against the engine on small problems."""

from __future__ import annotations

import numpy as np
import pytest

from app.services import sensitivity_logic as sl
from decision.problem import Alternative, Criterion, Problem
from decision.sensitivity.smaa import group_weights, smaa
from decision.sensitivity.sweep import sweep
from decision.sensitivity.tipping import tipping_points


def _problem(m: int = 4, seed: int = 1) -> Problem:
    rng = np.random.default_rng(seed)
    crit = [
        Criterion("c1", "Price", direction="cost", weight=0.5),
        Criterion("c2", "Quality", weight=0.3),
        Criterion("c3", "Speed", weight=0.2),
    ]
    alts = [Alternative(f"a{i}", f"Option {i}") for i in range(m)]
    return Problem.create("t", crit, alts, rng.uniform(1, 10, size=(m, 3)))


def test_what_rows_restate_the_tipping_points_in_percent() -> None:
    p = _problem(6)
    tips = tipping_points(p, "topsis")
    rows = sl.what_rows(p, tips)
    assert [r.criterion_id for r in rows] == list(p.leaf_ids)
    names = dict(zip(p.alternative_ids, p.alternative_names, strict=True))
    for j, r in enumerate(rows):
        assert r.weight == pytest.approx(100 * tips.current_weights[j])
        change = tips.winner_change[r.criterion_id]
        if change is None:
            assert r.change is None and r.change_text == sl.NO_CHANGE and r.new_winner == ""
        else:
            assert r.change == pytest.approx(100 * change[0])
            assert r.new_winner == names[change[1]]
            assert r.change_text.endswith(" pp") and r.change_text[0] in "+-"
        low, high = tips.stability[r.criterion_id]
        assert (r.low, r.high) == pytest.approx((100 * low, 100 * high))
        assert r.low <= r.weight <= r.high


def test_sweep_view_draws_the_best_curves_and_their_swaps() -> None:
    p = _problem(14, seed=3)
    tips = tipping_points(p, "wsm", swap_pairs="all")
    swept = sweep(p, "c2", "wsm")
    view = sl.sweep_view(p, swept, tips, ranks=False, max_curves=5)
    assert len(view.curves) == 5 and "best 5 of 14" in view.note
    best = [p.alternative_names[p.alternative_ids.index(a)] for a in tips.ranking[:5]]
    assert [name for name, _ in view.curves] == best
    assert view.current == pytest.approx(30.0)
    np.testing.assert_allclose(view.x, np.linspace(0, 100, sl.SWEEP_POINTS))
    shown = set(tips.ranking[:5])
    expected = [
        s for s in tips.swaps if s.criterion_id == "c2" and {s.ahead_below, s.ahead_above} <= shown
    ]
    np.testing.assert_allclose(view.markers_x, [100 * s.weight for s in expected])
    assert len(view.marker_tips) == len(expected)
    ranks = sl.sweep_view(p, swept, tips, ranks=True)
    assert ranks.ranks and ranks.y_label.startswith("Rank")
    assert len(ranks.curves) == sl.MAX_CURVES
    k = list(swept.alternative_ids).index(tips.ranking[0])
    np.testing.assert_array_equal(ranks.curves[0][1], swept.ranks[:, k])


def test_heat_layout_cuts_big_problems_and_keeps_small_ones() -> None:
    rows, ranks, note = sl.heat_layout([2, 0, 1])
    assert rows == [2, 0, 1] and ranks == 3 and note == ""
    order = list(range(30))[::-1]
    rows, ranks, note = sl.heat_layout(order)
    assert rows == order[: sl.HEAT_ROWS] and ranks == sl.HEAT_RANKS
    assert "best 20 of 30" in note and "ranks 1–10" in note


def test_run_smaa_equals_the_engine_and_words_the_winner() -> None:
    p = _problem(5)
    settings = sl.SMAASettings(samples=3000, seed=7, scheme="dirichlet", concentration=20.0)
    out = sl.run_smaa(p, "topsis", None, settings, batch=100)
    assert out is not None and out.result is not None
    ref = smaa(p, "topsis", samples=3000, seed=7, weights="dirichlet", concentration=20.0)
    np.testing.assert_array_equal(out.result.acceptability, ref.acceptability)
    from decision.evaluate import rank

    ranks = rank(p, "topsis").ranks
    assert list(out.order) == list(np.argsort(ranks, kind="stable"))
    text = sl.winner_sentence(out, list(p.alternative_names))
    winner = out.order[0]
    share = f"{100 * ref.acceptability[winner, 0]:.0f}%"  # English: no space before %
    assert text.startswith(f"{p.alternative_names[winner]} ranked first in {share} of 3,000")


def test_run_smaa_group_needs_two_participants_and_uses_their_spread() -> None:
    p = _problem(5)
    settings = sl.SMAASettings(samples=500, seed=2, scheme="group")
    out = sl.run_smaa(p, "topsis", None, settings, group=np.array([[0.2, 0.3, 0.5]]))
    assert out is not None and out.result is None and "two" in out.message
    assert "\n" not in out.message
    group = np.array([[0.2, 0.3, 0.5], [0.5, 0.3, 0.2], [0.4, 0.4, 0.2]])
    out = sl.run_smaa(p, "topsis", None, settings, group=group)
    ref = smaa(p, "topsis", seed=2, weights=group_weights(group, 500, 2))
    np.testing.assert_array_equal(out.result.acceptability, ref.acceptability)


def test_run_smaa_cancelled_is_none() -> None:
    out = sl.run_smaa(_problem(), "topsis", None, sl.SMAASettings(), is_cancelled=lambda: True)
    assert out is None


def test_participant_weights_follow_each_persons_ahp_answers() -> None:
    p = _problem()
    judgments = {
        "ann": {("criteria", None): [("c1", "c2", 2.0), ("c1", "c3", 4.0), ("c2", "c3", 2.0)]},
        "bob": {("criteria", None): [("c1", "c2", 1.0), ("c1", "c3", 1.0), ("c2", "c3", 1.0)]},
        "cat": {},  # no answers: left out
    }
    people, w = sl.participant_weights(p, judgments)
    assert people == ["ann", "bob"]
    np.testing.assert_allclose(w[0], [4 / 7, 2 / 7, 1 / 7], rtol=1e-6)
    np.testing.assert_allclose(w[1], [1 / 3] * 3, rtol=1e-9)


def test_participant_weights_in_a_hierarchy_use_the_projects_weights_where_unanswered() -> None:
    crit = [
        Criterion("g", "Group", weight=0.6),
        Criterion("x", weight=0.5, parent="g"),
        Criterion("y", weight=0.5, parent="g"),
        Criterion("z", weight=0.4),
    ]
    p = Problem.create("h", crit, [Alternative("a"), Alternative("b")], [[1, 2, 3], [3, 2, 1]])
    people, w = sl.participant_weights(p, {"ann": {("criteria", None): [("g", "z", 3.0)]}})
    assert people == ["ann"]
    np.testing.assert_allclose(w[0], [0.75 * 0.5, 0.75 * 0.5, 0.25], rtol=1e-6)


def test_analysis_gives_a_message_for_a_method_that_cannot_rank_the_data() -> None:
    p = _problem()
    p = Problem.create("t", p.criteria, p.alternatives, np.where(np.eye(4, 3) > 0, 0.0, p.matrix))
    bad = sl.compute_analysis(p, "wpm", None, "c1")
    assert bad is not None and bad.tipping is None
    assert "needs values > 0" in bad.message and "\n" not in bad.message
    good = sl.compute_analysis(p, "topsis", None, "c2")
    assert good is not None and good.tipping is not None and good.sweep.criterion_id == "c2"
    assert "wpm" in good.agreement.errors  # the other methods still agree or not
    ws = sl.agreement_matrix(good, "ws")
    ok = [k for k, m in enumerate(good.agreement.methods) if m not in good.agreement.errors]
    np.testing.assert_allclose(np.diag(ws)[ok], 1.0)
    assert np.isnan(ws[good.agreement.column("wpm")]).all()
    assert sl.agreement_matrix(good, "kendall") is good.agreement.kendall
    assert sl.compute_analysis(p, "topsis", None, "c1", is_cancelled=lambda: True) is None
