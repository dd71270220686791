"""SMAA-2 stochastic multicriteria acceptability analysis with batched, seeded weight sampling."""

from __future__ import annotations

import queue
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
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
_CHUNK = 64  # samples per inner step: the chunk x m working arrays stay in the L2 cache
_BLAS_SERIAL = 65_536 * 4  # OpenBLAS multiplies on one thread up to m * n * k = this
_UNSIGNED = np.int64(0x7FFF_FFFF_FFFF_FFFF)
ValuesFn = Callable[[Array, int], Array]


def _rank_shares(ranks: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.intp], Array]:
    """Size t of each entry's tie group (k x m) from competition ranks, as ints and 1/t."""
    k, m = ranks.shape
    flat = (ranks - 1) + (m * np.arange(k))[:, None]
    sizes = np.bincount(flat.ravel(), minlength=k * m)[flat]
    return sizes, 1.0 / sizes


@dataclass(frozen=True)
class _Plan:
    """What every batch needs, shared read-only by the worker threads.

    ``values(w, start)`` gives k x m scores (C-contiguous, one row per weight vector);
    ``higher_is_better`` orients them; ``nonnegative`` promises scores >= 0 (TOPSIS
    closeness), whose float bits already sort like the numbers.
    """

    m: int
    values: ValuesFn
    higher_is_better: bool
    nonnegative: bool
    pairwise: bool
    nan_means: float | None = None  # the score a NaN from ``values`` stands for

    def repair(self, vals: Array) -> Array:
        """Exact scores of rows that ``values`` left NaN (TOPSIS 0/0 means closeness 1/2)."""
        if self.nan_means is None:
            return vals
        out: Array = np.where(np.isnan(vals), self.nan_means, vals)
        return out

    @property
    def bits(self) -> int:
        return max(1, (self.m - 1).bit_length())


@dataclass
class _BatchOut:
    """Order-dependent parts of one batch (merged in batch order); counts go to a pool."""

    start: int
    winners: npt.NDArray[np.intp]  # winner of each sample, -1 for a tie for first
    # per chunk with ties: (alternative, first rank - 1, last rank, 1/t) of tied entries and
    # (sample, alternative, 1/t) of ties for first
    ties: list[tuple[tuple[Any, ...], tuple[Any, ...]]] = field(default_factory=list)


def _sort_packed(plan: _Plan, vals: Array) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """Sort each row of ``vals`` ascending with the column index in the low bits.

    The float bits are mapped to int64 that sort like the numbers, the low ``b`` bits
    (b = ceil(log2 m)) are replaced by the column index, and one integer sort per row (numpy's
    AVX-512 sort) gives order and values together, about 3x faster than argsort + gather.
    Each packed value, read back as a float, is within 2^b units in the last place of the
    score, i.e. within 2^(b-52) of the largest |score|, far below the tie tolerance. A row
    is trusted (``ok``) only if those values increase by more than (1e-9 + 2^(b-48)) x the
    largest |value| between neighbours: then the order is the exact order and no two scores
    tie under the 1e-9 rule. Other rows (ties, near ties, NaN, a wrong sign promise) are
    ranked exactly by competition ranks.
    """
    b = plan.bits
    low = np.int64((1 << b) - 1)
    m = vals.shape[1]
    bits = vals.view(np.int64)
    if plan.nonnegative:
        packed = np.bitwise_and(bits, ~low)
    else:
        packed = np.right_shift(bits, 63)
        packed &= _UNSIGNED
        packed ^= bits
        packed &= ~low
    packed |= np.arange(m, dtype=np.int64)
    packed.sort(axis=1)
    if plan.nonnegative:
        v = packed.view(np.float64)
    else:
        decoded = np.right_shift(packed, 63)
        decoded &= _UNSIGNED
        decoded ^= packed
        v = decoded.view(np.float64)
    if m == 1:
        return packed, np.isfinite(v[:, 0])
    smallest = np.subtract(v[:, 1:], v[:, :-1]).min(axis=1)
    scale = np.maximum(np.abs(v[:, 0]), np.abs(v[:, -1]))
    ok = smallest > scale * (TIE_TOLERANCE + 2.0 ** (b - 48)) + 2.0 ** (b - 1060)
    return packed, ok


