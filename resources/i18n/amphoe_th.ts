<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>ActivityForm</name>
    <message>
        <source>What was done</source>
        <translation>การช่วยเหลือที่ให้</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Value (baht)</source>
        <translation>มูลค่า (บาท)</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Record an activity</source>
        <translation>บันทึกการช่วยเหลือ</translation>
    </message>
    <message>
        <source>Entered in TPMAP Logbook</source>
        <translation>บันทึกใน TPMAP Logbook แล้ว</translation>
    </message>
    <message>
        <source>For plan item</source>
        <translation>ตามแผนรายการ</translation>
    </message>
    <message>
        <source>Remedy menu</source>
        <translation>เมนูแก้จน</translation>
    </message>
    <message>
        <source>Cash amount (baht)</source>
        <translation>จำนวนเงิน (บาท)</translation>
    </message>
    <message>
        <source>In-kind value (baht)</source>
        <translation>มูลค่าสิ่งของ (บาท)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลการช่วยเหลือ</translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation>บันทึกการช่วยเหลือ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <source>(not from the plan)</source>
        <translation>(ไม่ได้อยู่ในแผน)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ยังไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>AgenciesEditor</name>
    <message>
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>เพิ่มเป็นรายการใหม่</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>Stop using / use again</source>
        <translation>ยกเลิกการใช้ / ใช้อีกครั้ง</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>AnalysisForm</name>
    <message>
        <source>Household members who took part</source>
        <translation>สมาชิกครัวเรือนที่ร่วมวิเคราะห์</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>ผู้ร่วมวิเคราะห์</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>ทัศนคติ</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>ทักษะ</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>ทรัพยากร</translation>
    </message>
    <message>
        <source>Way out</source>
        <translation>ทางออก</translation>
    </message>
    <message>
        <source>Save analysis</source>
        <translation>บันทึกผลการวิเคราะห์</translation>
    </message>
    <message>
        <source>Earlier analyses</source>
        <translation>ผลการวิเคราะห์ที่ผ่านมา</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Human capital</source>
        <translation>ทุนมนุษย์</translation>
    </message>
    <message>
        <source>Physical capital</source>
        <translation>ทุนกายภาพ</translation>
    </message>
    <message>
        <source>Economic capital</source>
        <translation>ทุนเศรษฐกิจ</translation>
    </message>
    <message>
        <source>Natural capital</source>
        <translation>ทุนธรรมชาติ</translation>
    </message>
    <message>
        <source>Social capital</source>
        <translation>ทุนสังคม</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ไม่ประเมิน</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ระดับการดำรงชีวิต</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>บันทึกการประเมิน</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>ผลการประเมินที่ผ่านมา</translation>
    </message>
    <message>
        <source>Please choose the household's stage.</source>
        <translation>โปรดเลือกระดับการดำรงชีวิตของครัวเรือน</translation>
    </message>
</context>
<context>
    <name>CaseworkPage</name>
    <message>
        <source>Follow-up</source>
        <translation>ติดตามผล</translation>
    </message>
    <message>
        <source>Logbook entry queue</source>
        <translation>รอบันทึก Logbook</translation>
    </message>
    <message>
        <source>Escalated to province</source>
        <translation>ส่งต่อ ศจพ.จ.</translation>
    </message>
    <message>
        <source>Programmes and nominations</source>
        <translation>โครงการและการเสนอชื่อ</translation>
    </message>
    <message>
        <source>Agencies and remedy menu</source>
        <translation>หน่วยงานและเมนูแก้จน</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>งานช่วยเหลือ</translation>
    </message>
</context>
<context>
    <name>CataloguesTab</name>
    <message>
        <source>Remedy menu</source>
        <translation>เมนูแก้จน</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>หน่วยงาน</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>Amphoe Desk hit an error it did not expect. Your saved data is safe. Please copy this report and send it to whoever supports the program.</source>
        <translation>โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกไว้แล้วยังปลอดภัย โปรดคัดลอกรายงานนี้ส่งให้ผู้ดูแลโปรแกรม</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>คัดลอกรายงาน</translation>
    </message>
