"""What a ranking method declares (parameters, data needs) and what it returns."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from decision.errors import MethodError
from decision.problem import Criterion

Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Parameter:
    """A method parameter as the CLI and GUI present it."""

    name: str
    kind: str  # "choice", "float", "int", "bool"
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def coerce(self, value: Any, method: str) -> Any:
        """Convert and check a user value; raise MethodError naming the parameter."""
        where = f"method '{method}', parameter '{self.name}'"
        try:
            if self.kind == "choice":
                text = str(value).strip().lower().replace("-", "_")
                if text not in self.choices:
                    raise MethodError(
                        f"{where}: {value!r} is not one of {', '.join(self.choices)}",
                        field=self.name,
                    )
                return text
            if self.kind == "bool":
                if isinstance(value, bool):
                    return value
                return str(value).strip().lower() in {"1", "true", "yes", "on"}
            number = float(value) if self.kind == "float" else int(value)
        except (TypeError, ValueError):
            raise MethodError(f"{where}: {value!r} is not a number", field=self.name) from None
        if not np.isfinite(number):
            raise MethodError(f"{where}: {value!r} is not a finite number", field=self.name)
        if self.minimum is not None and number < self.minimum:
            raise MethodError(f"{where}: {number:g} is below {self.minimum:g}", field=self.name)
        if self.maximum is not None and number > self.maximum:
            raise MethodError(f"{where}: {number:g} is above {self.maximum:g}", field=self.name)
        return number


@dataclass(frozen=True)
class Context:
    """Everything about the problem a method may need beyond the numbers."""

    alternative_ids: Sequence[str]
    criteria: Sequence[Criterion]  # leaf criteria, in column order


@dataclass(frozen=True)
class MethodOutput:
    scores: Array
    details: Mapping[str, Any] = field(default_factory=dict)
    normalization: str | None = None
    notes: tuple[str, ...] = ()


Compute = Callable[[Array, Array, npt.NDArray[np.int8], Mapping[str, Any], Context], MethodOutput]
Needs = Callable[[Mapping[str, Any]], Mapping[str, bool]]


def _no_needs(_params: Mapping[str, Any]) -> Mapping[str, bool]:
    return {}


@dataclass(frozen=True)
class MethodSpec:
    """A ranking method in the registry.

    ``needs(params)`` returns the data requirements for those parameters as
    keyword flags of ``decision.validation.check_matrix`` (positive, nonnegative,
    nonconstant), so validation runs once, vectorised, before ``compute``.
    """

    key: str
    label: str
    description: str
    compute: Compute
    higher_is_better: bool = True
    parameters: tuple[Parameter, ...] = ()
    needs: Needs = _no_needs
    source: str = "InnoCite engine (numpy)"
    reference: str = ""

    def resolve(self, given: Mapping[str, Any] | None) -> dict[str, Any]:
        """Defaults overlaid with the given values, each checked; unknown names are ignored."""
        given = dict(given or {})
        return {
            p.name: p.coerce(given[p.name], self.key) if p.name in given else p.default
            for p in self.parameters
        }
