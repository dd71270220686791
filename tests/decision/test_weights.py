"""Objective weighting: published examples, agreement with pymcdm, invariants and bad input."""

from __future__ import annotations

import dataclasses
import math
import subprocess
import sys
from collections.abc import Callable

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pymcdm import weights as pw

from decision.errors import DecisionError, InputError, MethodError
from decision.problem import Alternative, Criterion, Problem
from decision.weights import WEIGHTING_METHODS, compute_weights, get_weighting_method
from tests.decision.helpers import make_problem, reference

DATA_METHODS = [k for k, spec in WEIGHTING_METHODS.items() if spec.uses_data]


def _minmax(x: np.ndarray) -> np.ndarray:
    return (x - x.min(axis=0)) / (x.max(axis=0) - x.min(axis=0))


# -- published examples ----------------------------------------------------------------


def _check_published(name: str, method: str) -> None:
    case = reference(name)
    result = compute_weights(np.array(case["matrix"], dtype=float), method, case["types"])
    expected = case["expected"]
    np.testing.assert_allclose(
        result.weights, expected["weights"], rtol=0, atol=expected["tolerance"]
    )


def test_entropy_elsayed_2017() -> None:
    # Elsayed, Dawood & Karthikeyan (2017) Int. J. Eng. Trends Technol. 46(2):60-66,
    # entropy weights 0.104991, 0.069124, 0.071373, 0.449937, 0.304575.
    _check_published("entropy_elsayed_2017", "entropy")


@pytest.mark.parametrize(
    "name",
    [
        # Xu (2004) EJOR 156(2):530-532: 0.4630, 0.3992, 0.1378, 0.0000
        "entropy_xu_2004",
        # Zavadskas & Podvezko (2016) IJITDM 15(2):267-283: 0.1146, 0.1981, 0.4185, 0.2689
        "entropy_zavadskas_podvezko_2016",
        # Ersoy (2021) LogForum 17(3): 0.405, 0.221, 0.134, 0.199, 0.007, 0.034
        "entropy_ersoy_2021",
        # Lee & Chang (2018) Renew. Sustain. Energy Rev. 92:883-896, ten criteria
        "entropy_lee_chang_2018",
    ],
)
def test_entropy_more_published_examples(name: str) -> None:
    _check_published(name, "entropy")


def test_critic_tus_adali_2019_as_published_with_benefit_types() -> None:
    # Tuş & Adalı (2019) Opsearch 56(2):528-538: 0.157, 0.249, 0.168, 0.121, 0.154, 0.151.
    # The paper normalised every column as a benefit, so the reference lists all as benefit.
    _check_published("critic_tus_adali_2019", "critic")


def test_critic_tus_adali_2019_with_price_as_cost() -> None:
    # Same data with C1 (purchase price) a cost criterion and Diakoulaki's direction-aware
    # normalisation. These four-decimal figures are recorded in the shared reference file as
    # an independent computation; the paper does not print them.
    case = reference("critic_tus_adali_2019")
    types = ["cost", *case["types"][1:]]
    result = compute_weights(np.array(case["matrix"], dtype=float), "critic", types)
    expected = case["expected"]["weights_if_C1_cost_direction_aware"]
    np.testing.assert_allclose(result.weights, expected, rtol=0, atol=5e-5)
    published = case["expected"]["weights"]
    assert np.max(np.abs(result.weights - published)) > 0.02  # direction changes the answer


def test_critic_akcakanat_2018_needs_direction() -> None:
    # Akçakanat, Aksoy & Teker (2018) SDÜ Sosyal Bilimler Enstitüsü Dergisi 1(32):1-24, with
    # C3 a cost criterion: 0.16883925, 0.418444976, 0.249124763, 0.163591012.
    _check_published("critic_akcakanat_2018", "critic")
    case = reference("critic_akcakanat_2018")
    ignoring_direction = pw.critic_weights(np.array(case["matrix"], dtype=float))
    assert np.max(np.abs(ignoring_direction - case["expected"]["weights"])) > 0.01


def test_std_jahan_edwards_2013() -> None:
    # Jahan & Edwards (2013) Materials & Design 49:1000-1008: 0.35, 0.31, 0.34.
    _check_published("std_jahan_edwards_2013", "std")


