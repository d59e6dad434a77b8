"""A fictional but realistic district: อำเภอเวียงทอง, จังหวัดพะเยา.

Dated relative to ``today`` (default: the real today), so the first screen after loading it
shows this fiscal year's meetings, a circular due next week and casework around today instead
of deadlines long past. Deterministic for one ``today`` (fixed seed): tests pass a fixed day
and see the same district every time.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database.enums import (
    AttendanceStatus,
    CommitteeRole,
    DeliverableKind,
    LogbookStatus,
    NominationStatus,
    ResolutionAction,
    ResolutionOutcome,
    Sex,
    Stage,
)
from database.models import (
    Agency,
    Circular,
    Committee,
    CommitteeMember,
    Deadline,
    Household,
    Meeting,
    Member,
    Nomination,
    OfficeProfile,
    Person,
    Programme,
    Signatory,
)
from desktop.casework.demo import add_casework_demo
from desktop.errors import UserError
from desktop.households.search import household_search_text
from desktop.meetings import agenda, attendance, meeting, resolutions
from desktop.meetings.common import sections
from desktop.meetings.detail import meeting_detail
from desktop.operations import Unit, operation
from desktop.reference import seed_reference_data
from desktop.thai import (
    MONTHS,
    be_year,
    fiscal_year_be,
    fiscal_year_bounds,
    national_id_check_digit,
    thai_date,
    to_thai_digits,
)

PROVINCE = "พะเยา"
DISTRICT = "เวียงทอง"
SUBDISTRICTS = {  # ตำบล: village names by หมู่ที่
    "เวียงทอง": ["บ้านเวียง", "บ้านใหม่", "บ้านทุ่งกล้วย", "บ้านสันป่าสัก"],
    "ห้วยแก้ว": ["บ้านห้วยแก้ว", "บ้านดอนไชย", "บ้านปางงุ้น"],
    "แม่ใส": ["บ้านแม่ใส", "บ้านร่องห้า", "บ้านสันติสุข", "บ้านหนองบัว"],
    "ป่าแฝก": ["บ้านป่าแฝก", "บ้านต๊ำ", "บ้านแม่กา"],
    "บ้านถ้ำ": ["บ้านถ้ำ", "บ้านดอกบัว", "บ้านโซ้"],
}
FIRST_MALE = ["สมชาย", "บุญมี", "ประเสริฐ", "สมศักดิ์", "คำแปง", "อินทร", "จันทร์ตา", "ทองดี",
              "ศรีวรรณ", "สุริยา", "มานพ", "บุญเรือง", "เสาร์แก้ว", "ปัญญา", "ธนากร", "วิชัย"]  # fmt: skip
FIRST_FEMALE = ["บัวคำ", "จันทร์เพ็ญ", "ศรีนวล", "คำปัน", "บุญศรี", "สายสุนีย์", "แสงเดือน",
                "อรุณี", "บัวผัน", "ประไพ", "คำมูล", "ดวงใจ", "พิมพ์ใจ", "นงลักษณ์", "ทองใบ"]  # fmt: skip
SURNAMES = ["ใจดี", "ศรีวงศ์", "คำมา", "ปัญญาดี", "อินต๊ะ", "จันทร์แก้ว", "ทองคำ", "บุญเรือง",
            "สุขใจ", "ไชยวงศ์", "ธรรมใจ", "กันทะวงศ์", "ปินตา", "วงศ์ใหญ่", "แก้วมูล", "คำแสน",
            "สมบูรณ์", "เรือนคำ", "ยาวิชัย", "ศรีสุข"]  # fmt: skip
CHILD_NAMES = ["ด.ช.", "ด.ญ."]


def _national_id(rng: random.Random) -> str:
    first = str(rng.choice([1, 3])) + "".join(str(rng.randint(0, 9)) for _ in range(11))
    return first + str(national_id_check_digit(first))


def _people(rng: random.Random, count: int) -> Iterator[tuple[str, str, str, Sex, int]]:
    surname = rng.choice(SURNAMES)
    ages = sorted((rng.randint(18, 85) for _ in range(min(count, 2))), reverse=True)
    for index in range(count):
        if index < len(ages):
            sex = Sex.MALE if index == 0 and rng.random() < 0.6 else Sex.FEMALE
            if index == 1:
                sex = Sex.FEMALE if sex == Sex.MALE else Sex.MALE
            title = "นาย" if sex == Sex.MALE else rng.choice(["นาง", "นางสาว"])
            names = FIRST_MALE if sex == Sex.MALE else FIRST_FEMALE
            yield title, rng.choice(names), surname, sex, ages[index]
        else:
            sex = rng.choice([Sex.MALE, Sex.FEMALE])
            names = FIRST_MALE if sex == Sex.MALE else FIRST_FEMALE
            title = "ด.ช." if sex == Sex.MALE else "ด.ญ."
            yield title, rng.choice(names), surname, sex, rng.randint(2, 17)


def _households(session: Session, rng: random.Random, count: int, today: dt.date) -> list[Household]:
    households = []
    checked_from = today - dt.timedelta(days=42)  # the field check, weeks before the first meeting
    villages = [(t, no, name) for t, names in SUBDISTRICTS.items() for no, name in enumerate(names, 1)]
    group_weights = [(1, 0.45), (2, 0.3), (3, 0.15), (4, 0.1)]
    for index in range(count):
        subdistrict, village_no, village_name = villages[index % len(villages)]
        group = rng.choices([g for g, _ in group_weights], [w for _, w in group_weights])[0]
        household = Household(
            house_no=f"{rng.randint(1, 250)}" + (f"/{rng.randint(1, 9)}" if rng.random() < 0.15 else ""),
            village_no=village_no,
            village_name=village_name,
            subdistrict=subdistrict,
            district=DISTRICT,
            province=PROVINCE,
            postcode="56110",
            house_code=None if group == 4 else f"5606{rng.randint(0, 9999999):07d}",
            target_group=group,
            target_subgroup={1: rng.choice(["1.1", "1.2"]), 3: rng.choice(["3.1", "3.2"])}.get(group, ""),
            welfare_card=group in (1, 3) and rng.random() < 0.7,
            income_per_person=rng.randint(12, 95) * 1000 if group != 4 else None,
            vulnerable=group == 2 or rng.random() < 0.2,
            stage=rng.choice(list(Stage)),
            logbook_status=rng.choices(list(LogbookStatus), [0.25, 0.45, 0.15, 0.15])[0],
            source="ข้อมูลตัวอย่าง",
        )
        if group == 1:
            for dimension in rng.sample(
                ["mpi_health", "mpi_living", "mpi_education", "mpi_income", "mpi_access"],
                rng.randint(1, 3),
            ):
                setattr(household, dimension, True)
        if household.logbook_status != LogbookStatus.NOT_CHECKED:
            household.logbook_status_on = checked_from + dt.timedelta(days=rng.randint(1, 28))
        for order, (title, first, last, sex, age) in enumerate(_people(rng, rng.randint(1, 5))):
            has_id = not (group == 4 and rng.random() < 0.5)
            household.members.append(
                Member(
                    sort_order=order,
                    title=title,
                    first_name=first,
                    last_name=last,
                    national_id=_national_id(rng) if has_id else None,
                    age=age,
                    birth_date=dt.date(today.year - age, rng.randint(1, 12), rng.randint(1, 28)),
                    sex=sex,
                    relation="หัวหน้าครัวเรือน" if order == 0 else ("คู่สมรส" if order == 1 else "บุตร"),
                    is_head=order == 0,
                    elderly=age >= 60,
                    child=age < 18,
                    disabled=rng.random() < 0.06,
                    bedridden=age >= 75 and rng.random() < 0.3,
                )
            )
        household.search_text = household_search_text(household)
        households.append(household)
    session.add_all(households)
    session.flush()
    return households


COMMITTEE_ROSTER: list[tuple[str, str, str, str, CommitteeRole]] = [
    ("นาย", "ธีรวัฒน์", "อินทร์แก้ว", "นายอำเภอเวียงทอง", CommitteeRole.CHAIR),
    ("นาย", "ชาตรี", "ปันทะ", "ปลัดอำเภอหัวหน้าฝ่ายบริหารงานปกครอง", CommitteeRole.VICE_CHAIR),
    ("นาง", "วิภาวรรณ", "สุขเกษม", "สาธารณสุขอำเภอเวียงทอง", CommitteeRole.MEMBER),
    ("นาย", "สุรเชษฐ์", "มณีวงศ์", "ผู้อำนวยการโรงพยาบาลเวียงทอง", CommitteeRole.MEMBER),
    ("นาย", "ณรงค์", "คำปา", "เกษตรอำเภอเวียงทอง", CommitteeRole.MEMBER),
    ("นาง", "ปราณี", "ทะนันไชย", "ปศุสัตว์อำเภอเวียงทอง", CommitteeRole.MEMBER),
    ("นางสาว", "อัญชลี", "วงศ์ษา", "ผู้อำนวยการศูนย์ส่งเสริมการเรียนรู้อำเภอเวียงทอง", CommitteeRole.MEMBER),
    ("นาย", "อนุชา", "ไชยมงคล", "ท้องถิ่นอำเภอเวียงทอง", CommitteeRole.MEMBER),
    ("พันตำรวจเอก", "วีระ", "ศักดิ์สิทธิ์", "ผู้กำกับการสถานีตำรวจภูธรเวียงทอง", CommitteeRole.MEMBER),
    ("นาย", "ประยุทธ", "จันทร์หอม", "ผู้จัดการ ธ.ก.ส. สาขาเวียงทอง", CommitteeRole.MEMBER),
    ("นาย", "สมบัติ", "ยาวิชัย", "นายกองค์การบริหารส่วนตำบลห้วยแก้ว", CommitteeRole.MEMBER),
    ("นาง", "ศิริพร", "อินต๊ะวงศ์", "นายกเทศมนตรีตำบลเวียงทอง", CommitteeRole.MEMBER),
    ("นาย", "เกรียงไกร", "ธรรมวงศ์", "นายกองค์การบริหารส่วนตำบลแม่ใส", CommitteeRole.MEMBER),
    ("นาย", "บุญยืน", "คำแสน", "นายกองค์การบริหารส่วนตำบลป่าแฝก", CommitteeRole.MEMBER),
    ("นาย", "อุดม", "แก้วประเสริฐ", "นายกองค์การบริหารส่วนตำบลบ้านถ้ำ", CommitteeRole.MEMBER),
    ("นาง", "จิราพร", "ปินตาคำ", "ผู้อำนวยการโรงเรียนเวียงทองวิทยา", CommitteeRole.MEMBER),
    ("นาย", "สมพงษ์", "ใจบุญ", "ประธานเครือข่าย อสม. อำเภอเวียงทอง", CommitteeRole.MEMBER),
    ("นาง", "รัชนี", "กาวิละ", "ประธานคณะกรรมการพัฒนาสตรีอำเภอเวียงทอง", CommitteeRole.MEMBER),
    ("นาย", "กิตติพงษ์", "ศรีเมือง", "พัฒนาการอำเภอเวียงทอง", CommitteeRole.SECRETARY),
    ("นางสาว", "พรทิพย์", "วงค์คำ", "นักวิชาการพัฒนาชุมชนชำนาญการ", CommitteeRole.ASSISTANT_SECRETARY),
    ("นาย", "ชยพล", "ธนาสุข", "นักวิชาการพัฒนาชุมชนปฏิบัติการ", CommitteeRole.ASSISTANT_SECRETARY),
]


def _office(session: Session) -> None:
    session.add(
        OfficeProfile(
            province=PROVINCE,
            district=DISTRICT,
            office_name="สำนักงานพัฒนาชุมชนอำเภอเวียงทอง",
            letter_code="พย ๐๗๑๙",
            address="ที่ว่าการอำเภอเวียงทอง\nถนนพหลโยธิน พย ๕๖๑๑๐",
            postcode="56110",
            phone="๐ ๕๔๔๙ ๙๐๑๒",
            fax="๐ ๕๔๔๙ ๙๐๑๓",
            email="cdd.wiangthong@example.go.th",
            owning_unit="สำนักงานพัฒนาชุมชนอำเภอเวียงทอง",
            province_office_name="สำนักงานพัฒนาชุมชนจังหวัดพะเยา",
            province_office_email="phayao.cdd@example.go.th",
            district_chief_name="นายธีรวัฒน์ อินทร์แก้ว",
            development_officer_name="นายกิตติพงษ์ ศรีเมือง",
        )
    )
    session.add_all(
        [
            Signatory(name="นายธีรวัฒน์ อินทร์แก้ว", position="นายอำเภอเวียงทอง", purpose="letter"),
            Signatory(name="นายกิตติพงษ์ ศรีเมือง", position="พัฒนาการอำเภอเวียงทอง", purpose="minutes"),
        ]
    )


def _committee(session: Session, since: dt.date) -> Committee:
    committee = Committee(
        name=(
            "คณะกรรมการบริหารศูนย์อำนวยการปฏิบัติการขจัดความยากจนและพัฒนาคนทุกช่วงวัย"
            "อย่างยั่งยืนตามหลักปรัชญาของเศรษฐกิจพอเพียงอำเภอเวียงทอง"
        ),
        short_name="ศจพ.อ.เวียงทอง",
        appointment_order=(
            f"คำสั่งอำเภอเวียงทอง ที่ {to_thai_digits(f'123/{be_year(since)}')} ลงวันที่ {thai_date(since)}"
        ),
    )
    agencies = {a.short_name: a for a in session.scalars(select(Agency))}
    for order, (title, first, last, position, role) in enumerate(COMMITTEE_ROSTER, 1):
        person = Person(title=title, first_name=first, last_name=last, position=position)
        if "สาธารณสุข" in position:
            person.agency = agencies.get("สสอ.")
        elif "พัฒนา" in position:
            person.agency = agencies.get("พช.อ.")
        committee.members.append(
            CommitteeMember(person=person, sort_order=order, role=role, active_from=since)
        )
    session.add(committee)
    session.flush()
    return committee


@dataclass(frozen=True)
class DemoCalendar:
    """The demo's days, all counted from today: two meetings of this fiscal year (a fortnight
    and a week ago), the province's circular received between them and due next week."""

    today: dt.date

    @property
    def fiscal_start(self) -> dt.date:
        return fiscal_year_bounds(fiscal_year_be(self.today))[0]

    @property
    def first_meeting(self) -> dt.date:
        return max(self.today - dt.timedelta(days=13), self.fiscal_start)

    @property
    def second_meeting(self) -> dt.date:
        return max(self.today - dt.timedelta(days=7), self.fiscal_start)

    @property
    def circular_dated(self) -> dt.date:
        return self.second_meeting - dt.timedelta(days=2)

    @property
    def circular_received(self) -> dt.date:
        return self.second_meeting - dt.timedelta(days=1)

    @property
    def due(self) -> dt.date:
        return self.today + dt.timedelta(days=7)

    @property
    def committee_since(self) -> dt.date:
        """The committee's appointment: 15 January before the first meeting."""
        day = dt.date(self.first_meeting.year, 1, 15)
        return day if day <= self.first_meeting else dt.date(day.year - 1, 1, 15)

    @property
    def programme_year(self) -> int:
        """The fiscal year the housing programme's work falls in (the coming month's)."""
        return fiscal_year_be(self.today + dt.timedelta(days=30))

    @property
    def tpmap_year(self) -> int:
        return be_year(self.first_meeting) - 1


