"""Benchmarking page logic without Qt: data sets as JSON, cell edits, settings, chart data, files."""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.i18n import QT_TR_NOOP, decimal_point, tr
from app.services.clipboard_table import parse_cell
from app.storage.demo_benchmarks import SETTINGS_KEYS, split_file
from decision.errors import InputError

if TYPE_CHECKING:
    from decision.composite.compute import CompositeResult
    from decision.composite.files import CompositeFile
    from decision.composite.peers import PeerComparison
    from decision.composite.uncertainty import UncertaintyResult

# Choices as (key, English label); the labels are shown with tr(label).
NORMALIZATIONS = (
    ("minmax", QT_TR_NOOP("Min-max (0-1)")),
    ("zscore", QT_TR_NOOP("z-score")),
    ("goalpost", QT_TR_NOOP("Goalposts (fixed min-max)")),
    ("reference", QT_TR_NOOP("Distance to reference")),
    ("rank", QT_TR_NOOP("Rank")),
)
MISSING = (
    ("drop", QT_TR_NOOP("Leave the town out")),
    ("mean", QT_TR_NOOP("Impute the mean")),
    ("median", QT_TR_NOOP("Impute the median")),
)
WEIGHTINGS = (
    ("given", QT_TR_NOOP("Given weights")),
    ("equal", QT_TR_NOOP("Equal")),
    ("points", QT_TR_NOOP("Budget points")),
    ("entropy", QT_TR_NOOP("Entropy (objective)")),
    ("critic", QT_TR_NOOP("CRITIC (objective)")),
)
AGGREGATIONS = (
    ("linear", QT_TR_NOOP("Linear (compensatory)")),
    ("geometric", QT_TR_NOOP("Geometric")),
)
REFERENCE_MODES = (
    ("ratio", QT_TR_NOOP("ratio")),
    ("difference", QT_TR_NOOP("relative difference")),
)
VIEW_KEY = "view"
"""Settings key for the page's own state (town and peers of the radar); not the engine's."""
DEFAULT_SETTINGS: dict[str, Any] = {
    "normalization": "minmax",
    "missing": "median",
    "weighting": "given",
    "aggregation": "linear",
    "group_aggregation": "linear",
}
MISSING_TIP = {
    "drop": QT_TR_NOOP(
        "missing — this town is left out of the composite (missing data: leave out)"
    ),
    "mean": QT_TR_NOOP("missing — imputed by the mean of the other towns"),
    "median": QT_TR_NOOP("missing — imputed by the median of the other towns"),
}
UNITS_COLUMNS = ("id", "country", "region", "population")
INDICATOR_COLUMNS = (
    "id",
    "name",
    "unit",
    "direction",
    "source",
    "year",
    "weight",
    "group",
    "goalpost min",
    "goalpost max",
    "log",
    "illustrative",
    "note",
)


@dataclass(frozen=True)
class BenchmarkSet:
    """A data set as the page holds it, never changed in place: edits return a new one.

    ``data`` is the engine's file format without the method choices (units, indicators,
    matrix with ``None`` for missing, name ...); ``settings`` holds those choices
    (normalization, missing, weighting ...) and the page's ``view``.
    """

    data: Mapping[str, Any]
    settings: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data_json: str, settings_json: str = "{}") -> BenchmarkSet:
        return cls(json.loads(data_json), json.loads(settings_json or "{}"))

    def to_json(self) -> tuple[str, str]:
        return (
            json.dumps(self.data, ensure_ascii=False),
            json.dumps(self.settings, ensure_ascii=False),
        )

    def engine_input(self) -> dict[str, Any]:
        """The whole ``innocite composite`` file object (data and method choices)."""
        merged = {**DEFAULT_SETTINGS, **copy.deepcopy(dict(self.data))}
        merged.update({k: v for k, v in self.settings.items() if k in SETTINGS_KEYS})
        if merged.get("normalization") != "reference":
            merged.pop("reference_values", None)  # only distance to reference needs them
        return merged

    def parsed(self) -> CompositeFile:
        """Data and settings as engine objects; InputError/MethodError name what is wrong."""
        from decision.composite.files import parse_composite

        return parse_composite(self.engine_input())

    def setting(self, key: str) -> Any:
        return self.settings.get(key, DEFAULT_SETTINGS.get(key))

    def with_settings(self, **changes: Any) -> BenchmarkSet:
        """A copy with settings changed (a value None removes the key)."""
        new = copy.deepcopy(dict(self.settings))
        for k, v in changes.items():
            if v is None:
                new.pop(k, None)
            else:
                new[k] = v
        return BenchmarkSet(copy.deepcopy(dict(self.data)), new)

    def view(self) -> dict[str, Any]:
        v = self.settings.get(VIEW_KEY)
        return dict(v) if isinstance(v, Mapping) else {}

    @property
    def unit_ids(self) -> list[str]:
        return [
            u if isinstance(u, str) else str(u.get("id", u.get("name"))) for u in self.data["units"]
        ]

    @property
    def indicator_ids(self) -> list[str]:
        return [str(i["id"]) for i in self.data["indicators"]]


