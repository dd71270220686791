"""One-criterion weight sweeps for every registered method, batched where the method allows."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.errors import DecisionError, InputError
from decision.evaluate import rank
from decision.methods.base import Context, MethodSpec
from decision.methods.promethee import check_preferences, criterion_flows, net_flows
from decision.methods.registry import get_method
from decision.methods.topsis import topsis_closeness
from decision.methods.vikor import vikor_gaps, vikor_q
from decision.normalization import normalize
from decision.problem import Problem
from decision.ranks import TIE_RULE, batch_competition_ranks
from decision.results import Conventions
from decision.sensitivity.weights import leaf_weights, perturb
from decision.validation import check_matrix

Array = npt.NDArray[np.float64]
Progress = Callable[[float], None]
Cancelled = Callable[[], bool]

RESCALING = (
    "the swept criterion's weight is set to x; the other weights keep their ratios and sum "
    "to 1 - x (if they are all zero they share 1 - x equally)"
)


class SensitivityCancelled(DecisionError):
    """Raised when ``is_cancelled()`` returns true during a long computation."""


@dataclass(frozen=True)
class Kernel:
    """Scores of every alternative for many weight vectors, as a method computes them.

    ``batch(W)`` maps a (k, n) array of weight vectors to (m, k) scores. ``pointwise(rows, W)``
    gives the score of alternative ``rows[i]`` under ``W[i]`` (cheap for methods whose score
    of one alternative does not depend on the others). ``linear``, when set, maps W to an
    (m, k) quantity that is linear in the weights and orders the alternatives like the score
    (higher is better): the WSM score, PROMETHEE II net flow, the log of the WPM score.
    """

    spec: MethodSpec
    batch: Callable[[Array], Array]
    pointwise: Callable[[npt.NDArray[np.intp], Array], Array]
    linear: Callable[[Array], Array] | None
    batched: bool


def _pointwise_from_batch(
    batch: Callable[[Array], Array],
) -> Callable[[npt.NDArray[np.intp], Array], Array]:
    def pointwise(rows: npt.NDArray[np.intp], w: Array) -> Array:
        out = np.empty(rows.size)
        for start in range(0, rows.size, 256):
            stop = min(start + 256, rows.size)
            scores = batch(w[start:stop])
            out[start:stop] = scores[rows[start:stop], np.arange(stop - start)]
        return out

    return pointwise


def make_kernel(problem: Problem, method: str, params: Mapping[str, Any] | None) -> Kernel:
    """Validate the problem once for ``method`` and return its batched score kernel.

    Parameters
    ----------
    problem : Problem
        A problem with a complete matrix.
    method : str
        A registered method key.
    params : mapping, optional
        Method parameters (defaults for missing ones).

    Returns
    -------
    Kernel
        Batched kernels for TOPSIS, VIKOR, PROMETHEE II, WSM and WPM; a loop over the
        method's own computation for every other method.
    """
    spec = get_method(method)
    p = spec.resolve(params)
    matrix = check_matrix(
        problem.matrix,
        problem.alternative_ids,
        problem.leaf_ids,
        method=spec.label,
        **spec.needs(p),
    )
    types = problem.types
    ids = list(problem.leaf_ids)
    if spec.key == "topsis":
        r = normalize(matrix, types, p["normalization"])
        hi, lo = r.max(axis=0), r.min(axis=0)

        def topsis_batch(w: Array) -> Array:
            return topsis_closeness(r, w)

        def topsis_point(rows: npt.NDArray[np.intp], w: Array) -> Array:
            w2 = w * w
            d_plus = np.sqrt((((r[rows] - hi) ** 2) * w2).sum(axis=1))
            d_minus = np.sqrt((((r[rows] - lo) ** 2) * w2).sum(axis=1))
            total = d_plus + d_minus
            out: Array = np.where(total > 0, d_minus / np.where(total > 0, total, 1.0), 0.5)
            return out

        return Kernel(spec, topsis_batch, topsis_point, None, True)
    if spec.key == "vikor":
        gaps = vikor_gaps(matrix, types, ids)
        v = float(p["v"])

        def vikor_batch(w: Array) -> Array:
            return vikor_q(gaps, w, v)

        return Kernel(spec, vikor_batch, _pointwise_from_batch(vikor_batch), None, True)
    if spec.key == "promethee2":
        prefs = check_preferences([c.preference for c in problem.leaves], ids)
        f_plus, f_minus = criterion_flows(matrix, types, prefs, ids)
        f_net = f_plus - f_minus

        def prom_batch(w: Array) -> Array:
            return net_flows(f_plus, f_minus, w)

        def prom_point(rows: npt.NDArray[np.intp], w: Array) -> Array:
            out: Array = (f_net[rows] * w).sum(axis=1) / w.sum(axis=1)
            return out

        return Kernel(spec, prom_batch, prom_point, prom_batch, True)
    if spec.key == "wsm":
        if p["normalization"] == "none":
            rw = np.where(types > 0, matrix, -matrix)
        else:
            rw = normalize(matrix, types, p["normalization"])

        def wsm_batch(w: Array) -> Array:
            out: Array = rw @ w.T
            return out

        def wsm_point(rows: npt.NDArray[np.intp], w: Array) -> Array:
            out: Array = (rw[rows] * w).sum(axis=1)
            return out

        return Kernel(spec, wsm_batch, wsm_point, wsm_batch, True)
    if spec.key == "wpm":
        if p["normalization"] == "none":
            logs = np.log(matrix) * types
        else:
            logs = np.log(normalize(matrix, types, p["normalization"]))

        def wpm_log(w: Array) -> Array:
            out: Array = logs @ w.T
            return out

        def wpm_batch(w: Array) -> Array:
            out: Array = np.exp(logs @ w.T)
            return out

        def wpm_point(rows: npt.NDArray[np.intp], w: Array) -> Array:
            out: Array = np.exp((logs[rows] * w).sum(axis=1))
            return out

        return Kernel(spec, wpm_batch, wpm_point, wpm_log, True)
    ctx = Context(problem.alternative_ids, problem.leaves)

    def loop_batch(w: Array) -> Array:
        cols = [np.asarray(spec.compute(matrix, row, types, p, ctx).scores) for row in w]
        return np.stack(cols, axis=1) if cols else np.zeros((matrix.shape[0], 0))

    return Kernel(spec, loop_batch, _pointwise_from_batch(loop_batch), None, False)


def criterion_index(problem: Problem, criterion_id: str) -> int:
    """Column index of a leaf criterion; raise InputError naming it if it is not a leaf."""
    if criterion_id not in problem.leaf_ids:
        raise InputError(
            f"criterion '{criterion_id}' is not a leaf criterion of the problem "
            "(sensitivity analysis varies leaf weights)",
            criterion=criterion_id,
        )
    return problem.leaf_ids.index(criterion_id)


@dataclass(frozen=True)
class SweepResult:
    """Scores and ranks of every alternative along a one-criterion weight sweep.

    ``weights_grid[i]`` is the swept criterion's weight at point i, ``weights[i]`` the full
    weight vector there; ``scores`` and ``ranks`` are points x alternatives (rank 1 best).
    """

    method: str
    criterion_id: str
    alternative_ids: tuple[str, ...]
    criterion_ids: tuple[str, ...]
    current_weight: float
    weights_grid: Array = field(compare=False, repr=False)
    weights: Array = field(compare=False, repr=False)
    scores: Array = field(compare=False, repr=False)
    ranks: npt.NDArray[np.int64] = field(compare=False, repr=False)
    higher_is_better: bool
    conventions: Conventions


def sweep(
    problem: Problem,
    criterion_id: str,
    method: str = "topsis",
    points: int = 101,
    params: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> SweepResult:
    """Score and rank every alternative while one criterion's weight runs from 0 to 1.

    Parameters
    ----------
    problem : Problem
        A problem with weights on all criteria.
    criterion_id : str
        The leaf criterion whose weight is swept.
    method : str
        Any registered method key.
    points : int
        Number of equally spaced weights in [0, 1] (at least 2).
    params : mapping, optional
        Method parameters.
    progress : callable, optional
        Called with the fraction done.
    is_cancelled : callable, optional
        Polled between chunks; when it returns true, ``SensitivityCancelled`` is raised.

    Returns
    -------
    SweepResult
        Weights grid, scores and competition ranks (points x alternatives).
    """
    if points < 2:
        raise InputError(f"a sweep needs at least 2 points, got {points}", field="points")
    j = criterion_index(problem, criterion_id)
    w0 = leaf_weights(problem)
    current = rank(problem, method, params, weights=w0)  # validates method, data and weights
    kernel = make_kernel(problem, method, params)
    xs = np.linspace(0.0, 1.0, points)
    wgrid = perturb(w0, j, xs)
    chunk = points if kernel.batched else 16
    scores = np.empty((points, len(problem.alternatives)))
    for start in range(0, points, chunk):
        if is_cancelled is not None and is_cancelled():
            raise SensitivityCancelled("the weight sweep was cancelled")
        stop = min(start + chunk, points)
        scores[start:stop] = kernel.batch(wgrid[start:stop]).T
        if progress is not None:
            progress(stop / points)
    ranks = batch_competition_ranks(scores, higher_is_better=kernel.spec.higher_is_better)
    conv = current.conventions
    return SweepResult(
        method=kernel.spec.key,
        criterion_id=criterion_id,
        alternative_ids=problem.alternative_ids,
        criterion_ids=problem.leaf_ids,
        current_weight=float(w0[j]),
        weights_grid=xs,
        weights=wgrid,
        scores=scores,
        ranks=ranks,
        higher_is_better=kernel.spec.higher_is_better,
        conventions=Conventions(
            method=conv.method,
            normalization=conv.normalization,
            tie_rule=TIE_RULE,
            weights_source=conv.weights_source,
            parameters=conv.parameters,
            notes=(RESCALING,),
        ),
    )
