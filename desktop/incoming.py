"""One guard for every file that comes in (spreadsheets, Logbook exports, packages, backups).

A file from outside is checked *before* anything is allocated for it: the limits below are
read from the zip's directory, from a streamed scan of the XML (never a whole DOM) and from
byte counts, so a 4 kB file that claims a million rows, a zip bomb, a shared string
referenced a hundred times or an XML entity bomb is refused in one sentence, in bounded
memory, and never reaches the native reader (python-calamine aborts the whole process when
an allocation fails, which would take the window down with it).

Each refusal is a ``UserError`` naming the file and the limit it broke.
"""

from __future__ import annotations

import functools
import io
import itertools
import json
import re
import stat
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any
from xml.sax import SAXException
from xml.sax.handler import ContentHandler

from defusedxml import DefusedXmlException
from defusedxml.expatreader import create_parser

from desktop.errors import UserError

MB = 1024 * 1024

# --- limits (one home for each) ----------------------------------------------------------
MAX_FILE_BYTES = 200 * MB  # a district's list is a few MB; anything this big is a mistake
MAX_ENTRIES = 2_000  # files inside one zip (an xlsx has ~10, a package ~10)
MAX_UNCOMPRESSED_BYTES = 300 * MB  # an xlsx or a package, unpacked (100k households: 133 MB)
MAX_ENTRY_RATIO = 200  # per entry above RATIO_FROM_BYTES: sheets compress ~5-20x, bombs ~1000x
RATIO_FROM_BYTES = 1 * MB
MAX_CELLS = 3_000_000  # filled cells of one sheet (100k households × 20 columns = 2M)
MAX_GRID = 6_000_000  # rows × columns the sheet spans (what the reader allocates: 32 B each)
MAX_COLUMNS = 1_000
MAX_SHARED_TEXT_BYTES = 100 * MB  # text that cells referencing shared strings carry in total
MAX_MERGED_RANGES = 20_000
MAX_XML_PARSED_BYTES = 4 * MB  # small parts (workbook, styles, rels) are parsed whole
PROLOG_BYTES = 64 * 1024  # the root element starts within this; a DTD could only come before
MAX_CSV_ROWS = 1_048_576
MAX_MANIFEST_BYTES = 1 * MB
MAX_JSON_DEPTH = 16
MAX_CELL_CHARS = 255  # any text cell of an import: the longest column it can land in
CHUNK = 1 * MB

XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SQLITE_MAGIC = b"SQLite format 3\x00"


def refused(name: str, th: str, en: str) -> UserError:
    return UserError(f"{name}: {th}", f"{name}: {en}")


def _mb(size: int) -> str:
    return f"{size / MB:,.0f} MB" if size >= MB else f"{size:,} B"


# --- plain files ---------------------------------------------------------------------------


def check_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> int:
    """The file exists, is a regular file (not a link to one), is not empty and not too big."""
    name = path.name
    if path.is_symlink():
        raise refused(name, "เป็นทางลัด (symlink) ไม่ใช่ไฟล์จริง จึงไม่เปิด", "this is a symbolic link, not a file.")
    if not path.exists():
        raise refused(name, "ไม่พบไฟล์", "the file does not exist.")
    if not path.is_file():
        raise refused(name, "ไม่ใช่ไฟล์", "this is not a file.")
    size = path.stat().st_size
    if size == 0:
        raise refused(name, "ไฟล์ว่างเปล่า", "the file is empty.")
    if size > max_bytes:
        raise refused(
            name,
            f"ไฟล์ใหญ่เกินไป ({_mb(size)}; รับได้ไม่เกิน {_mb(max_bytes)})",
            f"the file is too large ({_mb(size)}; the limit is {_mb(max_bytes)}).",
        )
    return size


# --- zip containers ------------------------------------------------------------------------


def _bad_name(name: str) -> bool:
    """A name that would land outside the folder it is unpacked into, or means two things."""
    if not name or "\x00" in name or "\\" in name or name.startswith("/"):
        return True
    if re.match(r"^[A-Za-z]:", name):  # C:evil or C:/evil on Windows
        return True
    return any(part in ("..", ".") for part in PurePosixPath(name).parts)


def _not_a_zip(name: str, what_th: str, what_en: str) -> UserError:
    return refused(
        name,
        f"ไม่ใช่ไฟล์ {what_th} ที่สมบูรณ์ ไฟล์อาจเสียหรือถูกเปลี่ยนนามสกุล",
        f"this is not a complete {what_en} file; it may be damaged or renamed.",
    )


def _expands(name: str, th: str, en: str) -> UserError:
    return refused(
        name,
        f"ไฟล์นี้ขยายตัวผิดปกติเมื่อเปิด (อาจเป็นไฟล์อันตราย) จึงไม่เปิด: {th}",
        f"the file expands abnormally when opened (possibly a zip bomb), so it is refused: {en}.",
    )


