"""The 14 methods delegated to pymcdm against published worked examples.

Each example is a file in ``reference/`` holding the full citation, where the numbers were
transcribed from (pymcdm's or scikit-criteria's test suite, which cite the papers), the
published precision and notes. Expected numbers are the published ones, never output of this
code. A score is compared within one unit of its last published decimal (the papers compute
from rounded intermediate tables, so the last digit may be off by one); the tolerance of each
example is in its file and in the test id. Ranks: 1 = best for every method; for MAIRCA and
SPOTIS the smallest score is best. A published tie lets our ranking order the tied
alternatives either way, nothing else.

Methods without a usable published example: none; each of the 14 has at least one below.

Published examples that cannot be run as published, and what is done instead:

- WASPAS, Chakraborty et al. (2015), 8 x 7 example (pymcdm's test): the published weights sum
  to 1.0155 and the published scores use them un-normalised; the engine always rescales
  weights to sum 1, which changes both the sum and the product part. Only the ranking is
  compared; Example 2 of the same paper (weights summing to 1) is compared score by score.
- SPOTIS, Dezert et al. (2020): the paper fixes bounds wider than the data, our engine takes
  the data's min/max. SPOTIS rankings are not invariant to the bounds in general (a bound
  rescales its criterion's effective weight), so the ranking on the bare data is not compared.
  Instead the paper's ideal and anti-ideal points are added as two extra rows: the data's
  min/max then equal the paper's bounds, and since a SPOTIS score depends only on the
  alternative itself and the bounds (the method's rank-reversal-free property), the published
  alternatives keep their published scores. The same paper's variant with an expected
  solution point cannot be run: our SPOTIS has no such parameter.
- COPRAS, Uysal & İnan (2022), research-assistant example (scikit-criteria's test): one
  alternative has 0 congresses and COPRAS here requires values > 0; not run.
- COPRAS, Więckowski & Szyjewski (2022): only the ranking is transcribed; ranking compared.
- PROBID: only full PROBID is exposed, so the paper's sPROBID scores are not used.

COPRAS: pymcdm 1.4 adds the cost sum S-_i to the benefit sum instead of the COPRAS
relative-significance term, so it ranked the wrong air compressor first in Kundakcı & Işık
(2016) and misordered Więckowski & Szyjewski (2022). These examples found it; COPRAS is now
our own implementation (decision.methods.copras), which reproduces both.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from decision.evaluate import rank
from decision.methods.pymcdm_methods import SPECS
from decision.ranks import competition_ranks
from tests.decision.helpers import REFERENCE, make_problem, reference

SMALLER_IS_BETTER = {"MAIRCA", "SPOTIS"}


def _run(case: dict[str, Any], key: str, matrix: Any = None, params: Any = None) -> Any:
    problem = make_problem(
        case["matrix"] if matrix is None else matrix, case["types"], case["weights"], case["name"]
    )
    return rank(problem, key, case["params"] if params is None else params)


def _assert_scores(ours: npt.ArrayLike, published: list[float], tolerance: float) -> None:
    np.testing.assert_allclose(
        np.asarray(ours, dtype=float),
        published,
        rtol=0,
        atol=tolerance,
        err_msg=f"not within {tolerance:g} of the published values",
    )


def _assert_ranking(ours: npt.ArrayLike, published: list[int]) -> None:
    """Our ranks agree with every strict published preference; rank 1 is a published best."""
    ours = np.asarray(ours)
    pub = np.asarray(published)
    wrong = [
        (f"A{i + 1}", f"A{j + 1}")
        for i, j in itertools.permutations(range(pub.size), 2)
        if pub[i] < pub[j] and not ours[i] < ours[j]
    ]
    assert not wrong, f"ours {ours.tolist()} vs published {pub.tolist()}: misordered {wrong}"
    assert set(np.flatnonzero(ours == 1)) <= set(np.flatnonzero(pub == 1))


def _check_case(name: str, key: str) -> None:
    case = reference(name)
    result = _run(case, key)
    assert result.higher_is_better is (case["method"] not in SMALLER_IS_BETTER)
    _assert_scores(result.scores, case["expected"]["scores"], case["tolerance"])
    _assert_ranking(result.ranks, case["expected"]["ranking"])


# (reference file, engine key); the id gives the published precision compared to.
SCORED_EXAMPLES = [
    pytest.param("aras_balezentiene_kusta_2012", "aras", id="aras-balezentiene2012-6dp@1e-5"),
    pytest.param("aras_stanujkic_2015", "aras", id="aras-stanujkic2015-2dp"),
    pytest.param("cocoso_yazdani_2019", "cocoso", id="cocoso-yazdani2019-3dp"),
    pytest.param("codas_badi_2017", "codas", id="codas-badi2017-4dp"),
    pytest.param(
        "codas_keshavarz_ghorabaee_2016_robots", "codas", id="codas-keshavarz2016-robots-4dp"
    ),
    pytest.param(
        "codas_keshavarz_ghorabaee_2016_microclimate",
        "codas",
        id="codas-keshavarz2016-microclimate-3dp",
    ),
    pytest.param("edas_yazdani_2020", "edas", id="edas-yazdani2020-3dp"),
    pytest.param("mabac_pamucar_cirovic_2015", "mabac", id="mabac-pamucar2015-4dp"),
    pytest.param("mairca_aksoy_2021", "mairca", id="mairca-aksoy2021-4dp"),
    pytest.param("mairca_gigovic_2016", "mairca", id="mairca-gigovic2016-4dp"),
    pytest.param("marcos_ulutas_2020", "marcos", id="marcos-ulutas2020-4dp"),
    pytest.param("marcos_stevic_2020", "marcos", id="marcos-stevic2020-3dp"),
    pytest.param("moora_siregar_2021", "moora", id="moora-siregar2021-4dp"),
    pytest.param("ocra_isik_adali_2016", "ocra", id="ocra-isik2016-3dp"),
    pytest.param("probid_wang_2021", "probid", id="probid-wang2021-4dp"),
    pytest.param("ram_sotoudeh_anvari_2023", "ram", id="ram-sotoudeh2023-6dp"),
]


@pytest.mark.parametrize(("name", "key"), SCORED_EXAMPLES)
def test_published_scores_and_ranking(name: str, key: str) -> None:
    _check_case(name, key)


def test_copras_kundakci_isik_2016() -> None:
    """Published to 4 decimals: utility degrees 1, 0.9167, 0.8675, 0.9084, 0.9315, 0.9486.

    pymcdm 1.4 computes Q_i = S+_i + S-_i (its expression (min(S-) * S-_i) /
    (S-_i * (min(S-) / S-_i)) reduces to S-_i), so cost criteria raise the score; it gives
    0.9459, 1, 0.8192, 0.8839, 0.8556, 0.7789 and ranks A2 first instead of A1. Our own
    COPRAS must give the published figures.
    """
    _check_case("copras_kundakci_isik_2016", "copras")


def test_copras_wieckowski_szyjewski_2022_ranking() -> None:
    """Only the published ranking (2, 7, 1, 6, 3, 4, 5) is available; pymcdm misorders it."""
    case = reference("copras_wieckowski_szyjewski_2022")
    _assert_ranking(_run(case, "copras").ranks, case["expected"]["ranking"])


def _with_bound_points(case: dict[str, Any]) -> npt.NDArray[np.float64]:
    """The alternatives plus the paper's ideal and anti-ideal points (best/worst bounds)."""
    bounds = np.asarray(case["bounds"], dtype=float)
    benefit = np.array([t == "benefit" for t in case["types"]])
    ideal = np.where(benefit, bounds[:, 1], bounds[:, 0])
    anti_ideal = np.where(benefit, bounds[:, 0], bounds[:, 1])
    return np.vstack([np.asarray(case["matrix"], dtype=float), ideal, anti_ideal])


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("spotis_dezert_2020_a", id="spotis-dezert2020-a-4dp"),
        pytest.param("spotis_dezert_2020_b", id="spotis-dezert2020-b-4dp"),
    ],
)
def test_spotis_dezert_2020_with_the_papers_bounds(name: str) -> None:
    case = reference(name)
    n = len(case["matrix"])
    result = _run(case, "spotis", matrix=_with_bound_points(case))
    assert result.higher_is_better is False
    # the two added points sit at distance 0 and 1: our bounds are now the paper's bounds
    np.testing.assert_allclose(result.scores[n:], [0.0, 1.0], atol=1e-12)
    _assert_scores(result.scores[:n], case["expected"]["scores"], case["tolerance"])
    assert result.ranks[n] == 1  # the ideal point; the published alternatives follow it
    _assert_ranking(result.ranks[:n] - 1, case["expected"]["ranking"])


