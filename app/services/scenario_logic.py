"""Qt-free logic of the scenario manager: capture the current weights, rank scenarios side by side."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from app.i18n import QT_TR_NOOP, tr
from app.storage.document import ScenarioRecord
from decision.problem import Problem

Array = npt.NDArray[np.float64]

# Side-by-side comparison is readable up to this many columns.
MAX_COMPARED = 4
CURRENT = QT_TR_NOOP("Current weights")


def current_weights(problem: Problem) -> dict[str, float]:
    """Every criterion's (local) weight as the problem holds it; criteria without one are left out."""
    return {c.id: float(c.weight) for c in problem.criteria if c.weight is not None}


def capture(
    problem: Problem,
    name: str,
    method: str,
    parameters: Mapping[str, Any] | None = None,
    description: str = "",
) -> ScenarioRecord:
    """A scenario holding the problem's current weights and the chosen method.

    Raises ValueError with a sentence for the user when the name is empty or the problem
    has no weights to keep.
    """
    name = name.strip()
    if not name:
        raise ValueError(tr("a scenario needs a name"))
    if name == CURRENT:
        raise ValueError(
            tr("'{name}' is reserved for the project's own weights").format(name=tr(CURRENT))
        )
    weights = current_weights(problem)
    if not weights:
        raise ValueError(tr("the project has no weights yet; set them on the Weights page first"))
    return ScenarioRecord(
        name=name,
        method=method,
        parameters=dict(parameters or {}),
        weights=weights,
        weights_source=problem.weights_source,
        description=description.strip(),
    )


def with_scenario_weights(problem: Problem, record: ScenarioRecord) -> Problem:
    """``problem`` with the scenario's weights for the criteria it still has."""
    from app.services.problem_edits import set_weights

    known = {c.id for c in problem.criteria}
    return set_weights(problem, {k: v for k, v in record.weights.items() if k in known})


@dataclass(frozen=True)
class ScenarioColumn:
    """One scenario ranked: ranks by alternative (None if it failed), leaf weights in %."""

    name: str
    method: str
    ranks: tuple[int, ...] | None
    leaf_weights: tuple[float, ...] | None
    error: str = ""
    missing: tuple[str, ...] = ()  # criteria the scenario has no weight for (kept as now)


@dataclass(frozen=True)
class ScenarioComparison:
    """Rankings of the same alternatives under up to four scenarios."""

    alternative_ids: tuple[str, ...]
    alternative_names: tuple[str, ...]
    leaf_ids: tuple[str, ...]
    leaf_names: tuple[str, ...]
    columns: tuple[ScenarioColumn, ...] = field(default_factory=tuple)

    def order(self) -> list[int]:
        """Alternative rows sorted by the first column that ranked (best first), then by name."""
        first = next((c for c in self.columns if c.ranks is not None), None)
        rows = range(len(self.alternative_ids))
        if first is None or first.ranks is None:
            return list(rows)
        ranks = first.ranks
        return sorted(rows, key=lambda i: (ranks[i], self.alternative_names[i]))

    def changed(self, row: int) -> bool:
        """Whether the alternative's rank differs between the columns that ranked."""
        ranks = {c.ranks[row] for c in self.columns if c.ranks is not None}
        return len(ranks) > 1


def compare(
    problem: Problem,
    scenarios: Sequence[ScenarioRecord],
    current: tuple[str, Mapping[str, Any]] | None = None,
) -> ScenarioComparison:
    """Rank ``problem`` under each scenario's weights and method.

    ``current`` (method, parameters) adds a first column with the project's own weights.
    A scenario that cannot be ranked (e.g. its method refuses the data) gets a one-line error
    instead of ranks; the others still show.
    """
    from app.services.messages import user_message
    from decision.evaluate import rank

    if len(scenarios) + (current is not None) > MAX_COMPARED:
        raise ValueError(f"compare at most {MAX_COMPARED} scenarios at once")
    leaves = [c for c in problem.criteria if not c.is_group]
    items: list[tuple[str, str, Mapping[str, Any], Problem, tuple[str, ...]]] = []
    if current is not None:
        items.append((CURRENT, current[0], current[1], problem, ()))
    for record in scenarios:
        # Weights of criteria removed since the scenario was saved are ignored; criteria added
        # since keep the project's weight and are listed as missing.
        missing = tuple(c.id for c in leaves if c.id not in record.weights)
        items.append(
            (
                record.name,
                record.method,
                record.parameters,
                with_scenario_weights(problem, record),
                missing,
            )
        )
    columns = []
    for name, method, parameters, variant, missing in items:
        try:
            result = rank(variant, method, parameters)
        except Exception as exc:  # one scenario failing must not hide the others
            columns.append(ScenarioColumn(name, method, None, None, user_message(exc), missing))
            continue
        by_id = dict(zip(result.criterion_ids, result.weights, strict=True))
        leaf = tuple(float(by_id.get(c.id, 0.0)) * 100.0 for c in leaves)
        columns.append(
            ScenarioColumn(name, method, tuple(int(r) for r in result.ranks), leaf, "", missing)
        )
    return ScenarioComparison(
        alternative_ids=tuple(a.id for a in problem.alternatives),
        alternative_names=tuple(a.name or a.id for a in problem.alternatives),
        leaf_ids=tuple(c.id for c in leaves),
        leaf_names=tuple(c.name or c.id for c in leaves),
        columns=tuple(columns),
    )
