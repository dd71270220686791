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
    from app.cli_text import fixed, share, signed, tr, whole

    lines = [
        tr("Method: {method}; winner: {winner}").format(method=r["method"], winner=r["winner"]),
        "",
        tr("What it would take"),
    ]
    width = max((len(c) for c in r["winner_change"]), default=9)
    for c, change in r["winner_change"].items():
        lo, hi = r["stability"][c]
        if change is None:
            text = tr("no weight in [0, 1] changes the winner")
        else:
            text = tr("{delta} makes {alternative} win").format(
                delta=signed(change["delta"], 4), alternative=change["new_winner"]
            )
        stays = tr("winner stays for weights {low} to {high}").format(
            low=fixed(lo, 4), high=fixed(hi, 4)
        )
        lines.append(f"  {c:<{width}}  {text}; {stays}")
    lines += [
        "",
        tr("Rank acceptability ({samples} weightings, seed {seed})").format(
            samples=whole(r["samples"]), seed=r["seed"]
        ),
    ]
    ranked = sorted(r["acceptability"].items(), key=lambda kv: -kv[1][0])
    for a, shares in ranked:
        first = ", ".join(share(x, 1) for x in shares[:3])
        lines.append(
            "  " + tr("{alternative}: rank 1..3 = {shares}").format(alternative=a, shares=first)
        )
    return "\n".join(lines) + "\n"