def test_std_aydin_2020_uses_normalised_values() -> None:
    # Aydın (2020) Equinox J. Econ. Bus. Polit. Stud. 7(2):160-176, SD weights of eight bank
    # indicators: 0.116, 0.117, 0.125, 0.137, 0.133, 0.116, 0.125, 0.131. Seven agree to
    # 0.0008; the sixth recomputes to 0.114 from the transcribed data (tolerance 0.0025).
    # Raw-value standard deviations (pymcdm's definition) would give 0.77 to one criterion.
    _check_published("std_aydin_2020", "std")


def test_merec_keshavarz_ghorabaee_2021() -> None:
    # Keshavarz-Ghorabaee et al. (2021) Symmetry 13(4):525, illustrative example:
    # 0.5752, 0.0141, 0.4016, 0.0091 (C1, C2 benefit; C3, C4 cost).
    _check_published("merec_keshavarz_ghorabaee_2021", "merec")


def test_gini_baczkiewicz_2021() -> None:
    # Bączkiewicz, Wątróbski, Kizielewicz & Sałabun (2021), camera selection, Springer
    # LNBIP: eleven Gini weights 0.0362 ... 0.1690.
    _check_published("gini_baczkiewicz_2021", "gini")


def test_equal_weights_are_one_over_n_and_ignore_the_values() -> None:
    problem = make_problem(np.full((3, 4), np.nan), [1, -1, 1, 1])
    result = compute_weights(problem, "equal")
    assert result.weights.tolist() == [0.25] * 4
    assert result.criterion_ids == ("c1", "c2", "c3", "c4")


# -- agreement with pymcdm ---------------------------------------------------------------


