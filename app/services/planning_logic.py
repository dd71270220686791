"""Retail planning page logic without Qt: retail, Huff and network data sets, edits, tables, files."""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import QT_TR_NOOP, decimal_point, number, percent, tr
from app.services.clipboard_table import parse_cell
from app.services.engine_texts import engine_text
from decision.errors import InputError

if TYPE_CHECKING:
    from decision.network import NetworkResult
    from decision.retail import Calibration, HuffResult, RetailMetrics, ScenarioResult

KINDS = ("retail", "huff", "network")
KIND_TITLES = {
    "retail": QT_TR_NOOP("Retail"),
    "huff": "Huff",
    "network": QT_TR_NOOP("Town network"),
}
"""Marked titles: show them with ``tr``."""
IMPORT_FILTERS = {
    "retail": QT_TR_NOOP("Retail figures (*.json);;All files (*)"),
    "huff": QT_TR_NOOP("Zones, centres and distances (*.xlsx *.csv *.json);;All files (*)"),
    "network": QT_TR_NOOP("Towns and distances (*.xlsx *.csv *.json);;All files (*)"),
}
NEW_DISTANCE = 10.0
"""Distance given to the cells of an added zone, centre or town (edit it afterwards)."""


# -- the data set -----------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanningSet:
    """One stored data set of a kind, never changed in place: every edit returns a new one.

    ``data`` is the engine's own file format (the input of ``innocite retail``, ``huff`` or
    ``network``), so a stored set can be exported and run from the command line as it is.
    """

    kind: str
    data: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, kind: str, text: str) -> PlanningSet:
        return cls.from_object(kind, json.loads(text))

    @classmethod
    def from_object(cls, kind: str, raw: Any) -> PlanningSet:
        """A decoded file; a demo or project file may nest the input under the kind's name."""
        if kind not in KINDS:
            raise InputError(f"'{kind}' is not a kind of planning data set")
        if not isinstance(raw, dict):
            raise InputError(tr("file: expected a JSON object {...}"))
        if isinstance(raw.get(kind), dict):
            inner = dict(raw[kind])
            for key in ("name", "description", "illustrative", "sources"):
                if key in raw and key not in inner:
                    inner[key] = raw[key]
            raw = inner
        return cls(kind, copy.deepcopy(raw))

    def to_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False)

    def replaced(self, **changes: Any) -> PlanningSet:
        """A copy with top-level keys changed (a value None removes the key)."""
        data = copy.deepcopy(dict(self.data))
        for k, v in changes.items():
            if v is None:
                data.pop(k, None)
            else:
                data[k] = v
        return PlanningSet(self.kind, data)

    def copy_data(self) -> dict[str, Any]:
        return copy.deepcopy(dict(self.data))

    @property
    def note(self) -> str:
        """The set's description, marked when its values are illustrative."""
        text = str(self.data.get("description") or "")
        if self.data.get("illustrative") and "ILLUSTRATIVE" not in text.upper():
            text = (tr("Illustrative values.") + " " + text).strip()
        sources = self.data.get("sources")
        if isinstance(sources, dict) and sources:
            listed = "; ".join(f"{k}: {v}" for k, v in sources.items())
            text += " " + tr("Sources: {list}").format(list=listed)
        return text


def new_set(kind: str) -> PlanningSet:
    """A small valid set to start from."""
    if kind == "retail":
        return PlanningSet(
            kind,
            {
                "population": 10000,
                "spending_per_capita": 5000,
                "purchasing_power_index": 100,
                "turnover": 45000000,
            },
        )
    if kind == "huff":
        return PlanningSet(
            kind,
            {
                "origins": [
                    {"id": "Zone 1", "spending": 1000000},
                    {"id": "Zone 2", "spending": 1000000},
                ],
                "destinations": [
                    {"id": "Centre 1", "attractiveness": 5000},
                    {"id": "Centre 2", "attractiveness": 5000},
                ],
                "distance": [[5.0, 10.0], [10.0, 5.0]],
                "gamma": 1,
                "lambda": 2,
            },
        )
    if kind == "network":
        return PlanningSet(
            kind,
            {
                "towns": [
                    {"id": "Town A", "population": 20000},
                    {"id": "Town B", "population": 10000},
                ],
                "distance": [[0, 20.0], [20.0, 0]],
                "beta": 2,
            },
        )
    raise InputError(f"'{kind}' is not a kind of planning data set")


# -- typed values -----------------------------------------------------------------------------
def _required(text: str, where: str) -> float:
    value = parse_cell(text, where)
    if value is None:
        raise InputError(tr("{where}: is empty; type a number").format(where=where))
    return value


def _positive(text: str, where: str, *, allow_zero: bool = False) -> float:
    value = _required(text, where)
    if value < 0 or (value == 0 and not allow_zero):
        raise InputError(_bound_error(where, value, allow_zero))
    return value


def _bound_error(where: str, value: float, allow_zero: bool) -> str:
    if allow_zero:
        return tr("{where} must be >= 0 (typed {value})").format(where=where, value=f"{value:g}")
    return tr("{where} must be > 0 (typed {value})").format(where=where, value=f"{value:g}")


def _plain(x: float) -> float | int:
    return int(x) if float(x).is_integer() and abs(x) < 1e15 else float(x)


def fmt(value: float | None, digits: int = 4) -> str:
    """At least ``digits`` significant digits, whole numbers kept whole, in the interface
    locale ("1.234,5" in German)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if value == 0 or 1e-3 <= abs(value) < 1e15:
        whole = len(str(int(abs(value)))) if abs(value) >= 1 else 0
        decimals = max(0, digits - whole)
        text = number(value, decimals)
        point = decimal_point()
        if decimals and point in text:
            text = text.rstrip("0").rstrip(point)
        return text
    return f"{value:.{digits}g}".replace(".", decimal_point())


def edit_text(value: Any) -> str:
    """The text a cell editor starts with (plain digits, no thousands separators)."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{_plain(float(value))}"
    return str(value)


# -- tables the page shows --------------------------------------------------------------------
@dataclass(frozen=True)
class Cell:
    """One table cell: shown ``text``, native ``value`` (sorting), editor text and marks."""

    text: str
    value: Any = None
    edit: str | None = None
    tooltip: str = ""
    flagged: bool = False
    muted: bool = False

    @property
    def editable(self) -> bool:
        return self.edit is not None