def _month(day: dt.date) -> str:
    return MONTHS[day.month - 1]


def long_discussion(calendar: DemoCalendar) -> str:
    survey_from = calendar.first_meeting - dt.timedelta(days=60)
    survey_to = calendar.first_meeting - dt.timedelta(days=30)
    tpmap, budget = to_thai_digits(calendar.tpmap_year), to_thai_digits(calendar.programme_year)
    survey_year = to_thai_digits(be_year(survey_to))
    return (
        f"ฝ่ายเลขานุการฯ ได้นำเสนอผลการตรวจสอบข้อมูลครัวเรือนเป้าหมายจากระบบ TPMAP ประจำปี {tpmap} "
        "ของอำเภอเวียงทอง ซึ่งทีมปฏิบัติการระดับตำบลทั้ง ๕ ตำบล ได้ลงพื้นที่ตรวจสอบข้อมูลร่วมกับทีมพี่เลี้ยง "
        f"และผู้นำชุมชน ระหว่างเดือน{_month(survey_from)}ถึงเดือน{_month(survey_to)} {survey_year} "
        "พบว่าครัวเรือนเป้าหมายส่วนใหญ่มีข้อมูลตรงตามระบบ "
        "แต่มีบางครัวเรือนที่ย้ายที่อยู่ เสียชีวิต หรือมีสมาชิกเปลี่ยนแปลง จึงได้ปรับปรุงข้อมูลให้เป็นปัจจุบัน "
        "นอกจากนี้ยังพบกลุ่มคนที่ตกหล่นจากระบบ TPMAP (Exclusion error) ได้แก่ ผู้สูงอายุที่อยู่ลำพัง "
        "คนพิการที่ยังไม่ได้ขึ้นทะเบียน และกลุ่มชาติพันธุ์ที่ยังไม่มีเลขประจำตัวประชาชน ซึ่งทีมปฏิบัติการได้บันทึก"
        "ข้อมูลเพิ่มเติมไว้แล้ว ผู้แทนสำนักงานสาธารณสุขอำเภอเวียงทองได้เสนอให้ประสานโรงพยาบาลส่งเสริมสุขภาพตำบล "
        "ทุกแห่งร่วมตรวจคัดกรองสุขภาพผู้ป่วยติดเตียงในครัวเรือนเป้าหมาย ส่วนผู้แทนองค์กรปกครองส่วนท้องถิ่น"
        f"แจ้งว่ามีงบประมาณสำหรับซ่อมแซมบ้านผู้ยากไร้ในปีงบประมาณ พ.ศ. {budget} จำนวนจำกัด "
        "จึงขอให้จัดลำดับความเร่งด่วนตามสภาพปัญหาของแต่ละครัวเรือน"
    )


