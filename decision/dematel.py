"""DEMATEL: cause and effect among success and failure factors from direct-influence matrices."""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.errors import InputError, MethodError
from decision.results import Conventions

Array = npt.NDArray[np.float64]

NORMALIZATIONS: dict[str, str] = {
    "max_row_col": "X divided by k = the largest of all row sums and column sums of X",
    "max_row": "X divided by k = the largest row sum of X",
}
WEIGHTINGS: dict[str, str] = {
    "euclidean": "w_i = sqrt((D_i + R_i)^2 + (D_i - R_i)^2), normalised to sum 1",
    "prominence": "w_i = (D_i + R_i), normalised to sum 1",
}
DEFAULT_SCALE: tuple[float, float] = (0.0, 4.0)
# |D - R| at or below this counts as balanced (an effect), not a cause: float noise only.
RELATION_TOLERANCE = 1e-12
# I - N is treated as singular when the spectral radius of N is this close to 1 or above.
SPECTRAL_MARGIN = 1e-9

REFERENCES: tuple[str, ...] = (
    "Gabus, A. & Fontela, E. (1973) Perceptions of the world problematique: communication "
    "procedure, communicating with those bearing collective responsibility. DEMATEL Report "
    "No. 1, Battelle Geneva Research Centre.",
    "Si, S.-L., You, X.-Y., Liu, H.-C. & Zhang, P. (2018) DEMATEL technique: a systematic "
    "review of the state-of-the-art literature on methodologies and applications. "
    "Mathematical Problems in Engineering 2018:3696457.",
)


@dataclass(frozen=True)
class Arc:
    """An arrow of the impact-relation map: ``source`` influences ``target`` by ``value`` (T)."""

    source: str
    target: str
    value: float


@dataclass(frozen=True)
class DematelResult:
    """Everything DEMATEL derives from the direct-influence matrix, with its conventions.

    Rows of every matrix are the influencing factor, columns the influenced one:
    ``total[i, j]`` is the total (direct plus indirect) influence of factor i on factor j.
    ``d`` are row sums of T (influence given), ``r`` column sums (influence received),
    ``prominence = d + r`` and ``relation = d - r``. Causes have ``relation > 0``;
    effects are the others (a balanced factor, relation 0, counts as an effect).
    """

    factors: tuple[str, ...]
    experts: int
    direct: Array = field(compare=False, repr=False)
    normaliser: float
    normalization: str
    normalized: Array = field(compare=False, repr=False)
    total: Array = field(compare=False, repr=False)
    d: Array = field(compare=False, repr=False)
    r: Array = field(compare=False, repr=False)
    prominence: Array = field(compare=False, repr=False)
    relation: Array = field(compare=False, repr=False)
    weighting: str
    weights: Array = field(compare=False, repr=False)
    threshold: float
    threshold_source: str
    spectral_radius: float
    conventions: Conventions

    @property
    def causes(self) -> tuple[str, ...]:
        """Factors with D - R > 0 (net givers of influence), in factor order."""
        return tuple(
            f for f, x in zip(self.factors, self.relation, strict=True) if x > RELATION_TOLERANCE
        )

    @property
    def effects(self) -> tuple[str, ...]:
        """Factors with D - R <= 0 (net receivers of influence), in factor order."""
        return tuple(
            f for f, x in zip(self.factors, self.relation, strict=True) if x <= RELATION_TOLERANCE
        )

    def arcs(self) -> list[Arc]:
        """Arrows of the impact-relation map: T[i, j] above the threshold, i != j, largest first."""
        out = [
            Arc(self.factors[i], self.factors[j], float(self.total[i, j]))
            for i in range(len(self.factors))
            for j in range(len(self.factors))
            if i != j and self.total[i, j] > self.threshold
        ]
        return sorted(out, key=lambda a: (-a.value, a.source, a.target))

    def by_factor(self, values: Array) -> dict[str, float]:
        """A vector of this result as {factor: value}."""
        return {f: float(v) for f, v in zip(self.factors, values, strict=True)}

    def as_dict(self) -> dict[str, Any]:
        """The JSON contract of `innocite dematel --json` (dicts keyed by factor), plus extras."""
        return {
            "factors": list(self.factors),
            "experts": self.experts,
            "normalization": self.normalization,
            "normaliser": self.normaliser,
            "direct": self.direct.tolist(),
            "normalized": self.normalized.tolist(),
            "total_relation": self.total.tolist(),
            "D": self.by_factor(self.d),
            "R": self.by_factor(self.r),
            "prominence": self.by_factor(self.prominence),
            "relation": self.by_factor(self.relation),
            "weighting": self.weighting,
            "weights": self.by_factor(self.weights),
            "threshold": self.threshold,
            "threshold_source": self.threshold_source,
            "causes": list(self.causes),
            "effects": list(self.effects),
            "arcs": [{"from": a.source, "to": a.target, "value": a.value} for a in self.arcs()],
            "spectral_radius": self.spectral_radius,
            "conventions": self.conventions.as_dict(),
        }


