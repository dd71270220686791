"""TOPSIS closeness along one-criterion weight sweeps in O(1) per alternative and weight."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.methods.registry import get_method
from decision.normalization import normalize
from decision.problem import Problem

Array = npt.NDArray[np.float64]
Index = npt.NDArray[np.intp]


@dataclass(frozen=True)
class TopsisLines:
    """Squared TOPSIS distances as quadratics of one criterion's weight x.

    With w(x) = x e_j + (1 - x) s_j (s_j: the other weights rescaled to sum 1),
    D+_i(x)^2 = x^2 P_ij + (1 - x)^2 Q_ij with P_ij = (r_ij - max_i r_ij)^2 and
    Q_ij = sum_{k != j} s_jk^2 (r_ik - max_i r_ik)^2; the same for D- with the minimum.
    """

    p_plus: Array
    q_plus: Array
    p_minus: Array
    q_minus: Array


def topsis_lines(problem: Problem, params: Mapping[str, Any] | None, w0: Array) -> TopsisLines:
    """The quadratics of :class:`TopsisLines` at current weights ``w0`` (summing to 1).

    The matrix must already be validated for TOPSIS (``make_kernel`` does it).
    """
    p = get_method("topsis").resolve(params)
    r = normalize(problem.matrix, problem.types, p["normalization"])
    n = w0.size
    share = np.broadcast_to(w0, (n, n)).copy()  # row j: weights with j's at 0, rescaled to 1
    np.fill_diagonal(share, 0.0)
    rest = share.sum(axis=1)
    flat = np.flatnonzero(rest <= 0)  # as perturb(): if the others are all zero they share equally
    share[flat] = 1.0
    share[flat, flat] = 0.0
    rest[flat] = n - 1.0
    share /= np.where(rest > 0, rest, 1.0)[:, np.newaxis]
    g_plus = (r - r.max(axis=0)) ** 2
    g_minus = (r - r.min(axis=0)) ** 2
    s2 = (share * share).T
    return TopsisLines(g_plus, g_plus @ s2, g_minus, g_minus @ s2)


def closeness(lines: TopsisLines, rows: Index, js: Index, x: Array) -> Array:
    """Closeness of alternative ``rows[i]`` when criterion ``js[i]`` has weight ``x[i]``.

    As the batched kernel: D- / (D+ + D-), and 0.5 where both distances are 0.
    """
    x2, y2 = x * x, (1.0 - x) ** 2
    d_plus = np.sqrt(x2 * lines.p_plus[rows, js] + y2 * lines.q_plus[rows, js])
    d_minus = np.sqrt(x2 * lines.p_minus[rows, js] + y2 * lines.q_minus[rows, js])
    total = d_plus + d_minus
    out: Array = np.where(total > 0, d_minus / np.where(total > 0, total, 1.0), 0.5)
    return out


def grid_closeness(lines: TopsisLines, j: int, xs: Array) -> Array:
    """Closeness (m, k) of every alternative at weights ``xs`` (k,) of criterion ``j``.

    Four multiply-adds per cell instead of the kernel's two products over all n criteria.
    """
    x2, y2 = xs * xs, (1.0 - xs) ** 2
    d_plus = np.multiply.outer(lines.p_plus[:, j], x2)
    d_plus += np.multiply.outer(lines.q_plus[:, j], y2)
    np.sqrt(d_plus, out=d_plus)
    d_minus = np.multiply.outer(lines.p_minus[:, j], x2)
    d_minus += np.multiply.outer(lines.q_minus[:, j], y2)
    np.sqrt(d_minus, out=d_minus)
    total = d_plus
    total += d_minus
    zero = total <= 0
    total[zero] = 1.0
    d_minus /= total
    d_minus[zero] = 0.5
    return d_minus