def composite_of(bset: BenchmarkSet) -> CompositeResult:
    """The engine's composite of the set with its settings."""
    from decision.composite.compute import composite

    parsed = bset.parsed()
    return composite(parsed.data, parsed.settings)


# -- cells ------------------------------------------------------------------------------------
def set_value(bset: BenchmarkSet, unit: str, indicator: str, value: float | None) -> BenchmarkSet:
    """A new set with one cell changed; InputError (one line) if the engine refuses it."""
    i, j = bset.unit_ids.index(unit), bset.indicator_ids.index(indicator)
    data = copy.deepcopy(dict(bset.data))
    data["matrix"][i][j] = value
    new = BenchmarkSet(data, copy.deepcopy(dict(bset.settings)))
    new.parsed()  # e.g. a log indicator with a value <= 0, or a column left empty
    return new


def matrix_of(bset: BenchmarkSet) -> np.ndarray:
    """The values as floats, NaN where missing."""
    return np.array(
        [[math.nan if v is None else float(v) for v in row] for row in bset.data["matrix"]],
        dtype=float,
    )


def indicator_tooltip(ind: Mapping[str, Any]) -> str:
    """Header tooltip: name, unit, direction, source, year and the illustrative flag."""
    lines = [str(ind.get("name") or ind["id"])]
    if ind.get("unit"):
        lines.append(tr("Unit: {unit}").format(unit=ind["unit"]))
    lines.append(
        tr("More is better") if ind.get("direction") == "benefit" else tr("Less is better")
    )
    if ind.get("group"):
        lines.append(tr("Group: {group}").format(group=ind["group"]))
    if ind.get("goalposts"):
        lo, hi = ind["goalposts"]
        text = tr("Goalposts: {low} – {high}").format(low=short_number(lo), high=short_number(hi))
        lines.append(text + (" (log)" if ind.get("log") else ""))
    src = ind.get("source") or tr("no source named")
    if ind.get("year"):
        lines.append(tr("Source: {source}, {year}").format(source=src, year=ind["year"]))
    else:
        lines.append(tr("Source: {source}").format(source=src))
    if ind.get("illustrative"):
        lines.append(tr("ILLUSTRATIVE values: not taken from a named source"))
    if ind.get("note"):
        lines.append(str(ind["note"]))
    return "\n".join(lines)


def short_number(value: float) -> str:
    """``value`` as ``:g`` writes it, with the decimal separator of the interface ("0,25")."""
    return f"{float(value):g}".replace(".", decimal_point())


def new_set(name: str) -> BenchmarkSet:
    """A small starting table: three towns, two indicators, illustrative values to overwrite."""
    data = {
        "name": name,
        "units": ["Town A", "Town B", "Town C"],
        "indicators": [
            {"id": "ind1", "name": "Indicator 1", "direction": "benefit", "illustrative": True},
            {"id": "ind2", "name": "Indicator 2", "direction": "cost", "illustrative": True},
        ],
        "matrix": [[1.0, 3.0], [2.0, 2.0], [3.0, 1.0]],
    }
    return BenchmarkSet(data, dict(DEFAULT_SETTINGS))


