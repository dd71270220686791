"""Retail figures: spending potential, both centrality forms, flows, gap, floor space."""

from __future__ import annotations

import pytest

from decision.errors import InputError
from decision.retail import (
    RetailInput,
    leakage_surplus_factor,
    parse_retail,
    retail_metrics,
    spending_potential,
)


def test_spending_potential_formula() -> None:
    # 53,560 inhabitants x 5,000 EUR x 95 / 100
    assert spending_potential(53_560, 5_000, 95) == pytest.approx(254_410_000)
    assert spending_potential(1000, 10) == pytest.approx(10_000)


def test_menden_index_form_of_centrality() -> None:
    """Stadt Menden, "Zahlen, Daten & Fakten" (menden.de, WSG Menden): einzelhandelsrelevante
    Kaufkraftkennziffer 100.7 (Michael Bauer Research), Umsatzkennziffer 98.7 (index per
    inhabitant, Germany = 100), Zentralitätskennziffer 98.0 (GMA). The published centrality
    is the index form: turnover index / purchasing-power index x 100 = 98.7 / 100.7 x 100.
    Only the indices are published, so the test works in per-capita units with the national
    averages set to 1 (the indices do not depend on that choice)."""
    r = retail_metrics(
        RetailInput(
            population=1.0,
            spending_per_capita=1.0,
            purchasing_power_index=100.7,
            turnover=0.987,
            national_turnover_per_capita=1.0,
            national_spending_per_capita=1.0,
        )
    )
    assert r.turnover_index == pytest.approx(98.7)
    assert r.centrality_index == pytest.approx(98.0, abs=0.05)
    # with equal national per-capita turnover and spending both forms agree
    assert r.centrality_simple == pytest.approx(r.centrality_index)


def test_the_two_forms_differ_when_national_turnover_and_spending_differ() -> None:
    # national: 6,000 spending but 5,200 turnover per head (online share); town: 110 % index.
    r = retail_metrics(
        RetailInput(
            population=10_000,
            spending_per_capita=6_000,
            purchasing_power_index=110,
            turnover=60e6,
            national_turnover_per_capita=5_200,
            national_spending_per_capita=6_000,
        )
    )
    pot = 10_000 * 6_000 * 1.10
    assert r.spending_potential == pytest.approx(pot)
    assert r.centrality_simple == pytest.approx(60e6 / pot * 100)
    ti = 60e6 / 10_000 / 5_200 * 100
    assert r.turnover_index == pytest.approx(ti)
    assert r.centrality_index == pytest.approx(ti / 110 * 100)
    assert r.notes["centrality_simple"].startswith("simple")
    assert r.notes["centrality_index"].startswith("index")


def test_flows_gap_leakage_floor_space_and_pull() -> None:
    r = retail_metrics(
        RetailInput(
            spending_potential=114.8,
            turnover=100.0,
            turnover_per_m2=0.004,
            population=20_000,
            region_sales=1_000.0,
            region_population=250_000,
        )
    )
    assert r.net_flow == pytest.approx(-14.8)
    assert r.gap == pytest.approx(14.8)
    assert r.leakage_surplus_factor == pytest.approx(14.8 / 214.8 * 100)
    assert r.leakage_surplus_factor > 0  # demand exceeds supply: leakage
    assert r.supportable_floor_space == pytest.approx(14.8 / 0.004)
    assert r.pull_factor == pytest.approx((100 / 20_000) / (1_000 / 250_000))


def test_leakage_surplus_sign_convention() -> None:
    assert leakage_surplus_factor(100, 0) == 100
    assert leakage_surplus_factor(0, 100) == -100
    assert leakage_surplus_factor(50, 50) == 0
    assert leakage_surplus_factor(0, 0) is None


def test_absent_inputs_give_absent_outputs() -> None:
    out = retail_metrics(RetailInput(spending_potential=114.8)).as_dict()
    assert set(out) == {"spending_potential", "notes"}
    out = retail_metrics(RetailInput(spending_potential=114.8, turnover=120)).as_dict()
    assert "centrality_simple" in out and "centrality_index" not in out
    assert "pull_factor" not in out and "supportable_floor_space" not in out


def test_purchasing_power_index_assumed_or_derived() -> None:
    r = retail_metrics(RetailInput(population=100, spending_per_capita=50))
    assert r.spending_potential == 5000 and "assumed" in r.notes["purchasing_power_index"]
    r = retail_metrics(
        RetailInput(
            spending_potential=5500,
            population=100,
            turnover=5000,
            national_turnover_per_capita=50,
            national_spending_per_capita=50,
        )
    )
    assert r.purchasing_power_index == pytest.approx(110)
    assert r.centrality_index == pytest.approx(100 / 110 * 100)


def test_product_groups_and_their_totals() -> None:
    f = parse_retail(
        {
            "population": 1000,
            "purchasing_power_index": 90,
            "groups": [
                {"id": "food", "spending_per_capita": 2000, "turnover": 2.0e6},
                {
                    "id": "fashion",
                    "spending_per_capita": 500,
                    "turnover": 0.2e6,
                    "turnover_per_m2": 2500,
                },
            ],
        }
    )
    food = retail_metrics(f.groups["food"])
    assert food.spending_potential == pytest.approx(1000 * 2000 * 0.9)
    fashion = retail_metrics(f.groups["fashion"])
    assert fashion.supportable_floor_space == pytest.approx((450_000 - 200_000) / 2500)
    total = retail_metrics(f.total)
    assert total.spending_potential == pytest.approx(1.8e6 + 0.45e6)
    assert total.turnover == pytest.approx(2.2e6)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"turnover": "lots"}, "turnover: text 'lots', not a number"),
        ({"spending_potential": -3}, "spending_potential: -3 must be >= 0"),
        ({"population": 0, "spending_per_capita": 5}, "population: 0 must be > 0"),
        ({"turnover_per_m2": 0, "turnover": 1}, "turnover_per_m2: 0 must be > 0"),
        ({"national": 5, "turnover": 1}, "national: expected an object"),
        ({}, "give spending_potential"),
        ({"turnover": 1, "groups": [{"id": "a"}, {"id": "a"}]}, "group 'a': the id appears twice"),
        (
            {"groups": [{"id": "food", "turnover": None, "spending_potential": float("nan")}]},
            "group 'food': spending_potential: nan",
        ),
        ([1, 2], "file: expected an object"),
    ],
)
def test_bad_retail_input(data: object, message: str) -> None:
    with pytest.raises(InputError) as err:
        f = parse_retail(data)
        retail_metrics(f.total)
    assert message in str(err.value)
