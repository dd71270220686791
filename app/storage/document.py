"""A whole project as plain values: what import reads, export writes and the database stores."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from decision.errors import InputError
from decision.problem import Problem

JudgmentKind = Literal["criteria", "alternatives"]


@dataclass(frozen=True)
class JudgmentRecord:
    """``a`` is ``value`` times as important (or preferred) as ``b`` at ``node``.

    ``node`` is the group whose children are compared (None: the top level) for kind
    'criteria', or the leaf criterion under which alternatives are compared.
    """

    kind: JudgmentKind
    node: str | None
    a: str
    b: str
    value: float


@dataclass(frozen=True)
class ParticipantRecord:
    """One person's pairwise judgments, in the order they were given."""

    name: str
    role: str = ""
    judgments: tuple[JudgmentRecord, ...] = ()


@dataclass(frozen=True)
class ScenarioRecord:
    """A named weight set: leaf or group weights by criterion id, with the ranking method."""

    name: str
    method: str = "topsis"
    parameters: Mapping[str, Any] = field(default_factory=dict)
    weights: Mapping[str, float] = field(default_factory=dict)
    weights_source: str = "direct"  # direct, ahp, entropy, critic, ...
    description: str = ""


@dataclass(frozen=True)
class ProjectDocument:
    """Everything a project holds that a file can carry."""

    problem: Problem
    question: str = ""
    description: str = ""
    owner: str = ""
    sources: Mapping[tuple[str, str], str] = field(default_factory=dict)
    participants: tuple[ParticipantRecord, ...] = ()
    scenarios: tuple[ScenarioRecord, ...] = ()

    @property
    def name(self) -> str:
        return self.problem.name


def check_document(doc: ProjectDocument) -> None:
    """Check every cross-reference (sources, judgments, scenarios) against the problem.

    The problem's own structure was checked when it was created; the message names the
    participant, scenario or cell at fault.
    """
    problem = doc.problem
    alts = set(problem.alternative_ids)
    leaves = set(problem.leaf_ids)
    for a, c in doc.sources:
        if a not in alts:
            raise InputError(f"source note for alternative '{a}': no such alternative")
        if c not in leaves:
            raise InputError(f"source note for criterion '{c}': no such criterion with data")
    children: dict[str | None, set[str]] = {}
    for crit in problem.criteria:
        children.setdefault(crit.parent, set()).add(crit.id)
    seen_people: set[str] = set()
    for person in doc.participants:
        if not person.name.strip():
            raise InputError("a participant has no name")
        if person.name in seen_people:
            raise InputError(f"participant '{person.name}' appears twice")
        seen_people.add(person.name)
        for j in person.judgments:
            _check_judgment(j, person.name, children, leaves, alts)
    names: set[str] = set()
    ids = {c.id for c in problem.criteria}
    for sc in doc.scenarios:
        if not sc.name.strip():
            raise InputError("a scenario has no name")
        if sc.name in names:
            raise InputError(f"scenario '{sc.name}' appears twice")
        names.add(sc.name)
        for cid, w in sc.weights.items():
            if cid not in ids:
                raise InputError(f"scenario '{sc.name}': no criterion '{cid}'")
            if not (math.isfinite(w) and w >= 0):
                raise InputError(
                    f"scenario '{sc.name}', criterion '{cid}': weight {w!r} is not >= 0"
                )


def _check_judgment(
    j: JudgmentRecord,
    person: str,
    children: Mapping[str | None, set[str]],
    leaves: set[str],
    alts: set[str],
) -> None:
    where = f"participant '{person}', judgment {j.a} vs {j.b}"
    if j.kind == "criteria":
        allowed = children.get(j.node, set())
        if j.node is not None and (j.node in leaves or not allowed):
            raise InputError(f"{where}: '{j.node}' is not a criteria group")
    elif j.kind == "alternatives":
        if j.node not in leaves:
            raise InputError(
                f"{where}: alternatives are compared under a criterion with data, not {j.node!r}"
            )
        allowed = alts
    else:
        raise InputError(f"{where}: kind {j.kind!r} is not 'criteria' or 'alternatives'")
    for x in (j.a, j.b):
        if x not in allowed:
            place = f"group '{j.node}'" if j.node else "the top level"
            if j.kind == "alternatives":
                place = "the alternatives"
            raise InputError(f"{where}: '{x}' is not in {place}")
    if j.a == j.b:
        raise InputError(f"{where}: compares an item with itself")
    if not (math.isfinite(j.value) and j.value > 0):
        raise InputError(f"{where}: value {j.value!r} is not a finite number > 0")