def _random_cases(seed: int, count: int = 25) -> list[tuple[np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(seed)
    cases = []
    for _ in range(count):
        m, n = int(rng.integers(3, 40)), int(rng.integers(2, 9))
        x = rng.uniform(0.5, 100, size=(m, n)) * rng.uniform(0.01, 1000, size=n)
        cases.append((x, rng.choice([-1, 1], size=n)))
    return cases


@pytest.mark.parametrize(
    ("method", "theirs"),
    [
        ("entropy", lambda x, t: pw.entropy_weights(x)),
        ("merec", lambda x, t: pw.merec_weights(x, t)),
        ("variance", lambda x, t: pw.variance_weights(x)),
        ("gini", lambda x, t: pw.gini_weights(x)),
        # pymcdm's SD works on raw values; ours on min-max normalised ones (unit-free)
        ("std", lambda x, t: pw.standard_deviation_weights(_minmax(x))),
    ],
)
def test_agrees_with_pymcdm(
    method: str, theirs: Callable[[np.ndarray, np.ndarray], np.ndarray]
) -> None:
    for x, types in _random_cases(11):
        ours = compute_weights(x, method, types).weights
        np.testing.assert_allclose(ours, theirs(x, types), rtol=0, atol=1e-12)


def test_critic_equals_pymcdm_when_every_criterion_is_a_benefit() -> None:
    for x, types in _random_cases(12):
        ours = compute_weights(x, "critic", np.ones_like(types)).weights
        np.testing.assert_allclose(ours, pw.critic_weights(x), rtol=0, atol=1e-12)


def test_critic_with_cost_criteria_equals_pymcdm_on_negated_cost_columns() -> None:
    # Min-max normalising -x is the reversed normalisation of x, so negating the cost
    # columns turns pymcdm's direction-blind CRITIC into Diakoulaki's.
    for x, types in _random_cases(13):
        ours = compute_weights(x, "critic", types).weights
        np.testing.assert_allclose(ours, pw.critic_weights(x * types), rtol=0, atol=1e-12)


def test_std_equals_pymcdm_on_data_already_spanning_zero_to_one() -> None:
    case = reference("std_jahan_edwards_2013")
    x = np.array(case["matrix"], dtype=float)
    np.testing.assert_allclose(
        compute_weights(x, "std").weights, pw.standard_deviation_weights(x), rtol=0, atol=1e-12
    )


# -- definitions and conventions -------------------------------------------------------


def test_entropy_takes_0_ln_0_as_0() -> None:
    # Columns [0, 1, 1] and [1, 1, 2]: p = (0, 1/2, 1/2) has entropy ln 2 / ln 3 (pymcdm
    # would set it to 0); p = (1/4, 1/4, 1/2) has entropy 1.5 ln 2 / ln 3.
    x = np.array([[0.0, 1.0], [1.0, 1.0], [1.0, 2.0]])
    d1 = 1 - math.log(2) / math.log(3)
    d2 = 1 - 1.5 * math.log(2) / math.log(3)
    result = compute_weights(x, "entropy")
    np.testing.assert_allclose(result.weights, [d1 / (d1 + d2), d2 / (d1 + d2)], atol=1e-15)
    assert any("0 ln 0" in note for note in result.notes)
    # and the zero is the limit of small positive values
    near = compute_weights(np.where(x == 0, 1e-12, x), "entropy").weights
    np.testing.assert_allclose(near, result.weights, atol=1e-9)


@pytest.mark.parametrize("method", ["entropy", "std", "variance", "merec", "gini", "critic"])
def test_a_constant_criterion_gets_weight_0_and_a_note(method: str) -> None:
    rng = np.random.default_rng(5)
    x = rng.uniform(1, 10, size=(8, 4))
    types = np.array([1, -1, 1, 1])
    with_constant = np.insert(x, 2, 7.0, axis=1)
    result = compute_weights(with_constant, method, np.insert(types, 2, 1))
    assert result.weights[2] == 0.0
    assert any("'c3'" in note and "weight 0" in note for note in result.notes)
    if method != "merec":  # MEREC keeps n (constant criteria included) as its divisor
        # the other criteria share the weight as if the constant one were not there
        without = compute_weights(x, method, types).weights
        np.testing.assert_allclose(np.delete(result.weights, 2), without, atol=1e-12)


def test_critic_with_one_varying_criterion_gives_it_all_the_weight() -> None:
    x = np.array([[1.0, 5.0, 3.0], [2.0, 5.0, 3.0], [4.0, 5.0, 3.0]])
    result = compute_weights(x, "critic", [1, 1, -1])
    assert result.weights.tolist() == [1.0, 0.0, 0.0]
    assert any("only criterion 'c1' varies" in note for note in result.notes)


def test_critic_rejects_criteria_that_agree_perfectly() -> None:
    # A cost criterion that falls as a benefit criterion rises agrees with it completely.
    x = np.array([[1.0, 30.0], [2.0, 20.0], [4.0, 0.0]])
    with pytest.raises(MethodError, match=r"'c1', 'c2'.*same way"):
        compute_weights(x, "critic", ["benefit", "cost"])
    opposed = compute_weights(x, "critic", ["benefit", "benefit"]).weights
    np.testing.assert_allclose(opposed, [0.5, 0.5], atol=1e-15)


def test_problem_input_uses_its_leaves_and_directions() -> None:
    criteria = [
        Criterion("economy", is_group=True),
        Criterion("jobs", parent="economy"),
        Criterion("rent", direction="cost", parent="economy"),
        Criterion("access"),
    ]
    alternatives = [Alternative(f"site{i}") for i in range(4)]
    x = [[10, 900, 3], [25, 1200, 5], [18, 700, 2], [30, 1500, 4]]
    problem = Problem.create("towns", criteria, alternatives, x)
    result = compute_weights(problem, "critic")
    assert result.criterion_ids == ("jobs", "rent", "access")
    same = compute_weights(np.array(x, dtype=float), "critic", ["benefit", "cost", "benefit"])
    np.testing.assert_array_equal(result.weights, same.weights)
    assert any("groups are not used" in note for note in result.notes)


def test_result_is_frozen_and_records_conventions() -> None:
    case = reference("critic_tus_adali_2019")
    result = compute_weights(case["matrix"], "critic", case["types"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.method = "entropy"  # type: ignore[misc]
    with pytest.raises(ValueError):
        result.weights[0] = 1.0
    conv = result.conventions.as_dict()
    assert conv["method"].startswith("CRITIC")
    assert "cost criteria reversed" in conv["normalization"]
    assert conv["parameters"]["std_ddof"] == 1
    assert any("Diakoulaki" in note for note in conv["notes"])
    assert set(result.details) == {"std", "information", "correlation"}
    assert result.weight_map()["c2"] == pytest.approx(result.weights[1])


@pytest.mark.parametrize("key", list(WEIGHTING_METHODS))
def test_every_method_states_its_formula(key: str) -> None:
    spec = WEIGHTING_METHODS[key]
    assert spec.label and len(spec.formula) > 20
    assert spec.reference or not spec.uses_data


def test_required_methods_and_aliases_are_registered() -> None:
    assert {"equal", "entropy", "critic", "std", "merec"} <= set(WEIGHTING_METHODS)
    assert get_weighting_method("Standard-Deviation").key == "std"
    assert get_weighting_method(" SD ").key == "std"


def test_importing_the_engine_module_does_not_load_pymcdm() -> None:
    code = "import sys, decision.weights; print('pymcdm' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- bad input -------------------------------------------------------------------------


def test_negative_value_for_entropy_names_the_place() -> None:
    x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, -6.0], [7.0, 8.0, 9.0]])
    with pytest.raises(MethodError, match=r"alternative 'a2', criterion 'c3'.*>= 0") as err:
        compute_weights(x, "entropy")
    assert (err.value.alternative, err.value.criterion) == ("a2", "c3")


def test_zero_value_for_merec_names_the_place() -> None:
    problem = make_problem([[1, 2], [3, 0], [5, 6]], [1, -1])
    with pytest.raises(MethodError, match=r"alternative 'a2', criterion 'c2'.*> 0") as err:
        compute_weights(problem, "merec")
    assert (err.value.alternative, err.value.criterion) == ("a2", "c2")


def test_all_zero_criterion_for_entropy_names_it() -> None:
    x = np.array([[1.0, 0.0], [2.0, 0.0], [3.0, 0.0]])
    with pytest.raises(MethodError, match=r"criterion 'c2': every value is 0") as err:
        compute_weights(x, "entropy")
    assert err.value.criterion == "c2"


def test_every_criterion_constant_is_rejected_by_entropy() -> None:
    with pytest.raises(MethodError, match="every criterion has the same value"):
        compute_weights(np.full((4, 3), 2.5), "entropy")


@pytest.mark.parametrize("method", DATA_METHODS)
def test_nan_names_the_place(method: str) -> None:
    x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, np.nan, 9.0]])
    with pytest.raises(InputError, match=r"alternative 'a3', criterion 'c2'") as err:
        compute_weights(x, method, [1, 1, -1])
    assert (err.value.alternative, err.value.criterion) == ("a3", "c2")