def check_factors(factors: Sequence[object]) -> tuple[str, ...]:
    """Factor names as a tuple after checking they are at least two unique non-empty texts."""
    if isinstance(factors, str) or not isinstance(factors, Sequence):
        raise InputError("factors: expected a list of names", field="factors")
    out: list[str] = []
    for k, f in enumerate(factors):
        if not isinstance(f, str) or not f.strip():
            raise InputError(
                f"factors[{k}]: expected a non-empty name, got {f!r}", row=k, field="factors"
            )
        if f in out:
            raise InputError(f"factors: '{f}' appears twice", row=k, field="factors")
        out.append(f)
    if len(out) < 2:
        raise InputError(
            f"factors: DEMATEL needs at least 2 factors, got {len(out)}", field="factors"
        )
    return tuple(out)


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        if value is None:
            raise InputError(f"{where}: value is missing (null); write 0 for no influence")
        raise InputError(f"{where}: value {value!r} is not a number")
    return float(value)


def _expert_matrix(
    factors: tuple[str, ...], matrix: object, label: str, scale: tuple[float, float]
) -> Array:
    """One expert's n x n matrix, checked cell by cell so the message names the cell."""
    n = len(factors)
    if isinstance(matrix, np.ndarray):
        rows: list[Any] = list(matrix)
    elif isinstance(matrix, Sequence) and not isinstance(matrix, str):
        rows = list(matrix)
    else:
        raise InputError(f"{label}: expected a matrix (a list of rows), got {matrix!r}")
    widths = []
    for row in rows:
        if isinstance(row, str) or not isinstance(row, Sequence | np.ndarray):
            raise InputError(f"{label}: expected a matrix (a list of rows), got a row {row!r}")
        widths.append(len(row))
    if widths and any(w != widths[0] for w in widths):
        raise InputError(
            f"{label}: matrix is not square, its rows have {', '.join(map(str, widths))} entries"
        )
    cols = widths[0] if widths else 0
    if len(rows) != cols:
        raise InputError(f"{label}: matrix is not square ({len(rows)} rows x {cols} columns)")
    if len(rows) != n:
        raise InputError(
            f"{label}: matrix is {len(rows)} x {cols} but there are {n} factors "
            "(one row and one column per factor)"
        )
    lo, hi = scale
    out = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            cell = f"{label}, influence of '{factors[i]}' on '{factors[j]}'"
            v = _number(rows[i][j], cell)
            if not math.isfinite(v):
                raise InputError(f"{cell}: value {v:g} is not a finite number")
            if i == j and v != 0:
                raise InputError(
                    f"{label}: an influence matrix with a non-zero diagonal: factor "
                    f"'{factors[i]}' influences itself with {v:g} (the diagonal must be 0)"
                )
            if not lo <= v <= hi:
                raise InputError(f"{cell}: value {v:g} is outside the scale {lo:g}..{hi:g}")
            out[i, j] = v
    return out


def average_experts(
    factors: Sequence[str],
    matrices: Sequence[object],
    *,
    scale: tuple[float, float] = DEFAULT_SCALE,
    expert_names: Sequence[str] | None = None,
) -> Array:
    """Check every expert's direct-influence matrix and return their element-wise mean X.

    Parameters
    ----------
    factors : sequence of str
        Factor names; row i / column j of each matrix belong to ``factors[i]`` / ``[j]``.
    matrices : sequence of matrices
        One n x n matrix per expert: entry (i, j) is the direct influence of factor i on
        factor j on the scale (default 0 = none ... 4 = very high), diagonal 0.
    scale : (float, float)
        Allowed range of the entries, both ends included; the lower end must be >= 0.
    expert_names : sequence of str, optional
        Names used in error messages instead of "expert 1", "expert 2", ...

    Returns
    -------
    ndarray
        The n x n average direct-relation matrix X.

    Raises
    ------
    InputError
        No expert, a matrix that is not square or not n x n, a value that is missing,
        text, not finite or outside the scale, or a non-zero diagonal entry; the message
        names the expert and the factors.
    """
    names = check_factors(list(factors))
    lo, hi = _check_scale(scale)
    if isinstance(matrices, str) or not isinstance(matrices, Sequence | np.ndarray):
        raise InputError("matrices: expected a list with one matrix per expert")
    if len(matrices) == 0:
        raise InputError("matrices: the list is empty, give at least one expert's matrix")
    labels = list(expert_names) if expert_names is not None else []
    if labels and len(labels) != len(matrices):
        raise InputError(f"expert names: {len(labels)} names for {len(matrices)} matrices")
    stack = [
        _expert_matrix(names, m, f"expert '{labels[e]}'" if labels else f"expert {e + 1}", (lo, hi))
        for e, m in enumerate(matrices)
    ]
    out: Array = np.mean(stack, axis=0)
    return out


