"""The engine's English conventions (decision/) reach people translated: app/services/engine_texts."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.services.engine_texts import engine_text
from decision.composite.compute import composite
from decision.composite.files import load_composite
from decision.composite.uncertainty import UncertaintySettings, uncertainty
from decision.errors import DecisionError
from decision.evaluate import rank
from decision.methods.registry import all_methods
from decision.normalization import NORMALIZATIONS, describe
from decision.problem import Alternative, Criterion, Problem

ROOT = Path(__file__).resolve().parents[2]
BENCHMARK = ROOT / "resources" / "demo" / "benchmark_koper.json"
LANGUAGES = ("sl", "de", "it", "fr")
# Texts with nothing to translate: method acronyms.
ACRONYM = re.compile(r"[A-Z][A-Z0-9 I]*")
# A literature reference stays as cited.
NOT_TRANSLATED = ("OECD/JRC (2008) Handbook",)


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


def _untranslated(texts: set[str]) -> dict[str, list[str]]:
    missing: dict[str, list[str]] = {}
    for code in LANGUAGES:
        i18n.set_language(code)
        for text in sorted(texts):
            if ACRONYM.fullmatch(text) or text.startswith(NOT_TRANSLATED):
                continue
            if engine_text(text) == text:
                missing.setdefault(code, []).append(text)
    return missing


def test_every_method_convention_is_translated(language: None) -> None:
    assert _untranslated(method_texts()) == {}


def test_every_composite_convention_is_translated(language: None) -> None:
    assert _untranslated(composite_texts()) == {}


def test_english_and_unknown_texts_are_unchanged(language: None) -> None:
    texts = method_texts() | composite_texts()
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
