"""Pure edits of a Problem (each returns a new one); the GUI's undo commands are built on them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from app.i18n import tr
from decision.errors import InputError
from decision.problem import Alternative, Criterion, Problem


def _rebuild(
    p: Problem,
    criteria: Sequence[Criterion] | None = None,
    alternatives: Sequence[Alternative] | None = None,
    matrix: Any = None,
) -> Problem:
    return Problem.create(
        p.name,
        p.criteria if criteria is None else criteria,
        p.alternatives if alternatives is None else alternatives,
        p.matrix if matrix is None else matrix,
    )


def set_values(p: Problem, cells: Iterable[tuple[int, int, float]]) -> Problem:
    """Set matrix cells (row, leaf column, value); NaN clears a cell."""
    m = p.matrix.copy()
    for i, j, v in cells:
        m[i, j] = v
    return _rebuild(p, matrix=m)


def set_block(p: Problem, top: int, left: int, block: np.ndarray) -> Problem:
    """Paste a block at (top, left); it must fit inside the matrix."""
    rows, cols = block.shape
    if top + rows > p.matrix.shape[0] or left + cols > p.matrix.shape[1]:
        raise InputError(
            tr(
                "the pasted block ({rows} x {cols}) does not fit from row {row}, column {column}"
            ).format(rows=rows, cols=cols, row=top + 1, column=left + 1)
        )
    m = p.matrix.copy()
    m[top : top + rows, left : left + cols] = block
    return _rebuild(p, matrix=m)


def new_id(existing: Iterable[str], stem: str) -> str:
    """``stem1``, ``stem2`` ... the first id not taken."""
    taken = set(existing)
    k = 1
    while f"{stem}{k}" in taken:
        k += 1
    return f"{stem}{k}"


def add_alternative(p: Problem, name: str = "", at: int | None = None) -> Problem:
    aid = new_id(p.alternative_ids, "a")
    at = len(p.alternatives) if at is None else at
    alts = list(p.alternatives)
    alts.insert(at, Alternative(aid, name or tr("Option {n}").format(n=len(alts) + 1)))
    m = np.insert(p.matrix, at, np.nan, axis=0)
    return _rebuild(p, alternatives=alts, matrix=m)


def remove_alternatives(p: Problem, rows: Iterable[int]) -> Problem:
    drop = sorted(set(rows))
    if len(drop) >= len(p.alternatives):
        raise InputError(tr("a decision needs at least one alternative"))
    keep = [i for i in range(len(p.alternatives)) if i not in drop]
    return _rebuild(p, alternatives=[p.alternatives[i] for i in keep], matrix=p.matrix[keep, :])


def update_alternative(p: Problem, row: int, **fields: Any) -> Problem:
    alts = list(p.alternatives)
    alts[row] = replace(alts[row], **fields)
    return _rebuild(p, alternatives=alts)


def _remap_matrix(
    old: Problem, criteria: Sequence[Criterion], matrix_default: float = np.nan
) -> np.ndarray:
    """The matrix for a new criteria list: columns kept by id, new leaves empty."""
    shell = Problem.create(old.name, criteria, old.alternatives)
    m = np.full((len(old.alternatives), len(shell.leaf_ids)), matrix_default)
    before = {c: j for j, c in enumerate(old.leaf_ids)}
    for j, c in enumerate(shell.leaf_ids):
        if c in before:
            m[:, j] = old.matrix[:, before[c]]
    return m


def set_criteria(p: Problem, criteria: Sequence[Criterion]) -> Problem:
    """Replace the criteria list (tree, order, fields), keeping values by criterion id."""
    return _rebuild(p, criteria=criteria, matrix=_remap_matrix(p, criteria))


def add_criterion(
    p: Problem, parent: str | None = None, name: str = "", group: bool = False
) -> Problem:
    cid = new_id((c.id for c in p.criteria), "g" if group else "c")
    crit = Criterion(
        cid,
        name or (tr("New group") if group else tr("New criterion")),
        parent=parent,
        is_group=group,
    )
    criteria = list(p.criteria)
    # after the parent's last descendant, so the flat order stays depth-first
    at = len(criteria)
    if parent is not None:
        ids = [c.id for c in criteria]
        at = ids.index(parent) + 1
        while at < len(criteria) and _descends(criteria, criteria[at].id, parent):
            at += 1
    criteria.insert(at, crit)
    if group:  # a group needs a child to be valid: give it one
        child = Criterion(new_id([*ids_of(criteria)], "c"), tr("New criterion"), parent=cid)
        criteria.insert(at + 1, child)
    return set_criteria(p, criteria)


def ids_of(criteria: Iterable[Criterion]) -> list[str]:
    return [c.id for c in criteria]


def _descends(criteria: Sequence[Criterion], cid: str, ancestor: str) -> bool:
    by_id = {c.id: c for c in criteria}
    node = by_id.get(cid)
    while node is not None and node.parent is not None:
        if node.parent == ancestor:
            return True
        node = by_id.get(node.parent)
    return False


def remove_criterion(p: Problem, cid: str) -> Problem:
    """Remove a criterion and everything under it; at least one leaf must stay."""
    criteria = [c for c in p.criteria if c.id != cid and not _descends(p.criteria, c.id, cid)]
    if not criteria:
        raise InputError(tr("a decision needs at least one criterion"))
    parents = {c.parent for c in criteria}
    # a group that lost its last child becomes a leaf again
    criteria = [
        replace(c, is_group=False) if c.is_group and c.id not in parents else c for c in criteria
    ]
    return set_criteria(p, criteria)


def update_criterion(p: Problem, cid: str, **fields: Any) -> Problem:
    criteria = [replace(c, **fields) if c.id == cid else c for c in p.criteria]
    return set_criteria(p, criteria)


def move_criterion(p: Problem, cid: str, new_parent: str | None, index: int) -> Problem:
    """Move ``cid`` (with its subtree) under ``new_parent`` at sibling position ``index``."""
    if new_parent == cid or (new_parent is not None and _descends(p.criteria, new_parent, cid)):
        raise InputError(tr("a criterion cannot be moved under itself"))
    subtree = [c for c in p.criteria if c.id == cid or _descends(p.criteria, c.id, cid)]
    rest = [c for c in p.criteria if c not in subtree]
    moved = [replace(subtree[0], parent=new_parent), *subtree[1:]]
    siblings = [c for c in rest if c.parent == new_parent]
    if index >= len(siblings):
        anchor = siblings[-1].id if siblings else new_parent
        if anchor is None:
            at = len(rest)
        else:
            at = [c.id for c in rest].index(anchor) + 1
            while at < len(rest) and _descends(rest, rest[at].id, anchor):
                at += 1
    else:
        at = [c.id for c in rest].index(siblings[max(index, 0)].id)
    result = rest[:at] + moved + rest[at:]
    parents = {c.parent for c in result}
    result = [
        replace(c, is_group=c.id in parents) if c.is_group or c.id in parents else c for c in result
    ]
    return set_criteria(p, result)


def set_weights(p: Problem, weights: Mapping[str, float | None]) -> Problem:
    """Set the local weights of the named criteria (siblings are normalised by the engine)."""
    criteria = [replace(c, weight=weights[c.id]) if c.id in weights else c for c in p.criteria]
    return _rebuild(p, criteria=criteria)
