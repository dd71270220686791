"""Read the JSON problem and AHP files of the command-line contract into engine objects."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.errors import InputError
from decision.problem import (
    PREFERENCE_FUNCTIONS,
    Alternative,
    Criterion,
    Direction,
    Preference,
    Problem,
    parse_direction,
)


@dataclass(frozen=True)
class PairwiseInput:
    """One pairwise comparison block as written in a file: a full matrix or judgments."""

    items: tuple[str, ...]
    matrix: npt.NDArray[np.float64] | None = None
    judgments: tuple[tuple[str, str, float], ...] = ()
    where: str = ""


@dataclass(frozen=True)
class ProblemFile:
    """A parsed problem file: the problem plus the defaults it names."""

    problem: Problem
    method: str | None = None
    parameters: Mapping[str, Any] = field(default_factory=dict)
    criteria_pairwise: PairwiseInput | None = None
    group_pairwise: Mapping[str, PairwiseInput] = field(default_factory=dict)
    alternative_pairwise: Mapping[str, PairwiseInput] = field(default_factory=dict)

    @property
    def has_matrix(self) -> bool:
        return bool(np.isfinite(self.problem.matrix).any())


def load_json(path: str | Path) -> Any:
    """Read a JSON file; errors say where the syntax breaks."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("file not found") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file") from None
    except UnicodeDecodeError:
        raise InputError("is not UTF-8 text (is it a spreadsheet? export it as JSON)") from None
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror}") from None
    if not text.strip():
        raise InputError("is empty")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except _ConstantInJson as exc:
        line = text.count("\n", 0, text.find(exc.token)) + 1
        raise InputError(
            f"line {line}: {exc.token} is not allowed in JSON; use a number, or null for a "
            "missing value"
        ) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"line {exc.lineno}, column {exc.colno}: invalid JSON ({exc.msg})"
        ) from None


class _ConstantInJson(Exception):
    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token


def _reject_constant(name: str) -> float:
    raise _ConstantInJson(name)


# -- small typed readers --------------------------------------------------------------------
def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected an object {{...}}, got {_kind(value)}")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise InputError(f"{where}: expected a list [...], got {_kind(value)}")
    return value


