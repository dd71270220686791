"""PROMETHEE II (Brans & Vincke 1985) by sorting each criterion: O(m log m), no m x m matrix."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.errors import MethodError
from decision.methods.base import Array, Context, MethodOutput, MethodSpec
from decision.problem import PREFERENCE_FUNCTIONS, Preference

Index = npt.NDArray[np.intp]

NORMALIZATION = (
    "none: preference functions on raw differences (thresholds q, p in the criterion's "
    "units); flows divided by the weight sum and by (m-1)"
)

USUAL = Preference("usual", 0.0, 0.0)
# Relative to the largest magnitude in a column: differences from a step threshold smaller
# than this are float noise (the same spirit as the rank tie tolerance).
_NOISE = 1e-12


def check_preferences(
    preferences: Sequence[Preference | None], criterion_ids: Sequence[str] | None = None
) -> tuple[Preference, ...]:
    """Check every criterion's preference function and thresholds once, before any flow.

    Brans & Vincke (1985): usual (no threshold), u-shape (q >= 0), v-shape (p > 0; its q is
    ignored), level and linear (0 <= q <= p, p > 0; linear with p = q is a u-shape step).
    ``None`` means the usual function.

    Parameters
    ----------
    preferences : sequence of Preference or None
        One per criterion, in column order.
    criterion_ids : sequence of str, optional
        Column ids for the error messages.

    Returns
    -------
    tuple of Preference
        The preferences with ``None`` replaced by the usual function.

    Raises
    ------
    MethodError
        An unknown function or thresholds it cannot use, naming the criterion.
    """
    checked = []
    for j, pref in enumerate(preferences):
        cid = criterion_ids[j] if criterion_ids is not None else f"#{j + 1}"
        pref = USUAL if pref is None else pref
        fn, q, p = pref.function, float(pref.q), float(pref.p)

        def fail(why: str, cid: str = cid) -> MethodError:
            return MethodError(f"criterion '{cid}': {why}", criterion=cid, field="preference")

        if fn not in PREFERENCE_FUNCTIONS:
            raise fail(
                f"preference function '{fn}' is not one of {', '.join(PREFERENCE_FUNCTIONS)}"
            )
        if not (np.isfinite(q) and np.isfinite(p)):
            raise fail(f"{fn} preference thresholds must be finite numbers (q={q:g}, p={p:g})")
        if fn in ("u-shape", "level", "linear") and q < 0:
            raise fail(f"{fn} preference: indifference threshold q = {q:g} is negative")
        if fn in ("v-shape", "level", "linear") and p <= 0:
            raise fail(f"{fn} preference needs a preference threshold p > 0 (got p = {p:g})")
        if fn in ("level", "linear") and p < q:
            raise fail(
                f"{fn} preference: preference threshold p = {p:g} is below "
                f"the indifference threshold q = {q:g}"
            )
        checked.append(Preference(fn, q, p))
    return tuple(checked)


def _count_above(s: Array, t: float) -> tuple[Index, Index]:
    """For sorted s and every s_a: #{b: s_a - s_b > t} and #{b: s_b - s_a > t}.

    Both counts use the one predicate ``s_b < fl(s_a - t)`` (``fl(s - t)`` is sorted too), so
    a pair counted as leaving one alternative is always counted as entering the other and the
    net flows sum to zero exactly.
    """
    shifted = s - t
    below = np.searchsorted(s, shifted, side="left")
    above = s.size - np.searchsorted(shifted, s, side="right")
    return below, above


def _ramp_sums(s: Array, prefix: Array, q: float, p: float) -> tuple[Array, Array]:
    """For sorted s: sum_b min(1, max(0, (d - q)/(p - q))) with d = s_a - s_b, and with d = s_b - s_a.

    The linear part is a window of the sorted column; its sum comes from the prefix sums.
    """
    width = p - q
    # leaving: s_b in [s_a - p, s_a - q) gives (s_a - q - s_b)/width, s_b < s_a - p gives 1
    lo = np.searchsorted(s, s - p, side="left")
    hi = np.searchsorted(s, s - q, side="left")
    plus = lo + ((hi - lo) * (s - q) - (prefix[hi] - prefix[lo])) / width
    # entering: s_b in (s_a + q, s_a + p] gives (s_b - s_a - q)/width, s_b > s_a + p gives 1
    lo = np.searchsorted(s, s + q, side="right")
    hi = np.searchsorted(s, s + p, side="right")
    minus = (s.size - hi) + ((prefix[hi] - prefix[lo]) - (hi - lo) * (s + q)) / width
    return plus, minus


def _column_flows(y: Array, pref: Preference) -> tuple[Array, Array]:
    """Unweighted sums over b of P(a, b) and P(b, a) for one column oriented so higher is better."""
    order = np.argsort(y)  # tied values get identical flows, so tie order is irrelevant
    s = y[order]
    # a difference within this of a threshold counts as equal to it: 12.3 - 12.1 is not
    # "more than q = 0.2" just because binary rounding makes it 0.20000000000000107
    noise = _NOISE * float(np.max(np.abs(s)))
    # centre the column so the prefix sums stay small (precision of the window sums)
    s = s - s[s.size // 2]
    fn, q, p = pref.function, pref.q, pref.p
    plus: Array
    minus: Array
    if fn in ("usual", "u-shape") or (fn == "linear" and p == q):
        a, b = _count_above(s, (0.0 if fn == "usual" else q) + noise)
        plus, minus = a.astype(float), b.astype(float)
    elif fn == "level":
        a_q, b_q = _count_above(s, q + noise)
        a_p, b_p = _count_above(s, p + noise)
        plus = 0.5 * (a_q + a_p).astype(float)
        minus = 0.5 * (b_q + b_p).astype(float)
    else:  # v-shape is linear with q = 0
        prefix = np.concatenate(([0.0], np.cumsum(s)))
        plus, minus = _ramp_sums(s, prefix, 0.0 if fn == "v-shape" else q, p)
    out_plus = np.empty_like(plus)
    out_minus = np.empty_like(minus)
    out_plus[order] = plus
    out_minus[order] = minus
    return out_plus, out_minus


def criterion_flows(
    matrix: npt.ArrayLike,
    types: npt.ArrayLike,
    preferences: Sequence[Preference | None],
    criterion_ids: Sequence[str] | None = None,
) -> tuple[Array, Array]:
    """Unweighted per-criterion leaving and entering flows, one sort per criterion.

    ``Fplus[a, j] = 1/(m-1) sum_b P_j(a, b)`` and ``Fminus[a, j] = 1/(m-1) sum_b P_j(b, a)``
    with ``d = g(a) - g(b)`` on benefit and ``g(b) - g(a)`` on cost criteria. Each column is
    sorted once; thresholds are found with ``searchsorted`` and the linear parts summed from
    prefix sums of the sorted values (Calders & Van Assche 2016, arXiv:1603.00091), so a
    criterion costs O(m log m) time and O(m) memory. A step test ``d > q`` is made as
    ``g(b) < g(a) - q`` for both flows, so they stay consistent and net flows sum to zero; a
    difference within 1e-12 of the column's largest magnitude of a step threshold (0 for the
    usual function) counts as equal to it, so binary rounding of decimals does not decide.

    Parameters
    ----------
    matrix : array_like
        m x n performance values (validated: finite).
    types : array_like
        +1 (benefit) or -1 (cost) per column.
    preferences : sequence of Preference or None
        One per column; ``None`` is the usual function. Checked by :func:`check_preferences`.
    criterion_ids : sequence of str, optional
        Column ids for error messages.

    Returns
    -------
    (ndarray, ndarray)
        Fplus and Fminus, each m x n. Net flows for any weights are ``(Fplus - Fminus) @ w``
        (see :func:`net_flows`). With one alternative both are zero.
    """
    x = np.asarray(matrix, dtype=float)
    prefs = check_preferences(preferences, criterion_ids)
    if len(prefs) != x.shape[1]:
        raise MethodError(f"expected {x.shape[1]} preference functions, got {len(prefs)}")
    return _flows(x, np.asarray(types), prefs)


def _flows(x: Array, t: npt.NDArray[Any], prefs: Sequence[Preference]) -> tuple[Array, Array]:
    """:func:`criterion_flows` on values and preferences already checked."""
    m, n = x.shape
    f_plus = np.zeros((m, n))
    f_minus = np.zeros((m, n))
    if m < 2:
        return f_plus, f_minus
    for j in range(n):
        y = x[:, j] if t[j] > 0 else -x[:, j]
        plus, minus = _column_flows(y, prefs[j])
        f_plus[:, j] = plus / (m - 1)
        f_minus[:, j] = minus / (m - 1)
    return f_plus, f_minus


def net_flows(f_plus: Array, f_minus: Array, weights: npt.ArrayLike) -> Array:
    """PROMETHEE II net flow for one (n,) or many (k, n) weight vectors: one matrix product.

    Each weight vector is divided by its sum (pymcdm does not), so weights 40/30/30 and
    0.4/0.3/0.3 give the same flows. Returns (m,) or (m, k); higher is better.

    Parameters
    ----------
    f_plus, f_minus : ndarray
        m x n per-criterion flows from :func:`criterion_flows`.
    weights : array_like
        Non-negative weights, (n,) or (k, n), none summing to zero.

    Returns
    -------
    ndarray
        Net flows phi+ - phi-; they sum to zero over the alternatives.
    """
    w = np.asarray(weights, dtype=float)
    totals = w.sum(axis=-1, keepdims=True)
    if np.any(totals == 0):
        raise MethodError("the criteria weights sum to zero", field="weight")
    w_norm = w / totals
    net: Array = (f_plus - f_minus) @ w_norm.T
    return net


def _compute(
    matrix: Array,
    weights: Array,
    types: npt.NDArray[np.int8],
    params: Mapping[str, Any],
    ctx: Context,
) -> MethodOutput:
    ids = [c.id for c in ctx.criteria]
    prefs = check_preferences([c.preference for c in ctx.criteria], ids)
    f_plus, f_minus = _flows(matrix, types, prefs)
    w = weights / weights.sum()
    phi_plus, phi_minus = f_plus @ w, f_minus @ w
    phi_net = phi_plus - phi_minus
    notes = [
        "preference functions: "
        + "; ".join(_describe(c, p) for c, p in zip(ids, prefs, strict=True))
    ]
    if matrix.shape[0] < 2:
        notes.append("only one alternative: every flow is 0")
    return MethodOutput(
        scores=phi_net,
        details={"phi_plus": phi_plus, "phi_minus": phi_minus, "phi_net": phi_net},
        normalization=NORMALIZATION,
        notes=tuple(notes),
    )


def _describe(cid: str, pref: Preference) -> str:
    if pref.function == "usual":
        return f"{cid} usual"
    if pref.function == "u-shape":
        return f"{cid} u-shape (q={pref.q:g})"
    if pref.function == "v-shape":
        return f"{cid} v-shape (p={pref.p:g})"
    return f"{cid} {pref.function} (q={pref.q:g}, p={pref.p:g})"


SPEC = MethodSpec(
    key="promethee2",
    label="PROMETHEE II",
    description=(
        "Net outranking flow from pairwise preferences per criterion (usual, u-shape, v-shape, "
        "level or linear function with thresholds); criteria without one use the usual function."
    ),
    compute=_compute,
    higher_is_better=True,
    reference=(
        "Brans, J.P. & Vincke, Ph. (1985) A preference ranking organisation method (The PROMETHEE "
        "method for multiple criteria decision-making). Management Science 31(6):647-656."
    ),
)
