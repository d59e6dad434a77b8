"""หนังสือภายนอก (external letter) and บันทึกข้อความ (memo), laid out as งานสารบรรณ prescribes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.documents.model import (
    Document,
    Image,
    Paragraph,
    Run,
    SideBySide,
    SignatureBlock,
    Spacer,
    heading,
)

INDENT = 2.5


@dataclass
class ExternalLetter:
    number: str  # ที่ พย ๐๗๑๙/๑๒๓
    address: list[str]  # the office's address, top right
    dated: str
    subject: str
    salutation: str  # เรียน …
    body: list[str]
    signer_name: str
    signer_position: list[str]
    owning_unit: str
    contact: list[str] = field(default_factory=list)
    reference: str = ""  # อ้างถึง
    enclosures: list[str] = field(default_factory=list)  # สิ่งที่ส่งมาด้วย
    closing: str = "จึงเรียนมาเพื่อโปรดทราบ"
    garuda: Path | None = None


def _labelled(label: str, text: str) -> Paragraph:
    return Paragraph([Run(label), Run("  " + text)], left_indent_cm=0)


def external_letter(doc: Document, letter: ExternalLetter, t: Callable[[object], str]) -> Document:
    if letter.garuda is not None and letter.garuda.is_file():
        doc.add(Image(letter.garuda, 3.0, "center", space_after=0))
    else:
        doc.add(Spacer(84))  # where the 3 cm Garuda stands when the office supplies it
    doc.add(SideBySide([f"ที่ {t(letter.number)}"], [t(line) for line in letter.address], space_after=6))
    doc.add(Paragraph.of(t(letter.dated), left_indent_cm=8.0, space_after=6))
    doc.add(_labelled("เรื่อง", t(letter.subject)))
    doc.add(Paragraph.of(f"เรียน  {letter.salutation}", space_before=6))
    if letter.reference:
        doc.add(Paragraph.of(f"อ้างถึง  {t(letter.reference)}", space_before=6))
    if letter.enclosures:
        if len(letter.enclosures) == 1:
            doc.add(Paragraph.of(f"สิ่งที่ส่งมาด้วย  {t(letter.enclosures[0])}", space_before=6))
        else:
            doc.add(Paragraph.of("สิ่งที่ส่งมาด้วย", space_before=6))
            for number, enclosure in enumerate(letter.enclosures, 1):
                doc.add(Paragraph.of(t(enclosure), label=t(f"{number}."), left_indent_cm=3.6))
    for index, text in enumerate(letter.body):
        doc.add(Paragraph.of(t(text), first_indent_cm=INDENT, space_before=6 if index == 0 else 4))
    doc.add(Paragraph.of(letter.closing, first_indent_cm=INDENT, space_before=6))
    doc.add(
        SignatureBlock(
            ["ขอแสดงความนับถือ", "", "", f"({letter.signer_name})", *letter.signer_position], space_before=14
        )
    )
    doc.add(Spacer(18))
    for line in [letter.owning_unit, *[c for c in letter.contact if c]]:
        doc.add(Paragraph.of(t(line), size=16))
    return doc


@dataclass
class Memo:
    unit: str  # ส่วนราชการ
    number: str  # ที่
    dated: str  # วันที่
    subject: str
    salutation: str
    body: list[str]
    signer_name: str
    signer_position: list[str]


def memo(doc: Document, note: Memo, t: Callable[[object], str]) -> Document:
    doc.add(heading("บันทึกข้อความ", size=29, space_after=6))
    doc.add(Paragraph([Run("ส่วนราชการ", True), Run("  " + t(note.unit))]))
    doc.add(SideBySide([f"ที่  {t(note.number)}"], [f"วันที่  {t(note.dated)}"]))
    doc.add(Paragraph([Run("เรื่อง", True), Run("  " + t(note.subject))], space_after=6))
    doc.add(Paragraph.of(f"เรียน  {note.salutation}", space_after=6))
    for text in note.body:
        doc.add(Paragraph.of(t(text), first_indent_cm=INDENT, space_after=4))
    doc.add(SignatureBlock([f"({note.signer_name})", *note.signer_position], space_before=36))
    return doc
