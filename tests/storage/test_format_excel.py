"""Excel project files: exact round trips, friendly reading and located one-line errors."""

from __future__ import annotations

import json
import math
import re
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from app.storage.document import (
    JudgmentRecord,
    ParticipantRecord,
    ProjectDocument,
    ScenarioRecord,
)
from app.storage.formats import read_document, write_document
from app.storage.formats.excel import read_xlsx, write_template, write_xlsx
from app.storage.formats.json_format import read_json
from decision.errors import InputError
from decision.problem import Alternative, Criterion, Preference, Problem

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "koper_sme_support.json"
BROKEN = Path(__file__).resolve().parent / "broken"


def assert_same(a: ProjectDocument, b: ProjectDocument) -> None:
    """Field by field, the matrix bit for bit (NaN positions included)."""
    assert a.problem.name == b.problem.name
    assert a.problem.criteria == b.problem.criteria
    assert a.problem.alternatives == b.problem.alternatives
    ma, mb = a.problem.matrix, b.problem.matrix
    assert ma.shape == mb.shape
    assert np.array_equal(np.isnan(ma), np.isnan(mb))
    assert np.array_equal(ma, mb, equal_nan=True)
    finite = np.isfinite(ma)
    assert ma[finite].tobytes() == mb[finite].tobytes()  # -0.0 and the last bit too
    assert (a.question, a.description, a.owner) == (b.question, b.description, b.owner)
    assert dict(a.sources) == dict(b.sources)
    assert a.participants == b.participants
    assert a.scenarios == b.scenarios


def round_trip(doc: ProjectDocument, path: Path) -> ProjectDocument:
    write_xlsx(doc, path)
    return read_xlsx(path)


def tree_document(largest: float = 1.7976931348623157e308) -> ProjectDocument:
    """Groups two deep, gaps in the matrix, tags and costs, sources, people, scenarios."""
    criteria = [
        Criterion("econ", "Economy", weight=0.6, description="Jobs and money"),
        Criterion("labour", "Labour market", weight=2.0, parent="econ"),
        Criterion("jobs", "Jobs created", "benefit", "FTE", 0.1 + 0.2, parent="labour"),
        Criterion("skills", "", "benefit", "", None, parent="labour"),
        Criterion("cofin", "Co-financing", "benefit", "%", 1.0, parent="econ"),
        Criterion("cost", "Cost to the town", "cost", "kEUR", 0.4, description="=net of EU"),
        Criterion(
            "access", "Accessibility", "cost", "min", None, preference=Preference("linear", 2, 7.5)
        ),
    ]
    alternatives = [
        Alternative("hub", "Business hub", "Line 1\nline 2", ("services", "centre"), 900.0),
        Alternative("market", "Market hall", "", ("retail",), 0.0),
        Alternative("park", "Retail park", "  spaced  ", (), None),
        Alternative("2020", "#N/A", "", (), 1e-300),
    ]
    matrix = np.array(
        [
            [25.0, 3.0, 0.1, 1200.5, 5e-324],
            [12.5, np.nan, -0.0, 400.0, 7.0],
            [40.0, 1.0, np.nan, np.nan, largest],
            [np.nan, np.nan, np.nan, np.nan, np.nan],
        ]
    )
    problem = Problem.create("Koper SME support", criteria, alternatives, matrix)
    people = (
        ParticipantRecord(
            "Maja",
            "economic office",
            (
                JudgmentRecord("criteria", None, "econ", "cost", 3.0),
                JudgmentRecord("criteria", "labour", "jobs", "skills", 1 / 3),
                JudgmentRecord("alternatives", "jobs", "hub", "market", 5.0),
                JudgmentRecord("criteria", None, "cost", "access", 0.5),
            ),
        ),
        ParticipantRecord("Tomaž", ""),
        ParticipantRecord(
            "Chamber", "", (JudgmentRecord("criteria", "econ", "labour", "cofin", 2.0),)
        ),
    )
    scenarios = (
        ScenarioRecord(
            "Jobs first",
            "topsis",
            {"normalization": "vector", "v": 0.5, "nested": {"a": [1, 2]}},
            {"jobs": 0.7, "cost": 0.3, "econ": 1.0},
            "direct",
            "What if jobs count most",
        ),
        ScenarioRecord("Entropy", "promethee", {}, {}, "entropy", ""),
    )
    return ProjectDocument(
        problem,
        question="Which scheme first?",
        description="Background\nwith two lines",
        owner="Municipality of Koper",
        sources={("hub", "jobs"): "Chamber survey 2010", ("market", "cost"): ""},
        participants=people,
        scenarios=scenarios,
    )


