"""XMCDA 3 project files: the official layout read, exact round trips, hostile XML refused."""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from app.storage.document import ProjectDocument, ScenarioRecord
from app.storage.formats import read_document, write_document
from app.storage.formats.xmcda import read_xmcda, write_xmcda
from decision.errors import InputError
from decision.problem import Alternative, Criterion, Problem
from tests.storage.test_format_csv import _TEXT, assert_same, documents, flat_document

BROKEN = Path(__file__).resolve().parent / "broken"
NS = "http://www.decision-deck.org/2019/XMCDA-3.1.1"

# Written by hand after the XMCDA 3.1.1 schema and the decision-deck examples: unqualified
# child elements, <type>/<active> children, scales wrapped in <scales>, values in <values>.
OFFICIAL = f"""<?xml version="1.0" encoding="UTF-8"?>
<xmcda:XMCDA xmlns:xmcda="{NS}"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="{NS} http://www.decision-deck.org/xmcda/_downloads/XMCDA-3.1.1.xsd">
  <!-- a comment the reader must skip -->
  <alternatives>
    <alternative id="koper" name="Koper harbour"><type>real</type><active>true</active></alternative>
    <alternative id="lyon" name="Lyon"><type>real</type><active>true</active></alternative>
    <alternative id="old"><type>real</type><active>false</active></alternative>
    <alternative id="p1"><type>fictive</type><active>true</active></alternative>
    <alternative id="sete"><description><comment>small port</comment></description></alternative>
  </alternatives>
  <criteria mcdaConcept="family">
    <criterion id="jobs" name="Jobs created"><active>true</active></criterion>
    <criterion id="cost" name="Investment"><active>true</active></criterion>
  </criteria>
  <criteriaScales>
    <criterionScale>
      <criterionID>jobs</criterionID>
      <scales><scale><quantitative>
        <preferenceDirection>max</preferenceDirection>
        <minimum><real>0</real></minimum><maximum><real>1000</real></maximum>
      </quantitative></scale></scales>
    </criterionScale>
    <criterionScale>
      <criterionID>cost</criterionID>
      <scales><scale><quantitative><preferenceDirection>min</preferenceDirection></quantitative></scale></scales>
    </criterionScale>
  </criteriaScales>
  <criteriaThresholds/>
  <criteriaValues mcdaConcept="weights">
    <criterionValue><criterionID>jobs</criterionID><values><value><real>0.6</real></value></values></criterionValue>
    <criterionValue><criterionID>cost</criterionID><values><value><integer>4</integer></value></values></criterionValue>
  </criteriaValues>
  <criteriaValues mcdaConcept="somethingElse">
    <criterionValue><criterionID>jobs</criterionID><values><value><label>ignored</label></value></values></criterionValue>
  </criteriaValues>
  <performanceTable name="Alpine SME sites" mcdaConcept="performances">
    <alternativePerformances>
      <alternativeID>koper</alternativeID>
      <performance><criterionID>jobs</criterionID><values><value><integer>120</integer></value></values></performance>
      <performance><criterionID>cost</criterionID><values><value><real>2.5E6</real></value></values></performance>
    </alternativePerformances>
    <alternativePerformances>
      <alternativeID>lyon</alternativeID>
      <performance><criterionID>jobs</criterionID><values><value><NA/></value></values></performance>
      <performance><criterionID>cost</criterionID><values><value><rational><numerator>7</numerator><denominator>2</denominator></rational></value></values></performance>
    </alternativePerformances>
    <alternativePerformances>
      <alternativeID>old</alternativeID>
      <performance><criterionID>jobs</criterionID><values><value><real>1</real></value></values></performance>
    </alternativePerformances>
  </performanceTable>
</xmcda:XMCDA>
"""


def test_official_style_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "sites.xml"
    path.write_text(OFFICIAL, encoding="utf-8")
    p = read_document(path).problem
    assert p.name == "Alpine SME sites"
    assert p.alternative_ids == ("koper", "lyon", "sete")  # inactive and fictive left out
    assert [a.label for a in p.alternatives] == ["Koper harbour", "Lyon", "sete"]
    assert p.alternatives[2].description == "small port"
    assert [(c.id, c.name, c.direction, c.weight) for c in p.criteria] == [
        ("jobs", "Jobs created", "benefit", 0.6),
        ("cost", "Investment", "cost", 4.0),
    ]
    assert p.matrix[0].tolist() == [120.0, 2.5e6]
    assert math.isnan(p.matrix[1, 0]) and p.matrix[1, 1] == 3.5
    assert math.isnan(p.matrix[2, 0]) and math.isnan(p.matrix[2, 1])


def test_default_namespace_and_older_3x_versions_are_read(tmp_path: Path) -> None:
    text = OFFICIAL.replace("xmcda:XMCDA", "XMCDA").replace(
        f'xmlns:xmcda="{NS}"', 'xmlns="http://www.decision-deck.org/2013/XMCDA-3.0.0"'
    )
    path = tmp_path / "old.xmcda"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).problem.alternative_ids == ("koper", "lyon", "sete")


