"""CSV project files: exact round trips, Excel's habits (BOM, ';', decimal comma), located errors."""

from __future__ import annotations

import codecs
import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.storage.document import JudgmentRecord, ParticipantRecord, ProjectDocument, ScenarioRecord
from app.storage.formats import read_document, write_document
from app.storage.formats.csv_format import read_csv, write_csv
from decision.errors import InputError
from decision.problem import Alternative, Criterion, Preference, Problem

BROKEN = Path(__file__).resolve().parent / "broken"
NAN = math.nan


def assert_same(a: ProjectDocument, b: ProjectDocument) -> None:
    """Field by field, the matrix bit for bit (NaN positions and -0.0 included)."""
    assert a.problem.name == b.problem.name
    assert a.problem.criteria == b.problem.criteria
    assert a.problem.alternatives == b.problem.alternatives
    ma, mb = a.problem.matrix, b.problem.matrix
    assert ma.shape == mb.shape
    assert np.array_equal(np.isnan(ma), np.isnan(mb))
    finite = np.isfinite(ma)
    assert ma[finite].tobytes() == mb[finite].tobytes()
    assert dict(a.sources) == dict(b.sources)
    assert (a.participants, a.scenarios) == (b.participants, b.scenarios)


def flat_document(name: str = "project") -> ProjectDocument:
    criteria = [
        Criterion("jobs", "Jobs created", "benefit", "jobs", 0.1 + 0.2),
        Criterion("cost", "Investment, total", "cost", "EUR", None),
        Criterion("co2", 'CO2 "saved"; per year', "benefit", "", 1e-300),
    ]
    alternatives = [
        Alternative("koper", "Koper harbour"),
        Alternative("lyon", "Lyon; Part-Dieu"),
        Alternative("sete", "Sète"),
    ]
    matrix = [
        [12.5, 1.7976931348623157e308, -0.0],
        [NAN, 5e-324, 1 / 3],
        [-7.0, NAN, NAN],
    ]
    return ProjectDocument(Problem.create(name, criteria, alternatives, matrix))


def test_wide_round_trip_is_exact(tmp_path: Path) -> None:
    doc = flat_document()
    write_document(doc, tmp_path / "project.csv")
    assert (tmp_path / "project.csv").read_bytes().startswith(codecs.BOM_UTF8)
    assert_same(doc, read_document(tmp_path / "project.csv"))


