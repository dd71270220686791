"""SMAA-2 stochastic multicriteria acceptability analysis with batched, seeded weight sampling."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from decision.errors import InputError
from decision.methods.base import MethodSpec
from decision.methods.registry import get_method
from decision.normalization import normalize
from decision.problem import Problem
from decision.ranks import TIE_TOLERANCE, batch_competition_ranks
from decision.results import Conventions
from decision.sensitivity.sweep import Kernel, SensitivityCancelled, make_kernel

__all__ = [
    "SMAAResult",
    "SensitivityCancelled",
    "group_weights",
    "sample_weights",
    "smaa",
]

Array = npt.NDArray[np.float64]
Progress = Callable[[float], None]
Cancelled = Callable[[], bool]
WeightScheme = Literal["uniform", "ranges", "dirichlet"]

TIE_RULE = (
    "ties split equally: t alternatives tied (scores equal within 1e-9 relative) at positions "
    "p..p+t-1 each receive 1/t of every one of those ranks, so acceptability rows and columns "
    "both sum to 1; a tie for first gives each 1/t of the win"
)
STREAMS = (
    "numpy PCG64 generators from SeedSequence(seed): child 0 draws every weight vector before "
    "any evaluation (so results do not depend on the batch size); sample i's performance "
    "noise comes from SeedSequence(seed, spawn_key=(1, i)) and confidence draw i's from "
    "spawn_key=(2, i)"
)
_MAX_PROPOSALS = 2_000  # proposals per requested sample before ranges count as infeasible
_PAIRWISE_CELLS = 4_000_000  # booleans compared at once in the pairwise winning count


@dataclass(frozen=True)
class SMAAResult:
    """SMAA-2 indices of every alternative (row order of the problem).

    ``acceptability[i, r]`` is the share of samples in which alternative i holds rank r + 1;
    ``central_weights[i]`` the mean weight vector of the samples it wins (NaN if never);
    ``confidence[i]`` the share of performance draws in which it wins with its central
    weights; ``pairwise[i, j]`` the share of samples in which i ranks strictly before j
    (None when not computed).
    """

    method: str
    alternative_ids: tuple[str, ...]
    criterion_ids: tuple[str, ...]
    acceptability: Array = field(compare=False, repr=False)
    central_weights: Array = field(compare=False, repr=False)
    confidence: Array = field(compare=False, repr=False)
    pairwise: Array | None = field(compare=False, repr=False)
    samples: int
    seed: int
    conventions: Conventions

    @property
    def first_rank(self) -> Array:
        """Rank-1 acceptability index b1 of every alternative."""
        out: Array = self.acceptability[:, 0]
        return out

    def holistic(self, meta_weights: npt.ArrayLike | None = None) -> Array:
        """Holistic acceptability sum_r alpha_r b_r; default alpha_r = (m - r) / (m - 1)."""
        m = self.acceptability.shape[1]
        if meta_weights is None:
            alpha = np.linspace(1.0, 0.0, m) if m > 1 else np.ones(1)
        else:
            alpha = np.asarray(meta_weights, dtype=float)
        out: Array = self.acceptability @ alpha
        return out


# -- weight sampling ---------------------------------------------------------------------------
def _uniform_simplex(rng: np.random.Generator, k: int, n: int) -> Array:
    # normalised Exp(1) variables are uniform on the simplex (Dirichlet(1, ..., 1))
    e = rng.standard_exponential((k, n))
    out: Array = e / e.sum(axis=1, keepdims=True)
    return out


def _check_ranges(ranges: npt.ArrayLike, ids: tuple[str, ...]) -> tuple[Array, Array]:
    r = np.asarray(ranges, dtype=float)
    n = len(ids)
    if r.shape != (n, 2):
        raise InputError(
            f"weight ranges need shape ({n}, 2) (lower, upper per criterion), got {r.shape}",
            field="ranges",
        )
    lo, hi = r[:, 0].copy(), r[:, 1].copy()
    for j, cid in enumerate(ids):
        if not (np.isfinite(lo[j]) and np.isfinite(hi[j]) and 0 <= lo[j] <= hi[j] <= 1):
            raise InputError(
                f"criterion '{cid}': weight range [{lo[j]:g}, {hi[j]:g}] must satisfy "
                "0 <= lower <= upper <= 1",
                criterion=cid,
                field="ranges",
            )
    if lo.sum() > 1 + 1e-12 or hi.sum() < 1 - 1e-12:
        raise InputError(
            f"weight ranges are infeasible: lower bounds sum to {lo.sum():g} and upper bounds "
            f"to {hi.sum():g}; weights summing to 1 need lower sum <= 1 <= upper sum",
            field="ranges",
        )
    return lo, hi


def _ranges_simplex(
    rng: np.random.Generator, k: int, lo: Array, hi: Array, ids: tuple[str, ...]
) -> Array:
    # Uniform on {w >= lo, sum w = 1} is lo + (1 - sum lo) * (uniform simplex point); keeping
    # the draws with w <= hi leaves it uniform on the box-constrained polytope.
    free = 1.0 - float(lo.sum())
    n = lo.size
    if free <= 1e-12:
        return np.broadcast_to(lo / lo.sum(), (k, n)).copy()
    kept: list[Array] = []
    have = 0
    proposals = 0
    chunk = max(1024, k)
    while have < k:
        if proposals >= _MAX_PROPOSALS * k:
            rate = have / proposals
            raise InputError(
                f"weight ranges are too narrow to sample: {have} of {proposals} proposals "
                f"(share {rate:.2g}) fell inside them; widen the upper bounds",
                field="ranges",
            )
        w = lo + free * _uniform_simplex(rng, chunk, n)
        ok = np.all(w <= hi + 1e-12, axis=1)
        kept.append(w[ok])
        have += int(ok.sum())
        proposals += chunk
    out: Array = np.concatenate(kept)[:k]
    return out


def sample_weights(
    problem: Problem,
    samples: int,
    seed: int = 0,
    scheme: WeightScheme = "uniform",
    ranges: npt.ArrayLike | None = None,
    concentration: float | None = None,
) -> Array:
    """Draw ``samples`` weight vectors (rows summing to 1) for SMAA.

    Parameters
    ----------
    problem : Problem
        Gives the criteria (and, for ``"dirichlet"``, the current weights).
    samples : int
        Number of weight vectors.
    seed : int
        Seed of ``SeedSequence``; the weights come from its first child stream.
    scheme : {"uniform", "ranges", "dirichlet"}
        ``uniform``: uniform on the simplex (normalised exponentials), i.e. no preference
        information. ``ranges``: uniform on the simplex restricted to ``lower <= w <= upper``
        (shift by the lower bounds, scale a uniform simplex draw, reject draws above an upper
        bound; exact uniformity, raises if the acceptance rate is hopeless). ``dirichlet``:
        Dirichlet(concentration * w0) around the current weights w0 (mean w0; larger
        concentration, smaller spread: variance w0_j (1 - w0_j) / (concentration + 1)).
    ranges : array_like, optional
        n x 2 lower and upper bounds per leaf criterion, for ``"ranges"``.
    concentration : float, optional
        Dirichlet concentration (> 0), for ``"dirichlet"``.

    Returns
    -------
    ndarray
        samples x n weight vectors.

    Raises
    ------
    InputError
        Unknown scheme, infeasible ranges, missing or invalid concentration or weights.
    """
    if samples < 1:
        raise InputError(f"SMAA needs at least 1 sample, got {samples}", field="samples")
    ids = problem.leaf_ids
    n = len(ids)
    rng = np.random.default_rng(np.random.SeedSequence(seed).spawn(1)[0])
    if scheme == "uniform":
        return _uniform_simplex(rng, samples, n)
    if scheme == "ranges":
        if ranges is None:
            raise InputError("weights='ranges' needs ranges (lower, upper per criterion)")
        lo, hi = _check_ranges(ranges, ids)
        return _ranges_simplex(rng, samples, lo, hi, ids)
    if scheme == "dirichlet":
        if concentration is None or not np.isfinite(concentration) or concentration <= 0:
            raise InputError(
                f"weights='dirichlet' needs a concentration > 0, got {concentration!r}",
                field="concentration",
            )
        from decision.sensitivity.weights import leaf_weights

        w0 = leaf_weights(problem)
        zero = w0 <= 0
        if zero.any():
            cid = ids[int(np.argmax(zero))]
            raise InputError(
                f"criterion '{cid}' has weight 0, which a Dirichlet around the current "
                "weights cannot vary; give it a small weight or use ranges",
                criterion=cid,
                field="weight",
            )
        out: Array = rng.dirichlet(concentration * w0, size=samples)
        return out
    raise InputError(
        f"weight scheme {scheme!r} is not one of uniform, ranges, dirichlet or an array",
        field="weights",
    )


def group_weights(
    participants_weights: npt.ArrayLike,
    samples: int,
    seed: int = 0,
    how: Literal["dirichlet", "convex"] = "dirichlet",
) -> Array:
    """Sample weight vectors from the spread of the participants' own weight vectors.

    Parameters
    ----------
    participants_weights : array_like
        k x n, one row per participant (each row is normalised to sum 1).
    samples : int
        Number of weight vectors to draw.
    seed : int
        Seed of the generator.
    how : {"dirichlet", "convex"}
        ``dirichlet`` (default): a Dirichlet fitted by moments: mean = the participants'
        mean vector mu, concentration a0 = sum_j mu_j (1 - mu_j) / sum_j var_j - 1 (the
        pooled moment estimate; variances with ddof=1). Its draws spread like the group and
        may leave the participants' convex hull. If the group is more spread than any
        Dirichlet with that mean allows (a0 <= 0) the convex scheme is used instead.
        ``convex``: random convex combinations of the participants with Dirichlet(1, ..., 1)
        coefficients: always inside the hull of the stated opinions, narrower than the group.

    Returns
    -------
    ndarray
        samples x n weight vectors (rows sum to 1), to pass as ``smaa(weights=...)``.

    Raises
    ------
    InputError
        Not a k x n array of finite non-negative weights with a positive sum per row.
    """
    p = np.asarray(participants_weights, dtype=float)
    if p.ndim != 2 or p.shape[0] < 1 or p.shape[1] < 1:
        raise InputError("participants' weights must be a k x n array", field="weights")
    totals = p.sum(axis=1, keepdims=True)
    if not np.all(np.isfinite(p)) or (p < 0).any() or (totals <= 0).any():
        raise InputError(
            "participants' weights must be finite, non-negative and not all zero per row",
            field="weights",
        )
    if samples < 1:
        raise InputError(f"need at least 1 sample, got {samples}", field="samples")
    p = p / totals
    rng = np.random.default_rng(np.random.SeedSequence(seed).spawn(1)[0])
    k, n = p.shape
    mu = p.mean(axis=0)
    if how == "dirichlet":
        var = p.var(axis=0, ddof=1) if k > 1 else np.zeros(n)
        if float(var.sum()) <= 0:
            return np.broadcast_to(mu, (samples, n)).copy()
        a0 = float((mu * (1 - mu)).sum() / var.sum() - 1.0)
        if a0 > 0 and (mu > 0).all():
            out: Array = rng.dirichlet(a0 * mu, size=samples)
            return out
    elif how != "convex":
        raise InputError(f"how={how!r} is not one of dirichlet, convex", field="how")
    coeff = _uniform_simplex(rng, samples, k)
    mixed: Array = coeff @ p
    return mixed


# -- counting ranks ----------------------------------------------------------------------------
def _rank_shares(ranks: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.intp], Array]:
    """Size t of each entry's tie group (k x m) from competition ranks, as ints and 1/t."""
    k, m = ranks.shape
    flat = (ranks - 1) + (m * np.arange(k))[:, None]
    sizes = np.bincount(flat.ravel(), minlength=k * m)[flat]
    return sizes, 1.0 / sizes


