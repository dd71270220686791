"""DEMATEL engine: published examples, invariants (hypothesis) and bad input."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decision.dematel import (
    DematelResult,
    average_experts,
    dematel,
    dematel_input_from_json,
)
from decision.errors import DecisionError, InputError, MethodError

SHARED = Path(__file__).resolve().parent / "reference"  # copies of ../shared/reference


def onlineoutput() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SHARED / "dematel_onlineoutput_5x5.json").read_text())
    return data


# ---- published examples -------------------------------------------------------------


def test_onlineoutput_5x5_normaliser_and_normalised_matrix() -> None:
    """soft.onlineoutput.com DEMATEL report, project 8733_394698 (web tool output).

    Published: the 5 x 5 direct-relation matrix (LDRS, STFLX, COLLB, TECHL, ABSCAP),
    k = 12 (largest of all row and column sums: column COLLB) and the normalised matrix
    to 3 decimals (e.g. 4/12 = 0.333).
    """
    c = onlineoutput()
    r = dematel(c["inputs"]["factors"], [c["inputs"]["direct_relation_matrix"]])
    assert r.normaliser == 12.0
    np.testing.assert_allclose(
        r.normalized, c["expected_outputs"]["normalised_matrix_rounded3"], atol=5e-4
    )
    # the largest row sum is 9 (COLLB and ABSCAP): max_row divides by 9 instead
    assert dematel(
        c["inputs"]["factors"], [c["inputs"]["direct_relation_matrix"]], normalization="max_row"
    ).normaliser == pytest.approx(9.0)


def test_onlineoutput_5x5_total_relation_d_r() -> None:
    """Same case; T, D, R, D+R, D-R as recorded in ../shared/reference (4 decimals).

    The reference marks T, D and R as derived from the published matrix, not printed by
    the source; they agree with N (I - N)^-1 of the published normalised matrix.
    """
    c = onlineoutput()
    e = c["expected_outputs"]
    r = dematel(c["inputs"]["factors"], [c["inputs"]["direct_relation_matrix"]])
    np.testing.assert_allclose(r.total, e["total_relation_T"], atol=1e-4)
    np.testing.assert_allclose(r.d, e["D"], atol=1e-4)
    np.testing.assert_allclose(r.r, e["R"], atol=1e-4)
    np.testing.assert_allclose(r.prominence, e["D_plus_R"], atol=1e-4)
    np.testing.assert_allclose(r.relation, e["D_minus_R"], atol=1e-4)
    # sign of D - R: LDRS, STFLX, ABSCAP give more influence than they receive
    assert r.causes == ("LDRS", "STFLX", "ABSCAP")
    assert r.effects == ("COLLB", "TECHL")


# Celikbilek, Y. (2018) Cok Kriterli Karar Verme Yontemleri, Aciklamali ve Karsilastirmali
# Saglik Bilimleri Uygulamalari ile (ed. M. Ozdemir), Nobel Kitabevi, Ankara: the 10 x 10
# direct-relation matrix and the weights printed in the documentation of JMcDM's `dematel`
# (jbytecode/JMcDM, src/dematel.jl), which divides by the largest row or column sum and
# weights by sqrt((D+R)^2 + (D-R)^2) normalised -- our defaults.
CELIKBILEK_K = [
    [0, 3, 0, 2, 0, 0, 0, 0, 3, 0],
    [3, 0, 0, 0, 0, 0, 0, 0, 0, 2],
    [4, 1, 0, 2, 1, 3, 1, 2, 3, 2],
    [4, 1, 4, 0, 1, 2, 0, 1, 0, 0],
    [3, 2, 3, 1, 0, 3, 0, 2, 0, 0],
    [4, 1, 4, 4, 0, 0, 0, 1, 1, 3],
    [3, 0, 0, 0, 0, 2, 0, 0, 0, 0],
    [3, 0, 4, 3, 2, 3, 1, 0, 0, 0],
    [4, 3, 2, 0, 0, 1, 0, 0, 0, 2],
    [2, 1, 0, 0, 0, 0, 0, 0, 3, 0],
]
CELIKBILEK_WEIGHTS = [
    0.1686568559124561,
    0.07991375718719543,
    0.14006200243438863,
    0.10748052790517183,
    0.08789022388276985,
    0.12526272598854982,
    0.03067915023486491,
    0.10489168834828348,
    0.092654758940811,
    0.06250830916550884,
]


def test_celikbilek_2018_weights_as_published_by_jmcdm() -> None:
    """Celikbilek (2018) 10-criteria example, weights as printed in JMcDM's documentation."""
    factors = [f"C{i + 1}" for i in range(10)]
    r = dematel(factors, [CELIKBILEK_K])
    np.testing.assert_allclose(r.weights, CELIKBILEK_WEIGHTS, atol=1e-12)
    # the largest column sum (criterion 1 receives 30) is above every row sum (max 19)
    assert r.normaliser == 30.0