def check_zip_directory(
    name: str, infos: list[Any], *, max_total: int = MAX_UNCOMPRESSED_BYTES, what: tuple[str, str]
) -> None:
    """What the zip's own directory declares: entry count, names, links, sizes, ratios."""
    if len(infos) > MAX_ENTRIES:
        raise refused(
            name,
            f"มีไฟล์ข้างในมากเกินไป ({len(infos):,}; รับได้ไม่เกิน {MAX_ENTRIES:,})",
            f"it holds too many files ({len(infos):,}; the limit is {MAX_ENTRIES:,}).",
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        entry = info.filename
        if _bad_name(entry):
            raise refused(
                name,
                f"มีไฟล์ข้างในชื่อ '{entry[:80]}' ซึ่งชี้ออกนอกโฟลเดอร์ (../ หรือชื่อเต็ม) จึงไม่เปิด",
                f"it holds an entry named '{entry[:80]}' that points outside its folder "
                "(../ or an absolute name), so it is refused.",
            )
        if entry.lower() in seen:
            raise refused(
                name,
                f"มีไฟล์ข้างในชื่อ '{entry[:80]}' ซ้ำกันสองไฟล์ (ไฟล์หนึ่งจะถูกซ่อน) จึงไม่เปิด",
                f"it holds two entries named '{entry[:80]}' (one would hide the other), so it is refused.",
            )
        seen.add(entry.lower())
        if stat.S_ISLNK(info.external_attr >> 16):
            raise refused(
                name,
                f"มีทางลัด (symlink) '{entry[:80]}' อยู่ข้างใน จึงไม่เปิด",
                f"it holds a symbolic link '{entry[:80]}', so it is refused.",
            )
        if info.file_size < 0 or info.compress_size < 0:
            raise _not_a_zip(name, *what)
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_ENTRY_RATIO * max(
            1, info.compress_size
        ):
            raise _expands(
                name,
                f"'{entry[:80]}' ขยาย {info.file_size // max(1, info.compress_size):,} เท่า "
                f"(รับได้ไม่เกิน {MAX_ENTRY_RATIO} เท่า)",
                f"'{entry[:80]}' expands {info.file_size // max(1, info.compress_size):,} times "
                f"(the limit is {MAX_ENTRY_RATIO} times)",
            )
        total += info.file_size
    if total > max_total:
        raise _expands(
            name,
            f"ขนาดเมื่อแตกไฟล์ {_mb(total)} (รับได้ไม่เกิน {_mb(max_total)})",
            f"it unpacks to {_mb(total)} (the limit is {_mb(max_total)})",
        )


def _entry_stream(source: IO[bytes], info: Any, name: str, what: tuple[str, str]) -> Iterator[bytes]:
    """The entry's bytes, decompressed here from the raw stream, so that what comes out is
    counted: more (or fewer) bytes than the directory declares, or a bad checksum, is a
    refusal, and the native reader later gets only entries that are what they claim."""
    if info.flag_bits & 0x1 or info.compress_type not in (0, 8):
        raise _not_a_zip(name, *what)
    source.seek(info.header_offset)
    header = source.read(30)
    if len(header) != 30 or header[:4] != b"PK\x03\x04":
        raise _not_a_zip(name, *what)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    source.seek(info.header_offset + 30 + name_length + extra_length)
    left = info.compress_size
    inflate = zlib.decompressobj(-15) if info.compress_type == 8 else None
    out = 0
    crc = 0
    try:
        while left > 0:
            raw = source.read(min(CHUNK, left))
            if not raw:
                raise _not_a_zip(name, *what)
            left -= len(raw)
            data = raw
            if inflate is not None:
                # never more than the declared size plus one byte out of any one call
                data = inflate.decompress(raw, info.file_size - out + 1)
                while inflate.unconsumed_tail and len(data) + out <= info.file_size:
                    more = inflate.decompress(inflate.unconsumed_tail, info.file_size - out - len(data) + 1)
                    if not more:
                        break
                    data += more
            out += len(data)
            if out > info.file_size:
                raise _expands(
                    name,
                    f"'{info.filename[:80]}' ใหญ่กว่าที่ระบุไว้ในไฟล์ ({_mb(info.file_size)})",
                    f"'{info.filename[:80]}' is larger than it declares ({_mb(info.file_size)})",
                )
            crc = zlib.crc32(data, crc)
            if data:
                yield data
    except zlib.error as error:
        raise _not_a_zip(name, *what) from error
    if out != info.file_size or crc != info.CRC or (inflate is not None and not inflate.eof):
        raise _not_a_zip(name, *what)


# --- XML -----------------------------------------------------------------------------------


class _RootReached(Exception):
    pass


class _StopAtRoot(ContentHandler):
    def startElement(self, name: str, attrs: Any) -> None:
        raise _RootReached


def _xml_refusal(name: str, part: str) -> UserError:
    return refused(
        name,
        f"ส่วน '{part[:80]}' มีการประกาศ DTD หรือ entity ของ XML (อาจเป็นไฟล์อันตราย) จึงไม่เปิด",
        f"its part '{part[:80]}' declares an XML DTD or entities (possibly hostile), so it is refused.",
    )


def check_xml(name: str, part: str, data: bytes, *, whole: bool) -> None:
    """Parse with defusedxml's expat reader, which refuses any DTD, entity declaration or
    external reference; ``whole=False``: only up to the root element (a DTD can only
    come before it), for big parts whose rest is scanned as bytes."""
    declared = re.match(rb"\s*<\?xml[^>]*encoding\s*=\s*[\"']([^\"']*)", data[:200])
    if (
        data.startswith((b"\xff\xfe", b"\xfe\xff"))
        or b"\x00" in data[:200]
        or (declared is not None and declared.group(1).lower() not in (b"utf-8", b"utf8"))
    ):  # the byte scans below read UTF-8; Office always writes it
        raise refused(
            name,
            f"ส่วน '{part[:80]}' ไม่ได้เข้ารหัสแบบ UTF-8 ไฟล์อาจเสียหรือถูกดัดแปลง",
            f"its part '{part[:80]}' is not encoded as UTF-8; the file may be damaged or altered.",
        )
    parser = create_parser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    parser.setContentHandler(ContentHandler() if whole else _StopAtRoot())
    try:
        parser.feed(data)
        if whole:
            parser.close()
    except _RootReached:
        return
    except DefusedXmlException as error:
        raise _xml_refusal(name, part) from error
    except (SAXException, ValueError) as error:
        raise refused(
            name,
            f"ส่วน '{part[:80]}' ไม่ใช่ XML ที่ถูกต้อง ไฟล์อาจเสียหาย",
            f"its part '{part[:80]}' is not valid XML; the file may be damaged.",
        ) from error
    if not whole:
        raise refused(
            name,
            f"ส่วน '{part[:80]}' ไม่ใช่ XML ที่ถูกต้อง ไฟล์อาจเสียหาย",
            f"its part '{part[:80]}' is not valid XML; the file may be damaged.",
        )


# --- xlsx ----------------------------------------------------------------------------------

_Q = rb"[\"']"
_REF = re.compile(rb"\sr\s*=\s*" + _Q + rb"([A-Za-z]{0,4})(\d{1,10})" + _Q)
_WIDE_REF = re.compile(rb"\sr\s*=\s*" + _Q + rb"[A-Za-z]{4}")
_CELL_OPEN = (b"<c ", b"<c>", b"<c/", b"<c\t", b"<c\n", b"<c\r")
_PREFIXED_CELL = re.compile(rb"<[A-Za-z_][\w.-]*:c[\s/>]")
_PLAIN_CELL_ROW = re.compile(rb'<c r="[A-Z]{1,3}(\d{1,10})"')
_PLAIN_WIDE = re.compile(rb'<c r="([A-Z]{2,3})\d')
_ODD_QUOTE = re.compile(rb"=\s*'")
_PLAIN_ROW = re.compile(rb'<row r="(\d{1,10})"')
_ODD = re.compile(rb'<c(?! r="[A-Z]{1,3}\d{1,10}")[\s/>]')
_ODD_ROW = re.compile(rb'<row(?! r="\d{1,10}")[\s/>]')
_PREFIXED = re.compile(rb"<[A-Za-z_][\w.-]*:(?:c|row)[\s/>]")
_ROW_REF = re.compile(rb"<(?:[\w.-]+:)?row\s[^>]*?\br\s*=")
_PREFIXED_ROW = re.compile(rb"<[A-Za-z_][\w.-]*:row[\s/>]")
_SHARED_CELL = re.compile(rb"\st\s*=\s*" + _Q + rb"s" + _Q)
_SHARED_VALUE = re.compile(rb"\st\s*=\s*" + _Q + rb"s" + _Q + rb"[^>]*>\s*<(?:[\w.-]+:)?v>\s*(\d+)")
_DIMENSION = re.compile(rb"<(?:[\w.-]+:)?dimension\s[^>]*ref\s*=\s*" + _Q + rb"([^\"']*)" + _Q)
_MERGE = re.compile(rb"<(?:[\w.-]+:)?mergeCell\s[^>]*ref\s*=\s*" + _Q + rb"([^\"']*)" + _Q)
_SI_END = re.compile(rb"</(?:[\w.-]+:)?si>")
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST)", re.IGNORECASE)


