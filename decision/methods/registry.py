"""The one list of ranking methods, with their parameters and defaults."""

from __future__ import annotations

from decision.errors import MethodError
from decision.methods import additive, copras, promethee, pymcdm_methods, topsis, vikor
from decision.methods.base import MethodSpec

_ALIASES = {"promethee": "promethee2", "promethee_ii": "promethee2", "saw": "wsm"}


def _build() -> dict[str, MethodSpec]:
    from decision.ahp.synthesis import SPEC as AHP

    specs = [
        topsis.SPEC,
        vikor.SPEC,
        promethee.SPEC,
        additive.WSM,
        additive.WPM,
        AHP,
        copras.SPEC,
        *pymcdm_methods.SPECS,
    ]
    return {s.key: s for s in specs}


_REGISTRY: dict[str, MethodSpec] | None = None


def all_methods() -> dict[str, MethodSpec]:
    """Every method by key, in presentation order."""
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = _build()
    return dict(_REGISTRY)


def get_method(name: str) -> MethodSpec:
    """Look a method up by key (case and dashes ignored; a few aliases accepted)."""
    key = str(name).strip().lower().replace("-", "_")
    key = _ALIASES.get(key, key)
    methods = all_methods()
    if key not in methods:
        raise MethodError(
            f"method '{name}' is unknown; choose one of {', '.join(methods)}",
            field="method",
        )
    return methods[key]
