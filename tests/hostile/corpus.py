"""A corpus of hostile files, generated (a few kB each, except where the size is the point).

Each entry names the command it is fed to and a word the one-sentence refusal must hold.
"""

from __future__ import annotations

import io
import json
import os
import struct
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.submissions.package import FORMAT_NAME, FORMAT_VERSION

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
    b'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
    b'main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
    b'"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    b'<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
    b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    b"</Relationships>"
)
HEADER = ["ลำดับ", "เลขประจำตัวประชาชน", "ชื่อ", "นามสกุล", "บ้านเลขที่", "หมู่ที่", "ตำบล", "อำเภอ", "จังหวัด"]
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    + "]>"
)
XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _header_row() -> str:
    return '<row r="1">' + "".join(_inline(f"{chr(65 + i)}1", h) for i, h in enumerate(HEADER)) + "</row>"


def sheet_xml(
    rows: str, dimension: str = "", prolog: str = '<?xml version="1.0" encoding="UTF-8"?>'
) -> bytes:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f"{prolog}<worksheet {NS}>{dim}<sheetData>{rows}</sheetData></worksheet>".encode()


def xlsx(sheet: bytes, shared: bytes | None = None, workbook: bytes = WORKBOOK) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared is not None:
            archive.writestr("xl/sharedStrings.xml", shared)
    return buffer.getvalue()


def _good_rows() -> str:
    return _header_row() + '<row r="2">' + _inline("A2", "1") + _inline("B2", "1101700203451") + "</row>"


def far_cell() -> bytes:
    return xlsx(sheet_xml(_header_row() + '<row r="1048576">' + _inline("XFD1048576", "x") + "</row>"))


def far_cell_hidden_in_a_near_row() -> bytes:
    return xlsx(sheet_xml(_header_row() + '<row r="2">' + _inline("T1048576", "x") + "</row>"))


def far_cell_odd_quoting() -> bytes:
    """Single quotes, spaces and another attribute order: what a plain byte search would miss."""
    return xlsx(
        sheet_xml(_header_row() + "<row r='2'><c t='inlineStr' r = 'XFD1048576'><is><t>x</t></is></c></row>")
    )


def far_cell_sheet_elsewhere() -> bytes:
    """The workbook's relations name a sheet outside xl/worksheets/."""
    rels = WORKBOOK_RELS.replace(b"worksheets/sheet1.xml", b"other/s.xml")
    sheet = sheet_xml(_header_row() + '<row r="1048576">' + _inline("XFD1048576", "x") + "</row>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("xl/workbook.xml", WORKBOOK),
            ("xl/_rels/workbook.xml.rels", rels),
            ("xl/other/s.xml", sheet),
        ]:
            archive.writestr(name, data)
    return buffer.getvalue()


def lying_dimension() -> bytes:
    return xlsx(sheet_xml(_good_rows(), dimension="A1:XFD1048576"))


def unplaced_cells() -> bytes:
    """Cells without r="…" are placed one after the other: 20,000 in a row far down."""
    return xlsx(sheet_xml(_header_row() + '<row r="5000">' + "<c><v>1</v></c>" * 20_000 + "</row>"))


def shared_string_bomb() -> bytes:
    """One 10 MB shared string referenced 100 times: 85 kB on disk, 1 GB in cells."""
    big = os.urandom(5 * 1024 * 1024).hex()  # hardly compressible: no zip-ratio refusal first
    shared = f'<?xml version="1.0" encoding="UTF-8"?><sst {NS} count="1"><si><t>{big}</t></si></sst>'
    cells = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(2, 102))
    return xlsx(sheet_xml(_header_row() + cells), shared.encode())


def _bomb(name: str, first: bytes, blocks: int, fill: bytes = b" ") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open(name, "w", force_zip64=True) as out:
            out.write(first)
            block = fill * (16 * 1024 * 1024)
            for _ in range(blocks):
                out.write(block)
    return buffer.getvalue()


def zip_bomb() -> bytes:
    """A sheet of 1 GB of blanks in 4 MB."""
    return _bomb("xl/worksheets/sheet1.xml", f'<?xml version="1.0"?><worksheet {NS}><sheetData>'.encode(), 64)


