"""Inconsistency diagnosis: the most inconsistent judgments and values that lower CR."""

from __future__ import annotations

import numpy as np
import pytest

from decision.ahp import SAATY_SCALE, ahp_priorities, from_judgments, from_matrix
from decision.ahp.diagnosis import cr_of, inconsistency_errors, suggest_revisions
from tests.decision.test_ahp_priorities import HOUSE, HOUSE_ITEMS


def test_saaty_2003_most_inconsistent_judgment_of_the_house_matrix() -> None:
    # Saaty, T.L. (2003) Decision-making with the AHP: why is the principal eigenvector
    # necessary. EJOR 145:85-91, Table 3: the largest e_ij = a_ij w_j / w_i is 5.32156, for
    # Neighborhood over Condition (a = 6), the judgment Saaty proposes to revisit.
    result = ahp_priorities(from_matrix(HOUSE_ITEMS, HOUSE))
    e = inconsistency_errors(result.matrix, result.weights)
    i, j = np.unravel_index(int(np.argmax(e)), e.shape)
    assert (HOUSE_ITEMS[i], HOUSE_ITEMS[j]) == ("Neighborhood", "Condition")
    assert e[i, j] == pytest.approx(5.32156, abs=1e-3)
    top = result.suggestions[0]
    assert (top["a"], top["b"], top["current"]) == ("Neighborhood", "Condition", 6.0)
    assert top["cr_after"] < 0.10 < result.cr


def test_suggestions_have_the_documented_keys_and_order() -> None:
    result = ahp_priorities(from_matrix(HOUSE_ITEMS, HOUSE))
    assert len(result.suggestions) == 3
    for s in result.suggestions:
        assert set(s) == {
            "a",
            "b",
            "current",
            "suggested",
            "cr_after",
            "consistent_value",
            "cr_consistent",
            "inconsistency",
        }
        assert s["suggested"] in SAATY_SCALE
        assert s["cr_after"] < result.cr
    crs = [s["cr_after"] for s in result.suggestions]
    assert crs == sorted(crs)
    assert any("Saaty" in note and "scale" in note for note in result.conventions.notes)


def test_applying_a_suggestion_gives_the_reported_cr() -> None:
    pm = from_matrix(HOUSE_ITEMS, HOUSE)
    result = ahp_priorities(pm)
    for s in result.suggestions:
        i, j = HOUSE_ITEMS.index(s["a"]), HOUSE_ITEMS.index(s["b"])
        changed = ahp_priorities(pm.with_value(i, j, s["suggested"]))
        assert changed.cr == pytest.approx(s["cr_after"], rel=1e-12)
        at_consistent = ahp_priorities(pm.with_value(i, j, s["consistent_value"]))
        assert at_consistent.cr == pytest.approx(s["cr_consistent"], rel=1e-12)


def test_suggested_value_is_the_best_on_the_scale() -> None:
    pm = from_matrix(HOUSE_ITEMS, HOUSE)
    result = ahp_priorities(pm)
    top = result.suggestions[0]
    i, j = HOUSE_ITEMS.index(top["a"]), HOUSE_ITEMS.index(top["b"])
    crs = [cr_of(pm.with_value(i, j, v), "eigenvector") for v in SAATY_SCALE]
    assert top["cr_after"] == pytest.approx(min(crs), rel=1e-12)


def test_consistent_matrix_has_no_suggestions() -> None:
    w = np.array([4.0, 2.0, 1.0, 0.5])
    result = ahp_priorities(from_matrix(list("ABCD"), np.outer(w, 1 / w)))
    assert result.suggestions == ()


def test_only_given_judgments_are_suggested_for_an_incomplete_matrix() -> None:
    pm = from_judgments(
        list("ABCD"),
        [("A", "B", 9), ("B", "C", 9), ("A", "C", 1 / 9), ("C", "D", 2)],
    )
    result = ahp_priorities(pm)
    assert result.completed
    given = {frozenset(p) for p in (("A", "B"), ("B", "C"), ("A", "C"), ("C", "D"))}
    assert result.suggestions
    for s in result.suggestions:
        assert frozenset((s["a"], s["b"])) in given
        i, j = "ABCD".index(s["a"]), "ABCD".index(s["b"])
        assert ahp_priorities(pm.with_value(i, j, s["suggested"])).cr == pytest.approx(
            s["cr_after"], rel=1e-12
        )


def test_top_k_and_disable() -> None:
    pm = from_matrix(HOUSE_ITEMS, HOUSE)
    assert len(ahp_priorities(pm, suggestions=1).suggestions) == 1
    assert ahp_priorities(pm, suggestions=0).suggestions == ()
    result = ahp_priorities(pm)
    assert (
        suggest_revisions(pm, result.matrix, result.weights, result.cr, "eigenvector", top_k=5)[0]
        == result.suggestions[0]
    )


def test_geometric_prioritization_suggestions_use_its_own_cr() -> None:
    pm = from_matrix(HOUSE_ITEMS, HOUSE)
    result = ahp_priorities(pm, "geometric")
    for s in result.suggestions:
        i, j = HOUSE_ITEMS.index(s["a"]), HOUSE_ITEMS.index(s["b"])
        assert ahp_priorities(pm.with_value(i, j, s["suggested"]), "geometric").cr == (
            pytest.approx(s["cr_after"], rel=1e-12)
        )
