"""The demo data in every language: complete overlays, translated names, the same numbers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.resources import resource_path
from app.storage.database import open_database
from app.storage.demo import seed_demo
from app.storage.demo_benchmarks import DEMO_BENCHMARK_NAME
from app.storage.demo_language import FIELDS, LANGUAGES, localize, overlay, texts
from app.storage.demo_tools import DEMO_TOOL_SETS
from app.storage.repository import ProjectRepository
from app.storage.schema import ensure_schema
from decision.evaluate import rank


def _english_texts() -> list[str]:
    """Every English text the overlays must cover: the demo files' fields and set names."""
    found: list[str] = []
    for file, fields in FIELDS.items():
        found += texts(json.loads(resource_path("demo", file).read_text("utf-8")), fields)
    found += [name for _kind, name, _file in DEMO_TOOL_SETS] + [DEMO_BENCHMARK_NAME]
    return list(dict.fromkeys(found))


def _numbers(node: Any) -> Iterator[Any]:
    """The non-text leaves of decoded JSON, in order (object keys left out)."""
    if isinstance(node, dict):
        for value in node.values():
            yield from _numbers(value)
    elif isinstance(node, list):
        for value in node:
            yield from _numbers(value)
    elif not isinstance(node, str):
        yield node


@contextmanager
def _seeded(tmp_path: Path, language: str) -> Iterator[ProjectRepository]:
    db = open_database(f"sqlite:///{tmp_path / f'demo_{language}.sqlite3'}")
    try:
        ensure_schema(db)
        repo = ProjectRepository(db.session)
        seed_demo(repo, language=language)
        yield repo
    finally:
        db.close()


@pytest.fixture(scope="module")
def english() -> list[str]:
    return _english_texts()


