"""Agreement between the rankings of several methods: Spearman rho, Kendall tau-b and WS."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.errors import InputError
from decision.evaluate import rank
from decision.problem import Problem
from decision.ranks import TIE_RULE
from decision.results import Conventions

Array = npt.NDArray[np.float64]
Ranks = npt.NDArray[np.int64]

WS_REFERENCE = (
    "WS (Sałabun & Urbaniak 2020, ICCS, LNCS 12138:632-645) is asymmetric: ws[i, j] takes "
    "method i's ranking as the reference x and method j's as y: "
    "WS = 1 - sum_k 2^-x_k |x_k - y_k| / max(|x_k - 1|, |x_k - m|)"
)
_PAIR_CHUNK = 2_000_000  # pairs compared at once in Kendall's tau-b


@dataclass(frozen=True)
class AgreementResult:
    """Rankings of one problem by several methods and their pairwise similarity.

    ``rankings[k]`` holds method k's competition ranks (1 best) in alternative order;
    ``spearman``, ``kendall`` and ``ws`` are methods x methods; ``ws[i, j]`` uses method i's
    ranking as the reference.
    """

    methods: tuple[str, ...]
    alternative_ids: tuple[str, ...]
    rankings: Ranks = field(compare=False, repr=False)
    spearman: Array = field(compare=False, repr=False)
    kendall: Array = field(compare=False, repr=False)
    ws: Array = field(compare=False, repr=False)
    conventions: Conventions


def spearman_rho(x: npt.ArrayLike, y: npt.ArrayLike) -> float:
    """Spearman's rho: Pearson's correlation of the average ranks (ties handled as scipy does).

    Parameters
    ----------
    x, y : array_like
        Rankings (any ranks; ties allowed) of the same alternatives.

    Returns
    -------
    float
        rho in [-1, 1]; NaN if either ranking is constant.
    """
    a, b = _fractional(x), _fractional(y)
    a = a - a.mean()
    b = b - b.mean()
    den = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return float((a * b).sum() / den) if den > 0 else float("nan")


def kendall_tau_b(x: npt.ArrayLike, y: npt.ArrayLike) -> float:
    """Kendall's tau-b, vectorised over all pairs in chunks (O(m^2) time, bounded memory).

    Parameters
    ----------
    x, y : array_like
        Rankings of the same alternatives; ties allowed.

    Returns
    -------
    float
        (concordant - discordant) / sqrt((n0 - ties_x)(n0 - ties_y)); NaN if either is constant.
    """
    a = np.asarray(x, dtype=float)
    b = np.asarray(y, dtype=float)
    if a.shape != b.shape or a.ndim != 1:
        raise InputError("rankings must be two vectors of the same length")
    m = a.size
    s = 0
    untied_x = 0
    untied_y = 0
    step = max(1, _PAIR_CHUNK // max(m, 1))
    for start in range(0, m, step):
        rows = np.arange(start, min(start + step, m))
        sx = np.sign(a[rows, None] - a[None, :])
        sy = np.sign(b[rows, None] - b[None, :])
        upper = np.arange(m)[None, :] > rows[:, None]  # each pair once
        s += int((sx * sy)[upper].sum())
        untied_x += int((sx != 0)[upper].sum())
        untied_y += int((sy != 0)[upper].sum())
    den = np.sqrt(float(untied_x) * float(untied_y))
    return float(s / den) if den > 0 else float("nan")


def ws_coefficient(reference: npt.ArrayLike, other: npt.ArrayLike) -> float:
    """WS rank similarity coefficient of Sałabun & Urbaniak (2020).

    Parameters
    ----------
    reference : array_like
        The reference ranking x (1 best); differences at its top positions weigh most.
    other : array_like
        The compared ranking y.

    Returns
    -------
    float
        ``1 - sum_i 2^-x_i |x_i - y_i| / max(|x_i - 1|, |x_i - m|)``; 1 for equal rankings.
        Asymmetric: ``ws(x, y) != ws(y, x)`` in general.
    """
    x = np.asarray(reference, dtype=float)
    y = np.asarray(other, dtype=float)
    if x.shape != y.shape or x.ndim != 1:
        raise InputError("rankings must be two vectors of the same length")
    m = x.size
    if m < 2:
        return 1.0
    den = np.maximum(np.abs(x - 1), np.abs(x - m))
    return float(1.0 - np.sum(2.0 ** (-x) * np.abs(x - y) / den))


def _fractional(ranks: npt.ArrayLike) -> Array:
    r = np.asarray(ranks, dtype=float)
    # average ranks of arbitrary values: rank positions averaged within equal values
    order = np.argsort(r, kind="stable")
    sorted_r = r[order]
    first = np.concatenate(([True], sorted_r[1:] != sorted_r[:-1]))
    group = np.cumsum(first) - 1
    starts = np.flatnonzero(first)
    ends = np.append(starts[1:], r.size)
    avg = (starts + ends + 1) / 2.0  # mean of positions start+1 .. end
    out = np.empty(r.size)
    out[order] = avg[group]
    return out


def method_agreement(
    problem: Problem,
    methods: Sequence[str] = ("topsis", "wsm", "wpm", "vikor", "promethee2"),
    params: Mapping[str, Mapping[str, Any]] | None = None,
) -> AgreementResult:
    """Rank ``problem`` with several methods and compare the rankings pairwise.

    Parameters
    ----------
    problem : Problem
        A problem with weights and a complete matrix.
    methods : sequence of str
        Registered method keys (at least one).
    params : mapping, optional
        Parameters per method key, e.g. ``{"vikor": {"v": 0.5}}``.

    Returns
    -------
    AgreementResult
        Competition ranks per method and methods x methods matrices of Spearman's rho,
        Kendall's tau-b (both on average ranks, so ties count as ties) and WS (row method
        as the reference ranking).
    """
    keys = tuple(methods)
    if not keys:
        raise InputError("method agreement needs at least one method", field="methods")
    given = dict(params or {})
    results = [rank(problem, key, given.get(key)) for key in keys]
    rankings = np.stack([r.ranks for r in results]).astype(np.int64)
    k = len(keys)
    spearman = np.ones((k, k))
    kendall = np.ones((k, k))
    ws = np.ones((k, k))
    for i in range(k):
        for j in range(k):
            ws[i, j] = ws_coefficient(rankings[i], rankings[j])
            if j > i:
                spearman[i, j] = spearman[j, i] = spearman_rho(rankings[i], rankings[j])
                kendall[i, j] = kendall[j, i] = kendall_tau_b(rankings[i], rankings[j])
    return AgreementResult(
        methods=tuple(r.method for r in results),
        alternative_ids=tuple(problem.alternative_ids),
        rankings=rankings,
        spearman=spearman,
        kendall=kendall,
        ws=ws,
        conventions=Conventions(
            method="agreement of " + ", ".join(r.conventions.method for r in results),
            tie_rule=TIE_RULE
            + "; Spearman and Kendall tau-b use average ranks of tied alternatives; WS uses "
            "the competition ranks as they are",
            parameters={r.method: dict(r.conventions.parameters) for r in results},
            notes=(WS_REFERENCE,),
        ),
    )