# -- round trips ----------------------------------------------------------------------------------
def test_demo_project_round_trips_exactly(tmp_path: Path) -> None:
    doc = read_json(DEMO)
    assert doc.participants  # the demo carries judgments: they must survive too
    assert_same(round_trip(doc, tmp_path / "demo.xlsx"), doc)


def test_tree_with_gaps_tags_sources_people_and_scenarios_round_trips(tmp_path: Path) -> None:
    doc = tree_document()
    back = round_trip(doc, tmp_path / "tree.xlsx")
    assert_same(back, doc)
    assert back.participants[1] == ParticipantRecord("Tomaž", "")  # no judgments, still there
    assert back.problem.matrix[1, 2].tobytes() == np.float64(-0.0).tobytes()
    assert back.problem.criteria[2].weight == 0.30000000000000004  # 17 digits, not 16


def test_write_document_dispatches_on_suffix_and_read_document_checks(tmp_path: Path) -> None:
    doc = tree_document()
    path = tmp_path / "Project.XLSX"
    write_document(doc, path)
    assert_same(read_document(path), doc)


def test_writing_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "p.xlsx"
    path.write_bytes(b"old")
    write_xlsx(tree_document(), path)
    assert zipfile.is_zipfile(path)
    assert [p.name for p in tmp_path.iterdir()] == ["p.xlsx"]  # no temporary file left


ids = st.text("abcdefghijklmnopqrstuvwxyz0123456789_-", min_size=1, max_size=8)
free_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=20,
) | st.sampled_from(["=1+1", "#DIV/0!", " lead", "two\nlines", "12,5"])
cells = st.floats(allow_infinity=False, allow_nan=True, width=64) | st.just(-0.0)


@st.composite
def documents(draw: st.DrawFn) -> ProjectDocument:
    crit_ids = draw(st.lists(ids, min_size=1, max_size=5, unique=True))
    alt_ids = draw(st.lists(ids, min_size=1, max_size=6, unique=True))
    criteria = [
        Criterion(
            c,
            draw(free_text),
            draw(st.sampled_from(["benefit", "cost"])),
            draw(free_text),
            draw(st.none() | st.floats(0, 1e6)),
            description=draw(free_text),
        )
        for c in crit_ids
    ]
    tag = st.text("abc xyz", min_size=1, max_size=5).map(str.strip).filter(bool)
    alternatives = [
        Alternative(
            a,
            draw(free_text),
            draw(free_text),
            tuple(draw(st.lists(tag, max_size=3))),
            draw(st.none() | st.floats(0, 1e12)),
        )
        for a in alt_ids
    ]
    matrix = [[draw(cells) for _ in crit_ids] for _ in alt_ids]
    problem = Problem.create(draw(free_text.filter(str.strip)), criteria, alternatives, matrix)
    return ProjectDocument(problem, question=draw(free_text), description=draw(free_text))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(doc=documents())
def test_random_documents_round_trip_bit_for_bit(tmp_path: Path, doc: ProjectDocument) -> None:
    assert_same(round_trip(doc, tmp_path / "random.xlsx"), doc)