def _exact_parts(
    out: _BatchOut,
    vals: Array,
    hib: bool,
    cells_t: npt.NDArray[np.intp],
    rows: npt.NDArray[np.intp],
    offset: int,
) -> None:
    """Count the rows ``rows`` of a chunk by exact competition ranks (t tied: 1/t each).

    ``vals`` holds those rows' scores, ``cells_t`` the batch's cells (position-major),
    ``offset`` the chunk's first sample in the batch. Untied alternatives are counted as integers like every other
    sample; only tie groups go to the float parts, as (alternative, first rank, rank after,
    1/t).
    """
    m = vals.shape[1]
    ranks = batch_competition_ranks(vals, higher_is_better=hib)
    sizes, share = _rank_shares(ranks)
    single = sizes == 1
    cells_t[:, offset + rows] = np.where(single, (ranks - 1) * m + np.arange(m), m * m).T
    first = (ranks == 1) & single
    winner = np.where(first.any(axis=1), first.argmax(axis=1), -1)
    out.winners[offset + rows] = winner
    r, c = np.nonzero(~single)
    if r.size == 0:
        return
    lo = ranks[r, c] - 1
    parts = (c, lo, lo + sizes[r, c], share[r, c])
    top = lo == 0
    wins = (out.start + offset + rows[r[top]], c[top], share[r, c][top])
    out.ties.append((parts, wins))


class _Worker:
    """One worker's integer counts and scratch buffers, reused batch after batch.

    Fresh multi-megabyte arrays cost page faults on first touch, so they are allocated once.
    """

    def __init__(self, m: int, step: int, pairwise: bool) -> None:
        self.counts = np.zeros(m * m + 1, np.int64)  # [position, alternative]; last: apart
        self.pairs = np.zeros((m, m), np.int64) if pairwise else None
        self.cells = np.empty(_CHUNK * m, np.intp)
        self.cells_t = np.empty(step * m, np.intp)


