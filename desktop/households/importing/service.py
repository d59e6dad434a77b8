"""Import a household spreadsheet: read → map columns → validate → shape and group → match → write.

Nothing here knows about Qt. The CLI calls ``run_import`` (all of it in one go); the GUI calls
``read_and_map`` (the top rows only, for the mapping), ``preview_import`` (the one full read, and
the plan) and then ``write_import``, which writes that very plan: the file is not read again,
and the plan is made again from the rows already read only when the register changed since
the preview (its ``register_stamp``) or the clerk changed the shape or a pair's decision.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database.models import AuditEntry, Household, Member
from desktop.db import Database
from desktop.errors import UserError
from desktop.households.importing.bulk import begin_writing
from desktop.households.importing.columns import Mapping, check_required, detect_mapping, load_mapping
from desktop.households.importing.grouping import ShapeChoice, decide_shape, group_records
from desktop.households.importing.merge import Plan, apply_plan, plan_import
from desktop.households.importing.reader import Table, read_table, read_top
from desktop.households.importing.rows import Parsed, Problem, parse_rows
from desktop.memory import cycle_collector_paused
from desktop.progress import NO_PROGRESS, Progress
from desktop.safety.access import Permission, require
from desktop.spreadsheets import Column, Sheet, write_workbook

SAME_ADDRESS_CHOICES = ("separate", "merge")


@dataclass
class ImportOptions:
    sheet: str | None = None
    mapping_name: str | None = None
    mapping: Mapping | None = None  # a mapping the clerk corrected in the GUI wins over all
    dry_run: bool = False
    skip_invalid: bool = False
    shape: str | None = None  # "household" | "person": forced; else the mapping's, else decided
    # Rows at one address in a one-row-per-household sheet: kept apart unless "merge" ...
    same_address: str = "separate"
    # ... or the clerk's decision for that pair (its two sheet row numbers → merge?).
    decisions: dict[tuple[int, int], bool] = field(default_factory=dict)

    def grouping_choice(self) -> tuple[Any, ...]:
        """What the plan's grouping depends on besides the rows."""
        return (self.shape, self.same_address, tuple(sorted(self.decisions.items())))


@dataclass
class ImportResult:
    path: Path
    parsed: Parsed
    plan: Plan
    shape: ShapeChoice
    options: ImportOptions
    stamp: tuple[Any, ...] = ()  # the register when the plan was made
    written: bool = False
    refused: bool = False  # invalid rows and no --skip-invalid: nothing was written

    @property
    def problems(self) -> list[Problem]:
        return self.parsed.problems

    def summary(self, lang: str = "th") -> str:
        p, plan = self.parsed, self.plan
        new_members = sum(len(h.members) for h in plan.new_households) + len(plan.new_members)
        pairs, merged = len(plan.pairs), plan.merged_pairs
        if lang == "en":
            return (
                f"{p.rows_read:,} rows read ({len(p.rejected):,} invalid, {p.skipped_blank:,} blank and "
                f"{p.skipped_totals:,} total rows skipped), {self.shape.shape.en()} "
                f"({self.shape.reason_en}); new households {len(plan.new_households):,}, "
                f"new members {new_members:,}, households updated {len(plan.touched):,}, "
                f"unchanged {plan.unchanged_households:,}, clerk's edits kept {len(plan.conflicts):,}; "
                f"maybe the same household {pairs:,} pairs ({merged:,} merged, "
                f"{pairs - merged:,} kept apart), "
                f"repeated IDs {plan.repeated_ids:,}"
            )
        return (
            f"อ่าน {p.rows_read:,} แถว (ไม่ผ่าน {len(p.rejected):,} แถว ข้ามแถวว่าง {p.skipped_blank:,} "
            f"และแถวรวม {p.skipped_totals:,}) {self.shape.shape.th()} ({self.shape.reason_th}) "
            f"ครัวเรือนใหม่ {len(plan.new_households):,} "
            f"สมาชิกใหม่ {new_members:,} ครัวเรือนที่ปรับปรุง {len(plan.touched):,} "
            f"ไม่เปลี่ยนแปลง {plan.unchanged_households:,} คงค่าที่แก้ไขในโปรแกรม {len(plan.conflicts):,} "
            f"อาจเป็นครัวเรือนเดียวกัน {pairs:,} คู่ (รวม {merged:,} แยก {pairs - merged:,}) "
            f"เลขประจำตัวซ้ำ {plan.repeated_ids:,}"
        )


