"""Competition ranks (1, 2, 2, 4) that never split float-noise ties; rank 1 is best."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

TIE_RULE = (
    "standard competition ranking (1, 2, 2, 4); scores equal within 1e-9 relative share a rank"
)
TIE_TOLERANCE = 1e-9


def competition_ranks(
    scores: npt.ArrayLike,
    *,
    higher_is_better: bool = True,
    tolerance: float = TIE_TOLERANCE,
) -> npt.NDArray[np.int64]:
    """Rank scores so the best gets 1 and ties share the best rank of their group.

    Two neighbouring sorted scores tie when they differ by at most ``tolerance``
    times the largest absolute score, so float noise from different summation orders never splits a tie.
    """
    s = np.asarray(scores, dtype=float)
    if s.ndim != 1:
        raise ValueError("competition_ranks expects a 1-D array")
    if s.size == 0:
        return np.zeros(0, dtype=np.int64)
    key = -s if higher_is_better else s
    # Ties get their group's first position whatever their order inside the group, so the
    # (several times faster) unstable sort is enough.
    order = np.argsort(key)
    ks = key[order]
    scale = float(np.max(np.abs(s)))
    new_group = np.empty(s.size, dtype=bool)
    new_group[0] = True
    new_group[1:] = np.diff(ks) > tolerance * scale
    positions = np.arange(1, s.size + 1)
    group_start = np.maximum.accumulate(np.where(new_group, positions, 0))
    ranks = np.empty(s.size, dtype=np.int64)
    ranks[order] = group_start
    return ranks


def batch_competition_ranks(
    scores: npt.ArrayLike,
    *,
    higher_is_better: bool = True,
    tolerance: float = TIE_TOLERANCE,
) -> npt.NDArray[np.int64]:
    """Row-wise :func:`competition_ranks` for a k x m array of score vectors."""
    s = np.asarray(scores, dtype=float)
    key = -s if higher_is_better else s
    order = np.argsort(key, axis=1)
    ks = np.take_along_axis(key, order, axis=1)
    scale = np.max(np.abs(s), axis=1, keepdims=True)
    new_group = np.ones_like(ks, dtype=bool)
    new_group[:, 1:] = np.diff(ks, axis=1) > tolerance * scale
    positions = np.broadcast_to(np.arange(1, s.shape[1] + 1), s.shape)
    group_start = np.maximum.accumulate(np.where(new_group, positions, 0), axis=1)
    ranks = np.empty_like(group_start)
    np.put_along_axis(ranks, order, group_start, axis=1)
    return ranks.astype(np.int64)
