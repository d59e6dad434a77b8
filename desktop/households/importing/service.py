"""Import a household spreadsheet: read → map columns → validate → match → (preview) → write.

Nothing here knows about Qt: the CLI and the GUI call ``prepare_import`` and ``run_import``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.db import Database
from desktop.errors import UserError
from desktop.households.importing.columns import Mapping, check_required, detect_mapping, load_mapping
from desktop.households.importing.merge import Plan, apply_plan, plan_import
from desktop.households.importing.reader import Table, read_table
from desktop.households.importing.rows import Parsed, Problem, parse_rows
from desktop.memory import cycle_collector_paused
from desktop.progress import NO_PROGRESS, Progress
from desktop.spreadsheets import Column, Sheet, write_workbook


@dataclass
class ImportOptions:
    sheet: str | None = None
    mapping_name: str | None = None
    mapping: Mapping | None = None  # a mapping the clerk corrected in the GUI wins over all
    dry_run: bool = False
    skip_invalid: bool = False


@dataclass
class ImportResult:
    path: Path
    parsed: Parsed
    plan: Plan
    written: bool = False
    refused: bool = False  # invalid rows and no --skip-invalid: nothing was written
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def problems(self) -> list[Problem]:
        return self.parsed.problems

    def summary(self, lang: str = "th") -> str:
        p, plan = self.parsed, self.plan
        new_members = sum(len(h.members) for h in plan.new_households) + len(plan.new_members)
        if lang == "en":
            return (
                f"{p.rows_read:,} rows read ({len(p.rejected):,} invalid, {p.skipped_blank:,} blank and "
                f"{p.skipped_totals:,} total rows skipped); new households {len(plan.new_households):,}, "
                f"new members {new_members:,}, households updated {len(plan.touched):,}, "
                f"unchanged {plan.unchanged_households:,}, clerk's edits kept {len(plan.conflicts):,}"
            )
        return (
            f"อ่าน {p.rows_read:,} แถว (ไม่ผ่าน {len(p.rejected):,} แถว ข้ามแถวว่าง {p.skipped_blank:,} "
            f"และแถวรวม {p.skipped_totals:,}) ครัวเรือนใหม่ {len(plan.new_households):,} "
            f"สมาชิกใหม่ {new_members:,} ครัวเรือนที่ปรับปรุง {len(plan.touched):,} "
            f"ไม่เปลี่ยนแปลง {plan.unchanged_households:,} คงค่าที่แก้ไขในโปรแกรม {len(plan.conflicts):,}"
        )


def read_and_map(
    database: Database,
    path: Path,
    options: ImportOptions,
    progress: Progress = NO_PROGRESS,
    streaming: bool = False,
) -> tuple[Table, Mapping]:
    """The sheet and its column mapping; ``streaming``: see ``read_table``."""
    progress(0, 0, "เปิดไฟล์")
    table = read_table(path, options.sheet, streaming)
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


def run_import(
    database: Database, path: Path, options: ImportOptions, progress: Progress = NO_PROGRESS
) -> ImportResult:
    """The whole import in one transaction.

    With invalid rows (and no skip-invalid) or a dry run, nothing is written.
    """
    with cycle_collector_paused():
        return _run_import(database, Path(path), options, progress)


def _run_import(database: Database, path: Path, options: ImportOptions, progress: Progress) -> ImportResult:
    table, mapping = read_and_map(database, path, options, progress, streaming=True)
    parsed = parse_rows(table, mapping, progress)  # validates while the rest is still read
    del table
    if parsed.rows_read == 0:
        raise UserError(
            f"{path.name}: ไม่มีข้อมูลครัวเรือนใต้แถวหัวตาราง",
            f"{path.name}: there are no household rows below the header row.",
        )
    refused = bool(parsed.problems) and not options.skip_invalid
    with database.session() as session:
        plan = plan_import(session, parsed.records, progress)
        result = ImportResult(path, parsed, plan, refused=refused)
        if refused or options.dry_run or plan.is_empty():
            return result  # only read: the transaction ends with nothing to commit
        apply_plan(session, plan, path.name, progress)
        result.written = True
    return result


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
