"""Overview refresh with 100k households and 500k activities, against a bare COUNT(*).

    uv run python -m bench.overview [--households 100000] [--activities 500000] [--db URL]

Builds the data once (SQLite file in a temporary folder unless --db names an empty
database), then times, medians of --runs: the baseline (SELECT COUNT(*) FROM activity),
the overview figures (all the GROUP BY queries), and the whole refresh the page runs in
its worker (figures + the four charts rendered to PNG). Goal: refresh ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from bench.casework_data import add_casework
from bench.generate import fill_database
from database.models import Activity
from desktop.db import open_database
from desktop.reports.charts import render_chart
from desktop.reports.figures import overview_figures
from desktop.reports.overview_charts import overview_charts
from desktop.thai import fiscal_year_be


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="amphoe-bench-") as scratch:
        url = args.db or f"sqlite:///{Path(scratch) / 'bench.sqlite3'}"
        database = open_database(url)
        started = time.perf_counter()
        fill_database(database, args.households)
        add_casework(database, args.activities, args.plan_items)
        with database.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        print(f"data: {args.households:,} households, {args.activities:,} activities, "
              f"{args.plan_items:,} plan items on {database.engine.dialect.name} "
              f"({time.perf_counter() - started:.0f} s to build)")  # fmt: skip
        year = fiscal_year_be(__import__("datetime").date(2025, 3, 12))

        def baseline() -> object:
            with database.session() as session:
                return session.scalar(select(func.count()).select_from(Activity))

        def figures() -> object:
            with database.session() as session:
                return overview_figures(session, year)

        def refresh() -> object:
            with database.session() as session:
                result = overview_figures(session, year)
            return [render_chart(spec) for spec in overview_charts(result).values()]

        base = median_ms(baseline, args.runs)
        queries = median_ms(figures, args.runs)
        whole = median_ms(refresh, args.runs)
        print(f"baseline COUNT(*) of activities: {base:7.1f} ms")
        print(f"overview figures (queries):      {queries:7.1f} ms  ({queries / base:.1f}× baseline)")
        print(
            f"overview refresh (+ 4 charts):   {whole:7.1f} ms  ({whole / base:.1f}× baseline)  goal ≤ 300 ms"
        )
        database.dispose()


if __name__ == "__main__":
    main()