def _top(values: Iterable[int]) -> int:
    return max(values, default=0)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _cell_position(ref: bytes) -> tuple[int, int]:
    match = re.fullmatch(rb"\$?([A-Za-z]{1,4})\$?(\d{1,10})", ref.strip())
    if match is None:
        return 0, 0
    return int(match.group(2)), _column_number(match.group(1))


def _column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class SheetFacts:
    part: str
    cells: int = 0
    rows: int = 0  # the furthest row any cell or row element names
    columns: int = 0
    merged: int = 0
    unplaced: int = 0  # rows without their r="…": each placed after the one before
    widest_row: int = 0  # cells in the widest row (counted only when some lack r="…")
    pending: int = 0  # cells of a row that goes on in the next chunk


def _too_big(name: str, part: str, th: str, en: str) -> UserError:
    sheet = PurePosixPath(part).stem
    return refused(name, f"แผ่นงาน {sheet} {th}", f"the sheet {sheet} {en}")


def _check_grid(name: str, part: str, rows: int, columns: int, what_th: str, what_en: str) -> None:
    if columns > MAX_COLUMNS or rows * columns > MAX_GRID:
        far = f"{_column_letters(columns)}{rows}"
        raise _too_big(
            name,
            part,
            f"{what_th}ไกลถึงเซลล์ {far} ({rows:,} แถว × {columns:,} คอลัมน์) เกินที่รับได้ "
            f"{MAX_GRID:,} เซลล์ และ {MAX_COLUMNS:,} คอลัมน์",
            f"{what_en} as far as cell {far} ({rows:,} rows × {columns:,} columns), beyond the limit of "
            f"{MAX_GRID:,} cells and {MAX_COLUMNS:,} columns.",
        )


