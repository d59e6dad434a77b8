"""Thai names of the categories the overview and the reports count by."""

from __future__ import annotations

from database.enums import Stage
from desktop.casework.common import NOMINATION_STATUS_TH as CASEWORK_NOMINATION_TH
from desktop.casework.common import STAGE_TH as CASEWORK_STAGE_TH
from desktop.households.export import LOGBOOK_STATUS_TH as REGISTER_LOGBOOK_TH

TARGET_GROUPS = (1, 2, 3, 4)
TARGET_GROUP_TH = {
    1: "กลุ่มที่ 1 ยากจน (ตกเกณฑ์ MPI)",
    2: "กลุ่มที่ 2 เปราะบาง",
    3: "กลุ่มที่ 3 ต้องสำรวจเพิ่ม",
    4: "กลุ่มที่ 4 ตกหล่น",
}
TARGET_GROUP_SHORT_TH = {1: "กลุ่ม 1", 2: "กลุ่ม 2", 3: "กลุ่ม 3", 4: "กลุ่ม 4"}
TARGET_GROUP_SHORT_EN = {1: "Group 1", 2: "Group 2", 3: "Group 3", 4: "Group 4"}

# One Thai name per status across the program: the register's names, keyed by value.
LOGBOOK_STATUS_TH = {status.value: text for status, text in REGISTER_LOGBOOK_TH.items()}

NO_STAGE = ""  # households not yet assessed
STAGE_ORDER = (
    Stage.HARDSHIP.value,
    Stage.DIFFICULT.value,
    Stage.MANAGEABLE.value,
    Stage.WELL.value,
    NO_STAGE,
)
STAGE_TH = {**{stage.value: text for stage, text in CASEWORK_STAGE_TH.items()}, NO_STAGE: "ยังไม่ประเมิน"}

# The casework names, keyed by value (one Thai text per status: ที่ประชุมเห็นชอบแล้ว, not a second one).
NOMINATION_STATUS_TH = {status.value: text for status, text in CASEWORK_NOMINATION_TH.items()}

PLAN_STATE_TH = {"open": "ยังไม่เสร็จ", "done": "เสร็จแล้ว", "overdue": "เกินกำหนด"}

NO_AGENCY = "ไม่ระบุหน่วยงาน"
NO_SUBDISTRICT = "ไม่ระบุตำบล"

# The same categories in English (the window's English mode).
LOGBOOK_STATUS_EN = {
    "not_checked": "not checked",
    "found": "found",
    "not_found": "not found",
    "entered": "entered",
}
STAGE_EN = {
    Stage.HARDSHIP.value: "hardship",
    Stage.DIFFICULT.value: "difficult",
    Stage.MANAGEABLE.value: "manageable",
    Stage.WELL.value: "living well",
    NO_STAGE: "not assessed",
}
NO_SUBDISTRICT_EN = "no subdistrict"
