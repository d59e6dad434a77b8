from __future__ import annotations

from desktop.documents.thai_text import Token, clusters, fill_lines, segment, tokens_of


def width(text: str, bold: bool) -> float:
    return float(len(text))  # one unit per code point is enough to test the filling


def test_segment_returns_the_text_exactly() -> None:
    text = "ที่ประชุมมีมติเห็นชอบ  ให้บันทึก TPMAP Logbook"
    assert "".join(segment(text)) == text
    assert "ที่ประชุม" in segment(text) or "ที่" in segment(text)


def test_lines_break_only_between_words() -> None:
    text = "ที่ประชุมมีมติเห็นชอบให้บันทึกข้อมูลครัวเรือนที่ไม่พบในระบบเข้าสู่ระบบ"
    words = segment(text)
    boundaries = {sum(len(w) for w in words[:i]) for i in range(len(words) + 1)}
    lines = fill_lines(tokens_of([(text, False)]), [12.0], width)
    assert len(lines) > 2
    offset = 0
    for line in lines[:-1]:
        offset += sum(len(t.text) for t in line)
        assert offset in boundaries
        assert sum(len(t.text) for t in line) <= 12


def test_a_word_longer_than_the_line_breaks_between_clusters() -> None:
    lines = fill_lines([Token("ปู่ย่าตายาย" * 3, False)], [5.0], width)
    assert "".join(t.text for line in lines for t in line) == "ปู่ย่าตายาย" * 3
    pieces = {t.text for line in lines for t in line}
    assert all(piece[0] not in "่้๊๋ัิีึืุู็์ํำ" for piece in pieces)  # no line opens with a mark


def test_clusters_keep_marks_with_their_base() -> None:
    assert clusters("ที่ทำ") == ["ที่", "ทำ"]


def test_no_space_opens_or_ends_a_line() -> None:
    lines = fill_lines(tokens_of([("aaaa bbbb cccc dddd", False)]), [9.0], width)
    for line in lines:
        assert not line[0].is_space and not line[-1].is_space


def test_database_names_join_the_dictionary_and_leave_it_when_gone() -> None:
    from desktop.documents import thai_text
    from desktop.documents.thai_text import set_names, words

    before = set(thai_text._all_names)  # what an earlier test's database left
    try:
        set_names(["นายสมชาย คำฟูวงศ์ษา", "ป่าแฝกเหนือ"])
        assert "คำฟูวงศ์ษา" in segment("นายสมชาย คำฟูวงศ์ษา")
        assert "นายสมชาย คำฟูวงศ์ษา" in words("ประธานคือนายสมชาย คำฟูวงศ์ษา ที่ตำบลป่าแฝกเหนือ")
        assert any(unit.endswith("ป่าแฝกเหนือ") for unit in words("ที่ตำบลป่าแฝกเหนือ"))
        assert set_names(["นายสมชาย คำฟูวงศ์ษา", "ป่าแฝกเหนือ"]) is False  # unchanged: nothing rebuilt
        set_names(["นางสมศรี วงศ์ใหญ่"])  # renamed in the database
        assert "คำฟูวงศ์ษา" not in segment("นายสมชาย คำฟูวงศ์ษา")
        assert "นางสมศรี วงศ์ใหญ่" in words("และนางสมศรี วงศ์ใหญ่ เลขานุการ")
    finally:
        set_names(before)


def test_numbers_dates_titles_and_brackets_stay_whole() -> None:
    from desktop.documents.thai_text import words

    units = words("ครั้งที่ ๑/๒๕๖๗ บ้านเลขที่ ๑๕๓/๖ รายได้ ๗๗,๐๐๐ บาท เมื่อวันที่ ๔ กันยายน ๒๕๖๗ (ตามบัญชีแนบ) นาย มานพ")
    for whole in ("ครั้งที่ ๑/๒๕๖๗", "๗๗,๐๐๐ บาท", "นาย มานพ"):
        assert whole in units, units
    assert any("๑๕๓/๖" in unit for unit in units)
    assert any("๔ กันยายน ๒๕๖๗" in unit for unit in units)
    assert any(unit.startswith("(ตาม") for unit in units)