class SheetScan:
    """A worksheet's XML checked chunk by chunk as it is unzipped, so the import that cuts
    the sheet into parts can scan each part before handing it to calamine."""

    def __init__(self, name: str, part: str, shared_lengths: list[int]) -> None:
        self.name, self.part = name, part
        self.facts = SheetFacts(part)
        self.lengths = shared_lengths
        # exact shared-string sums only when the quick bound (every cell the longest) could fail
        self.exact_shared = max(shared_lengths, default=0) * MAX_CELLS > MAX_SHARED_TEXT_BYTES
        self.shared_total = 0
        self.carry = b""
        self.first = True

    def feed(self, chunk: bytes) -> None:
        data = self.carry + chunk
        cut = data.rfind(b"<")
        body, self.carry = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
        if self.first:
            check_xml(self.name, self.part, data[:PROLOG_BYTES], whole=False)
            dimension = _DIMENSION.search(data[:PROLOG_BYTES])
            if dimension is not None:
                rows, columns = _cell_position(dimension.group(1).split(b":")[-1])
                _check_grid(self.name, self.part, rows, columns, "ระบุขนาดตัวเอง", "declares its size")
            self.first = False
        if len(self.carry) > CHUNK:  # a megabyte without a tag: a cell's text, far too long
            raise self._long_text(data, cut)
        self._body(body)

    def finish(self) -> SheetFacts:
        self._body(self.carry)
        self.carry = b""
        return self.facts

    def _body(self, body: bytes) -> None:
        _scan_body(self.name, self.part, body, self.facts)
        if self.exact_shared and b"s" in body:
            indexes = [int(i) for i in _SHARED_VALUE.findall(body)]
            self.shared_total += sum(self.lengths[i] for i in indexes if i < len(self.lengths))
            if self.shared_total > MAX_SHARED_TEXT_BYTES:
                raise _shared_refusal(self.name, self.shared_total)

    def _long_text(self, data: bytes, cut: int) -> UserError:
        cell = re.search(rb'\sr\s*=\s*["\']([A-Za-z]{1,3}\d{1,7})', data[max(0, cut - 4096) : cut + 4096])
        where = cell.group(1).decode() if cell else "?"
        return refused(
            self.name,
            f"เซลล์ {where} มีข้อความยาวเกิน 1 MB เกินที่รับได้ {MAX_CELL_CHARS:,} ตัวอักษรต่อเซลล์",
            f"the cell {where} holds more than 1 MB of text, beyond the limit of {MAX_CELL_CHARS:,} "
            "characters a cell.",
        )


