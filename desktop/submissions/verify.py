"""Province side: check a package before trusting it — manifest, every hash, and that the
spreadsheets and PDFs inside really open. One sentence per problem."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyzipper

from desktop import incoming
from desktop.errors import UserError
from desktop.submissions.files import sha256_bytes, sha256_of
from desktop.submissions.household_lists import HEADERS
from desktop.submissions.package import FORMAT_NAME, FORMAT_VERSION, MANIFEST_NAME

# pyzipper carries its own copy of zipfile, with its own exception class.
READ_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    pyzipper.BadZipFile,
    zlib.error,
    OSError,
    ValueError,
)
READ_OR_PASSWORD_ERRORS: tuple[type[Exception], ...] = (*READ_ERRORS, RuntimeError)
PASSWORD_VARIABLE = "AMPHOE_PACKAGE_PASSWORD"  # the command line reads the password from it
REQUIRED_KEYS = ("format", "format_version", "created_at", "office", "district", "meeting", "counts", "files")


@dataclass
class Problem:
    th: str
    en: str

    def message(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th


@dataclass
class FileCheck:
    name: str
    kind: str
    size: int
    sha256: str
    ok: bool
    rows: int | None = None


@dataclass
class VerifyReport:
    path: Path
    sha256: str
    size: int
    encrypted: bool = False
    manifest: dict[str, Any] | None = None
    files: list[FileCheck] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem(self, th: str, en: str) -> None:
        self.problems.append(Problem(th, en))

    def summary_lines(self, lang: str = "th") -> list[str]:
        """The contents, one line each, for the CLI and the GUI."""
        th = lang != "en"
        lines = [f"{'ไฟล์' if th else 'file'}: {self.path.name}", f"SHA-256: {self.sha256}"]
        manifest = self.manifest or {}
        if manifest:
            meeting = manifest.get("meeting") or {}
            circular = manifest.get("circular") or {}
            counts = manifest.get("counts") or {}
            office = manifest.get("office") or {}
            reference = circular.get("reference", "-") if circular else "-"
            letter = (manifest.get("letter") or {}).get("number", "-")
            meeting_text = f"{meeting.get('committee', '')} {meeting.get('title', '')}"
            lines += [
                f"{'สำนักงาน' if th else 'office'}: {office.get('name', '')}",
                f"{'อำเภอ' if th else 'district'}: {manifest.get('district', '')} "
                f"{'จังหวัด' if th else 'province'}: {manifest.get('province', '')}",
                f"{'การประชุม' if th else 'meeting'}: {meeting_text} ({meeting.get('held_on', '')})",
                f"{'หนังสืออ้างถึง' if th else 'circular'}: {reference}",
                f"{'หนังสือนำส่ง' if th else 'cover letter'}: {letter}",
                f"{'สร้างเมื่อ' if th else 'created at'}: {manifest.get('created_at', '')}",
                f"{'เลขประจำตัวประชาชน' if th else 'national IDs'}: {manifest.get('national_ids', '')}",
                f"{'จำนวนครัวเรือน' if th else 'households'}: {counts.get('households', 0)}",
            ]
        for check in self.files:
            mark = "OK" if check.ok else ("ผิด" if th else "BAD")
            rows = f" ({check.rows} {'แถว' if th else 'rows'})" if check.rows is not None else ""
            lines.append(f"  [{mark}] {check.name} {check.size:,} B{rows}")
        return lines


def _is_date(value: Any, with_time: bool = False) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        (dt.datetime if with_time else dt.date).fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_count(value: Any) -> bool:
    return type(value) is int and 0 <= value <= 10_000_000


def _is_text(value: Any, limit: int = 255) -> bool:
    return isinstance(value, str) and len(value) <= limit


def manifest_problem(manifest: dict[str, Any]) -> tuple[str, str] | None:
    """The first value of the manifest that is not of the type and form the format says, as
    one sentence: what the rest of the program reads from it is then safe to use."""
    meeting, office, counts = manifest.get("meeting"), manifest.get("office"), manifest.get("counts")
    files, circular, letter = manifest.get("files"), manifest.get("circular"), manifest.get("letter")
    checks: list[tuple[str, bool]] = [
        ("created_at", _is_date(manifest.get("created_at"), with_time=True)),
        ("district", _is_text(manifest.get("district"))),
        ("province", _is_text(manifest.get("province", ""))),
        ("national_ids", manifest.get("national_ids", "masked") in ("full", "masked")),
        ("office", isinstance(office, dict) and all(_is_text(v) for v in office.values())),
        ("meeting", isinstance(meeting, dict)),
        ("meeting.held_on", isinstance(meeting, dict) and _is_date(meeting.get("held_on"))),
        (
            "meeting.title",
            isinstance(meeting, dict)
            and all(_is_text(meeting.get(key, "")) for key in ("committee", "title")),
        ),
        (
            "circular",
            circular is None or (isinstance(circular, dict) and all(_is_text(v) for v in circular.values())),
        ),
        ("letter", letter is None or (isinstance(letter, dict) and _is_text(letter.get("number", "")))),
        ("counts", isinstance(counts, dict) and all(_is_count(v) for v in counts.values())),
        ("files", isinstance(files, list) and len(files) <= incoming.MAX_ENTRIES),
    ]
    if isinstance(files, list):
        for entry in files:
            fine = (
                isinstance(entry, dict)
                and _is_text(entry.get("name"))
                and _is_text(entry.get("kind", ""), 40)
                and _is_text(entry.get("sha256", ""), 64)
                and all(_is_count(entry[key]) for key in ("size", "rows") if key in entry)
            )
            checks.append(("files", fine))
    for key, fine in checks:
        if not fine:
            return (
                f"manifest.json มีค่า {key} ที่ผิดรูปแบบ (ชนิดหรือรูปแบบวันที่ไม่ถูกต้อง) จึงตรวจสอบชุดเอกสารไม่ได้",
                f"manifest.json holds a malformed {key} (wrong type or date form), so the package cannot be "
                "checked.",
            )
    return None


def _open(path: Path, password: str | None) -> zipfile.ZipFile:
    archive: zipfile.ZipFile = pyzipper.AESZipFile(path)
    if password:
        archive.setpassword(password.encode("utf-8"))
    return archive


def _check_xlsx(data: bytes, name: str) -> int:
    from openpyxl import load_workbook

    incoming.check_xlsx(data, name)  # bombs, far cells, DTDs: before openpyxl reads it
    workbook = load_workbook(io.BytesIO(data), read_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        workbook.close()
    header_at = next((i for i, row in enumerate(rows) if row and row[0] == HEADERS[0]), None)
    if header_at is None or tuple(rows[header_at][: len(HEADERS)]) != HEADERS:
        raise ValueError("header")
    return sum(1 for row in rows[header_at + 1 :] if row and row[0] not in (None, ""))


def _check_pdf(data: bytes) -> int:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    pages = len(reader.pages)
    if pages < 1:
        raise ValueError("no pages")
    return pages


def _check_docx(data: bytes) -> None:
    from docx import Document

    Document(io.BytesIO(data))


def verify_package(path: Path, password: str | None = None) -> VerifyReport:
    path = Path(path)
    if not path.is_file():
        report = VerifyReport(path, "", 0)
        report.problem(f"ไม่พบไฟล์ {path}", f"The file {path} does not exist.")
        return report
    report = VerifyReport(path, sha256_of(path), path.stat().st_size)
    try:
        archive = _open(path, password)
    except READ_ERRORS as error:
        report.problem(
            f"ไฟล์ {path.name} ไม่ใช่ไฟล์ zip ที่สมบูรณ์ ({error})",
            f"{path.name} is not a complete zip file ({error}).",
        )
        return report
    with archive:
        try:  # duplicate, ../ or absolute names, links, bombs: before any entry is read
            incoming.check_zip_directory(path.name, archive.infolist(), what=("zip", "zip"))
        except UserError as error:
            report.problem(error.th, error.en)
            return report
        infos = {info.filename: info for info in archive.infolist()}
        report.encrypted = any(info.flag_bits & 0x1 for info in infos.values())
        if report.encrypted and not password:
            report.problem(
                f"ชุดเอกสารนี้ตั้งรหัสผ่านไว้ โปรดระบุรหัสผ่าน (--password แล้วพิมพ์ หรือตั้งใน {PASSWORD_VARIABLE})",
                "The package is password-protected; give the password (--password, then type it, "
                f"or set {PASSWORD_VARIABLE}).",
            )
            return report
        if MANIFEST_NAME not in infos:
            report.problem(
                "ไม่มีไฟล์ manifest.json ในชุดเอกสาร จึงตรวจสอบความครบถ้วนไม่ได้",
                "The package has no manifest.json, so its contents cannot be checked.",
            )
            return report
        if infos[MANIFEST_NAME].file_size > incoming.MAX_MANIFEST_BYTES:
            size = infos[MANIFEST_NAME].file_size
            report.problem(
                f"manifest.json ใหญ่เกินไป ({size:,} ไบต์; รับได้ไม่เกิน {incoming.MAX_MANIFEST_BYTES:,})",
                f"manifest.json is too large ({size:,} bytes; the limit is {incoming.MAX_MANIFEST_BYTES:,}).",
            )
            return report
        try:
            manifest = incoming.load_json(MANIFEST_NAME, archive.read(MANIFEST_NAME))
        except RuntimeError:  # zipfile's "Bad password"
            report.problem("รหัสผ่านไม่ถูกต้อง", "The password is wrong.")
            return report
        except UserError as error:
            report.problem(error.th, error.en)
            return report
        except READ_ERRORS as error:
            report.problem(f"อ่าน manifest.json ไม่ได้ ({error})", f"manifest.json cannot be read ({error}).")
            return report
        if not isinstance(manifest, dict):
            report.problem("manifest.json มีรูปแบบไม่ถูกต้อง", "manifest.json is not a JSON object.")
            return report
        report.manifest = manifest
        missing = [key for key in REQUIRED_KEYS if key not in manifest]
        if missing:
            report.problem(
                f"manifest.json ขาดข้อมูล {', '.join(missing)}", f"manifest.json lacks {', '.join(missing)}."
            )
            return report
        if manifest["format"] != FORMAT_NAME or manifest["format_version"] != FORMAT_VERSION:
            shown, version = str(manifest["format"])[:40], str(manifest["format_version"])[:10]
            report.problem(
                f"รูปแบบชุดเอกสาร {shown} รุ่น {version} ไม่รองรับ",
                f"Package format {shown} version {version} is not supported.",
            )
            return report
        wrong = manifest_problem(manifest)
        if wrong is not None:
            report.problem(*wrong)
            report.manifest = None  # not shown: its values are not what they claim to be
            return report
        listed = {entry.get("name"): entry for entry in manifest["files"] if isinstance(entry, dict)}
        for extra in sorted(set(infos) - set(listed) - {MANIFEST_NAME}):
            report.problem(
                f"ไฟล์ {extra} อยู่ในชุดเอกสารแต่ไม่มีใน manifest.json",
                f"The file {extra} is in the package but not in manifest.json.",
            )
        for listed_name, entry in listed.items():
            _check_entry(report, archive, infos, str(listed_name), entry)
        counts = manifest.get("counts") or {}
        if counts.get("files") != len(listed):
            report.problem(
                f"manifest.json ระบุจำนวนไฟล์ {counts.get('files')} แต่มีรายการ {len(listed)} ไฟล์",
                f"manifest.json counts {counts.get('files')} files but lists {len(listed)}.",
            )
        rows = sum(c.rows or 0 for c in report.files if c.kind == "household_list")
        if counts.get("households") != rows:
            report.problem(
                f"manifest.json ระบุ {counts.get('households')} ครัวเรือน แต่บัญชีในชุดมี {rows} แถว",
                f"manifest.json counts {counts.get('households')} households but the lists hold {rows} rows.",
            )
    return report


def _check_entry(
    report: VerifyReport,
    archive: zipfile.ZipFile,
    infos: dict[str, zipfile.ZipInfo],
    name: str,
    entry: dict[str, Any],
) -> None:
    kind = str(entry.get("kind", ""))
    if name not in infos:
        report.problem(
            f"ไม่พบไฟล์ {name} ที่ manifest.json ระบุไว้", f"The file {name} listed in manifest.json is missing."
        )
        report.files.append(FileCheck(name, kind, 0, "", False))
        return
    try:
        data = archive.read(name)
    except READ_OR_PASSWORD_ERRORS as error:
        report.problem(
            f"ไฟล์ {name} ถูกแก้ไขหรือเสียหาย อ่านไม่ได้ ({error})",
            f"The file {name} was altered or damaged and cannot be read ({error}).",
        )
        report.files.append(FileCheck(name, kind, 0, "", False))
        return
    digest = sha256_bytes(data)
    check = FileCheck(name, kind, len(data), digest, True)
    report.files.append(check)
    if digest != entry.get("sha256"):
        check.ok = False
        report.problem(
            f"ไฟล์ {name} ถูกแก้ไขหรือเสียหาย (SHA-256 ไม่ตรงกับ manifest.json)",
            f"The file {name} was altered or damaged (its SHA-256 does not match manifest.json).",
        )
    try:
        if name.endswith(".xlsx"):
            check.rows = _check_xlsx(data, name)
            if "rows" in entry and entry["rows"] != check.rows:
                check.ok = False
                report.problem(
                    f"บัญชี {name} มี {check.rows} แถว แต่ manifest.json ระบุ {entry['rows']} แถว",
                    f"The list {name} holds {check.rows} rows but manifest.json says {entry['rows']}.",
                )
        elif name.endswith(".pdf"):
            _check_pdf(data)
        elif name.endswith(".docx"):
            _check_docx(data)
    except UserError as error:  # the guard refused it: its own sentence
        check.ok = False
        report.problem(error.th, error.en)
    except Exception as error:  # any parser failure means the file does not open
        check.ok = False
        report.problem(
            f"เปิดไฟล์ {name} ไม่ได้ ไฟล์อาจเสียหาย ({type(error).__name__})",
            f"The file {name} does not open; it may be damaged ({type(error).__name__}).",
        )