WASPAS_EXAMPLE_2 = reference("waspas_chakraborty_2015_example2")


@pytest.mark.parametrize("lam", list(WASPAS_EXAMPLE_2["expected"]["by_lambda"]))
def test_waspas_chakraborty_2015_example_2(lam: str) -> None:
    # published to 4 decimals for each lambda; the ranking is the same for all of them
    case = WASPAS_EXAMPLE_2
    result = _run(case, "waspas", params={"l": float(lam)})
    _assert_scores(result.scores, case["expected"]["by_lambda"][lam], case["tolerance"])
    _assert_ranking(result.ranks, case["expected"]["ranking"])


def test_waspas_chakraborty_2015_8x7_ranking_only() -> None:
    """Scores not comparable (published weights sum to 1.0155, see the module docstring)."""
    case = reference("waspas_chakraborty_2015_8x7")
    assert sum(case["weights"]) == pytest.approx(1.0155)
    _assert_ranking(_run(case, "waspas").ranks, case["expected"]["ranking"])


LABELS = {s.label for s in SPECS} | {"COPRAS"}
PYMCDM_CASES = {
    path.stem: case
    for path in sorted(REFERENCE.glob("*.json"))
    if (case := json.loads(path.read_text())).get("method") in LABELS
}


@pytest.mark.parametrize(
    "name", [n for n, c in PYMCDM_CASES.items() if c["expected"]["scores"] is not None]
)
def test_transcribed_ranking_follows_transcribed_scores(name: str) -> None:
    """Guards against typos: the published ranking is the order of the published scores."""
    case = PYMCDM_CASES[name]
    higher = case["method"] not in SMALLER_IS_BETTER
    order = competition_ranks(case["expected"]["scores"], higher_is_better=higher, tolerance=0.0)
    assert order.tolist() == case["expected"]["ranking"]


def test_every_pymcdm_method_has_a_published_example() -> None:
    assert len(SPECS) == 13  # plus COPRAS, our own since pymcdm's is wrong
    assert {c["method"] for c in PYMCDM_CASES.values()} == LABELS