def _scan_body(name: str, part: str, body: bytes, facts: SheetFacts) -> None:
    if b"<!" in body and _DECLARATION.search(body):
        raise _xml_refusal(name, part)
    openings = body.count(b"<c")  # an upper bound: <cols> and <cfRule> are few
    facts.cells += openings
    if facts.cells > MAX_CELLS:
        raise _too_big(
            name,
            part,
            f"มีเซลล์มากเกินไป (เกิน {MAX_CELLS:,} เซลล์)",
            f"holds too many cells (more than {MAX_CELLS:,}).",
        )
    grid_rows = facts.rows
    rows = _PLAIN_ROW.findall(body)  # found once: the plain rows also tell _odd what is not plain
    if _odd(body, openings, len(rows)):
        _scan_odd(name, part, body, facts)  # quotes, spaces, prefixes, cells without r="…"
        grid_rows = facts.rows
    else:  # the way every writer we know writes: <row r="7"> and <c r="B7" …>
        if rows:
            facts.rows = max(facts.rows, _top(map(int, rows)))
        # one search for a column beyond the known one (two or three letters, or a later
        # letter); only a chunk that has one is searched again for how far
        if facts.columns >= 26 or _wider(facts.columns).search(body):
            if _PLAIN_WIDE.search(body):
                facts.columns = max(facts.columns, _top(map(_column_number, set(_PLAIN_WIDE.findall(body)))))
            elif facts.columns < 26:
                facts.columns = max(facts.columns, _last_letter(body, facts.columns))
        # a cell below every row, checked against the rows rounded up (so the pattern is
        # compiled a few times a sheet, not once a chunk); the exact rows only when it matters
        grid_rows = _rounded_up(facts.rows)
        if _greater_row(grid_rows).search(body) or grid_rows * max(facts.columns, 1) > MAX_GRID:
            facts.rows = max(facts.rows, _top(map(int, _PLAIN_CELL_ROW.findall(body))))
            grid_rows = facts.rows  # counted exactly
    _check_grid(name, part, grid_rows, max(facts.columns, 1), "มีเซลล์", "has cells")
    if b"mergeCell" in body:
        for ref in _MERGE.findall(body):
            facts.merged += 1
            far_row, far_column = _cell_position(ref.split(b":")[-1])
            _check_grid(
                name,
                part,
                max(far_row, facts.rows),
                max(far_column, facts.columns),
                "มีเซลล์ที่ผสานไว้",
                "merges cells",
            )
        if facts.merged > MAX_MERGED_RANGES:
            raise _too_big(
                name,
                part,
                f"มีช่วงเซลล์ที่ผสานไว้มากเกินไป (เกิน {MAX_MERGED_RANGES:,})",
                f"merges too many ranges (more than {MAX_MERGED_RANGES:,}).",
            )


def _last_letter(body: bytes, known: int) -> int:
    """The furthest single-letter column of plain cells: one search for any letter beyond
    the one known, and only then a find per letter, from Z down."""
    if not _beyond_letter(known).search(body):
        return known
    for number in range(26, known, -1):
        if b'<c r="' + bytes([64 + number]) in body:
            return number
    return known


def _odd(body: bytes, openings: int, plain_rows: int) -> bool:
    """Anything but <row r="N"> and <c r="AN" …>: other elements that start with <c are few
    (<cols>, <cfRule>), so counting settles most chunks without a regex. ``plain_rows``:
    the <row r="N"> found (any other <row…, <rowBreaks> too, gets the regex)."""
    plain = openings - body.count(b'<c r="')
    if plain and plain - body.count(b"<co") - body.count(b"<cf") and _ODD.search(body):
        return True
    if body.count(b"<row") - plain_rows and _ODD_ROW.search(body):
        return True
    if (b":c" in body or b":row" in body) and _PREFIXED.search(body):
        return True
    return bool(_ODD_QUOTE.search(body)) if b"'" in body else False


@functools.lru_cache(maxsize=32)
def _wider(known: int) -> re.Pattern[bytes]:
    """A plain cell whose column is beyond the ``known`` one (< 26): two or three letters, or
    a later single letter."""
    return re.compile(rb'<c r="(?:[A-Z]{2,3}\d|[' + bytes([65 + known]) + rb"-Z])")


@functools.lru_cache(maxsize=32)
def _beyond_letter(known: int) -> re.Pattern[bytes]:
    return re.compile(rb'<c r="[' + bytes([65 + known]) + rb"-Z]")


def _rounded_up(row: int) -> int:
    """``row`` up to its two leading digits followed by nines (100,001 → 109,999): at most
    10 % more, and the pattern for "greater" has three branches, not one a digit."""
    digits = str(row)
    if len(digits) <= 2:
        return row
    candidate = int(digits[:2] + "9" * (len(digits) - 2))
    return candidate if candidate >= row else int(str(int(digits[:2]) + 1) + "9" * (len(digits) - 2))


@functools.lru_cache(maxsize=64)
def _greater_row(row: int) -> re.Pattern[bytes]:
    """A cell reference whose row number is greater than ``row``: after the letters and any
    leading zeros, at least as many digits as ``row`` has (a lookahead that fails at once on
    the shorter numbers of most cells), then more digits or a greater leading part."""
    digits = str(row)
    options = [rf"\d{{{len(digits) + 1}}}"]
    for index, digit in enumerate(digits):
        if digit != "9":
            options.append(rf"{digits[:index]}[{int(digit) + 1}-9]")
    pattern = rf'<c r="[A-Z]{{1,3}}+0*+(?=\d{{{len(digits)}}})(?:{"|".join(options)})'
    return re.compile(pattern.encode())


