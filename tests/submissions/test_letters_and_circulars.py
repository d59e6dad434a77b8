"""The letter register numbers per Buddhist-era year and never repeats (PG, threads);
circulars carry deadlines that show as due or overdue."""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import select

from database.enums import DeliverableKind
from database.models import Circular, Household, OfficeProfile, OutgoingLetter, Programme
from desktop.db import Database, open_database
from desktop.submissions.circulars import (
    CircularInput,
    DeadlineInput,
    due_and_overdue,
    list_circulars,
    register_circular,
)
from desktop.submissions.letters import allocate_letter, cancel_letter, list_letters


def test_numbers_run_per_buddhist_era_year_under_the_office_code(demo_database: Database) -> None:
    with demo_database.session() as session:
        numbers = [
            allocate_letter(session, dated=dt.date(2024, 12, 30), subject=f"เรื่อง {i}").running_no
            for i in range(3)
        ]
        new_year = allocate_letter(session, dated=dt.date(2025, 1, 2), subject="ปีใหม่")
        cancel_letter(session, (numbers and session.scalars(select(OutgoingLetter.id)).first()) or 0, "พิมพ์ผิด")
        after_cancel = allocate_letter(session, dated=dt.date(2024, 12, 31), subject="หลังยกเลิก")
    assert numbers == [1, 2, 3]
    assert (new_year.year_be, new_year.running_no) == (2568, 1)
    assert after_cancel.running_no == 4  # a voided number is never handed out again
    with demo_database.session() as session:
        rows = list_letters(session)
    assert rows[0].number == "พย ๐๗๑๙/๑" and rows[0].year_be == 2568
    assert [r.number for r in rows if r.year_be == 2567] == [
        "พย ๐๗๑๙/๔",
        "พย ๐๗๑๙/๓",
        "พย ๐๗๑๙/๒",
        "พย ๐๗๑๙/๑",
    ]
    assert [r.cancelled for r in rows if r.year_be == 2567][-1] is True


def test_concurrent_clerks_on_postgresql_never_get_the_same_number(migrated_postgres_url: str) -> None:
    setup = open_database(migrated_postgres_url)
    with setup.session() as session:
        session.add(OfficeProfile(district="เวียงทอง", letter_code="พย ๐๗๑๙"))
    setup.dispose()
    clerks, letters_each = 8, 12
    taken: list[tuple[int, int]] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(clerks)
    lock = threading.Lock()

    def clerk(index: int) -> None:
        database = open_database(migrated_postgres_url, migrate=False)  # one engine per clerk's PC
        try:
            barrier.wait()
            for number in range(letters_each):
                with database.session() as session:
                    letter = allocate_letter(session, dated=dt.date(2024, 9, 5), subject=f"{index}-{number}")
                    with lock:
                        taken.append((letter.year_be, letter.running_no))
        except BaseException as error:  # reported below, the thread must not swallow it
            errors.append(error)
        finally:
            database.dispose()

    threads = [threading.Thread(target=clerk, args=(i,)) for i in range(clerks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    numbers = sorted(n for _, n in taken)
    assert numbers == list(range(1, clerks * letters_each + 1))  # no repeat, no gap
    check = open_database(migrated_postgres_url, migrate=False)
    with check.session() as session:
        stored = session.scalars(select(OutgoingLetter.running_no).order_by(OutgoingLetter.running_no)).all()
    check.dispose()
    assert list(stored) == numbers


def test_register_a_circular_with_deadlines_and_links(demo_database: Database) -> None:
    with demo_database.session() as session:
        households = session.scalars(select(Household.id).limit(2)).all()
        programme = session.scalars(select(Programme.id)).first()
        circular_id = register_circular(
            session,
            CircularInput(
                reference="พย ๐๐๑๙.๓/ว ๔๕",
                dated=dt.date(2024, 9, 10),
                sender="จังหวัดพะเยา",
                subject="ขอให้รายงานผลการช่วยเหลือครัวเรือน",
                requires_full_ids=True,
                programme_id=programme,
                household_ids=list(households),
                deadlines=[
                    DeadlineInput(dt.date(2024, 9, 20), DeliverableKind.HOUSEHOLD_LIST, "บัญชีครัวเรือน"),
                    DeadlineInput(dt.date(2024, 10, 30), DeliverableKind.REPORT, "รายงานผล"),
                ],
            ),
        )
    with demo_database.session() as session:
        rows = {row.id: row for row in list_circulars(session)}
        assert rows[circular_id].household_count == 2 and rows[circular_id].requires_full_ids
        assert [d.due_text for d in rows[circular_id].deadlines] == ["๒๐ กันยายน ๒๕๖๗", "๓๐ ตุลาคม ๒๕๖๗"]
        assert session.get(Programme, programme).circular_id == circular_id  # type: ignore[union-attr]
        due = due_and_overdue(session, dt.date(2024, 9, 21))
        # the demo circular's 18 Sep deadline and the new 20 Sep one have passed, oldest first
        assert [(i.reference, i.days_left) for i in due.overdue] == [
            ("พย ๐๐๑๙.๔/ว ๓๓/๖๓", -3),
            ("พย ๐๐๑๙.๓/ว ๔๕", -1),
        ]
        assert (
            "เลยกำหนด ๓ วัน" in due.overdue[0].sentence_th() or "เลยกำหนด 3 วัน" in due.overdue[0].sentence_th()
        )
        due = due_and_overdue(session, dt.date(2024, 9, 15))  # both within 14 days, soonest first
        assert [(i.reference, i.days_left) for i in due.due_soon] == [
            ("พย ๐๐๑๙.๔/ว ๓๓/๖๓", 3),
            ("พย ๐๐๑๙.๓/ว ๔๕", 5),
        ]
        assert due_and_overdue(session, dt.date(2024, 8, 1)).empty
        assert session.scalars(select(Circular)).all()
