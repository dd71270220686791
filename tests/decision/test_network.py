"""The settlement network: Converse, Reilly, gravity, Hansen accessibility, Davies' index."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from decision.errors import InputError
from decision.network import (
    NetworkInput,
    NetworkSettings,
    Town,
    analyse_network,
    breaking_point,
    functional_index,
    gravity_matrix,
    hansen_accessibility,
    parse_network,
    reilly,
)

SHARED = Path(__file__).resolve().parent / "reference"  # copies of ../shared/reference


def test_converse_breaking_point_huff_1962() -> None:
    """Huff (1962), "Determination of Intra-Urban Retail Trade Areas", example reproduced in
    the R package REAT (man/converse.Rd): P_a 400,000, P_b 200,000, 80 miles apart; formula of
    Converse (1949), J. Marketing 14(3). Breaking point 46.863 miles from a, 33.137 from b.
    (../shared/reference/converse_breaking_point_huff1962.json)"""
    case = json.loads((SHARED / "converse_breaking_point_huff1962.json").read_text())
    i, e = case["inputs"], case["expected_outputs"]
    from_a, from_b = breaking_point(i["P_a"], i["P_b"], i["D_ab"])
    assert from_a == pytest.approx(e["breaking_point_from_a"], abs=1e-3)
    assert from_b == pytest.approx(e["breaking_point_from_b"], abs=1e-3)
    assert from_a + from_b == pytest.approx(e["check_sum"])
    net = NetworkInput(
        (Town("A", i["P_a"]), Town("B", i["P_b"])),
        np.array([[0, i["D_ab"]], [i["D_ab"], 0]], dtype=float),
    )
    bp = analyse_network(net).breaking_points[0]
    assert (bp.a, bp.b) == ("A", "B")
    assert bp.from_a == pytest.approx(e["breaking_point_from_a"], abs=1e-3)


def test_reilly_converse_1949() -> None:
    """Converse (1949) example in REAT man/reilly.Rd: P_a 39,851 at 27 miles, P_b 37,366 at
    25 miles; relation B_a/B_b = 0.9143555 (lambda 2). (../shared/reference/reilly_law_converse1949.json)"""
    case = json.loads((SHARED / "reilly_law_converse1949.json").read_text())
    i, e = case["inputs"], case["expected_outputs"]
    r = reilly(i["P_a"], i["P_b"], i["D_a"], i["D_b"], gamma=i["gamma"], lam=i["lambda"])
    assert r.relation == pytest.approx(e["published_relation_ab"], abs=1e-6)
    assert r.share_a == pytest.approx(e["prop_a"], abs=1e-5)
    assert r.share_b == pytest.approx(e["prop_b"], abs=1e-5)


def test_gravity_matrix_by_hand() -> None:
    g = gravity_matrix(
        np.array([100.0, 200.0, 50.0]),
        np.array([[0, 10, 20], [10, 0, 5], [20, 5, 0]], dtype=float),
        2.0,
    )
    assert g[0, 1] == pytest.approx(100 * 200 / 100)
    assert g[1, 2] == pytest.approx(200 * 50 / 25)
    assert g[0, 2] == pytest.approx(100 * 50 / 400)
    assert np.diag(g).tolist() == [0, 0, 0]


def test_hansen_power_and_exponential() -> None:
    d = np.array([[0, 10, 20], [10, 0, 5], [20, 5, 0]], dtype=float)
    mass = np.array([100.0, 200.0, 50.0])
    a = hansen_accessibility(mass, d, parameter=1.0, exclude_self=True)
    assert a[0] == pytest.approx(200 / 10 + 50 / 20)
    e = hansen_accessibility(mass, d, decay="exponential", parameter=0.1, exclude_self=True)
    assert e[1] == pytest.approx(100 * math.exp(-1) + 50 * math.exp(-0.5))


def test_davies_functional_index_by_hand() -> None:
    # pharmacy: 4 outlets in all -> C = 25; bank: 2 -> C = 50; hospital: 1 -> C = 100
    fi = functional_index(
        ["Koper", "Izola", "Piran"],
        {"pharmacy": [2, 1, 1], "bank": [1, 0, 1], "hospital": [0, 1, 0]},
    )
    assert fi.coefficient_map() == {"pharmacy": 25.0, "bank": 50.0, "hospital": 100.0}
    assert fi.index_map() == {"Koper": 100.0, "Izola": 125.0, "Piran": 75.0}
    assert fi.index.sum() == pytest.approx(300.0)


def test_network_settings_and_reilly_rows() -> None:
    net = parse_network(
        {
            "towns": [
                {"id": "a", "population": 100},
                {"id": "b", "population": 400},
                {"id": "c", "population": 50},
            ],
            "distance": [[0, 10, 4], [10, 0, 8], [4, 8, 0]],
            "beta": 1,
            "accessibility": {"decay": "exponential", "parameter": 0.2},
        }
    )
    r = analyse_network(net)
    assert r.gravity[0, 1] == pytest.approx(100 * 400 / 10)
    assert r.accessibility[2] == pytest.approx(100 * math.exp(-0.8) + 400 * math.exp(-1.6))
    assert [(x.town, x.a, x.b) for x in r.reilly] == [
        ("a", "b", "c"),
        ("b", "a", "c"),
        ("c", "a", "b"),
    ]
    row = r.reilly[2]  # town c between a (4 away) and b (8 away)
    assert row.relation == pytest.approx((100 / 400) * (8 / 4) ** 2)
    assert r.functional is None
    assert NetworkSettings().parameter == 2.0


BASE = {
    "towns": [{"id": "Koper", "population": 53560}, {"id": "Izola", "population": 16000}],
    "distance": [[0, 7], [7, 0]],
}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"distance": [[0, 7, 1], [7, 0, 1]]}, "distance row of town 'Koper': 3 values for 2"),
        ({"distance": [[0, 7]]}, "distance: 1 rows for 2 towns"),
        (
            {"distance": [[0, -7], [-7, 0]]},
            "distance from town 'Koper' to town 'Izola': -7 must be > 0",
        ),
        (
            {"distance": [[0, 0], [0, 0]]},
            "distance from town 'Koper' to town 'Izola': 0 must be > 0",
        ),
        ({"distance": [[0, 7], [8, 0]]}, "'Koper' and 'Izola': 7 one way, 8 the other"),
        ({"distance": [[1, 7], [7, 0]]}, "distance from town 'Koper' to itself: 1 must be 0"),
        (
            {"distance": [[0, "7 km"], [7, 0]]},
            "distance from town 'Koper' to town 'Izola': text '7 km'",
        ),
        (
            {"towns": [{"id": "Koper", "population": 0}, {"id": "Izola", "population": 1}]},
            "town 'Koper', population: 0 must be > 0",
        ),
        (
            {"towns": [{"id": "Koper", "population": "many"}, {"id": "Izola", "population": 1}]},
            "town 'Koper', population: text 'many', not a number",
        ),
        (
            {"towns": [{"id": "Koper"}, {"id": "Izola", "population": 1}]},
            "town 'Koper': population is missing",
        ),
        ({"towns": [{"id": "Koper", "population": 1}]}, "a network needs at least two towns"),
        ({"functions": {"bank": [1]}}, "outlets of 'bank': 1 values for 2 towns"),
        ({"functions": {"bank": [0, 0]}}, "function 'bank': no town has an outlet"),
        ({"functions": {"bank": [-1, 2]}}, "town 'Koper', outlets of 'bank': -1 must be >= 0"),
        ({"beta": -2}, "beta: -2 must be >= 0"),
        ({"accessibility": {"decay": "linear"}}, "decay 'linear'"),
    ],
)
def test_bad_network_input(data: dict, message: str) -> None:
    with pytest.raises(InputError) as err:
        analyse_network(parse_network({**BASE, **data}))
    assert message in str(err.value)
    assert "\n" not in str(err.value)
