"""Casework for the demo district: analyses, assessments, plans, activities (some not yet
in Logbook), an escalation and programme nominations. Dates run up to today, so the
follow-up list and the Logbook queue look like a working office's."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.enums import LogbookStatus, MpiDimension, NominationStatus, PlanStatus, ResolutionOutcome, Stage
from database.models import (
    Activity,
    Analysis,
    Assessment,
    Escalation,
    Household,
    Nomination,
    PlanItem,
    Programme,
    Remedy,
    Resolution,
)
from desktop.thai import fiscal_year_be, to_thai_digits

RECORDERS = ["นางสาวพรทิพย์ วงค์คำ", "นายชยพล ธนาสุข", "ทีมปฏิบัติการตำบล (นางบัวคำ ศรีวงศ์)"]
ATTITUDES = [
    "ครัวเรือนอยากพึ่งพาตนเอง พร้อมเข้าร่วมกิจกรรมของหมู่บ้าน",
    "หัวหน้าครัวเรือนท้อแท้จากหนี้สิน แต่ยินดีรับคำแนะนำ",
    "สมาชิกมีความตั้งใจประกอบอาชีพ ต้องการความรู้เพิ่มเติม",
    "ผู้สูงอายุอยู่ตามลำพัง ต้องการให้ลูกหลานกลับมาดูแล",
]
SKILLS = [
    "ทำนาและปลูกผักสวนครัว มีฝีมือจักสานไม้ไผ่",
    "รับจ้างทั่วไปในหมู่บ้าน ไม่มีทักษะอาชีพเฉพาะ",
    "เลี้ยงไก่พื้นเมืองและทอผ้าฝ้าย",
    "ขับรถไถนาเดินตามได้ เคยทำงานก่อสร้าง",
]
RESOURCES = [
    "มีที่ดินทำกิน ๓ ไร่ มีแหล่งน้ำจากลำห้วยใกล้บ้าน",
    "ไม่มีที่ดินทำกินเป็นของตนเอง อาศัยที่ญาติ",
    "มีพื้นที่ว่างรอบบ้านประมาณ ๑ งาน และบ่อน้ำตื้น",
    "มีโรงเรือนเก่าและอุปกรณ์การเกษตรบางส่วน",
]
WAYS_OUT = [
    "ปลูกผักสวนครัวลดรายจ่าย และเข้ากลุ่มอาชีพจักสานของหมู่บ้าน",
    "ฝึกอาชีพระยะสั้นและประสานหางานในพื้นที่",
    "ขอรับการสนับสนุนพันธุ์ไก่และอาหารสัตว์ เพื่อสร้างรายได้เสริม",
    "ซ่อมแซมที่อยู่อาศัยและลงทะเบียนสวัสดิการที่ยังไม่ได้รับ",
]
RESULTS = [
    "ครัวเรือนได้รับความช่วยเหลือครบถ้วน มีความพึงพอใจ",
    "เริ่มมีรายได้เสริมจากการขายผลผลิตสัปดาห์ละประมาณ ๓๐๐ บาท",
    "ลดรายจ่ายค่าอาหารได้เดือนละประมาณ ๕๐๐ บาท",
    "อยู่ระหว่างติดตามผล นัดเยี่ยมบ้านครั้งถัดไป",
]
DESCRIPTIONS = {
    MpiDimension.HEALTH: ["เยี่ยมบ้านตรวจวัดความดันและมอบยาประจำตัว", "มอบรถเข็นและแผ่นรองกันแผลกดทับ"],
    MpiDimension.LIVING: ["มอบวัสดุซ่อมแซมหลังคาสังกะสีและไม้ฝา", "มอบเมล็ดพันธุ์ผักและอบรมการปลูกผักปลอดสาร"],
    MpiDimension.EDUCATION: ["มอบทุนการศึกษาและชุดนักเรียน", "รับสมัครเข้าเรียนหลักสูตรการศึกษานอกระบบ"],
    MpiDimension.INCOME: ["มอบพันธุ์ไก่พื้นเมือง ๒๐ ตัวพร้อมอาหารสัตว์", "อบรมอาชีพการทำขนมไทยเพื่อจำหน่าย"],
    MpiDimension.ACCESS: ["ช่วยลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", "ประสานทำบัตรประจำตัวประชาชนใหม่"],
}

BY_REMEDY = {
    "H01": "เยี่ยมบ้าน ตรวจวัดความดันและน้ำตาลในเลือด",
    "H02": "ขึ้นทะเบียนคนพิการและมอบรถเข็น",
    "H03": "ผู้ดูแลผู้สูงอายุเยี่ยมบ้านและทำแผลกดทับ",
    "H04": "ประสานส่งต่อโรงพยาบาลและย้ายสิทธิหลักประกันสุขภาพ",
    "L01": "มอบวัสดุซ่อมแซมหลังคาสังกะสีและไม้ฝา",
    "L02": "ติดตั้งมิเตอร์ไฟฟ้าและเดินสายไฟภายในบ้าน",
    "L03": "ติดตั้งราวจับและปรับพื้นห้องน้ำสำหรับผู้สูงอายุ",
    "L04": "มอบเมล็ดพันธุ์ผักและอบรมการปลูกผักปลอดสาร",
    "E01": "รับสมัครเข้าเรียนหลักสูตรการศึกษานอกระบบ",
    "E02": "มอบทุนการศึกษาและชุดนักเรียน",
    "E03": "จัดครูอาสาสอนอ่านเขียนที่บ้าน",
    "I01": "อบรมอาชีพการทำขนมไทยเพื่อจำหน่าย",
    "I02": "มอบพันธุ์ข้าวโพดและปุ๋ยอินทรีย์",
    "I03": "มอบพันธุ์ไก่พื้นเมือง ๒๐ ตัวพร้อมอาหารสัตว์",
    "I04": "อนุมัติเงินยืมกองทุน กข.คจ. เพื่อประกอบอาชีพ",
    "I05": "จัดหางานรับจ้างในสถานประกอบการใกล้บ้าน",
    "A01": "ช่วยลงทะเบียนเบี้ยยังชีพผู้สูงอายุ",
    "A02": "ประสานทำบัตรประจำตัวประชาชนใหม่",
    "A03": "มอบเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อย",
    "A04": "ให้คำปรึกษาการไกล่เกลี่ยหนี้นอกระบบ",
}


def _plan_dimensions(household: Household, rng: random.Random) -> list[MpiDimension]:
    failing = [d for d in MpiDimension if getattr(household, f"mpi_{d.value}")]
    return failing or [rng.choice([MpiDimension.INCOME, MpiDimension.LIVING])]


def add_casework_demo(
    session: Session,
    rng: random.Random,
    households: list[Household],
    today: dt.date | None = None,
    programme_year: int | None = None,
) -> None:
    """``programme_year``: the livelihood programme's fiscal year (default: the next one)."""
    today = today or dt.date.today()
    menu: dict[MpiDimension, list[Remedy]] = {d: [] for d in MpiDimension}
    for entry in session.scalars(select(Remedy).order_by(Remedy.code)):
        menu[entry.dimension].append(entry)
    stages = list(Stage)
    analysed = [h for h in households if h.target_group in (1, 2)][:40]
    for index, household in enumerate(analysed):
        analysed_on = today - dt.timedelta(days=rng.randint(120, 200))
        session.add(
            Analysis(
                household_id=household.id,
                recorded_on=analysed_on,
                recorded_by=rng.choice(RECORDERS),
                participants="หัวหน้าครัวเรือนและคู่สมรส",
                attitude=rng.choice(ATTITUDES),
                skills=rng.choice(SKILLS),
                resources=rng.choice(RESOURCES),
                way_out=rng.choice(WAYS_OUT),
            )
        )
        first_stage = rng.choice(stages[:2])
        capitals = {
            name: rng.randint(1, 3)
            for name in (
                "human_capital",
                "physical_capital",
                "economic_capital",
                "natural_capital",
                "social_capital",
            )
        }
        session.add(
            Assessment(household_id=household.id, assessed_on=analysed_on, stage=first_stage, **capitals)
        )
        household.stage = first_stage
        if index % 3 == 0:
            later = stages[min(stages.index(first_stage) + 1, len(stages) - 1)]
            improved = {k: min(v + 1, 5) for k, v in capitals.items()}
            session.add(
                Assessment(
                    household_id=household.id,
                    assessed_on=today - dt.timedelta(days=rng.randint(10, 40)),
                    stage=later,
                    **improved,
                )
            )
            household.stage = later
        if index >= 34:  # analysed but not planned yet
            continue
        for number, dimension in enumerate(_plan_dimensions(household, rng)[:3]):
            remedy = rng.choice(menu[dimension]) if menu[dimension] else None
            due_on = analysed_on + dt.timedelta(days=rng.choice([60, 90, 120, 180]))
            done = due_on < today and rng.random() < 0.5
            item = PlanItem(
                household_id=household.id,
                remedy_id=remedy.id if remedy else None,
                free_remedy="" if remedy else "ประสานหน่วยงานที่เกี่ยวข้องเพื่อช่วยเหลือเฉพาะกรณี",
                agency_id=remedy.default_agency_id if remedy else None,
                due_on=due_on,
                status=PlanStatus.DONE
                if done
                else (PlanStatus.IN_PROGRESS if number == 0 else PlanStatus.PLANNED),
                note="ตามมติที่ประชุมชี้เป้า ศจพ.อ.",
            )
            session.add(item)
            session.flush()
            if item.status == PlanStatus.PLANNED:
                if rng.random() < 0.5:
                    continue
                item.status = PlanStatus.IN_PROGRESS  # help has started
            visits = 1 if item.status != PlanStatus.DONE else rng.randint(1, 2)
            for _ in range(visits):
                on = min(today, analysed_on + dt.timedelta(days=rng.randint(20, 150)))
                if index % 5 == 4:  # these households have gone quiet: follow-up is due
                    on = analysed_on + dt.timedelta(days=rng.randint(5, 15))
                entered = on < today - dt.timedelta(days=30) and rng.random() < 0.7
                in_kind = dimension in (MpiDimension.LIVING, MpiDimension.INCOME, MpiDimension.HEALTH)
                session.add(
                    Activity(
                        household_id=household.id,
                        plan_item_id=item.id,
                        agency_id=item.agency_id,
                        remedy_id=item.remedy_id,
                        activity_on=on,
                        description=BY_REMEDY.get(remedy.code if remedy else "")
                        or rng.choice(DESCRIPTIONS[dimension]),
                        amount=None if in_kind else Decimal(rng.choice([500, 1000, 2000, 3000])),
                        in_kind_value=Decimal(rng.randint(5, 60) * 100) if in_kind else None,
                        result=rng.choice(RESULTS),
                        logbook_entered=entered,
                        logbook_entered_on=on + dt.timedelta(days=rng.randint(1, 14)) if entered else None,
                    )
                )
    session.flush()
    _escalation(session, analysed, today)
    _nominations(session, households, today, programme_year or fiscal_year_be(today) + 1)


