"""Extract, fill, compile and check the Qt translations (resources/i18n/innocite_<lang>.ts/.qm).

    python scripts/translations.py build     # lupdate + fill from pending/*.json + lrelease
    python scripts/translations.py check     # unfinished entries and placeholder mismatches

Strings are marked in the code with ``tr("...")`` or ``QT_TR_NOOP("...")`` from app.i18n.
Translations are kept in the .ts files (the source of truth); ``resources/i18n/pending/*.json``
files, ``{"English": {"sl": "...", "de": "...", "it": "...", "fr": "..."}}``, are merged into
them by ``build`` into entries that are still unfinished (a finished translation is kept;
edit it in the .ts or with pyside6-linguist).
"""

from __future__ import annotations

import fcntl
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
PENDING = I18N / "pending"
TARGETS = ("sl", "de", "it", "fr")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def tool(name: str) -> str:
    """A Qt tool shipped with the PySide6 wheel, next to the running interpreter."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    found = found or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"translations: pyside6-{name} not found (pip install PySide6)")
    return found


def sources() -> list[str]:
    """Every Python file of the application, relative to the repo top."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def ts_path(lang: str) -> Path:
    return I18N / f"innocite_{lang}.ts"


@contextmanager
def locked() -> Iterator[None]:
    """One build at a time (helpers may run it side by side)."""
    I18N.mkdir(parents=True, exist_ok=True)
    with open(I18N / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def pending() -> dict[str, dict[str, str]]:
    """All pending translations merged: English -> {lang: text}."""
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(PENDING.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise SystemExit(f"translations: {path.name}: {exc}") from exc
        for source, langs in data.items():
            merged.setdefault(source, {}).update(langs)
    return merged


def update() -> None:
    for lang in TARGETS:
        subprocess.run(
            [
                tool("lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(ts_path(lang)),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def fill() -> None:
    table = pending()
    for lang in TARGETS:
        path = ts_path(lang)
        tree = ET.parse(path)
        for message in tree.iter("message"):
            source = message.findtext("source") or ""
            text = table.get(source, {}).get(lang)
            node = message.find("translation")
            if node is None or not text:
                continue
            if node.get("type") != "unfinished" and node.text:
                continue  # the .ts is the source of truth: pending JSON only fills gaps
            node.text = text
            node.attrib.pop("type", None)
        write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def release() -> None:
    for lang in TARGETS:
        subprocess.run(
            [
                tool("lrelease"),
                "-silent",
                str(ts_path(lang)),
                "-qm",
                str(I18N / f"innocite_{lang}.qm"),
            ],
            cwd=ROOT,
            check=True,
        )


def problems(lang: str) -> list[str]:
    """Unfinished entries and translations whose {placeholders} differ from the source."""
    found: list[str] = []
    for message in ET.parse(ts_path(lang)).iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = "" if node is None else (node.text or "")
        if node is None or node.get("type") == "unfinished" or not text:
            found.append(f"{lang}: unfinished: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            found.append(f"{lang}: placeholders differ: {source!r} -> {text!r}")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "build":
        with locked():
            update()
            fill()
            release()
        command = "check"
    if command == "check":
        issues = [line for lang in TARGETS for line in problems(lang)]
        for line in issues[:200]:
            print(line)
        print(f"{len(issues)} problem(s)")
        return 1 if issues else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
