"""Broken problem and AHP files: exit 2, one line on stderr naming the file and the place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli

BROKEN = Path(__file__).parent / "broken"
EXPECTED: dict[str, dict[str, object]] = json.loads((BROKEN / "expected.json").read_text())


def test_there_are_at_least_25_broken_files() -> None:
    assert len(EXPECTED) >= 25
    assert all((BROKEN / name).is_file() for name in EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_gives_exit_2_and_one_line(name: str) -> None:
    case = EXPECTED[name]
    args = [str(a) for a in case["args"]]  # type: ignore[attr-defined]
    path = BROKEN / name
    proc = run_cli(args[0], str(path), *args[1:])
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert lines[0].startswith(f"innocite: {path}: ")
    assert str(case["message"]) in lines[0], lines[0]


def test_missing_file_and_bad_option() -> None:
    proc = run_cli("rank", "no/such/file.json")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "innocite: no/such/file.json: file not found"
    proc = run_cli("rank", str(BROKEN / "empty.json"), "--mode", "sideways")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1
