"""Completion of incomplete pairwise matrices by Harker's (1987) eigenvector method."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from decision.ahp.matrix import PairwiseMatrix
from decision.ahp.priorities import principal_eigenvector
from decision.errors import AHPError

Array = npt.NDArray[np.float64]

HARKER_1987 = "Harker (1987)"
HARKER_REFERENCE = (
    "Harker, P.T. (1987) Incomplete pairwise comparisons in the analytic hierarchy process, "
    "Mathematical Modelling 9(11):837-848: missing entries set to 0, each diagonal entry "
    "1 + the number of missing entries in its row, weights = principal eigenvector."
)


def components(pm: PairwiseMatrix) -> list[list[int]]:
    """Groups of item indices linked by chains of judgments, largest group first."""
    known = ~pm.missing
    seen = np.zeros(pm.n, dtype=bool)
    groups: list[list[int]] = []
    for start in range(pm.n):
        if seen[start]:
            continue
        stack, group = [start], []
        seen[start] = True
        while stack:
            i = stack.pop()
            group.append(i)
            for j in np.flatnonzero(known[i] & ~seen):
                seen[j] = True
                stack.append(int(j))
        groups.append(sorted(group))
    groups.sort(key=lambda g: (-len(g), g[0]))
    return groups


def check_connected(pm: PairwiseMatrix) -> None:
    """Raise AHPError naming the items that no chain of judgments links to the others.

    Without such a chain the relative weight of the two groups is not determined by the
    judgments at all, so no completion method can fill the gap.
    """
    groups = components(pm)
    if len(groups) <= 1:
        return

    def names(group: list[int]) -> str:
        return ", ".join(f"'{pm.items[i]}'" for i in group)

    main, rest = groups[0], groups[1:]
    apart = "; ".join(names(g) for g in rest)
    prefix = f"{pm.where}: " if pm.where else ""
    raise AHPError(
        f"{prefix}the judgments do not connect all items: {apart} "
        f"{'is' if len(rest) == 1 and len(rest[0]) == 1 else 'are'} not compared, directly "
        f"or through other items, with {names(main)}; add a judgment linking them",
        field="judgments",
    )


def harker_matrix(pm: PairwiseMatrix) -> Array:
    """Harker's auxiliary matrix: missing entries 0, a_ii = 1 + missing entries in row i."""
    missing = pm.missing
    c = np.where(missing, 0.0, pm.values)
    c[np.diag_indices(pm.n)] = 1.0 + missing.sum(axis=1)
    out: Array = c
    return out


def harker_complete(pm: PairwiseMatrix) -> tuple[Array, Array]:
    """Complete a connected incomplete matrix by Harker's method.

    Parameters
    ----------
    pm : PairwiseMatrix
        Judgments with NaN for the pairs not judged.

    Returns
    -------
    completed : ndarray
        The given entries, and ``w_i / w_j`` for every missing pair.
    weights : ndarray
        Harker's priorities (summing to 1). They are also the principal eigenvector of
        the completed matrix, whose lambda_max equals that of Harker's auxiliary matrix.

    Raises
    ------
    AHPError
        The judgments do not connect all items.
    """
    check_connected(pm)
    w, _ = principal_eigenvector(harker_matrix(pm))
    completed = np.where(pm.missing, np.outer(w, 1.0 / w), pm.values)
    return completed, w
