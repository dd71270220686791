"""The optional sheets of an Excel project: Sources, Judgments, Scenarios and Scenario weights."""

from __future__ import annotations

import json
from typing import Any

from app.storage.document import JudgmentKind, JudgmentRecord, ParticipantRecord, ScenarioRecord
from app.storage.formats.excel_cells import Table, normal
from decision.errors import InputError
from decision.problem import Problem

_KINDS: dict[str, JudgmentKind] = {
    "criteria": "criteria",
    "criterion": "criteria",
    "alternatives": "alternatives",
    "alternative": "alternatives",
}


def sources(t: Table | None, problem: Problem) -> dict[tuple[str, str], str]:
    """Where each performance value comes from: one row per (alternative, criterion)."""
    out: dict[tuple[str, str], str] = {}
    if t is None:
        return out
    alts, leaves = set(problem.alternative_ids), set(problem.leaf_ids)
    first: dict[tuple[str, str], int] = {}
    for r in t.sheet.data_rows():
        a = t.text(r, "alternative", required=True)
        if a not in alts:
            raise InputError(f"{t.where(r, 'alternative')}: no alternative '{a}'")
        c = t.text(r, "criterion", required=True)
        if c not in leaves:
            raise InputError(f"{t.where(r, 'criterion')}: no criterion with data called '{c}'")
        if (a, c) in first:
            raise InputError(
                f"{t.sheet.where(r)}: a second source for {a} / {c} (the first is row "
                f"{first[a, c]})"
            )
        first[a, c] = r
        out[a, c] = t.text(r, "source", strip=False)
    return out


def participants(t: Table | None, problem: Problem) -> tuple[ParticipantRecord, ...]:
    """One row per judgment, in order; a row with only participant (and role) keeps a person
    who has not judged yet."""
    if t is None:
        return ()
    roles: dict[str, str] = {}
    judged: dict[str, list[JudgmentRecord]] = {}
    role_row: dict[str, int] = {}
    children: dict[str | None, set[str]] = {}
    for c in problem.criteria:
        children.setdefault(c.parent, set()).add(c.id)
    for r in t.sheet.data_rows():
        name = t.text(r, "participant", required=True)
        role = t.text(r, "role")
        judged.setdefault(name, [])
        if role and roles.get(name, role) != role:
            raise InputError(
                f"{t.where(r, 'role')}: '{name}' has the role '{roles[name]}' in row "
                f"{role_row[name]}; one role per participant"
            )
        if role and name not in roles:
            roles[name], role_row[name] = role, r
        if all(t.text(r, k) == "" for k in ("kind", "node", "a", "b", "value")):
            continue
        judged[name].append(_judgment(t, r, problem, children))
    return tuple(ParticipantRecord(n, roles.get(n, ""), tuple(js)) for n, js in judged.items())


def _judgment(
    t: Table, r: int, problem: Problem, children: dict[str | None, set[str]]
) -> JudgmentRecord:
    raw_kind = normal(t.text(r, "kind", required=True))
    if raw_kind not in _KINDS:
        raise InputError(f"{t.where(r, 'kind')}: '{raw_kind}' is not criteria or alternatives")
    kind = _KINDS[raw_kind]
    node = t.text(r, "node") or None
    leaves = set(problem.leaf_ids)
    if kind == "criteria":
        if node is not None and (node in leaves or node not in children):
            raise InputError(
                f"{t.where(r, 'node')}: '{node}' is not a criteria group (write a group id, "
                "or leave it blank to compare the top-level criteria)"
            )
        allowed = children.get(node, set())
        place = f"group '{node}'" if node else "the top level"
    else:
        if node not in leaves:
            raise InputError(
                f"{t.where(r, 'node')}: alternatives are compared under a criterion with "
                f"data; '{node or ''}' is not one"
            )
        allowed = set(problem.alternative_ids)
        place = "the alternatives"
    a = t.text(r, "a", required=True)
    b = t.text(r, "b", required=True)
    for key, item in (("a", a), ("b", b)):
        if item not in allowed:
            raise InputError(f"{t.where(r, key)}: '{item}' is not in {place}")
    if a == b:
        raise InputError(f"{t.where(r, 'b')}: compares '{a}' with itself")
    value = t.number(r, "value", required=True)
    assert value is not None
    if value <= 0:
        raise InputError(f"{t.where(r, 'value')}: {value:g} is not > 0 (use 1/3 as 0.3333, not -3)")
    return JudgmentRecord(kind, node, a, b, value)


def scenarios(
    t: Table | None, weights: Table | None, problem: Problem
) -> tuple[ScenarioRecord, ...]:
    """Named weight sets: one row each in Scenarios, their weights in Scenario weights."""
    rows: dict[str, dict[str, Any]] = {}
    if t is not None:
        first: dict[str, int] = {}
        for r in t.sheet.data_rows():
            name = t.text(r, "name", required=True)
            if name in first:
                raise InputError(
                    f"{t.where(r, 'name')}: scenario '{name}' is used twice (first in row "
                    f"{first[name]})"
                )
            first[name] = r
            rows[name] = {
                "method": t.text(r, "method") or "topsis",
                "weights_source": t.text(r, "weights source") or "direct",
                "description": t.text(r, "description", strip=False),
                "parameters": _parameters(t, r),
                "weights": {},
            }
    if weights is not None:
        ids = {c.id for c in problem.criteria}
        first_w: dict[tuple[str, str], int] = {}
        for r in weights.sheet.data_rows():
            name = weights.text(r, "scenario", required=True)
            if name not in rows:
                raise InputError(
                    f"{weights.where(r, 'scenario')}: no scenario '{name}' in sheet 'Scenarios'"
                )
            cid = weights.text(r, "criterion", required=True)
            if cid not in ids:
                raise InputError(f"{weights.where(r, 'criterion')}: no criterion '{cid}'")
            if (name, cid) in first_w:
                raise InputError(
                    f"{weights.sheet.where(r)}: a second weight for '{name}' / '{cid}' "
                    f"(the first is row {first_w[name, cid]})"
                )
            first_w[name, cid] = r
            w = weights.number(r, "weight", required=True)
            assert w is not None
            if w < 0:
                raise InputError(f"{weights.where(r, 'weight')}: {w:g} is negative")
            rows[name]["weights"][cid] = w
    return tuple(ScenarioRecord(name=name, **fields) for name, fields in rows.items())


def _parameters(t: Table, r: int) -> dict[str, Any]:
    text = t.text(r, "parameters")
    if not text:
        return {}
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except ValueError as exc:
        raise InputError(
            f'{t.where(r, "parameters")}: not valid JSON text such as {{"v": 0.5}} ({exc})'
        ) from None
    if not isinstance(value, dict):
        raise InputError(f"{t.where(r, 'parameters')}: expected JSON text in braces {{...}}")
    return value


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not allowed")