@dataclass(frozen=True)
class Table:
    """Rows of cells with column and row headers; ``name`` says which data a cell edit changes."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    column_tips: tuple[str, ...] = ()

    def text(self, row: int, col: int) -> str:
        return self.cells[row][col].text


def _num_cell(value: float | None, editable: bool = True, tip: str = "", digits: int = 4) -> Cell:
    return Cell(fmt(value, digits), value, edit_text(value) if editable else None, tip)


def empty_table(name: str) -> Table:
    return Table(name, (), (), ())


# -- retail -----------------------------------------------------------------------------------
RETAIL_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("population", QT_TR_NOOP("Population"), QT_TR_NOOP("inhabitants")),
    (
        "spending_per_capita",
        QT_TR_NOOP("Retail spending per capita"),
        QT_TR_NOOP("currency per year"),
    ),
    (
        "purchasing_power_index",
        QT_TR_NOOP("Purchasing-power index"),
        QT_TR_NOOP("national average = 100"),
    ),
    (
        "spending_potential",
        QT_TR_NOOP("Spending potential (if known directly)"),
        QT_TR_NOOP("currency per year"),
    ),
    ("turnover", QT_TR_NOOP("Retail turnover"), QT_TR_NOOP("currency per year")),
    (
        "turnover_per_m2",
        QT_TR_NOOP("Turnover per m² of sales floor"),
        QT_TR_NOOP("currency per m²"),
    ),
    (
        "national.turnover_per_capita",
        QT_TR_NOOP("National turnover per capita"),
        QT_TR_NOOP("currency per year"),
    ),
    (
        "national.spending_per_capita",
        QT_TR_NOOP("National spending per capita"),
        QT_TR_NOOP("currency per year"),
    ),
    ("region.sales", QT_TR_NOOP("Regional retail sales"), QT_TR_NOOP("currency per year")),
    ("region.population", QT_TR_NOOP("Regional population"), QT_TR_NOOP("inhabitants")),
)
GROUP_FIELDS = frozenset(
    {"spending_per_capita", "spending_potential", "turnover", "turnover_per_m2"}
)
"""Fields a product group has of its own (population and the index come from the town)."""
RETAIL_LABELS = {k: label for k, label, _u in RETAIL_FIELDS}

RETAIL_RESULTS: tuple[tuple[str, str, str], ...] = (
    (
        "spending_potential",
        QT_TR_NOOP("Spending potential"),
        QT_TR_NOOP("population × spending p.c. × PPI / 100"),
    ),
    ("turnover", QT_TR_NOOP("Turnover"), QT_TR_NOOP("as given")),
    (
        "centrality_simple",
        QT_TR_NOOP("Retail centrality (simple form)"),
        QT_TR_NOOP("turnover / spending potential × 100"),
    ),
    (
        "turnover_index",
        QT_TR_NOOP("Turnover index"),
        QT_TR_NOOP("turnover p.c. / national turnover p.c. × 100"),
    ),
    (
        "centrality_index",
        QT_TR_NOOP("Retail centrality (index form)"),
        QT_TR_NOOP("turnover index / PPI × 100"),
    ),
    (
        "net_flow",
        QT_TR_NOOP("Net flow (+ inflow, − outflow)"),
        QT_TR_NOOP("turnover − spending potential"),
    ),
    ("gap", QT_TR_NOOP("Gap (+ unmet demand)"), QT_TR_NOOP("spending potential − turnover")),
    (
        "leakage_surplus_factor",
        QT_TR_NOOP("Leakage (+) / surplus (−) factor"),
        QT_TR_NOOP("(D − S) / (D + S) × 100"),
    ),
    ("pull_factor", QT_TR_NOOP("Pull factor"), QT_TR_NOOP("sales p.c. / regional sales p.c.")),
    (
        "supportable_floor_space",
        QT_TR_NOOP("Supportable floor space (m²)"),
        QT_TR_NOOP("gap / turnover per m²"),
    ),
)
"""Each figure: its key, its label and its formula (p.c. = per capita, PPI = purchasing-power
index, D = spending potential, S = turnover); the engine's notes are the cells' tooltips."""


def _group_list(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    groups = data.get("groups", [])
    return [g for g in groups if isinstance(g, dict)] if isinstance(groups, list) else []


def retail_columns(rset: PlanningSet) -> list[str]:
    """'Town' and then one column per product group."""
    return [tr("Town"), *(str(g.get("id", "")) for g in _group_list(rset.data))]


def _get(obj: Mapping[str, Any], key: str) -> Any:
    if "." in key:
        outer, inner = key.split(".", 1)
        sub = obj.get(outer)
        return sub.get(inner) if isinstance(sub, dict) else None
    return obj.get(key)


def retail_inputs_table(rset: PlanningSet) -> Table:
    """Rows: the inputs; columns: the town and its product groups (editable)."""
    groups = _group_list(rset.data)
    cells = []
    for key, _label, unit in RETAIL_FIELDS:
        row = [_num_cell(_get(rset.data, key), tip=tr(unit))]
        for g in groups:
            if key in GROUP_FIELDS:
                row.append(_num_cell(_get(g, key), tip=tr(unit)))
            else:
                inherited = (
                    _get(rset.data, key)
                    if key in ("population", "purchasing_power_index")
                    else None
                )
                row.append(
                    Cell(
                        fmt(inherited) if inherited is not None else "",
                        inherited,
                        None,
                        tr("taken from the town")
                        if inherited is not None
                        else tr("a product group uses the town's figures"),
                        muted=True,
                    )
                )
        cells.append(tuple(row))
    return Table(
        "retail_inputs",
        tuple(retail_columns(rset)),
        tuple(tr(label) for _k, label, _u in RETAIL_FIELDS),
        tuple(cells),
    )


def set_retail_value(rset: PlanningSet, column: int, key: str, text: str) -> PlanningSet:
    """A new set with one input changed (empty text removes it); column 0 is the town."""
    where = tr(RETAIL_LABELS[key]) if key in RETAIL_LABELS else key
    value = parse_cell(text, where)
    if value is not None:
        allow_zero = key in ("spending_potential", "turnover")
        if value < 0 or (value == 0 and not allow_zero):
            raise InputError(_bound_error(where, value, allow_zero))
    data = rset.copy_data()
    if column == 0:
        target = data
    else:
        groups = _group_list(data)
        if key not in GROUP_FIELDS:
            raise InputError(
                tr("{where}: a product group takes it from the town").format(where=where)
            )
        target = groups[column - 1]
    if "." in key:
        outer, inner = key.split(".", 1)
        sub = dict(target.get(outer) or {})
        if value is None:
            sub.pop(inner, None)
        else:
            sub[inner] = _plain(value)
        if sub:
            target[outer] = sub
        else:
            target.pop(outer, None)
    elif value is None:
        target.pop(key, None)
    else:
        target[key] = _plain(value)
    new = PlanningSet(rset.kind, data)
    retail_results(new)  # refuse what the engine cannot read
    return new


def retail_results(rset: PlanningSet) -> tuple[RetailMetrics, dict[str, RetailMetrics]]:
    """The engine's figures for the town and for each product group."""
    from decision.retail import parse_retail, retail_metrics

    rf = parse_retail(dict(rset.data))
    return retail_metrics(rf.total), {k: retail_metrics(g) for k, g in rf.groups.items()}


