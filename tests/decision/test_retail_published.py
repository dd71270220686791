"""Retail centrality, simple form, against a published GfK figure (the index form: test_retail)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from decision.retail import RetailInput, retail_metrics

# Wirtschaftslexikon24, entry "Einzelhandelszentralität", example citing GfK: the town centre
# of Trier has the highest retail centrality in Germany, 190 %; its retail-relevant purchasing
# power (einzelhandelsrelevante Kaufkraft) is 495.2 million EUR and its actual retail turnover
# (Einzelhandelsumsatz) 941.8 million EUR. That is the simple form, turnover / spending
# potential x 100. The index form (turnover index / purchasing-power index x 100) is checked
# against Menden's published indices in test_retail.py; no single source we could read gives
# both forms for the same town.
TRIER_SPENDING_POTENTIAL = 495.2
TRIER_TURNOVER = 941.8
TRIER_PUBLISHED_CENTRALITY = 190.0


def test_trier_simple_form_of_centrality() -> None:
    r = retail_metrics(
        RetailInput(spending_potential=TRIER_SPENDING_POTENTIAL, turnover=TRIER_TURNOVER)
    )
    assert r.centrality_simple == pytest.approx(TRIER_PUBLISHED_CENTRALITY, abs=0.5)
    assert r.centrality_simple == pytest.approx(190.19, abs=0.005)
    assert r.notes["centrality_simple"].startswith("simple")
    # inflow: 446.6 million EUR more is spent in Trier than its residents have to spend
    assert r.net_flow == pytest.approx(446.6)
    assert r.centrality_index is None  # no national values given: the index form is absent


def test_trier_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "trier.json"
    path.write_text(
        json.dumps({"spending_potential": TRIER_SPENDING_POTENTIAL, "turnover": TRIER_TURNOVER})
    )
    done = subprocess.run(
        [sys.executable, "-m", "app", "retail", str(path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(done.stdout)
    assert round(out["centrality_simple"]) == TRIER_PUBLISHED_CENTRALITY
    assert "centrality_index" not in out
