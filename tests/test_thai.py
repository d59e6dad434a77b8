import datetime as dt

import pytest

from desktop.thai import (
    fiscal_year_be,
    fiscal_year_bounds,
    format_national_id,
    is_valid_national_id,
    mask_national_id,
    national_id_check_digit,
    normalize_national_id,
    thai_date,
    thai_time,
    to_arabic_digits,
    to_thai_digits,
)


def test_digits_round_trip() -> None:
    assert to_thai_digits("ครั้งที่ 2/2567") == "ครั้งที่ ๒/๒๕๖๗"
    assert to_arabic_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"


def test_buddhist_era_dates_as_in_the_circulars() -> None:
    assert thai_date(dt.date(2024, 9, 2)) == "๒ กันยายน ๒๕๖๗"
    assert thai_date(dt.date(2024, 9, 6), weekday=True) == "วันศุกร์ที่ ๖ กันยายน ๒๕๖๗"
    assert thai_date(dt.date(2024, 9, 2), thai_digits=False) == "2 กันยายน 2567"
    assert thai_time(dt.time(9, 30)) == "๐๙.๓๐ น."


@pytest.mark.parametrize(
    ("day", "year"),
    [(dt.date(2024, 10, 1), 2568), (dt.date(2025, 9, 30), 2568), (dt.date(2024, 9, 30), 2567)],
)
def test_fiscal_year_runs_october_to_september(day: dt.date, year: int) -> None:
    assert fiscal_year_be(day) == year
    start, end = fiscal_year_bounds(year)
    assert start <= day <= end


def test_national_id_check_digit_follows_the_rule() -> None:
    # d1..d12 = 1 1 0 1 7 0 0 2 0 3 4 5 → s = Σ d_i·(14−i) = 144 → (11 − 144 mod 11) mod 10 = 0
    assert national_id_check_digit("110170020345") == 0
    assert national_id_check_digit("123456789012") == 1  # s = 352, 352 mod 11 = 0 → 11 mod 10
    assert is_valid_national_id("1101700203450")
    assert not is_valid_national_id("1101700203451")
    assert not is_valid_national_id("110170020345")
    assert not is_valid_national_id("11017002034x6")
    assert not is_valid_national_id("๑๑๐๑๗๐๐๒๐๓๔๕๐")  # Thai digits: normalize_national_id first


def test_national_id_check_digit_agrees_with_the_rule_as_written_for_many_ids() -> None:
    import random

    rng = random.Random(7)
    for _ in range(2000):
        first = "".join(rng.choice("0123456789") for _ in range(12))
        by_the_rule = (11 - sum(int(d) * (13 - i) for i, d in enumerate(first)) % 11) % 10
        assert national_id_check_digit(first) == by_the_rule


@pytest.mark.parametrize(
    "raw", ["1-1017-00203-45-0", "1 1017 00203 45 0", "๑๑๐๑๗๐๐๒๐๓๔๕๐", " 1101700203450 ", 1101700203450.0]
)
def test_national_id_accepted_with_dashes_spaces_and_thai_digits(raw: object) -> None:
    assert normalize_national_id(raw) == "1101700203450"


def test_masking_hides_the_middle_digits() -> None:
    assert mask_national_id("1101700203450") == "1-1017-xxxxx-45-0"
    assert format_national_id("1101700203450") == "1-1017-00203-45-0"
