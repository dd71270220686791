"""The benchmarking report's inputs, frozen: one data set, its composite, uncertainty and peers.

``build_report`` computes what the report prints (composite, peer comparison, data hash);
``app.memo.benchmark_content`` turns it into blocks and ``app.memo.benchmark_export``
writes them as PDF, DOCX or HTML. Words and dates follow the language active when it is built.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app import i18n
from app.i18n import QT_TR_NOOP, tr
from decision.composite import (
    CompositeData,
    CompositeResult,
    CompositeSettings,
    PeerComparison,
    UncertaintyResult,
    compare_with_peers,
    composite,
    composite_to_json,
)
from decision.errors import InputError

DEFAULT_NAME = QT_TR_NOOP("Benchmark")


@dataclass(frozen=True)
class SourceNote:
    """Where one value (a cell, or a town's population) comes from; ``illustrative`` when not
    from a named source."""

    unit: str
    indicator: str  # "" for the town's own data (population)
    source: str
    illustrative: bool


@dataclass(frozen=True)
class BenchmarkReport:
    """Everything the report prints, computed once (regenerating gives the same text)."""

    title: str
    date: str
    data: CompositeData
    result: CompositeResult
    uncertainty: UncertaintyResult | None = None
    peers: PeerComparison | None = None
    description: str = ""
    sources: tuple[SourceNote, ...] = ()
    settings_json: Mapping[str, Any] = field(default_factory=dict)
    data_hash: str = ""
    app_version: str = ""

    @property
    def name(self) -> str:
        return self.data.name or tr(DEFAULT_NAME)

    def label(self, indicator: str) -> str:
        """The indicator's name (its id when it has none)."""
        for ind in self.data.indicators:
            if ind.id == indicator:
                return ind.label
        return indicator


def build_report(
    data: CompositeData,
    settings: CompositeSettings | None = None,
    *,
    uncertainty: UncertaintyResult | None = None,
    town: str | None = None,
    peers: Sequence[str] = (),
    extras: Mapping[str, Any] | None = None,
    title: str | None = None,
    now: dt.datetime | None = None,
) -> BenchmarkReport:
    """Compute the report of ``data`` with ``settings``.

    ``uncertainty`` must belong to the same data and settings (the page passes its last run
    only while it is current). ``town`` (default: the settings' reference town, if any) is
    compared with the mean of ``peers`` (default: all other towns ranked); no town, no peer
    section. The words and numbers are in the language active now (``app.i18n``). ``extras`` is the benchmarking file object (``description``, ``cell_sources``,
    per-town ``source`` and ``illustrative``), used for the notes on sources.

    Raises
    ------
    InputError
        An unknown town or peer, or an uncertainty result of other towns.
    """
    from app import __version__

    s = settings or CompositeSettings()
    result = composite(data, s)
    if uncertainty is not None and tuple(uncertainty.unit_ids) != tuple(result.unit_ids):
        raise InputError(tr("the uncertainty run belongs to other towns: run it again"))
    chosen = town if town is not None else s.reference
    comparison = None
    if chosen is not None:
        if chosen not in data.unit_ids:
            raise InputError(
                tr("town '{town}' is not one of the towns").format(town=chosen),
                alternative=chosen,
            )
        if chosen in result.unit_ids:
            comparison = compare_with_peers(
                result, chosen, [p for p in peers if p != chosen] or None
            )
    extras = extras or {}
    unc_block = None
    if uncertainty is not None:
        unc_block = {
            "runs": uncertainty.runs,
            "seed": uncertainty.seed,
            "normalizations": list(uncertainty.normalizations),
            "aggregations": list(uncertainty.aggregations),
        }
    file_json = composite_to_json(data, s)
    settings_json = {
        k: v for k, v in file_json.items() if k not in ("units", "indicators", "matrix", "name")
    }
    canonical = json.dumps(
        {"data": file_json, "uncertainty": unc_block},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    when = now or dt.datetime.now()
    return BenchmarkReport(
        title=title or tr("Benchmarking report: {name}").format(name=data.name or tr(DEFAULT_NAME)),
        date=i18n.date(when),
        data=data,
        result=result,
        uncertainty=uncertainty,
        peers=comparison,
        description=str(extras.get("description") or ""),
        sources=_sources(extras),
        settings_json=settings_json,
        data_hash=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
        app_version=__version__,
    )


def report_from_file(
    raw: Mapping[str, Any],
    *,
    uncertainty: UncertaintyResult | None = None,
    run_uncertainty: bool = False,
    town: str | None = None,
    peers: Sequence[str] = (),
    now: dt.datetime | None = None,
) -> BenchmarkReport:
    """The report of a benchmarking file object (``innocite composite`` format).

    With ``run_uncertainty`` and an ``uncertainty`` block in the file, the Monte Carlo runs
    here (as ``innocite composite`` does).
    """
    from decision.composite import parse_composite
    from decision.composite import uncertainty as run_mc

    cf = parse_composite(raw)
    unc = uncertainty
    if unc is None and run_uncertainty and cf.uncertainty is not None:
        unc = run_mc(cf.data, cf.settings, cf.uncertainty)
    return build_report(
        cf.data, cf.settings, uncertainty=unc, town=town, peers=peers, extras=raw, now=now
    )


def _sources(extras: Mapping[str, Any]) -> tuple[SourceNote, ...]:
    out: list[SourceNote] = []
    units = extras.get("units")
    for u in units if isinstance(units, list) else []:
        if isinstance(u, Mapping) and (u.get("source") or u.get("illustrative") is not None):
            out.append(
                SourceNote(
                    str(u.get("id", u.get("name", ""))),
                    "",
                    str(u.get("source") or ""),
                    bool(u.get("illustrative")),
                )
            )
    cells = extras.get("cell_sources")
    for c in cells if isinstance(cells, list) else []:
        if isinstance(c, Mapping) and c.get("unit") and c.get("indicator"):
            out.append(
                SourceNote(
                    str(c["unit"]),
                    str(c["indicator"]),
                    str(c.get("source") or ""),
                    bool(c.get("illustrative")),
                )
            )
    return tuple(out)
