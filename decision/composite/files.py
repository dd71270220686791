"""Read a benchmarking file (the `innocite composite` JSON contract) into engine objects."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from decision.ahp import PairwiseMatrix, from_judgments, from_matrix
from decision.composite.aggregation import check_aggregation
from decision.composite.compute import CompositeSettings
from decision.composite.data import CompositeData, Indicator, Unit
from decision.composite.missing import MISSING_MODES
from decision.composite.normalization import NORMALIZATIONS
from decision.composite.uncertainty import UncertaintySettings
from decision.composite.weighting import WEIGHTINGS
from decision.errors import InputError
from decision.files import _kind, _list, _number, _obj, _pairwise, _text, load_json
from decision.problem import parse_direction


@dataclass(frozen=True)
class CompositeFile:
    """A parsed benchmarking file: data, settings and (if asked) uncertainty settings."""

    data: CompositeData
    settings: CompositeSettings
    uncertainty: UncertaintySettings | None = None


def load_composite(path: str | Path) -> CompositeFile:
    """Read and check a benchmarking file (JSON, or long-format CSV); errors name the place."""
    if str(path).lower().endswith(".csv"):
        return parse_long_csv(_read_text(path))
    return parse_composite(load_json(path))


def _read_text(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("file not found") from None
    except UnicodeDecodeError:
        raise InputError("is not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror}") from None


def parse_long_csv(text: str) -> CompositeFile:
    """A long-format CSV: one row per value, columns ``unit,indicator,value``.

    Optional columns ``direction`` (benefit/cost, required once per indicator), ``group``,
    ``weight`` and ``unit_of_measure``; an empty value is missing. Units and indicators keep
    their order of first appearance; the settings are the defaults (min-max, linear, drop).
    """
    import csv
    import io

    sample = text[:2048]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.DictReader(io.StringIO(text), dialect=dialect))
    if not rows:
        raise InputError("the CSV has no data rows (header unit,indicator,value)")
    header = {h.strip().lower(): h for h in rows[0] if h is not None}
    for need in ("unit", "indicator", "value"):
        if need not in header:
            raise InputError(f"CSV header: column '{need}' is missing (unit,indicator,value)")
    units: list[str] = []
    inds: dict[str, dict[str, Any]] = {}
    cells: dict[tuple[str, str], float] = {}
    for k, row in enumerate(rows, start=2):
        got = {name: (row.get(key) or "").strip() for name, key in header.items()}

        def col(name: str, got: dict[str, str] = got) -> str:
            return got.get(name, "")

        unit, ind, value = col("unit"), col("indicator"), col("value")
        if not unit or not ind:
            raise InputError(f"CSV line {k}: unit and indicator must not be empty")
        if unit not in units:
            units.append(unit)
        meta = inds.setdefault(ind, {})
        for field_name in ("direction", "group", "weight", "unit_of_measure"):
            v = col(field_name)
            if v:
                if field_name in meta and meta[field_name] != v:
                    raise InputError(
                        f"CSV line {k}: indicator '{ind}' has {field_name} '{v}' here but "
                        f"'{meta[field_name]}' before"
                    )
                meta[field_name] = v
        if (unit, ind) in cells:
            raise InputError(f"CSV line {k}: unit '{unit}', indicator '{ind}' appears twice")
        num = _number(
            value or None, f"CSV line {k} (unit '{unit}', indicator '{ind}')", allow_none=True
        )
        cells[(unit, ind)] = float("nan") if num is None else num
    indicators = []
    for iid, meta in inds.items():
        if "direction" not in meta:
            raise InputError(
                f"indicator '{iid}': direction is missing (add a direction column: benefit or "
                "cost)",
                criterion=iid,
            )
        weight = meta.get("weight")
        indicators.append(
            Indicator(
                id=iid,
                name=iid,
                unit=meta.get("unit_of_measure", ""),
                direction=parse_direction(meta["direction"], iid),
                group=meta.get("group") or None,
                weight=_number(weight, f"indicator '{iid}': weight") if weight else None,
            )
        )
    matrix = [[cells.get((u, i), float("nan")) for i in inds] for u in units]
    data = CompositeData.create(units, indicators, matrix)
    return CompositeFile(data, CompositeSettings())


def parse_composite(raw: Any) -> CompositeFile:
    """Turn the decoded JSON of a benchmarking file into a :class:`CompositeFile`."""
    root = _obj(raw, "file")
    units = [_unit(u, i) for i, u in enumerate(_list(root.get("units"), "units"))]
    indicators = [
        _indicator(x, j) for j, x in enumerate(_list(root.get("indicators"), "indicators"))
    ]
    if not units:
        raise InputError("units: the list is empty; a benchmarking needs units")
    if not indicators:
        raise InputError("indicators: the list is empty")
    unit_ids = [u.id for u in units]
    ind_ids = [i.id for i in indicators]
    matrix = _matrix(root.get("matrix"), unit_ids, ind_ids)
    data = CompositeData.create(
        units, indicators, matrix, _text(root.get("name", ""), "name", required=False)
    )
    settings = _settings(root, data)
    unc = None
    if root.get("uncertainty") is not None:
        unc = _uncertainty(_obj(root["uncertainty"], "uncertainty"))
    return CompositeFile(data, settings, unc)


def _unit(raw: Any, i: int) -> Unit:
    where = f"units[{i}]"
    if isinstance(raw, str):
        return Unit(_text(raw, where))
    u = _obj(raw, where)
    uid = _text(u.get("id", u.get("name")), f"{where}.id")
    pop = _number(u.get("population"), f"unit '{uid}': population", allow_none=True)
    return Unit(
        uid,
        country=_text(u.get("country"), f"unit '{uid}': country", required=False),
        region=_text(u.get("region"), f"unit '{uid}': region", required=False),
        population=pop,
    )


def _indicator(raw: Any, j: int) -> Indicator:
    x = _obj(raw, f"indicators[{j}]")
    iid = _text(x.get("id"), f"indicators[{j}].id")
    where = f"indicator '{iid}'"
    if "direction" not in x:
        raise InputError(f"{where}: direction is missing (benefit or cost)", criterion=iid)
    goalposts = None
    if x.get("goalposts") is not None:
        gp = _list(x["goalposts"], f"{where}: goalposts")
        if len(gp) != 2:
            raise InputError(f"{where}: goalposts must be [min, max]", criterion=iid)
        lo = _number(gp[0], f"{where}: goalposts min")
        hi = _number(gp[1], f"{where}: goalposts max")
        assert lo is not None and hi is not None
        goalposts = (lo, hi)
    log = x.get("log", False)
    if not isinstance(log, bool):
        raise InputError(f"{where}: log must be true or false, got {_kind(log)}", criterion=iid)
    year = x.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise InputError(f"{where}: year must be a whole number, got {year!r}", criterion=iid)
    illustrative = x.get("illustrative")
    if illustrative is not None and not isinstance(illustrative, bool):
        raise InputError(f"{where}: illustrative must be true or false", criterion=iid)
    group = x.get("group")
    return Indicator(
        id=iid,
        name=_text(x.get("name", iid), f"{where}: name"),
        unit=_text(x.get("unit"), f"{where}: unit", required=False),
        direction=parse_direction(x["direction"], iid),
        source=_text(x.get("source"), f"{where}: source", required=False),
        year=year,
        goalposts=goalposts,
        log=log,
        weight=_number(x.get("weight"), f"{where}: weight", allow_none=True),
        group=_text(group, f"{where}: group") if group is not None else None,
        illustrative=illustrative,
        note=_text(x.get("note"), f"{where}: note", required=False),
    )


def _matrix(raw: Any, units: list[str], inds: list[str]) -> list[list[float]]:
    if raw is None:
        raise InputError("matrix: missing (rows follow units, columns follow indicators)")
    rows = _list(raw, "matrix")
    if len(rows) != len(units):
        raise InputError(
            f"matrix: has {len(rows)} rows but there are {len(units)} units "
            "(one row per unit, in the same order)"
        )
    out = []
    for i, row in enumerate(rows):
        if not isinstance(row, list):
            raise InputError(f"matrix row {i + 1} (unit '{units[i]}'): expected a list")
        if len(row) != len(inds):
            raise InputError(
                f"matrix row {i + 1} (unit '{units[i]}'): has {len(row)} values but there "
                f"are {len(inds)} indicators"
            )
        vals = []
        for j, v in enumerate(row):
            num = _number(v, f"unit '{units[i]}', indicator '{inds[j]}'", allow_none=True)
            vals.append(float("nan") if num is None else num)
        out.append(vals)
    return out


def _choice(root: Mapping[str, Any], key: str, choices: tuple[str, ...], default: str) -> str:
    value = _text(root.get(key, default), key).lower()
    if value not in choices:
        raise InputError(f"{key}: '{value}' is not one of {', '.join(choices)}", field=key)
    return value


def _settings(root: Mapping[str, Any], data: CompositeData) -> CompositeSettings:
    norm = _choice(root, "normalization", NORMALIZATIONS, "minmax")
    agg = check_aggregation(_choice(root, "aggregation", ("linear", "geometric"), "linear"))
    gagg = check_aggregation(
        _choice(root, "group_aggregation", ("linear", "geometric"), "linear"), "group_aggregation"
    )
    missing = _choice(root, "missing", MISSING_MODES, "drop")
    weighting = _choice(root, "weighting", WEIGHTINGS, "given")
    sd = _choice(root, "zscore_sd", ("sample", "population"), "sample")
    mode = _choice(root, "reference_mode", ("ratio", "difference"), "ratio")
    reference = root.get("reference")
    if reference is not None:
        reference = _text(reference, "reference")
        if reference not in data.unit_ids:
            raise InputError(f"reference: '{reference}' is not one of the units", field="reference")
    ref_values = _number_map(root.get("reference_values"), "reference_values")
    ahp: PairwiseMatrix | None = None
    if root.get("ahp") is not None:
        block = _pairwise(root["ahp"], data.indicator_ids, "ahp")
        if block.matrix is not None:
            ahp = from_matrix(block.items, block.matrix, where="ahp")
        else:
            ahp = from_judgments(block.items, block.judgments, where="ahp")
    floor = _number(root.get("geometric_floor", 0.01), "geometric_floor")
    return CompositeSettings(
        normalization=norm,  # type: ignore[arg-type]
        aggregation=agg,
        group_aggregation=gagg,
        missing=missing,  # type: ignore[arg-type]
        weighting=weighting,  # type: ignore[arg-type]
        zscore_ddof=1 if sd == "sample" else 0,
        reference=reference,
        reference_values=ref_values,
        reference_mode=mode,  # type: ignore[arg-type]
        points=_number_map(root.get("points"), "points"),
        ahp=ahp,
        group_weights=_number_map(root.get("group_weights"), "group_weights"),
        geometric_floor=0.01 if floor is None else floor,
    )


def _number_map(raw: Any, where: str) -> dict[str, float] | None:
    if raw is None:
        return None
    out = {}
    for k, v in _obj(raw, where).items():
        num = _number(v, f"{where}.{k}")
        assert num is not None
        out[str(k)] = num
    return out


def _uncertainty(u: Mapping[str, Any]) -> UncertaintySettings:
    runs = u.get("runs", 1000)
    seed = u.get("seed", 0)
    for key, value in (("runs", runs), ("seed", seed)):
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or value < (1 if key == "runs" else 0)
        ):
            raise InputError(
                f"uncertainty.{key}: expected a whole number >= {1 if key == 'runs' else 0}"
            )
    norms = tuple(
        _text(x, f"uncertainty.normalizations[{k}]").lower()
        for k, x in enumerate(
            _list(
                u.get("normalizations", ["minmax", "zscore", "rank"]), "uncertainty.normalizations"
            )
        )
    )
    aggs = tuple(
        _text(x, f"uncertainty.aggregations[{k}]").lower()
        for k, x in enumerate(
            _list(u.get("aggregations", ["linear", "geometric"]), "uncertainty.aggregations")
        )
    )
    rng = _number(u.get("weight_range", 0.25), "uncertainty.weight_range")
    ranges = None
    if u.get("weight_ranges") is not None:
        ranges = {}
        for k, v in _obj(u["weight_ranges"], "uncertainty.weight_ranges").items():
            pair = _list(v, f"uncertainty.weight_ranges.{k}")
            if len(pair) != 2:
                raise InputError(f"uncertainty.weight_ranges.{k}: expected [low, high]")
            lo = _number(pair[0], f"uncertainty.weight_ranges.{k} low")
            hi = _number(pair[1], f"uncertainty.weight_ranges.{k} high")
            assert lo is not None and hi is not None
            ranges[str(k)] = (lo, hi)
    return UncertaintySettings(
        runs=runs,
        seed=seed,
        normalizations=norms,  # type: ignore[arg-type]
        aggregations=aggs,  # type: ignore[arg-type]
        weight_range=0.25 if rng is None else rng,
        weight_ranges=ranges,
    )


def composite_to_json(
    data: CompositeData,
    settings: CompositeSettings | None = None,
    uncertainty: UncertaintySettings | None = None,
) -> dict[str, Any]:
    """The benchmarking file for ``data`` and ``settings``; :func:`parse_composite` reads it back.

    Missing values are written as ``null``; an AHP matrix is written in full.
    """
    s = settings or CompositeSettings()
    units: list[dict[str, Any]] = []
    for u in data.units:
        item: dict[str, Any] = {"id": u.id}
        if u.country:
            item["country"] = u.country
        if u.region:
            item["region"] = u.region
        if u.population is not None:
            item["population"] = u.population
        units.append(item)
    indicators: list[dict[str, Any]] = []
    for i in data.indicators:
        ind: dict[str, Any] = {"id": i.id, "name": i.label, "direction": i.direction}
        for key, value in (
            ("unit", i.unit),
            ("source", i.source),
            ("note", i.note),
            ("group", i.group),
            ("weight", i.weight),
            ("year", i.year),
            ("illustrative", i.illustrative),
        ):
            if value not in (None, ""):
                ind[key] = value
        if i.goalposts is not None:
            ind["goalposts"] = list(i.goalposts)
        if i.log:
            ind["log"] = True
        indicators.append(ind)
    out: dict[str, Any] = {
        "units": units,
        "indicators": indicators,
        "matrix": [[None if np.isnan(v) else float(v) for v in row] for row in data.values],
        "normalization": s.normalization,
        "aggregation": s.aggregation,
        "group_aggregation": s.group_aggregation,
        "missing": s.missing,
        "weighting": s.weighting,
        "zscore_sd": "sample" if s.zscore_ddof == 1 else "population",
        "reference_mode": s.reference_mode,
        "geometric_floor": s.geometric_floor,
    }
    if data.name:
        out["name"] = data.name
    if s.reference is not None:
        out["reference"] = s.reference
    for key, mapping in (
        ("reference_values", s.reference_values),
        ("points", s.points),
        ("group_weights", s.group_weights),
    ):
        if mapping is not None:
            out[key] = dict(mapping)
    if s.ahp is not None:
        order = [s.ahp.items.index(i) for i in data.indicator_ids]
        out["ahp"] = {"matrix": s.ahp.values[np.ix_(order, order)].tolist()}
    if uncertainty is not None:
        block: dict[str, Any] = {
            "runs": uncertainty.runs,
            "seed": uncertainty.seed,
            "normalizations": list(uncertainty.normalizations),
            "aggregations": list(uncertainty.aggregations),
            "weight_range": uncertainty.weight_range,
        }
        if uncertainty.weight_ranges:
            block["weight_ranges"] = {k: list(v) for k, v in uncertainty.weight_ranges.items()}
        out["uncertainty"] = block
    return out