class _Counts:
    """Running SMAA counts: exact integer counts for samples without ties, fractions for ties."""

    def __init__(self, m: int, n: int, pairwise: bool) -> None:
        self.m = m
        self.counts = np.zeros(m * m, dtype=np.int64)  # [alternative, position], no-tie samples
        self.diff = np.zeros((m, m + 1))  # tie samples, as differences along the rank axis
        self.win_sum = np.zeros((m, n))
        self.pairs = np.zeros((m, m), dtype=np.int64) if pairwise else None

    def add(self, key: Array, w: Array, higher_is_better: bool) -> None:
        """Add a batch: ``key`` is k x m, one row per weight vector, smaller is better."""
        m = self.m
        k = key.shape[0]
        order = np.argsort(key, axis=1)
        ks = np.sort(key, axis=1)
        scale = np.max(np.abs(key), axis=1, keepdims=True)
        tied = (np.diff(ks, axis=1) <= TIE_TOLERANCE * scale).any(axis=1)
        clean = np.flatnonzero(~tied)
        if clean.size:
            o = order[clean]
            self.counts += np.bincount((o * m + np.arange(m)).ravel(), minlength=m * m)
            winners = o[:, 0]
            for j in range(w.shape[1]):
                self.win_sum[:, j] += np.bincount(winners, weights=w[clean, j], minlength=m)
        # competition ranks on the key (smaller is better) give the same ties as on the scores
        if self.pairs is not None:
            ranks = batch_competition_ranks(key, higher_is_better=False)
            if tied.any():
                self._add_ties(ranks[tied], w[tied])
            step = max(1, _PAIRWISE_CELLS // (m * m))
            for a in range(0, k, step):
                r = ranks[a : a + step]
                self.pairs += (r[:, :, None] < r[:, None, :]).sum(axis=0)
        elif tied.any():
            self._add_ties(batch_competition_ranks(key[tied], higher_is_better=False), w[tied])

    def _add_ties(self, ranks: npt.NDArray[np.int64], w: Array) -> None:
        k, m = ranks.shape
        sizes, share = _rank_shares(ranks)
        alt = np.broadcast_to(np.arange(m), (k, m))
        width = m + 1
        start = (alt * width + ranks - 1).ravel()
        stop = (alt * width + ranks - 1 + sizes).ravel()
        s = share.ravel()
        self.diff += np.bincount(start, weights=s, minlength=m * width).reshape(m, width)
        self.diff -= np.bincount(stop, weights=s, minlength=m * width).reshape(m, width)
        rows, cols = np.nonzero(ranks == 1)
        contrib = w[rows] * share[rows, cols][:, None]
        for j in range(w.shape[1]):
            self.win_sum[:, j] += np.bincount(cols, weights=contrib[:, j], minlength=m)

    def acceptability(self, total: int) -> Array:
        """Shares of samples at each rank (m x m)."""
        m = self.m
        out: Array = (self.counts.reshape(m, m) + np.cumsum(self.diff, axis=1)[:, :m]) / total
        return out


def _perturbed(
    matrix: Array, spread: Array, distribution: str, seed: int, stream: int, i: int
) -> Array:
    rng = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(stream, i)))
    if distribution == "uniform":
        u = rng.uniform(-1.0, 1.0, matrix.shape)
    else:
        u = rng.standard_normal(matrix.shape)
    out: Array = matrix * (1.0 + spread * u)
    return out