# ---- conventions, options, several experts ---------------------------------------------


def test_prominence_weighting_and_user_threshold() -> None:
    c = onlineoutput()
    f, m = c["inputs"]["factors"], c["inputs"]["direct_relation_matrix"]
    r = dematel(f, [m], weighting="prominence", threshold=0.4)
    np.testing.assert_allclose(r.weights, r.prominence / r.prominence.sum())
    assert r.threshold == 0.4 and r.threshold_source == "set by the user"
    arcs = r.arcs()
    assert [(a.source, a.target) for a in arcs] == [
        ("ABSCAP", "TECHL"),
        ("COLLB", "TECHL"),
        ("ABSCAP", "COLLB"),
        ("LDRS", "COLLB"),
        ("STFLX", "COLLB"),
        ("COLLB", "ABSCAP"),
    ]
    assert all(a.value > 0.4 for a in arcs)


def test_default_threshold_is_mean_of_t_and_arcs_skip_the_diagonal() -> None:
    c = onlineoutput()
    r = dematel(c["inputs"]["factors"], [c["inputs"]["direct_relation_matrix"]])
    assert r.threshold == pytest.approx(float(np.mean(r.total)))
    # T[COLLB, COLLB] = 0.2343 is above the mean 0.2172 but is no arc of the map
    assert r.total[2, 2] > r.threshold
    assert ("COLLB", "COLLB") not in {(a.source, a.target) for a in r.arcs()}
    assert len(r.arcs()) == 10


def test_several_experts_are_averaged_element_wise() -> None:
    a = [[0, 4, 2], [1, 0, 3], [0, 2, 0]]
    b = [[0, 2, 2], [3, 0, 1], [2, 0, 0]]
    x = average_experts(["p", "q", "r"], [a, b])
    np.testing.assert_allclose(x, [[0, 3, 2], [2, 0, 2], [1, 1, 0]])
    assert dematel(["p", "q", "r"], [a, b]).experts == 2


def test_as_dict_follows_the_cli_contract() -> None:
    c = onlineoutput()
    out = dematel(c["inputs"]["factors"], [c["inputs"]["direct_relation_matrix"]]).as_dict()
    for key in (
        "normaliser",
        "total_relation",
        "D",
        "R",
        "prominence",
        "relation",
        "weights",
        "threshold",
        "causes",
        "effects",
    ):
        assert key in out
    assert set(out["D"]) == set(c["inputs"]["factors"])
    assert json.loads(json.dumps(out)) == out  # plain JSON


def test_other_scale_when_allowed() -> None:
    m = [[0, 7, 1], [2, 0, 9], [0, 3, 0]]
    with pytest.raises(InputError, match=r"outside the scale 0\.\.4"):
        dematel(["a", "b", "c"], [m])
    r = dematel(["a", "b", "c"], [m], scale=(0, 9))
    assert r.normaliser == 11.0  # row b: 2 + 9; the largest column sum is 10


# ---- invariants (hypothesis) ---------------------------------------------------------


@st.composite
def influence_matrices(draw: st.DrawFn) -> tuple[list[str], list[list[list[float]]]]:
    n = draw(st.integers(min_value=2, max_value=8))
    experts = draw(st.integers(min_value=1, max_value=3))
    cell = st.integers(min_value=0, max_value=4) | st.floats(min_value=0, max_value=4)
    mats = []
    for _ in range(experts):
        m = [[0.0 if i == j else float(draw(cell)) for j in range(n)] for i in range(n)]
        if all(v == 0 for row in m for v in row):  # every expert sees some influence
            m[0][1] = 1.0
        mats.append(m)
    return [f"F{i}" for i in range(n)], mats


def _run(factors: list[str], mats: list[list[list[float]]], **kw: Any) -> DematelResult | None:
    try:
        return dematel(factors, mats, **kw)
    except MethodError:  # spectral radius 1 (a closed loop at full strength): said clearly
        return None


@settings(max_examples=200, deadline=None)
@given(influence_matrices(), st.sampled_from(["max_row_col", "max_row"]))
def test_total_relation_is_nonnegative_and_relation_sums_to_zero(
    case: tuple[list[str], list[list[list[float]]]], normalization: str
) -> None:
    factors, mats = case
    r = _run(factors, mats, normalization=normalization)
    if r is None:
        return
    assert (r.total >= -1e-12).all()
    assert math.isclose(float(r.relation.sum()), 0.0, abs_tol=1e-9 * max(1.0, r.d.sum()))
    # T = N + N T: the series N + N^2 + ... that defines the total relation
    np.testing.assert_allclose(r.total, r.normalized + r.normalized @ r.total, atol=1e-9)
    assert set(r.causes) | set(r.effects) == set(factors)
    assert not set(r.causes) & set(r.effects)


