"""Optimistic locking for several clerks: a stale save is refused with both versions.

Every record a clerk edits carries a version column (SQLAlchemy's ``version_id_col``). An
edit operation is given the version its form loaded; ``check_version`` refuses the save
when the stored version has moved on, and the UPDATE itself says ``WHERE id = ? AND
version = ?`` so that two saves in the same instant cannot both pass (the operation runner
in desktop/operations.py turns SQLAlchemy's StaleDataError into the same ConflictError).

A ``ConflictError`` carries what this clerk tried to save and what is stored now, as the
Python values of the fields concerned, with their Thai labels: the conflict dialog shows
them side by side and lets the clerk keep theirs, take the other, or pick field by field,
and the form saves again on top of the stored version. Nothing is overwritten silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from desktop.errors import UserError

ENTITY_TH = {
    "household": "ครัวเรือน", "member": "สมาชิกครัวเรือน", "plan_item": "แผนช่วยเหลือ",
    "analysis": "ผลการวิเคราะห์ ๔ ท", "meeting": "การประชุม", "agenda_item": "ระเบียบวาระ",
    "attendance": "ผู้เข้าประชุม", "resolution": "มติ", "circular": "หนังสือสั่งการ",
    "deadline": "กำหนดส่ง", "outgoing_letter": "หนังสือส่ง", "programme": "โครงการ",
    "nomination": "รายชื่อผู้ได้รับการเสนอ", "app_user": "บัญชีผู้ใช้",
    "activity": "กิจกรรมการช่วยเหลือ",
}  # fmt: skip
ENTITY_EN = {
    "household": "household", "member": "household member", "plan_item": "plan item",
    "analysis": "4T analysis", "meeting": "meeting", "agenda_item": "agenda item",
    "attendance": "attendance entry", "resolution": "resolution", "circular": "circular",
    "deadline": "deadline", "outgoing_letter": "letter", "programme": "programme",
    "nomination": "nomination", "app_user": "account",
    "activity": "assistance activity",
}  # fmt: skip


class ConflictError(UserError):
    """Another clerk saved this record first; carries both versions of the fields concerned."""

    def __init__(
        self,
        entity: str,
        entity_id: int,
        mine: Mapping[str, Any],
        theirs: Mapping[str, Any],
        mine_version: int | None,
        theirs_version: int | None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        what_th = ENTITY_TH.get(entity, entity)
        what_en = ENTITY_EN.get(entity, entity.replace("_", " "))
        if theirs_version is None:
            th = f"{what_th}รายการนี้ถูกลบไปแล้วโดยผู้อื่น การแก้ไขของคุณยังไม่ถูกบันทึก"
            en = f"Someone else deleted this {what_en}; your changes were not saved."
        else:
            th = (
                f"มีผู้อื่นบันทึก{what_th}รายการนี้ไปก่อนแล้ว (ฉบับที่ {theirs_version}) การแก้ไขของคุณยังไม่ถูกบันทึก "
                "โปรดเลือกว่าจะใช้ของคุณ ของอีกฝ่าย หรือรวมทีละช่อง"
            )
            en = (
                f"Someone else saved this {what_en} first (version {theirs_version}); your changes were "
                "not saved. Keep yours, take theirs, or choose field by field."
            )
        super().__init__(th, en)
        self.entity = entity
        self.entity_id = entity_id
        self.mine = dict(mine)
        self.theirs = dict(theirs)
        self.mine_version = mine_version
        self.theirs_version = theirs_version
        self.labels = dict(labels or {})
        # What a clerk reads for a reference (an agency's or a remedy's name for its id),
        # filled by the functions below, which have the session to look it up.
        self.names: dict[str, dict[Any, str]] = {}

    def shown_value(self, name: str, value: Any) -> Any:
        """The referenced record's name for an id field, else the value itself."""
        return self.names.get(name, {}).get(value, value)

    @property
    def deleted(self) -> bool:
        return self.theirs_version is None

    def differing(self) -> list[str]:
        """The fields this clerk changed whose stored value is now different."""
        return [name for name in self.mine if self.mine[name] != self.theirs.get(name)]

    def label(self, name: str, language: str = "th") -> str:
        """The field's name in the window's language: the feature's Thai label in Thai; in
        English the field's own name in words, as the audit tab shows it ('agency_id' → 'agency')."""
        if language == "th":
            return self.labels.get(name, name)
        return name.removesuffix("_id").replace("_", " ")


def version_key(model: type[Any]) -> str | None:
    column = inspect(model).version_id_col
    return None if column is None else str(column.key)


def current_values(obj: object, names: Mapping[str, Any] | list[str]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in names}


def _reference_names(
    session: Session, model: type[Any], values: list[Mapping[str, Any]]
) -> dict[str, dict[Any, str]]:
    """For each many-to-one field among the values, the target's name (or title) per id."""
    names: dict[str, dict[Any, str]] = {}
    for relationship in inspect(model).relationships:
        if relationship.direction.name != "MANYTOONE" or len(relationship.local_columns) != 1:
            continue
        key = next(iter(relationship.local_columns)).key
        wanted = {row[key] for row in values if row.get(key) is not None}
        target = relationship.mapper.class_
        for value in wanted:
            referenced = session.get(target, value)
            text = getattr(referenced, "name", None) or getattr(referenced, "title", None)
            if isinstance(text, str) and text:
                names.setdefault(str(key), {})[value] = text
    return names


def _named(conflict: ConflictError, session: Session | None, model: type[Any]) -> ConflictError:
    if session is not None:
        conflict.names = _reference_names(session, model, [conflict.mine, conflict.theirs])
    return conflict


def check_version(
    obj: object,
    expected_version: int | None,
    mine: Mapping[str, Any],
    labels: Mapping[str, str] | None = None,
) -> None:
    """Refuse an edit made on a copy older than what is stored (before anything is written).

    expected_version None means the caller did not load the record (a new row, or a
    command that acts without a form): nothing to compare.
    """
    if expected_version is None:
        return
    model = type(obj)
    key = version_key(model)
    if key is None:
        raise TypeError(f"{model.__name__} has no version column")
    stored = getattr(obj, key)
    if stored != expected_version:
        conflict = ConflictError(
            inspect(model).local_table.name,
            int(inspect(obj).identity[0]),
            mine,
            current_values(obj, list(mine)),
            expected_version,
            stored,
            labels,
        )
        raise _named(conflict, Session.object_session(obj), model)


def stored_conflict(
    session: Session,
    model: type[Any],
    row_id: int,
    mine: Mapping[str, Any],
    mine_version: int | None,
    labels: Mapping[str, str] | None = None,
) -> ConflictError:
    """The conflict as it stands now, read in a fresh transaction (after a lost race)."""
    obj = session.get(model, row_id)
    key = version_key(model)
    theirs = current_values(obj, list(mine)) if obj is not None else {}
    theirs_version = getattr(obj, key) if obj is not None and key else None
    conflict = ConflictError(
        inspect(model).local_table.name, row_id, mine, theirs, mine_version, theirs_version, labels
    )
    return _named(conflict, session, model)
