"""Priorities, lambda_max and consistency ratio of a pairwise matrix, with named RI tables."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.ahp.matrix import PairwiseMatrix
from decision.errors import AHPError
from decision.results import Conventions

Array = npt.NDArray[np.float64]

# Saaty's random index (mean CI of random reciprocal matrices), n = 1..10.
SAATY_1980 = "Saaty (1980)"
SAATY_RI: dict[int, float] = {
    1: 0.0,
    2: 0.0,
    3: 0.58,
    4: 0.90,
    5: 1.12,
    6: 1.24,
    7: 1.32,
    8: 1.41,
    9: 1.45,
    10: 1.49,
}
# Saaty's table stops at 10; for 11..15 Alonso & Lamata's simulated values are used and named.
ALONSO_LAMATA_2006 = "Alonso & Lamata (2006)"
ALONSO_LAMATA_RI: dict[int, float] = {
    11: 1.5140,
    12: 1.5365,
    13: 1.5551,
    14: 1.5713,
    15: 1.5838,
}
ALONSO_LAMATA_FIT = "Alonso & Lamata (2006) linear fit"
REFERENCES: dict[str, str] = {
    SAATY_1980: "Saaty, T.L. (1980) The Analytic Hierarchy Process. McGraw-Hill, New York "
    "(random index for n = 1..10: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49).",
    ALONSO_LAMATA_2006: "Alonso, J.A. & Lamata, M.T. (2006) Consistency in the analytic "
    "hierarchy process: a new approach. Int. J. Uncertainty, Fuzziness and Knowledge-Based "
    "Systems 14(4):445-459 (random index for n = 11..15: 1.5140, 1.5365, 1.5551, 1.5713, "
    "1.5838).",
    ALONSO_LAMATA_FIT: "Alonso, J.A. & Lamata, M.T. (2006), linear fit of the mean random "
    "lambda_max = 2.7699 n - 4.3513, i.e. RI(n) = (1.7699 n - 4.3513) / (n - 1), for n > 15.",
}

PRIORITIZATIONS: dict[str, str] = {
    "eigenvector": "principal right eigenvector (Saaty), normalised to sum 1; lambda_max is "
    "its eigenvalue",
    "geometric": "row geometric mean (Crawford & Williams 1985), normalised to sum 1; "
    "lambda_max estimated as the mean of (A w)_i / w_i",
}

CR_THRESHOLD = 0.10


def random_index(n: int) -> tuple[float, str]:
    """Random index for an n x n matrix and the name of the table it comes from.

    Saaty (1980) for n <= 10, Alonso & Lamata (2006) for n = 11..15 and their linear
    fit beyond; the name goes into the result so a memo can state it.
    """
    if n < 1:
        raise AHPError(f"a pairwise matrix needs at least one item, got {n}", field="matrix")
    if n in SAATY_RI:
        return SAATY_RI[n], SAATY_1980
    if n in ALONSO_LAMATA_RI:
        return ALONSO_LAMATA_RI[n], ALONSO_LAMATA_2006
    return (1.7699 * n - 4.3513) / (n - 1), ALONSO_LAMATA_FIT


def principal_eigenvector(matrix: npt.ArrayLike) -> tuple[Array, float]:
    """Perron eigenvector (summing to 1) and Perron root of a non-negative irreducible matrix.

    For such matrices the Perron root is real and is the eigenvalue of largest real part,
    and its eigenvector can be taken positive.
    """
    a = np.asarray(matrix, dtype=float)
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    w = np.abs(vectors[:, k].real)
    w = w / w.sum()
    return w, float(values[k].real)


def row_geometric_mean(matrix: npt.ArrayLike) -> Array:
    """Row geometric means of a positive matrix, normalised to sum 1."""
    a = np.asarray(matrix, dtype=float)
    g = np.exp(np.log(a).mean(axis=1))
    out: Array = g / g.sum()
    return out


def lambda_estimate(matrix: npt.ArrayLike, weights: npt.ArrayLike) -> float:
    """Mean of (A w)_i / w_i; equals lambda_max when w is the principal eigenvector."""
    a = np.asarray(matrix, dtype=float)
    w = np.asarray(weights, dtype=float)
    return float(np.mean((a @ w) / w))


def derive_weights(matrix: npt.ArrayLike, prioritization: str) -> tuple[Array, float]:
    """Weights and lambda_max of a complete positive reciprocal matrix."""
    if prioritization == "eigenvector":
        return principal_eigenvector(matrix)
    if prioritization == "geometric":
        w = row_geometric_mean(matrix)
        return w, lambda_estimate(matrix, w)
    raise AHPError(
        f"prioritization '{prioritization}' is unknown; choose one of {', '.join(PRIORITIZATIONS)}",
        field="prioritization",
    )


def consistency(lambda_max: float, n: int) -> tuple[float, float, float, str]:
    """CI = (lambda_max - n)/(n - 1), CR = CI/RI, the RI and its table; CR = 0 for n <= 2."""
    ri, table = random_index(n)
    if n <= 2:
        return 0.0, 0.0, ri, table
    # lambda_max >= n for positive reciprocal matrices; clip the float noise below it
    ci = max(0.0, (lambda_max - n) / (n - 1))
    return ci, ci / ri, ri, table


@dataclass(frozen=True)
class AHPResult:
    """Priorities and consistency of one pairwise matrix, with the conventions used.

    ``matrix`` is the matrix the weights come from: the given one, or the completed one
    when judgments were missing (``completed``), in which case CI and CR are those of
    the completed matrix. ``suggestions`` lists judgments whose revision lowers CR most
    (see :func:`decision.ahp.diagnosis.suggest_revisions`).
    """

    items: tuple[str, ...]
    weights: Array = field(compare=False, repr=False)
    lambda_max: float
    ci: float
    cr: float
    random_index: float
    random_index_table: str
    prioritization: str
    completed: bool
    completion_method: str | None
    suggestions: tuple[Mapping[str, Any], ...]
    conventions: Conventions
    matrix: Array = field(compare=False, repr=False, default_factory=lambda: np.zeros((0, 0)))

    @property
    def acceptable(self) -> bool:
        """Saaty's rule of thumb: CR <= 0.10."""
        return self.cr <= CR_THRESHOLD

    def weight_map(self) -> dict[str, float]:
        return {item: float(w) for item, w in zip(self.items, self.weights, strict=True)}

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-friendly form (weights as {item: weight})."""
        return {
            "items": list(self.items),
            "weights": self.weight_map(),
            "lambda_max": self.lambda_max,
            "ci": self.ci,
            "cr": self.cr,
            "random_index": self.random_index,
            "random_index_table": self.random_index_table,
            "prioritization": self.prioritization,
            "completed": self.completed,
            "completion_method": self.completion_method,
            "suggestions": [dict(s) for s in self.suggestions],
            "conventions": self.conventions.as_dict(),
        }


def solve(pm: PairwiseMatrix, prioritization: str) -> tuple[Array, Array, float]:
    """Complete the matrix if needed (Harker 1987) and return (matrix, weights, lambda_max)."""
    # completion builds on the numerics above, so it is imported here, not at the top
    from decision.ahp.completion import harker_complete

    if pm.is_complete:
        matrix = np.asarray(pm.values, dtype=float)
        w, lam = derive_weights(matrix, prioritization)
        return matrix, w, lam
    matrix, w_harker = harker_complete(pm)
    if prioritization == "eigenvector":
        # Harker's vector is the principal eigenvector of the completed matrix: reuse it
        return matrix, w_harker, lambda_estimate(matrix, w_harker)
    w, lam = derive_weights(matrix, prioritization)
    return matrix, w, lam


def ahp_priorities(
    pm: PairwiseMatrix, prioritization: str = "eigenvector", *, suggestions: int = 3
) -> AHPResult:
    """Priorities and consistency of a pairwise matrix.

    Parameters
    ----------
    pm : PairwiseMatrix
        From :func:`decision.ahp.matrix.from_matrix` or ``from_judgments``; missing pairs
        are completed by Harker's (1987) method when the judgments connect all items.
    prioritization : {"eigenvector", "geometric"}
        Principal eigenvector (default) or row geometric mean.
    suggestions : int
        How many judgments to propose for revision (0 for none).

    Returns
    -------
    AHPResult
        Weights summing to 1, lambda_max, CI, CR with the random index and its table,
        whether and how the matrix was completed, and revision suggestions.

    Raises
    ------
    AHPError
        Unknown prioritization, or judgments that do not connect all items.
    """
    from decision.ahp.completion import HARKER_1987, HARKER_REFERENCE
    from decision.ahp.diagnosis import SUGGESTION_NOTE, suggest_revisions

    if prioritization not in PRIORITIZATIONS:
        raise AHPError(
            f"prioritization '{prioritization}' is unknown; choose one of "
            f"{', '.join(PRIORITIZATIONS)}",
            field="prioritization",
        )
    matrix, w, lam = solve(pm, prioritization)
    n = pm.n
    ci, cr, ri, table = consistency(lam, n)
    completed = not pm.is_complete
    revisions = suggest_revisions(pm, matrix, w, cr, prioritization, top_k=suggestions)
    notes = [f"prioritization: {PRIORITIZATIONS[prioritization]}", REFERENCES[table]]
    if n > 10:
        notes.append("Saaty's (1980) random index stops at n = 10; CR uses the table named above")
    if completed:
        missing = int(pm.missing.sum()) // 2
        notes.append(
            f"{missing} missing judgment(s) completed by {HARKER_REFERENCE} Missing pairs "
            "are set to w_i/w_j and CI and CR are computed on that completed matrix."
        )
    if revisions:
        notes.append(SUGGESTION_NOTE)
    weights = np.array(w, dtype=float)
    weights.setflags(write=False)
    frozen = np.array(matrix, dtype=float)
    frozen.setflags(write=False)
    return AHPResult(
        items=pm.items,
        weights=weights,
        lambda_max=float(lam),
        ci=float(ci),
        cr=float(cr),
        random_index=float(ri),
        random_index_table=table,
        prioritization=prioritization,
        completed=completed,
        completion_method=HARKER_1987 if completed else None,
        suggestions=tuple(revisions),
        conventions=Conventions(
            method="AHP pairwise comparison",
            random_index_table=table,
            completion_method=HARKER_1987 if completed else None,
            parameters={"prioritization": prioritization},
            notes=tuple(notes),
        ),
        matrix=frozen,
    )
