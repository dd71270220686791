"""Locate bundled files under resources/, from a source checkout or a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The resources/ folder: inside the PyInstaller bundle when frozen, else the repo top."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``.

    The path is returned whether or not the file exists; callers decide what missing means.
    """
    root = resources_root()
    path = root.joinpath(*parts)
    # Keep lookups inside resources/: a stray ".." or absolute part is a programming error.
    if not path.resolve().is_relative_to(root.resolve()):
        raise ValueError(f"resource path escapes resources/: {'/'.join(parts)}")
    return path
