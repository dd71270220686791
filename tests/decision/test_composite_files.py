"""Benchmarking files: parsing, round trip, and errors that name the place."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from decision.composite import (
    composite,
    composite_to_json,
    load_composite,
    parse_composite,
    uncertainty,
)
from decision.errors import InputError

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "benchmark_koper.json"


def test_demo_file_loads_with_metadata_and_round_trips() -> None:
    cf = load_composite(DEMO)
    koper = cf.data.units[0]
    assert koper.id == "Koper" and koper.country == "Slovenia" and koper.population == 53_560
    density = cf.data.indicators[cf.data.indicator_ids.index("density")]
    assert density.log and density.goalposts == (10, 2500) and density.illustrative is True
    assert "SURS" in density.source
    assert cf.settings.missing == "mean" and cf.settings.reference == "Koper"
    assert cf.uncertainty is not None and cf.uncertainty.seed == 2022
    again = parse_composite(
        json.loads(json.dumps(composite_to_json(cf.data, cf.settings, cf.uncertainty)))
    )
    np.testing.assert_array_equal(np.isnan(again.data.values), np.isnan(cf.data.values))
    np.testing.assert_allclose(np.nan_to_num(again.data.values), np.nan_to_num(cf.data.values))
    assert again.data.indicators == cf.data.indicators
    assert again.data.units == cf.data.units
    assert again.settings == cf.settings
    assert again.uncertainty == cf.uncertainty


def test_demo_every_goalpost_and_normalization_works() -> None:
    cf = load_composite(DEMO)
    for norm in ("minmax", "zscore", "goalpost", "reference", "rank"):
        s = type(cf.settings)(**{**cf.settings.__dict__, "normalization": norm})
        r = composite(cf.data, s)
        assert len(r.unit_ids) == 12 and len(r.imputed) == 4
    u = uncertainty(cf.data, cf.settings, cf.uncertainty)
    assert u.as_dict()["imputed"] == [list(c) for c in composite(cf.data, cf.settings).imputed]


def test_ahp_block_and_points_parse() -> None:
    raw = {
        "units": ["a", "b"],
        "indicators": [{"id": "x", "direction": "benefit"}, {"id": "y", "direction": "cost"}],
        "matrix": [[1, 2], [3, 1]],
        "weighting": "ahp",
        "ahp": {"judgments": [["x", "y", 3]]},
    }
    cf = parse_composite(raw)
    r = composite(cf.data, cf.settings)
    np.testing.assert_allclose(r.weights.global_weights, [0.75, 0.25])
    back = parse_composite(composite_to_json(cf.data, cf.settings))
    np.testing.assert_allclose(back.settings.ahp.values, cf.settings.ahp.values)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"units": []}, "units: the list is empty"),
        ({"indicators": [{"id": "x", "direction": "up"}]}, "direction"),
        ({"matrix": [[1]]}, "has 1 rows but there are 2 units"),
        ({"missing": "zero"}, "missing: 'zero' is not one of drop, mean, median"),
        ({"uncertainty": {"runs": 0}}, "uncertainty.runs"),
        (
            {"indicators": [{"id": "x", "direction": "benefit", "goalposts": [1]}]},
            "goalposts must be [min, max]",
        ),
    ],
)
def test_bad_fields_name_the_place(patch: dict[str, object], message: str) -> None:
    raw = {
        "units": ["a", "b"],
        "indicators": [{"id": "x", "direction": "benefit"}],
        "matrix": [[1], [2]],
    }
    with pytest.raises(InputError) as err:
        parse_composite(raw | patch)
    assert message in str(err.value)


def test_long_csv_reads_values_directions_and_missing(tmp_path: Path) -> None:
    f = tmp_path / "towns.csv"
    f.write_text(
        "unit,indicator,value,direction,group\n"
        "Koper,vac,9,cost,retail\n"
        "Koper,foot,1400,benefit,retail\n"
        "Izola,vac,12,,\n"
        "Izola,foot,,,\n"
        "Piran,vac,15,,\n"
        "Piran,foot,1100,,\n",
        encoding="utf-8",
    )
    cf = load_composite(f)
    assert cf.data.unit_ids == ("Koper", "Izola", "Piran")
    assert [i.direction for i in cf.data.indicators] == ["cost", "benefit"]
    assert cf.data.indicators[0].group == "retail"
    assert cf.data.missing_cells() == [("Izola", "foot")]
    assert composite(cf.data, cf.settings).dropped == ("Izola",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("unit,indicator\nA,x\n", "column 'value' is missing"),
        ("unit,indicator,value\nA,x,1\n", "indicator 'x': direction is missing"),
        ("unit,indicator,value,direction\nA,x,many,benefit\n", "'many' is not a number"),
        (
            "unit,indicator,value,direction\nA,x,1,benefit\nB,x,2,cost\n",
            "line 3: indicator 'x' has direction",
        ),
        ("unit,indicator,value,direction\nA,x,1,benefit\nA,x,2,\n", "appears twice"),
    ],
)
def test_long_csv_errors_name_the_line(tmp_path: Path, text: str, message: str) -> None:
    f = tmp_path / "bad.csv"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_composite(f)
    assert message in str(err.value)
