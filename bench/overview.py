"""Overview refresh with 100k households and 500k activities, against a bare COUNT(*).

    uv run python -m bench.overview [--households 100000] [--activities 500000] [--db URL]

Builds the data once (SQLite file in a temporary folder unless --db names an empty
database), then times, medians of --runs: the baseline (SELECT COUNT(*) FROM activity),
the overview figures (all the GROUP BY queries), and the whole refresh the page runs in
its worker (figures + the four charts rendered to PNG). Goal: refresh ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from bench.casework_data import add_casework
from bench.generate import fill_database
from database.models import Activity, Household, PlanItem
from desktop.db import open_database
from desktop.reports.charts import render_chart
from desktop.reports.figures import overview_figures
from desktop.reports.overview_charts import overview_charts
from desktop.thai import fiscal_year_be

TODAY = dt.date(2025, 3, 12)  # inside the generated data's second fiscal year (2568)


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm caches once
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--activities", type=int, default=500_000)
    parser.add_argument("--plan-items", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", help="an EMPTY database URL (default: a temporary SQLite file)")
    parser.add_argument("--keep", type=Path, help="SQLite file to build once and reuse on later runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="amphoe-bench-") as scratch:
        reuse = args.keep is not None and args.keep.exists()
        url = args.db or f"sqlite:///{args.keep or Path(scratch) / 'bench.sqlite3'}"
        database = open_database(url)
        started = time.perf_counter()
        if not reuse:
            fill_database(database, args.households)
            add_casework(database, args.activities, args.plan_items)
        with database.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        with database.session() as session:
            counts = [
                session.scalar(select(func.count()).select_from(t)) for t in (Household, Activity, PlanItem)
            ]
        dialect, seconds = database.engine.dialect.name, time.perf_counter() - started
        print(f"data: {counts[0]:,} households, {counts[1]:,} activities, {counts[2]:,} plan items "
              f"on {dialect} ({seconds:.0f} s to build)")  # fmt: skip
        year = fiscal_year_be(TODAY)

        def baseline() -> object:
            with database.session() as session:
                return session.scalar(select(func.count()).select_from(Activity))

        def figures() -> object:
            with database.session() as session:
                return overview_figures(session, year, TODAY)

        def refresh() -> object:
            with database.session() as session:
                result = overview_figures(session, year, TODAY)
            return [render_chart(spec) for spec in overview_charts(result).values()]

        base = median_ms(baseline, args.runs)
        queries = median_ms(figures, args.runs)
        whole = median_ms(refresh, args.runs)
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        print(f"baseline COUNT(*) of activities: {base:7.1f} ms")
        print(f"overview figures (queries):      {queries:7.1f} ms  ({queries / base:.1f}× baseline)")
        print(
            f"overview refresh (+ 4 charts):   {whole:7.1f} ms  ({whole / base:.1f}× baseline)  goal ≤ 300 ms"
        )
        database.dispose()


if __name__ == "__main__":
    main()