def _programme(session: Session, households: list[Household], calendar: DemoCalendar) -> Programme:
    year = to_thai_digits(calendar.programme_year)
    circular = Circular(
        reference="พย ๐๐๑๙.๔/ว ๓๓/๖๓",
        dated=calendar.circular_dated,
        sender="จังหวัดพะเยา",
        subject=f"การดำเนินงานโครงการบ้านห่วงใยจากใจ GLO ประจำปีงบประมาณ พ.ศ.{year}",
        received_on=calendar.circular_received,
        summary="ตรวจสอบครัวเรือนในระบบ TPMAP Logbook เสนอที่ประชุม คจพ.อ. และส่งรายงานการประชุม",
    )
    circular.deadlines.append(
        Deadline(
            due_on=calendar.due,
            deliverable=DeliverableKind.MINUTES,
            description="ส่งรายงานการประชุม คจพ.อ. ถึงสำนักงานพัฒนาชุมชนจังหวัดพะเยา",
        )
    )
    session.add(circular)
    session.flush()
    programme = Programme(
        name=f"โครงการบ้านห่วงใยจากใจ GLO ประจำปีงบประมาณ พ.ศ. {year}",
        description="จัดสร้างบ้านให้ประชาชนที่มีบ้านพักอาศัยไม่มั่นคงถาวร",
        criteria="ครัวเรือนในระบบ TPMAP ที่มีบ้านพักอาศัยไม่มั่นคงถาวร อำเภอละ ๑ ครัวเรือน",
        quota=1,
        deadline=calendar.due,
        fiscal_year_be=calendar.programme_year,
        circular_id=circular.id,
    )
    candidates = [h for h in households if h.mpi_living and h.target_group == 1] or households
    # found in Logbook when it was checked, as checking a nomination records on the household
    candidates[0].logbook_status, candidates[0].logbook_status_on = LogbookStatus.FOUND, dt.date(2024, 9, 3)
    programme.nominations.append(
        Nomination(
            household_id=candidates[0].id,
            rank=1,
            reason="บ้านพักอาศัยชำรุดทรุดโทรม หลังคารั่ว ผนังไม้ผุ สมาชิกเป็นผู้สูงอายุ",
            # checked in Logbook before the meeting: only then can a resolution approve it
            status=NominationStatus.CHECKED_IN_LOGBOOK,
            checked_on=calendar.circular_received,
        )
    )
    session.add(programme)
    session.flush()
    return programme


