"""A'WOT strategy options compared pairwise with respect to each SWOT factor.

Kangas, J., Pesonen, M., Kurttila, M. & Kajanus, M. (2001) A'WOT: integrating the AHP with
SWOT analysis. ISAHP 2001, Bern: the strategy options are compared pairwise with respect to
each SWOT factor; a strategy's priority is the sum over factors of the factor's global
priority times the strategy's local priority.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decision.ahp import SAATY_SCALE
from decision.awot import (
    SWOT,
    Comparison,
    StrategyComparisons,
    awot,
    awot_input_from_json,
    strategy_priorities,
)
from decision.errors import DecisionError, InputError

FACTORS = {"S": ("harbour",), "W": ("parking",), "O": ("cruise visitors",), "T": ("mall",)}
GROUP_WEIGHTS = {"S": 0.4, "W": 0.3, "O": 0.2, "T": 0.1}


def _groups() -> dict[str, Comparison]:
    return {g: Comparison(FACTORS[g]) for g in SWOT}


def test_hand_computed_two_strategies() -> None:
    """One factor per group: global priorities are the group weights 0.4, 0.3, 0.2, 0.1.

    A over B: 3 on 'harbour' (0.75 / 0.25), 1 on 'parking' (0.5 / 0.5), 1/3 on 'cruise
    visitors' (0.25 / 0.75), equal weights on 'mall'. A = 0.4*0.75 + 0.3*0.5 + 0.2*0.25 +
    0.1*0.5 = 0.55, B = 0.45.
    """
    names = ("A", "B")
    comps = StrategyComparisons(
        names,
        {
            "harbour": Comparison.from_matrix(names, [[1, 3], [1 / 3, 1]]),
            "parking": Comparison.from_matrix(names, [[1, 1], [1, 1]]),
            "cruise visitors": Comparison.from_matrix(names, [[1, 1 / 3], [3, 1]]),
            "mall": Comparison.from_weights({"A": 1, "B": 1}),
        },
    )
    r = awot(_groups(), Comparison.from_weights(GROUP_WEIGHTS), strategy_comparisons=comps)
    sp = r.strategy_pairwise
    assert sp is not None
    assert sp.priorities["A"] == pytest.approx(0.55)
    assert sp.priorities["B"] == pytest.approx(0.45)
    assert sp.local["harbour"].weight_map() == pytest.approx({"A": 0.75, "B": 0.25})
    assert sp.cr()["mall"] is None and sp.cr()["harbour"] == pytest.approx(0.0)
    assert sp.ranking()[0][0] == "A"
    out = r.as_dict()["strategy_priorities"]
    assert out["priorities"] == pytest.approx({"A": 0.55, "B": 0.45})
    assert out["local"]["cruise visitors"] == pytest.approx({"A": 0.25, "B": 0.75})


def test_three_strategies_consistent_matrix_and_cr() -> None:
    """A consistent matrix of the ratios 4 : 2 : 1 gives 4/7, 2/7, 1/7 and CR 0."""
    names = ("A", "B", "C")
    m = [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]
    comps = StrategyComparisons(names, {f: Comparison.from_matrix(names, m) for f in FACTORS_ALL})
    sp = strategy_priorities(dict.fromkeys(FACTORS_ALL, 0.25), comps)
    assert [sp.priorities[s] for s in names] == pytest.approx([4 / 7, 2 / 7, 1 / 7])
    assert all(cr == pytest.approx(0.0, abs=1e-12) for cr in sp.cr().values())


FACTORS_ALL = tuple(f for g in SWOT for f in FACTORS[g])


def test_participants_are_aggregated_by_aij() -> None:
    """Two participants, 4 and 1 for A over B: the geometric mean 2 gives 2/3 and 1/3."""
    names = ("A", "B")
    c = Comparison.from_matrices(names, [[[1, 4], [0.25, 1]], [[1, 1], [1, 1]]])
    comps = StrategyComparisons(names, dict.fromkeys(FACTORS_ALL, c))
    sp = strategy_priorities(dict.fromkeys(FACTORS_ALL, 0.25), comps)
    assert sp.priorities["A"] == pytest.approx(2 / 3)
    assert sp.local["harbour"].participants == 2


ratios = st.sampled_from([float(x) for x in SAATY_SCALE] + [1 / float(x) for x in SAATY_SCALE])


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(2, 4),
    data=st.data(),
    weights=st.lists(st.floats(0.01, 1.0), min_size=4, max_size=4),
)
def test_priorities_sum_to_one(n: int, data: Any, weights: list[float]) -> None:
    names = tuple(f"s{k}" for k in range(n))
    comps = {}
    for f in FACTORS_ALL:
        m = np.ones((n, n))
        for i in range(n):
            for j in range(i + 1, n):
                v = data.draw(ratios)
                m[i, j], m[j, i] = v, 1 / v
        comps[f] = Comparison.from_matrix(names, m.tolist())
    total = sum(weights)
    gp = {f: w / total for f, w in zip(FACTORS_ALL, weights, strict=True)}
    sp = strategy_priorities(gp, StrategyComparisons(names, comps))
    assert sum(sp.priorities.values()) == pytest.approx(1.0)
    assert all(v > 0 for v in sp.priorities.values())


@settings(max_examples=30, deadline=None)
@given(n=st.integers(1, 6), weights=st.lists(st.floats(0.01, 1.0), min_size=4, max_size=4))
def test_equal_judgments_give_equal_priorities(n: int, weights: list[float]) -> None:
    names = tuple(f"s{k}" for k in range(n))
    ones = np.ones((n, n)).tolist()
    comps = {f: Comparison.from_matrix(names, ones) for f in FACTORS_ALL} if n > 1 else {}
    total = sum(weights)
    gp = {f: w / total for f, w in zip(FACTORS_ALL, weights, strict=True)}
    sp = strategy_priorities(gp, StrategyComparisons(names, comps))
    assert list(sp.priorities.values()) == pytest.approx([1 / n] * n)


def test_json_contract_with_comparisons() -> None:
    data = {
        "groups": {g: {"factors": list(FACTORS[g])} for g in SWOT},
        "group_weights": GROUP_WEIGHTS,
        "strategies": {
            "names": ["A", "B"],
            "comparisons": {
                "harbour": {"matrix": [[1, 3], [1 / 3, 1]]},
                "parking": {"matrices": [[[1, 1], [1, 1]], [[1, 1], [1, 1]]]},
                "cruise visitors": {"matrix": [[1, None], [3, 1]]},
                "mall": {"weights": {"A": 1, "B": 1}},
            },
        },
    }
    out = awot_input_from_json(data).run().as_dict()
    assert out["strategy_priorities"]["priorities"] == pytest.approx({"A": 0.55, "B": 0.45})
    assert out["strategy_priorities"]["participants"]["parking"] == 2
    assert "strategies" not in out  # no scores given


@pytest.mark.parametrize(
    ("comparisons", "message"),
    [
        ({"harbour": {"matrix": [[1, 3], [1 / 3, 1]]}}, "no pairwise comparison"),
        ({f: {"matrix": [[1, 2], [0.5, 1]]} for f in (*FACTORS_ALL, "x")}, "'x' is not one"),
        ({f: {"matrix": [[1, 2], [0.4, 1]]} for f in FACTORS_ALL}, "reciprocal"),
        ({f: {"matrix": [[1, 2, 1], [0.5, 1, 1], [1, 1, 1]]} for f in FACTORS_ALL}, "harbour"),
        ([1, 2], "expected {factor"),
    ],
)
def test_bad_comparisons_are_one_line_errors(comparisons: Any, message: str) -> None:
    data = {
        "groups": {g: {"factors": list(FACTORS[g])} for g in SWOT},
        "group_weights": GROUP_WEIGHTS,
        "strategies": {"names": ["A", "B"], "comparisons": comparisons},
    }
    with pytest.raises(DecisionError) as err:
        awot_input_from_json(data).run()
    assert message in str(err.value) and "\n" not in str(err.value)


def test_duplicate_strategy_is_refused() -> None:
    with pytest.raises(InputError, match="appears twice"):
        strategy_priorities({"f": 1.0}, StrategyComparisons(("A", "A"), {}))