def _retail_missing(key: str, inp: Mapping[str, Any], m: RetailMetrics) -> str:
    """Which input a figure that could not be computed is waiting for."""

    def have(k: str) -> bool:
        return _get(inp, k) is not None

    need: list[str] = []
    pot = m.spending_potential is not None
    if key == "spending_potential":
        need = [] if pot else [tr("population and spending per capita (or the potential)")]
    elif key == "turnover":
        need = [tr("turnover")]
    elif key in (
        "centrality_simple",
        "net_flow",
        "gap",
        "leakage_surplus_factor",
        "supportable_floor_space",
    ):
        if not pot:
            need.append(tr("spending potential (population and spending per capita)"))
        if m.turnover is None:
            need.append(tr("turnover"))
        if key == "supportable_floor_space" and not have("turnover_per_m2"):
            need.append(tr("turnover per m²"))
    elif key in ("turnover_index", "centrality_index"):
        if m.turnover is None:
            need.append(tr("turnover"))
        if not have("population"):
            need.append(tr("population"))
        if not have("national.turnover_per_capita"):
            need.append(tr("national turnover per capita"))
        if key == "centrality_index" and m.purchasing_power_index is None:
            need.append(tr("purchasing-power index (or national spending per capita)"))
    elif key == "pull_factor":
        for k, label in (
            ("population", QT_TR_NOOP("population")),
            ("region.sales", QT_TR_NOOP("regional sales")),
            ("region.population", QT_TR_NOOP("regional population")),
        ):
            if not have(k):
                need.append(tr(label))
        if m.turnover is None:
            need.append(tr("turnover"))
    if not need:
        return tr("cannot be computed from these inputs (e.g. a potential of 0)")
    return tr("missing input: {inputs}").format(inputs=", ".join(need))


def retail_results_table(rset: PlanningSet) -> Table:
    """Rows: the figures, each labelled with its formula; columns: town, groups, formula."""
    total, groups = retail_results(rset)
    inputs: list[Mapping[str, Any]] = [dict(rset.data)]
    for g in _group_list(rset.data):
        merged = dict(g)
        for k in ("population", "purchasing_power_index"):
            merged.setdefault(k, rset.data.get(k))
        inputs.append(merged)
    metrics = [total, *groups.values()]
    cells = []
    for key, label_en, formula_en in RETAIL_RESULTS:
        label, formula = tr(label_en), tr(formula_en)
        row = []
        for inp, m in zip(inputs, metrics, strict=False):
            value = getattr(m, key)
            if value is None:
                row.append(
                    Cell("—", None, None, f"{label}: {_retail_missing(key, inp, m)}", muted=True)
                )
            else:
                digits = 4 if abs(value) >= 100 else 3
                tip = f"{label}: {formula}"
                ppi = m.notes.get("purchasing_power_index")
                if ppi and key in ("spending_potential", "centrality_index"):
                    tip += "\n" + tr("Purchasing-power index: {note}").format(note=engine_text(ppi))
                row.append(Cell(fmt(value, digits), value, None, tip))
        row.append(Cell(formula, formula, None, f"{label}: {formula}"))
        cells.append(tuple(row))
    return Table(
        "retail_results",
        (*retail_columns(rset), tr("Definition")),
        tuple(tr(label) for _k, label, _f in RETAIL_RESULTS),
        tuple(cells),
    )


# -- Huff -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HuffView:
    """What the Huff tab shows: the base run and, with a planned store, the scenario."""

    base: HuffResult
    scenario: ScenarioResult | None
    threshold_pct: float