def _scan_odd(name: str, part: str, body: bytes, facts: SheetFacts) -> None:
    """The slow, general scan: any quoting and spacing of r="…", prefixed elements, and rows
    or cells without r="…" (the reader places each after the one before)."""
    cells = sum(body.count(opening) for opening in _CELL_OPEN) + len(_PREFIXED_CELL.findall(body))
    row_elements = body.count(b"<row") + len(_PREFIXED_ROW.findall(body))
    if _WIDE_REF.search(body):
        _check_grid(name, part, 1, MAX_COLUMNS + 1, "มีเซลล์", "has cells")
    refs = _REF.findall(body)
    if refs:
        letters, digits = zip(*refs, strict=True)
        facts.rows = max(facts.rows, _top(map(int, digits)))
        facts.columns = max(facts.columns, _top(map(_column_number, set(letters))))
    if cells + row_elements > len(refs):
        facts.unplaced += row_elements - len(_ROW_REF.findall(body))
        pieces = re.split(rb"<(?:[\w.-]+:)?row[\s/>]", body)
        counts = [
            sum(piece.count(opening) for opening in _CELL_OPEN) + len(_PREFIXED_CELL.findall(piece))
            for piece in pieces
        ]
        counts[0] += facts.pending
        facts.pending = counts[-1]
        facts.widest_row = max(facts.widest_row, _top(counts))
        _check_grid(
            name,
            part,
            facts.rows + max(0, facts.unplaced),
            max(facts.columns, 1) + facts.widest_row,
            "มีเซลล์",
            "has cells",
        )


def _shared_lengths(name: str, part: str, chunks: Iterator[bytes]) -> list[int]:
    """The XML size of each shared string, in order: an upper bound of the text it holds."""
    lengths: list[int] = []
    carry = b""
    start = 0  # where the current string started, relative to carry
    first = True
    for chunk in chunks:
        data = carry + chunk
        if first:
            check_xml(name, part, data[:PROLOG_BYTES], whole=False)
            first = False
        if b"<!" in data and _DECLARATION.search(data):
            raise _xml_refusal(name, part)
        last = 0
        for match in _SI_END.finditer(data):
            lengths.append(match.end() - start)
            start = last = match.end()
        carry = data[last:]
        start -= last
        if len(carry) > MAX_SHARED_TEXT_BYTES:
            raise _shared_refusal(name, len(carry))
    return lengths


def _shared_refusal(name: str, size: int) -> UserError:
    return refused(
        name,
        f"ข้อความที่เซลล์อ้างถึงรวมกันยาว {_mb(size)} เกินที่รับได้ {_mb(MAX_SHARED_TEXT_BYTES)}",
        f"the text its cells refer to adds up to {_mb(size)}, beyond the limit of "
        f"{_mb(MAX_SHARED_TEXT_BYTES)}.",
    )


@dataclass
class XlsxCheck:
    """A workbook whose zip and small parts passed; its sheets are scanned by ``sheet`` (as
    the import unzips them) or all at once by ``check_sheets``."""

    source: Path | bytes
    name: str
    sheets: list[Any]
    shared_lengths: list[int]

    scans: list[SheetScan] = field(default_factory=list)

    def sheet(self, part: str) -> SheetScan:
        scan = SheetScan(self.name, part, self.shared_lengths)
        self.scans.append(scan)
        return scan

    def check_sheets(self) -> None:
        with _open_source(self.source) as stream:
            for info in self.sheets:
                scan = self.sheet(info.filename)
                for chunk in _entry_stream(stream, info, self.name, XLSX):
                    scan.feed(chunk)
                scan.finish()


XLSX = ("Excel (.xlsx)", "Excel (.xlsx)")


def _open_source(source: Path | bytes) -> IO[bytes]:
    return source.open("rb") if isinstance(source, Path) else io.BytesIO(source)


def check_xlsx(source: Path | bytes, name: str | None = None, *, sheets: bool = True) -> XlsxCheck:
    """Everything a workbook must pass before a native reader may open it; ``sheets=False``:
    all but the worksheets, which the caller scans as it unzips them (``XlsxCheck.sheet``)."""
    import zipfile

    label = name or (source.name if isinstance(source, Path) else "workbook.xlsx")
    with _open_source(source) as stream:
        try:
            with zipfile.ZipFile(stream) as archive:
                infos = archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
            raise _not_a_zip(label, *XLSX) from error
        if "[Content_Types].xml" not in {info.filename for info in infos}:
            raise _not_a_zip(label, *XLSX)
        check_zip_directory(label, infos, what=XLSX)
        worksheets = [
            i for i in infos if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")
        ]
        shared = next((i for i in infos if i.filename.lower() == "xl/sharedstrings.xml"), None)
        lengths = []
        if shared is not None:
            lengths = _shared_lengths(label, shared.filename, _entry_stream(stream, shared, label, XLSX))
        for info in infos:
            if info is shared or info in worksheets:
                continue
            chunks = _entry_stream(stream, info, label, XLSX)
            if not info.filename.endswith((".xml", ".rels")):
                for chunk in chunks:  # images, printer settings, VML: size, checksum, no DTD
                    if b"<!" in chunk and _DECLARATION.search(chunk):
                        raise _xml_refusal(label, info.filename)
                continue
            # Any XML part could be what the workbook's relations name as a sheet: each gets
            # the sheet scan too (cheap for these small parts), not only xl/worksheets/*.
            scan = SheetScan(label, info.filename, lengths)
            if info.file_size > MAX_XML_PARSED_BYTES:  # its prolog parsed, the rest scanned
                for chunk in chunks:
                    scan.feed(chunk)
            else:
                data = b"".join(chunks)
                check_xml(label, info.filename, data, whole=True)
                scan.feed(data)
            scan.finish()
    checked = XlsxCheck(source, label, worksheets, lengths)
    if sheets:
        checked.check_sheets()
    return checked


