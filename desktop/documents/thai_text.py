"""Thai line breaking: segment with pythainlp (newmm), keep together what a Thai reader
never splits, fill lines by measured width.

reportlab breaks only at spaces and cuts long Thai runs mid-word, so we break lines
ourselves. The segmenter's dictionary is pythainlp's word list plus every name in the
database (set_names: people, villages, subdistricts, agencies, committees), so a surname
like อินต๊ะ is one word. On top of the words, a few units are glued whole (never broken
inside): numbers with their / , . : and units, "พ.ศ./ครั้งที่/หมู่ที่/ม. + number", dates,
a title with the name after it, "(" with the next word, a database name of a few words.
The dictionary takes a few seconds to build: it is built on first use only.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

_lock = threading.Lock()
_names: frozenset[str] = frozenset()  # whole names, glued when they fit a line
_added: set[str] = set()  # the words we put into the dictionary (removed when gone from the database)
_all_names: set[str] = set()
_pending: set[str] | None = None  # name words not yet in the dictionary
WORD_LIMIT = 24  # characters: the longest name part taken into the dictionary as one word
NAME_GLUE_LIMIT = 40  # characters: a longer name (a committee's) breaks between its words

DIGIT = "0-9๐-๙"
NUMBER = rf"[{DIGIT}]+(?:[/,.:\-][{DIGIT}]+)*"
MONTHS = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\."
)
PREFIXES = (
    r"พ\.ศ\.|ค\.ศ\.|ครั้งที่|หมู่ที่|ม\.|ระเบียบวาระที่|วาระที่|กลุ่มที่|ลำดับที่|บ้านเลขที่|เลขที่|ข้อ|ที่|"
    "ปีงบประมาณ|ปี|จำนวน|เวลา|ภายในวันที่|วันที่|ถึง|รวม|ร้อยละ|อายุ|ชั้น|ฉบับที่|หน้า"
)
UNITS = (
    r"น\.|บาท|ราย|คน|ครัวเรือน|หลังคาเรือน|หลัง|ชุด|ฉบับ|แผ่น|วัน|เดือน|ปี|ครั้ง|ตำบล|หมู่บ้าน|แห่ง|"
    r"เปอร์เซ็นต์|%|ชั่วโมง|ชม\.|นาที|กิโลเมตร|กม\.|ไร่|งาน|ตารางวา|ลำดับ|ข้อ|คณะ|หน่วยงาน|ท่าน|เรื่อง|"
    "กลุ่ม|รายการ|ชิ้น|ตัว|เล่ม|ปีงบประมาณ|บาท/คน/ปี"
)
_TITLES = (
    "นาย นาง นางสาว น.ส. ด.ช. ด.ญ. เด็กชาย เด็กหญิง ดร. ผศ. รศ. ศ. พระ พระครู ว่าที่ ร.ต. ร.ท. ร.อ. "
    "ว่าที่ร้อยตรี ว่าที่ร.ต. จ.ส.ต. ด.ต. ส.ต.ต. ส.ต.ท. ส.ต.อ. ร.ต.ต. ร.ต.ท. ร.ต.อ. พ.ต.ต. พ.ต.ท. พ.ต.อ. "
    "จ.ส.อ. จ.ส.ท. จ.ส.ต. ส.อ. ส.ท. ส.ต. พลฯ คุณ "  # and the places': ต.ป่าแฝก, อ.เวียงทอง
    "ต. อ. จ. ตำบล อำเภอ จังหวัด บ้าน"
)
TITLES = frozenset(_TITLES.split())
# Whole units matched on the text; every match of each glues the words it touches (matches
# of different patterns may overlap: "ลงวันที่ ๑" and "๑ ส.ค. ๒๕๖๗" make one unit).
GLUED = [
    re.compile(pattern)
    for pattern in (
        rf"(?:วัน[ก-๙]{{2,8}}ที่\s*)?{NUMBER}\s*(?:{MONTHS})\s*(?:พ\.ศ\.\s*)?(?:{NUMBER})?",  # dates
        rf"(?:{MONTHS})\s*(?:พ\.ศ\.\s*)?{NUMBER}",  # month and year
        rf"(?:{PREFIXES})\s?{NUMBER}(?:\s?(?:{UNITS}))?",
        rf"{NUMBER}\s?(?:{UNITS})",
        rf"[ก-ฮ]{{2}}\s?{NUMBER}/(?:ว\s?)?(?:{NUMBER})?",  # letter numbers: พย ๐๐๑๙.๓/ว ๑๒๓
        NUMBER,
    )
]
OPENING = "([{“‘\"'"
CLOSING = ")]}”’\"',;:!?ๆฯ%"


@functools.cache
def _dictionary() -> Any:
    from pythainlp.corpus import thai_words
    from pythainlp.util import Trie

    return Trie(thai_words())


@functools.cache
def _base_words() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@functools.cache
def _tokenizer() -> Callable[[str], list[str]]:
    from pythainlp.tokenize import word_tokenize

    trie = _dictionary()
    return lambda text: word_tokenize(text, custom_dict=trie, engine="newmm", keep_whitespace=True)


def set_names(names: Iterable[str]) -> bool:
    """Make the database's names known to the line filler; True when they changed.

    Each name is kept whole on a line when it is at most NAME_GLUE_LIMIT characters, and
    each of its space-separated parts becomes a dictionary word (applied on the next
    segmentation, so a window that only shows a report never builds the dictionary).
    """
    global _names, _pending
    wanted = frozenset(" ".join(name.split()) for name in names if name and name.strip())
    with _lock:
        if wanted == _all_names:
            return False
        _all_names.clear()
        _all_names.update(wanted)
        # A part longer than a word of a name (a committee's title written without spaces)
        # stays out: as one dictionary word it would be wider than a line.
        _pending = {part for name in wanted for part in name.split(" ") if 1 < len(part) <= WORD_LIMIT}
        _names = frozenset(name for name in wanted if len(name) <= NAME_GLUE_LIMIT)
        _segment_cached.cache_clear()
        _words_cached.cache_clear()
        return True


def _apply_names() -> None:
    """Put the pending name words into the dictionary, taking out the ones that are gone."""
    global _pending
    with _lock:
        if _pending is None:
            return
        trie = _dictionary()
        base = _base_words()
        for stale in _added - _pending:
            trie.remove(stale)
        for word in _pending - _added - base:
            trie.add(word)
        _added.clear()
        _added.update(_pending - base)
        _pending = None


def known_names() -> frozenset[str]:
    return _names


@functools.lru_cache(maxsize=8192)
def _segment_cached(text: str) -> tuple[str, ...]:
    if _pending is not None:
        _apply_names()
    return tuple(_tokenizer()(text))


LONG_TEXT = 1000  # pythainlp re-joins numbers with a regex that is quadratic in a run's length


def _pieces(text: str) -> list[str]:
    """A long text cut at spaces (or, in a run that long without one, between clusters)."""
    pieces = []
    while len(text) > LONG_TEXT:
        cut = text.rfind(" ", 0, LONG_TEXT)
        if cut <= 0:
            cut = LONG_TEXT
            while cut > 1 and (unicodedata.category(text[cut]) == "Mn" or text[cut] == "\u0e33"):
                cut -= 1
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text]


def segment(text: str) -> list[str]:
    """Dictionary words and spaces, in order; joined they give the text back exactly."""
    if not text:
        return []
    if len(text) > LONG_TEXT:  # linear in the text's length: a 10,000-character cell is quick
        return [token for piece in _pieces(text) for token in segment(piece)]
    tokens = list(_segment_cached(text))
    assert "".join(tokens) == text
    return tokens


def _glue(tokens: list[str], start: int, end: int) -> list[str]:
    return [*tokens[:start], "".join(tokens[start:end]), *tokens[end:]]


def _glue_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Character spans that must stay on one line: matches of GLUED and database names."""
    spans = [(m.start(), m.end()) for pattern in GLUED for m in pattern.finditer(text) if m.end() > m.start()]
    if _names:
        # Names are found on word boundaries: from each word, the longest run of words
        # (and spaces) that spells a known name.
        starts = [0]
        for word in words:
            starts.append(starts[-1] + len(word))
        for i in range(len(words)):
            if words[i].isspace():
                continue
            j = i
            longest = None
            while j < len(words) and starts[j + 1] - starts[i] <= NAME_GLUE_LIMIT:
                if text[starts[i] : starts[j + 1]] in _names:
                    longest = j
                j += 1
            if longest is not None and longest > i:
                spans.append((starts[i], starts[longest + 1]))
    return spans