# -- reading what people type ---------------------------------------------------------------------
def user_workbook(path: Path) -> None:
    """A workbook typed by hand: odd header case and spacing, other column orders, notes."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "project "
    ws.append(["NAME", "Market towns"])
    ws.append(["owner", "  Chamber  "])
    crit = wb.create_sheet("CRITERIA")
    crit.append([" Direction ", "ID", "Weight", "My notes", "Group", "parent"])
    crit.append(["Max", "jobs ", "40", "check with Ana", None, "econ"])
    crit.append(["min", "cost", "12,5", None, False, None])
    crit.append([None, "econ", 2, None, "Yes", None])
    alts = wb.create_sheet("alternatives")
    alts.append(["Tags", "id", "cost"])
    alts.append(["retail ;  centre;", 2020, "1 234,5"])
    alts.append([None, "hub", None])
    perf = wb.create_sheet("Performance")
    perf.append(["cost", "Alternative", "jobs"])
    perf.append(["1200", "hub", 3])
    perf.append([None, None, None])  # a blank row in between is fine
    perf.append([7.25, "2020", " 12,5 "])
    wb.save(path)


def test_reads_a_hand_typed_workbook(tmp_path: Path) -> None:
    path = tmp_path / "typed.xlsx"
    user_workbook(path)
    doc = read_xlsx(path)
    p = doc.problem
    assert p.name == "Market towns"
    assert doc.owner == "Chamber"
    assert [(c.id, c.direction, c.weight, c.parent, c.is_group) for c in p.criteria] == [
        ("jobs", "benefit", 40.0, "econ", False),
        ("cost", "cost", 12.5, None, False),
        ("econ", "benefit", 2.0, None, True),
    ]
    assert p.alternatives == (
        Alternative("2020", tags=("retail", "centre"), cost=1234.5),
        Alternative("hub"),
    )
    assert p.leaf_ids == ("jobs", "cost")
    assert np.array_equal(p.matrix, [[12.5, 7.25], [3.0, 1200.0]])


def test_missing_performance_rows_and_columns_are_missing_values(tmp_path: Path) -> None:
    path = tmp_path / "sparse.xlsx"
    user_workbook(path)
    wb = load_workbook(path)
    wb["Performance"].delete_rows(2, 3)  # only the header is left
    wb.save(path)
    assert np.isnan(read_xlsx(path).problem.matrix).all()


# -- errors ---------------------------------------------------------------------------------------
def edited(tmp_path: Path, sheet: str, cell: str, value: Any) -> Path:
    path = tmp_path / "edited.xlsx"
    # openpyxl re-saves numbers with 16 digits, which turns the largest double into inf
    write_xlsx(tree_document(largest=1e308), path)
    wb = load_workbook(path)
    wb[sheet][cell] = value
    if isinstance(value, str):
        wb[sheet][cell].data_type = "s"
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "message"),
    [
        (
            "Performance",
            "C5",
            "abc",
            "sheet 'Performance', row 5, column C (skills): 'abc' is not a number",
        ),
        ("Performance", "B2", "1.234,5", "column B (jobs): '1.234,5' is not a number"),
        ("Performance", "B2", "-inf", "column B (jobs): '-inf' is not a finite number"),
        ("Performance", "B2", "1_000", "'1_000' is not a number"),
        (
            "Criteria",
            "D3",
            "maybe",
            "sheet 'Criteria', row 3, column D (group): 'maybe' is not yes or no",
        ),
        ("Criteria", "E4", None, "row 4, column E (direction): is blank; write benefit"),
        ("Criteria", "I8", "gaussian", "column I (preference function): 'gaussian' is not one of"),
        ("Criteria", "A3", None, "sheet 'Criteria', row 3, column A (id): is blank"),
        (
            "Criteria",
            "C2",
            "jobs",
            "sheet 'Criteria', row 2, column C (parent): criterion 'econ': the parent chain loops",
        ),
        (
            "Alternatives",
            "E2",
            "-5",
            "sheet 'Alternatives', row 2, column E (cost): -5 is negative",
        ),
        ("Performance", "H1", "econ", "column H (econ): 'econ' is a criteria group"),
        (
            "Performance",
            "A3",
            "hub",
            "row 3, column A (alternative): a second row for 'hub' (the first is row 2)",
        ),
        (
            "Sources",
            "B2",
            "econ",
            "sheet 'Sources', row 2, column B (criterion): no criterion with data called 'econ'",
        ),
        (
            "Judgments",
            "B3",
            "chair",
            "sheet 'Judgments', row 3, column B (role): 'Maja' has the role 'economic office'",
        ),
        (
            "Judgments",
            "C2",
            "options",
            "column C (kind): 'options' is not criteria or alternatives",
        ),
        ("Judgments", "D2", "jobs", "column D (node): 'jobs' is not a criteria group"),
        ("Judgments", "F4", "hub", "row 4, column F (b): compares 'hub' with itself"),
        (
            "Scenarios",
            "E2",
            "{v: 1}",
            "sheet 'Scenarios', row 2, column E (parameters): not valid JSON",
        ),
        ("Scenarios", "E2", '{"v": NaN}', "column E (parameters): not valid JSON"),
        ("Scenarios", "A3", "Jobs first", "scenario 'Jobs first' is used twice (first in row 2)"),
        (
            "Scenario weights",
            "B2",
            "nope",
            "sheet 'Scenario weights', row 2, column B (criterion): no criterion 'nope'",
        ),
        ("Project", "A6", " name ", "sheet 'Project', row 6, column A: a second 'Name' row"),
    ],
)
def test_errors_name_sheet_row_and_column(
    tmp_path: Path, sheet: str, cell: str, value: object, message: str
) -> None:
    path = edited(tmp_path, sheet, cell, value)
    with pytest.raises(InputError) as err:
        read_document(path)
    text = str(err.value)
    assert message in text
    assert "\n" not in text and "edited.xlsx" not in text


def test_a_second_column_with_the_same_header_is_an_error(tmp_path: Path) -> None:
    path = edited(tmp_path, "Alternatives", "F1", " ID")
    with pytest.raises(InputError, match=r"row 1, column F \(ID\): a second 'id' column"):
        read_xlsx(path)


def test_a_cached_formula_value_is_used(tmp_path: Path) -> None:
    path = edited(tmp_path, "Performance", "B2", 0.0)
    wb = load_workbook(path)
    wb["Performance"]["B2"] = "=2*3"  # openpyxl saves a formula without a value
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        files = {n: z.read(n) for n in names}
    # Give it a saved value. openpyxl writes the empty value as <v /> or, with lxml installed
    # (python-docx brings it), as <v></v>.
    empty = re.compile(rb"<f>2\*3</f>(<v ?/>|<v></v>)")
    sheet = next(n for n in names if empty.search(files[n]))
    files[sheet] = empty.sub(b"<f>2*3</f><v>6</v>", files[sheet])
    with zipfile.ZipFile(path, "w") as z:
        for n in names:
            z.writestr(n, files[n])
    assert read_xlsx(path).problem.matrix[0, 0] == 6.0


def test_writing_refuses_what_excel_cannot_hold(tmp_path: Path) -> None:
    doc = tree_document()
    bad_tag = Alternative("x", tags=("a;b",))
    problem = Problem.create("p", doc.problem.criteria, [bad_tag])
    with pytest.raises(InputError, match="tag 'a;b' cannot be written"):
        write_xlsx(ProjectDocument(problem), tmp_path / "t.xlsx")
    inf = Problem.create("p", [Criterion("c", direction="cost")], [Alternative("a")], [[math.inf]])
    with pytest.raises(InputError, match="alternative 'a', criterion 'c': inf cannot be stored"):
        write_xlsx(ProjectDocument(inf), tmp_path / "t.xlsx")
    control = Problem.create("p\x01", [Criterion("c")], [Alternative("a")])
    with pytest.raises(InputError, match="control character"):
        write_xlsx(ProjectDocument(control), tmp_path / "t.xlsx")
    assert not (tmp_path / "t.xlsx").exists()


def test_damaged_copies_of_a_good_file_raise_only_input_errors(tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    write_xlsx(tree_document(), good)
    data = good.read_bytes()
    rng = np.random.default_rng(7)
    bad = tmp_path / "bad.xlsx"
    for k in range(60):
        damaged = bytearray(data)
        if k % 2:
            damaged = damaged[: int(rng.integers(1, len(data)))]
        else:
            for pos in rng.integers(0, len(data), size=8):
                damaged[pos] = int(rng.integers(0, 256))
        bad.write_bytes(bytes(damaged))
        try:
            read_xlsx(bad)
        except InputError as exc:
            assert "\n" not in str(exc)


# -- template -------------------------------------------------------------------------------------
def test_template_has_instructions_headers_and_drop_downs(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "Instructions",
        "Project",
        "Criteria",
        "Alternatives",
        "Performance",
        "Sources",
        "Judgments",
        "Scenarios",
        "Scenario weights",
    ]
    text = "\n".join(str(r[0]) for r in wb["Instructions"].iter_rows(values_only=True) if r[0])
    for word in ("benefit", "cost", "Performance", "12,5", "Example", "Judgments", "blank"):
        assert word in text
    assert [c.value for c in wb["Criteria"][1]][:5] == [
        "id",
        "name",
        "parent",
        "group",
        "direction",
    ]
    assert wb["Criteria"].max_row == 1 and wb["Performance"].max_column == 1
    lists = {str(dv.sqref): dv.formula1 for dv in wb["Criteria"].data_validations.dataValidation}
    assert lists["E2:E5000"] == '"benefit,cost"'
    assert lists["D2:D5000"] == '"yes,no"'
    kinds = [dv.formula1 for dv in wb["Judgments"].data_validations.dataValidation]
    assert kinds == ['"criteria,alternatives"']
    with pytest.raises(InputError, match=r"^sheet 'Criteria': no criteria"):
        read_xlsx(path)


# -- the shared broken-import corpus ----------------------------------------------------------------
EXPECTED = json.loads((BROKEN / "expected_xlsx.json").read_text(encoding="utf-8"))


def test_corpus_has_enough_xlsx_files() -> None:
    assert len(EXPECTED) >= 14
    assert set(EXPECTED) == {p.name for p in BROKEN.glob("xlsx_*")}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_gives_its_expected_message(name: str) -> None:
    with pytest.raises(InputError) as err:
        read_document(BROKEN / name)
    text = str(err.value)
    assert EXPECTED[name]["message"] in text
    assert "\n" not in text and name not in text
