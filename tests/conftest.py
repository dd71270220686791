"""Shared fixtures for every test tier; imports no Qt so tests/decision runs without it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests read English unless they switch language themselves, whatever the machine's LANG;
# subprocesses (the CLI tests) inherit this.
os.environ["INNOCITE_LANG"] = "en"

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository top (where pyproject.toml lives)."""
    return ROOT