def parse_per_indicator(text: str, indicator_ids: Sequence[str], what: str) -> dict[str, float]:
    """``id=value; id=value`` (decimal comma accepted) as a mapping; errors name the part.

    ``what`` names the field in the messages (already in the interface language)."""
    out: dict[str, float] = {}
    for part in text.replace("\n", ";").split(";"):
        if not part.strip():
            continue
        if "=" not in part:
            raise InputError(
                tr("{what}: '{part}' should be indicator=value").format(
                    what=what, part=part.strip()
                )
            )
        key, _, raw = part.partition("=")
        key = key.strip()
        if key not in indicator_ids:
            raise InputError(
                tr("{what}: '{key}' is not an indicator id ({ids})").format(
                    what=what, key=key, ids=", ".join(indicator_ids)
                )
            )
        value = parse_cell(raw, f"{what} '{key}'")
        if value is None:
            raise InputError(tr("{what} '{key}': no value").format(what=what, key=key))
        out[key] = value
    return out


def format_per_indicator(values: Mapping[str, float] | None) -> str:
    """``id=value; ...`` for the line edits, numbers with the interface's decimal separator."""
    return "; ".join(f"{k}={short_number(v)}" for k, v in (values or {}).items())


# -- charts -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RankBar:
    """One town in the ranking chart; the band is None until an uncertainty run."""

    unit: str
    score: float
    rank: int
    median_rank: float | None = None
    p05: float | None = None
    p95: float | None = None


def ranking_bars(result: CompositeResult, unc: UncertaintyResult | None = None) -> list[RankBar]:
    """Towns from best to worst, with the median rank and 5-95 % band of ``unc``."""
    band: dict[str, tuple[float, float, float]] = {}
    if unc is not None:
        band = {
            u: (float(unc.median_rank[i]), float(unc.p05[i]), float(unc.p95[i]))
            for i, u in enumerate(unc.unit_ids)
        }
    out = []
    for unit, score, rank in result.ranking():
        med, lo, hi = band.get(unit, (None, None, None))
        out.append(RankBar(unit, score, rank, med, lo, hi))
    return out


@dataclass(frozen=True)
class RadarData:
    """Axes (indicator labels) and per town its position 0..1 among all towns ranked."""

    axes: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    note: str = QT_TR_NOOP(
        "each axis: normalized value rescaled to the towns ranked (0 = worst, 1 = best)"
    )  # shown with tr(note)


def radar_data(
    result: CompositeResult, town: str, peers: Sequence[str], labels: Mapping[str, str]
) -> RadarData:
    """The town and its peers on every indicator, 0 (worst town) to 1 (best town)."""
    y = np.asarray(result.normalized, dtype=float)
    lo, hi = np.nanmin(y, axis=0), np.nanmax(y, axis=0)
    span = np.where(hi > lo, hi - lo, 1.0)
    scaled = np.where(hi > lo, (y - lo) / span, 0.5)
    ids = list(result.unit_ids)
    series = []
    for u in [town, *[p for p in peers if p != town]]:
        if u in ids:
            series.append((u, tuple(float(v) for v in scaled[ids.index(u)])))
    axes = tuple(labels.get(i, i) for i in result.indicator_ids)
    return RadarData(axes, tuple(series))


def peer_comparison(result: CompositeResult, town: str, peers: Sequence[str]) -> PeerComparison:
    """The engine's comparison of ``town`` with the mean of ``peers`` (all others if empty)."""
    from decision.composite.peers import compare_with_peers

    return compare_with_peers(result, town, list(peers) or None)


def run_uncertainty(
    bset: BenchmarkSet,
    runs: int,
    progress: Callable[[float], None],
    is_cancelled: Callable[[], bool],
    seed: int = 0,
) -> UncertaintyResult | None:
    """Monte Carlo over normalization, aggregation and weights; None when cancelled."""
    from decision.composite.uncertainty import (
        CompositeCancelled,
        UncertaintySettings,
        uncertainty,
    )

    parsed = bset.parsed()
    options = parsed.uncertainty or UncertaintySettings()
    options = UncertaintySettings(
        runs=runs,
        seed=seed,
        normalizations=options.normalizations,
        aggregations=options.aggregations,
        weight_range=options.weight_range,
        weight_ranges=options.weight_ranges,
    )
    try:
        return uncertainty(
            parsed.data, parsed.settings, options, progress=progress, is_cancelled=is_cancelled
        )
    except CompositeCancelled:
        return None


