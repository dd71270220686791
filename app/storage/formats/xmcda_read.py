"""An XMCDA 3 element tree turned into a project; errors name the element at fault."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element

import numpy as np

from app.storage.document import ProjectDocument
from decision.errors import InputError
from decision.problem import Alternative, Criterion, Direction, Problem

_REAL = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
_INTEGER = re.compile(r"[+-]?[0-9]+")


def local(tag: object) -> str:
    """The element name without its namespace (comments and processing instructions: '')."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(el: Element, name: str) -> list[Element]:
    return [c for c in el if local(c.tag) == name]


def child_text(el: Element, name: str) -> str | None:
    found = children(el, name)
    return (found[0].text or "").strip() if found else None


def _description(el: Element) -> str:
    for d in children(el, "description"):
        comment = child_text(d, "comment")
        if comment:
            return comment
    return ""


def _is_active(el: Element, where: str) -> bool:
    text = child_text(el, "active")
    if text is None or text.lower() in ("true", "1"):
        return True
    if text.lower() in ("false", "0"):
        return False
    raise InputError(f"{where}: <active> is '{text}', not true or false")


def _items(root: Element, group: str, item: str) -> tuple[list[Element], set[str]]:
    """Active items with ids checked; ids of inactive (or fictive) ones come back separately."""
    kept: list[Element] = []
    ids: set[str] = set()
    skipped: set[str] = set()
    k = 0
    for block in children(root, group):
        for el in children(block, item):
            k += 1
            ident = (el.get("id") or "").strip()
            if not ident:
                raise InputError(f"{group}: {item} #{k} has no id")
            if ident in ids or ident in skipped:
                raise InputError(f"{group}: {item} '{ident}' appears twice")
            where = f"{group}, {item} '{ident}'"
            fictive = (child_text(el, "type") or "real").lower() == "fictive"
            if _is_active(el, where) and not fictive:
                ids.add(ident)
                kept.append(el)
            else:
                skipped.add(ident)
    if not kept:
        raise InputError(f"{group}: no active <{item}> in the file")
    return kept, skipped


def number(value: Element, where: str) -> float | None:
    """The number in a ``<value>`` element; None for ``<NA/>`` (a missing value)."""
    inner = [c for c in value if local(c.tag)]
    if len(inner) != 1:
        raise InputError(f"{where}: <value> should hold one <real> or <integer>")
    el = inner[0]
    kind = local(el.tag)
    text = (el.text or "").strip()
    if kind == "NA":
        return None
    if kind == "real" and _REAL.fullmatch(text):
        result = float(text)
    elif kind == "integer" and _INTEGER.fullmatch(text):
        try:
            result = float(int(text))
        except OverflowError:
            result = math.inf
    elif kind == "rational":
        num, den = child_text(el, "numerator") or "", child_text(el, "denominator") or ""
        if not (_INTEGER.fullmatch(num) and _INTEGER.fullmatch(den)) or int(den) == 0:
            raise InputError(f"{where}: rational {num}/{den} is not a number")
        result = int(num) / int(den)
    elif kind in ("real", "integer"):
        raise InputError(f"{where}: '{text}' is not a number")
    else:
        raise InputError(f"{where}: <{kind}> is not a number (expected <real> or <integer>)")
    if not math.isfinite(result):
        raise InputError(f"{where}: '{text}' is not a finite number")
    return result


def one_value(el: Element, where: str) -> Element:
    """The single ``<value>`` of a criterionValue or performance (``<values>`` optional)."""
    found: list[Element] = children(el, "value")
    for block in children(el, "values"):
        found += children(block, "value")
    if len(found) != 1:
        raise InputError(f"{where}: has {len(found)} values; expected exactly one")
    return found[0]


def _referenced(
    el: Element, tag: str, known: set[str] | dict[str, int], skipped: set[str], where: str
) -> str | None:
    """The id in ``<tag>``; None for an inactive item (its data is left out with it)."""
    ident = child_text(el, tag)
    kind = tag.removesuffix("ID")
    if not ident:
        raise InputError(f"{where}: missing <{tag}>")
    if ident in skipped:
        return None
    if ident not in known:
        plural = "alternatives" if kind == "alternative" else "criteria"
        raise InputError(f"{where}: {kind} '{ident}' is not in <{plural}>")
    return ident


def _directions(root: Element, crit_ids: set[str], skipped: set[str]) -> dict[str, Direction]:
    out: dict[str, Direction] = {}
    for block in children(root, "criteriaScales"):
        for scale in children(block, "criterionScale"):
            cid = _referenced(scale, "criterionID", crit_ids, skipped, "criteriaScales")
            if cid is None:
                continue
            where = f"criteriaScales, criterion '{cid}'"
            for direction in _scale_directions(scale, where):
                if cid in out and out[cid] != direction:
                    raise InputError(f"{where}: two scales with different preferenceDirection")
                out[cid] = direction
    return out