def _attendance(session: Session, meeting_id: int, seed: int) -> None:
    """A realistic roll: a few absent with a reason, a few represented; the chair and secretary come."""
    rng = random.Random(seed)
    meeting = session.get(Meeting, meeting_id)
    assert meeting is not None
    for row in attendance.rows(meeting):
        member = session.get(CommitteeMember, row.member_id) if row.member_id else None
        if member is None or member.role in (CommitteeRole.CHAIR, CommitteeRole.SECRETARY):
            continue
        roll = rng.random()
        if roll < 0.12:
            attendance.set_attendance(session, meeting_id, row.id, AttendanceStatus.ABSENT, reason="ติดราชการ")
        elif roll < 0.25:
            attendance.set_attendance(
                session,
                meeting_id,
                row.id,
                AttendanceStatus.REPRESENTED,
                representative_name=f"นาง{rng.choice(FIRST_FEMALE)} {rng.choice(SURNAMES)}",
                representative_position=f"ผู้แทน{member.person.position}",
            )
    attendance.add_guest(session, meeting_id, "นายวิรัช ไสสม", "พัฒนาการจังหวัดพะเยา")


def _items(session: Session, meeting_id: int, items: list[tuple[int, str, str]]) -> list[int]:
    meeting = session.get(Meeting, meeting_id)
    assert meeting is not None
    heads = sections(meeting)
    return [agenda.add_item(session, heads[section].id, title, body) for section, title, body in items]


