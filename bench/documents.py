"""Minutes with 20 agenda items and a 1,000-household annex: our PDF vs LibreOffice.

    uv run python -m bench.documents

Prints our PDF time and pages per second, the DOCX twin's time, and — when `libreoffice`
is installed — LibreOffice's time to convert the DOCX twin to PDF in the same run (the
path a clerk would take otherwise), with the ratio. Goal: ours ≤ 0.5× LibreOffice's.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.generate import households
from desktop.demo import DemoCalendar, long_discussion
from desktop.documents import render
from desktop.documents.meeting_documents import HOUSEHOLD_COLUMNS
from desktop.documents.model import Document, Paragraph, Run, SignatureBlock, Table, heading
from desktop.thai import mask_national_id, to_thai_digits

LONG_DISCUSSION = long_discussion(DemoCalendar(dt.date(2024, 9, 11)))  # the text measured so far


def build(items: int = 20, annex: int = 1000) -> Document:
    doc = Document("รายงานการประชุม (benchmark)")
    doc.add(heading("รายงานการประชุม"), Paragraph.of("ครั้งที่ ๒/๒๕๖๗", align="center", bold=True))
    for number in range(1, items + 1):
        label = to_thai_digits(number)
        doc.add(Paragraph([Run(f"ระเบียบวาระที่ {label}", True), Run("  เรื่องเพื่อพิจารณา", True)], space_before=8))
        doc.add(Paragraph.of(LONG_DISCUSSION, first_indent_cm=2.5))
        doc.add(Paragraph.of("มติที่ประชุม", bold=True, first_indent_cm=2.5))
        doc.add(Paragraph.of("ที่ประชุมมีมติเห็นชอบตามที่ฝ่ายเลขานุการเสนอ", first_indent_cm=2.5))
    doc.add(SignatureBlock(["(ลงชื่อ) ..................... ผู้จดรายงานการประชุม", "(นางสาวพรทิพย์ วงค์คำ)"]))
    rows = [
        [
            to_thai_digits(i),
            f"{h.title}{h.first_name} {h.last_name}",
            to_thai_digits(mask_national_id(h.national_id)),
            to_thai_digits(f"{h.house_no} ม.{h.village_no} ต.{h.subdistrict}"),
            to_thai_digits(h.target_group),
            "ไม่พบในระบบ",
        ]
        for i, h in enumerate(households(annex), 1)
    ]
    doc.add(Table(HOUSEHOLD_COLUMNS, rows, size=12, caption="บัญชีรายชื่อครัวเรือนแนบท้าย"))
    return doc


def main() -> None:
    from pypdf import PdfReader

    document = build()
    with tempfile.TemporaryDirectory(prefix="amphoe-bench-docs-") as scratch:
        folder = Path(scratch)
        render(build(1, 5), folder / "warm.pdf")  # load fonts and the word list once, as a running app has
        started = time.perf_counter()
        render(document, folder / "minutes.pdf")
        ours = time.perf_counter() - started
        pages = len(PdfReader(str(folder / "minutes.pdf")).pages)
        started = time.perf_counter()
        render(document, folder / "minutes.docx")
        docx_time = time.perf_counter() - started
        print(f"our PDF        : {ours:6.2f} s for {pages} pages ({pages / ours:.1f} pages/s)")
        print(f"our DOCX twin  : {docx_time:6.2f} s")
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if office is None:
            print("LibreOffice    : not installed; no ratio (apt-get install libreoffice-writer-nogui)")
            return
        subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(folder / "warm"),
                        str(folder / "minutes.docx")], capture_output=True, check=True)  # fmt: skip
        started = time.perf_counter()
        subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(folder / "lo"),
                        str(folder / "minutes.docx")], capture_output=True, check=True)  # fmt: skip
        libre = time.perf_counter() - started
        print(f"LibreOffice    : {libre:6.2f} s to convert the DOCX twin to PDF")
        print(f"ratio ours / LibreOffice: {ours / libre:.2f}x  (goal <= 0.5x)")


if __name__ == "__main__":
    main()
