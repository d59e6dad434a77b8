"""Thai names of the casework fields a clerk edits, one dict per entity: the conflict
dialog shows them beside both versions (desktop/safety/conflicts.py)."""

from __future__ import annotations

PLAN_ITEM_TH = {
    "remedy_id": "เมนูแก้จน",
    "free_remedy": "วิธีแก้ไข (พิมพ์เอง)",
    "agency_id": "หน่วยงานที่รับผิดชอบ",
    "due_on": "วันที่กำหนดเสร็จ",
    "note": "หมายเหตุ",
    "status": "สถานะ",
}
ACTIVITY_TH = {
    "activity_on": "วันที่ให้ความช่วยเหลือ",
    "description": "รายละเอียดการช่วยเหลือ",
    "agency_id": "หน่วยงานที่ให้ความช่วยเหลือ",
    "remedy_id": "เมนูแก้จน",
    "plan_item_id": "รายการในแผน",
    "amount": "จำนวนเงิน",
    "in_kind_value": "มูลค่าสิ่งของ",
    "result": "ผลการช่วยเหลือ",
    "logbook_entered": "บันทึกใน Logbook แล้ว",
    "logbook_entered_on": "วันที่บันทึกใน Logbook",
}
ANALYSIS_TH = {
    "recorded_on": "วันที่วิเคราะห์",
    "recorded_by": "ผู้บันทึก",
    "participants": "ผู้ร่วมวิเคราะห์",
    "attitude": "ทัศนคติ",
    "skills": "ทักษะ",
    "resources": "ทรัพยากร",
    "way_out": "ทางออก",
}
PROGRAMME_TH = {
    "name": "ชื่อโครงการ",
    "description": "รายละเอียด",
    "criteria": "หลักเกณฑ์",
    "quota": "จำนวนครัวเรือนที่จัดสรร",
    "deadline": "กำหนดส่ง",
    "fiscal_year_be": "ปีงบประมาณ",
}
ESCALATION_TH = {
    "closed_on": "วันที่ปิดเรื่อง",
    "closed_note": "บันทึกการปิดเรื่อง",
}
NOMINATION_TH = {
    "rank": "ลำดับ",
    "reason": "เหตุผลที่เสนอชื่อ",
    "status": "สถานะ",
    "checked_on": "วันที่ตรวจสอบใน Logbook",
    "resolution_id": "มติที่ประชุม",
    "submitted_on": "วันที่ส่งจังหวัด",
}