def _check_scale(scale: tuple[float, float]) -> tuple[float, float]:
    try:
        lo, hi = (float(x) for x in scale)
    except (TypeError, ValueError):
        raise InputError(f"scale: expected [low, high], got {scale!r}", field="scale") from None
    if not (math.isfinite(lo) and math.isfinite(hi) and 0 <= lo < hi):
        raise InputError(
            f"scale: {lo:g}..{hi:g} is not allowed; influences are >= 0 and low < high",
            field="scale",
        )
    return lo, hi


def _choice(value: str, allowed: Mapping[str, str], what: str) -> str:
    key = str(value).strip().lower()
    if key not in allowed:
        raise InputError(
            f"{what} '{value}' is unknown; choose one of {', '.join(allowed)}", field=what
        )
    return key


def _check_threshold(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise InputError(f"threshold {value!r} is not a number", field="threshold")
    if not math.isfinite(float(value)):
        raise InputError(f"threshold {value} is not a finite number", field="threshold")
    return float(value)


def normaliser(x: Array, normalization: str = "max_row_col") -> float:
    """The divisor k of X: largest row or column sum ("max_row_col") or largest row sum."""
    key = _choice(normalization, NORMALIZATIONS, "normalization")
    rows = x.sum(axis=1)
    if key == "max_row":
        return float(rows.max())
    return float(max(rows.max(), x.sum(axis=0).max()))


def total_relation(n_matrix: Array) -> tuple[Array, float]:
    """T = N (I - N)^-1 by a linear solve, and the spectral radius of N.

    Raises
    ------
    MethodError
        The spectral radius of N is 1 or more: I - N is singular (or the series
        N + N^2 + ... diverges), so the total relation is not defined.
    """
    n = n_matrix.shape[0]
    rho = float(np.max(np.abs(np.linalg.eigvals(n_matrix))))
    if rho >= 1.0 - SPECTRAL_MARGIN:
        raise MethodError(
            f"the normalised matrix N has spectral radius {rho:.6g} (must be below 1): "
            "I - N is singular and T = N (I - N)^-1 is not defined; this happens when "
            "the factors influence each other in a closed loop at the full normaliser "
            "(try normalization 'max_row_col', or revise the matrix)",
            field="matrix",
        )
    # T (I - N) = N  <=>  (I - N)^T T^T = N^T: one solve, no explicit inverse
    t: Array = np.asarray(np.linalg.solve((np.eye(n) - n_matrix).T, n_matrix.T).T, dtype=float)
    return t, rho


def dematel(
    factors: Sequence[str],
    matrices: Sequence[object],
    *,
    normalization: str = "max_row_col",
    weighting: str = "euclidean",
    threshold: float | None = None,
    scale: tuple[float, float] = DEFAULT_SCALE,
    expert_names: Sequence[str] | None = None,
) -> DematelResult:
    """Run DEMATEL on one or several experts' direct-influence matrices.

    Parameters
    ----------
    factors : sequence of str
        Factor names (at least 2, unique).
    matrices : sequence of matrices
        One n x n direct-influence matrix per expert (rows influence columns, 0..4,
        zero diagonal); several are averaged element-wise. For a single expert pass
        ``[matrix]``.
    normalization : {"max_row_col", "max_row"}
        Divisor k of X: the largest of all row and column sums (default), or the largest
        row sum. N = X / k.
    weighting : {"euclidean", "prominence"}
        Factor weights sqrt((D+R)^2 + (D-R)^2) normalised (default) or (D+R) normalised.
    threshold : float, optional
        Arcs of the impact-relation map are T[i, j] > threshold; default the mean of
        all n^2 entries of T.
    scale : (float, float)
        Allowed range of the entries (default 0..4).
    expert_names : sequence of str, optional
        Names for error messages.

    Returns
    -------
    DematelResult

    Raises
    ------
    InputError
        Invalid factors or matrices (see :func:`average_experts`), an unknown option,
        a threshold that is not a finite number, or a matrix without any influence.
    MethodError
        I - N is singular (spectral radius of N >= 1).
    """
    names = check_factors(list(factors))
    norm_key = _choice(normalization, NORMALIZATIONS, "normalization")
    weight_key = _choice(weighting, WEIGHTINGS, "weighting")
    user_threshold = _check_threshold(threshold)
    x = average_experts(names, matrices, scale=scale, expert_names=expert_names)
    k = normaliser(x, norm_key)
    if k <= 0:
        raise InputError(
            "the direct-influence matrix is all zeros: no factor influences another",
            field="matrix",
        )
    n_matrix = x / k
    t, rho = total_relation(n_matrix)
    d = t.sum(axis=1)
    r = t.sum(axis=0)
    prominence = d + r
    relation = d - r
    raw = np.hypot(prominence, relation) if weight_key == "euclidean" else prominence
    weights = raw / raw.sum()
    if user_threshold is None:
        thr, source = float(t.mean()), "mean of all entries of T"
    else:
        thr, source = user_threshold, "set by the user"
    arrays = [x, n_matrix, t, d, r, prominence, relation, weights]
    for a in arrays:
        a.setflags(write=False)
    return DematelResult(
        factors=names,
        experts=len(matrices),
        direct=x,
        normaliser=k,
        normalization=norm_key,
        normalized=n_matrix,
        total=t,
        d=d,
        r=r,
        prominence=prominence,
        relation=relation,
        weighting=weight_key,
        weights=weights,
        threshold=thr,
        threshold_source=source,
        spectral_radius=rho,
        conventions=Conventions(
            method="DEMATEL (Decision Making Trial and Evaluation Laboratory)",
            normalization=f"{norm_key}: {NORMALIZATIONS[norm_key]}",
            weights_source=f"{weight_key}: {WEIGHTINGS[weight_key]}",
            parameters={
                "normalization": norm_key,
                "weighting": weight_key,
                "threshold": thr,
                "threshold_source": source,
                "scale": [float(scale[0]), float(scale[1])],
                "experts": len(matrices),
            },
            notes=(
                "rows influence columns: x_ij is the direct influence of factor i on j",
                f"{len(matrices)} expert matrix(es) averaged element-wise (arithmetic mean)",
                "N = X / k; T = N (I - N)^-1, computed by a linear solve",
                "D = row sums of T (influence given), R = column sums (influence received)",
                "causes: D - R > 0; effects: D - R <= 0",
                "impact-relation map: arcs i -> j with T_ij > threshold, self-loops omitted",
                *REFERENCES,
            ),
        ),
    )


@dataclass(frozen=True)
class DematelInput:
    """DEMATEL input as read from a file; :meth:`run` computes it."""

    factors: tuple[str, ...]
    matrices: tuple[Any, ...]
    normalization: str = "max_row_col"
    weighting: str = "euclidean"
    threshold: float | None = None
    scale: tuple[float, float] = DEFAULT_SCALE
    expert_names: tuple[str, ...] | None = None

    def run(self) -> DematelResult:
        return dematel(
            self.factors,
            self.matrices,
            normalization=self.normalization,
            weighting=self.weighting,
            threshold=self.threshold,
            scale=self.scale,
            expert_names=self.expert_names,
        )


def dematel_input_from_json(data: object) -> DematelInput:
    """Read the `innocite dematel` file contract (see docs/dematel_awot.md).

    ``{"factors": [...], "matrix": [[...]]}`` or ``"matrices": [[[...]], ...]`` (one per
    expert, averaged); optional ``"normalization"``, ``"weighting"``, ``"threshold"``,
    ``"scale": [low, high]`` and ``"experts": [names]``.
    """
    if not isinstance(data, Mapping):
        raise InputError("expected a JSON object with 'factors' and 'matrix' or 'matrices'")
    if "factors" not in data:
        raise InputError("'factors' is missing: list the factor names", field="factors")
    factors = check_factors(data["factors"])
    if ("matrix" in data) == ("matrices" in data):
        raise InputError(
            "give either 'matrix' (one expert) or 'matrices' (one per expert)", field="matrix"
        )
    if "matrix" in data:
        matrices: tuple[Any, ...] = (data["matrix"],)
    else:
        many = data["matrices"]
        if isinstance(many, str) or not isinstance(many, Sequence) or not many:
            raise InputError("'matrices': expected a non-empty list with one matrix per expert")
        matrices = tuple(many)
    names = data.get("experts")
    if names is not None and (
        isinstance(names, str)
        or not isinstance(names, Sequence)
        or not all(isinstance(x, str) for x in names)
    ):
        raise InputError("'experts': expected a list of names", field="experts")
    scale = data.get("scale", DEFAULT_SCALE)
    if isinstance(scale, str) or not isinstance(scale, Sequence) or len(scale) != 2:
        raise InputError(f"'scale': expected [low, high], got {scale!r}", field="scale")
    return DematelInput(
        factors=factors,
        matrices=matrices,
        normalization=str(data.get("normalization", "max_row_col")),
        weighting=str(data.get("weighting", "euclidean")),
        threshold=data.get("threshold"),
        scale=(scale[0], scale[1]),
        expert_names=None if names is None else tuple(names),
    )
