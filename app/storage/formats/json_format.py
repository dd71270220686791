"""The engine's JSON problem file, extended with project fields, sources, participants, scenarios."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from app.storage.document import (
    JudgmentKind,
    JudgmentRecord,
    ParticipantRecord,
    ProjectDocument,
    ScenarioRecord,
)
from app.storage.formats.atomic import write_text_atomically
from decision.errors import InputError
from decision.files import (
    PairwiseInput,
    load_json,
    parse_pairwise_blocks,
    parse_problem,
    problem_to_json,
)
from decision.problem import Problem


def read_json(path: Path) -> ProjectDocument:
    return document_from_json(load_json(path))


def document_from_json(data: Any) -> ProjectDocument:
    """The project in a decoded JSON problem file; the file's own ``pairwise`` block counts as
    the judgments of its owner (or "File judgments" when it names none)."""
    problem = parse_problem(data, require_matrix=False, allow_missing=True).problem
    root: dict[str, Any] = data
    people = _list(root.get("participants", []), "participants")
    participants = []
    if "pairwise" in root:
        owner = _text(root.get("owner", ""), "owner") or "File judgments"
        judgments = _judgments_of(_obj(root["pairwise"], "pairwise"), problem, "pairwise")
        participants.append(ParticipantRecord(owner, "", judgments))
    for k, raw in enumerate(people):
        where = f"participants[{k}]"
        person = _obj(raw, where)
        name = _text(person.get("name"), f"{where}.name")
        pw = _obj(person.get("pairwise", {}), f"participant '{name}': pairwise")
        participants.append(
            ParticipantRecord(
                name,
                _text(person.get("role", ""), f"participant '{name}': role"),
                _judgments_of(pw, problem, f"participant '{name}': pairwise"),
            )
        )
    return ProjectDocument(
        problem=problem,
        question=_text(root.get("question", ""), "question"),
        description=_text(root.get("description", ""), "description"),
        owner=_text(root.get("owner", ""), "owner"),
        sources=_sources(root.get("sources", []), problem),
        participants=tuple(participants),
        scenarios=tuple(
            _scenario(s, f"scenarios[{k}]")
            for k, s in enumerate(_list(root.get("scenarios", []), "scenarios"))
        ),
    )


def document_to_json(doc: ProjectDocument) -> dict[str, Any]:
    """The JSON file for ``doc``; :func:`document_from_json` reads it back equal."""
    out = problem_to_json(doc.problem)
    for key in ("question", "description", "owner"):
        if getattr(doc, key):
            out[key] = getattr(doc, key)
    if doc.sources:
        out["sources"] = [
            {"alternative": a, "criterion": c, "source": t} for (a, c), t in ordered_sources(doc)
        ]
    if doc.participants:
        out["participants"] = [_participant_json(p) for p in doc.participants]
    if doc.scenarios:
        out["scenarios"] = [
            {
                "name": s.name,
                "method": s.method,
                "parameters": dict(s.parameters),
                "weights": dict(s.weights),
                "weights_source": s.weights_source,
                **({"description": s.description} if s.description else {}),
            }
            for s in doc.scenarios
        ]
    return out


def ordered_sources(doc: ProjectDocument) -> list[tuple[tuple[str, str], str]]:
    """Source notes in matrix order (row by row), whatever order they were collected in."""
    row = {a: i for i, a in enumerate(doc.problem.alternative_ids)}
    col = {c: j for j, c in enumerate(doc.problem.leaf_ids)}
    return sorted(doc.sources.items(), key=lambda kv: (row[kv[0][0]], col[kv[0][1]]))


def write_json(doc: ProjectDocument, path: Path) -> None:
    text = json.dumps(document_to_json(doc), ensure_ascii=False, indent=1, allow_nan=False)
    write_text_atomically(path, text + "\n")


# -- pieces -------------------------------------------------------------------------------
def _judgments_of(
    pairwise: dict[str, Any], problem: Problem, where: str
) -> tuple[JudgmentRecord, ...]:
    crit_pw, groups, alts = parse_pairwise_blocks(pairwise, problem, where)
    out: list[JudgmentRecord] = []
    if crit_pw is not None:
        out += _records(crit_pw, "criteria", None)
    for gid, block in groups.items():
        out += _records(block, "criteria", gid)
    for cid, block in alts.items():
        out += _records(block, "alternatives", cid)
    return tuple(out)


def _records(block: PairwiseInput, kind: JudgmentKind, node: str | None) -> list[JudgmentRecord]:
    if block.matrix is None:
        return [JudgmentRecord(kind, node, a, b, v) for a, b, v in block.judgments]
    items, m = block.items, block.matrix
    return [
        JudgmentRecord(kind, node, items[i], items[j], float(m[i, j]))
        for i in range(len(items))
        for j in range(i + 1, len(items))
        if math.isfinite(m[i, j])
    ]


def _participant_json(p: ParticipantRecord) -> dict[str, Any]:
    pairwise: dict[str, Any] = {}
    for j in p.judgments:
        triple = [j.a, j.b, j.value]
        if j.kind == "alternatives":
            block = pairwise.setdefault("alternatives", {}).setdefault(j.node, {"judgments": []})
        elif j.node is None:
            block = pairwise.setdefault("criteria", {"judgments": []})
        else:
            block = pairwise.setdefault("groups", {}).setdefault(j.node, {"judgments": []})
        block["judgments"].append(triple)
    return {"name": p.name, **({"role": p.role} if p.role else {}), "pairwise": pairwise}


def _sources(raw: Any, problem: Problem) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for k, item in enumerate(_list(raw, "sources")):
        where = f"sources[{k}]"
        entry = _obj(item, where)
        key = (
            _text(entry.get("alternative"), f"{where}.alternative"),
            _text(entry.get("criterion"), f"{where}.criterion"),
        )
        if key in out:
            raise InputError(f"{where}: a second source for {key[0]} / {key[1]}")
        out[key] = _text(entry.get("source"), f"{where}.source")
    return out


def _scenario(raw: Any, where: str) -> ScenarioRecord:
    s = _obj(raw, where)
    name = _text(s.get("name"), f"{where}.name")
    w = f"scenario '{name}'"
    weights = _obj(s.get("weights", {}), f"{w}: weights")
    parsed: dict[str, float] = {}
    for cid, value in weights.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InputError(f"{w}: weight of '{cid}' is not a number")
        parsed[str(cid)] = float(value)
    return ScenarioRecord(
        name=name,
        method=_text(s.get("method", "topsis"), f"{w}: method") or "topsis",
        parameters=_obj(s.get("parameters", {}), f"{w}: parameters"),
        weights=parsed,
        weights_source=_text(s.get("weights_source", "direct"), f"{w}: weights_source") or "direct",
        description=_text(s.get("description", ""), f"{w}: description"),
    )


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected an object {{...}}")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise InputError(f"{where}: expected a list [...]")
    return value


def _text(value: Any, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(f"{where}: expected text")
    return value