def _run_batch(plan: _Plan, w: Array, start: int, pool: queue.SimpleQueue[_Worker]) -> _BatchOut:
    """Rank a batch of weight vectors and count it.

    Integer counts (exact, order-free) go to a worker taken from ``pool``; what depends on
    the order of float additions is returned, to be merged in batch order.
    """
    m = plan.m
    k = w.shape[0]
    hib = plan.higher_is_better
    low = np.int64((1 << plan.bits) - 1)
    ascending = np.arange(m, dtype=np.intp)
    offsets = (ascending[::-1] if hib else ascending) * m
    out = _BatchOut(start, np.empty(k, dtype=np.intp))
    worker = pool.get()
    try:
        # cells position * m + alternative (m * m: counted apart), kept position-major for
        # the whole batch: counting then adds k times into one 8 m-byte row after the other
        # (about 3x faster than adding chunk by chunk, which touches all m^2 counts each time)
        cells_t = worker.cells_t[: m * k].reshape(m, k)
        for a in range(0, k, _CHUNK):
            vals = plan.values(w[a : a + _CHUNK], start + a)
            c = vals.shape[0]
            packed, ok = _sort_packed(plan, vals)
            alts = worker.cells[: c * m].reshape(c, m)
            np.bitwise_and(packed, low, out=alts)
            out.winners[a : a + c] = alts[:, -1 if hib else 0]
            np.add(alts.T, offsets[:, None], out=cells_t[:, a : a + c])
            if not ok.all():
                bad = np.flatnonzero(~ok)
                _exact_parts(out, plan.repair(vals[bad]), hib, cells_t, bad, a)
            if worker.pairs is not None:
                ranks = batch_competition_ranks(plan.repair(vals), higher_is_better=hib)
                step = max(1, _PAIRWISE_CELLS // (m * m))
                for i in range(0, c, step):
                    r = ranks[i : i + step]
                    worker.pairs += (r[:, :, None] < r[:, None, :]).sum(axis=0)
        np.add.at(worker.counts, cells_t.ravel(), 1)
    finally:
        pool.put(worker)
    return out


def _threads(threads: int | None) -> int:
    if threads is None:
        # One: a second thread is 1.3x faster on an idle 2-core machine but slower whenever
        # another job (or the GUI thread) holds the other core; callers may ask for more.
        return 1
    if threads < 1:
        raise InputError(f"threads must be at least 1, got {threads}", field="threads")
    return threads


def _count_all(
    plan: _Plan,
    w_all: Array,
    step: int,
    threads: int,
    progress: Callable[[int], None],
    is_cancelled: Cancelled | None,
) -> tuple[Array, Array, npt.NDArray[np.int64] | None]:
    """Acceptability shares (m x m), first-place weight sums (m x n) and pair counts.

    Batches run on ``threads`` workers; the calling thread polls ``is_cancelled`` before
    handing out each batch, reports progress in batch order and merges the order-dependent
    float parts in batch order, so results do not depend on the thread count, and (except
    float sums of 1/t tie shares) not on the batch size.
    """
    m = plan.m
    total, n = w_all.shape
    pool: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
    for _ in range(threads):
        pool.put(_Worker(m, min(step, total), plan.pairwise))
    winners = np.full(total, -1, dtype=np.intp)
    diff = np.zeros((m, m + 1))
    firsts: list[tuple[Any, ...]] = []
    tied: list[npt.NDArray[np.intp]] = []

    def merge(out: _BatchOut) -> None:
        # sample order: float sums of tie shares do not depend on the batch size or threads
        winners[out.start : out.start + out.winners.size] = out.winners
        for (alt, lo, hi, share), wins in out.ties:
            np.add.at(diff, (alt, lo), share)
            np.add.at(diff, (alt, hi), -share)
            firsts.append(wins)
            tied.append(alt)
        progress(out.start + out.winners.size)

    starts = range(0, total, step)
    if threads == 1:
        for start in starts:
            if is_cancelled is not None and is_cancelled():
                raise SensitivityCancelled("the SMAA analysis was cancelled")
            merge(_run_batch(plan, w_all[start : start + step], start, pool))
    else:
        with ThreadPoolExecutor(threads, thread_name_prefix="smaa") as ex:
            running: deque[Future[_BatchOut]] = deque()
            try:
                for start in starts:
                    if is_cancelled is not None and is_cancelled():
                        raise SensitivityCancelled("the SMAA analysis was cancelled")
                    running.append(
                        ex.submit(_run_batch, plan, w_all[start : start + step], start, pool)
                    )
                    # keep one batch per worker in flight, so a cancel waits for one batch
                    while len(running) >= threads:
                        merge(running.popleft().result())
                while running:
                    merge(running.popleft().result())
            finally:
                for f in running:
                    f.cancel()
    workers = [pool.get() for _ in range(threads)]
    counts = workers[0].counts[: m * m]
    pairs = workers[0].pairs
    for worker in workers[1:]:
        counts += worker.counts[: m * m]
        if pairs is not None and worker.pairs is not None:
            pairs += worker.pairs
    by_alt = counts.reshape(m, m).T
    acceptability: Array = by_alt / total
    if tied:  # only alternatives in a tie group have fractional shares
        rows = np.unique(np.concatenate(tied))
        acceptability[rows] = (by_alt[rows] + np.cumsum(diff[rows], axis=1)[:, :m]) / total
    # first-place weight sums in sample order: the same whatever the batch size or threads
    win_sum = np.zeros((m, n))
    clean = np.flatnonzero(winners >= 0)
    for j in range(n):
        win_sum[:, j] = np.bincount(winners[clean], weights=w_all[clean, j], minlength=m)
    if firsts:
        rows, alts, shares = (np.concatenate(x) for x in zip(*firsts, strict=True))
        for j in range(n):
            win_sum[:, j] += np.bincount(alts, weights=w_all[rows, j] * shares, minlength=m)
    return acceptability, win_sum, pairs


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
    threads: int | None = None,
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
    threads : int, optional
        Worker threads for batched kernels without performance uncertainty (default 1).
        numpy releases the GIL while sorting and multiplying, so two threads run up to 1.3x
        faster on an otherwise idle 2-core machine (and slower when the other core is busy).
        Results do not depend on it; ``progress`` and ``is_cancelled`` are always called from
        the calling thread.

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
    workers = _threads(threads)
    step = batch if kernel.batched and spread is None else min(batch, 16)
    values: ValuesFn
    if spread is None:
        values, nonnegative, nan_means = _values(problem, spec, p, kernel)
        if not kernel.batched:
            workers = 1  # per-sample Python code: threads would only contend for the GIL
    else:
        noise = spread
        matrix = np.asarray(problem.matrix, dtype=float)
        nonnegative, nan_means = False, None
        workers = 1

        def values(w: Array, start: int) -> Array:
            scores = np.empty((w.shape[0], m))
            for a in range(w.shape[0]):
                x = _perturbed(matrix, noise, distribution, seed, 1, start + a)
                scores[a] = _scores_with(problem, x, method, p, w[a : a + 1])[:, 0]
            return scores

    halves = 2 if spread is not None else 1

    def report(done: int) -> None:
        if progress is not None:
            progress(done / (total * halves))

    plan = _Plan(m, values, spec.higher_is_better, nonnegative, pairwise, nan_means)
    acceptability, win_sum, pairs = _count_all(plan, w_all, step, workers, report, is_cancelled)
    wins = acceptability[:, 0] * total
    with np.errstate(invalid="ignore", divide="ignore"):
        central = np.where(
            wins[:, None] > 0, win_sum / np.where(wins > 0, wins, 1)[:, None], np.nan
        )
    confidence = _confidence(
        problem,
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
        lambda wc: plan.repair(plan.values(wc, 0)),
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


def _values(
    problem: Problem, spec: MethodSpec, params: Mapping[str, Any], kernel: Kernel
) -> tuple[ValuesFn, bool, float | None]:
    """Scores of k weight vectors as a k x m array (one row per sample), and whether >= 0.

    TOPSIS gets its own layout: the squared gaps to the ideal and anti-ideal are computed
    once, side by side, and each chunk is one product written sample-major, so sorting reads
    contiguous rows; the closeness is >= 0, so its float bits sort like the numbers.
    """
    if spec.key == "topsis":
        matrix = np.asarray(problem.matrix, dtype=float)
        r = normalize(matrix, problem.types, params["normalization"])
        m = r.shape[0]
        gaps = np.concatenate([(r - r.max(axis=0)) ** 2, (r - r.min(axis=0)) ** 2]).T.copy()

        n = gaps.shape[0]
        # column blocks with rows x columns x n <= 262,144: OpenBLAS then multiplies on the
        # calling thread instead of waking its own threads, which would spin on the cores
        # our worker threads are sorting on
        width = max(1, _BLAS_SERIAL // (_CHUNK * n))
        cuts = [(j, min(j + width, 2 * m)) for j in range(0, 2 * m, width)]

        def topsis_closeness(w: Array, start: int) -> Array:
            w2 = w * w
            d = np.empty((w.shape[0], 2 * m))
            for a, b in cuts:
                np.matmul(w2, gaps[:, a:b], out=d[:, a:b])
            np.sqrt(d, out=d)
            d_plus, d_minus = d[:, :m], d[:, m:]
            total = d_plus + d_minus
            # 0/0 (an alternative at both ideals on every weighted criterion) gives NaN, which
            # sends the row to the exact path, where it counts as closeness 1/2
            with np.errstate(invalid="ignore"):
                np.divide(d_minus, total, out=total)
            return total

        return topsis_closeness, True, 0.5

    def generic(w: Array, start: int) -> Array:
        return np.ascontiguousarray(kernel.batch(w).T)

    return generic, False, None


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
    scores_of: Callable[[Array], Array],
) -> Array:
    """Share of (performance) draws in which each alternative wins with its central weights.

    ``scores_of(W)`` gives the k x m scores of the problem itself (no performance noise).
    """
    m = central.shape[0]
    out = np.zeros(m)
    have = np.flatnonzero(~np.isnan(central[:, 0]))
    if have.size == 0:
        return out
    wc = central[have]
    hib = get_method(method).higher_is_better

    def wins(scores: Array) -> Array:
        # scores (len(have), m); the share of first place of alternative have[c] under wc[c]
        s = scores if hib else -scores
        col = np.arange(have.size)
        # a tie group chains at most m - 1 gaps of 1e-9 x max |score|: a row whose best score
        # is alone that far ahead has a single winner; other rows get exact competition ranks
        best = s.max(axis=1)
        reach = (m * TIE_TOLERANCE * 1.01) * np.abs(s).max(axis=1) + 1e-300
        alone = (s >= (best - reach)[:, None]).sum(axis=1) == 1
        share = np.where(s[col, have] == best, 1.0, 0.0)
        close = np.flatnonzero(~alone)
        if close.size:
            ranks = batch_competition_ranks(s[close], higher_is_better=True)
            _, shares = _rank_shares(ranks)
            c, h = np.arange(close.size), have[close]
            share[close] = np.where(ranks[c, h] == 1, shares[c, h], 0.0)
        out: Array = share
        return out

    if spread is None:
        out[have] = wins(scores_of(wc))
        return out
    matrix = np.asarray(problem.matrix, dtype=float)
    acc = np.zeros(have.size)
    for i in range(total):
        if i % step == 0 and is_cancelled is not None and is_cancelled():
            raise SensitivityCancelled("the SMAA analysis was cancelled")
        x = _perturbed(matrix, spread, distribution, seed, 2, i)
        acc += wins(_scores_with(problem, x, method, params, wc).T)
        if progress is not None and (i + 1) % step == 0:
            progress(0.5 + 0.5 * (i + 1) / total)
    out[have] = acc / total
    return out
