"""Results page at 1,000 x 20: weight change to table and chart updated, beside engine and rebuild baselines."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

M, N, REPEAT = 1000, 20, 30
_REMOVED: list[Any] = []


def make_problem(m: int = M, n: int = N, seed: int = 1) -> Any:
    from decision.problem import Alternative, Criterion, Problem

    rng = np.random.default_rng(seed)
    crit = [
        Criterion(
            f"c{j}",
            f"Criterion {j}",
            direction="cost" if j % 4 == 0 else "benefit",
            weight=float(rng.uniform(1, 5)),
        )
        for j in range(n)
    ]
    alts = [Alternative(f"a{i}", f"Option {i}") for i in range(m)]
    return Problem.create(f"bench {m}x{n}", crit, alts, rng.uniform(1, 100, (m, n)))


def stats(samples: list[float]) -> tuple[float, float]:
    """Median and 90th percentile, in ms."""
    ms = [1000.0 * s for s in samples]
    return statistics.median(ms), statistics.quantiles(ms, n=10)[8]


def wait_updated(app: Any, page: Any, ranking_before: int, chart_before: int) -> None:
    """Process events until the table model and the chart have both been updated (and painted)."""
    while page.ranking.updates == ranking_before or page.chart.updates == chart_before:
        app.processEvents()
    app.processEvents()  # the repaint the update scheduled


def rebuild_chart(page: Any) -> None:
    """Baseline: what the chart costs when its bar items are made again on every update."""
    chart = page.chart
    chart.plot.removeItem(chart.score_bars)
    for item in chart.stack:
        chart.legend.removeItem(item)
        chart.plot.removeItem(item)
    _REMOVED.extend([chart.score_bars, *chart.stack])  # freed after the run, not mid-paint
    pg = chart._pg
    chart.score_bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, brush="#3b7dd8")
    chart.plot.addItem(chart.score_bars)
    chart.stack, chart._stack_names = [], ()


def none_refs_lost_per_call(fn: Callable[[], Any], calls: int = 200) -> float:
    before = sys.getrefcount(None)
    for _ in range(calls):
        fn()
    return (before - sys.getrefcount(None)) / calls


def main(repeat: int = REPEAT) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.services.project_session import ProjectSession
    from app.services.results_logic import compute_outcome
    from app.storage.database import open_database
    from app.storage.repository import ProjectRepository
    from app.storage.schema import ensure_schema
    from app.widgets.results_page import ResultsPage
    from decision.evaluate import rank

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        ensure_schema(db)
        repo = ProjectRepository(db.session)
        summary = repo.save_problem(make_problem(), who="bench")

        # every save on the GUI thread is timed where it happens: repository.sync_problem
        saves: list[float] = []
        sync = repo.sync_problem

        def timed_sync(*args: Any, **kwargs: Any) -> int:
            t = time.perf_counter()
            try:
                return sync(*args, **kwargs)
            finally:
                saves.append(time.perf_counter() - t)

        repo.sync_problem = timed_sync  # type: ignore[method-assign]
        session = ProjectSession(repo, who="bench")
        assert session.open(summary.id)
        page = ResultsPage(session)
        page.resize(1400, 900)
        page.show()
        app.processEvents()
        assert not page.uses_worker(session.problem, "topsis"), "1000 x 20 runs on the GUI thread"
        from PySide6.QtGui import QColor

        colour = QColor(1, 2, 3)
        lost_void = none_refs_lost_per_call(lambda: colour.setAlpha(10))
        outcome0 = page.outcome
        lost_update = none_refs_lost_per_call(
            lambda: (page._apply(outcome0, page._generation), page.chart.plot.repaint()), 50
        )
        rng = np.random.default_rng(2)
        leaf_ids = list(session.problem.leaf_ids)

        def whatif_once(flush: Callable[[], None]) -> float:
            cid = leaf_ids[int(rng.integers(len(leaf_ids)))]
            before = (page.ranking.updates, page.chart.updates)
            t = time.perf_counter()
            page.set_whatif_share(cid, float(rng.uniform(0.02, 0.3)))  # the slider's slot
            flush()
            wait_updated(app, page, *before)
            return time.perf_counter() - t

        rows: list[tuple[str, list[float]]] = []
        for method in ("topsis", "wsm"):
            page.set_method(method)
            page.recompute_now()
            app.processEvents()
            saves.clear()
            whatif = [whatif_once(page.flush_whatif) for _ in range(repeat)]
            rows.append((f"{method}: weight change → table + chart (debounce bypassed)", whatif))
            rows.append((f"{method}: of which the save (session.edit → sync_problem)", list(saves)))
            problem = session.problem
            params = page.parameters()
            rows.append(
                (
                    f"{method}: compute_outcome (method + 5-method agreement)",
                    _timed(lambda p=problem, k=method, a=params: compute_outcome(p, k, a), repeat),
                )
            )
            rows.append(
                (
                    f"{method}: baseline, bare engine rank()",
                    _timed(lambda p=problem, k=method, a=params: rank(p, k, a), repeat),
                )
            )
            # the page's update alone, in place, against making the bar items again
            outcome = page.outcome
            in_place, rebuilt = [], []
            for _ in range(repeat):
                before = (page.ranking.updates, page.chart.updates)
                t = time.perf_counter()
                page._apply(outcome, page._generation)
                wait_updated(app, page, *before)
                in_place.append(time.perf_counter() - t)
                before = (page.ranking.updates, page.chart.updates)
                t = time.perf_counter()
                rebuild_chart(page)
                page._apply(outcome, page._generation)
                wait_updated(app, page, *before)
                rebuilt.append(time.perf_counter() - t)
            rows.append((f"{method}: table + chart update in place (setOpts)", in_place))
            rows.append((f"{method}: baseline, chart items rebuilt each update", rebuilt))

        # with the 50 ms debounce: what the user waits for after the last slider step
        page.set_method("topsis")
        page.recompute_now()
        with_debounce = [whatif_once(lambda: None) for _ in range(min(repeat, 15))]
        rows.append(("topsis: weight change → updated, with the 50 ms debounce", with_debounce))
        page.worker.wait()
        page.close()
        session.close()
        db.close()

    print(f"Results page, {M} alternatives x {N} criteria, {repeat} repetitions, offscreen")
    import PySide6

    print(
        f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}: references to None "
        f"lost per void Qt call {lost_void:.0f}, per chart update + repaint {lost_update:.0f}"
    )
    print(f"| {'measurement':<66} | median ms | p90 ms |")
    print(f"|{'-' * 68}|----------:|-------:|")
    table: dict[str, tuple[float, float]] = {}
    for name, samples in rows:
        med, p90 = stats(samples)
        table[name] = (med, p90)
        print(f"| {name:<66} | {med:9.1f} | {p90:6.1f} |")
    print()
    for method in ("topsis", "wsm"):
        full = table[f"{method}: weight change → table + chart (debounce bypassed)"][0]
        engine = table[f"{method}: baseline, bare engine rank()"][0]
        place = table[f"{method}: table + chart update in place (setOpts)"][0]
        rebuild = table[f"{method}: baseline, chart items rebuilt each update"][0]
        save = table[f"{method}: of which the save (session.edit → sync_problem)"]
        print(
            f"{method}: weight change / bare rank() = {full / engine:.0f}x; "
            f"rebuilt / in place = {rebuild / place:.2f}x; "
            f"bar 100 ms median: {'met' if full <= 100 else 'MISSED'}; "
            f"save {save[0]:.1f} ms median, {save[1]:.1f} ms p90 "
            f"(bar 50 ms: {'met' if save[1] <= 50 else 'MISSED'})"
        )


def _timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    fn()  # warm up
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


if __name__ == "__main__":
    main()
