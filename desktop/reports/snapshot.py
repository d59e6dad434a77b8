"""The overview as last counted, kept in the data folder so the next start shows it at once.

Counting 100k households needs SQLAlchemy, the models and a few seconds of a loaded machine;
the clerk should not stare at an empty first page meanwhile. Each fresh count of the current
fiscal year is saved here (figures and the drawn charts), and at start-up the window shows
it labelled with when it was counted ("ข้อมูล ณ …") until the fresh figures replace it.

Never trusted: a snapshot of another database (its URL, password left out), another window
language, another fiscal year or format, or one that cannot be read whole, is ignored. It is
written beside its final name and renamed, so it is whole or absent (a leftover of a killed
write is named as desktop.files' partial files, which the start-up sweep removes).
No Qt and no database library here: ui.app reads it before either is loaded.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import threading
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from desktop import paths
from desktop.reports.chart_result import BarRegion, ChartFailed, RenderedChart
from desktop.reports.overview_data import (
    CHART_NAMES,
    DeadlineDue,
    MonthCount,
    OverviewFigures,
    PlanFigures,
    ProgrammeProgress,
)
from desktop.thai import fiscal_year_be

log = logging.getLogger("amphoe.reports")

FORMAT = 1  # raised when what is saved changes: an older file is then ignored
FILE_NAME = "overview-snapshot.json"
SCREEN_SCALE = 2  # pixels per logical pixel of a saved chart: sharp on a 200 % screen too


@dataclass
class Snapshot:
    counted_at: dt.datetime  # aware (UTC): when these figures were counted
    figures: OverviewFigures
    charts: dict[str, RenderedChart | ChartFailed]
    years: list[int]


def snapshot_path() -> Path:
    return paths.data_dir() / FILE_NAME


def database_key(url: str) -> str:
    """Which database a snapshot belongs to: its URL without the password, hashed (the file
    then names no server or user either)."""
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)
    if len(netloc) == 2:
        netloc[0] = netloc[0].split(":", 1)[0]
    cleaned = urlunsplit(parts._replace(netloc="@".join(netloc)))
    return hashlib.sha256(cleaned.encode("utf-8")).hexdigest()


def for_screen(chart: RenderedChart) -> RenderedChart:
    """The chart at SCREEN_SCALE: a saved chart is only ever shown on screen (a report draws
    its own), and 4/9 of the print pixels make the next start's reading and drawing quicker."""
    if chart.scale <= SCREEN_SCALE:
        return chart
    from PIL import Image

    size = (chart.width * SCREEN_SCALE, chart.height * SCREEN_SCALE)
    pixels = Image.frombytes("RGB", chart.pixel_size, chart.rgb).resize(size, Image.Resampling.LANCZOS)
    return RenderedChart(pixels.tobytes(), chart.width, chart.height, SCREEN_SCALE, chart.regions)


def save(snapshot: Snapshot, database_url: str, language: str, path: Path | None = None) -> None:
    """Write the snapshot whole (or leave the previous one); a failure is only logged: the
    window works without it."""
    from desktop.files import temporary_name  # only the worker that counted writes: not at start-up

    charts: dict[str, Any] = {}
    for name, chart in snapshot.charts.items():
        if isinstance(chart, ChartFailed):
            charts[name] = {"failed": chart.error}
        else:
            shown = for_screen(chart)
            charts[name] = {
                "rgb": base64.b64encode(zlib.compress(shown.rgb, 1)).decode("ascii"),
                "width": shown.width,
                "height": shown.height,
                "scale": shown.scale,
                "regions": [asdict(region) for region in shown.regions],
            }
    document = {
        "format": FORMAT,
        "database": database_key(database_url),
        "language": language,
        "counted_at": snapshot.counted_at.isoformat(),
        "figures": asdict(snapshot.figures),
        "charts": charts,
        "years": snapshot.years,
    }
    text = json.dumps(document, ensure_ascii=False, default=_iso)
    final = path or snapshot_path()
    temporary = temporary_name(final)  # its own name: two counts saving at once never mix
    try:
        temporary.write_text(text, encoding="utf-8")
        # No fsync: after a power cut the file may be cut short, and load() then ignores it.
        os.replace(temporary, final)
    except OSError as error:
        log.warning("the overview snapshot was not saved: %s", error)
        with contextlib.suppress(OSError):
            temporary.unlink()


