"""Leaf weights of a problem and one-criterion weight perturbation with proportional rescaling."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from decision.errors import DecisionError, InputError
from decision.problem import Problem

Array = npt.NDArray[np.float64]


def leaf_weights(problem: Problem) -> Array:
    """Global leaf weights of ``problem``, summing to 1, in matrix column order.

    Parameters
    ----------
    problem : Problem
        A problem whose criteria (and groups) all carry weights.

    Returns
    -------
    ndarray
        One weight per leaf criterion; the product of local weights down the tree.

    Raises
    ------
    InputError
        A criterion has no weight (the message names it).
    """
    try:
        w = problem.global_weights()
    except DecisionError as exc:
        raise InputError(
            f"sensitivity analysis needs weights: {exc.message}",
            criterion=exc.criterion,
            field=exc.field or "weight",
        ) from exc
    total = float(w.sum())
    out: Array = w / total
    return out


def perturb(w: npt.ArrayLike, j: int, x: npt.ArrayLike) -> Array:
    """Set criterion ``j``'s weight to ``x`` and rescale the others proportionally.

    Parameters
    ----------
    w : array_like
        Current weights (n,), non-negative, summing to 1.
    j : int
        Column index of the criterion whose weight changes.
    x : float or array_like
        New weight(s) of criterion ``j``, each in [0, 1].

    Returns
    -------
    ndarray
        (n,) for a scalar ``x``, (k, n) for k values. The other weights keep their
        ratios and sum to ``1 - x``; if they are all zero they share ``1 - x`` equally.

    Raises
    ------
    InputError
        ``x`` lies outside [0, 1], or there is one criterion and ``x`` is not 1.
    """
    base = np.asarray(w, dtype=float)
    xs = np.asarray(x, dtype=float)
    n = base.size
    if not 0 <= j < n:
        raise InputError(f"criterion index {j} is outside 0..{n - 1}", field="criterion")
    if xs.size and (np.any(~np.isfinite(xs)) or xs.min() < 0.0 or xs.max() > 1.0):
        raise InputError("a perturbed weight must lie in [0, 1]", field="weight")
    others = base.copy()
    others[j] = 0.0
    rest = float(others.sum())
    if rest > 0:
        share = others / rest
    elif n > 1:
        share = np.full(n, 1.0 / (n - 1))
        share[j] = 0.0
    else:
        if np.any(xs != 1.0):
            raise InputError("with one criterion its weight must be 1", field="weight")
        share = np.zeros(1)
    unit = np.zeros(n)
    unit[j] = 1.0
    out: Array = np.multiply.outer(1.0 - xs, share) + np.multiply.outer(xs, unit)
    return out


def perturb_rows(w: Array, js: npt.NDArray[np.intp], xs: Array) -> Array:
    """Row-wise :func:`perturb`: row i sets criterion ``js[i]`` to ``xs[i]`` (inputs trusted)."""
    n = w.size
    rows = np.broadcast_to(w, (js.size, n)).copy()
    idx = np.arange(js.size)
    rows[idx, js] = 0.0
    rest = rows.sum(axis=1, keepdims=True)
    flat = rest[:, 0] <= 0
    if flat.any():
        rows[flat] = 1.0
        rows[idx[flat], js[flat]] = 0.0
        rest[flat] = n - 1.0
    out: Array = rows / rest * (1.0 - xs)[:, np.newaxis]
    out[idx, js] = xs
    return out
