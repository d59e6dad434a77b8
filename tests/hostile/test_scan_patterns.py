"""The sheet scan's quick searches (desktop/incoming.py) find exactly what the slow ones would:
a cell below every row, a column beyond the known one, and a chunk's extent."""

from __future__ import annotations

import random

from desktop.incoming import SheetFacts, _greater_row, _scan_body, _wider


def _ref(column: str, row: str) -> bytes:
    return f'<c r="{column}{row}" t="s"><v>0</v></c>'.encode()


def test_greater_row_matches_exactly_the_greater_rows() -> None:
    rng = random.Random(18)
    numbers = list(range(0, 2500)) + [rng.randint(0, 10**9) for _ in range(2500)]
    for row in (1, 5, 9, 10, 99, 100, 109, 129, 4567, 109_999, 119_999, 999_999):
        pattern = _greater_row(row)
        for number in numbers:
            for zeros in ("", "0", "000"):
                for column in ("A", "AB", "XFD"):
                    found = pattern.search(_ref(column, zeros + str(number))) is not None
                    assert found == (number > row), (row, number, zeros, column)


def test_wider_finds_any_column_beyond_the_known_one() -> None:
    letters = [chr(65 + i) for i in range(26)]
    for known in range(26):
        pattern = _wider(known)
        for number, letter in enumerate(letters, 1):
            assert (pattern.search(_ref(letter, "7")) is not None) == (number > known)
        assert pattern.search(_ref("AA", "7")) and pattern.search(_ref("XFD", "7"))


def test_plain_chunks_give_the_sheet_its_extent() -> None:
    facts = SheetFacts("xl/worksheets/sheet1.xml")
    cells = {n: b"".join(_ref(c, str(n)) for c in "ABCT") for n in range(1, 200)}
    rows = b"".join(f'<row r="{n}">'.encode() + cells[n] + b"</row>" for n in cells)
    _scan_body("list.xlsx", facts.part, rows, facts)
    assert (facts.rows, facts.columns) == (199, 20)
    later = b'<row r="200">' + _ref("U", "200") + _ref("B", "4321") + b'</row><rowBreaks count="0"/>'
    _scan_body("list.xlsx", facts.part, later, facts)
    assert (facts.rows, facts.columns) == (4321, 21)  # the cell below every row counts