def _spread(problem: Problem, given: npt.ArrayLike) -> Array:
    m, n = problem.matrix.shape
    s = np.asarray(given, dtype=float)
    if s.ndim == 0:
        s = np.full((m, n), float(s))
    elif s.shape == (n,):
        s = np.broadcast_to(s, (m, n))
    elif s.shape != (m, n):
        raise InputError(
            f"performance uncertainty must be a number, {n} values (per criterion) or an "
            f"{m} x {n} array (per cell), got shape {s.shape}",
            field="performance_uncertainty",
        )
    if not np.all(np.isfinite(s)) or (s < 0).any():
        raise InputError(
            "performance uncertainty must be finite and non-negative (a fraction, 0.1 = ±10%)",
            field="performance_uncertainty",
        )
    out: Array = np.array(s, dtype=float)
    return out


def _scores_with(
    problem: Problem, matrix: Array, method: str, params: Mapping[str, Any] | None, w: Array
) -> Array:
    """(m, k) scores of a perturbed matrix, through the same kernel (validates it again)."""
    perturbed = Problem.create(problem.name, problem.criteria, problem.alternatives, matrix)
    return make_kernel(perturbed, method, params).batch(w)


def smaa(
    problem: Problem,
    method: str = "topsis",
    samples: int = 10_000,
    seed: int = 0,
    weights: WeightScheme | npt.ArrayLike = "uniform",
    ranges: npt.ArrayLike | None = None,
    concentration: float | None = None,
    performance_uncertainty: npt.ArrayLike | None = None,
    distribution: Literal["uniform", "normal"] = "uniform",
    params: Mapping[str, Any] | None = None,
    batch: int = 1000,
    pairwise: bool = True,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> SMAAResult:
    """SMAA-2 (Lahdelma & Salminen 2001) acceptability analysis of ``problem``.

    Parameters
    ----------
    problem : Problem
        A problem with a complete matrix (weights needed only for ``"dirichlet"``).
    method : str
        Registered method key. TOPSIS, WSM, WPM, VIKOR and PROMETHEE II use batched
        kernels (a batch of weight vectors in a few matrix products); other methods run
        the method's own computation once per sample.
    samples : int
        Number of Monte Carlo samples (ignored when ``weights`` is an array).
    seed : int
        Seed; the same seed gives the same result whatever ``batch`` is.
    weights : {"uniform", "ranges", "dirichlet"} or array_like
        Weight scheme (see :func:`sample_weights`) or an explicit samples x n array of
        weight vectors, e.g. from :func:`group_weights`; rows are normalised to sum 1.
    ranges : array_like, optional
        n x 2 weight bounds for ``"ranges"``.
    concentration : float, optional
        Dirichlet concentration for ``"dirichlet"``.
    performance_uncertainty : float or array_like, optional
        ± fraction of each value: a number, one per criterion (n,) or one per cell (m x n).
        Sample i evaluates ``x * (1 + f * u)`` with u ~ U(-1, 1) or N(0, 1) per cell.
        Each sample then builds its own kernel, which is much slower than weights alone.
    distribution : {"uniform", "normal"}
        Distribution of u for performance uncertainty.
    params : mapping, optional
        Method parameters.
    batch : int
        Weight vectors evaluated at once; memory is O(batch x m) (the pairwise count adds
        chunks of at most 4 million booleans). Cancellation is checked between batches.
    pairwise : bool
        Compute pairwise winning indices (O(samples x m^2) comparisons: turn off for
        thousands of alternatives).
    progress : callable, optional
        Called with the fraction done after each batch.
    is_cancelled : callable, optional
        Polled between batches; when it returns true, :class:`SensitivityCancelled` is raised.

    Returns
    -------
    SMAAResult
        Rank acceptability, central weights, confidence factors, pairwise winning indices
        and the conventions (sampling scheme, streams, tie rule, method parameters).

    Raises
    ------
    InputError
        Invalid sampling settings or data; MethodError if the method cannot handle the data.
    SensitivityCancelled
        ``is_cancelled()`` returned true.
    """
    spec = get_method(method)
    p = spec.resolve(params)
    ids = problem.leaf_ids
    n = len(ids)
    m = len(problem.alternatives)
    if batch < 1:
        raise InputError(f"batch must be at least 1, got {batch}", field="batch")
    if isinstance(weights, str):
        w_all = sample_weights(problem, samples, seed, weights, ranges, concentration)  # type: ignore[arg-type]
        scheme = {
            "uniform": "uniform on the weight simplex (normalised exponentials, Dirichlet(1))",
            "ranges": "uniform on the simplex within the weight ranges (shifted, scaled simplex "
            "draws; draws above an upper bound rejected)",
            "dirichlet": f"Dirichlet around the current weights, concentration {concentration:g}"
            if concentration is not None
            else "",
        }[weights]
    else:
        given = np.asarray(weights, dtype=float)
        if given.ndim != 2 or given.shape[1] != n or given.shape[0] < 1:
            raise InputError(
                f"explicit weights must be a samples x {n} array, got shape {given.shape}",
                field="weights",
            )
        w_all = _check_rows(given, ids)
        scheme = "explicit weight vectors (given), rows normalised to sum 1"
    total = w_all.shape[0]
    spread = None if performance_uncertainty is None else _spread(problem, performance_uncertainty)
    spread_ndim = (
        int(np.ndim(performance_uncertainty)) if performance_uncertainty is not None else 0
    )
    if distribution not in ("uniform", "normal"):
        raise InputError(f"distribution {distribution!r} is not uniform or normal")
    kernel: Kernel = make_kernel(problem, method, p)  # validates the data for the method
    matrix = np.asarray(problem.matrix, dtype=float)
    step = batch if kernel.batched and spread is None else min(batch, 16)
    keys = _keys(problem, spec, p, kernel)
    hib = spec.higher_is_better

    acc = _Counts(m, n, pairwise)
    for start in range(0, total, step):
        if is_cancelled is not None and is_cancelled():
            raise SensitivityCancelled("the SMAA analysis was cancelled")
        w = w_all[start : start + step]
        if spread is None:
            scores = None
            key = keys(w)
        else:
            scores = np.empty((m, w.shape[0]))
            for a in range(w.shape[0]):
                x = _perturbed(matrix, spread, distribution, seed, 1, start + a)
                scores[:, a] = _scores_with(problem, x, method, p, w[a : a + 1])[:, 0]
        if scores is not None:
            key = np.ascontiguousarray(-scores.T if hib else scores.T)
        acc.add(key, w, hib)
        if progress is not None:
            progress(min(start + step, total) / (total * (2 if spread is not None else 1)))

    acceptability = acc.acceptability(total)
    win_sum = acc.win_sum
    pairs = acc.pairs
    wins = acceptability[:, 0] * total
    with np.errstate(invalid="ignore", divide="ignore"):
        central = np.where(
            wins[:, None] > 0, win_sum / np.where(wins > 0, wins, 1)[:, None], np.nan
        )
    confidence = _confidence(
        problem,
        kernel,
        method,
        p,
        central,
        spread,
        distribution,
        seed,
        total,
        step,
        is_cancelled,
        progress,
    )
    notes = [f"weights: {scheme}", f"random streams: {STREAMS}"]
    if spread is not None:
        notes.append(
            f"performance uncertainty: x * (1 + f u), u ~ "
            f"{'U(-1, 1)' if distribution == 'uniform' else 'N(0, 1)'} per cell, f given "
            f"{'per cell' if spread_ndim == 2 else 'per criterion or overall'}"
        )
    notes.append(
        "central weights: mean weight vector of the samples an alternative wins (a tie for "
        "first counts 1/t); confidence factor: share of performance draws in which it wins "
        "with its central weights (1 or 0, or 1/t on a tie, without performance uncertainty)"
    )
    return SMAAResult(
        method=spec.key,
        alternative_ids=problem.alternative_ids,
        criterion_ids=ids,
        acceptability=acceptability,
        central_weights=central,
        confidence=confidence,
        pairwise=None if pairs is None else pairs / total,
        samples=total,
        seed=seed,
        conventions=Conventions(
            method=f"SMAA-2 with {spec.label}",
            tie_rule=TIE_RULE,
            weights_source=scheme,
            parameters={**p, "samples": total, "seed": seed},
            notes=tuple(notes),
        ),
    )


def _keys(
    problem: Problem, spec: MethodSpec, params: Mapping[str, Any], kernel: Kernel
) -> Callable[[Array], Array]:
    """Map k weight vectors to a k x m ranking key (smaller is better), contiguous by sample.

    TOPSIS gets its own layout: the squared gaps to the ideal and anti-ideal are computed
    once, and each batch is two products written sample-major, so sorting reads contiguous
    rows (about 3x faster than transposing the (m, k) kernel output).
    """
    if spec.key == "topsis":
        matrix = np.asarray(problem.matrix, dtype=float)
        r = normalize(matrix, problem.types, params["normalization"])
        gap_hi = ((r - r.max(axis=0)) ** 2).T.copy()
        gap_lo = ((r - r.min(axis=0)) ** 2).T.copy()

        def topsis_key(w: Array) -> Array:
            w2 = w * w
            d_plus = np.sqrt(w2 @ gap_hi)
            d_minus = np.sqrt(w2 @ gap_lo)
            total = d_plus + d_minus
            key = np.full_like(total, -0.5)
            np.divide(d_minus, total, out=key, where=total > 0)
            np.negative(key, out=key, where=total > 0)
            return key

        return topsis_key
    hib = spec.higher_is_better

    def generic_key(w: Array) -> Array:
        scores = kernel.batch(w)
        return np.ascontiguousarray(-scores.T if hib else scores.T)

    return generic_key


def _check_rows(given: Array, ids: tuple[str, ...]) -> Array:
    bad = ~np.isfinite(given) | (given < 0)
    if bad.any():
        row, col = (int(x) for x in np.argwhere(bad)[0])
        raise InputError(
            f"weight sample {row + 1}, criterion '{ids[col]}': {given[row, col]:g} is not a "
            "finite non-negative weight",
            criterion=ids[col],
            row=row,
            field="weights",
        )
    totals = given.sum(axis=1, keepdims=True)
    if (totals <= 0).any():
        row = int(np.argmax(totals[:, 0] <= 0))
        raise InputError(f"weight sample {row + 1} is all zeros", row=row, field="weights")
    out: Array = given / totals
    return out


def _confidence(
    problem: Problem,
    kernel: Kernel,
    method: str,
    params: Mapping[str, Any],
    central: Array,
    spread: Array | None,
    distribution: str,
    seed: int,
    total: int,
    step: int,
    is_cancelled: Cancelled | None,
    progress: Progress | None,
) -> Array:
    """Share of (performance) draws in which each alternative wins with its central weights."""
    m = central.shape[0]
    out = np.zeros(m)
    have = np.flatnonzero(~np.isnan(central[:, 0]))
    if have.size == 0:
        return out
    wc = central[have]
    hib = get_method(method).higher_is_better

    def wins(scores: Array) -> Array:
        # scores (m, len(have)); the share of first place of alternative have[c] under wc[c]
        ranks = batch_competition_ranks(scores.T, higher_is_better=hib)
        _, share = _rank_shares(ranks)
        col = np.arange(have.size)
        first = ranks[col, have] == 1
        return np.where(first, share[col, have], 0.0)

    if spread is None:
        out[have] = wins(kernel.batch(wc))
        return out
    matrix = np.asarray(problem.matrix, dtype=float)
    acc = np.zeros(have.size)
    for i in range(total):
        if i % step == 0 and is_cancelled is not None and is_cancelled():
            raise SensitivityCancelled("the SMAA analysis was cancelled")
        x = _perturbed(matrix, spread, distribution, seed, 2, i)
        acc += wins(_scores_with(problem, x, method, params, wc))
        if progress is not None and (i + 1) % step == 0:
            progress(0.5 + 0.5 * (i + 1) / total)
    out[have] = acc / total
    return out
