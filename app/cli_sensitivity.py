"""`innocite sensitivity`: tipping points, stability intervals and SMAA acceptability of a problem."""

from __future__ import annotations

from typing import Any

from decision.problem import Problem


def sensitivity(
    problem: Problem,
    method: str = "topsis",
    params: dict[str, Any] | None = None,
    samples: int = 10_000,
    seed: int = 0,
) -> dict[str, Any]:
    """The JSON contract of `innocite sensitivity` (field names as the issue gives them)."""
    from decision.sensitivity.smaa import smaa
    from decision.sensitivity.tipping import tipping_points

    tips = tipping_points(problem, method, params)
    acc = smaa(problem, method=method, samples=samples, seed=seed, params=params, pairwise=False)
    acceptability = _acceptability(acc)
    return {
        "method": tips.method,
        "winner": tips.winner,
        "ranking": list(tips.ranking),
        "winner_change": {
            c: None if change is None else {"delta": change[0], "new_winner": change[1]}
            for c, change in tips.winner_change.items()
        },
        "tipping_points": [
            {
                "criterion": s.criterion_id,
                "weight": s.weight,
                "delta": s.delta,
                "swap": [s.ahead_below, s.ahead_above],
            }
            for s in tips.swaps
        ],
        "stability": {c: [lo, hi] for c, (lo, hi) in tips.stability.items()},
        "acceptability": acceptability,
        "samples": samples,
        "seed": seed,
        "conventions": {
            "tipping": tips.conventions.as_dict(),
            "smaa": acc.conventions.as_dict(),
        },
    }


def _acceptability(result: Any) -> dict[str, list[float]]:
    matrix = result.acceptability
    ids = result.alternative_ids
    return {a: [float(x) for x in matrix[i]] for i, a in enumerate(ids)}


def render_sensitivity(r: dict[str, Any]) -> str:
    """The readable report: winner changes, stability intervals, rank-1 acceptability."""
    lines = [f"Method: {r['method']}; winner: {r['winner']}", "", "What it would take"]
    width = max((len(c) for c in r["winner_change"]), default=9)
    for c, change in r["winner_change"].items():
        lo, hi = r["stability"][c]
        if change is None:
            text = "no weight in [0, 1] changes the winner"
        else:
            text = f"{change['delta']:+.4f} makes {change['new_winner']} win"
        lines.append(f"  {c:<{width}}  {text}; winner stays for weights {lo:.4f} to {hi:.4f}")
    lines += ["", f"Rank acceptability ({r['samples']:,} weightings, seed {r['seed']})"]
    ranked = sorted(r["acceptability"].items(), key=lambda kv: -kv[1][0])
    for a, shares in ranked:
        first = ", ".join(f"{x:.1%}" for x in shares[:3])
        lines.append(f"  {a}: rank 1..3 = {first}")
    return "\n".join(lines) + "\n"