def _escalation(session: Session, analysed: list[Household], today: dt.date) -> None:
    candidates = [h for h in analysed if h.mpi_living] or analysed
    household = candidates[-1]
    session.add(
        Escalation(
            household_id=household.id,
            escalated_on=today - dt.timedelta(days=21),
            recorded_by="นางสาวพรทิพย์ วงค์คำ",
            reason=(
                "บ้านพักอาศัยทรุดโทรมเกินกำลังงบประมาณของ อบต. และครัวเรือนไม่มีเอกสารสิทธิ์ในที่ดิน "
                "ขอให้ ศจพ.จ. ประสานหน่วยงานระดับจังหวัดช่วยเหลือด้านที่อยู่อาศัย"
            ),
        )
    )
    household.escalated = True
    for item in session.scalars(select(PlanItem).where(PlanItem.household_id == household.id)):
        if item.status == PlanStatus.PLANNED:
            item.status = PlanStatus.HANDED_TO_PROVINCE


def _nominations(session: Session, households: list[Household], today: dt.date, year: int) -> None:
    # The housing programme (quota 1) belongs to the meetings part of the demo; this one
    # shows ranking and the status steps with several nominations.
    livelihood = Programme(
        name=f"โครงการส่งเสริมสัมมาชีพครัวเรือนยากจน ปีงบประมาณ พ.ศ. {to_thai_digits(year)}",
        description="สนับสนุนปัจจัยการผลิตและฝึกอาชีพให้ครัวเรือนเป้าหมาย",
        criteria="ครัวเรือนกลุ่มเป้าหมายที่ ๑ ตกเกณฑ์ด้านรายได้ และผ่านการวิเคราะห์ ๔ ท แล้ว",
        quota=3,
        deadline=today + dt.timedelta(days=45),
        fiscal_year_be=year,
    )
    session.add(livelihood)
    session.flush()
    income = [h for h in households if h.mpi_income][:4]
    resolution = session.scalars(
        select(Resolution).where(Resolution.outcome == ResolutionOutcome.APPROVED).order_by(Resolution.id)
    ).first()
    for rank, household in enumerate(income, 1):
        nomination = Nomination(
            household_id=household.id,
            rank=rank,
            reason="ตกเกณฑ์ด้านรายได้ สมาชิกวัยแรงงานพร้อมประกอบอาชีพเลี้ยงสัตว์",
        )
        if rank <= 2:
            nomination.status, nomination.checked_on = (
                NominationStatus.CHECKED_IN_LOGBOOK,
                today - dt.timedelta(days=7),
            )
            if household.logbook_status != LogbookStatus.ENTERED:  # as check_in_logbook records it
                household.logbook_status = LogbookStatus.FOUND
            household.logbook_status_on = nomination.checked_on
        if rank == 1 and resolution is not None:
            nomination.status, nomination.resolution_id = NominationStatus.APPROVED, resolution.id
        livelihood.nominations.append(nomination)
    session.flush()