@pytest.mark.parametrize("method", DATA_METHODS)
def test_fewer_than_two_alternatives_is_rejected(method: str) -> None:
    problem = Problem.create(
        "one",
        [Criterion("cost", direction="cost"), Criterion("jobs")],
        [Alternative("only")],
        [[3.0, 4.0]],
    )
    with pytest.raises(MethodError, match=r"at least 2 alternatives.*only 'only'") as err:
        compute_weights(problem, method)
    assert err.value.alternative == "only"


def test_unknown_method_and_swapped_arguments() -> None:
    with pytest.raises(MethodError, match="choose one of equal, entropy, critic"):
        compute_weights(np.ones((3, 2)), "ahp")
    with pytest.raises(MethodError, match=r"compute_weights\(data, method, types\)"):
        compute_weights(np.ones((3, 2)), [1, -1], "critic")  # type: ignore[arg-type]


def test_direction_problems_are_reported() -> None:
    x = np.array([[1.0, 2.0], [3.0, 1.0], [2.0, 5.0]])
    with pytest.raises(InputError, match="give types"):
        compute_weights(x, "critic")
    with pytest.raises(InputError, match=r"criterion 'c2': direction 0") as err:
        compute_weights(x, "merec", [1, 0])
    assert err.value.criterion == "c2"
    with pytest.raises(InputError, match="expected 2 criterion directions"):
        compute_weights(x, "merec", [1])


