"""4ท analyses and assessments (five capitals and stage) of a household, over time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.enums import Stage
from database.models import Analysis, Assessment
from desktop.casework.common import STAGE_TH, check_date, get_household
from desktop.errors import NotFoundError, ValidationError

CAPITALS = ("human_capital", "physical_capital", "economic_capital", "natural_capital", "social_capital")
CAPITALS_TH = {
    "human_capital": "ทุนมนุษย์",
    "physical_capital": "ทุนกายภาพ",
    "economic_capital": "ทุนเศรษฐกิจ",
    "natural_capital": "ทุนธรรมชาติ",
    "social_capital": "ทุนสังคม",
}
FOUR_T = (
    ("attitude", "ทัศนคติ", "attitude"),
    ("skills", "ทักษะ", "skills"),
    ("resources", "ทรัพยากร", "resources"),
    ("way_out", "ทางออก", "way out"),
)


@dataclass(frozen=True)
class AnalysisInput:
    recorded_on: dt.date
    recorded_by: str
    attitude: str
    skills: str
    resources: str
    way_out: str
    participants: str = ""


@dataclass(frozen=True)
class AnalysisView:
    id: int
    household_id: int
    recorded_on: dt.date
    recorded_by: str
    participants: str
    attitude: str
    skills: str
    resources: str
    way_out: str
    version: int = 1


def _analysis_view(row: Analysis) -> AnalysisView:
    return AnalysisView(
        row.id, row.household_id, row.recorded_on, row.recorded_by, row.participants,
        row.attitude, row.skills, row.resources, row.way_out, row.version,
    )  # fmt: skip


def _validate_analysis(data: AnalysisInput) -> None:
    check_date(data.recorded_on, "วันที่วิเคราะห์", "analysis date")
    missing = [th for name, th, _ in FOUR_T if not getattr(data, name).strip()]
    if missing:
        en = [en for name, _, en in FOUR_T if not getattr(data, name).strip()]
        raise ValidationError(
            "โปรดกรอกผลการวิเคราะห์ ๔ ท ให้ครบ: ยังขาด " + " ".join(missing),
            "Please fill in every part of the 4T analysis; missing: " + ", ".join(en) + ".",
        )
    if not data.recorded_by.strip():
        raise ValidationError("โปรดระบุผู้บันทึกการวิเคราะห์", "Please give who recorded the analysis.")


def add_analysis(session: Session, household_id: int, data: AnalysisInput) -> AnalysisView:
    get_household(session, household_id)
    _validate_analysis(data)
    row = Analysis(
        household_id=household_id,
        recorded_on=data.recorded_on,
        recorded_by=data.recorded_by.strip(),
        participants=data.participants.strip(),
        attitude=data.attitude.strip(),
        skills=data.skills.strip(),
        resources=data.resources.strip(),
        way_out=data.way_out.strip(),
    )
    session.add(row)
    session.flush()
    return _analysis_view(row)


def get_analysis(session: Session, analysis_id: int) -> Analysis:
    row = session.get(Analysis, analysis_id)
    if row is None:
        raise NotFoundError("ไม่พบผลการวิเคราะห์ที่ต้องการแก้ไข", "The analysis to edit no longer exists.")
    return row


def update_analysis(session: Session, analysis_id: int, changes: Mapping[str, Any]) -> AnalysisView:
    """Apply the fields the clerk changed; the analysis as a whole must still be complete."""
    row = get_analysis(session, analysis_id)
    current = AnalysisInput(
        row.recorded_on, row.recorded_by, row.attitude, row.skills, row.resources, row.way_out,
        row.participants,
    )  # fmt: skip
    data = replace(current, **dict(changes))
    _validate_analysis(data)
    for name in changes:
        value = getattr(data, name)
        setattr(row, name, value.strip() if isinstance(value, str) else value)
    session.flush()
    return _analysis_view(row)


def list_analyses(session: Session, household_id: int) -> list[AnalysisView]:
    rows = session.scalars(
        select(Analysis)
        .where(Analysis.household_id == household_id)
        .order_by(Analysis.recorded_on.desc(), Analysis.id.desc())
    )
    return [_analysis_view(r) for r in rows]


@dataclass(frozen=True)
class AssessmentInput:
    assessed_on: dt.date
    stage: Stage
    recorded_by: str = ""
    human_capital: int | None = None
    physical_capital: int | None = None
    economic_capital: int | None = None
    natural_capital: int | None = None
    social_capital: int | None = None


@dataclass(frozen=True)
class AssessmentView:
    id: int
    household_id: int
    assessed_on: dt.date
    recorded_by: str
    stage: Stage
    human_capital: int | None
    physical_capital: int | None
    economic_capital: int | None
    natural_capital: int | None
    social_capital: int | None

    @property
    def stage_th(self) -> str:
        return STAGE_TH[self.stage]

    def capitals_text(self) -> str:
        return " ".join(
            f"{CAPITALS_TH[name]} {getattr(self, name)}"
            for name in CAPITALS
            if getattr(self, name) is not None
        )


def _assessment_view(row: Assessment) -> AssessmentView:
    return AssessmentView(
        row.id, row.household_id, row.assessed_on, row.recorded_by, row.stage, row.human_capital,
        row.physical_capital, row.economic_capital, row.natural_capital, row.social_capital,
    )  # fmt: skip


def add_assessment(session: Session, household_id: int, data: AssessmentInput) -> AssessmentView:
    """Record capitals and stage; the household's current stage follows its latest assessment."""
    household = get_household(session, household_id)
    check_date(data.assessed_on, "วันที่ประเมิน", "assessment date")
    try:
        stage = Stage(data.stage)
    except ValueError:
        raise ValidationError(
            "โปรดเลือกระดับการดำรงชีวิตของครัวเรือน", "Please choose the household's stage."
        ) from None
    for name in CAPITALS:
        value = getattr(data, name)
        if value is not None and not 1 <= value <= 5:
            raise ValidationError(
                f"คะแนน{CAPITALS_TH[name]}ต้องอยู่ระหว่าง ๑ ถึง ๕",
                f"The {name.replace('_', ' ')} score must be 1 to 5.",
            )
    if all(getattr(data, name) is None for name in CAPITALS):
        raise ValidationError(
            "โปรดให้คะแนนทุนอย่างน้อยหนึ่งด้าน (๑-๕)", "Please score at least one of the five capitals (1-5)."
        )
    row = Assessment(
        household_id=household_id,
        assessed_on=data.assessed_on,
        recorded_by=data.recorded_by.strip(),
        stage=stage,
        **{name: getattr(data, name) for name in CAPITALS},
    )
    session.add(row)
    session.flush()
    latest = session.scalars(
        select(Assessment)
        .where(Assessment.household_id == household_id)
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        .limit(1)
    ).one()
    if household.stage != latest.stage:
        household.stage = latest.stage
    session.flush()
    return _assessment_view(row)


def list_assessments(session: Session, household_id: int) -> list[AssessmentView]:
    rows = session.scalars(
        select(Assessment)
        .where(Assessment.household_id == household_id)
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
    )
    return [_assessment_view(r) for r in rows]
