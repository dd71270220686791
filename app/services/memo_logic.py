"""Qt-free logic of the Memo page: the form's settings, format choices and file names."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# (label in the picker, extension, file-dialog filter)
FORMATS: tuple[tuple[str, str, str], ...] = (
    ("PDF", ".pdf", "PDF document (*.pdf)"),
    ("Word", ".docx", "Word document (*.docx)"),
    ("HTML", ".html", "Web page, self-contained (*.html)"),
)
PAGE_SIZES = ("A4", "Letter")
# Does the decision follow the ranking? (label, value for build_snapshot; None: guess from text)
FOLLOWS: tuple[tuple[str, bool | None], ...] = (
    ("It follows the recommendation", True),
    ("It differs from the recommendation", False),
    ("Decide from the text (it names the first-ranked option or not)", None),
)
SAMPLES = 10_000  # Monte Carlo weightings behind the memo's robustness sentences
SEED = 0


@dataclass(frozen=True)
class MemoForm:
    """What the user set on the Memo page; equal forms give equal memos of the same data."""

    title: str
    author: str
    decision: str
    rationale: str
    sections: tuple[str, ...]
    method: str
    parameters: Mapping[str, Any] = field(default_factory=dict)
    follows: bool | None = True

    def key(self) -> tuple[Any, ...]:
        """Hashable identity of the form (parameters included)."""
        params = tuple(sorted((str(k), repr(v)) for k, v in self.parameters.items()))
        return (
            self.title,
            self.author,
            self.decision,
            self.rationale,
            self.sections,
            self.method,
            params,
            self.follows,
        )


def default_title(project_name: str) -> str:
    return f"{project_name} — decision memo"


def suggested_file(project_name: str, extension: str, folder: Path | None = None) -> Path:
    """A file name from the project name, safe on Windows, macOS and Linux."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", project_name).strip(" .") or "memo"
    stem = re.sub(r"\s+", " ", stem)[:80]
    name = f"{stem} - memo{extension}"
    return (folder or Path.home()) / name


def with_extension(path: Path, extension: str) -> Path:
    """``path`` with ``extension`` unless it already ends in a memo format's extension."""
    known = {ext for _, ext, _ in FORMATS} | {".htm"}
    return path if path.suffix.lower() in known else path.with_name(path.name + extension)
