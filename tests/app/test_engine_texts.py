"""The engine's English conventions (decision/) reach people translated: app/services/engine_texts."""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from app import i18n
from app.resources import resource_path
from app.services.engine_texts import engine_text
from app.storage.demo_tools import demo_tool_path
from decision.ahp.group import AIJ, AIP
from decision.ahp.matrix import from_judgments, from_matrix
from decision.ahp.priorities import PRIORITIZATIONS, ahp_priorities
from decision.awot import awot_input_from_json
from decision.composite.compute import composite
from decision.composite.files import load_composite
from decision.composite.uncertainty import UncertaintySettings, uncertainty
from decision.dematel import NORMALIZATIONS as NORMALIZATIONS_DEMATEL
from decision.dematel import WEIGHTINGS as WEIGHTINGS_DEMATEL
from decision.dematel import dematel_input_from_json
from decision.errors import DecisionError
from decision.evaluate import rank
from decision.methods.registry import all_methods
from decision.normalization import NORMALIZATIONS, describe
from decision.problem import Alternative, Criterion, Problem
from decision.retail import parse_retail, retail_metrics
from decision.weights import WEIGHTING_METHODS

ROOT = Path(__file__).resolve().parents[2]
BENCHMARK = ROOT / "resources" / "demo" / "benchmark_koper.json"
LANGUAGES = ("sl", "de", "it", "fr")
# Texts with nothing to translate: method acronyms.
ACRONYM = re.compile(r"[A-Z][A-Z0-9 I]*")
# Literature references and method names stay as cited.
NOT_TRANSLATED = (
    "OECD/JRC (2008) Handbook",
    "DEMATEL (Decision Making Trial and Evaluation Laboratory)",
    "SWOT-AHP (A'WOT)",
    "Gabus, A. & Fontela, E.",
    "Si, S.-L., You, X.-Y.",
    "Kurttila, M.",
    "Kangas, J.",
    "Saaty, T.L. (1980)",
    "Alonso, J.A. & Lamata, M.T. (2006)",
)
# Random-index tables named by their citation (the fit beyond n = 15 is translated).
CITED = frozenset(("Saaty (1980)", "Alonso & Lamata (2006)"))


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.set_language("en")


def _tiny() -> Problem:
    crit = [
        Criterion("c1", "C1", "benefit", weight=0.5),
        Criterion("c2", "C2", "cost", weight=0.3),
        Criterion("c3", "C3", "benefit", weight=0.2),
    ]
    alts = [Alternative(f"a{i}", f"A{i}") for i in range(1, 5)]
    return Problem.create("tiny", crit, alts, [[3, 5, 7], [4, 2, 9], [6, 8, 1], [5, 5, 5]])


def method_texts() -> set[str]:
    """Every convention the registered methods write, with every choice of their options."""
    problem = _tiny()
    out: set[str] = {describe(n) for n in NORMALIZATIONS}
    for key, spec in all_methods().items():
        choices = [(p.name, p.choices) for p in spec.parameters if p.kind == "choice"]
        names = [n for n, _ in choices]
        for combo in itertools.product(*(c for _, c in choices)):
            try:
                result = rank(problem, key, dict(zip(names, combo, strict=True)))
            except DecisionError:
                continue
            c = result.conventions
            out.update(
                s for s in (c.method, c.normalization, c.tie_rule, c.weights_source, *c.notes) if s
            )
        out.update((spec.label, spec.description))
    return out


def composite_texts() -> set[str]:
    """Every convention of the composite indicator over its options, and of its Monte Carlo."""
    file = load_composite(BENCHMARK)
    out: set[str] = set()
    for norm, weighting, agg, inner, missing in itertools.product(
        ("minmax", "zscore", "goalpost", "reference", "rank"),
        ("given", "equal", "points", "entropy", "critic"),
        ("linear", "geometric"),
        ("linear", "geometric"),
        ("drop", "mean", "median"),
    ):
        s = dataclasses.replace(
            file.settings,
            normalization=norm,
            weighting=weighting,
            aggregation=agg,
            group_aggregation=inner,
            missing=missing,
        )
        try:
            out.update(composite(file.data, s).conventions.values())
        except DecisionError:
            continue
    unc = uncertainty(file.data, file.settings, UncertaintySettings(runs=12))
    out.update(str(v) for k, v in unc.conventions.items() if k in ("weights", "fixed", "design"))
    return out


