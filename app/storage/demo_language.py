"""The demo data in the user's language: resources/demo/i18n/<lang>.json overlays.

The demo files under resources/demo are written in English. Each overlay file maps every
user-visible English text of them (project names, descriptions, criteria, alternatives,
scenarios, indicators, factors, strategies, zones ...) to its translation, e.g.
``{"Delivery risk": "Umsetzungsrisiko"}``. Seeding applies the overlay to the text fields
listed in :data:`FIELDS` only, so ids, numbers and settings stay exactly as in the file.

Kept as they are (no entry needed): place names (:data:`KEEP`), person names, source
citations (``sources``, ``units[].source``, ``cell_sources``) and the file's ``owner``.

This module is Qt-free (app/storage); the caller passes the language code, e.g.
``app.i18n.current_language()``.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Iterator
from functools import cache
from typing import Any

from app.resources import resource_path

LANGUAGES: tuple[str, ...] = ("sl", "de", "it", "fr")
"""The languages with an overlay; English is the files' own language."""

FieldPath = tuple[str, ...]
"""Where text sits in a demo file: object keys, ``*`` = every item of a list (or every
value of an object), ``<keys>`` = the keys of an object."""

FIELDS: dict[str, tuple[FieldPath, ...]] = {
    "koper_sme_support.json": (
        ("name",),
        ("question",),
        ("description",),
        ("criteria", "*", "name"),
        ("criteria", "*", "unit"),
        ("criteria", "*", "description"),
        ("alternatives", "*", "name"),
        ("alternatives", "*", "description"),
        ("participants", "*", "name"),  # the person's role in brackets; the name stays
        ("scenarios", "*", "name"),
        ("scenarios", "*", "description"),
    ),
    "benchmark_koper.json": (
        ("name",),
        ("description",),
        ("units", "*", "country"),
        ("indicators", "*", "name"),
        ("indicators", "*", "unit"),
        ("indicators", "*", "group"),
        ("indicators", "*", "source"),
        ("indicators", "*", "note"),
    ),
    "dematel_koper.json": (
        ("name",),
        ("description",),
        ("factors", "*"),
        ("experts", "*"),
    ),
    "awot_koper.json": (
        ("name",),
        ("description",),
        ("groups", "*", "factors", "*"),
        ("strategies", "names", "*"),
    ),
    "retail_koper.json": (
        ("name",),
        ("description",),
        ("huff", "units", "*"),
        ("huff", "origins", "*", "id"),
        ("huff", "destinations", "*", "id"),
        ("huff", "new_destination", "id"),
        ("retail", "unit"),
        ("retail", "groups", "*", "id"),
    ),
    "network_koper.json": (
        ("name",),
        ("description",),
        ("units", "*"),
        ("functions", "<keys>"),
    ),
}
"""The translated text fields of each demo file under resources/demo."""

KEEP: frozenset[str] = frozenset(
    {"Koper", "Izola", "Piran", "Sežana", "Trieste", "Ankaran", "Žusterna-Semedela", "%"}
)
"""Place names (and symbols) in translated fields that stay as they are in every language."""

log = logging.getLogger(__name__)


@cache
def overlay(language: str) -> dict[str, str]:
    """The English -> ``language`` map of the demo texts; empty for English or no file."""
    if language not in LANGUAGES:
        return {}
    path = resource_path("demo", "i18n", f"{language}.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("the file is not a JSON object")
        return {str(k): str(v) for k, v in raw.items()}
    except Exception as exc:  # logged: the demo then stays in English
        log.warning("could not read the demo translations %s: %s", path, exc)
        return {}


def translate(text: str, language: str) -> str:
    """``text`` in ``language``; the English text when there is no entry for it."""
    if text in KEEP:
        return text
    return overlay(language).get(text, text)


def texts(data: Any, fields: tuple[FieldPath, ...]) -> Iterator[str]:
    """Every text of ``data`` at ``fields`` (place names of :data:`KEEP` left out)."""
    for path in fields:
        for text in _at(data, path):
            if text not in KEEP:
                yield text


def localize(data: Any, file: str, language: str) -> Any:
    """A copy of the decoded demo ``file`` with its text fields in ``language``."""
    if language not in LANGUAGES or file not in FIELDS:
        return data
    out = copy.deepcopy(data)
    for path in FIELDS[file]:
        _rewrite(out, path, lambda s: translate(s, language))
    return out


def _at(node: Any, path: FieldPath) -> Iterator[str]:
    if not path:
        if isinstance(node, str):
            yield node
        return
    key, rest = path[0], path[1:]
    if key == "<keys>":
        if isinstance(node, dict):
            yield from (k for k in node if isinstance(k, str))
    elif key == "*":
        items = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
        for item in items:
            yield from _at(item, rest)
    elif isinstance(node, dict) and key in node:
        yield from _at(node[key], rest)


def _rewrite(node: Any, path: FieldPath, change: Any) -> None:
    key, rest = path[0], path[1:]
    if key == "<keys>":
        if isinstance(node, dict):
            items = list(node.items())
            node.clear()
            node.update((change(k) if isinstance(k, str) else k, v) for k, v in items)
        return
    if key == "*":
        if isinstance(node, dict):
            slots: list[Any] = list(node.keys())
        elif isinstance(node, list):
            slots = list(range(len(node)))
        else:
            return
    elif isinstance(node, dict) and key in node:
        slots = [key]
    else:
        return
    for slot in slots:
        if rest:
            _rewrite(node[slot], rest, change)
        elif isinstance(node[slot], str):
            node[slot] = change(node[slot])