def _zones(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    return list(data.get("origins") or [])


def _centres(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    return list(data.get("destinations") or [])


def zone_ids(hset: PlanningSet) -> list[str]:
    return [str(z.get("id")) for z in _zones(hset.data)]


def centre_ids(hset: PlanningSet) -> list[str]:
    return [str(c.get("id")) for c in _centres(hset.data)]


def huff_input(hset: PlanningSet) -> Any:
    from decision.retail import parse_huff

    data = {k: v for k, v in hset.data.items() if k != "observed_shares"}
    return parse_huff(data)


def huff_results(hset: PlanningSet) -> HuffView:
    """The engine's base run and the new-store scenario (when one is planned)."""
    from decision.retail import huff, new_store_scenario

    hf = huff_input(hset)
    scenario = None
    if hf.new is not None:
        scenario = new_store_scenario(hf.model, hf.new, threshold_pct=hf.threshold_pct)
    return HuffView(huff(hf.model), scenario, hf.threshold_pct)


def has_observed(hset: PlanningSet) -> bool:
    obs = hset.data.get("observed_shares")
    return isinstance(obs, list) and any(
        v is not None for row in obs if isinstance(row, list) for v in row
    )


def calibrate(hset: PlanningSet) -> Calibration:
    """Least-squares lambda from the observed shares (gamma and distances as they are)."""
    from decision.retail import calibrate_lambda

    if not has_observed(hset):
        raise InputError(tr("observed shares: type at least one share (0–1) to calibrate λ"))
    return calibrate_lambda(huff_input(hset).model, hset.data["observed_shares"])


def zones_table(hset: PlanningSet) -> Table:
    cells = tuple(
        (
            Cell(str(z.get("id")), str(z.get("id")), str(z.get("id")), str(z.get("id"))),
            _num_cell(
                z.get("spending"), tip=tr("retail spending of the zone's residents per year")
            ),
        )
        for z in _zones(hset.data)
    )
    return Table(
        "zones", (tr("Zone"), tr("Spending")), tuple(str(k + 1) for k in range(len(cells))), cells
    )


def centres_table(hset: PlanningSet) -> Table:
    cells = tuple(
        (
            Cell(str(c.get("id")), str(c.get("id")), str(c.get("id")), str(c.get("id"))),
            _num_cell(c.get("attractiveness"), tip=tr("attractiveness, usually sales floor in m²")),
        )
        for c in _centres(hset.data)
    )
    return Table(
        "centres",
        (tr("Centre"), tr("Attractiveness")),
        tuple(str(k + 1) for k in range(len(cells))),
        cells,
    )


def _matrix(data: Mapping[str, Any], key: str, n: int, m: int) -> list[list[Any]]:
    raw = data.get(key)
    rows = raw if isinstance(raw, list) else []
    out = []
    for i in range(n):
        row = rows[i] if i < len(rows) and isinstance(rows[i], list) else []
        out.append([row[j] if j < len(row) else None for j in range(m)])
    return out


def distance_table(hset: PlanningSet) -> Table:
    """Zones x centres; with a planned store, its distances as a last column."""
    zs, cs = zone_ids(hset), centre_ids(hset)
    d = _matrix(hset.data, "distance", len(zs), len(cs))
    n = new_store(hset)
    planned = list(n.get("distance") or []) if n else []
    cells = []
    for i, z in enumerate(zs):
        row = [_num_cell(d[i][j], tip=f"{z} → {c}") for j, c in enumerate(cs)]
        if n is not None:
            v = planned[i] if i < len(planned) else None
            tip = tr("{zone} → {store} (planned new store)").format(zone=z, store=n.get("id"))
            row.append(_num_cell(v, tip=tip))
        cells.append(tuple(row))
    columns = tuple(cs) + ((tr("New store (planned)"),) if n is not None else ())
    store_tip = tr("{store}: the planned new store").format(store=n.get("id")) if n else ""
    tips = tuple(cs) + ((store_tip,) if n is not None else ())
    return Table("distance", columns, tuple(zs), tuple(cells), tips)


def observed_table(hset: PlanningSet) -> Table:
    zs, cs = zone_ids(hset), centre_ids(hset)
    d = _matrix(hset.data, "observed_shares", len(zs), len(cs))
    cells = tuple(
        tuple(
            Cell(
                "" if d[i][j] is None else fmt(d[i][j], 3),
                d[i][j],
                edit_text(d[i][j]),
                tr(
                    "observed share of {zone}'s spending at {centre} (0–1; empty = not surveyed)"
                ).format(zone=z, centre=c),
            )
            for j, c in enumerate(cs)
        )
        for i, z in enumerate(zs)
    )
    return Table("observed", tuple(cs), tuple(zs), cells)


def new_store(hset: PlanningSet) -> dict[str, Any] | None:
    n = hset.data.get("new_destination")
    return dict(n) if isinstance(n, dict) else None


def _check_id(text: str, taken: Sequence[str], what: str) -> str:
    new = " ".join(str(text).split())
    if not new:
        raise InputError(tr("{what} name: is empty; type a name").format(what=tr(what)))
    if new in taken:
        raise InputError(
            tr("{what} '{name}': the name appears twice").format(what=tr(what), name=new)
        )
    return new


def set_huff_cell(hset: PlanningSet, table: str, row: int, col: int, text: str) -> PlanningSet:
    """A new set with one cell of the zones, centres, distance, observed or new-store table
    changed; InputError (one line naming the cell) when the value is not allowed."""
    data = hset.copy_data()
    zs, cs = zone_ids(hset), centre_ids(hset)
    if table == "zones":
        zone = data["origins"][row]
        if col == 0:
            others = [z for k, z in enumerate(zs) if k != row]
            zone["id"] = _check_id(text, others, QT_TR_NOOP("zone"))
        else:
            where = tr("spending of {zone}").format(zone=zs[row])
            zone["spending"] = _plain(_positive(text, where, allow_zero=True))
    elif table == "centres":
        centre = data["destinations"][row]
        if col == 0:
            others = [c for k, c in enumerate(cs) if k != row]
            centre["id"] = _check_id(text, others, QT_TR_NOOP("centre"))
        else:
            where = tr("attractiveness of {centre}").format(centre=cs[row])
            centre["attractiveness"] = _plain(_positive(text, where))
    elif table == "distance" and col < len(cs):
        d = _matrix(data, "distance", len(zs), len(cs))
        where = tr("distance {a} → {b}").format(a=zs[row], b=cs[col])
        d[row][col] = _plain(_positive(text, where))
        data["distance"] = d
    elif table == "observed":
        d = _matrix(data, "observed_shares", len(zs), len(cs))
        where = tr("observed share {zone} → {centre}").format(zone=zs[row], centre=cs[col])
        value = parse_cell(text, where)
        if value is not None and not 0 <= value <= 1:
            raise InputError(
                tr("{where} must lie in 0–1 (typed {value})").format(
                    where=where, value=f"{value:g}"
                )
            )
        d[row][col] = None if value is None else _plain(value)
        if any(v is not None for r in d for v in r):
            data["observed_shares"] = d
        else:
            data.pop("observed_shares", None)
    elif table == "distance":  # the last column: the planned store
        n = dict(data.get("new_destination") or _default_new_store(hset))
        dist = list(n.get("distance") or [NEW_DISTANCE] * len(zs))
        dist += [NEW_DISTANCE] * (len(zs) - len(dist))
        where = tr("distance {a} → {b}").format(a=zs[row], b=n.get("id", tr("new store")))
        dist[row] = _plain(_positive(text, where))
        n["distance"] = dist
        data["new_destination"] = n
    else:
        raise InputError(tr("'{table}' is not a table of the Huff model").format(table=table))
    new = PlanningSet(hset.kind, data)
    huff_results(new)
    return new


def _default_new_store(hset: PlanningSet) -> dict[str, Any]:
    return {
        "id": tr("New store"),
        "attractiveness": 5000,
        "distance": [NEW_DISTANCE] * len(zone_ids(hset)),
    }


def set_new_store(
    hset: PlanningSet,
    *,
    name: str | None = None,
    attractiveness: str | None = None,
    enabled: bool | None = None,
) -> PlanningSet:
    """Plan, change or drop the new store (name and attractiveness as typed)."""
    if enabled is False:
        new = hset.replaced(new_destination=None)
        return new
    n = new_store(hset) or _default_new_store(hset)
    if name is not None:
        n["id"] = _check_id(name, centre_ids(hset), QT_TR_NOOP("new store"))
    if attractiveness is not None:
        where = tr("attractiveness of the new store")
        n["attractiveness"] = _plain(_positive(attractiveness, where))
    new = hset.replaced(new_destination=n)
    huff_results(new)
    return new


def set_exponent(pset: PlanningSet, key: str, text: str) -> PlanningSet:
    """gamma, lambda (Huff) or beta (network), >= 0; or the impact threshold in %."""
    label = {
        "lambda": QT_TR_NOOP("λ (distance exponent)"),
        "gamma": QT_TR_NOOP("γ (attractiveness exponent)"),
        "beta": QT_TR_NOOP("β (distance exponent)"),
        "impact_threshold_pct": QT_TR_NOOP("impact threshold (%)"),
    }
    value = _positive(text, tr(label[key]) if key in label else key, allow_zero=True)
    new = pset.replaced(**{key: _plain(value)})
    check(new)
    return new


def add_zone(hset: PlanningSet) -> PlanningSet:
    data = hset.copy_data()
    zid = _fresh(tr("Zone"), zone_ids(hset))
    data["origins"] = [*_zones(data), {"id": zid, "spending": 0}]
    data["distance"] = [
        *_matrix(data, "distance", len(zone_ids(hset)), len(centre_ids(hset))),
        [NEW_DISTANCE] * len(centre_ids(hset)),
    ]
    if "observed_shares" in data:
        obs = _matrix(data, "observed_shares", len(zone_ids(hset)), len(centre_ids(hset)))
        data["observed_shares"] = [*obs, [None] * len(centre_ids(hset))]
    if isinstance(data.get("new_destination"), dict):
        n = data["new_destination"]
        n["distance"] = [*list(n.get("distance") or []), NEW_DISTANCE]
    return PlanningSet(hset.kind, data)


def remove_zone(hset: PlanningSet, row: int) -> PlanningSet:
    zs = zone_ids(hset)
    if len(zs) <= 1:
        raise InputError(tr("zones: the model needs at least one zone"))
    data = hset.copy_data()
    data["origins"] = [z for k, z in enumerate(_zones(data)) if k != row]
    for key in ("distance", "observed_shares"):
        if isinstance(data.get(key), list):
            data[key] = [r for k, r in enumerate(data[key]) if k != row]
    if isinstance(data.get("new_destination"), dict):
        n = data["new_destination"]
        n["distance"] = [v for k, v in enumerate(n.get("distance") or []) if k != row]
    return PlanningSet(hset.kind, data)


def add_centre(hset: PlanningSet) -> PlanningSet:
    data = hset.copy_data()
    taken = [*centre_ids(hset)]
    if new_store(hset):
        taken.append(str(new_store(hset).get("id")))  # type: ignore[union-attr]
    cid = _fresh(tr("Centre"), taken)
    n, m = len(zone_ids(hset)), len(centre_ids(hset))
    data["destinations"] = [*_centres(data), {"id": cid, "attractiveness": 1000}]
    data["distance"] = [[*r, NEW_DISTANCE] for r in _matrix(data, "distance", n, m)]
    if "observed_shares" in data:
        data["observed_shares"] = [[*r, None] for r in _matrix(data, "observed_shares", n, m)]
    return PlanningSet(hset.kind, data)


def remove_centre(hset: PlanningSet, col: int) -> PlanningSet:
    if len(centre_ids(hset)) <= 1:
        raise InputError(tr("centres: the model needs at least one centre"))
    data = hset.copy_data()
    data["destinations"] = [c for k, c in enumerate(_centres(data)) if k != col]
    for key in ("distance", "observed_shares"):
        if isinstance(data.get(key), list):
            data[key] = [[v for k, v in enumerate(r) if k != col] for r in data[key]]
    return PlanningSet(hset.kind, data)


def _fresh(prefix: str, taken: Sequence[str]) -> str:
    k = len(taken) + 1
    while f"{prefix} {k}" in taken:
        k += 1
    return f"{prefix} {k}"


def probabilities_table(view: HuffView) -> Table:
    b = view.base
    cells = tuple(
        tuple(Cell(percent(float(p) * 100, 1), float(p)) for p in row) for row in b.probabilities
    )
    return Table("probabilities", b.centre_ids, b.zone_ids, cells)


def turnover_table(view: HuffView) -> Table:
    b = view.base
    cells = tuple(
        (Cell(fmt(float(t)), float(t)), Cell(percent(float(s) * 100, 1), float(s)))
        for t, s in zip(b.turnover, b.market_share, strict=True)
    )
    return Table("turnover", (tr("Turnover"), tr("Market share")), b.centre_ids, cells)


def accessibility_table(view: HuffView) -> Table:
    b = view.base
    rule = accessibility_rule(b.conventions)
    cells = tuple((Cell(fmt(float(a)), float(a), None, rule),) for a in b.accessibility)
    return Table("accessibility", (tr("Hansen accessibility"),), b.zone_ids, cells, (rule,))


def _decay(text: str) -> str:
    """The decay term of an engine convention, e.g. ``d^−2`` or ``exp(−0.1 d)``."""
    import re

    found = re.search(r"exp\(-([0-9.eE+-]+) d_ij\)", text)
    if found:
        return f"exp(−{found.group(1)} d)"
    found = re.search(r"d_ij\^-([0-9.eE+-]+)", text)
    return f"d^−{found.group(1)}" if found else "f(d)"


def accessibility_rule(conventions: Mapping[str, Any]) -> str:
    """Hansen accessibility of a zone to the centres, in the interface language."""
    term = _decay(str(conventions.get("accessibility", "")))
    return tr("Hansen (1959): Σ over the centres of attractiveness × {decay}").format(decay=term)


def impact_table(view: HuffView) -> Table:
    """Before, after and % change per existing centre; losses at the threshold or more flagged."""
    sc = view.scenario
    if sc is None:
        return empty_table("impact")
    rows, cells = [], []
    for x in sc.impacts:
        tip = (
            tr("loses {loss} (≥ {threshold})").format(
                loss=percent(-x.change_pct, 1), threshold=percent(sc.threshold_pct, 1)
            )
            if x.flagged
            else ""
        )
        sign = "+" if x.change_pct > 0 else ""
        change = sign + percent(x.change_pct, 1)
        cells.append(
            (
                Cell(fmt(x.before), x.before),
                Cell(fmt(x.after), x.after),
                Cell(change, x.change_pct, None, tip, flagged=x.flagged),
            )
        )
        rows.append(x.id)
    t_new = sc.new_centre_turnover
    share = float(sc.after.market_share[-1]) * 100
    cells.append(
        (
            Cell("—", None),
            Cell(fmt(t_new), t_new),
            Cell(
                tr("{share} share").format(share=percent(share, 1)),
                share,
                None,
                tr("market share of {store}").format(store=sc.new_centre),
            ),
        )
    )
    rows.append(tr("New store (planned)"))
    return Table("impact", (tr("Before"), tr("After"), tr("Change")), tuple(rows), tuple(cells))


@dataclass(frozen=True)
class Bars:
    """Bar chart data: labels, values, their text, and a title for the value axis."""

    labels: tuple[str, ...]
    values: tuple[float, ...]
    texts: tuple[str, ...]
    axis: str


def turnover_bars(view: HuffView) -> Bars:
    """Turnover per centre (in millions when large), labelled with the market share."""
    b = view.base
    top = float(b.turnover.max()) if len(b.turnover) else 0.0
    scale, unit = (
        (1e6, tr("expected turnover (millions)")) if top >= 1e6 else (1.0, tr("expected turnover"))
    )
    return Bars(
        b.centre_ids,
        tuple(float(t) / scale for t in b.turnover),
        tuple(percent(float(s) * 100, 1) for s in b.market_share),
        unit,
    )


# -- network ----------------------------------------------------------------------------------
def _towns(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    return list(data.get("towns") or [])


def town_ids(nset: PlanningSet) -> list[str]:
    return [str(t.get("id")) for t in _towns(nset.data)]


def function_ids(nset: PlanningSet) -> list[str]:
    f = nset.data.get("functions")
    return [str(k) for k in f] if isinstance(f, dict) else []


def network_results(nset: PlanningSet) -> NetworkResult:
    from decision.network import analyse_network, parse_network

    return analyse_network(parse_network(dict(nset.data)))


def towns_table(nset: PlanningSet) -> Table:
    cells = tuple(
        (
            Cell(str(t.get("id")), str(t.get("id")), str(t.get("id")), tr("town name")),
            _num_cell(t.get("population"), tip=tr("inhabitants")),
        )
        for t in _towns(nset.data)
    )
    return Table(
        "towns", (tr("Town"), tr("Population")), tuple(str(k + 1) for k in range(len(cells))), cells
    )


def town_distance_table(nset: PlanningSet) -> Table:
    ts = town_ids(nset)
    d = _matrix(nset.data, "distance", len(ts), len(ts))
    cells = tuple(
        tuple(
            Cell("0", 0.0, None, tr("a town to itself"), muted=True)
            if i == j
            else _num_cell(
                d[i][j], tip=tr("{a} ↔ {b} (both directions change together)").format(a=a, b=b)
            )
            for j, b in enumerate(ts)
        )
        for i, a in enumerate(ts)
    )
    return Table("distance", tuple(ts), tuple(ts), cells)


def functions_table(nset: PlanningSet) -> Table:
    ts, fs = town_ids(nset), function_ids(nset)
    funcs = nset.data.get("functions") or {}
    cells = tuple(
        tuple(
            _num_cell(
                (funcs[f][i] if i < len(funcs[f]) else None),
                tip=tr("outlets of {function} in {town}").format(function=f, town=t),
            )
            for f in fs
        )
        for i, t in enumerate(ts)
    )
    return Table("functions", tuple(fs), tuple(ts), cells)


def set_network_cell(nset: PlanningSet, table: str, row: int, col: int, text: str) -> PlanningSet:
    """A new set with one cell of the towns, distance or functions table changed; a distance
    changes both directions (the matrix stays symmetric)."""
    data = nset.copy_data()
    ts = town_ids(nset)
    if table == "towns":
        town = data["towns"][row]
        if col == 0:
            others = [t for k, t in enumerate(ts) if k != row]
            town["id"] = _check_id(text, others, QT_TR_NOOP("town"))
        else:
            where = tr("population of {town}").format(town=ts[row])
            town["population"] = _plain(_positive(text, where))
    elif table == "distance":
        where = tr("distance {a} → {b}").format(a=ts[row], b=ts[col])
        if row == col:
            raise InputError(tr("{where}: a town is 0 from itself").format(where=where))
        d = _matrix(data, "distance", len(ts), len(ts))
        value = _plain(_positive(text, where))
        d[row][col] = d[col][row] = value
        for i in range(len(ts)):
            d[i][i] = 0
        data["distance"] = d
    elif table == "functions":
        fs = function_ids(nset)
        where = tr("outlets of {function} in {town}").format(function=fs[col], town=ts[row])
        value = _required(text, where)
        if value < 0 or not float(value).is_integer():
            raise InputError(
                tr("{where} must be a whole number >= 0 (typed {value})").format(
                    where=where, value=f"{value:g}"
                )
            )
        counts = list(data["functions"][fs[col]])
        counts[row] = int(value)
        data["functions"][fs[col]] = counts
    else:
        raise InputError(tr("'{table}' is not a table of the town network").format(table=table))
    new = PlanningSet(nset.kind, data)
    network_results(new)
    return new


def add_town(nset: PlanningSet) -> PlanningSet:
    data = nset.copy_data()
    ts = town_ids(nset)
    data["towns"] = [*_towns(data), {"id": _fresh(tr("Town"), ts), "population": 1000}]
    d = _matrix(data, "distance", len(ts), len(ts))
    data["distance"] = [[*r, NEW_DISTANCE] for r in d] + [[NEW_DISTANCE] * len(ts) + [0]]
    if isinstance(data.get("functions"), dict):
        data["functions"] = {k: [*v, 0] for k, v in data["functions"].items()}
    return PlanningSet(nset.kind, data)


def remove_town(nset: PlanningSet, row: int) -> PlanningSet:
    if len(town_ids(nset)) <= 2:
        raise InputError(tr("towns: a network needs at least two towns"))
    data = nset.copy_data()
    data["towns"] = [t for k, t in enumerate(_towns(data)) if k != row]
    data["distance"] = [
        [v for j, v in enumerate(r) if j != row]
        for i, r in enumerate(data.get("distance") or [])
        if i != row
    ]
    if isinstance(data.get("functions"), dict):
        funcs = {k: [v for j, v in enumerate(c) if j != row] for k, c in data["functions"].items()}
        data["functions"] = {k: c for k, c in funcs.items() if sum(c) > 0}
    return PlanningSet(nset.kind, data)


def add_function(nset: PlanningSet, name: str) -> PlanningSet:
    fname = _check_id(name, function_ids(nset), QT_TR_NOOP("function"))
    data = nset.copy_data()
    funcs = dict(data.get("functions") or {})
    funcs[fname] = [1] + [0] * (len(town_ids(nset)) - 1)
    data["functions"] = funcs
    return PlanningSet(nset.kind, data)


def remove_function(nset: PlanningSet, col: int) -> PlanningSet:
    fs = function_ids(nset)
    data = nset.copy_data()
    funcs = {k: v for k, v in (data.get("functions") or {}).items() if k != fs[col]}
    if funcs:
        data["functions"] = funcs
    else:
        data.pop("functions", None)
    return PlanningSet(nset.kind, data)


def network_rules(result: NetworkResult) -> tuple[str, str, str, str]:
    """The conventions of a network run in the interface language: breaking point, gravity,
    accessibility and functional index."""
    conv = result.conventions
    beta = "2"
    found = str(conv.get("gravity", "")).split("beta = ")
    if len(found) > 1:
        beta = found[1].split(",")[0].strip()
    return (
        tr("Converse (1949) breaking point: from a = D_ab / (1 + √(P_b / P_a))"),
        tr("Gravity interaction PᵢPⱼ / dᵢⱼ^β, β = {beta}").format(beta=beta),
        tr("Hansen (1959) accessibility: Σ over the other towns of population × {decay}").format(
            decay=_decay(str(conv.get("accessibility", "")))
        ),
        tr(
            "Davies (1967) functional index: C = 100 / total outlets of a function; index = Σ outlets × C"
        ),
    )


def breaking_table(result: NetworkResult) -> Table:
    rule = network_rules(result)[0]
    cells = tuple(
        (
            Cell(b.a, b.a),
            Cell(b.b, b.b),
            Cell(fmt(b.distance, 3), b.distance),
            Cell(fmt(b.from_a, 3), b.from_a, None, rule),
            Cell(fmt(b.from_b, 3), b.from_b, None, rule),
        )
        for b in result.breaking_points
    )
    return Table(
        "breaking_points",
        (tr("Town a"), tr("Town b"), tr("Distance"), tr("From a"), tr("From b")),
        tuple(str(k + 1) for k in range(len(cells))),
        cells,
        ("", "", "", rule, rule),
    )


def gravity_table(result: NetworkResult) -> Table:
    rule = network_rules(result)[1]
    cells = tuple(
        tuple(
            Cell("—" if i == j else fmt(float(v), 3), float(v), None, rule, muted=i == j)
            for j, v in enumerate(row)
        )
        for i, row in enumerate(result.gravity)
    )
    return Table("gravity", result.town_ids, result.town_ids, cells)


def town_results_table(nset: PlanningSet, result: NetworkResult) -> Table:
    """Per town: population, Hansen accessibility, summed interaction, functional index."""
    pops = {t.get("id"): t.get("population") for t in _towns(nset.data)}
    inter = result.interaction_totals()
    fi = result.functional.index_map() if result.functional else {}
    _bp, _g, acc_rule, fi_rule = network_rules(result)
    cells = []
    for k, t in enumerate(result.town_ids):
        idx = fi.get(t)
        cells.append(
            (
                Cell(fmt(pops.get(t)), pops.get(t)),
                Cell(
                    fmt(float(result.accessibility[k])),
                    float(result.accessibility[k]),
                    None,
                    acc_rule,
                ),
                Cell(
                    fmt(inter[t]),
                    inter[t],
                    None,
                    tr("sum of the town's row of the gravity matrix"),
                ),
                Cell(
                    "—" if idx is None else fmt(idx, 3),
                    idx,
                    None,
                    fi_rule if idx is not None else tr("no functions given"),
                    muted=idx is None,
                ),
            )
        )
    return Table(
        "town_results",
        (tr("Population"), tr("Accessibility"), tr("Interaction"), tr("Functional index")),
        result.town_ids,
        tuple(cells),
        ("", acc_rule, tr("Σ gravity with the other towns"), fi_rule),
    )


def coefficients_table(result: NetworkResult) -> Table:
    f = result.functional
    if f is None:
        return empty_table("coefficients")
    cells = tuple(
        (
            Cell(fmt(float(f.outlets[:, j].sum())), float(f.outlets[:, j].sum())),
            Cell(
                fmt(float(c), 3),
                float(c),
                None,
                tr("location coefficient C = 100 / total outlets"),
            ),
        )
        for j, c in enumerate(f.coefficients)
    )
    return Table(
        "coefficients", (tr("Total outlets"), tr("Location coefficient")), f.function_ids, cells
    )


@dataclass(frozen=True)
class NetworkChart:
    """Towns on a circle (largest first at the top), node size by functional index (or
    population), edge width by gravity interaction relative to the strongest pair."""

    names: tuple[str, ...]
    x: tuple[float, ...]
    y: tuple[float, ...]
    sizes: tuple[float, ...]
    size_by: str
    edges: tuple[tuple[int, int, float], ...]


def network_chart(
    result: NetworkResult, min_size: float = 14, max_size: float = 54
) -> NetworkChart:
    n = len(result.town_ids)
    if result.functional is not None:
        mass = [float(v) for v in result.functional.index]
        size_by = tr("functional index")
    else:
        mass = [float(v) for v in result.gravity.sum(axis=1)]
        size_by = tr("interaction")
    top = max(mass) if mass and max(mass) > 0 else 1.0
    sizes = tuple(min_size + (max_size - min_size) * math.sqrt(max(m, 0) / top) for m in mass)
    xs, ys = [], []
    for k in range(n):
        angle = math.pi / 2 - 2 * math.pi * k / n
        xs.append(math.cos(angle))
        ys.append(math.sin(angle))
    g = result.gravity
    strongest = float(g.max()) if g.size and g.max() > 0 else 1.0
    edges = tuple(
        (i, j, float(g[i, j]) / strongest) for i in range(n) for j in range(i + 1, n) if g[i, j] > 0
    )
    return NetworkChart(result.town_ids, tuple(xs), tuple(ys), sizes, size_by, edges)


# -- checking ---------------------------------------------------------------------------------
def check(pset: PlanningSet) -> None:
    """Raise the engine's one-line error if the set cannot be run."""
    if pset.kind == "retail":
        retail_results(pset)
    elif pset.kind == "huff":
        huff_results(pset)
    else:
        network_results(pset)


# -- import -----------------------------------------------------------------------------------
Grid = list[tuple[int, list[Any]]]
"""Rows of a sheet or CSV file: (1-based row number, raw cells)."""


def import_file(kind: str, path: Path) -> PlanningSet:
    """A data set from JSON (the CLI format), or for Huff and network from .xlsx/.csv.

    Layouts (row 1 is the header; see docs/planning_page.md):
    Huff ``zone | spending | <centre> ...``, then a row ``attractiveness | | <m²> ...``,
    then one row per zone with its spending and its distance to each centre.
    Network ``town | population | <town> ... | <function> ...``: one row per town with its
    population, its distance to every town (0 to itself) and, after the town columns, the
    outlets of each central-place function.
    """
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(
                tr("{file}: not a readable JSON file ({reason})").format(file=path.name, reason=exc)
            ) from None
        pset = PlanningSet.from_object(kind, raw)
        check(pset)
        return pset
    if kind == "retail":
        raise InputError(
            tr("{file}: retail figures are imported from JSON files").format(file=path.name)
        )
    if suffix == ".csv":
        grid, where, number = _csv_grid(path)
    elif suffix in (".xlsx", ".xlsm"):
        grid, where, number = _xlsx_grid(path, kind)
    else:
        raise InputError(
            tr("{file}: import reads .xlsx, .csv or .json files").format(file=path.name)
        )
    data = _huff_grid(grid, where, number) if kind == "huff" else _network_grid(grid, where, number)
    data["name"] = path.stem
    pset = PlanningSet(kind, data)
    check(pset)
    return pset


Where = Callable[[int, int], str]
Number = Callable[[Any, str], float | None]


def _csv_grid(path: Path) -> tuple[Grid, Where, Number]:
    from app.storage.formats.csv_cells import Numbers, decode, sniff_delimiter, split_rows

    text = decode(path.read_bytes())
    delimiter = sniff_delimiter(text)
    rows = split_rows(text, delimiter)
    numbers = Numbers(delimiter)

    def number(value: Any, where: str) -> float | None:
        return numbers.parse(value, where) if str(value or "").strip() else None

    def where(line: int, col: int) -> str:
        return tr("{file}, row {row}, column {column}").format(
            file=path.name, row=line, column=col + 1
        )

    return [(r.line, list(r.cells)) for r in rows], where, number


def _xlsx_grid(path: Path, kind: str) -> tuple[Grid, Where, Number]:
    from openpyxl.utils import get_column_letter

    from app.storage.formats.excel_cells import as_number, is_blank, load_sheets

    wanted = ("huff", "zones") if kind == "huff" else ("network", "towns")
    sheets = load_sheets(path, wanted)
    sheet = next((sheets[k] for k in wanted if k in sheets), None)
    if sheet is None:
        raise InputError(
            tr("{file}: has no sheet named '{sheet}' (see the documented layout)").format(
                file=path.name, sheet=wanted[0].title()
            )
        )
    grid = [
        (k + 1, list(row)) for k, row in enumerate(sheet.rows) if not all(is_blank(v) for v in row)
    ]

    def number(value: Any, where: str) -> float | None:
        return None if is_blank(value) else as_number(value, lambda: where)

    def where(line: int, col: int) -> str:
        return tr("sheet '{sheet}', row {row}, column {column}").format(
            sheet=sheet.title, row=line, column=get_column_letter(col + 1)
        )

    return grid, where, number


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _header(grid: Grid, where: Where, first: str, second: str) -> list[str]:
    if not grid:
        raise InputError(tr("the file is empty"))
    line, head = grid[0]
    labels = [_text(v) for v in head]
    if len(labels) < 3 or labels[0].lower() != first or labels[1].lower() != second:
        raise InputError(
            tr("{where}: the header must start with '{first}', '{second}' and then names").format(
                where=where(line, 0), first=first, second=second
            )
        )
    while labels and not labels[-1]:
        labels.pop()
    for c, label in enumerate(labels[2:], start=2):
        if not label:
            raise InputError(tr("{where}: the header cell is empty").format(where=where(line, c)))
    return labels[2:]


def _huff_grid(grid: Grid, where: Where, number: Number) -> dict[str, Any]:
    centres = _header(grid, where, "zone", "spending")
    if len(set(centres)) != len(centres):
        raise InputError(
            tr("{where}: a centre name appears twice in the header").format(
                where=where(grid[0][0], 2)
            )
        )
    attract: list[Any] | None = None
    zones, dist = [], []
    for line, cells in grid[1:]:
        label = _text(cells[0] if cells else "")
        if not label:
            raise InputError(tr("{where}: the zone name is empty").format(where=where(line, 0)))

        def val(c: int, line: int = line, cells: list[Any] = cells) -> float | None:
            return number(cells[c] if c < len(cells) else None, where(line, c))

        if label.lower() == "attractiveness":
            attract = [val(c + 2) for c in range(len(centres))]
            for c, a in enumerate(attract):
                if a is None:
                    raise InputError(
                        tr("{where}: the attractiveness is empty").format(where=where(line, c + 2))
                    )
            continue
        spending = val(1)
        if spending is None:
            raise InputError(
                tr("{where}: the spending of {zone} is empty").format(
                    where=where(line, 1), zone=label
                )
            )
        row = []
        for c, centre in enumerate(centres):
            d = val(c + 2)
            if d is None or d <= 0:
                raise InputError(
                    tr("{where}: distance {a} → {b} must be > 0").format(
                        where=where(line, c + 2), a=label, b=centre
                    )
                )
            row.append(_plain(d))
        zones.append({"id": label, "spending": _plain(spending)})
        dist.append(row)
    if attract is None:
        raise InputError(tr("no row 'attractiveness' (the centres' floor space) below the header"))
    if not zones:
        raise InputError(tr("no zone rows below the header"))
    return {
        "origins": zones,
        "destinations": [
            {"id": c, "attractiveness": _plain(a)} for c, a in zip(centres, attract, strict=True)
        ],
        "distance": dist,
        "gamma": 1,
        "lambda": 2,
    }


def _network_grid(grid: Grid, where: Where, number: Number) -> dict[str, Any]:
    names = _header(grid, where, "town", "population")
    rows = grid[1:]
    towns = [_text(cells[0] if cells else "") for _l, cells in rows]
    for (line, _c), t in zip(rows, towns, strict=True):
        if not t:
            raise InputError(tr("{where}: the town name is empty").format(where=where(line, 0)))
    n = len(towns)
    if names[:n] != towns:
        raise InputError(
            tr(
                "{where}: after 'population' the header must name the towns in the order of "
                "the rows ({towns}), then the functions"
            ).format(where=where(grid[0][0], 2), towns=", ".join(towns))
        )
    functions = names[n:]
    out_towns, dist = [], []
    funcs: dict[str, list[int]] = {f: [] for f in functions}
    for (line, cells), town in zip(rows, towns, strict=True):

        def val(c: int, line: int = line, cells: list[Any] = cells) -> float | None:
            return number(cells[c] if c < len(cells) else None, where(line, c))

        pop = val(1)
        if pop is None:
            raise InputError(
                tr("{where}: the population of {town} is empty").format(
                    where=where(line, 1), town=town
                )
            )
        out_towns.append({"id": town, "population": _plain(pop)})
        dist.append([_plain(val(c + 2) or 0.0) for c in range(n)])
        for k, f in enumerate(functions):
            v = val(n + 2 + k)
            if v is not None and (v < 0 or not v.is_integer()):
                raise InputError(
                    tr("{where}: outlets must be a whole number >= 0").format(
                        where=where(line, n + 2 + k)
                    )
                )
            funcs[f].append(int(v or 0))
    data: dict[str, Any] = {"towns": out_towns, "distance": dist, "beta": 2}
    if funcs:
        data["functions"] = funcs
    return data