def success_texts() -> set[str]:
    """The DEMATEL and A'WOT conventions of the demo sets and their option variants."""
    dematel = json.loads(demo_tool_path("dematel_koper.json").read_text("utf-8"))
    out: set[str] = set()
    for norm, weighting, threshold in itertools.product(
        NORMALIZATIONS_DEMATEL, WEIGHTINGS_DEMATEL, (None, 0.1)
    ):
        raw = dict(dematel, normalization=norm, weighting=weighting, threshold=threshold)
        r = dematel_input_from_json(raw).run()
        c = r.conventions
        out.update(s for s in (c.method, c.normalization, c.weights_source, *c.notes) if s)
        out.add(r.threshold_source)
    awot = json.loads(demo_tool_path("awot_koper.json").read_text("utf-8"))
    for prioritization in PRIORITIZATIONS:
        r2 = awot_input_from_json(dict(awot, prioritization=prioritization)).run()
        c2 = r2.conventions
        out.update(s for s in (c2.method, c2.random_index_table, *c2.notes) if s)
    return out


def ahp_texts() -> set[str]:
    """AHP conventions: both prioritizations, a large matrix (the RI fit), an incomplete one."""
    out: set[str] = {AIJ, AIP}
    for prioritization, n in itertools.product(PRIORITIZATIONS, (3, 12, 17)):
        values = np.ones((n, n))
        values[0, 1:] = 3.0
        values[1:, 0] = 1 / 3
        values[1, 2], values[2, 1] = 5.0, 0.2
        r = ahp_priorities(from_matrix([f"c{i}" for i in range(n)], values), prioritization)
        out.update((r.random_index_table, *r.conventions.notes))
    judgments = [("a", "b", 3), ("b", "c", 2), ("c", "d", 5), ("a", "c", 4)]
    r = ahp_priorities(from_judgments(["a", "b", "c", "d"], judgments))
    out.update(r.conventions.notes)
    return out


def retail_texts() -> set[str]:
    """The notes of the retail figures of the demo town, its product groups and variants."""
    data = json.loads(resource_path("demo", "retail_koper.json").read_text("utf-8"))["retail"]
    out: set[str] = set()
    no_ppi = {k: v for k, v in data.items() if k != "purchasing_power_index"}
    derived = {k: v for k, v in no_ppi.items() if k not in ("spending_per_capita", "groups")}
    derived["spending_potential"] = 290_000_000
    for raw in (data, no_ppi, derived):
        rf = parse_retail(raw)
        for inp in (rf.total, *rf.groups.values()):
            out.update(retail_metrics(inp).notes.values())
    return out


def weighting_texts() -> set[str]:
    """The objective weighting methods' labels, alone and as a weights source."""
    labels = {m.label for m in WEIGHTING_METHODS.values()}
    return labels | {f"objective: {label}" for label in labels}


def _untranslated(texts: set[str]) -> dict[str, list[str]]:
    missing: dict[str, list[str]] = {}
    for code in LANGUAGES:
        i18n.set_language(code)
        for text in sorted(texts):
            if ACRONYM.fullmatch(text) or text.startswith(NOT_TRANSLATED):
                continue
            if all(part in CITED for part in text.split("; ")):
                continue
            if engine_text(text) == text:
                missing.setdefault(code, []).append(text)
    return missing


def test_every_method_convention_is_translated(language: None) -> None:
    assert _untranslated(method_texts()) == {}


def test_every_composite_convention_is_translated(language: None) -> None:
    assert _untranslated(composite_texts()) == {}