@settings(max_examples=200, deadline=None)
@given(influence_matrices(), st.sampled_from(["euclidean", "prominence"]))
def test_weights_sum_to_one(case: tuple[list[str], list[list[list[float]]]], w: str) -> None:
    r = _run(*case, weighting=w)
    if r is None:
        return
    assert math.isclose(float(r.weights.sum()), 1.0, rel_tol=1e-12)
    assert (r.weights >= 0).all()


@settings(max_examples=100, deadline=None)
@given(influence_matrices(), st.integers(min_value=2, max_value=4))
def test_identical_experts_equal_one_expert(
    case: tuple[list[str], list[list[list[float]]]], copies: int
) -> None:
    factors, mats = case
    one = _run(factors, [mats[0]])
    if one is None:
        return
    many = dematel(factors, [mats[0]] * copies)
    np.testing.assert_allclose(many.total, one.total, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(many.weights, one.weights, rtol=1e-12)


# ---- bad input: one clear line --------------------------------------------------------

F3 = ["a", "b", "c"]
GOOD = [[0, 1, 2], [3, 0, 1], [2, 2, 0]]


@pytest.mark.parametrize(
    ("factors", "matrices", "message"),
    [
        (F3, [[[0, 1, 2], [3, 0, 1]]], "not square (2 rows x 3 columns)"),
        (F3, [[[0, 1], [3, 0, 1], [2, 2, 0]]], "not square, its rows have 2, 3, 3 entries"),
        (F3, [[[0, 1], [1, 0]]], "matrix is 2 x 2 but there are 3 factors"),
        (
            F3,
            [GOOD, [[0, 1, 2], [3, 2, 1], [2, 2, 0]]],
            "expert 2: an influence matrix with a non-zero diagonal: factor 'b' influences "
            "itself with 2 (the diagonal must be 0)",
        ),
        (F3, [[[0, 5, 2], [3, 0, 1], [2, 2, 0]]], "influence of 'a' on 'b': value 5 is outside"),
        (F3, [[[0, -1, 2], [3, 0, 1], [2, 2, 0]]], "value -1 is outside the scale 0..4"),
        (F3, [[[0, float("nan"), 2], [3, 0, 1], [2, 2, 0]]], "value nan is not a finite"),
        (F3, [[[0, "high", 2], [3, 0, 1], [2, 2, 0]]], "value 'high' is not a number"),
        (F3, [[[0, None, 2], [3, 0, 1], [2, 2, 0]]], "value is missing (null)"),
        (F3, [[[0, True, 2], [3, 0, 1], [2, 2, 0]]], "value True is not a number"),
        (["a", "a", "c"], [GOOD], "factors: 'a' appears twice"),
        (["a"], [[[0]]], "at least 2 factors"),
        (F3, [], "the list is empty"),
        (F3, [[[0, 0, 0], [0, 0, 0], [0, 0, 0]]], "all zeros"),
    ],
)
def test_bad_input_gives_one_clear_line(
    factors: list[str], matrices: list[Any], message: str
) -> None:
    with pytest.raises(DecisionError) as info:
        dematel(factors, matrices)
    text = str(info.value)
    assert message in text
    assert "\n" not in text


def test_singular_i_minus_n_names_the_spectral_radius() -> None:
    # a closed loop at full strength: every row and column sums to k, so rho(N) = 1
    with pytest.raises(MethodError, match=r"spectral radius 1 \(must be below 1\)"):
        dematel(["a", "b"], [[[0, 4], [4, 0]]])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"normalization": "sum"}, "normalization 'sum' is unknown; choose one of max_row_col"),
        ({"weighting": "entropy"}, "weighting 'entropy' is unknown"),
        ({"threshold": float("inf")}, "threshold inf is not a finite number"),
        ({"threshold": "mean"}, "threshold 'mean' is not a number"),
        ({"scale": (-1, 4)}, "scale: -1..4 is not allowed"),
    ],
)
def test_bad_options(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message):
        dematel(F3, [GOOD], **kwargs)


def test_expert_names_in_messages() -> None:
    bad = [[0, 1, 2], [3, 0, 1], [2, 2, 1]]
    with pytest.raises(InputError, match="expert 'Chamber': an influence matrix with a non-zero"):
        dematel(F3, [GOOD, bad], expert_names=["Town hall", "Chamber"])


def test_json_input_contract() -> None:
    inp = dematel_input_from_json(
        {"factors": F3, "matrices": [GOOD, GOOD], "weighting": "prominence", "threshold": 0.3}
    )
    r = inp.run()
    assert r.experts == 2 and r.weighting == "prominence" and r.threshold == 0.3
    with pytest.raises(InputError, match="give either 'matrix'"):
        dematel_input_from_json({"factors": F3, "matrix": GOOD, "matrices": [GOOD]})
    with pytest.raises(InputError, match="'factors' is missing"):
        dematel_input_from_json({"matrix": GOOD})