def _ended(session: Session, meeting_id: int, at: dt.time) -> None:
    """The end time the minutes print (adopting them needs it)."""
    row = session.get(Meeting, meeting_id)
    assert row is not None
    row.end_time = at


def _meetings(session: Session, committee: Committee, programme: Programme, calendar: DemoCalendar) -> None:
    """Two meetings in the state the workflow leaves them: the first adopted by the second, which is held.

    The first approved the households not found in Logbook (they are entered and linked to the
    resolution); the second adopted those minutes with a correction, followed up the open
    resolution on 4ท analysis and approved the GLO housing nomination.
    """
    venue = "ห้องประชุมที่ว่าการอำเภอเวียงทอง (ชั้น ๒)"
    discussion = long_discussion(calendar)
    tpmap, earlier = to_thai_digits(calendar.tpmap_year), to_thai_digits(f"4/{calendar.tpmap_year}")
    first = meeting.create_meeting(
        session, committee.id, calendar.first_meeting, venue=venue, start_time=dt.time(9, 30)
    )
    chair, adopt, check, analysis, other = _items(
        session,
        first,
        [
            (0, f"การขับเคลื่อนการขจัดความยากจนตามแนวทาง TPMAP ปี {tpmap}",
             "ประธานแจ้งแนวทางการขับเคลื่อนการดำเนินงานตามหนังสือจังหวัดพะเยา"),
            (1, f"รับรองรายงานการประชุม ครั้งที่ {earlier}", f"ฝ่ายเลขานุการฯ เสนอรายงานการประชุม ครั้งที่ {earlier}"),
            (3, "ขอความเห็นชอบบันทึกข้อมูลครัวเรือนที่ไม่พบในระบบ TPMAP Logbook",
             "ฝ่ายเลขานุการฯ เสนอรายชื่อครัวเรือนที่ไม่พบในระบบ TPMAP Logbook ตามบัญชีแนบท้าย"),
            (3, "การวิเคราะห์สภาพปัญหาครัวเรือนด้วยปฏิบัติการ ๔ ท",
             "ทีมปฏิบัติการระดับตำบลรายงานผลการวิเคราะห์"),
            (4, "กำหนดการประชุมครั้งต่อไป", ""),
        ],
    )  # fmt: skip
    agenda.set_household_list(session, check, "not_found")
    _ended(session, first, dt.time(12, 0))
    meeting.send_agenda(session, first)
    meeting.mark_held(session, first)
    _attendance(session, first, 1)
    for item, text in (
        (chair, "ประธานแจ้งให้ที่ประชุมทราบถึงแนวทางการขับเคลื่อนการขจัดความยากจนและพัฒนาคนทุกช่วงวัย"
                "อย่างยั่งยืนตามหลักปรัชญาของเศรษฐกิจพอเพียง โดยใช้ข้อมูลจากระบบ TPMAP เป็นเครื่องมือหลัก "
                "และขอให้ทุกหน่วยงานบูรณาการการทำงานร่วมกันอย่างใกล้ชิด"),
        (check, discussion),
        (analysis, discussion),
        (other, f"ที่ประชุมกำหนดประชุมครั้งต่อไปในเดือน{_month(calendar.second_meeting)} "
                f"{to_thai_digits(be_year(calendar.second_meeting))}"),
    ):  # fmt: skip
        meeting.write_discussion(session, item, text)
    noted = ResolutionOutcome.NOTED
    resolutions.record_resolution(session, chair, text="ที่ประชุมรับทราบ", outcome=noted)
    resolutions.record_resolution(
        session, adopt, text="ที่ประชุมรับรองรายงานการประชุมโดยไม่มีการแก้ไข", outcome=ResolutionOutcome.APPROVED
    )
    approve = resolutions.record_resolution(
        session,
        check,
        text="ที่ประชุมมีมติเห็นชอบให้บันทึกข้อมูลครัวเรือนตามบัญชีแนบท้ายในระบบ TPMAP Logbook",
        outcome=ResolutionOutcome.APPROVED,
        action=ResolutionAction.APPROVE_LOGBOOK,
    )
    resolutions.apply_resolution(session, approve)
    resolutions.record_resolution(
        session,
        analysis,
        text="ที่ประชุมรับทราบ และมอบทีมปฏิบัติการระดับตำบลวิเคราะห์ครัวเรือนที่เหลือให้แล้วเสร็จ",
        outcome=noted,
        is_open=True,
    )
    resolutions.record_resolution(session, other, text="ที่ประชุมรับทราบ", outcome=noted)

    second = meeting.create_meeting(
        session, committee.id, calendar.second_meeting, venue=venue, start_time=dt.time(13, 30)
    )
    year = to_thai_digits(calendar.programme_year)
    glo, consider, misc = _items(
        session,
        second,
        [
            (0, f"โครงการบ้านห่วงใยจากใจ GLO ประจำปีงบประมาณ พ.ศ. {year}",
             f"ตามหนังสือจังหวัดพะเยา ที่ พย ๐๐๑๙.๔/ว ๓๓/๖๓ ลงวันที่ {thai_date(calendar.circular_dated)}"),
            (3, "ขอความเห็นชอบครัวเรือนเข้าร่วมโครงการบ้านห่วงใยจากใจ GLO",
             "ฝ่ายเลขานุการฯ เสนอครัวเรือนที่ผ่านการตรวจสอบในระบบ TPMAP Logbook ตามบัญชีแนบท้าย"),
            (4, "เรื่องอื่น ๆ", ""),
        ],
    )  # fmt: skip
    agenda.set_household_list(session, consider, "nominations", str(programme.id))
    _ended(session, second, dt.time(16, 0))
    meeting.send_agenda(session, second)
    meeting.mark_held(session, second)
    _attendance(session, second, 2)
    detail = meeting_detail(session, second)
    carried = next(i.id for i in detail.items if i.carried_over)
    for item, text in (
        (glo, "ประธานแจ้งว่าจังหวัดพะเยาให้อำเภอคัดเลือกครัวเรือนเข้าร่วมโครงการบ้านห่วงใยจากใจ GLO "
              "อำเภอละ ๑ ครัวเรือน และให้ตรวจสอบข้อมูลในระบบ TPMAP Logbook"),
        (carried, discussion),
        (consider, discussion),
        (misc, "ไม่มี"),
    ):  # fmt: skip
        meeting.write_discussion(session, item, text)
    meeting.adopt_previous_minutes(session, second, "แก้ไขชื่อผู้เข้าร่วมประชุมให้ถูกต้อง")
    resolutions.record_resolution(session, glo, text="ที่ประชุมรับทราบ", outcome=noted)
    resolutions.record_resolution(session, carried, text="ที่ประชุมรับทราบความก้าวหน้า", outcome=noted)
    nominate = resolutions.record_resolution(
        session,
        consider,
        text="ที่ประชุมมีมติเห็นชอบครัวเรือนตามที่ฝ่ายเลขานุการฯ เสนอเข้าร่วมโครงการบ้านห่วงใยจากใจ GLO",
        outcome=ResolutionOutcome.APPROVED,
        action=ResolutionAction.APPROVE_NOMINATION,
        action_params={"programme_id": programme.id},
    )
    resolutions.apply_resolution(session, nominate)
    resolutions.record_resolution(session, misc, text="ไม่มี", outcome=noted)
    session.flush()