def test_every_success_factor_convention_is_translated(language: None) -> None:
    texts = success_texts()
    assert any(t.startswith("rows influence columns") for t in texts)
    assert any(t.startswith("prioritization: ") for t in texts)
    assert _untranslated(texts) == {}


def test_every_ahp_convention_is_translated(language: None) -> None:
    texts = ahp_texts()
    assert "Alonso & Lamata (2006) linear fit" in texts
    assert any("missing judgment(s) completed" in t for t in texts)
    assert _untranslated(texts) == {}


def test_every_retail_note_is_translated(language: None) -> None:
    texts = retail_texts()
    assert "not given: 100 (national average) assumed" in texts
    assert any(t.startswith("derived: ") for t in texts)
    assert _untranslated(texts) == {}


def test_every_objective_weighting_label_is_translated(language: None) -> None:
    assert _untranslated(weighting_texts()) == {}


def test_values_and_citations_survive_in_german(language: None) -> None:
    i18n.set_language("de")
    assert engine_text("3 expert matrix(es) averaged element-wise (arithmetic mean)").startswith(
        "3 Expertenmatrix"
    )
    joined = "Alonso & Lamata (2006); Saaty (1980)"
    assert engine_text(joined) == joined
    assert engine_text("Alonso & Lamata (2006) linear fit") != "Alonso & Lamata (2006) linear fit"
    done = [n for n in ahp_texts() if "missing judgment(s) completed" in n]
    assert done and all("Harker, P.T. (1987)" in engine_text(n) for n in done)


def test_english_and_unknown_texts_are_unchanged(language: None) -> None:
    texts = (
        method_texts()
        | composite_texts()
        | success_texts()
        | ahp_texts()
        | retail_texts()
        | weighting_texts()
    )
    i18n.set_language("en")
    assert all(engine_text(t) == t for t in texts)
    i18n.set_language("de")
    assert engine_text("something the engine says") == "something the engine says"


def test_formatted_texts_keep_their_values_in_the_locale(language: None) -> None:
    i18n.set_language("de")
    weights = (
        "each global indicator weight drawn uniformly in [w (1 - 0.25), w (1 + 0.25)] around "
        "the base weights, then renormalised to sum 1"
    )
    assert "[w (1 - 0,25), w (1 + 0,25)]" in engine_text(weights)
    points = (
        "budget allocation: points given to each indicator, divided by the total (12 points); "
        "normalised to sum 1 inside each group; dimension weights equal"
    )
    assert engine_text(points) == (
        "Punktevergabe: die jedem Indikator gegebenen Punkte, geteilt durch die Gesamtzahl "
        "(12 Punkte); innerhalb jeder Gruppe auf Summe 1 normiert; Gewichte der Dimensionen gleich"
    )
    note = (
        "compromise solution (Opricovic & Tzeng 2004): 'a4', 'a2'; acceptable advantage "
        "fails: these are within DQ = 1/(m-1) = 0.3333 of the best Q"
    )
    assert "'a4', 'a2'" in engine_text(note) and "0,3333" in engine_text(note)


def test_a_german_memo_of_the_demo_states_its_conventions_in_german(
    qapp: object, tmp_path: Path
) -> None:
    from tests.cli.helpers import run_cli
    from tests.memo.conftest import DEMO, memo_json, pdf_text, squash

    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    done = run_cli("import", str(DEMO), "--db", url)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "de.pdf"
    memo_json("1", "--db", url, "--out", str(out), "--lang", "de", "--samples", "200")
    text = squash(pdf_text(out))
    assert "vectornormalization" not in text
    assert squash("standard competition ranking") not in text
    assert squash("Vektornormierung") in text
    english = tmp_path / "en.pdf"
    memo_json("1", "--db", url, "--out", str(english), "--lang", "en", "--samples", "200")
    assert squash("vector normalization x/sqrt(sum x^2)") in squash(pdf_text(english))
