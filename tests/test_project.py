"""Packaging metadata, the resource locator and the installer spec."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

import pytest

import app
from app.resources import resource_path, resources_root

ROOT = Path(__file__).resolve().parent.parent


def test_pyproject_version_matches_the_package() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["version"] == app.__version__ == "0.1.0"
    assert meta["project"]["scripts"]["innocite"] == "app.cli:main"


def test_resource_path_finds_bundled_files_from_source() -> None:
    assert resources_root() == ROOT / "resources"
    for parts in (
        ("fonts", "DejaVuSans.ttf"),
        ("fonts", "DejaVuSans-Bold.ttf"),
        ("fonts", "LICENSE"),
        ("icons", "innocite.svg"),
    ):
        assert resource_path(*parts).is_file(), parts


def test_resource_path_uses_the_pyinstaller_bundle_when_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert (
        resource_path("fonts", "DejaVuSans.ttf")
        == tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"
    )


def test_resource_path_refuses_to_leave_resources() -> None:
    with pytest.raises(ValueError, match="escapes"):
        resource_path("..", "pyproject.toml")


def test_installer_spec_is_python_with_the_expected_build() -> None:
    source = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    tree = ast.parse(source, filename="build_installer.spec")
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    assert "app/__main__.py" in source or "__main__.py" in source
    assert "sqlalchemy.dialects.sqlite" in source
    assert "sqlalchemy.dialects.postgresql" in source
