"""Shared fixtures for every test tier; imports no Qt so tests/decision runs without it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository top (where pyproject.toml lives)."""
    return ROOT