def _later_reconcile(
    session: Session, households: list[Household], rng: random.Random, today: dt.date
) -> None:
    """The reconcile after the meetings found a few more households missing from Logbook."""
    unchecked = [h for h in households if h.logbook_status == LogbookStatus.NOT_CHECKED]
    for household in rng.sample(unchecked, min(5, len(unchecked))):
        household.logbook_status = LogbookStatus.NOT_FOUND
        household.logbook_status_on = today - dt.timedelta(days=1)
    session.flush()


def load_demo(session: Session, households: int = 64, seed: int = 2567, today: dt.date | None = None) -> None:
    """Fill an empty database with the demo district dated around ``today`` (default: the real
    today); refuses a database that has households."""
    if session.scalar(select(func.count()).select_from(Household)):
        raise UserError(
            "ฐานข้อมูลนี้มีข้อมูลครัวเรือนอยู่แล้ว จึงไม่เพิ่มข้อมูลตัวอย่าง",
            "This database already holds households; the demo district was not added.",
        )
    calendar = DemoCalendar(today or dt.date.today())
    rng = random.Random(seed)
    seed_reference_data(session)
    _office(session)
    committee = _committee(session, calendar.committee_since)
    created = _households(session, rng, households, calendar.today)
    programme = _programme(session, created, calendar)
    _meetings(session, committee, programme, calendar)
    _later_reconcile(session, created, rng, calendar.today)
    add_casework_demo(session, rng, created, calendar.today, calendar.programme_year + 1)


@operation(None)  # an empty database only (load_demo refuses one with households)
def load(unit: Unit, households: int = 64, today: dt.date | None = None) -> int:
    """The demo district in one transaction, from the window or `demo`; returns its households."""
    load_demo(unit.session, households=households, today=today)
    return int(unit.session.scalar(select(func.count()).select_from(Household)) or 0)