</context>
<context>
    <name>EscalatedTab</name>
    <message>
        <source>Export the list for the province…</source>
        <translation>ส่งออกบัญชีให้จังหวัด…</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <source>Escalated on</source>
        <translation>วันที่ส่งต่อ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>แผนที่ยังไม่เสร็จ</translation>
    </message>
    <message>
        <source>%1 households escalated to the province</source>
        <translation>ส่งต่อ ศจพ.จ. แล้ว %1 ครัวเรือน</translation>
    </message>
    <message>
        <source>Export the list for the province</source>
        <translation>ส่งออกบัญชีครัวเรือนที่ส่งต่อ ศจพ.จ.</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Escalate to the provincial centre</source>
        <translation>ส่งต่อศูนย์ขจัดความยากจนจังหวัด (ศจพ.จ.)</translation>
    </message>
    <message>
        <source>The household goes on the list for the province. Say why the district cannot solve it.</source>
        <translation>ครัวเรือนนี้จะอยู่ในบัญชีส่งต่อจังหวัด โปรดระบุเหตุผลที่อำเภอแก้ไขเองไม่ได้</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>days</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ปรับปรุง</translation>
    </message>
    <message>
        <source>No assistance for</source>
        <translation>ไม่มีการช่วยเหลือมาแล้ว</translation>
    </message>
    <message>
        <source>Households with open plan items that are past due, or without any assistance for this many days. Double-click a household to open its casework.</source>
        <translation>ครัวเรือนที่มีแผนเลยกำหนดแต่ยังไม่เสร็จ หรือไม่มีการช่วยเหลือเลยตามจำนวนวันที่กำหนด ดับเบิลคลิกที่ครัวเรือนเพื่อเปิดงานช่วยเหลือ</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation>แผนเลยกำหนด</translation>
    </message>
    <message>
        <source>Last assistance</source>
        <translation>ช่วยเหลือล่าสุด</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>จำนวนวัน</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ยังไม่เคย</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 ครัวเรือน</translation>
    </message>
    <message>
        <source>Finding households to follow up…</source>
        <translation>กำลังค้นหาครัวเรือนที่ต้องติดตาม…</translation>
    </message>
</context>
<context>
    <name>HouseholdCaseworkDialog</name>
    <message>
        <source>Household casework</source>
        <translation>งานช่วยเหลือครัวเรือน</translation>
    </message>