# --- csv and plain text --------------------------------------------------------------------


def check_csv(name: str, raw: bytes) -> None:
    """Rows and cells of a CSV counted from its bytes before any row is made."""
    lines = raw.count(b"\n") + 1
    if lines > MAX_CSV_ROWS:
        raise refused(
            name,
            f"มีแถวมากเกินไป ({lines:,} แถว; รับได้ไม่เกิน {MAX_CSV_ROWS:,})",
            f"it has too many rows ({lines:,}; the limit is {MAX_CSV_ROWS:,}).",
        )
    separators = max(raw.count(b","), raw.count(b";"), raw.count(b"\t"), raw.count(b"|"))
    if separators + lines > MAX_CELLS:
        raise refused(
            name,
            f"มีเซลล์มากเกินไป (เกิน {MAX_CELLS:,} เซลล์)",
            f"it holds too many cells (more than {MAX_CELLS:,}).",
        )


def _column_name(index: int) -> str:
    return _column_letters(index + 1)


_IS_TEXT = str.__instancecheck__


def check_cell_lengths(
    name: str, rows: list[list[Any]], first: int = 0, end: int | None = None, limit: int = MAX_CELL_CHARS
) -> None:
    """No text cell of rows[first:end] is longer than any column it could be imported into
    (rows[i] is sheet row i + 1): the row, the column and the limit are named."""
    end = len(rows) if end is None else end
    cells = itertools.chain.from_iterable(itertools.islice(rows, first, end))
    if max(map(len, filter(_IS_TEXT, cells)), default=0) <= limit:
        return  # nearly every sheet: every cell looked at in C iterators, no row by row loop
    for offset in range(first, end):
        row = rows[offset]
        if max([len(value) for value in row if isinstance(value, str)], default=0) <= limit:
            continue
        index, value = next((i, v) for i, v in enumerate(row) if isinstance(v, str) and len(v) > limit)
        raise refused(
            name,
            f"แถว {offset + 1:,} คอลัมน์ {_column_name(index)}: ข้อความยาว {len(value):,} ตัวอักษร "
            f"เกินที่รับได้ {limit:,} ตัวอักษร",
            f"row {offset + 1:,}, column {_column_name(index)}: the text is {len(value):,} characters "
            f"long, beyond the limit of {limit:,}.",
        )


# --- text fields ---------------------------------------------------------------------------

MAX_LONG_TEXT = 10_000  # a Text column (notes): a page and a half, still quick to print


def column_limit(model: type, column: str) -> int:
    """The most characters a column holds: its declared length, or MAX_LONG_TEXT."""
    length = getattr(model.__table__.columns[column].type, "length", None)  # type: ignore[attr-defined]
    return int(length) if length else MAX_LONG_TEXT


def check_text_length(value: Any, limit: int, label_th: str, label_en: str) -> None:
    """A ValidationError naming the field and its limit when the text is longer."""
    if isinstance(value, str) and len(value) > limit:
        from desktop.errors import ValidationError

        raise ValidationError(
            f"{label_th} ยาวเกินไป ({len(value):,} ตัวอักษร; รับได้ไม่เกิน {limit:,})",
            f"{label_en} is too long ({len(value):,} characters; the limit is {limit:,}).",
        )


def check_model_text(model: type, values: dict[str, Any], labels: dict[str, str]) -> None:
    """Every text value within its column's length (``labels``: Thai names of the fields)."""
    for column, value in values.items():
        if isinstance(value, str) and column in model.__table__.columns:  # type: ignore[attr-defined]
            check_text_length(
                value, column_limit(model, column), labels.get(column, column), column.replace("_", " ")
            )


# --- JSON (a package's manifest) ----------------------------------------------------------


