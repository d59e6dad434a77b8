"""หนังสือภายนอก (external letter) and บันทึกข้อความ (memo), laid out as งานสารบรรณ prescribes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.documents.fonts import Family
from desktop.documents.model import (
    Document,
    Emblem,
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


GAP = "  "  # two spaces between a heading word (เรื่อง, เรียน, อ้างถึง) and its text


def _hanging(doc: Document, label: str, text: str, **options: object) -> Paragraph:
    """The label at the margin, the text after two spaces, its later lines hanging under it."""
    family = doc.family or Family.bundled()
    indent = family.width_cm(label + GAP, 16)
    return Paragraph(
        [Run(text)],
        label=label,
        label_at_margin=True,
        left_indent_cm=round(indent, 2),
        **options,  # type: ignore[arg-type]
    )


def _enclosures(doc: Document, items: list[str], t: Callable[[object], str]) -> list[Paragraph]:
    """สิ่งที่ส่งมาด้วย with its items numbered beside it, each hanging under its own text."""
    if len(items) == 1:
        return [_hanging(doc, "สิ่งที่ส่งมาด้วย", t(items[0]), space_before=6)]
    family = doc.family or Family.bundled()
    at = family.width_cm("สิ่งที่ส่งมาด้วย" + GAP, 16)
    indent = round(at + max(family.width_cm(t(f"{n}.") + " ", 16) for n in range(1, len(items) + 1)), 2)
    paragraphs = []
    for number, item in enumerate(items, 1):
        first = number == 1  # the heading word stands on the first item's line
        paragraphs.append(
            Paragraph(
                [Run(t(item))],
                label=("สิ่งที่ส่งมาด้วย" + GAP if first else "") + t(f"{number}."),
                label_at_margin=True,
                first_indent_cm=0.0 if first else round(at, 2),
                left_indent_cm=indent,
                space_before=6 if first else 0,
            )
        )
    return paragraphs


def external_letter(doc: Document, letter: ExternalLetter, t: Callable[[object], str]) -> Document:
    """แบบที่ ๑: Garuda 3 cm at the top, ที่ and the address below it, the date from the
    middle, the heading words with hanging texts, the signature kept whole, the owning unit
    with telephone, fax and e-mail at the bottom left."""
    doc.add(Emblem(letter.garuda, 3.0, 1.5, "center"))
    doc.add(SideBySide([f"ที่ {t(letter.number)}"], [t(line) for line in letter.address], space_after=6))
    doc.add(Paragraph.of(t(letter.dated), left_indent_cm=8.0, space_after=6))
    doc.add(_hanging(doc, "เรื่อง", t(letter.subject)))
    doc.add(_hanging(doc, "เรียน", letter.salutation, space_before=6))
    if letter.reference:
        doc.add(_hanging(doc, "อ้างถึง", t(letter.reference), space_before=6))
    if letter.enclosures:
        doc.add(*_enclosures(doc, letter.enclosures, t))
    for index, text in enumerate(letter.body):
        doc.add(Paragraph.of(t(text), first_indent_cm=INDENT, space_before=6 if index == 0 else 4))
    doc.add(Paragraph.of(letter.closing, first_indent_cm=INDENT, space_before=6, keep_with_next=True))
    doc.add(
        SignatureBlock(
            ["ขอแสดงความนับถือ", "", "", f"({letter.signer_name})", *letter.signer_position], space_before=14
        )
    )
    doc.add(Spacer(18))
    for line in [letter.owning_unit, *[c for c in letter.contact if c]]:
        # an e-mail address keeps its own (Arabic) digits: it must still reach the office
        doc.add(Paragraph.of(line if "@" in line else t(line), size=16))
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
    garuda: Path | None = None


def memo(doc: Document, note: Memo, t: Callable[[object], str]) -> Document:
    """แบบที่ ๒: Garuda 1.5 cm at the left, บันทึกข้อความ 29 pt on its foot."""
    doc.add(Emblem(note.garuda, 1.5, 1.5, "left", beside_size=29))
    doc.add(heading("บันทึกข้อความ", size=29, space_after=6))
    doc.add(Paragraph([Run("ส่วนราชการ", True), Run("  " + t(note.unit))]))
    doc.add(SideBySide([f"ที่  {t(note.number)}"], [f"วันที่  {t(note.dated)}"]))
    doc.add(Paragraph([Run("เรื่อง", True), Run("  " + t(note.subject))], space_after=6))
    doc.add(Paragraph.of(f"เรียน  {note.salutation}", space_after=6))
    for text in note.body:
        doc.add(Paragraph.of(t(text), first_indent_cm=INDENT, space_after=4))
    doc.add(SignatureBlock([f"({note.signer_name})", *note.signer_position], space_before=36))
    return doc