def _scale_directions(scale: Element, where: str) -> Iterator[Direction]:
    found: list[Element] = children(scale, "scale")
    for block in children(scale, "scales"):
        found += children(block, "scale")
    for s in found:
        for kind in s:
            if not local(kind.tag):
                continue
            if local(kind.tag) != "quantitative":
                raise InputError(
                    f"{where}: only quantitative scales are supported, not <{local(kind.tag)}>"
                )
            text = (child_text(kind, "preferenceDirection") or "").lower()
            if text not in ("max", "min"):
                raise InputError(f"{where}: preferenceDirection '{text}' is not max or min")
            yield "benefit" if text == "max" else "cost"


def _criteria_values(
    root: Element, concept: str, crit_ids: set[str], skipped: set[str]
) -> dict[str, Element]:
    """The single value element per criterion in every criteriaValues of ``concept``."""
    out: dict[str, Element] = {}
    for block in children(root, "criteriaValues"):
        if (block.get("mcdaConcept") or "").strip().lower() != concept:
            continue
        where = f"criteriaValues ({concept})"
        for cv in children(block, "criterionValue"):
            cid = _referenced(cv, "criterionID", crit_ids, skipped, where)
            if cid is None:
                continue
            if cid in out:
                raise InputError(f"{where}, criterion '{cid}': given twice")
            out[cid] = one_value(cv, f"{where}, criterion '{cid}'")
    return out


def document_from_root(root: Element, stem: str) -> ProjectDocument:
    alt_els, alt_skipped = _items(root, "alternatives", "alternative")
    crit_els, crit_skipped = _items(root, "criteria", "criterion")
    crit_ids = {str(el.get("id")).strip() for el in crit_els}
    directions = _directions(root, crit_ids, crit_skipped)
    weight_els = _criteria_values(root, "weights", crit_ids, crit_skipped)
    unit_els = _criteria_values(root, "units", crit_ids, crit_skipped)
    criteria = []
    for el in crit_els:
        cid = str(el.get("id")).strip()
        if cid not in directions:
            raise InputError(
                f"criteriaScales: criterion '{cid}' has no preferenceDirection (max or min); "
                "guessing could turn a cost into a benefit"
            )
        weight = None
        if cid in weight_els:
            weight = number(weight_els[cid], f"criteriaValues (weights), criterion '{cid}'")
            if weight is not None and weight < 0:
                raise InputError(
                    f"criteriaValues (weights), criterion '{cid}': {weight} is negative"
                )
        unit = ""
        if cid in unit_els:
            unit = child_text(unit_els[cid], "label") or ""
        criteria.append(
            Criterion(
                id=cid,
                name=(el.get("name") or "").strip() or cid,
                direction=directions[cid],
                unit=unit,
                weight=weight,
                description=_description(el),
            )
        )
    alternatives = []
    for el in alt_els:
        aid = str(el.get("id")).strip()
        name = (el.get("name") or "").strip() or aid
        alternatives.append(Alternative(aid, name, _description(el)))
    row = {a.id: i for i, a in enumerate(alternatives)}
    col = {c.id: j for j, c in enumerate(criteria)}
    matrix = np.full((len(row), len(col)), np.nan)
    tables = children(root, "performanceTable")
    if len(tables) > 1:
        raise InputError(f"{len(tables)} <performanceTable> elements; the file should hold one")
    name = stem
    for table in tables:
        name = (table.get("name") or "").strip() or stem
        seen: set[tuple[str, str]] = set()
        for ap in children(table, "alternativePerformances"):
            alt = _referenced(ap, "alternativeID", row, alt_skipped, "performanceTable")
            if alt is None:
                continue
            for perf in children(ap, "performance"):
                where = f"performanceTable, alternative '{alt}'"
                crit = _referenced(perf, "criterionID", col, crit_skipped, where)
                if crit is None:
                    continue
                where += f", criterion '{crit}'"
                if (alt, crit) in seen:
                    raise InputError(f"{where}: a second performance")
                seen.add((alt, crit))
                value = number(one_value(perf, where), where)
                matrix[row[alt], col[crit]] = np.nan if value is None else value
    try:
        problem = Problem.create(name, criteria, alternatives, matrix)
    except InputError as exc:
        raise InputError(exc.message) from None
    return ProjectDocument(problem=problem)
