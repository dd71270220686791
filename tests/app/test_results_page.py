"""Results page on the Koper demo: what-if weights, methods, contributions, agreement, errors, worker."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.models.agreement_model import AgreementRanksModel, CorrelationModel
from app.models.ranking_model import COL_RANK, COL_SCORE, SORT_ROLE, RankingModel
from app.services import results_logic as rl
from app.services.problem_edits import set_values
from decision.evaluate import rank


@pytest.fixture
def page(session: Any, qtbot: Any) -> Iterator[Any]:
    from app.widgets.results_page import ResultsPage

    widget = ResultsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    widget.worker.wait()


def _expected_ranks(session: Any, method: str, params: dict[str, Any] | None = None) -> dict:
    result = rank(session.problem, method, params)
    return dict(zip(result.alternative_ids, result.ranks.tolist(), strict=True))


def test_page_identity_and_first_ranking(page: Any, session: Any) -> None:
    assert page.objectName() == "page_results"
    assert page.method() == "topsis"
    assert page.stack.currentIndex() == 0
    assert page.ranking.ranks() == _expected_ranks(session, "topsis")
    # the view lists the alternatives best first
    view = page.ranking_view
    first = view.model().index(0, COL_RANK).data(SORT_ROLE)
    assert first == 1


def test_whatif_spin_box_changes_weight_and_ranking(page: Any, session: Any, qtbot: Any) -> None:
    before = page.ranking.ranks()
    updates = page.ranking.updates
    page.whatif.spins["jobs"].setValue(70.0)  # jobs gets 70 % of the weight
    qtbot.waitUntil(lambda: page.ranking.updates > updates, timeout=3000)
    jobs = next(c for c in session.problem.criteria if c.id == "jobs")
    total = sum(c.weight for c in session.problem.criteria)
    assert jobs.weight / total == pytest.approx(0.7)
    assert page.ranking.ranks() == _expected_ranks(session, "topsis")
    assert page.ranking.ranks() != before  # the demo's order does change with this weight
    assert session.undo_stack.count() == 1
    assert page.whatif.sliders["jobs"].value() == 700


def test_slider_drag_is_one_undo_step_and_undo_restores(
    page: Any, session: Any, qtbot: Any
) -> None:
    original = page.ranking.ranks()
    slider = page.whatif.sliders["cost"]
    for value in (300, 400, 500, 600):
        slider.setValue(value)
    qtbot.waitUntil(lambda: session.undo_stack.count() == 1 and not page._pending, timeout=3000)
    page.whatif.sliders["risk"].setValue(400)
    qtbot.waitUntil(lambda: not page._pending, timeout=3000)
    assert session.undo_stack.count() == 1  # both sliders merged into one what-if step
    assert page.ranking.ranks() == _expected_ranks(session, "topsis")
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: page.ranking.ranks() == original, timeout=3000)
    assert page.whatif.spins["cost"].value() == pytest.approx(22.0)


def test_switching_method_changes_table_and_explanation(
    page: Any, session: Any, qtbot: Any
) -> None:
    topsis_help = page.method_help.text()
    page.set_method("vikor")
    assert page.method_help.text() != topsis_help
    assert "regret" in page.method_help.text()
    assert "v" in page.parameters() and page.parameters()["v"] == 0.5
    assert not page.normalization_help.isVisibleTo(page)  # VIKOR has no normalization
    qtbot.waitUntil(lambda: page.outcome is not None and page.outcome.method == "vikor")
    assert page.ranking.ranks() == _expected_ranks(session, "vikor")
    assert "lower is better" in page.ranking.headerData(COL_SCORE, Qt.Orientation.Horizontal)
    # a parameter change recomputes with it
    page._param_widgets["v"].setValue(0.1)
    qtbot.waitUntil(lambda: page.outcome.result.conventions.parameters == {"v": 0.1})
    assert page.ranking.ranks() == _expected_ranks(session, "vikor", {"v": 0.1})


def test_normalization_picker_has_a_plain_explanation(page: Any, qtbot: Any) -> None:
    page.set_method("topsis")
    combo = page._param_widgets["normalization"]
    assert page.normalization_help.isVisibleTo(page)
    assert page.normalization_help.text() == rl.NORMALIZATION_PLAIN["vector"]
    combo.setCurrentIndex(combo.findData("minmax"))
    assert page.normalization_help.text() == rl.NORMALIZATION_PLAIN["minmax"]
    qtbot.waitUntil(
        lambda: page.outcome.result.conventions.parameters == {"normalization": "minmax"}
    )


def test_wsm_contributions_are_stacked_and_sum_to_scores(
    page: Any, session: Any, qtbot: Any
) -> None:
    page.set_method("wsm")
    qtbot.waitUntil(lambda: page.outcome is not None and page.outcome.method == "wsm")
    parts = page.outcome.contributions
    scores = page.ranking.scores()
    ids = session.problem.alternative_ids
    np.testing.assert_allclose(parts.sum(axis=1), [scores[a] for a in ids], rtol=1e-12)
    chart = page.chart
    assert len(chart.stack) == len(session.problem.leaves)
    assert chart.legend.isVisible()
    # the bar ends (x0 + width of the last segment) add up to the best alternative's score
    widths = np.array([item.opts["width"][0] for item in chart.stack])
    assert widths.sum() == pytest.approx(max(scores.values()))
    # a weight change updates the same items in place
    items = list(chart.stack)
    updates = chart.updates
    page.whatif.spins["cost"].setValue(40.0)
    qtbot.waitUntil(lambda: chart.updates > updates, timeout=3000)
    assert chart.stack == items
    page.set_method("topsis")
    qtbot.waitUntil(lambda: page.outcome.method == "topsis")
    assert not chart.legend.isVisible()
    assert len(chart.score_bars.opts["width"]) == len(ids)


def test_agreement_table_has_ones_on_the_diagonal(page: Any, session: Any) -> None:
    agreement = page.outcome.agreement
    assert agreement.methods == rl.AGREEMENT_METHODS
    np.testing.assert_array_equal(np.diag(agreement.spearman), 1.0)
    np.testing.assert_array_equal(np.diag(agreement.kendall), 1.0)
    shown = page.correlations.correlations()
    assert shown["TOPSIS"] == (1.0, 1.0)
    assert set(shown) == set(agreement.labels)
    for label, (rho, tau) in shown.items():
        assert -1.0 <= rho <= 1.0 and -1.0 <= tau <= 1.0, label
    # the ranks side by side are each method's own ranking
    model = page.agreement
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    for k, key in enumerate(agreement.methods):
        shown = {n: model.index(r, k + 1).data(SORT_ROLE) for r, n in enumerate(names)}
        result = rank(session.problem, key)
        assert shown == dict(zip(result.alternative_names, result.ranks.tolist(), strict=True))
    # rows follow the selected method's ranks
    assert [model.index(r, 1).data(SORT_ROLE) for r in range(3)] == sorted(
        rank(session.problem, "topsis").ranks.tolist()
    )[:3]


def test_missing_value_shows_a_message_not_a_ranking(page: Any, session: Any, qtbot: Any) -> None:
    assert session.edit(lambda p: set_values(p, [(2, 1, float("nan"))]), "clear a cell")
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=3000)
    text = page.message.text()
    assert "Rent subsidy for vacant ground-floor shops" in text
    assert "Jobs created or kept" in text
    assert "missing" in text and "Traceback" not in text
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0, timeout=3000)


def test_ranking_model_passes_qtmodeltester(page: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.ranking)
    fresh = RankingModel()
    fresh.set_ranking(["a", "b"], ["A", "B"], [2, 1], [0.2, 0.9])
    qtmodeltester.check(fresh)
    assert fresh.index(0, COL_RANK).data(SORT_ROLE) == 1  # best first
    assert fresh.index(0, COL_SCORE).data(SORT_ROLE) == 0.9
    fresh.set_ranking(["a", "b"], ["A", "B"], [1, 2], [0.9, 0.2])  # in place
    assert fresh.ranks() == {"a": 1, "b": 2}
    assert fresh.index(0, COL_SCORE).data(SORT_ROLE) == 0.9
    fresh.sort(COL_SCORE, Qt.SortOrder.AscendingOrder)
    assert [fresh.index(r, COL_SCORE).data(SORT_ROLE) for r in range(2)] == [0.2, 0.9]
    qtmodeltester.check(fresh)


def test_agreement_models_pass_qtmodeltester(page: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.agreement)
    qtmodeltester.check(page.correlations)
    empty_ranks, empty_corr = AgreementRanksModel(), CorrelationModel()
    empty_ranks.set_agreement([], None)
    empty_corr.set_agreement(None, "topsis")
    qtmodeltester.check(empty_ranks)
    qtmodeltester.check(empty_corr)


def test_big_problem_path_goes_through_the_worker(page: Any, session: Any, qtbot: Any) -> None:
    page.gui_thread_cells = 10  # the demo (49 cells) counts as big here
    page.set_method("promethee2")
    page.recompute_now()
    assert page.worker.busy and page.busy.isVisibleTo(page)
    # a newer request cancels the running one; only its result is shown
    page.set_method("wpm")
    page.recompute_now()
    with qtbot.waitSignal(page.worker.sig_idle, timeout=5000):
        pass
    assert page.worker.wait()
    assert page.outcome.method == "wpm"
    assert page.ranking.ranks() == _expected_ranks(session, "wpm")
    assert not page.busy.isVisibleTo(page)


def test_big_problem_error_message_through_the_worker(page: Any, session: Any, qtbot: Any) -> None:
    page.gui_thread_cells = 10
    session.edit(lambda p: set_values(p, [(0, 0, float("nan"))]), "clear a cell")
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=5000)
    assert page.worker.wait()
    assert "Micro-grants for start-ups in the old town" in page.message.text()


def test_closing_the_project_shows_a_message(page: Any, session: Any, qtbot: Any) -> None:
    session.close()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=3000)
    assert "Open a project" in page.message.text()
    assert page.whatif.ids == []