def register_stamp(session: Session) -> tuple[Any, ...]:
    """A version stamp of the register: it changes with any insert, update or delete of a
    household or member (each bumps a count, a largest id or a latest update time) and with
    any audited change."""
    stamp: list[Any] = []
    for model in (Household, Member):
        stamp += session.execute(
            select(func.count(), func.max(model.id), func.max(model.updated_at)).select_from(model)
        ).one()
    stamp.append(session.scalar(select(func.max(AuditEntry.id))))
    return tuple(stamp)


def read_and_map(
    database: Database,
    path: Path,
    options: ImportOptions,
    progress: Progress = NO_PROGRESS,
    streaming: bool = False,
    top_only: bool = False,
) -> tuple[Table, Mapping]:
    """The sheet and its column mapping; ``streaming``: see ``read_table``; ``top_only``: only
    the rows the header is looked for in (the GUI's mapping step)."""
    progress(0, 0, "เปิดไฟล์")
    table = read_top(path, options.sheet) if top_only else read_table(path, options.sheet, streaming)
    if options.mapping is not None:
        mapping = options.mapping
    else:
        saved = None
        if options.mapping_name:
            with database.session() as session:
                saved = load_mapping(session, options.mapping_name)
        mapping = detect_mapping(table.rows, saved)
    check_required(mapping)
    return table, mapping


def _read(database: Database, path: Path, options: ImportOptions, progress: Progress) -> Parsed:
    table, mapping = read_and_map(database, path, options, progress, streaming=True)
    parsed = parse_rows(table, mapping, progress)  # validates while the rest is still read
    del table
    if parsed.rows_read == 0:
        raise UserError(
            f"{path.name}: ไม่มีข้อมูลครัวเรือนใต้แถวหัวตาราง",
            f"{path.name}: there are no household rows below the header row.",
        )
    return parsed


def _plan(
    session: Session, path: Path, parsed: Parsed, options: ImportOptions, progress: Progress
) -> ImportResult:
    mapping = parsed.mapping
    if options.shape is not None:
        mapping = dataclasses.replace(mapping, shape=options.shape)
    shape = decide_shape(mapping, parsed.records)
    grouping = group_records(parsed.records, shape.shape, options.same_address == "merge", options.decisions)
    stamp = register_stamp(session)
    plan = plan_import(session, grouping, progress)
    refused = bool(parsed.problems) and not options.skip_invalid
    return ImportResult(path, parsed, plan, shape, options, stamp, refused=refused)


def _write(session: Session, result: ImportResult, progress: Progress) -> ImportResult:
    if not (result.refused or result.options.dry_run or result.plan.is_empty()):
        apply_plan(session, result.plan, result.path.name, progress)
        result.written = True
    return result  # else only read: the transaction ends with nothing to commit


def run_import(
    database: Database, path: Path, options: ImportOptions, progress: Progress = NO_PROGRESS
) -> ImportResult:
    """The whole import in one transaction.

    With invalid rows (and no skip-invalid) or a dry run, nothing is written.
    """
    path = Path(path)
    with cycle_collector_paused():
        parsed = _read(database, path, options, progress)
        with database.session() as session:
            require(Permission.EDIT, session)  # here, whoever imports: window, CLI or self-test
            return _write(session, _plan(session, path, parsed, options, progress), progress)