# -- import -----------------------------------------------------------------------------------
def import_file(path: Path) -> BenchmarkSet:
    """A JSON (engine format), .xlsx or .csv file as a set; InputError names file and place."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            bset = _read_json(path)
        elif suffix == ".xlsx":
            bset = _read_xlsx(path)
        elif suffix == ".csv":
            bset = _read_csv(path)
        else:
            raise InputError("not a benchmarking file (use .json, .xlsx or .csv)")
        bset.parsed()
    except InputError as exc:
        raise InputError(f"{path.name}: {' '.join(str(exc).split())}") from None
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    if not bset.data.get("name"):
        bset = BenchmarkSet({**bset.data, "name": path.stem}, bset.settings)
    return bset


def _read_json(path: Path) -> BenchmarkSet:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"
        ) from None
    if not isinstance(raw, dict):
        raise InputError("expected a JSON object with units, indicators and matrix")
    data, settings = split_file(raw)
    return BenchmarkSet(data, {**DEFAULT_SETTINGS, **settings})


def _indicator_stub(iid: str) -> dict[str, Any]:
    return {"id": iid, "name": iid, "direction": "benefit"}


def _values_header(cells: Sequence[str], where: Callable[[int], str]) -> list[str]:
    if not cells or cells[0].strip().lower() not in ("unit", "units", "town", "towns"):
        raise InputError(f"{where(0)}: the first header cell must be 'unit'")
    ids = [c.strip() for c in cells[1:]]
    while ids and not ids[-1]:
        ids.pop()
    for k, iid in enumerate(ids, start=1):
        if not iid:
            raise InputError(f"{where(k)}: the header needs an indicator id")
    if not ids:
        raise InputError(f"{where(1)}: no indicator columns after 'unit'")
    return ids


def _read_csv(path: Path) -> BenchmarkSet:
    from app.storage.formats.csv_cells import Numbers, decode, sniff_delimiter, split_rows

    text = decode(path.read_bytes())
    delimiter = sniff_delimiter(text)
    rows = split_rows(text, delimiter)
    if not rows:
        raise InputError("is empty")
    head = rows[0]
    ids = _values_header(head.cells, lambda k: f"row {head.line}, column {k + 1}")
    numbers = Numbers(delimiter)
    units, matrix = [], []
    for row in rows[1:]:
        unit = row.cells[0].strip() if row.cells else ""
        if not unit:
            raise InputError(f"row {row.line}, column 1: the town name is empty")
        if len(row.cells) > len(ids) + 1 and any(row.cells[len(ids) + 1 :]):
            raise InputError(f"row {row.line}: more cells than header columns")
        values: list[float | None] = []
        for k, iid in enumerate(ids, start=1):
            cell = row.cells[k] if k < len(row.cells) else ""
            where = f"row {row.line}, column {k + 1} ({unit}, {iid})"
            values.append(numbers.parse(cell, where) if cell.strip() else None)
        units.append(unit)
        matrix.append(values)
    data = {"units": units, "indicators": [_indicator_stub(i) for i in ids], "matrix": matrix}
    return BenchmarkSet(data, dict(DEFAULT_SETTINGS))


def _read_xlsx(path: Path) -> BenchmarkSet:
    from openpyxl.utils import get_column_letter

    from app.storage.formats.excel_cells import as_number, as_text, is_blank, load_sheets

    sheets = load_sheets(path, ("values", "indicators", "units"))
    if "values" not in sheets:
        raise InputError("has no sheet named 'Values' (header row: unit, indicator ids)")
    values = sheets["values"]

    def at(sheet: str, r: int, c: int) -> Callable[[], str]:
        return lambda: f"sheet '{sheet}', row {r + 1}, column {get_column_letter(c + 1)}"

    rows = [r for r in values.rows]
    if not rows:
        raise InputError(f"sheet '{values.title}' is empty")
    header = [
        "" if is_blank(v) else as_text(v, at(values.title, 0, c)) for c, v in enumerate(rows[0])
    ]
    ids = _values_header(header, lambda c: at(values.title, 0, c)())
    units: list[Any] = []
    matrix: list[list[float | None]] = []
    for r, row in enumerate(rows[1:], start=1):
        if all(is_blank(v) for v in row):
            continue
        first = row[0] if row else None
        if is_blank(first):
            raise InputError(f"{at(values.title, r, 0)()}: the town name is empty")
        unit = as_text(first, at(values.title, r, 0)).strip()
        line: list[float | None] = []
        for c in range(1, len(ids) + 1):
            v = row[c] if c < len(row) else None
            line.append(None if is_blank(v) else as_number(v, at(values.title, r, c)))
        units.append(unit)
        matrix.append(line)
    indicators = {i: _indicator_stub(i) for i in ids}
    if "indicators" in sheets:
        _read_indicator_sheet(sheets["indicators"], indicators, at)
    if "units" in sheets:
        units = _read_unit_sheet(sheets["units"], units, at)
    data = {"units": units, "indicators": list(indicators.values()), "matrix": matrix}
    return BenchmarkSet(data, dict(DEFAULT_SETTINGS))


def _header_map(
    sheet: Any, at: Callable[[str, int, int], Callable[[], str]], known: Sequence[str]
) -> dict[str, int]:
    from app.storage.formats.excel_cells import is_blank, normal

    if not sheet.rows:
        raise InputError(f"sheet '{sheet.title}' is empty")
    cols: dict[str, int] = {}
    for c, v in enumerate(sheet.rows[0]):
        if is_blank(v):
            continue
        key = normal(v).replace("goalposts", "goalpost")
        if key not in known:
            raise InputError(
                f"{at(sheet.title, 0, c)()}: unknown column '{v}' ({', '.join(known)})"
            )
        cols[key] = c
    if "id" not in cols:
        raise InputError(f"sheet '{sheet.title}', row 1: needs an 'id' column")
    return cols


def _read_indicator_sheet(sheet: Any, indicators: dict[str, dict[str, Any]], at: Any) -> None:
    from app.storage.formats.excel_cells import as_number, as_text, is_blank

    cols = _header_map(sheet, at, INDICATOR_COLUMNS)
    for r, row in enumerate(sheet.rows[1:], start=1):

        def cell(key: str, row: tuple[Any, ...] = row) -> Any:
            c = cols.get(key)
            return None if c is None or c >= len(row) or is_blank(row[c]) else row[c]

        if all(is_blank(v) for v in row):
            continue
        iid = as_text(cell("id"), at(sheet.title, r, cols["id"])).strip()
        if iid not in indicators:
            raise InputError(
                f"{at(sheet.title, r, cols['id'])()}: '{iid}' is not a column of sheet 'Values'"
            )
        ind = indicators[iid]
        for key in ("name", "unit", "source", "group", "note"):
            if cell(key) is not None:
                ind[key] = as_text(cell(key), at(sheet.title, r, cols[key])).strip()
        if cell("direction") is not None:
            d = as_text(cell("direction"), at(sheet.title, r, cols["direction"])).strip().lower()
            if d not in ("benefit", "cost", "max", "min"):
                raise InputError(
                    f"{at(sheet.title, r, cols['direction'])()}: '{d}' is not benefit or cost"
                )
            ind["direction"] = {"max": "benefit", "min": "cost"}.get(d, d)
        if cell("year") is not None:
            y = as_number(cell("year"), at(sheet.title, r, cols["year"]))
            if not y.is_integer():
                raise InputError(
                    f"{at(sheet.title, r, cols['year'])()}: the year must be a whole number"
                )
            ind["year"] = int(y)
        if cell("weight") is not None:
            ind["weight"] = as_number(cell("weight"), at(sheet.title, r, cols["weight"]))
        lo, hi = cell("goalpost min"), cell("goalpost max")
        if (lo is None) != (hi is None):
            raise InputError(f"sheet '{sheet.title}', row {r + 1}: give both goalpost min and max")
        if lo is not None:
            ind["goalposts"] = [
                as_number(lo, at(sheet.title, r, cols["goalpost min"])),
                as_number(hi, at(sheet.title, r, cols["goalpost max"])),
            ]
        for key in ("log", "illustrative"):
            if cell(key) is not None:
                ind[key] = _flag(cell(key), at(sheet.title, r, cols[key]))


def _flag(value: Any, where: Callable[[], str]) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("yes", "true", "1", "x", "ja", "da"):
        return True
    if text in ("no", "false", "0", "", "nein", "ne"):
        return False
    raise InputError(f"{where()}: '{value}' is not yes or no")


def _read_unit_sheet(sheet: Any, units: list[Any], at: Any) -> list[Any]:
    from app.storage.formats.excel_cells import as_number, as_text, is_blank

    cols = _header_map(sheet, at, UNITS_COLUMNS)
    extra: dict[str, dict[str, Any]] = {}
    for r, row in enumerate(sheet.rows[1:], start=1):
        if all(is_blank(v) for v in row):
            continue

        def cell(key: str, row: tuple[Any, ...] = row) -> Any:
            c = cols.get(key)
            return None if c is None or c >= len(row) or is_blank(row[c]) else row[c]

        uid = as_text(cell("id"), at(sheet.title, r, cols["id"])).strip()
        if uid not in units:
            raise InputError(
                f"{at(sheet.title, r, cols['id'])()}: '{uid}' is not a town of sheet 'Values'"
            )
        info: dict[str, Any] = {"id": uid}
        for key in ("country", "region"):
            if cell(key) is not None:
                info[key] = as_text(cell(key), at(sheet.title, r, cols[key])).strip()
        if cell("population") is not None:
            info["population"] = as_number(
                cell("population"), at(sheet.title, r, cols["population"])
            )
        extra[uid] = info
    return [extra.get(u, u) for u in units]


# -- export -----------------------------------------------------------------------------------
def export_table(
    bset: BenchmarkSet,
    path: Path,
    result: CompositeResult | None = None,
    unc: UncertaintyResult | None = None,
) -> None:
    """The table as .csv (values) or .xlsx (Values, Indicators, Units, Composite sheets);
    written atomically, readable again by :func:`import_file`."""
    from app.storage.formats.atomic import write_atomically, write_text_atomically

    suffix = path.suffix.lower()
    units, ids = bset.unit_ids, bset.indicator_ids
    matrix = bset.data["matrix"]
    if suffix == ".csv":
        import csv
        import io

        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(["unit", *ids])
        for u, row in zip(units, matrix, strict=True):
            w.writerow([u, *["" if v is None else repr(float(v)) for v in row]])
        write_text_atomically(path, buf.getvalue())
        return
    if suffix != ".xlsx":
        raise InputError(f"{path.name}: export as .xlsx or .csv")
    write_atomically(path, lambda tmp: _workbook(bset, result, unc).save(tmp))


def _yes_no(flag: bool | None) -> str:
    return "" if flag is None else "yes" if flag else "no"


def _workbook(
    bset: BenchmarkSet, result: CompositeResult | None, unc: UncertaintyResult | None
) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None  # a new workbook has one sheet
    ws.title = "Values"
    ids = bset.indicator_ids
    ws.append(["unit", *ids])
    for u, row in zip(bset.unit_ids, bset.data["matrix"], strict=True):
        ws.append([u, *row])
    ind_ws = wb.create_sheet("Indicators")
    ind_ws.append(list(INDICATOR_COLUMNS))
    for ind in bset.data["indicators"]:
        gp = ind.get("goalposts") or [None, None]
        ind_ws.append(
            [
                ind["id"],
                ind.get("name", ""),
                ind.get("unit", ""),
                ind.get("direction", ""),
                ind.get("source", ""),
                ind.get("year"),
                ind.get("weight"),
                ind.get("group"),
                gp[0],
                gp[1],
                _yes_no(ind.get("log")),
                _yes_no(ind.get("illustrative")),
                ind.get("note", ""),
            ]
        )
    unit_ws = wb.create_sheet("Units")
    unit_ws.append(list(UNITS_COLUMNS))
    for u in bset.data["units"]:
        if isinstance(u, str):
            unit_ws.append([u])
        else:
            unit_ws.append(
                [u.get("id", u.get("name")), u.get("country"), u.get("region"), u.get("population")]
            )
    if result is not None:
        comp = wb.create_sheet("Composite")
        comp.append(["rank", "unit", "score", "median rank", "rank 5 %", "rank 95 %"])
        for bar in ranking_bars(result, unc):
            comp.append([bar.rank, bar.unit, bar.score, bar.median_rank, bar.p05, bar.p95])
        comp.append([])
        for key, text in result.conventions.items():
            comp.append([key, text])
    for sheet in wb.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    return wb
