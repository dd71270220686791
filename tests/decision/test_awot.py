"""SWOT-AHP (A'WOT) engine: a published study, invariants (hypothesis) and bad input."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decision.ahp import SAATY_SCALE, ahp_priorities, from_matrix
from decision.awot import (
    SWOT,
    AWOTResult,
    Comparison,
    StrategyScores,
    awot,
    awot_input_from_json,
)
from decision.errors import DecisionError, InputError
from tests.decision.helpers import reference

# Senko, S., Kurttila, M. & Karjalainen, T. (2018) Prospects for Nordic intensive forest
# management solutions in the Republic of Karelia. Silva Fennica 52(4), article 7763,
# https://doi.org/10.14214/sf.7763 -- Table 1: local weights (LW) and global weights (GW)
# of the SWOT factors; footnote a: group priorities S 0.398, W 0.174, O 0.180, T 0.249.
# Factor names shortened; (local, global) as printed, 3 decimals.
SENKO_GROUPS = {"S": 0.398, "W": 0.174, "O": 0.180, "T": 0.249}
SENKO_TABLE1: dict[str, dict[str, tuple[float, float]]] = {
    "S": {
        "productivity and quality of timber": (0.292, 0.116),
        "principles of sustained yield": (0.262, 0.104),
        "better forest road network": (0.120, 0.048),
        "municipal and regional economy": (0.119, 0.047),
        "employment development": (0.116, 0.046),
        "forest health and fire control": (0.091, 0.036),
    },
    "W": {
        "slow return on investments": (0.342, 0.059),
        "high cost of young forest thinning": (0.185, 0.032),
        "low market demand for energy wood": (0.184, 0.032),
        "high demand for skilled specialists": (0.169, 0.029),
        "lack of investments in R&D": (0.120, 0.021),
    },
    "O": {
        "high potential of forest resource": (0.308, 0.055),
        "proven Nordic expertise": (0.221, 0.040),
        "authority programs": (0.196, 0.035),
        "wood-based energy development": (0.145, 0.026),
        "availability of new technology": (0.129, 0.023),
    },
    "T": {
        "unprepared regulatory environment": (0.311, 0.077),
        "insecurity of private investments": (0.185, 0.046),
        "low forest road density and quality": (0.160, 0.040),
        "low profitability in forestry": (0.101, 0.025),
        "high investment cost": (0.088, 0.022),
        "negative attitude to intensive forestry": (0.082, 0.021),
        "forest degradation": (0.072, 0.018),
    },
}


def test_senko_kurttila_karjalainen_2018_global_priorities() -> None:
    """Senko et al. (2018) Table 1: global weight = group priority x local weight.

    Only the priorities are published (the pairwise matrices are not), so the local and
    group weights enter as direct weights; the printed global weights (3 decimals) are
    reproduced within the rounding of the printed inputs (<= 1e-3).
    """
    groups = {
        g: Comparison.from_weights({f: lw for f, (lw, _gw) in rows.items()})
        for g, rows in SENKO_TABLE1.items()
    }
    r = awot(groups, Comparison.from_weights(SENKO_GROUPS))
    for g, rows in SENKO_TABLE1.items():
        for f, (_lw, gw) in rows.items():
            assert r.global_priorities[g][f] == pytest.approx(gw, abs=1e-3), f
    # the study's top factors: timber productivity (S), sustained yield (S), regulations (T)
    top = [f for _g, f, _w in r.ranking()[:3]]
    assert top == [
        "productivity and quality of timber",
        "principles of sustained yield",
        "unprepared regulatory environment",
    ]
    assert r.cr() == {"groups": None, "S": None, "W": None, "O": None, "T": None}


def test_group_matrix_reuses_the_engines_ahp_saaty_2008() -> None:
    """A group compared by a matrix gets exactly the engine's AHP weights and CR.

    Saaty (2008) drinks matrix (tests/decision/reference/ahp_saaty_2008_drinks.json):
    published weights to 3 decimals and CR 0.022.
    """
    c = reference("ahp_saaty_2008_drinks")
    items, matrix = c["elements"], c["pairwise"]
    groups = {
        "S": Comparison.from_matrix(items, matrix),
        "W": Comparison(("w",)),
        "O": Comparison(("o",)),
        "T": Comparison(("t",)),
    }
    r = awot(groups, Comparison.from_weights({"S": 0.5, "W": 0.2, "O": 0.2, "T": 0.1}))
    np.testing.assert_allclose(
        list(r.local["S"].weight_map().values()), c["expected"]["weights"], atol=1e-3
    )
    assert r.cr()["S"] == pytest.approx(c["expected"]["CR"], abs=1e-3)
    direct = ahp_priorities(from_matrix(items, matrix))
    np.testing.assert_allclose(r.local["S"].weights, direct.weights, rtol=1e-12)
    assert r.global_priorities["S"]["water"] == pytest.approx(0.5 * direct.weight_map()["water"])
    assert r.cr()["W"] is None  # a single factor: nothing to compare


def test_pairwise_groups_and_strategy_scores() -> None:
    """Weights of a consistent matrix are its ratios; strategies get sum of global x score."""
    data = {
        "groups": {
            "S": {"factors": ["s1", "s2"], "matrix": [[1, 3], [1 / 3, 1]]},
            "W": {"factors": ["w1", "w2"], "weights": {"w1": 1, "w2": 1}},
            "O": {
                "factors": ["o1", "o2", "o3"],
                "matrix": [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]],
            },
            "T": {"factors": ["t1"]},
        },
        "group_matrix": [[1, 2, 1, 4], [0.5, 1, 0.5, 2], [1, 2, 1, 4], [0.25, 0.5, 0.25, 1]],
        "strategies": {"names": ["A", "B"], "scores": [[1] * 8, [2, 0, 0, 0, 0, 0, 0, 0]]},
    }
    r = awot_input_from_json(data).run()
    assert r.group_weights == pytest.approx({"S": 4 / 11, "W": 2 / 11, "O": 4 / 11, "T": 1 / 11})
    assert r.local["O"].weight_map() == pytest.approx({"o1": 4 / 7, "o2": 2 / 7, "o3": 1 / 7})
    assert r.global_priorities["S"]["s1"] == pytest.approx(4 / 11 * 0.75)
    assert r.cr()["groups"] == pytest.approx(0.0, abs=1e-9)
    assert r.strategy_scores == pytest.approx({"A": 1.0, "B": 2 * 4 / 11 * 0.75})
    out = r.as_dict()
    assert set(out) >= {"group_weights", "local", "global", "cr", "strategies"}
    assert set(out["cr"]) == {"groups", "S", "W", "O", "T"}


def test_participants_are_aggregated_by_geometric_mean() -> None:
    """AIJ: two participants saying 2 and 8 combine to 4 (their geometric mean)."""
    groups = {
        "S": Comparison.from_matrices(["a", "b"], [[[1, 2], [0.5, 1]], [[1, 8], [0.125, 1]]]),
        "W": Comparison(("w",)),
        "O": Comparison(("o",)),
        "T": Comparison(("t",)),
    }
    r = awot(groups, Comparison.from_weights(dict.fromkeys(SWOT, 1.0)))
    assert r.local["S"].weight_map() == pytest.approx({"a": 0.8, "b": 0.2})
    assert r.local["S"].participants == 2
    assert r.group_weights == pytest.approx(dict.fromkeys(SWOT, 0.25))


# ---- invariants (hypothesis) -----------------------------------------------------------


@st.composite
def reciprocal(draw: st.DrawFn, n: int) -> list[list[float]]:
    m = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            v = float(draw(st.sampled_from(SAATY_SCALE)))
            m[i, j], m[j, i] = v, 1.0 / v
    return m.tolist()


@st.composite
def awot_cases(draw: st.DrawFn) -> tuple[dict[str, Comparison], Comparison]:
    groups = {}
    for g in SWOT:
        n = draw(st.integers(min_value=1, max_value=6))
        items = [f"{g}{k}" for k in range(n)]
        if n > 1 and draw(st.booleans()):
            groups[g] = Comparison.from_matrix(items, draw(reciprocal(n)))
        else:
            w = draw(st.lists(st.floats(0.01, 10), min_size=n, max_size=n))
            groups[g] = Comparison.from_weights(dict(zip(items, w, strict=True)))
    top = Comparison.from_matrix(SWOT, draw(reciprocal(4)))
    return groups, top


@settings(max_examples=150, deadline=None)
@given(awot_cases())
def test_global_priorities_sum_to_one(case: tuple[dict[str, Comparison], Comparison]) -> None:
    r: AWOTResult = awot(*case)
    total = sum(w for g in SWOT for w in r.global_priorities[g].values())
    assert math.isclose(total, 1.0, rel_tol=1e-9)
    assert math.isclose(sum(r.group_weights.values()), 1.0, rel_tol=1e-9)
    for g in SWOT:
        assert math.isclose(sum(r.local[g].weight_map().values()), 1.0, rel_tol=1e-9)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=2, max_value=7), st.integers(min_value=2, max_value=5), st.data())
def test_identical_participants_equal_one_participant(n: int, k: int, data: Any) -> None:
    items = [f"f{i}" for i in range(n)]
    m = data.draw(reciprocal(n))
    rest = {g: Comparison((f"{g}1",)) for g in ("W", "O", "T")}
    top_m = data.draw(reciprocal(4))
    one = awot({"S": Comparison.from_matrix(items, m), **rest}, Comparison.from_matrix(SWOT, top_m))
    many = awot(
        {"S": Comparison.from_matrices(items, [m] * k), **rest},
        Comparison.from_matrices(SWOT, [top_m] * k),
    )
    np.testing.assert_allclose(many.local["S"].weights, one.local["S"].weights, rtol=1e-9)
    np.testing.assert_allclose(many.groups.weights, one.groups.weights, rtol=1e-9)
    assert many.cr()["S"] == pytest.approx(one.cr()["S"], abs=1e-9)


# ---- bad input: one clear line ---------------------------------------------------------


def _base() -> dict[str, Any]:
    return {
        "groups": {
            "S": {"factors": ["s1", "s2"], "matrix": [[1, 3], [1 / 3, 1]]},
            "W": {"factors": ["w1", "w2"], "weights": {"w1": 1, "w2": 2}},
            "O": {"factors": ["o1"]},
            "T": {"factors": ["t1", "t2"], "matrix": [[1, 0.5], [2, 1]]},
        },
        "group_matrix": [[1, 2, 1, 3], [0.5, 1, 0.5, 2], [1, 2, 1, 2], [1 / 3, 0.5, 0.5, 1]],
    }


def _with(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    d = _base()
    target = d
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return d


_DELETE = object()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_with(("groups", "T"), _DELETE), "groups: 'T' (Threats) is missing"),
        (_with(("groups", "X"), {"factors": ["x"]}), "'X' is not a SWOT group"),
        (
            _with(("groups", "O", "factors"), ["s1"]),
            "factor 's1' appears in both S and O",
        ),
        (
            _with(("groups", "W", "weights"), {"w1": 1, "w3": 2}),
            "groups.W.weights: names differ from the factors ('w3' is not one of the factors)",
        ),
        (
            _with(("groups", "W", "weights"), {"w1": 1}),
            "names differ from the factors (no weight for 'w2')",
        ),
        (
            _with(("groups", "S", "matrix"), [[1, 3, 2], [1 / 3, 1, 1]]),
            "groups.S: matrix is 2 x 3, expected 2 x 2",
        ),
        (
            _with(("groups", "S", "factors"), ["s1", "s2", "s3"]),
            "groups.S: matrix is 2 x 2, expected 3 x 3",
        ),
        (
            _with(("groups", "S", "matrix"), [[1, 3], [3, 1]]),
            "groups.S: pair 's1' / 's2': not reciprocal",
        ),
        (
            _with(("groups", "S", "matrix"), [[1, "x"], [1, 1]]),
            "groups.S: matrix: expected 2 x 2 numbers",
        ),
        (_with(("groups", "W", "weights"), {"w1": -1, "w2": 2}), "weight of 'w1' is -1"),
        (
            _with(("groups", "W", "weights"), {"w1": "a", "w2": 2}),
            "weight of 'w1' is 'a', not a number",
        ),
        (
            _with(("groups", "S"), {"factors": ["s1", "s2"]}),
            "groups.S: give a pairwise matrix or weights",
        ),
        (_with(("groups", "S", "factors"), ["s1", "s1"]), "groups.S: factor 's1' appears twice"),
        (
            _with(("group_matrix",), [[1, 2, 1], [0.5, 1, 1], [1, 1, 1]]),
            "group comparison: matrix is 3 x 3, expected 4 x 4",
        ),
        (_with(("group_matrix",), _DELETE), "give 'group_matrix' (4 x 4 in the order S, W, O, T)"),
        (
            {**_with(("group_matrix",), _DELETE), "group_weights": {"S": 1, "W": 1, "O": 1}},
            "no weight for 'T'",
        ),
        ({"group_matrix": [[1]]}, "'groups' is missing"),
        (
            {**_base(), "strategies": {"names": ["A"], "scores": [[1, 2, 3]]}},
            "strategy 'A' needs 7 scores, one per factor",
        ),
        (
            {**_base(), "strategies": {"names": ["A"], "scores": [[1, 2, 3, 4, None, 6, 7]]}},
            "strategy 'A', factor 'o1': score None is not a finite number",
        ),
    ],
)
def test_bad_input_gives_one_clear_line(data: dict[str, Any], message: str) -> None:
    with pytest.raises(DecisionError) as info:
        awot_input_from_json(data).run()
    text = str(info.value)
    assert message in text
    assert "\n" not in text


def test_engine_rejects_a_group_comparison_not_over_swot() -> None:
    groups = {g: Comparison((f"{g}1",)) for g in SWOT}
    with pytest.raises(InputError, match="must be over exactly the groups S, W, O, T"):
        awot(groups, Comparison.from_weights({"S": 1, "W": 1, "O": 1}))
    with pytest.raises(InputError, match="strategies: factor 'zz' is not one of the SWOT"):
        awot(
            groups,
            Comparison.from_weights(dict.fromkeys(SWOT, 1)),
            strategies=StrategyScores(("A",), ("zz",), [[1]]),
        )
