from __future__ import annotations

from sqlalchemy import func, select

from database.enums import LogbookStatus
from database.models import Committee, CommitteeMember, Household, Meeting, Member, Nomination, OfficeProfile
from desktop.db import Database
from desktop.thai import is_valid_national_id


def test_demo_district_is_realistic(demo_database: Database) -> None:
    with demo_database.session() as session:
        assert session.scalar(select(func.count()).select_from(Household)) >= 60
        groups = set(session.scalars(select(Household.target_group).distinct()))
        assert groups == {1, 2, 3, 4}
        subdistricts = set(session.scalars(select(Household.subdistrict).distinct()))
        assert len(subdistricts) >= 3
        ids = list(session.scalars(select(Member.national_id).where(Member.national_id.is_not(None))))
        assert ids and all(is_valid_national_id(i) for i in ids)
        assert (
            session.scalar(select(func.count()).select_from(Member).where(Member.national_id.is_(None))) > 0
        )
        assert session.scalar(
            select(func.count())
            .select_from(Household)
            .where(Household.logbook_status == LogbookStatus.NOT_FOUND)
        )
        office = session.scalars(select(OfficeProfile)).one()
        assert office.letter_code and office.district == "เวียงทอง"
        committee = session.scalars(select(Committee)).one()
        members = session.scalar(
            select(func.count())
            .select_from(CommitteeMember)
            .where(CommitteeMember.committee_id == committee.id)
        )
        assert 18 <= members <= 25
        meetings = session.scalars(select(Meeting).order_by(Meeting.number)).all()
        assert len(meetings) == 2
        assert all(len(m.items) >= 8 for m in meetings)
        assert sum(len(i.discussion) for i in meetings[1].items) > 2000  # long, realistic minutes
        assert session.scalar(select(func.count()).select_from(Nomination)) >= 1