def _text(value: Any, where: str, *, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(f"{where}: expected text, got {_kind(value)}")
    text = str(value).strip()
    if required and not text:
        raise InputError(f"{where}: must not be empty")
    return text


def _number(value: Any, where: str, *, allow_none: bool = False) -> float | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        if isinstance(value, str):
            try:
                parsed = float(value.replace(",", "."))
            except ValueError:
                raise InputError(f"{where}: {value!r} is not a number") from None
            return parsed
        raise InputError(f"{where}: expected a number, got {_kind(value)}")
    if not math.isfinite(value):
        raise InputError(f"{where}: {value} is not a finite number")
    return float(value)


def _kind(value: Any) -> str:
    names = {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


# -- problem files ----------------------------------------------------------------------------
def parse_problem(
    data: Any, *, require_matrix: bool = True, allow_missing: bool = False
) -> ProblemFile:
    """Turn the decoded JSON of a problem file into a :class:`ProblemFile`.

    ``allow_missing`` lets ``null`` cells through as NaN (a stored project may have gaps;
    ranking it is refused later by the method's checks).
    """
    root = _obj(data, "file")
    name = _text(root.get("name", "Untitled decision"), "name")
    criteria = _criteria(_list(root.get("criteria"), "criteria"))
    alternatives = _alternatives(_list(root.get("alternatives"), "alternatives"))
    pairwise = _obj(root.get("pairwise", {}), "pairwise")
    leaf_ids = [
        c.id for c in criteria if not c.is_group and not any(o.parent == c.id for o in criteria)
    ]
    alt_ids = [a.id for a in alternatives]
    if "matrix" in root and root["matrix"] is not None:
        matrix = _matrix(root["matrix"], alt_ids, leaf_ids, allow_missing)
    elif require_matrix and not pairwise.get("alternatives"):
        raise InputError("matrix: missing (rows follow alternatives, columns follow criteria)")
    else:
        matrix = None
    problem = Problem.create(name, criteria, alternatives, matrix)
    method = root.get("method")
    params = _obj(root.get("parameters", {}), "parameters")
    crit_pw, groups, alts_pw = parse_pairwise_blocks(pairwise, problem, "pairwise")
    return ProblemFile(
        problem=problem,
        method=_text(method, "method") if method is not None else None,
        parameters=params,
        criteria_pairwise=crit_pw,
        group_pairwise=groups,
        alternative_pairwise=alts_pw,
    )


def parse_pairwise_blocks(
    pairwise: Mapping[str, Any], problem: Problem, where: str
) -> tuple[PairwiseInput | None, dict[str, PairwiseInput], dict[str, PairwiseInput]]:
    """The ``criteria``, ``groups`` and ``alternatives`` blocks of a ``pairwise`` object."""
    criteria = problem.criteria
    crit_pw = None
    if "criteria" in pairwise:
        top = [c.id for c in criteria if c.parent is None]
        crit_pw = _pairwise(pairwise["criteria"], top, f"{where}.criteria")
    groups = {}
    for gid, block in _obj(pairwise.get("groups", {}), f"{where}.groups").items():
        members = [c.id for c in criteria if c.parent == gid]
        if not members:
            raise InputError(f"{where}.groups.{gid}: no criteria group with this id")
        groups[gid] = _pairwise(block, members, f"{where}.groups.{gid}")
    alts_pw = {}
    leaf_ids = set(problem.leaf_ids)
    for cid, block in _obj(pairwise.get("alternatives", {}), f"{where}.alternatives").items():
        if cid not in leaf_ids:
            raise InputError(f"{where}.alternatives: '{cid}' is not a criterion id")
        alts_pw[cid] = _pairwise(block, problem.alternative_ids, f"{where}.alternatives.{cid}")
    return crit_pw, groups, alts_pw


def _criteria(items: list[Any]) -> list[Criterion]:
    if not items:
        raise InputError("criteria: the list is empty; a decision needs at least one criterion")
    parents = {str(_obj(c, f"criteria[{i}]").get("parent")) for i, c in enumerate(items)}
    out = []
    for i, raw in enumerate(items):
        where = f"criteria[{i}]"
        c = _obj(raw, where)
        cid = _text(c.get("id"), f"{where}.id")
        where = f"criterion '{cid}'"
        is_group = bool(c.get("group", False)) or cid in parents
        direction: Direction = "benefit"
        if not is_group:
            if "direction" not in c:
                raise InputError(f"{where}: direction is missing (benefit or cost)")
            direction = parse_direction(c["direction"], cid)
        weight = _number(c.get("weight"), f"{where}: weight", allow_none=True)
        if weight is not None and weight < 0:
            raise InputError(f"{where}: weight {weight:g} is negative")
        parent = c.get("parent")
        out.append(
            Criterion(
                id=cid,
                name=_text(c.get("name", cid), f"{where}: name"),
                direction=direction,
                unit=_text(c.get("unit"), f"{where}: unit", required=False),
                weight=weight,
                parent=_text(parent, f"{where}: parent") if parent is not None else None,
                description=_text(c.get("description"), f"{where}: description", required=False),
                preference=_preference(c["preference"], where) if "preference" in c else None,
                is_group=bool(c.get("group", False)),
            )
        )
    return out


def _preference(raw: Any, where: str) -> Preference:
    p = _obj(raw, f"{where}: preference")
    fn = _text(p.get("function", "usual"), f"{where}: preference function").lower()
    fn = fn.replace("_", "-").replace(" ", "-")
    fn = {"vshape": "v-shape", "ushape": "u-shape"}.get(fn, fn)
    if fn not in PREFERENCE_FUNCTIONS:
        raise InputError(
            f"{where}: preference function '{fn}' is not one of {', '.join(PREFERENCE_FUNCTIONS)}"
        )
    q = _number(p.get("q", 0.0), f"{where}: preference q") or 0.0
    pp = _number(p.get("p", 0.0), f"{where}: preference p") or 0.0
    return Preference(function=fn, q=q, p=pp)  # type: ignore[arg-type]


def _alternatives(items: list[Any]) -> list[Alternative]:
    if not items:
        raise InputError("alternatives: the list is empty; a decision needs at least one option")
    out = []
    for i, raw in enumerate(items):
        where = f"alternatives[{i}]"
        if isinstance(raw, str):
            out.append(Alternative(id=_text(raw, where), name=raw))
            continue
        a = _obj(raw, where)
        aid = _text(a.get("id"), f"{where}.id")
        out.append(
            Alternative(
                id=aid,
                name=_text(a.get("name", aid), f"alternative '{aid}': name"),
                description=_text(a.get("description"), f"{where}.description", required=False),
                tags=_tags(a.get("tags", []), f"alternative '{aid}': tags"),
                cost=_cost(a.get("cost"), f"alternative '{aid}': cost"),
            )
        )
    return out


def _cost(raw: Any, where: str) -> float | None:
    cost = _number(raw, where, allow_none=True)
    if cost is not None and cost < 0:
        raise InputError(f"{where}: {cost} is negative; a cost is an amount of money >= 0")
    return cost


def _tags(raw: Any, where: str) -> tuple[str, ...]:
    return tuple(_text(t, f"{where}[{i}]") for i, t in enumerate(_list(raw, where)))


def _matrix(
    raw: Any, alt_ids: Sequence[str], crit_ids: Sequence[str], allow_missing: bool = False
) -> npt.NDArray[np.float64]:
    rows = _list(raw, "matrix")
    if len(rows) != len(alt_ids):
        raise InputError(
            f"matrix: has {len(rows)} rows but there are {len(alt_ids)} alternatives "
            "(one row per alternative, in the same order)"
        )
    n = len(crit_ids)
    for i, row in enumerate(rows):
        if not isinstance(row, list):
            raise InputError(f"matrix row {i + 1} (alternative '{alt_ids[i]}'): expected a list")
        if len(row) != n:
            raise InputError(
                f"matrix row {i + 1} (alternative '{alt_ids[i]}'): has {len(row)} values "
                f"but there are {n} criteria"
            )
    try:
        # Fast path; bools would silently become 0/1, so they are looked for below.
        matrix = np.array(rows, dtype=float)
        clean = not any(type(v) is bool for row in rows for v in row)
    except (TypeError, ValueError):
        clean = False
    if not clean:
        matrix = np.empty((len(rows), n))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                where = f"alternative '{alt_ids[i]}', criterion '{crit_ids[j]}'"
                num = _number(v, where, allow_none=True)
                matrix[i, j] = np.nan if num is None else num
    bad = ~np.isfinite(matrix)
    if allow_missing and bad.any():
        # null is a missing value (NaN); "NaN" or "inf" text, or 1e400, is still an error.
        for i, j in np.argwhere(bad):
            if rows[i][j] is not None:
                where = f"alternative '{alt_ids[i]}', criterion '{crit_ids[j]}'"
                raise InputError(
                    f"{where}: {rows[i][j]!r} is not a finite number",
                    alternative=alt_ids[i],
                    criterion=crit_ids[j],
                )
        return matrix
    if bad.any():
        i, j = divmod(int(np.argmax(bad)), n)
        raise InputError(
            f"alternative '{alt_ids[i]}', criterion '{crit_ids[j]}': value is missing "
            "(null) or not a finite number",
            alternative=alt_ids[i],
            criterion=crit_ids[j],
        )
    return matrix


def _pairwise(raw: Any, items: Sequence[str], where: str) -> PairwiseInput:
    block = _obj(raw, where or "file")
    pre = f"{where}." if where else ""
    if "matrix" in block:
        rows = _list(block["matrix"], f"{pre}matrix")
        k = len(items)
        if len(rows) != k or any(not isinstance(r, list) or len(r) != k for r in rows):
            raise InputError(f"{pre}matrix: must be {k} x {k} (one row and column per item)")
        values = np.empty((k, k))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                num = _number(v, f"{pre}matrix row {i + 1}, column {j + 1}", allow_none=True)
                values[i, j] = np.nan if num is None else num
        return PairwiseInput(tuple(items), matrix=values, where=where)
    if "judgments" in block:
        return PairwiseInput(
            tuple(items), judgments=_judgments(block["judgments"], where), where=where
        )
    raise InputError(f"{where or 'file'}: needs 'judgments' or 'matrix'")


def _judgments(raw: Any, where: str) -> tuple[tuple[str, str, float], ...]:
    out = []
    pre = f"{where}." if where else ""
    for k, j in enumerate(_list(raw, f"{pre}judgments")):
        w = f"{pre}judgments[{k}]"
        if not isinstance(j, list) or len(j) != 3:
            raise InputError(f"{w}: expected [a, b, value]")
        value = _number(j[2], f"{w} value")
        assert value is not None
        out.append((_text(j[0], f"{w} first item"), _text(j[1], f"{w} second item"), value))
    return tuple(out)


# -- AHP files ----------------------------------------------------------------------------------
def parse_ahp(data: Any) -> PairwiseInput:
    """Turn the decoded JSON of an AHP file (items plus matrix or judgments) into a block."""
    root = _obj(data, "file")
    items = [_text(x, f"items[{i}]") for i, x in enumerate(_list(root.get("items"), "items"))]
    if not items:
        raise InputError("items: the list is empty")
    if len(set(items)) != len(items):
        dup = next(x for x in items if items.count(x) > 1)
        raise InputError(f"items: '{dup}' appears twice")
    if "matrix" not in root and "judgments" not in root:
        raise InputError("needs 'matrix' or 'judgments' beside 'items'")
    return _pairwise(root, items, "")


# -- writing ------------------------------------------------------------------------------------
def problem_to_json(
    problem: Problem, *, method: str | None = None, parameters: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The problem file (the `rank` contract) for ``problem``; reading it back gives it exactly."""
    criteria: list[dict[str, Any]] = []
    leaves = set(problem.leaf_ids)
    for c in problem.criteria:
        item: dict[str, Any] = {"id": c.id, "name": c.name or c.id}
        if c.id in leaves:
            item["direction"] = c.direction
        else:
            item["group"] = True
        if c.unit:
            item["unit"] = c.unit
        if c.weight is not None:
            item["weight"] = c.weight
        if c.parent is not None:
            item["parent"] = c.parent
        if c.description:
            item["description"] = c.description
        if c.preference is not None:
            p = c.preference
            item["preference"] = {"function": p.function, "q": p.q, "p": p.p}
        criteria.append(item)
    out: dict[str, Any] = {
        "name": problem.name,
        "criteria": criteria,
        "alternatives": [
            {
                "id": a.id,
                "name": a.name or a.id,
                **({"description": a.description} if a.description else {}),
                **({"tags": list(a.tags)} if a.tags else {}),
                **({"cost": a.cost} if a.cost is not None else {}),
            }
            for a in problem.alternatives
        ],
        "matrix": [
            [None if not np.isfinite(v) else float(v) for v in row] for row in problem.matrix
        ],
    }
    if method:
        out["method"] = method
    if parameters:
        out["parameters"] = dict(parameters)
    return out
