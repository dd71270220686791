"""The Huff model: a published example, turnover, the new-store scenario, calibration, errors."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from decision.errors import InputError
from decision.network import reilly_lambda
from decision.retail import (
    Centre,
    HuffInput,
    NewCentre,
    Zone,
    calibrate_lambda,
    huff,
    huff_probabilities,
    new_store_scenario,
    parse_huff,
)

SHARED = Path(__file__).resolve().parent / "reference"  # copies of ../shared/reference


def model(
    spend: list[float],
    attr: list[float],
    dist: list[list[float]],
    gamma: float = 1.0,
    lam: float = 2.0,
) -> HuffInput:
    zones = tuple(Zone(f"z{i + 1}", s) for i, s in enumerate(spend))
    centres = tuple(Centre(f"c{j + 1}", a) for j, a in enumerate(attr))
    return HuffInput(zones, centres, np.array(dist, dtype=float), gamma, lam)


def test_principles_of_retailing_two_centres() -> None:
    """Principles of Retailing, quoted by idealspot.com ("What Isaac Newton knew about your
    trade area"): centre A 20,000 sq ft at 3 miles, B 40,000 sq ft at 4 miles, lambda 2;
    attraction 2,222 and 2,500; P(A) = 47 %, P(B) = 53 %.
    (../shared/reference/huff_two_centres_principles_of_retailing.json)"""
    case = json.loads((SHARED / "huff_two_centres_principles_of_retailing.json").read_text())
    i, e = case["inputs"], case["expected_outputs"]
    m = model(
        [100.0],
        [i["attraction_sqft"]["A"], i["attraction_sqft"]["B"]],
        [[i["distance_miles"]["A"], i["distance_miles"]["B"]]],
        i["gamma"],
        i["lambda"],
    )
    r = huff(m)
    assert r.probabilities[0, 0] == pytest.approx(e["probability"]["A"], abs=1e-4)
    assert r.probabilities[0, 1] == pytest.approx(e["probability"]["B"], abs=1e-4)
    assert round(r.probabilities[0, 0], 2) == e["published_rounded"]["A"]
    # The published attractions are the Hansen terms A_j / d^2 of this one zone.
    assert r.accessibility[0] == pytest.approx(e["utility"]["A"] + e["utility"]["B"], abs=0.1)
    assert r.turnover_map() == pytest.approx({"c1": 47.06, "c2": 52.94}, abs=0.01)


def test_hand_computed_two_zones() -> None:
    # z1: u = 5000/4 = 1250 and 12000/64 = 187.5; z2: 5000/36 and 12000/25 = 480.
    r = huff(model([5e6, 3e6], [5000, 12000], [[2, 8], [6, 5]]))
    p1 = 1250 / (1250 + 187.5)
    p2 = (5000 / 36) / (5000 / 36 + 480)
    assert r.probabilities[:, 0] == pytest.approx([p1, p2])
    assert r.turnover[0] == pytest.approx(5e6 * p1 + 3e6 * p2)
    assert r.market_share.sum() == pytest.approx(1.0)
    assert r.accessibility_map() == pytest.approx({"z1": 1437.5, "z2": 5000 / 36 + 480})


def test_extreme_exponents_do_not_overflow() -> None:
    p = huff_probabilities(np.array([1e9, 1.0]), np.array([[1e-3, 1e6]]), 5.0, 40.0)
    assert np.isfinite(p).all() and p.sum() == pytest.approx(1.0)
    assert p[0, 0] == pytest.approx(1.0)


def test_exponential_accessibility() -> None:
    zones, centres = (Zone("z", 1.0),), (Centre("a", 100.0), Centre("b", 50.0))
    m = HuffInput(zones, centres, np.array([[1.0, 2.0]]), decay="exponential", decay_parameter=0.5)
    assert huff(m).accessibility[0] == pytest.approx(100 * math.exp(-0.5) + 50 * math.exp(-1))


def test_new_store_takes_turnover_and_flags_big_losses() -> None:
    m = model([1000.0, 1000.0], [100.0, 100.0], [[1, 10], [10, 1]])
    s = new_store_scenario(m, NewCentre("new", 100.0, [1.0, 100.0]))
    imp = s.impact_map()
    # z1 now splits between c1 and new (equal utility 100), c2's share from z1 is tiny.
    assert imp["c1"].after < imp["c1"].before
    assert imp["c1"].change_pct == pytest.approx(
        (imp["c1"].after - imp["c1"].before) / imp["c1"].before * 100
    )
    assert imp["c1"].flagged and imp["c1"].change_pct < -10
    assert not imp["c2"].flagged and imp["c2"].change_pct > -10
    total = sum(x.after for x in s.impacts) + s.new_centre_turnover
    assert total == pytest.approx(2000.0)


def test_flag_threshold_is_inclusive() -> None:
    # one zone, two equal centres at distance 1; a third equal one takes exactly 1/3 of each.
    m = model([300.0], [1.0, 1.0], [[1, 1]])
    s = new_store_scenario(m, NewCentre("n", 1.0, [1.0]), threshold_pct=100 / 3)
    assert all(x.flagged for x in s.impacts)
    s = new_store_scenario(m, NewCentre("n", 1.0, [1.0]), threshold_pct=34)
    assert not any(x.flagged for x in s.impacts)


def test_calibration_recovers_lambda() -> None:
    dist = [[2, 5, 9], [6, 3, 7], [8, 6, 2], [4, 4, 4]]
    m = model([1, 1, 1, 1], [3000, 5000, 2000], dist, lam=1.0)
    observed = huff_probabilities(m.attractiveness, m.distance, 1.0, 1.7)
    cal = calibrate_lambda(m, observed.tolist())
    assert cal.lam == pytest.approx(1.7, abs=1e-5)
    assert cal.sse == pytest.approx(0.0, abs=1e-12)
    assert not cal.at_bound and cal.n_observations == 12


def test_calibration_skips_unknown_cells() -> None:
    m = model([1, 1], [3000, 5000], [[2, 5], [6, 3]])
    obs = huff_probabilities(m.attractiveness, m.distance, 1.0, 2.5).tolist()
    obs[1][0] = None
    cal = calibrate_lambda(m, obs)
    assert cal.lam == pytest.approx(2.5, abs=1e-5) and cal.n_observations == 3


def test_reilly_inverse_problem_matches_huff_calibration() -> None:
    """REAT man/reilly.Rd (Converse 1949 example): relation 0.9143555 with gamma 1 gives
    lambda 2 (../shared/reference/reilly_law_converse1949.json). The same lambda comes out
    of the Huff calibration, Reilly being the two-centre Huff model."""
    case = json.loads((SHARED / "reilly_law_converse1949.json").read_text())
    i, e = case["inputs"], case["expected_outputs"]
    lam = reilly_lambda(e["published_relation_ab"], i["P_a"], i["P_b"], i["D_a"], i["D_b"])
    assert lam == pytest.approx(2.0, abs=1e-5)
    m = model([1.0], [i["P_a"], i["P_b"]], [[i["D_a"], i["D_b"]]])
    cal = calibrate_lambda(m, [[e["prop_a"], e["prop_b"]]])
    assert cal.lam == pytest.approx(2.0, abs=1e-3)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"origins": []}, "origins: expected a non-empty list"),
        (
            {
                "destinations": [
                    {"id": "c1", "attractiveness": 0},
                    {"id": "c2", "attractiveness": 1},
                ]
            },
            "centre 'c1', attractiveness: 0 must be > 0",
        ),
        ({"distance": [[1, -2]]}, "distance from zone 'z1' to centre 'c2': -2 must be > 0"),
        ({"distance": [[1, 0]]}, "distance from zone 'z1' to centre 'c2': 0 must be > 0"),
        ({"distance": [[1, 2, 3]]}, "distance row of zone 'z1': 3 values for 2 centres"),
        ({"distance": [[1, 2], [3, 4]]}, "distance: 2 rows for 1 zones"),
        (
            {"distance": [[1, "x"]]},
            "distance from zone 'z1' to centre 'c2': text 'x', not a number",
        ),
        ({"distance": [[1, float("nan")]]}, "distance from zone 'z1' to centre 'c2': nan"),
        ({"origins": [{"id": "z1", "spending": None}]}, "zone 'z1', spending: missing (null)"),
        ({"origins": [{"id": "z1", "spending": -5}]}, "zone 'z1', spending: -5 must be >= 0"),
        (
            {
                "destinations": [
                    {"id": "c1", "attractiveness": 1},
                    {"id": "c1", "attractiveness": 1},
                ]
            },
            "centre 'c1': the id appears twice",
        ),
        ({"lambda": -1}, "lambda: -1 must be >= 0"),
        (
            {"new_destination": {"id": "c1", "attractiveness": 5, "distance": [1]}},
            "new centre 'c1': an existing centre has this id",
        ),
        (
            {"new_destination": {"id": "n", "attractiveness": 5, "distance": [1, 2]}},
            "new centre 'n': 2 distances for 1 zones",
        ),
        (
            {"new_destination": {"id": "n", "attractiveness": 0, "distance": [1]}},
            "centre 'n', attractiveness: 0 must be > 0",
        ),
        ({"observed_shares": [[1.5, 0]]}, "observed share of zone 'z1' at centre 'c1': 1.5"),
        (
            {"accessibility": {"decay": "gauss"}},
            "decay 'gauss': expected one of power, exponential",
        ),
    ],
)
def test_bad_input_gives_one_line_naming_the_place(data: dict, message: str) -> None:
    base = {
        "origins": [{"id": "z1", "spending": 100}],
        "destinations": [{"id": "c1", "attractiveness": 1}, {"id": "c2", "attractiveness": 2}],
        "distance": [[1, 2]],
    }
    from decision.retail import run_huff

    with pytest.raises(InputError) as err:
        run_huff(parse_huff({**base, **data}))
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_golden_section_finds_the_minimum_of_a_parabola() -> None:
    from decision.retail.calibration import golden_section

    x, fx = golden_section(lambda t: (t - 1.234567) ** 2 + 0.5, 0.0, 10.0, tol=1e-10)
    assert x == pytest.approx(1.234567, abs=1e-8)
    assert fx == pytest.approx(0.5)