def preview_import(
    database: Database, path: Path, options: ImportOptions, progress: Progress = NO_PROGRESS
) -> ImportResult:
    """Read the file once and plan the import without writing; ``write_import`` writes it."""
    path = Path(path)
    preview = dataclasses.replace(options, dry_run=True)
    with cycle_collector_paused():
        parsed = _read(database, path, preview, progress)
        with database.session() as session:
            require(Permission.EDIT, session)
            return _plan(session, path, parsed, preview, progress)


def replan(
    database: Database, preview: ImportResult, options: ImportOptions, progress: Progress = NO_PROGRESS
) -> ImportResult:
    """The preview again with another shape or other pair decisions: the rows already read
    are grouped and matched anew, the file is not read again."""
    options = dataclasses.replace(options, dry_run=True)
    with cycle_collector_paused(), database.session() as session:
        return _plan(session, preview.path, preview.parsed, options, progress)


def write_import(
    database: Database, preview: ImportResult, options: ImportOptions, progress: Progress = NO_PROGRESS
) -> ImportResult:
    """Write what the preview planned, in one transaction.

    The plan is made again from the preview's rows only if the register changed since (another
    window or clerk wrote meanwhile) or the clerk changed the shape, a pair's decision or
    skip-invalid: then the new plan, not the stale one, is written.
    """
    options = dataclasses.replace(options, dry_run=False)
    with cycle_collector_paused(), database.session() as session:
        require(Permission.EDIT, session)
        begin_writing(session.connection())  # SQLite: nobody writes between the check and the write
        same_choice = options.grouping_choice() == preview.options.grouping_choice()
        if same_choice and register_stamp(session) == preview.stamp:
            result = dataclasses.replace(
                preview, options=options, refused=bool(preview.problems) and not options.skip_invalid
            )
        else:
            result = _plan(session, preview.path, preview.parsed, options, progress)
        return _write(session, result, progress)


PROBLEM_COLUMNS = (
    Column("แถวที่", 8),
    Column("คอลัมน์", 22),
    Column("ค่าในไฟล์", 24, text=True),
    Column("ปัญหา", 50),
)
DIFFERENCE_COLUMNS = (
    Column("แถวที่", 8),
    Column("ครัวเรือน", 36),
    Column("ช่อง", 22),
    Column("ค่าเดิม", 22, text=True),
    Column("ค่าในไฟล์", 22, text=True),
    Column("ผล", 28),
)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def write_report(result: ImportResult, path: Path) -> None:
    """Problems, rejected rows and differences.

    The rejected rows keep the file's own header: the clerk fixes them and imports that sheet again.
    """
    parsed = result.parsed
    headers = parsed.mapping.headers
    width = max([len(headers)] + [len(raw) for _, raw in parsed.rejected])
    rejected_columns = [Column(h or f"คอลัมน์ {i + 1}", 16, text=True) for i, h in enumerate(headers)]
    rejected_columns += [Column(f"คอลัมน์ {i + 1}", 16, text=True) for i in range(len(headers), width)]
    rejected_rows = [[_text(v) for v in raw] + [""] * (width - len(raw)) for _, raw in parsed.rejected]
    sheets = [
        Sheet(
            "ปัญหา",
            PROBLEM_COLUMNS,
            [(p.row, p.column, p.value, p.reason) for p in parsed.problems],
            heading=f"ปัญหาในไฟล์ {result.path.name}",
        ),
        Sheet("แถวที่ไม่ผ่าน", rejected_columns, rejected_rows),
        Sheet(
            "ความแตกต่าง",
            DIFFERENCE_COLUMNS,
            [
                (
                    d.row,
                    d.label,
                    d.field_th,
                    _text(d.before),
                    _text(d.after),
                    "คงค่าที่แก้ไขในโปรแกรม" if d.kept else "ปรับปรุงตามไฟล์",
                )
                for d in result.plan.differences
            ],
        ),
    ]
    write_workbook(Path(path), sheets)