</context>
<context>
    <name>HouseholdCaseworkWidget</name>
    <message>
        <source>Escalate to province…</source>
        <translation>ส่งต่อ ศจพ.จ.…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <source>4T analysis</source>
        <translation>วิเคราะห์ ๔ ท</translation>
    </message>
    <message>
        <source>Capitals and stage</source>
        <translation>ทุน ๕ ด้านและระดับการดำรงชีวิต</translation>
    </message>
    <message>
        <source>Household plan</source>
        <translation>แผนครัวเรือน</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <source>Escalated to the province</source>
        <translation>ส่งต่อ ศจพ.จ. แล้ว</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Hardship</source>
        <translation>อยู่ลำบาก</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>อยู่ยาก</translation>
    </message>
    <message>
        <source>Manageable</source>
        <translation>อยู่พอได้</translation>
    </message>
    <message>
        <source>Living well</source>
        <translation>อยู่ดี</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>วางแผนแล้ว</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Handed to the province</source>
        <translation>ส่งต่อจังหวัด</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>สุขภาพ</translation>
    </message>
    <message>
        <source>Living conditions</source>
        <translation>ความเป็นอยู่</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>การศึกษา</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <source>Access to public services</source>
        <translation>การเข้าถึงบริการรัฐ</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>เสนอชื่อแล้ว</translation>
    </message>
    <message>
        <source>Checked in Logbook</source>
        <translation>ตรวจสอบใน Logbook แล้ว</translation>
    </message>
    <message>
        <source>Approved by resolution</source>
        <translation>ที่ประชุมเห็นชอบแล้ว</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ส่งจังหวัดแล้ว</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ถอนชื่อ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Amphoe Desk</source>
        <translation>อำเภอเดสก์ (Amphoe Desk)</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <source>The household register arrives with the next release.</source>
        <translation>ทะเบียนครัวเรือนจะพร้อมใช้งานในรุ่นถัดไป</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Committee meetings arrive with the next release.</source>
        <translation>งานประชุมคณะกรรมการจะพร้อมใช้งานในรุ่นถัดไป</translation>
    </message>
    <message>
        <source>Letters and deadlines</source>
        <translation>หนังสือและกำหนดส่ง</translation>
    </message>
    <message>
        <source>Circulars, deadlines and letters arrive with the next release.</source>
        <translation>ทะเบียนหนังสือและกำหนดส่งจะพร้อมใช้งานในรุ่นถัดไป</translation>
    </message>
    <message>
        <source>Send to province</source>
        <translation>ส่งจังหวัด</translation>
    </message>
    <message>
        <source>Submission packages arrive with the next release.</source>
        <translation>การส่งชุดเอกสารถึงจังหวัดจะพร้อมใช้งานในรุ่นถัดไป</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <source>All households</source>
        <translation>ครัวเรือนทั้งหมด</translation>
    </message>
    <message>
        <source>Target group %1</source>
        <translation>กลุ่มเป้าหมายที่ %1</translation>
    </message>
    <message>
        <source>Not found in Logbook</source>
        <translation>ไม่พบใน Logbook</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Remedy</source>
        <translation>วิธีแก้ไข</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <source>Selected item:</source>
        <translation>รายการที่เลือก:</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>เพิ่มในแผนครัวเรือน</translation>
    </message>
    <message>
        <source>Only when nothing in the menu fits</source>
        <translation>พิมพ์เฉพาะเมื่อไม่มีรายการในเมนูที่เหมาะสม</translation>
    </message>
    <message>
        <source>Remedy menu</source>
        <translation>เมนูแก้จน</translation>
    </message>
    <message>
        <source>Or a free remedy</source>
        <translation>หรือวิธีแก้ไขอื่น</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>เพิ่มในแผน</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>(free remedy)</source>
        <translation>(พิมพ์วิธีแก้ไขเอง)</translation>
    </message>
    <message>
        <source>(the remedy's usual agency)</source>
        <translation>(หน่วยงานหลักของเมนู)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>Select a plan item first.</source>
        <translation>โปรดเลือกรายการในแผนก่อน</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <source>New programme</source>
        <translation>เพิ่มโครงการ</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>หลักเกณฑ์</translation>
    </message>
    <message>
        <source>Quota (households)</source>
        <translation>จำนวนที่จัดสรร (ครัวเรือน)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>เพิ่มโครงการ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Checked in Logbook</source>
        <translation>ตรวจสอบใน Logbook แล้ว</translation>
    </message>
    <message>
        <source>Approve by resolution</source>
        <translation>เห็นชอบตามมติ</translation>
    </message>
    <message>
        <source>Submitted to province</source>
        <translation>ส่งจังหวัดแล้ว</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>ถอนชื่อ</translation>
    </message>
    <message>
        <source>Nominate a household</source>
        <translation>เสนอชื่อครัวเรือน</translation>
    </message>
    <message>
        <source>Household number (as in the register)</source>
        <translation>เลขที่ครัวเรือน (ตามทะเบียน)</translation>
    </message>
    <message>
        <source>Nominate</source>
        <translation>เสนอชื่อ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Criteria: %2&lt;br&gt;Quota: %3 · approved %4 · deadline %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;หลักเกณฑ์: %2&lt;br&gt;จัดสรร: %3 · เห็นชอบแล้ว %4 · กำหนดส่ง %5</translation>
    </message>
    <message>
        <source>Select a nomination first.</source>
        <translation>โปรดเลือกครัวเรือนที่เสนอชื่อก่อน</translation>
    </message>
    <message>
        <source>Choose the resolution that approved the nomination.</source>
        <translation>โปรดเลือกมติที่ประชุมที่เห็นชอบการเสนอชื่อนี้</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <source>Export for keying in…</source>
        <translation>ส่งออกเพื่อบันทึก Logbook…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>การช่วยเหลือที่ให้</translation>
    </message>
    <message>
        <source>Mark selected as entered in Logbook</source>
        <translation>ทำเครื่องหมายว่าบันทึก Logbook แล้ว</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>บันทึกเมื่อ</translation>
    </message>
    <message>
        <source>%1 activities not yet in Logbook</source>
        <translation>ยังไม่ได้บันทึกใน Logbook %1 กิจกรรม</translation>
    </message>
    <message>
        <source>Reading the Logbook queue…</source>
        <translation>กำลังอ่านรายการรอบันทึก Logbook…</translation>
    </message>
    <message>
        <source>Export the Logbook queue</source>
        <translation>ส่งออกรายการรอบันทึก Logbook</translation>
    </message>
    <message>
        <source>%1 activities exported to %2</source>
        <translation>ส่งออก %1 กิจกรรมไปที่ %2 แล้ว</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
</context>
<context>
    <name>RemediesEditor</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>วิธีแก้ไข</translation>
    </message>
    <message>
        <source>Usual agency</source>
        <translation>หน่วยงานหลัก</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>เพิ่มเป็นรายการใหม่</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>Stop using / use again</source>
        <translation>ยกเลิกการใช้ / ใช้อีกครั้ง</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Office profile</source>
        <translation>ข้อมูลสำนักงาน</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>ชื่อสำนักงาน</translation>
    </message>
    <message>
        <source>Letter code (e.g. พย ๐๐๑๙.๔)</source>
        <translation>รหัสหนังสือ (เช่น พย ๐๐๑๙.๔)</translation>
    </message>
    <message>
        <source>Address (printed on letters)</source>
        <translation>ที่อยู่ (พิมพ์บนหนังสือ)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>โทรสาร</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Owning unit (bottom of letters)</source>
        <translation>ส่วนราชการเจ้าของเรื่อง (ท้ายหนังสือ)</translation>
    </message>
    <message>
        <source>Provincial office</source>
        <translation>สำนักงานจังหวัดที่รับเรื่อง</translation>
    </message>
    <message>
        <source>Provincial office e-mail</source>
        <translation>อีเมลสำนักงานจังหวัด</translation>
    </message>
    <message>
        <source>District chief officer</source>
        <translation>นายอำเภอ</translation>
    </message>
    <message>
        <source>District development officer</source>
        <translation>พัฒนาการอำเภอ</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>โปรแกรม</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Print Thai digits (๑๒๓) in documents</source>
        <translation>พิมพ์เลขไทย (๑๒๓) ในเอกสาร</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <source>Database (takes effect at next start)</source>
        <translation>ฐานข้อมูล (มีผลเมื่อเปิดโปรแกรมครั้งถัดไป)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>เลือกรูปภาพ…</translation>
    </message>
    <message>
        <source>Garuda emblem for letters</source>
        <translation>ตราครุฑสำหรับหนังสือ</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>บันทึกการตั้งค่า</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>บันทึกการตั้งค่าไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>Garuda emblem</source>
        <translation>ตราครุฑ</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>4T analysis</source>
        <translation>วิเคราะห์ ๔ ท</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>ประเมิน</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>โครงการ</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Amphoe Desk</source>
        <translation>อำเภอเดสก์ (Amphoe Desk)</translation>
    </message>
    <message>
        <source>The database is empty. Load the demo district (อำเภอเวียงทอง, fictional) to try the program?</source>
        <translation>ฐานข้อมูลยังว่างอยู่ ต้องการเพิ่มข้อมูลตัวอย่าง (อำเภอเวียงทอง ซึ่งเป็นอำเภอสมมติ) เพื่อทดลองใช้งานหรือไม่</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Amphoe Desk</source>
        <translation>อำเภอเดสก์ (Amphoe Desk)</translation>
    </message>
</context>
</TS>