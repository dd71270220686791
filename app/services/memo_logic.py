"""Qt-free logic of the Memo page: the form's settings, format choices and file names."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.i18n import QT_TR_NOOP, tr

# (label in the picker, extension, file-dialog filter); labels and filters shown with tr()
FORMATS: tuple[tuple[str, str, str], ...] = (
    (QT_TR_NOOP("PDF"), ".pdf", QT_TR_NOOP("PDF document (*.pdf)")),
    (QT_TR_NOOP("Word"), ".docx", QT_TR_NOOP("Word document (*.docx)")),
    (QT_TR_NOOP("HTML"), ".html", QT_TR_NOOP("Web page, self-contained (*.html)")),
)
PAGE_SIZES = ("A4", QT_TR_NOOP("Letter"))  # shown with tr(); the value passed on is English
# Does the decision follow the ranking? (label, value for build_snapshot; None: guess from text)
FOLLOWS: tuple[tuple[str, bool | None], ...] = (
    (QT_TR_NOOP("It follows the recommendation"), True),
    (QT_TR_NOOP("It differs from the recommendation"), False),
    (QT_TR_NOOP("Decide from the text (it names the first-ranked option or not)"), None),
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
    language: str = "en"

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
            self.language,
        )


def default_title(project_name: str) -> str:
    return tr("{project} — decision memo").format(project=project_name)


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
