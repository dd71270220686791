"""Shared builders for engine tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from decision.problem import Alternative, Criterion, Direction, Problem

REFERENCE = Path(__file__).parent / "reference"


def reference(name: str) -> dict[str, Any]:
    """A published worked example copied from ../shared/reference (source inside the JSON)."""
    data: dict[str, Any] = json.loads((REFERENCE / f"{name}.json").read_text())
    return data


def make_problem(matrix: Any, types: Any, weights: Any = None, name: str = "test") -> Problem:
    """A flat problem with ids c1.., a1.. from a matrix and +1/-1 or benefit/cost types."""
    m = np.asarray(matrix, dtype=float)
    crit = []
    for j, t in enumerate(types):
        direction: Direction = "benefit" if t in (1, "benefit", "max") else "cost"
        w = None if weights is None else float(weights[j])
        crit.append(Criterion(id=f"c{j + 1}", name=f"C{j + 1}", direction=direction, weight=w))
    alts = [Alternative(id=f"a{i + 1}", name=f"A{i + 1}") for i in range(m.shape[0])]
    return Problem.create(name, crit, alts, m)
