"""The UNDP Human Development Index as a composite: goalposts, log income, two-level means."""

from __future__ import annotations

import math

import pytest

from decision.composite import CompositeData, CompositeSettings, Indicator, composite

# Goalposts and aggregation of the HDI since the 2014 report, as stated on the UNDP page
# "Human Development Index (HDI)" (hdr.undp.org/en/content/human-development-index-hdi):
# life expectancy 20-85 years; expected years of schooling 0-18, mean years 0-15, combined
# into the education index by arithmetic mean; GNI per capita $100-$75,000 (PPP) with the
# natural log; HDI = geometric mean of the three dimension indices.
HDI_INDICATORS = [
    Indicator("le", "Life expectancy at birth", "years", goalposts=(20, 85), group="health"),
    Indicator("eys", "Expected years of schooling", "years", goalposts=(0, 18), group="education"),
    Indicator("mys", "Mean years of schooling", "years", goalposts=(0, 15), group="education"),
    Indicator(
        "gni", "GNI per capita", "2017 PPP $", goalposts=(100, 75_000), log=True, group="income"
    ),
]
HDI_SETTINGS = CompositeSettings(
    normalization="goalpost", group_aggregation="linear", aggregation="geometric"
)


def hdi(rows: dict[str, list[float]]) -> dict[str, float]:
    data = CompositeData.create(list(rows), HDI_INDICATORS, list(rows.values()))
    return composite(data, HDI_SETTINGS).score_map()


def test_undp_technical_notes_worked_example() -> None:
    """UNDP, Human Development Report Technical notes, Technical note 1 (HDI), worked example.

    Source: "Technical notes - United Nations Development Programme", the HDR technical
    notes whose income section cites the World Bank's 2020 World Development Indicators in
    constant 2017 PPP $ (i.e. the HDR 2020 edition), as transcribed at pdf4pro.com
    ("technical-notes-united-nations-development-programme-79ae81"); page number not
    visible in the transcription. Published there:
    income index = (ln(3,829) - ln(100)) / (ln(75,000) - ln(100)) = 0.5506 and
    HDI = (0.6971 x 0.3447 x 0.5506)^(1/3) = 0.510.
    The example's life-expectancy and schooling inputs were not in the text available, so
    the health (0.6971) and education (0.3447) indices enter as published.
    """
    inds = [
        Indicator("health", goalposts=(0, 1), group="health"),
        Indicator("education", goalposts=(0, 1), group="education"),
        Indicator("gni", unit="2017 PPP $", goalposts=(100, 75_000), log=True, group="income"),
    ]
    data = CompositeData.create(["example"], inds, [[0.6971, 0.3447, 3_829.0]])
    r = composite(data, HDI_SETTINGS)
    assert round(r.dimension_map()["example"]["income"], 4) == 0.5506
    assert round(float(r.scores[0]), 3) == 0.510


def test_united_states_2019_hdi_to_three_decimals() -> None:
    """United States, HDR 2020 values for 2019: life expectancy 78.9, expected years 16.3,
    mean years 13.4, GNI per capita 63,826 (2017 PPP $), HDI 0.926.

    Source of this input/output pair: the worked question "In 2019, the U.S.'s life
    expectancy at birth was 78.9, mean years of schooling was 13.4, expected years of
    schooling was 16.3 and GNI per capita was $63,826. Show the steps to calculate its HDI
    value 0.926" (smartsolve.ai), which also gives the rounded dimension indices 0.905,
    0.900 and 0.976. The UNDP Technical Notes' own worked example was not available to
    check; these figures are quoted from that page, not from the HDR itself.
    """
    data = CompositeData.create(["USA"], HDI_INDICATORS, [[78.9, 16.3, 13.4, 63_826]])
    r = composite(data, HDI_SETTINGS)
    dims = r.dimension_map()["USA"]
    assert dims["health"] == pytest.approx(0.905, abs=1.5e-3)  # 58.9/65 = 0.9062
    assert dims["education"] == pytest.approx(0.900, abs=1e-3)
    assert dims["income"] == pytest.approx(0.976, abs=1e-3)
    assert round(float(r.scores[0]), 3) == 0.926


def test_hdi_formula_step_by_step() -> None:
    le, eys, mys, gni = 70.0, 12.0, 9.0, 12_000.0
    health = (le - 20) / 65
    education = (eys / 18 + mys / 15) / 2
    income = (math.log(gni) - math.log(100)) / (math.log(75_000) - math.log(100))
    expected = (health * education * income) ** (1 / 3)
    assert hdi({"X": [le, eys, mys, gni]})["X"] == pytest.approx(expected, rel=1e-12)


def test_hdi_caps_at_the_goalposts_and_says_so() -> None:
    data = CompositeData.create(["Y"], HDI_INDICATORS, [[86.0, 19.0, 10.0, 80_000.0]])
    r = composite(data, HDI_SETTINGS)
    assert set(r.clipped) == {("Y", "le"), ("Y", "eys"), ("Y", "gni")}
    assert r.dimension_map()["Y"]["health"] == 1.0
    assert "clipped" in r.conventions
