"""Households an earlier import merged by address alone, and splitting them (issue #18).

Before, rows of one address in a field list became members of one household, though a field list
is one row per household (one house number often holds several). Such a household is recognisable:
two or more members brought by an import, none with a relation to the head recorded (a sheet with a
relation column records it). It is only listed: the clerk splits it, or says it is one household;
nothing is split without the clerk.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from database.enums import AuditAction
from database.models import Household, Member
from desktop.audit import record
from desktop.errors import NotFoundError, ValidationError
from desktop.households.search import household_search_text

BY_IMPORT = "_by_import"  # merge.BY_IMPORT: the row was created by an import
ONE_HOUSEHOLD = "_one_household"  # the clerk said: these members are one household

# What a household split off keeps of the one it came from: the address and the targeting.
COPIED_FIELDS = (
    "house_no", "village_no", "village_name", "subdistrict", "district", "province", "postcode",
    "house_code", "target_group", "target_subgroup", "welfare_card", "income_per_person",
    "mpi_health", "mpi_living", "mpi_education", "mpi_income", "mpi_access", "source",
)  # fmt: skip


@dataclass(frozen=True)
class MergedMember:
    id: int
    name: str
    national_id: str
    is_head: bool


@dataclass(frozen=True)
class MergedHousehold:
    id: int
    address: str
    source: str
    members: tuple[MergedMember, ...]


def _address(household: Household) -> str:
    parts = [household.house_no]
    if household.village_no:
        parts.append(f"ม.{household.village_no}")
    if household.subdistrict:
        parts.append(f"ต.{household.subdistrict}")
    return " ".join(p for p in parts if p)


def merged_by_address(session: Session) -> list[MergedHousehold]:
    """Households that look merged by address alone by an earlier import, by id."""
    with_relation = func.sum(case((Member.relation != "", 1), else_=0))
    candidates = (
        select(Member.household_id)
        .group_by(Member.household_id)
        .having(func.count() >= 2, with_relation == 0)
    )
    found: list[MergedHousehold] = []
    households = session.scalars(
        select(Household)
        .where(Household.id.in_(candidates))
        .options(selectinload(Household.members))
        .order_by(Household.id)
    ).all()
    for household in households:
        if not (household.imported or {}).get(BY_IMPORT) or (household.imported or {}).get(ONE_HOUSEHOLD):
            continue
        imported = [m for m in household.members if (m.imported or {}).get(BY_IMPORT)]
        if len(imported) < 2:
            continue
        members = tuple(
            MergedMember(m.id, m.full_name, m.national_id or "", m.is_head) for m in household.members
        )
        found.append(MergedHousehold(household.id, _address(household), household.source, members))
    return found


def _household(session: Session, household_id: int) -> Household:
    household = session.get(Household, household_id)
    if household is None:
        raise NotFoundError(f"ไม่พบครัวเรือนรหัส {household_id}", f"There is no household {household_id}.")
    return household


def split_household(session: Session, household_id: int, member_ids: list[int] | None = None) -> list[int]:
    """Each member in ``member_ids`` (default: every member but the head) becomes the head of a
    household of its own at the same address, with the targeting copied; returns the new
    households' ids. Audited; all in the caller's transaction.

    The new household is marked as created by an import: the next import of the field list
    brings its own row's values (income, group …), which the merge had dropped.
    """
    household = _household(session, household_id)
    head = household.head
    if member_ids is None:
        moving = [m for m in household.members if m is not head]
    else:
        by_id = {m.id: m for m in household.members}
        unknown = [i for i in member_ids if i not in by_id]
        if unknown:
            raise NotFoundError(
                f"ไม่พบสมาชิกรหัส {unknown[0]} ในครัวเรือนนี้", f"There is no member {unknown[0]} in this household."
            )
        moving = [by_id[i] for i in member_ids]
    if not moving or len(moving) >= len(household.members):
        raise ValidationError(
            "ต้องเหลือสมาชิกอย่างน้อยหนึ่งคนในครัวเรือนเดิม และแยกออกอย่างน้อยหนึ่งคน",
            "At least one member must move out and at least one must stay.",
        )
    created: list[int] = []
    for member in moving:
        new = Household(**{name: getattr(household, name) for name in COPIED_FIELDS})
        new.imported = {BY_IMPORT: True}
        household.members.remove(member)
        member.is_head, member.sort_order = True, 0
        new.members.append(member)
        new.search_text = household_search_text(new)
        session.add(new)
        session.flush()
        created.append(new.id)
        record(
            session, AuditAction.CREATE, "household", new.id, field="split_from", after=household.id,
            summary=f"แยกจากครัวเรือนรหัส {household.id}: {member.full_name}",
        )  # fmt: skip
        record(
            session, AuditAction.UPDATE, "household", household.id, field="member",
            before=f"{member.full_name} {member.national_id or ''}".strip(), after=new.id,
            summary=f"แยก {member.full_name} ออกเป็นครัวเรือนรหัส {new.id}",
        )  # fmt: skip
    if household.head is None or not any(m.is_head for m in household.members):
        household.members[0].is_head = True
    household.search_text = household_search_text(household)
    session.flush()
    return created


def keep_together(session: Session, household_id: int) -> None:
    """The clerk says the members are one household: it leaves the list. Audited."""
    household = _household(session, household_id)
    household.imported = {**(household.imported or {}), ONE_HOUSEHOLD: True}
    record(
        session, AuditAction.UPDATE, "household", household.id, field="one_household", after=True,
        summary="ยืนยันว่าเป็นครัวเรือนเดียวกัน",
    )  # fmt: skip
    session.flush()
