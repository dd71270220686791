"""The demo memo as PDF: the text a reader needs is there (pdftotext), fonts embedded, page sizes."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from app.memo.build import build_snapshot
from app.memo.export import export_memo
from app.storage.repository import ProjectRepository
from decision.ahp.matrix import from_judgments
from decision.ahp.priorities import ahp_priorities
from tests.memo.conftest import DEMO, DEMO_NAME, pdf_text, poppler, squash

DECISION = "Fund the rent subsidy for vacant ground-floor shops from 2027"


@pytest.fixture
def demo_pdf(repo: ProjectRepository, tmp_path: Path) -> Path:
    snap = build_snapshot(repo, DEMO_NAME, decision=DECISION, author="Maja Kovačič")
    return export_memo(snap, tmp_path / "memo.pdf")


def _expected_crs(demo: dict) -> list[str]:  # type: ignore[type-arg]
    """CR of each participant's criteria matrix, computed by the AHP engine from the file."""
    items = [c["id"] for c in demo["criteria"]]
    out = []
    for person in demo["participants"]:
        given = [tuple(j) for j in person["pairwise"]["criteria"]["judgments"]]
        cr = ahp_priorities(from_judgments(items, given)).cr
        out.append(f"{person['name']} {cr:.3f}")
    return out


def test_the_demo_memo_text_has_what_the_issue_asks_for(demo_pdf: Path) -> None:
    demo = json.loads(DEMO.read_text(encoding="utf-8"))
    text = squash(pdf_text(demo_pdf))
    for alt in demo["alternatives"]:
        assert squash(alt["name"]) in text, alt["name"]
    direction = {"cost": "less is better", "benefit": "more is better"}
    for c in demo["criteria"]:  # the criteria table row: name, unit, direction, weight (1 dp)
        row = f"{c['name']} {c['unit']} {direction[c['direction']]} {100 * c['weight']:.1f}"
        assert squash(row) in text, row
    for line in _expected_crs(demo):  # the CR of each AHP matrix, per participant
        name, cr = line.rsplit(" ", 1)
        assert re.search(re.escape(squash(name)) + r"[^0-9]*" + re.escape(cr), text), line
    assert "TOPSIS" in text
    assert squash("vector normalization") in text
    assert squash(f"Decision taken: {DECISION}") in text
    assert squash("stays first unless the weight of") in text
    assert squash("random weightings (seed 0)") in text


def test_fonts_are_embedded(demo_pdf: Path) -> None:
    done = subprocess.run(
        [poppler("pdffonts"), str(demo_pdf)], capture_output=True, text=True, check=True
    )
    rows = done.stdout.splitlines()[2:]
    assert rows, done.stdout
    for row in rows:
        assert "DejaVuSans" in row and " yes " in row, row  # emb column


@pytest.mark.parametrize(("size", "points"), [("A4", (595.3, 841.9)), ("Letter", (612.0, 792.0))])
def test_page_sizes(
    repo: ProjectRepository, tmp_path: Path, size: str, points: tuple[float, float]
) -> None:
    snap = build_snapshot(repo, DEMO_NAME, samples=500, sections=["ranking"])
    out = export_memo(snap, tmp_path / f"{size}.pdf", page_size=size)
    info = subprocess.run(
        [poppler("pdfinfo"), str(out)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"Page size:\s+([0-9.]+) x ([0-9.]+) pts", info)
    assert found is not None, info
    assert (float(found[1]), float(found[2])) == pytest.approx(points, abs=0.5)


def test_no_ligatures_so_the_text_is_searchable(demo_pdf: Path) -> None:
    text = pdf_text(demo_pdf)
    assert "co-financing" in text.replace("\n", "") or "co-fi" in text
    assert not any(ch in text for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04")
