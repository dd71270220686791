"""Objective criteria weights from the performance matrix: equal, entropy, CRITIC, SD, MEREC ..."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.errors import InputError, MethodError
from decision.problem import Problem, parse_direction
from decision.results import Conventions
from decision.validation import check_matrix

Array = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]

# Below this the spread of every criterion is rounding noise, not information.
_NEGLIGIBLE = 1e-14

_ALIASES = {
    "sd": "std",
    "standard_deviation": "std",
    "shannon": "entropy",
    "var": "variance",
}


@dataclass(frozen=True)
class WeightsResult:
    """Objective weights of the leaf criteria (summing to 1) and how they were computed.

    ``details`` holds the per-criterion intermediate quantities a memo may show
    (entropy, divergence, standard deviation, CRITIC information, MEREC removal
    effect ...), each an array in criterion order; ``notes`` holds remarks about
    this data (constant criteria, zeros ...), repeated in ``conventions.notes``
    after the description of the formula.
    """

    method: str
    criterion_ids: tuple[str, ...]
    weights: Array = field(compare=False, repr=False)
    conventions: Conventions
    notes: tuple[str, ...] = ()
    details: Mapping[str, Array] = field(default_factory=dict, compare=False, repr=False)

    def weight_map(self) -> dict[str, float]:
        """Weights by criterion id."""
        return {c: float(w) for c, w in zip(self.criterion_ids, self.weights, strict=True)}


@dataclass(frozen=True)
class WeightingData:
    """A validated matrix with its ids and directions, as a weighting method receives it."""

    x: Array
    cost: Mask
    alternative_ids: tuple[str, ...]
    criterion_ids: tuple[str, ...]


@dataclass(frozen=True)
class Computed:
    """What a weighting method returns before it is wrapped into a :class:`WeightsResult`."""

    weights: Array
    details: Mapping[str, Array] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class WeightingMethod:
    """An objective weighting method in the registry, with the conventions a memo states.

    ``positive``/``nonnegative`` are the value requirements passed to
    :func:`decision.validation.check_matrix`; ``uses_direction`` says whether
    benefit/cost matters (CRITIC, MEREC) or not (entropy, SD, variance, Gini).
    """

    key: str
    label: str
    formula: str
    compute: Callable[[WeightingData], Computed]
    normalization: str | None = None
    reference: str = ""
    uses_data: bool = True
    uses_direction: bool = False
    positive: bool = False
    nonnegative: bool = False
    parameters: Mapping[str, Any] = field(default_factory=dict)


# -- helpers ------------------------------------------------------------------------------


def _quoted(ids: Sequence[str]) -> str:
    return ", ".join(f"'{c}'" for c in ids)


def _constant_note(d: WeightingData, constant: Mask) -> tuple[str, ...]:
    if not constant.any():
        return ()
    ids = [c for c, k in zip(d.criterion_ids, constant, strict=True) if k]
    which = f"criterion {_quoted(ids)} has" if len(ids) == 1 else f"criteria {_quoted(ids)} have"
    return (f"{which} the same value for every alternative, so weight 0",)


def _all_constant(label: str) -> MethodError:
    return MethodError(
        f"every criterion has the same value (or nearly so) for every alternative, so {label} "
        "cannot tell the criteria apart; give weights by hand or use equal weights",
        field="matrix",
    )


def _minmax(d: WeightingData, constant: Mask, *, directed: bool) -> Array:
    """(x - worst)/(best - worst) per column; constant columns become 0 (they are not used)."""
    lo, hi = d.x.min(axis=0), d.x.max(axis=0)
    span = np.where(constant, 1.0, hi - lo)
    r = (d.x - lo) / span
    if directed:
        r = np.where(d.cost, 1.0 - r, r)
    r[:, constant] = 0.0
    return np.asarray(r, dtype=float)


def _share(spread: Array, constant: Mask, label: str) -> Array:
    spread = np.where(constant, 0.0, np.maximum(spread, 0.0))
    if spread.max() <= _NEGLIGIBLE:
        raise _all_constant(label)
    return np.asarray(spread / spread.sum(), dtype=float)


def _constant_columns(x: Array) -> Mask:
    return np.asarray(x.max(axis=0) == x.min(axis=0))


def _reject_all_zero_columns(d: WeightingData, label: str) -> None:
    zero = ~np.any(d.x != 0, axis=0)
    if zero.any():
        c = d.criterion_ids[int(np.argmax(zero))]
        raise MethodError(
            f"criterion '{c}': every value is 0, which {label} cannot use (the shares of a zero "
            "total are undefined); remove the criterion or enter its values",
            criterion=c,
        )


# -- methods ------------------------------------------------------------------------------


def _equal(d: WeightingData) -> Computed:
    n = len(d.criterion_ids)
    return Computed(np.full(n, 1.0 / n))


def _entropy(d: WeightingData) -> Computed:
    _reject_all_zero_columns(d, "entropy weighting")
    m = d.x.shape[0]
    # Dividing by the column maximum first keeps the column sum finite for huge values.
    y = d.x / d.x.max(axis=0)
    p = y / y.sum(axis=0)
    log_p = np.zeros_like(p)
    np.log(p, out=log_p, where=p > 0)  # 0 ln 0 = 0
    e = np.minimum(-(p * log_p).sum(axis=0) / np.log(m), 1.0)
    constant = _constant_columns(d.x)
    e[constant] = 1.0
    divergence = 1.0 - e
    w = _share(divergence, constant, "entropy weighting")
    notes = _constant_note(d, constant)
    if np.any(d.x == 0):
        notes += (
            "zero values enter as 0 ln 0 = 0 (their limit); pymcdm instead sets the entropy of a "
            "criterion with a zero to 0, which gives it the largest possible weight",
        )
    return Computed(w, {"entropy": e, "divergence": divergence}, notes)


def _critic(d: WeightingData) -> Computed:
    n = len(d.criterion_ids)
    constant = _constant_columns(d.x)
    live = np.flatnonzero(~constant)
    if live.size == 0:
        raise _all_constant("CRITIC")
    r = _minmax(d, constant, directed=True)
    sigma = np.zeros(n)
    info = np.zeros(n)
    corr = np.full((n, n), np.nan)
    notes = _constant_note(d, constant)
    w = np.zeros(n)
    sigma[live] = r[:, live].std(axis=0, ddof=1)
    if live.size == 1:
        w[live] = 1.0
        notes += (
            f"only criterion '{d.criterion_ids[live[0]]}' varies, so it takes all the weight",
        )
        return Computed(w, {"std": sigma, "information": info, "correlation": corr}, notes)
    c = np.corrcoef(r[:, live], rowvar=False)
    corr[np.ix_(live, live)] = c
    info[live] = sigma[live] * (1.0 - c).sum(axis=0)
    if info.sum() <= 1e-10 * sigma.sum():
        ids = [d.criterion_ids[j] for j in live]
        raise MethodError(
            f"criteria {_quoted(ids)} rank the alternatives in exactly the same way (correlation "
            "1 once cost criteria are reversed), so CRITIC finds no conflict to weigh; use "
            "another method",
            field="matrix",
        )
    w[live] = info[live] / info.sum()
    if constant.any():
        notes += ("constant criteria are left out of the correlations (undefined, shown as NaN)",)
    return Computed(w, {"std": sigma, "information": info, "correlation": corr}, notes)


def _std(d: WeightingData) -> Computed:
    constant = _constant_columns(d.x)
    sigma = _minmax(d, constant, directed=False).std(axis=0, ddof=1)
    w = _share(sigma, constant, "standard-deviation weighting")
    return Computed(w, {"std": sigma}, _constant_note(d, constant))


def _variance(d: WeightingData) -> Computed:
    constant = _constant_columns(d.x)
    var = _minmax(d, constant, directed=False).var(axis=0, ddof=1)
    w = _share(var, constant, "variance weighting")
    return Computed(w, {"variance": var}, _constant_note(d, constant))


def _merec(d: WeightingData) -> Computed:
    x = d.x
    n = x.shape[1]
    # |ln n_ij| as a difference of logarithms: no underflow of min/x over wide ranges
    ln_x = np.log(x)
    logs = np.where(d.cost, ln_x.max(axis=0) - ln_x, ln_x - ln_x.min(axis=0))
    total = logs.sum(axis=1)
    s = np.log1p(total / n)
    # Removing criterion j keeps the divisor n, as in Keshavarz-Ghorabaee et al. (2021).
    s_without = np.log1p(np.maximum(total[:, None] - logs, 0.0) / n)
    effect = np.abs(s_without - s[:, None]).sum(axis=0)
    constant = _constant_columns(x)
    w = _share(effect, constant, "MEREC")
    return Computed(w, {"removal_effect": effect}, _constant_note(d, constant))


def _gini(d: WeightingData) -> Computed:
    _reject_all_zero_columns(d, "Gini weighting")
    m = d.x.shape[0]
    # sum_i sum_k |x_i - x_k| = 2 sum_i (2i - m + 1) x_(i) over sorted values: O(m log m).
    rank_factor = 2.0 * np.arange(m) - m + 1.0
    y = d.x / d.x.max(axis=0)  # G is scale-free; this keeps the sums finite
    pair_sum = (rank_factor[:, None] * np.sort(y, axis=0)).sum(axis=0)
    gini = pair_sum / (m * y.sum(axis=0))
    constant = _constant_columns(d.x)
    w = _share(gini, constant, "Gini weighting")
    return Computed(w, {"gini": gini}, _constant_note(d, constant))


_MINMAX_UNDIRECTED = (
    "min-max (x - min)/(max - min) per criterion; direction does not matter since reversing a "
    "criterion does not change its spread"
)
_DDOF = (
    "sigma is the sample standard deviation (divisor m - 1); the divisor cancels in the "
    "weights, so the population form gives the same weights"
)

WEIGHTING_METHODS: dict[str, WeightingMethod] = {
    m.key: m
    for m in (
        WeightingMethod(
            key="equal",
            label="Equal weights",
            formula="every criterion gets 1/n; the performance values are not used",
            compute=_equal,
            uses_data=False,
        ),
        WeightingMethod(
            key="entropy",
            label="Entropy weights (Shannon)",
            formula=(
                "e_j = -(1/ln m) sum_i p_ij ln p_ij with 0 ln 0 = 0; divergence d_j = 1 - e_j; "
                "w_j = d_j / sum d; criteria whose values differ more get more weight"
            ),
            normalization="shares of the column total p_ij = x_ij / sum_i x_ij (direction not used)",
            reference=(
                "Shannon, C.E. (1948) Bell System Technical Journal 27:379-423; as a weighting "
                "method: Hwang, C.L. & Yoon, K. (1981) Multiple Attribute Decision Making, Springer"
            ),
            compute=_entropy,
            nonnegative=True,
        ),
        WeightingMethod(
            key="critic",
            label="CRITIC weights (Diakoulaki)",
            formula=(
                "C_j = sigma_j * sum_k (1 - r_jk), sigma_j the standard deviation of the "
                "normalised criterion, r_jk Pearson correlation between normalised criteria; "
                "w_j = C_j / sum C; favours criteria that vary and disagree with the others; "
                + _DDOF
            ),
            normalization=(
                "min-max towards the better end (x - worst)/(best - worst): cost criteria "
                "reversed before correlating, as in Diakoulaki et al. (pymcdm ignores direction)"
            ),
            reference=(
                "Diakoulaki, D., Mavrotas, G. & Papayannakis, L. (1995) Determining objective "
                "weights in multiple criteria problems: the CRITIC method. Computers & Operations "
                "Research 22(7):763-770"
            ),
            compute=_critic,
            uses_direction=True,
            parameters={"std_ddof": 1, "constant_criteria": "weight 0, left out of correlations"},
        ),
        WeightingMethod(
            key="std",
            label="Standard-deviation weights",
            formula=(
                "w_j = sigma_j / sum sigma, sigma_j the standard deviation of the normalised "
                "criterion; " + _DDOF
            ),
            normalization=(
                f"{_MINMAX_UNDIRECTED} (pymcdm uses raw values, so its weights depend on units)"
            ),
            reference=(
                "Diakoulaki et al. (1995) Computers & Operations Research 22(7):763-770; "
                "Jahan, A. & Edwards, K.L. (2013) Materials & Design 49:1000-1008"
            ),
            compute=_std,
            parameters={"std_ddof": 1},
        ),
        WeightingMethod(
            key="merec",
            label="MEREC weights (removal effects)",
            formula=(
                "S_i = ln(1 + (1/n) sum_j |ln n_ij|); S'_ij the same without criterion j (still "
                "divided by n); removal effect E_j = sum_i |S'_ij - S_i|; w_j = E_j / sum E"
            ),
            normalization="n_ij = min_k x_kj / x_ij for benefit criteria, x_ij / max_k x_kj for cost",
            reference=(
                "Keshavarz-Ghorabaee, M., Amiri, M., Zavadskas, E.K., Turskis, Z. & "
                "Antucheviciene, J. (2021) Determination of objective weights using a new method "
                "based on the removal effects of criteria (MEREC). Symmetry 13(4):525"
            ),
            compute=_merec,
            uses_direction=True,
            positive=True,
        ),
        WeightingMethod(
            key="variance",
            label="Statistical-variance weights",
            formula=(
                "w_j = v_j / sum v, v_j the sample variance (divisor m - 1, which cancels) of the "
                "normalised criterion"
            ),
            normalization=_MINMAX_UNDIRECTED,
            reference="as pymcdm.weights.variance_weights",
            compute=_variance,
            parameters={"variance_ddof": 1},
        ),
        WeightingMethod(
            key="gini",
            label="Gini-coefficient weights",
            formula=(
                "G_j = sum_i sum_k |x_ij - x_kj| / (2 m^2 mean_j), the Gini coefficient of the "
                "raw values; w_j = G_j / sum G (unit-free: scaling a criterion keeps G_j)"
            ),
            reference="as pymcdm.weights.gini_weights",
            compute=_gini,
            nonnegative=True,
        ),
    )
}


# -- entry point --------------------------------------------------------------------------


def get_weighting_method(name: str) -> WeightingMethod:
    """Look a weighting method up by key (case and dashes ignored; a few aliases accepted)."""
    if not isinstance(name, str):
        raise MethodError(
            f"weighting method must be a name such as 'entropy', not {type(name).__name__}; "
            "call compute_weights(data, method, types)",
            field="method",
        )
    key = name.strip().lower().replace("-", "_")
    key = _ALIASES.get(key, key)
    if key not in WEIGHTING_METHODS:
        raise MethodError(
            f"weighting method '{name}' is unknown; choose one of {', '.join(WEIGHTING_METHODS)}",
            field="method",
        )
    return WEIGHTING_METHODS[key]


def _parse_types(types: npt.ArrayLike | Sequence[str], criterion_ids: Sequence[str]) -> Mask:
    values = list(np.atleast_1d(np.asarray(types, dtype=object)))
    if len(values) != len(criterion_ids):
        raise InputError(
            f"expected {len(criterion_ids)} criterion directions, got {len(values)}",
            field="direction",
        )
    cost = np.zeros(len(values), dtype=bool)
    for j, (v, c) in enumerate(zip(values, criterion_ids, strict=True)):
        if isinstance(v, str):
            cost[j] = parse_direction(v, c) == "cost"
        elif v in (1, -1):
            cost[j] = v == -1
        else:
            raise InputError(
                f"criterion '{c}': direction {v!r} is not 1 (benefit), -1 (cost), benefit or cost",
                criterion=c,
                field="direction",
            )
    return cost


def compute_weights(
    data: Problem | npt.ArrayLike,
    method: str = "entropy",
    types: npt.ArrayLike | Sequence[str] | None = None,
    *,
    alternative_ids: Sequence[str] | None = None,
    criterion_ids: Sequence[str] | None = None,
) -> WeightsResult:
    """Objective weights of the criteria from the performance values.

    Parameters
    ----------
    data : Problem or array_like
        A problem (its leaf criteria, alternatives and matrix are used) or an m x n
        matrix, rows alternatives and columns criteria.
    method : str
        A key of :data:`WEIGHTING_METHODS`: ``equal``, ``entropy``, ``critic``, ``std``,
        ``merec``, ``variance`` or ``gini``.
    types : array_like, optional
        Direction per criterion: +1/-1 or ``benefit``/``cost``/``max``/``min``. Taken from
        the problem when omitted; with a bare matrix it is required by the methods that
        depend on direction (CRITIC, MEREC).
    alternative_ids, criterion_ids : sequence of str, optional
        Names used in error messages for a bare matrix (default ``a1..``, ``c1..``).

    Returns
    -------
    WeightsResult
        Weights summing to 1 in criterion order, with conventions and notes.

    Raises
    ------
    InputError
        A value is missing or not finite, or the directions are malformed.
    MethodError
        The method cannot use the data: fewer than 2 alternatives, a value out of its
        domain (negative for entropy and Gini, not positive for MEREC), an all-zero
        criterion (entropy, Gini), every criterion constant, or (CRITIC) all varying
        criteria perfectly correlated. The message names the alternative/criterion.
    """
    spec = get_weighting_method(method)
    if isinstance(data, Problem):
        x = np.asarray(data.matrix, dtype=float)
        alts = tuple(data.alternative_ids)
        crit = tuple(data.leaf_ids)
        cost = data.types < 0 if types is None else _parse_types(types, crit)
        grouped = any(c.parent is not None for c in data.criteria)
    else:
        x = np.asarray(data, dtype=float)
        if x.ndim != 2:
            raise InputError(f"matrix has {x.ndim} dimensions, expected 2", field="matrix")
        crit = tuple(criterion_ids or (f"c{j + 1}" for j in range(x.shape[1])))
        alts = tuple(alternative_ids or (f"a{i + 1}" for i in range(x.shape[0])))
        if types is None and spec.uses_direction:
            raise InputError(
                f"{spec.label} depend on whether each criterion is a benefit or a cost: "
                "give types for every criterion",
                field="direction",
            )
        cost = np.zeros(len(crit), dtype=bool) if types is None else _parse_types(types, crit)
        grouped = False
    if spec.uses_data:
        x = check_matrix(
            x, alts, crit, method=spec.label, positive=spec.positive, nonnegative=spec.nonnegative
        )
        if x.shape[0] < 2:
            only = f"; the data has only '{alts[0]}'" if alts else ""
            raise MethodError(
                f"{spec.label} need at least 2 alternatives to compare{only}",
                alternative=alts[0] if alts else None,
                field="alternatives",
            )
    elif x.ndim != 2 or x.shape[1] != len(crit) or not crit:
        raise InputError(f"expected a matrix with {len(crit)} criteria columns", field="matrix")
    out = spec.compute(WeightingData(x, np.asarray(cost, dtype=bool), alts, crit))
    w = np.array(out.weights, dtype=float)
    w.setflags(write=False)
    notes = out.notes
    if grouped:
        notes += ("weights are global weights of the leaf criteria; the groups are not used",)
    conventions = Conventions(
        method=spec.label,
        normalization=spec.normalization,
        weights_source=f"objective: {spec.label}",
        parameters=dict(spec.parameters),
        notes=(
            spec.formula,
            *((f"reference: {spec.reference}",) if spec.reference else ()),
            *notes,
        ),
    )
    return WeightsResult(spec.key, crit, w, conventions, notes, dict(out.details))