@functools.lru_cache(maxsize=65536)
def _words_cached(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    words = segment(text)
    starts = [0]
    for word in words:
        starts.append(starts[-1] + len(word))
    # joined[i]: no break between words i-1 and i. Every span glues the words it touches
    # (a name found inside a longer word glues that word).
    joined = [False] * len(words)
    for begin, end in _glue_spans(text, words):
        first = next(i for i in range(len(words)) if starts[i + 1] > begin)
        last = next(i for i in range(len(words) - 1, -1, -1) if starts[i] < end)
        for i in range(first + 1, last + 1):
            joined[i] = True
    # A title with the name after it; "(" with the next word; closing marks with the word before.
    for i, word in enumerate(words):
        if word in TITLES:
            following = i + 2 if i + 2 < len(words) and words[i + 1] == " " else i + 1
            if following < len(words) and not words[following].isspace():
                for k in range(i + 1, following + 1):
                    joined[k] = True
        if word and word[-1] in OPENING and i + 1 < len(words) and not words[i + 1].isspace():
            joined[i + 1] = True
        if i and word and all(c in CLOSING for c in word) and not words[i - 1].isspace():
            joined[i] = True
    out: list[tuple[str, tuple[str, ...]]] = []
    for i, word in enumerate(words):
        if out and joined[i]:
            unit, parts = out[-1]
            out[-1] = (unit + word, (*parts, word))
        else:
            out.append((word, (word,)))
    return tuple(out)


def words(text: str) -> list[str]:
    """The unbreakable units of a text (words, or glued runs), and spaces, in order."""
    return [unit for unit, _parts in _words_cached(text)] if text else []


def clusters(word: str) -> list[str]:
    """Grapheme clusters (a base with its marks): the smallest safe pieces of an over-long word."""
    pieces: list[str] = []
    for char in word:
        if pieces and (unicodedata.category(char) == "Mn" or char == "\u0e33"):
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


@dataclass(frozen=True)
class Token:
    text: str
    bold: bool
    parts: tuple[str, ...] = ()  # the words of a glued unit: where it may break if wider than a line

    @property
    def is_space(self) -> bool:
        return self.text.isspace()


Measure = Callable[[str, bool], float]


def tokens_of(runs: Iterable[tuple[str, bool]]) -> list[Token]:
    """Unbreakable units (words and glued runs) and spaces; "\n" tokens for forced breaks."""
    out: list[Token] = []
    for text, bold in runs:
        for part in text.split("\n"):
            if part:
                out.extend(
                    Token(unit, bold, parts if len(parts) > 1 else ()) for unit, parts in _words_cached(part)
                )
            out.append(Token("\n", bold))
        out.pop()
    return out


def longest_unit(text: str, measure: Callable[[str], float]) -> float:
    """The width of the widest piece of the text that can never be broken (for column widths).

    A glued unit counts whole unless it is a name or phrase with spaces, which may break at
    its spaces when nothing else fits.
    """
    widest = 0.0
    for line in text.split("\n"):
        for unit, parts in _words_cached(line) if line else ():
            if unit.isspace():
                continue
            if " " in unit and len(parts) > 1:
                for piece in unit.split(" "):
                    widest = max(widest, measure(piece))
            else:
                widest = max(widest, measure(unit))
    return widest


def fill_lines(
    tokens: list[Token], widths: list[float], measure: Measure, *, no_lone_word: bool = False
) -> list[list[Token]]:
    """Greedy fill: a line takes units while they fit; breaks fall only between units.

    widths[i] is the room on line i (the last value repeats). A glued unit wider than a
    whole line breaks between its words; a single word wider than a line is split between
    grapheme clusters (never inside a cluster). With no_lone_word, a paragraph does not end
    with one word alone on its last line when the line before can give it a companion.
    """
    lines = _fill(tokens, widths, measure)
    if no_lone_word and len(lines) >= 2:
        last, before = lines[-1], lines[-2]
        units = [t for t in before if not t.is_space]
        if len([t for t in last if not t.is_space]) == 1 and len(units) >= 3:
            k = len(lines) - 2
            used = sum(measure(t.text, t.bold) for t in before)
            tighter = [widths[min(i, len(widths) - 1)] for i in range(k)]
            tighter += [used - measure(units[-1].text, units[-1].bold) - 0.01, widths[-1]]
            again = _fill(tokens, tighter, measure)
            if len(again) == len(lines):
                return again
    return lines


def _fill(tokens: list[Token], widths: list[float], measure: Measure) -> list[list[Token]]:
    lines: list[list[Token]] = [[]]
    used = 0.0
    queue = list(reversed(tokens))

    def room() -> float:
        return widths[min(len(lines) - 1, len(widths) - 1)]

    def new_line() -> None:
        nonlocal used
        while lines[-1] and lines[-1][-1].is_space:
            lines[-1].pop()
        lines.append([])
        used = 0.0

    while queue:
        token = queue.pop()
        if token.text == "\n":
            new_line()
            continue
        if token.is_space and not lines[-1]:
            continue  # no space at the start of a line
        width = measure(token.text, token.bold)
        if used + width <= room() or (token.is_space and used + width <= room() + width):
            lines[-1].append(token)
            used += width
            continue
        if token.parts and width > widths[-1]:  # a glued unit wider than any line: break between its words
            queue.extend(Token(part, token.bold) for part in reversed(token.parts))
            continue
        if lines[-1]:
            new_line()
            if token.is_space:
                continue
        if width <= room():
            lines[-1].append(token)
            used += width
            continue
        piece = ""
        for cluster in clusters(token.text):  # graceful fallback for a word longer than a line
            if piece and measure(piece + cluster, token.bold) > room():
                lines[-1].append(Token(piece, token.bold))
                new_line()
                piece = ""
            piece += cluster
        lines[-1].append(Token(piece, token.bold))
        used = measure(piece, token.bold)
    while lines[-1] and lines[-1][-1].is_space:
        lines[-1].pop()
    return lines
