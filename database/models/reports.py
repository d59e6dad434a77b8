"""Covering indexes for the overview and the reports (no tables of their own).

Each index holds every column its query reads, so SQLite and PostgreSQL answer
from the index alone, in index order, without touching the wide rows:
  household (subdistrict, target_group, logbook_status, stage) — counts by place/group/status/stage
  plan_item (status, due_on, created_at)                      — plan items of a fiscal year by status
Activities per month use casework's ix_activity_queue (logbook_entered, activity_on, id) and
the index on activity_on. Declared here, against the other areas' tables, so their model
files stay untouched.
"""

from __future__ import annotations

from sqlalchemy import Index

from database.models.casework import PlanItem
from database.models.households import Household

OVERVIEW_INDEXES = (
    Index(
        "ix_household_overview",
        Household.subdistrict,
        Household.target_group,
        Household.logbook_status,
        Household.stage,
    ),
    Index("ix_plan_item_overview", PlanItem.status, PlanItem.due_on, PlanItem.created_at),
)