def test_round_trip_is_exact(tmp_path: Path) -> None:
    base = flat_document("Koper & Lyon <2011>")
    problem = Problem.create(
        base.problem.name,
        [
            *base.problem.criteria[:2],
            Criterion("co2", "CO2", "benefit", "t", 2.0, description="per year"),
        ],
        [*base.problem.alternatives[:2], Alternative("sete", "Sète", "a small port")],
        base.problem.matrix,
    )
    doc = ProjectDocument(problem)
    write_document(doc, tmp_path / "out.xml")
    assert_same(doc, read_document(tmp_path / "out.xml"))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(doc=documents(), name=_TEXT)
def test_any_flat_project_round_trips(doc: ProjectDocument, name: str, tmp_path: Path) -> None:
    p = doc.problem
    doc = ProjectDocument(Problem.create(name, p.criteria, p.alternatives, p.matrix))
    write_xmcda(doc, tmp_path / "project.xml")
    assert_same(doc, read_xmcda(tmp_path / "project.xml"))


@pytest.mark.parametrize(
    ("doc", "lost"),
    [
        (ProjectDocument(flat_document().problem, sources={("lyon", "jobs"): "x"}), "source notes"),
        (ProjectDocument(flat_document().problem, scenarios=(ScenarioRecord("s"),)), "scenarios"),
        (
            ProjectDocument(
                Problem.create(
                    "p",
                    [Criterion("g", weight=1.0), Criterion("c", parent="g")],
                    [Alternative("a")],
                )
            ),
            "criteria groups",
        ),
        (
            ProjectDocument(Problem.create("p", [Criterion("c")], [Alternative("a", cost=1.0)])),
            "alternative costs",
        ),
    ],
)
def test_what_xmcda_cannot_hold_is_refused(doc: ProjectDocument, lost: str, tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        write_xmcda(doc, tmp_path / "out.xml")
    assert lost in str(err.value)
    assert not list(tmp_path.iterdir())


def test_control_characters_are_refused_on_writing(tmp_path: Path) -> None:
    doc = ProjectDocument(Problem.create("p", [Criterion("c")], [Alternative("a", "bell\x07")]))
    with pytest.raises(InputError, match="control character"):
        write_xmcda(doc, tmp_path / "out.xml")


def test_xmcda_2_is_refused_by_namespace(tmp_path: Path) -> None:
    path = tmp_path / "v2.xml"
    path.write_text(OFFICIAL.replace("2019/XMCDA-3.1.1", "2012/XMCDA-2.2.0"), encoding="utf-8")
    with pytest.raises(InputError, match=r"XMCDA 2 files are not supported \(namespace http"):
        read_xmcda(path)


_OPENED: list[str] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and args and isinstance(args[0], str | bytes | Path):
        _OPENED.append(str(args[0]))


sys.addaudithook(_audit)


def test_external_entity_is_refused_and_its_target_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    path = tmp_path / "xxe.xml"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">]>\n'
        f'<xmcda:XMCDA xmlns:xmcda="{NS}"><alternatives><alternative id="&s;"/></alternatives>'
        "</xmcda:XMCDA>\n",
        encoding="utf-8",
    )
    _OPENED.clear()
    with pytest.raises(InputError) as err:
        read_document(path)
    assert str(err.value) == "XML with a DTD or entities is refused for safety"
    assert not any("secret" in name for name in _OPENED), _OPENED
    assert any(name.endswith("xxe.xml") for name in _OPENED)  # the hook does see opens


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    levels = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 12))
    path = tmp_path / "lol.xml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY l0 "lol">{levels}]>'
        f'<xmcda:XMCDA xmlns:xmcda="{NS}"><criteria><criterion id="&l11;"/></criteria></xmcda:XMCDA>',
        encoding="utf-8",
    )
    start = time.perf_counter()
    with pytest.raises(InputError, match="refused for safety"):
        read_xmcda(path)
    assert time.perf_counter() - start < 1.0


def test_utf16_with_a_declaration_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "u16.xml"
    path.write_bytes(
        OFFICIAL.replace("UTF-8", "UTF-16").replace("Lyon", "Čakovec").encode("utf-16")
    )
    assert read_xmcda(path).problem.alternatives[1].name == "Čakovec"


# -- the broken-import corpus ------------------------------------------------------------------
CORPUS = json.loads((BROKEN / "expected_xmcda.json").read_text(encoding="utf-8"))


def test_the_xmcda_corpus_is_big_enough() -> None:
    assert len(CORPUS) >= 8
    assert sorted(CORPUS) == sorted(p.name for p in BROKEN.glob("xmcda_*.xml"))


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_broken_xmcda_gives_one_located_line(name: str) -> None:
    with pytest.raises(InputError) as err:
        read_document(BROKEN / name)
    message = str(err.value)
    assert "\n" not in message
    assert CORPUS[name]["message"] in message, message
    assert "root:" not in message and "/etc/passwd" not in message