def test_sources_are_written_in_the_long_layout(tmp_path: Path) -> None:
    base = flat_document()
    doc = ProjectDocument(base.problem, sources={("lyon", "jobs"): "INSEE 2010, table 3"})
    write_csv(doc, tmp_path / "project.csv")
    header = (tmp_path / "project.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("alternative,name,criterion,criterion_name,value")
    assert_same(doc, read_csv(tmp_path / "project.csv"))


def test_ids_that_look_like_header_words_survive(tmp_path: Path) -> None:
    problem = Problem.create(
        "project",
        [
            Criterion("name", "name", "cost"),
            Criterion("criterion", "criterion"),
            Criterion("value", "value"),
        ],
        [Alternative("weight", "weight"), Alternative("direction", "direction")],
        [[1.0, 2.0, 3.0], [4.0, 5.0, NAN]],
    )
    doc = ProjectDocument(problem)
    write_csv(doc, tmp_path / "project.csv")
    assert_same(doc, read_csv(tmp_path / "project.csv"))
    problem = Problem.create(
        "project", [Criterion("name", "name")], [Alternative("unit", "unit")], [[1.0]]
    )
    write_csv(ProjectDocument(problem), tmp_path / "project.csv")
    assert_same(ProjectDocument(problem), read_csv(tmp_path / "project.csv"))


def test_project_name_is_the_file_stem(tmp_path: Path) -> None:
    write_csv(flat_document("whatever"), tmp_path / "Koper 2011.csv")
    assert read_csv(tmp_path / "Koper 2011.csv").name == "Koper 2011"


def test_european_excel_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    text = (
        "Alternative;Name;jobs;cost;;\r\n"
        "Direction;;max;MIN;;\r\n"
        "Weight;;0,6;40;;\r\n"
        ";;;;;\r\n"
        "a1;Koper;12,5;1e3;;\r\n"
        "a2;Sète;-,5;;;\r\n"
    )
    path = tmp_path / "excel.csv"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    doc = read_csv(path)
    p = doc.problem
    assert [(c.id, c.direction, c.weight) for c in p.criteria] == [
        ("jobs", "benefit", 0.6),
        ("cost", "cost", 40.0),
    ]
    assert [a.label for a in p.alternatives] == ["Koper", "Sète"]
    assert p.matrix[0].tolist() == [12.5, 1000.0]
    assert p.matrix[1, 0] == -0.5 and math.isnan(p.matrix[1, 1])


def test_tab_separated_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    text = "alternative\tjobs\tcost\ndirection\tbenefit\tcost\nČakovec\t3,25\t7\n"
    path = tmp_path / "unicode.csv"
    path.write_bytes(text.encode("utf-16"))  # with a BOM, as Excel's "Unicode text" writes
    doc = read_csv(path)
    assert doc.problem.alternative_ids == ("Čakovec",)
    assert doc.problem.matrix.tolist() == [[3.25, 7.0]]


def test_long_layout_missing_rows_are_missing_values(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(
        "alternative,criterion,value,direction,weight,unit,source\n"
        "a1,jobs,10,benefit,2,jobs,census\n"
        "a1,cost,5,min,,EUR,\n"
        "a2,cost,7,,1,,\n",
        encoding="utf-8",
    )
    doc = read_csv(path)
    p = doc.problem
    assert p.alternative_ids == ("a1", "a2") and p.leaf_ids == ("jobs", "cost")
    assert [(c.direction, c.weight, c.unit) for c in p.criteria] == [
        ("benefit", 2.0, "jobs"),
        ("cost", 1.0, "EUR"),
    ]
    assert p.matrix[0].tolist() == [10.0, 5.0]
    assert math.isnan(p.matrix[1, 0]) and p.matrix[1, 1] == 7.0
    assert dict(doc.sources) == {("a1", "jobs"): "census"}


def _tree() -> Problem:
    return Problem.create(
        "p",
        [Criterion("econ", weight=1.0), Criterion("jobs", parent="econ")],
        [Alternative("a1")],
        [[1.0]],
    )


@pytest.mark.parametrize(
    ("doc", "lost"),
    [
        (ProjectDocument(_tree()), "criteria groups"),
        (
            ProjectDocument(
                flat_document().problem,
                participants=(
                    ParticipantRecord(
                        "Ana", "", (JudgmentRecord("criteria", None, "jobs", "cost", 3.0),)
                    ),
                ),
            ),
            "participants' judgments",
        ),
        (
            ProjectDocument(flat_document().problem, scenarios=(ScenarioRecord("jobs first"),)),
            "scenarios",
        ),
        (
            ProjectDocument(
                Problem.create("p", [Criterion("c")], [Alternative("a", tags=("port",))], [[1.0]])
            ),
            "alternative tags",
        ),
        (
            ProjectDocument(
                Problem.create("p", [Criterion("c")], [Alternative("a", cost=5.0)], [[1.0]])
            ),
            "alternative costs",
        ),
        (
            ProjectDocument(
                Problem.create(
                    "p", [Criterion("c", description="why")], [Alternative("a")], [[1.0]]
                )
            ),
            "descriptions",
        ),
        (
            ProjectDocument(
                Problem.create(
                    "p", [Criterion("c", preference=Preference("linear", 1, 2))], [Alternative("a")]
                )
            ),
            "preference functions",
        ),
        (ProjectDocument(flat_document().problem, question="Which site?"), "question"),
    ],
)
def test_what_csv_cannot_hold_is_refused_not_dropped(
    doc: ProjectDocument, lost: str, tmp_path: Path
) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(InputError) as err:
        write_csv(doc, target)
    assert lost in str(err.value) and ".xlsx or .json" in str(err.value)
    assert not target.exists() and not list(tmp_path.iterdir())


# -- property: any flat matrix with any ids survives ---------------------------------------
_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=8
).filter(lambda s: s == s.strip())
_IDS = st.one_of(_TEXT, st.sampled_from(["weight", "Name", "unit", "direction", "value", "x,y"]))
_VALUES = st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.just(NAN))


@st.composite
def documents(draw: st.DrawFn, name: str = "project") -> ProjectDocument:
    crit_ids = draw(st.lists(_IDS, min_size=1, max_size=5, unique=True))
    alt_ids = draw(st.lists(_IDS, min_size=1, max_size=5, unique=True))
    criteria = [
        Criterion(
            cid,
            draw(st.one_of(st.just(cid), _TEXT)),
            draw(st.sampled_from(["benefit", "cost"])),
            draw(st.one_of(st.just(""), _TEXT)),
            draw(st.one_of(st.none(), st.floats(min_value=0, allow_infinity=False))),
        )
        for cid in crit_ids
    ]
    alts = [Alternative(aid, draw(st.one_of(st.just(aid), _TEXT))) for aid in alt_ids]
    shape = (len(alts), len(criteria))
    rows = draw(
        st.lists(
            st.lists(_VALUES, min_size=shape[1], max_size=shape[1]),
            min_size=shape[0],
            max_size=shape[0],
        )
    )
    return ProjectDocument(Problem.create(name, criteria, alts, rows))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(doc=documents(), with_sources=st.booleans())
def test_any_flat_project_round_trips(
    doc: ProjectDocument, with_sources: bool, tmp_path: Path
) -> None:
    if with_sources:
        first = (doc.problem.alternative_ids[0], doc.problem.leaf_ids[0])
        doc = ProjectDocument(doc.problem, sources={first: "survey; 2010"})
    write_csv(doc, tmp_path / "project.csv")
    assert_same(doc, read_csv(tmp_path / "project.csv"))


# -- the broken-import corpus ------------------------------------------------------------------
CORPUS = json.loads((BROKEN / "expected_csv.json").read_text(encoding="utf-8"))


def test_the_csv_corpus_is_big_enough() -> None:
    assert len(CORPUS) >= 12
    assert sorted(CORPUS) == sorted(p.name for p in BROKEN.glob("csv_*.csv"))


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_broken_csv_gives_one_located_line(name: str) -> None:
    with pytest.raises(InputError) as err:
        read_document(BROKEN / name)
    message = str(err.value)
    assert "\n" not in message
    assert CORPUS[name]["message"] in message, message
    assert name not in message  # the caller puts the file name in front
