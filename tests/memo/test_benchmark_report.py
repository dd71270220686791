"""The benchmarking report (issue 7): the demo data set as PDF, DOCX and HTML; escaping, accents."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.memo.benchmark_export import ReportFormatError, export_report, report_html
from app.memo.benchmark_report import BenchmarkReport, report_from_file
from decision.composite import composite, load_composite, uncertainty
from tests.memo.conftest import ROOT, pdf_text, poppler, squash

DEMO = ROOT / "resources" / "demo" / "benchmark_koper.json"
MARK = "<b>x</b> & y čšž äöü éà"
NOW = dt.datetime(2026, 5, 4, 10, 0)


def demo_raw() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(DEMO.read_text(encoding="utf-8"))
    return raw


@pytest.fixture(scope="module")
def demo_report(qapp: object) -> BenchmarkReport:
    """The demo set with its Monte Carlo (the file's uncertainty block) and Koper vs 3 peers."""
    return report_from_file(
        demo_raw(), run_uncertainty=True, town="Koper", peers=["Izola", "Piran", "Trieste"], now=NOW
    )


@pytest.fixture(scope="module")
def demo_pdf(demo_report: BenchmarkReport, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_report(demo_report, tmp_path_factory.mktemp("report") / "demo.pdf")


def marked_raw() -> dict[str, Any]:
    """A small set whose town and indicator carry markup and accents."""
    return {
        "name": f"Set {MARK}",
        "units": [
            {"id": f"Town {MARK}", "country": "Slovenija", "region": "Obalno-kraška"},
            "Izola",
            "Piran",
        ],
        "indicators": [
            {"id": "a", "name": f"Indicator {MARK}", "unit": "m²", "direction": "benefit",
             "illustrative": True},
            {"id": "b", "name": "Vacancy", "direction": "cost", "source": "Občina Koper",
             "year": 2022, "illustrative": False},
        ],
        "matrix": [[1.0, 5.0], [2.0, None], [3.0, 2.0]],
        "missing": "median",
    }  # fmt: skip


def test_the_demo_pdf_has_the_data_method_and_ranking(demo_pdf: Path) -> None:
    raw = demo_raw()
    text = squash(pdf_text(demo_pdf))
    for u in raw["units"]:
        assert squash(u["id"]) in text, u["id"]
    for ind in raw["indicators"]:
        assert squash(ind["name"]) in text, ind["name"]
    # the normalization in plain words, and its formula
    assert squash("the worst town gets 0 and the best town 1 (min-max normalization)") in text
    assert squash("y = (x - min)/(max - min)") in text
    # every imputed cell the engine reports, with the indicator's name
    cf = load_composite(DEMO)
    result = composite(cf.data, cf.settings)
    assert result.imputed, "the demo set has missing values to impute"
    names = {i["id"]: i["name"] for i in raw["indicators"]}
    for unit, ind in result.imputed:
        assert squash(f"{unit} – {names[ind]}:") in text, (unit, ind)
    assert "illustrative" in text
    assert squash("Illustrative values: the values of 12 of 12 indicators are illustrative") in text
    assert squash("Koper, Population density (SURS") in text  # a sourced cell named as such
    # the ranking, best first, with the engine's scores
    rows = [f"{rank} {unit} {score:.4f}" for unit, score, rank in result.ranking()]
    pos = [text.find(squash(r)) for r in rows]
    assert all(p >= 0 for p in pos), rows
    assert pos == sorted(pos)


def test_the_demo_pdf_has_the_uncertainty_peers_and_footer(
    demo_pdf: Path, demo_report: BenchmarkReport
) -> None:
    text = squash(pdf_text(demo_pdf))
    cf = load_composite(DEMO)
    assert cf.uncertainty is not None
    unc = uncertainty(cf.data, cf.settings, cf.uncertainty)  # an independent run, same seed
    for i, unit in enumerate(unc.unit_ids):
        band = f"{unc.median_rank[i]:g}{unc.p05[i]:g}–{unc.p95[i]:g}"
        assert re.search(re.escape(squash(unit)) + r"\d+\.\d{4}" + re.escape(band), text), unit
    assert squash(f"{unc.runs:,} times (Monte Carlo, seed {unc.seed})") in text
    for factor, share in unc.overall.items():
        assert squash(f"{100 * share:.1f}") in text, factor
    assert squash("Koper against its peers") in text
    assert squash("compared with the mean of Izola, Piran, Trieste") in text
    assert squash("Strongest indicators:") in text and squash("Weakest indicators:") in text
    assert demo_report.data_hash in text
    assert squash(f"{unc.runs:,} runs, seed {unc.seed}") in text


def test_the_demo_pdf_embeds_its_font_and_has_three_charts(demo_pdf: Path) -> None:
    fonts = subprocess.run(
        [poppler("pdffonts"), str(demo_pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all("DejaVuSans" in r and " yes " in r for r in fonts), fonts
    images = subprocess.run(
        [poppler("pdfimages"), "-list", str(demo_pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len([r for r in images if " image " in r]) == 3, images


def test_user_text_is_escaped_and_accents_survive(qapp: object, tmp_path: Path) -> None:
    report = report_from_file(marked_raw(), town=f"Town {MARK}", now=NOW)
    html = report_html(report)
    assert "<b>x</b>" not in html
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y čšž äöü éà" in html
    assert html.count("<img") == 1  # the scores; no radar on two axes
    pdf = export_report(report, tmp_path / "m.pdf")
    text = pdf_text(pdf)
    assert f"Town {MARK}" in text
    assert squash(f"Indicator {MARK}") in squash(text)
    assert "Obalno-kraška" in text and "Občina Koper" in text
    docx = export_report(report, tmp_path / "m.docx")
    body = docx_text(docx)
    assert f"Town {MARK}" in body and f"Indicator {MARK}" in body


def test_the_docx_reads_back(demo_report: BenchmarkReport, tmp_path: Path) -> None:
    from docx import Document

    path = export_report(demo_report, tmp_path / "demo.docx")
    body = docx_text(path)
    raw = demo_raw()
    for u in raw["units"]:
        assert u["id"] in body
    for ind in raw["indicators"]:
        assert ind["name"] in body
    assert "Koper against its peers" in body and "illustrative" in body
    doc = Document(str(path))
    assert len(doc.inline_shapes) == 3
    assert demo_report.data_hash[:16] in doc.sections[0].footer.paragraphs[0].text


def test_the_html_is_self_contained(demo_report: BenchmarkReport, tmp_path: Path) -> None:
    path = export_report(demo_report, tmp_path / "demo.html")
    html = path.read_text(encoding="utf-8")
    sources = re.findall(r'src="([^"]*)"', html)
    assert len(sources) == 3
    assert all(s.startswith("data:image/png;base64,") for s in sources)
    assert "<link" not in html and "href=" not in html and "url(" not in html
    assert '<meta charset="utf-8">' in html
    for u in demo_raw()["units"]:
        assert u["id"] in html


def test_without_uncertainty_or_town_the_report_says_so(qapp: object, tmp_path: Path) -> None:
    raw = {k: v for k, v in demo_raw().items() if k not in ("uncertainty", "reference")}
    report = report_from_file(raw, run_uncertainty=True, now=NOW)
    assert report.uncertainty is None and report.peers is None
    text = squash(pdf_text(export_report(report, tmp_path / "plain.pdf")))
    assert squash("No uncertainty analysis was run") in text
    assert "Medianrank" not in text and "againstitspeers" not in text


def test_a_bad_extension_or_town_is_refused(demo_report: BenchmarkReport, tmp_path: Path) -> None:
    with pytest.raises(ReportFormatError, match=r"\.pdf, \.docx or \.html"):
        export_report(demo_report, tmp_path / "r.txt")
    assert not (tmp_path / "r.txt").exists()
    from decision.errors import InputError

    with pytest.raises(InputError, match="Nowhere"):
        report_from_file(demo_raw(), town="Nowhere")


def docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_the_german_report_has_german_headings_and_decimal_commas(
    qapp: object, tmp_path: Path
) -> None:
    """Issue 9: the report is written in the language active when it is built and exported."""
    from app.i18n import current_language, language

    with language("de"):
        report = report_from_file(
            demo_raw(), run_uncertainty=True, town="Koper", peers=["Izola", "Piran"], now=NOW
        )
        out = export_report(report, tmp_path / "bericht.pdf")
    assert current_language() == "en"  # switched back after the block
    text = pdf_text(out)
    for heading in (
        "Benchmarking-Bericht: ",
        "Städte",
        "Indikatoren",
        "Methode",
        "Fehlende Daten",
        "Normierung",
        "Gewichtung und Aggregation",
        "Rangfolge nach Composite-Indikator",
        "Wie sicher sind die Ränge?",
        "Koper im Vergleich mit den Vergleichsstädten",
        "Reproduzierbarkeit",
    ):
        assert heading in text, heading
    assert "04.05.2026" in text  # the German date
    assert "1.000-mal neu berechnet" in text  # German grouping of the 1000 runs
    first = report.result.ranking()[0]
    german_score = f"{first[1]:.4f}".replace(".", ",")
    assert f"{first[0]} steht mit einem Punktwert des Composite-Indikators von {german_score}" in (
        " ".join(text.split())
    )
    scores = re.findall(r"\b0[.,]\d{4}\b", text)
    assert scores and all("," in s for s in scores), scores  # decimal commas, no points
    assert "Composite ranking" not in text and "How certain are the ranks?" not in text