def _json_depth(text: bytes) -> int:
    """How deep arrays and objects nest, outside strings: counted before json.loads recurses."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in text:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_JSON_DEPTH:
                return deepest
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


def load_json(name: str, data: bytes) -> Any:
    """A small JSON document within its size and nesting limits, or one sentence."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise refused(
            name,
            f"ใหญ่เกินไป ({_mb(len(data))}; รับได้ไม่เกิน {_mb(MAX_MANIFEST_BYTES)})",
            f"it is too large ({_mb(len(data))}; the limit is {_mb(MAX_MANIFEST_BYTES)}).",
        )
    if _json_depth(data) > MAX_JSON_DEPTH:
        raise refused(
            name,
            f"ซ้อนกันลึกเกิน {MAX_JSON_DEPTH} ชั้น จึงไม่อ่าน",
            f"it nests deeper than {MAX_JSON_DEPTH} levels, so it is not read.",
        )
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise refused(name, "ไม่ใช่ JSON ที่ถูกต้อง", "it is not valid JSON.") from error


# --- other kinds ---------------------------------------------------------------------------


def check_backup_file(path: Path, max_bytes: int) -> None:
    """A backup's outer checks: a plain SQLite file of a sane size (not a zip, not a link)."""
    check_file(path, max_bytes)
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise refused(
                path.name,
                "ไม่ใช่ไฟล์สำรองข้อมูลของโปรแกรม (ไม่ใช่ฐานข้อมูล SQLite)",
                "this is not a backup of this program (not an SQLite database).",
            )


def looks_like_xls(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(8) == XLS_MAGIC


# --- old .xls: read in a child process -----------------------------------------------------

XLS_TIMEOUT_SECONDS = 60
XLS_MEMORY_BYTES = 640 * MB  # the child's address space: a sheet that needs more is refused


@dataclass
class XlsSheet:
    names: list[str]
    chosen: str
    rows: list[list[Any]]
    merged: Any


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: the child still keeps an abort away from the window
        return
    resource.setrlimit(resource.RLIMIT_AS, (XLS_MEMORY_BYTES, XLS_MEMORY_BYTES))


def _xls_child(
    path: str, sheet: str | None, names_only: bool, connection: Any, top: int | None = None
) -> None:
    """Runs in the child: calamine reads the .xls; an abort or a refused allocation ends
    only this process."""
    _limit_memory()
    import os

    # a refused allocation makes the native reader print its backtrace and abort: the
    # parent says one sentence instead
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(path)
        names = list(workbook.sheet_names)
        if names_only or not names or (sheet is not None and sheet not in names):
            connection.send(("names", names))
            return
        chosen = sheet if sheet is not None else names[0]
        data = workbook.get_sheet_by_name(chosen)
        if data.width * data.height > MAX_GRID or data.width > MAX_COLUMNS:
            connection.send(("grid", data.height, data.width, chosen))
            return
        rows = [list(row) for row in data.to_python(skip_empty_area=False, nrows=top)]
        try:
            merged = data.merged_cell_ranges
        except Exception:
            merged = None
        connection.send(("sheet", XlsSheet(names, chosen, rows, merged)))
    except MemoryError:
        connection.send(("memory",))
    except Exception as error:  # calamine's own errors for broken files
        connection.send(("broken", type(error).__name__))


def read_xls(
    path: Path, sheet: str | None = None, names_only: bool = False, top: int | None = None
) -> XlsSheet | list[str]:
    """An old .xls read by calamine in a child process with bounded memory and time.

    Returns the sheet (its first ``top`` rows only, if given: the rest is not converted nor
    sent back), or, ``names_only`` or when ``sheet`` is not in the workbook, the sheet
    names; a file the child cannot read is one sentence."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_xls_child, args=(str(path), sheet, names_only, sending, top), daemon=True)
    child.start()
    sending.close()
    answer: tuple[Any, ...] | None = None
    try:
        if receiving.poll(XLS_TIMEOUT_SECONDS):
            answer = receiving.recv()
    except (EOFError, OSError):
        answer = None
    finally:
        receiving.close()
        child.join(5)
        if child.is_alive():
            child.kill()
            child.join()
    name = path.name
    if answer is None or answer[0] == "memory":
        raise refused(
            name,
            "อ่านไฟล์ Excel ไม่ได้ ไฟล์เสีย หรือใหญ่เกินกว่าที่รับได้ (เกินหน่วยความจำ "
            f"{_mb(XLS_MEMORY_BYTES)} หรือเวลา {XLS_TIMEOUT_SECONDS} วินาที)",
            "cannot read the Excel file: it is damaged or larger than the limit "
            f"({_mb(XLS_MEMORY_BYTES)} of memory, {XLS_TIMEOUT_SECONDS} seconds).",
        )
    if answer[0] == "grid":
        _check_grid(name, f"{answer[3]}.xml", answer[1], answer[2], "มีเซลล์", "has cells")
    if answer[0] == "broken":
        raise refused(
            name,
            "เปิดไฟล์ Excel ไม่ได้ ไฟล์อาจเสียหรือไม่ใช่ไฟล์ Excel",
            "cannot open the Excel file; it may be damaged or not an Excel file.",
        )
    if answer[0] == "names":
        return list(answer[1])
    sheet_read: XlsSheet = answer[1]
    return sheet_read