def wide_bomb() -> bytes:
    """400 entries of 1 MB each, none over the ratio limit on its own, 400 MB together."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        block = b"\x00" * (1024 * 1024)
        for index in range(400):
            archive.writestr(f"xl/media/image{index}.png", block)
    return buffer.getvalue()


def lying_size() -> bytes:
    """The directory says the sheet is 200 bytes; it inflates to 50 MB."""
    good = xlsx(sheet_xml(_good_rows() + " " * (50 * 1024 * 1024)))
    data = bytearray(good)
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    # the local header's sizes (offset 22) and the central directory's (offset 24)
    struct.pack_into("<I", data, info.header_offset + 22, 200)
    central = data.rfind(
        b"PK\x01\x02" + data[data.find(b"PK\x01\x02") + 4 : data.find(b"PK\x01\x02") + 4][:0]
    )
    position = 0
    while (position := data.find(b"PK\x01\x02", position)) >= 0:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_length] == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", data, position + 24, 200)
        position += 4
    del central
    return bytes(data)


def billion_laughs() -> bytes:
    cell = '<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c>'
    body = f'<worksheet {NS}><sheetData><row r="1">{cell}</row></sheetData></worksheet>'
    return xlsx((BILLION_LAUGHS + body).encode())


def billion_laughs_in_workbook() -> bytes:
    return xlsx(
        sheet_xml(_good_rows()), workbook=(BILLION_LAUGHS + WORKBOOK.decode().split("?>", 1)[1]).encode()
    )


def xxe() -> bytes:
    shared = f"{XXE}<sst {NS}><si><t>&xxe;</t></si></sst>"
    return xlsx(sheet_xml(_header_row() + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'), shared.encode())


def utf16_sheet() -> bytes:
    text = sheet_xml(_header_row() + '<row r="2">' + _inline("XFD1048576", "x") + "</row>", prolog="")
    return xlsx(b"\xff\xfe" + text.decode().encode("utf-16-le"))


def too_many_cells() -> bytes:
    """3.1 million cells (the limit is 3 million), each a few bytes."""
    return xlsx(sheet_xml('<row r="1">' + '<c r="A1"><v>1</v></c>' * 3_100_000 + "</row>"))


def long_house_number() -> bytes:
    """A 1,048,576-character house number (the column holds 32)."""
    cells = (
        _inline("A2", "1")
        + _inline("B2", "1101700203451")
        + _inline("C2", "สมศรี")
        + _inline("E2", _digits(1_048_576))
    )
    return xlsx(sheet_xml(_header_row() + f'<row r="2">{cells}</row>'))


def _digits(count: int) -> str:
    return "".join(str(byte % 10) for byte in os.urandom(count))


def long_name_csv() -> bytes:
    return (
        "\r\n".join([",".join(HEADER), "1,1101700203451," + "ก" * 32_767 + ",ใจดี,12,3,ต,อ,จ"]) + "\r\n"
    ).encode()


def csv_cell_bomb() -> bytes:
    return b",".join([b""] * 3_100_000) + b"\n"


def truncated_xlsx() -> bytes:
    good = xlsx(sheet_xml(_good_rows()))
    return good[: len(good) // 2]


def pdf_named_xlsx() -> bytes:
    return b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF" + b" " * 2000


def far_cell_xls() -> bytes:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("s")
    for index, header in enumerate(HEADER):
        sheet.write(0, index, header)
    sheet.write(65535, 255, "x")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- packages ------------------------------------------------------------------------------


def manifest(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "created_at": "2026-12-03T10:00:00+00:00",
        "office": {"name": "สนง.", "letter_code": "ชร", "email": "", "phone": ""},
        "province": "เชียงราย",
        "district": "เวียงทอง",
        "meeting": {"id": 1, "committee": "ศจพ.อ.", "title": "ครั้งที่ 1/2569", "held_on": "2026-11-30"},
        "circular": None,
        "letter": {"number": "ชร 1/2569", "dated": "2026-12-01"},
        "national_ids": "masked",
        "counts": {"files": 0, "household_lists": 0, "households": 0},
        "files": [],
    }
    base.update(changes)
    return base


def package(entries: list[tuple[str, bytes]], symlink: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # a duplicate name is the point of one of them
        for name, data in entries:
            archive.writestr(name, data)
        if symlink is not None:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (0o120777 << 16) | 0x20
            archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def package_manifest_bomb() -> bytes:
    """manifest.json of 1 GB of whitespace (valid JSON around it would verify on main)."""
    return _bomb("manifest.json", b"{}", 64)


def package_entry_bomb() -> bytes:
    return _bomb("01-cover-letter.pdf", b"%PDF-1.4", 64, b"\x00")


def package_duplicate_names() -> bytes:
    return package([("manifest.json", _json(manifest())), ("index.txt", b"hidden"), ("index.txt", b"shown")])


def package_traversal() -> bytes:
    return package([("manifest.json", _json(manifest())), ("../../outside.txt", b"x")])


def package_absolute() -> bytes:
    return package([("manifest.json", _json(manifest())), ("/etc/cron.d/x", b"x")])


def package_symlink() -> bytes:
    return package([("manifest.json", _json(manifest()))], symlink="index.txt")


def package_count_as_text() -> bytes:
    return package([("manifest.json", _json(manifest(counts={"files": "0", "households": "many"})))])


def package_bad_date() -> bytes:
    meeting = {"id": 1, "committee": "ศจพ.อ.", "title": "ครั้งที่ 1/2569", "held_on": "2569-13-45"}
    return package([("manifest.json", _json(manifest(meeting=meeting)))])


def package_files_not_a_list() -> bytes:
    return package([("manifest.json", _json(manifest(files="everything")))])


def package_deep_nesting() -> bytes:
    deep = b"[" * 100_000 + b"]" * 100_000
    return package([("manifest.json", _json(manifest(office="X")).replace(b'"X"', deep))])


def package_truncated() -> bytes:
    good = package([("manifest.json", _json(manifest()))])
    return good[: len(good) - 30]


@dataclass(frozen=True)
class Hostile:
    name: str  # the file name, suffix included
    make: Callable[[], bytes]
    command: str  # import | reconcile | verify | package-import
    says: str  # a word of the English refusal


CORPUS = [
    Hostile("far-cell.xlsx", far_cell, "import", "XFD1048576"),
    Hostile("far-cell-logbook.xlsx", far_cell, "reconcile", "XFD1048576"),
    Hostile("far-cell-in-near-row.xlsx", far_cell_hidden_in_a_near_row, "import", "T1048576"),
    Hostile("far-cell-odd-quoting.xlsx", far_cell_odd_quoting, "import", "XFD1048576"),
    Hostile("far-cell-sheet-elsewhere.xlsx", far_cell_sheet_elsewhere, "import", "XFD1048576"),
    Hostile("lying-dimension.xlsx", lying_dimension, "import", "declares its size"),
    Hostile("lying-dimension-logbook.xlsx", lying_dimension, "reconcile", "declares its size"),
    Hostile("unplaced-cells.xlsx", unplaced_cells, "import", "cells"),
    Hostile("shared-string-bomb.xlsx", shared_string_bomb, "import", "refer to"),
    Hostile("zip-bomb.xlsx", zip_bomb, "import", "zip bomb"),
    Hostile("wide-zip-bomb.xlsx", wide_bomb, "import", "unpacks to"),
    Hostile("lying-size.xlsx", lying_size, "import", "declares"),
    Hostile("billion-laughs.xlsx", billion_laughs, "import", "DTD"),
    Hostile("billion-laughs-workbook.xlsx", billion_laughs_in_workbook, "reconcile", "DTD"),
    Hostile("xxe.xlsx", xxe, "import", "DTD"),
    Hostile("utf16-sheet.xlsx", utf16_sheet, "import", "UTF-8"),
    Hostile("too-many-cells.xlsx", too_many_cells, "import", "too many cells"),
    Hostile("long-house-number.xlsx", long_house_number, "import", "column E"),
    Hostile("long-name.csv", long_name_csv, "import", "column C"),
    Hostile("csv-cell-bomb.csv", csv_cell_bomb, "import", "too many cells"),
    Hostile("truncated.xlsx", truncated_xlsx, "import", "not a complete"),
    Hostile("pdf-named.xlsx", pdf_named_xlsx, "import", "not a complete"),
    Hostile("far-cell.xls", far_cell_xls, "import", "Excel"),
    Hostile("manifest-bomb.zip", package_manifest_bomb, "verify", "zip bomb"),
    Hostile("entry-bomb.zip", package_entry_bomb, "verify", "zip bomb"),
    Hostile("duplicate-names.zip", package_duplicate_names, "verify", "two entries"),
    Hostile("traversal.zip", package_traversal, "verify", "outside"),
    Hostile("absolute-name.zip", package_absolute, "verify", "outside"),
    Hostile("symlink.zip", package_symlink, "verify", "symbolic link"),
    Hostile("count-as-text.zip", package_count_as_text, "verify", "counts"),
    Hostile("bad-date.zip", package_bad_date, "verify", "held_on"),
    Hostile("files-not-a-list.zip", package_files_not_a_list, "verify", "files"),
    Hostile("deep-nesting.zip", package_deep_nesting, "verify", "nests deeper"),
    Hostile("deep-nesting-import.zip", package_deep_nesting, "package-import", "nests deeper"),
    Hostile("traversal-import.zip", package_traversal, "package-import", "outside"),
    Hostile("bad-date-import.zip", package_bad_date, "package-import", "held_on"),
    Hostile("truncated.zip", package_truncated, "verify", "zip"),
]


def write(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for hostile in CORPUS:
        path = folder / hostile.name
        path.write_bytes(hostile.make())
        paths[hostile.name] = path
    return paths