# -- properties --------------------------------------------------------------------------


@st.composite
def matrices(draw: st.DrawFn, min_m: int = 2) -> tuple[np.ndarray, np.ndarray]:
    m = draw(st.integers(min_m, 12))
    n = draw(st.integers(1, 6))
    values = st.floats(min_value=0.01, max_value=1e4, allow_nan=False)
    x = np.array(draw(st.lists(st.lists(values, min_size=n, max_size=n), min_size=m, max_size=m)))
    types = np.array(draw(st.lists(st.sampled_from([1, -1]), min_size=n, max_size=n)))
    return x, types


def _is_documented_refusal(
    x: np.ndarray, types: np.ndarray, method: str, err: DecisionError
) -> bool:
    """Check independently that a refusal is one of the documented degenerate cases."""
    varying = x.max(axis=0) > x.min(axis=0)
    if "every criterion has the same value" in str(err):
        # every criterion constant, or so nearly that the spread is rounding noise
        return bool(np.all(np.ptp(x, axis=0) <= 1e-6 * np.abs(x).max(axis=0)))
    if method == "critic" and "same way" in str(err):
        r = np.corrcoef((x * types)[:, varying], rowvar=False)
        return bool(np.all(r > 1 - 1e-8))
    return False


@settings(max_examples=150, deadline=None)
@given(matrices(), st.sampled_from(list(WEIGHTING_METHODS)))
def test_weights_are_nonnegative_and_sum_to_one(
    case: tuple[np.ndarray, np.ndarray], method: str
) -> None:
    x, types = case
    try:
        w = compute_weights(x, method, types).weights
    except MethodError as err:
        assert _is_documented_refusal(x, types, method, err), str(err)
        return
    assert w.shape == (x.shape[1],)
    assert np.all(w >= 0)
    assert abs(w.sum() - 1.0) < 1e-12


@settings(max_examples=100, deadline=None)
@given(matrices(min_m=3), st.integers(0, 5), st.floats(1e-3, 1e3))
def test_entropy_is_invariant_to_scaling_a_criterion(
    case: tuple[np.ndarray, np.ndarray], col: int, factor: float
) -> None:
    x, _types = case
    col %= x.shape[1]
    scaled = x.copy()
    scaled[:, col] *= factor
    try:
        before = compute_weights(x, "entropy").weights
    except MethodError:
        with pytest.raises(MethodError):
            compute_weights(scaled, "entropy")
        return
    np.testing.assert_allclose(compute_weights(scaled, "entropy").weights, before, atol=1e-9)


@settings(max_examples=100, deadline=None)
@given(matrices(min_m=3), st.integers(0, 5), st.floats(1e-3, 1e3), st.floats(-1e4, 1e4))
def test_critic_is_invariant_to_a_positive_affine_rescaling(
    case: tuple[np.ndarray, np.ndarray], col: int, factor: float, shift: float
) -> None:
    x, types = case
    col %= x.shape[1]
    moved = x.copy()
    moved[:, col] = factor * moved[:, col] + shift
    # keep the column's spread well above rounding of the shifted values
    assume(np.ptp(x[:, col]) > 1e-3 * np.abs(x[:, col]).max())
    try:
        before = compute_weights(x, "critic", types).weights
    except MethodError:
        with pytest.raises(MethodError):
            compute_weights(moved, "critic", types)
        return
    after = compute_weights(moved, "critic", types).weights
    np.testing.assert_allclose(after, before, atol=1e-7)


@settings(max_examples=60, deadline=None)
@given(matrices(min_m=3), st.data())
def test_reordering_rows_and_columns(
    case: tuple[np.ndarray, np.ndarray], data: st.DataObject
) -> None:
    x, types = case
    rows = np.array(data.draw(st.permutations(range(x.shape[0]))))
    cols = np.array(data.draw(st.permutations(range(x.shape[1]))))
    for method in WEIGHTING_METHODS:
        try:
            w = compute_weights(x, method, types).weights
        except MethodError:
            continue
        shuffled = compute_weights(x[rows][:, cols], method, types[cols]).weights
        np.testing.assert_allclose(shuffled, w[cols], atol=1e-9)