def save_in_background(snapshot: Snapshot, database_url: str, language: str) -> threading.Thread:
    """save() on a thread of its own, so the fresh figures show without waiting for it; not a
    daemon: a program closing at once still finishes writing (well under a second)."""
    thread = threading.Thread(
        target=save, args=(snapshot, database_url, language), name="overview-snapshot", daemon=False
    )
    thread.start()
    return thread


def load(database_url: str, language: str, today: dt.date, path: Path | None = None) -> Snapshot | None:
    """The saved overview of this database, language and today's fiscal year, else None."""
    path = path or snapshot_path()
    try:
        document = json.loads(path.read_bytes())
        if (
            document["format"] != FORMAT
            or document["database"] != database_key(database_url)
            or document["language"] != language
        ):
            return None
        figures = _figures(document["figures"])
        if figures.fiscal_year_be != fiscal_year_be(today):
            return None  # a new fiscal year began: last year's page would mislead
        counted_at = dt.datetime.fromisoformat(document["counted_at"])
        if counted_at.tzinfo is None:
            return None
        charts = {name: _chart(document["charts"][name]) for name in CHART_NAMES}
        years = [int(year) for year in document["years"]]
    except FileNotFoundError:
        return None
    except Exception as error:  # unreadable, cut short, edited: counted afresh instead
        log.info("the overview snapshot %s is ignored: %s", path, error)
        return None
    return Snapshot(counted_at, figures, charts, years)


def _iso(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not saved in a snapshot")


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _figures(raw: dict[str, Any]) -> OverviewFigures:
    """Back from JSON, every field checked for its type (JSON keys are strings)."""

    def counts(mapping: dict[str, Any]) -> dict[str, int]:
        return {str(key): int(value) for key, value in mapping.items()}

    def by_int(mapping: dict[str, Any]) -> dict[int, int]:
        return {int(key): int(value) for key, value in mapping.items()}

    return OverviewFigures(
        fiscal_year_be=int(raw["fiscal_year_be"]),
        start=_date(raw["start"]),
        end=_date(raw["end"]),
        today=_date(raw["today"]),
        office=str(raw["office"]),
        households=int(raw["households"]),
        by_group=by_int(raw["by_group"]),
        by_logbook=counts(raw["by_logbook"]),
        by_stage=counts(raw["by_stage"]),
        by_subdistrict=counts(raw["by_subdistrict"]),
        group_by_subdistrict={str(k): by_int(v) for k, v in raw["group_by_subdistrict"].items()},
        stage_by_group={int(k): counts(v) for k, v in raw["stage_by_group"].items()},
        plan=PlanFigures(**{key: int(value) for key, value in raw["plan"].items()}),
        months=[
            MonthCount(_date(m["month"]), int(m["activities"]), int(m["entered"])) for m in raw["months"]
        ],
        this_month=_date(raw["this_month"]),
        deadlines=[
            DeadlineDue(
                int(d["id"]),
                _date(d["due_on"]),
                str(d["description"]),
                str(d["circular_reference"]),
                bool(d["overdue"]),
            )
            for d in raw["deadlines"]
        ],
        programmes=[
            ProgrammeProgress(
                int(p["id"]),
                str(p["name"]),
                None if p["quota"] is None else int(p["quota"]),
                None if p["deadline"] is None else _date(p["deadline"]),
                counts(p["by_status"]),
            )
            for p in raw["programmes"]
        ],
    )


def _chart(raw: dict[str, Any]) -> RenderedChart | ChartFailed:
    if "failed" in raw:
        return ChartFailed(str(raw["failed"]))
    chart = RenderedChart(
        zlib.decompress(base64.b64decode(raw["rgb"])),
        int(raw["width"]),
        int(raw["height"]),
        int(raw["scale"]),
        [BarRegion(**region) for region in raw["regions"]],
    )
    width, height = chart.pixel_size
    if len(chart.rgb) != width * height * 3:
        raise ValueError("the chart's pixels do not match its size")
    return chart
