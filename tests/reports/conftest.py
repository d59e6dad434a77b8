"""A demo district with generated casework (the demo has none yet), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from bench.casework_data import add_casework
from desktop.db import Database

TODAY = dt.date(2025, 3, 12)  # inside fiscal year 2568
YEAR = 2568


@pytest.fixture
def casework_database(demo_database: Database) -> Database:
    add_casework(demo_database, activities=600, plan_items=180, seed=11)
    return demo_database
