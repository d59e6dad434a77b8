"""Synthetic districts for benchmarks and large tests: valid IDs, Thai names, addresses.

uv run python -m bench.generate households.xlsx --households 100000
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import insert

from database.models import Household, Member
from desktop.db import Database
from desktop.demo import FIRST_FEMALE, FIRST_MALE, SUBDISTRICTS, SURNAMES
from desktop.thai import national_id_check_digit

HEADER = (
    "ลำดับ", "เลขประจำตัวประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล", "เพศ", "อายุ", "บ้านเลขที่",
    "หมู่ที่", "หมู่บ้าน", "ตำบล", "อำเภอ", "จังหวัด", "รหัสประจำบ้าน", "กลุ่มเป้าหมาย",
    "บัตรสวัสดิการแห่งรัฐ", "รายได้เฉลี่ยต่อคนต่อปี", "มิติที่ตกเกณฑ์", "จำนวนสมาชิก", "หมายเหตุ",
)  # fmt: skip


@dataclass
class SyntheticHousehold:
    national_id: str
    title: str
    first_name: str
    last_name: str
    sex: str
    age: int
    house_no: str
    village_no: int
    village_name: str
    subdistrict: str
    house_code: str
    target_group: int
    welfare_card: bool
    income: int
    dimensions: str
    members: int


def national_id(rng: random.Random) -> str:
    first = str(rng.randint(1, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(11))
    return first + str(national_id_check_digit(first))


def households(count: int, seed: int = 1) -> Iterator[SyntheticHousehold]:
    rng = random.Random(seed)
    villages = [(t, no, name) for t, names in SUBDISTRICTS.items() for no, name in enumerate(names, 1)]
    dimensions = ["สุขภาพ", "ความเป็นอยู่", "การศึกษา", "รายได้", "การเข้าถึงบริการรัฐ"]
    for index in range(count):
        subdistrict, village_no, village_name = villages[index % len(villages)]
        male = rng.random() < 0.5
        yield SyntheticHousehold(
            national_id=national_id(rng),
            title="นาย" if male else "นาง",
            first_name=rng.choice(FIRST_MALE if male else FIRST_FEMALE),
            last_name=rng.choice(SURNAMES),
            sex="ชาย" if male else "หญิง",
            age=rng.randint(20, 90),
            house_no=f"{index // len(villages) + 1}",  # unique per village: no accidental merges
            village_no=village_no,
            village_name=village_name,
            subdistrict=subdistrict,
            house_code=f"5606{index:07d}",
            target_group=rng.choice([1, 1, 2, 3, 4]),
            welfare_card=rng.random() < 0.6,
            income=rng.randint(10, 120) * 1000,
            dimensions=",".join(rng.sample(dimensions, rng.randint(0, 2))),
            members=rng.randint(1, 6),
        )


def write_xlsx(path: Path, count: int, seed: int = 1) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("ข้อมูลครัวเรือน")
    sheet.append(list(HEADER))
    for index, h in enumerate(households(count, seed), 1):
        sheet.append(
            [
                index, h.national_id, h.title, h.first_name, h.last_name, h.sex, h.age, h.house_no,
                h.village_no, h.village_name, h.subdistrict, "เวียงทอง", "พะเยา", h.house_code,
                h.target_group, "มี" if h.welfare_card else "ไม่มี", h.income, h.dimensions, h.members, "",
            ]
        )  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def fill_database(database: Database, count: int, seed: int = 1, batch: int = 5000) -> None:
    """Insert households with their heads using Core inserts (fast enough for 100k)."""
    with database.session() as session:
        household_rows: list[dict[str, object]] = []
        member_rows: list[dict[str, object]] = []
        next_id = 1
        for h in households(count, seed):
            household_rows.append(
                {
                    "id": next_id, "house_no": h.house_no, "village_no": h.village_no,
                    "village_name": h.village_name, "subdistrict": h.subdistrict, "district": "เวียงทอง",
                    "province": "พะเยา", "house_code": h.house_code, "target_group": h.target_group,
                    "welfare_card": h.welfare_card, "income_per_person": h.income,
                    "search_text": f"{h.house_no} {h.first_name} {h.last_name} {h.national_id}",
                }
            )  # fmt: skip
            member_rows.append(
                {
                    "household_id": next_id, "title": h.title, "first_name": h.first_name,
                    "last_name": h.last_name, "national_id": h.national_id, "age": h.age, "is_head": True,
                }
            )  # fmt: skip
            next_id += 1
            if len(household_rows) >= batch:
                session.execute(insert(Household), household_rows)
                session.execute(insert(Member), member_rows)
                household_rows, member_rows = [], []
        if household_rows:
            session.execute(insert(Household), household_rows)
            session.execute(insert(Member), member_rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_xlsx(args.out, args.households, args.seed)
    print(f"{args.households} households written to {args.out}")


if __name__ == "__main__":
    main()