def test_every_demo_file_has_its_fields_listed() -> None:
    shipped = {p.name for p in resource_path("demo").glob("*.json")}
    assert shipped == set(FIELDS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_text_has_a_translation(language: str, english: list[str]) -> None:
    assert (resource_path("demo", "i18n", f"{language}.json")).exists()
    table = overlay(language)
    missing = [t for t in english if not table.get(t, "").strip()]
    assert missing == [], f"{language}: no translation for {missing}"
    stale = sorted(set(table) - set(english))
    assert stale == [], f"{language}: entries no demo text uses: {stale}"
    assert english, "no demo text found"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_illustrative_label_and_the_commands(language: str) -> None:
    table = overlay(language)
    for source, target in table.items():
        for word in ("`innocite huff`", "`innocite retail`", "SURS", "Kop"):  # Kop: Kopra (sl)
            if word in source:
                assert word in target, f"{language}: {word!r} lost in {target!r}"
        if "illustrative" in source.lower() or "(demo)" in source:
            assert target != source, f"{language}: {source!r} left in English"


@pytest.mark.parametrize("language", LANGUAGES)
def test_localize_changes_text_only(language: str) -> None:
    for file, fields in FIELDS.items():
        raw = json.loads(resource_path("demo", file).read_text("utf-8"))
        local = localize(raw, file, language)
        assert list(_numbers(local)) == list(_numbers(raw)), file
        assert local != raw or language == "en", f"{file} unchanged in {language}"
        table = overlay(language)
        left = [t for t in texts(local, fields) if table.get(t, t) != t]
        assert left == [], f"{file} ({language}): still English: {left}"
    assert localize({"name": "x"}, "koper_sme_support.json", "en") == {"name": "x"}


def test_the_german_demo_reads_german(tmp_path: Path) -> None:
    de = overlay("de")
    with _seeded(tmp_path, "de") as repo:
        _check_german(repo, de)


def _check_german(repo: ProjectRepository, de: dict[str, str]) -> None:
    [summary] = repo.list_projects()
    assert summary.name == "Koper: Förderung von KMU in der Altstadt"
    doc = repo.load_document(summary.id)
    problem = doc.problem
    assert doc.question.startswith("Welche Fördermaßnahmen")
    assert doc.owner == "Urad za gospodarstvo, Mestna občina Koper"  # a proper name: kept
    assert [c.name for c in problem.criteria][:2] == [
        "Kosten für die Stadt",
        de["Jobs created or kept"],
    ]
    assert {c.name for c in problem.criteria} <= set(de.values())
    assert {a.name for a in problem.alternatives} <= set(de.values())
    assert [s.name for s in repo.list_scenarios(summary.id)] == [
        "Arbeitsplätze zuerst",
        "Altstadt zuerst",
    ]
    assert "Ana Šuligoj (Citymanagerin)" in repo.load_judgments(summary.id)
    for kind, name, _file in DEMO_TOOL_SETS:
        assert [s.name for s in repo.list_tool_sets(kind)] == [de[name]]
    [bench] = repo.list_benchmarks()
    assert bench.name == "Koper und Vergleichsstädte (Demo)"
    data = json.loads(repo.load_benchmark(bench.id).data_json)
    assert data["indicators"][0]["name"] == "Leerstehende Erdgeschoss-Ladenlokale im Zentrum"
    assert [u["id"] for u in data["units"]][:2] == ["Koper", "Izola"]  # town names stay
    dematel = json.loads(repo.load_tool_set("dematel", de[DEMO_TOOL_SETS[0][1]]).data_json)
    assert dematel["factors"][0] == "Leerstehende Ladenlokale"
    assert "BEISPIELDATEN" in dematel["description"]


def _stored(repo: ProjectRepository) -> dict[str, Any]:
    """What the seeded demo holds, by kind, in storing order."""
    [summary] = repo.list_projects()
    problem = repo.load_problem(summary.id)
    ranking = rank(problem, "topsis", {"normalization": "vector"})
    judgments = repo.load_judgments(summary.id)
    sets = {
        kind: json.loads(repo.load_tool_set(kind, repo.list_tool_sets(kind)[0].id).data_json)
        for kind, _name, _file in DEMO_TOOL_SETS
    }
    [bench] = repo.list_benchmarks()
    record = repo.load_benchmark(bench.id)
    return {
        "ids": ([c.id for c in problem.criteria], [a.id for a in problem.alternatives]),
        "matrix": problem.matrix,
        "weights": [c.weight for c in problem.criteria],
        "directions": [c.direction for c in problem.criteria],
        "judgments": [sorted(map(str, v.values())) for v in judgments.values()],
        "scenarios": [s.weights for s in repo.list_scenarios(summary.id)],
        "order": [r.id for r in ranking.ordered()],
        "ranks": ranking.ranks.tolist(),
        "scores": ranking.scores,
        "sets": {k: list(_numbers(v)) for k, v in sets.items()},
        "set_data": sets,
        "bench": list(_numbers(json.loads(record.data_json))),
        "bench_settings": json.loads(record.settings_json),
    }


def test_every_language_stores_the_same_numbers_and_ranks_alike(tmp_path: Path) -> None:
    from decision.awot import awot_input_from_json
    from decision.dematel import dematel_input_from_json
    from decision.network.files import parse_network
    from decision.retail.files import parse_huff, parse_retail

    with _seeded(tmp_path, "en") as repo:
        base = _stored(repo)
    for language in LANGUAGES:
        with _seeded(tmp_path, language) as repo:
            got = _stored(repo)
        for key in base:
            if key in ("matrix", "scores"):
                assert np.array_equal(got[key], base[key]), (language, key)
            elif key != "set_data":
                assert got[key] == base[key], (language, key)
        data = got["set_data"]
        dematel_input_from_json(data["dematel"]).run()
        awot_input_from_json(data["awot"]).run()
        parse_network(data["network"])
        parse_huff(data["huff"]["huff"])
        parse_retail(data["retail"]["retail"])


def test_an_unknown_language_seeds_english(tmp_path: Path) -> None:
    with _seeded(tmp_path, "xx") as repo:
        assert repo.list_projects()[0].name == "Koper: SME support measures for the old town"
