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
        <source>Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
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
    <message>
        <source>Select an activity first.</source>
        <translation>โปรดเลือกกิจกรรมก่อน</translation>
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
        <source>yes</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <source>(%1 households)</source>
        <translation>(%1 ครัวเรือน)</translation>
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
        <source>New analysis</source>
        <translation>วิเคราะห์ครั้งใหม่</translation>
    </message>
    <message>
        <source>Save analysis</source>
        <translation>บันทึกผลการวิเคราะห์</translation>
    </message>
    <message>
        <source>Earlier analyses (choose one to edit it)</source>
        <translation>ผลการวิเคราะห์ครั้งก่อน (เลือกเพื่อแก้ไข)</translation>
    </message>
    <message>
        <source>Editing the analysis of %1</source>
        <translation>กำลังแก้ไขผลการวิเคราะห์วันที่ %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
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
    <name>AttendancePanel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>ผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>เหตุที่ไม่มาประชุม</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>ผู้แทน</translation>
    </message>
    <message>
        <source>Representative's position</source>
        <translation>ตำแหน่งผู้แทน</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>บันทึกผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>Guest's name</source>
        <translation>ชื่อผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>เพิ่มผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Remove selected guest</source>
        <translation>ลบผู้เข้าร่วมประชุมที่เลือก</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>The audit log was changed</source>
        <translation>ประวัติการแก้ไขถูกแก้ไข</translation>
    </message>
    <message>
        <source>Someone changed the audit log outside the program. Keep a backup of the database as it is now, and ask who holds the database's owner password.</source>
        <translation>มีผู้แก้ไขประวัติการแก้ไขจากภายนอกโปรแกรม โปรดเก็บสำเนาสำรองของฐานข้อมูลในสภาพปัจจุบันไว้ และสอบถามผู้ที่ถือรหัสผ่านเจ้าของฐานข้อมูล</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>All actions</source>
        <translation>ทุกการกระทำ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>ส่งออกเป็น Excel…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>รายการข้อมูล</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>ผู้ใช้ทุกคน</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>ข้อมูลทุกประเภท</translation>
    </message>
    <message>
        <source>%1 entries shown (newest first)</source>
        <translation>แสดง %1 รายการ (ล่าสุดก่อน)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>ส่งออกประวัติการแก้ไข</translation>
    </message>
    <message>
        <source>%1 entries exported to %2</source>
        <translation>ส่งออก %1 รายการไปที่ %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>The program backs up the database by itself every %1 hours and when it closes, keeping %2 daily and %3 weekly copies on this PC in %4 (a folder only your Windows account can read; these copies are not encrypted). Make your own copy on a USB stick regularly too: it is encrypted with the office's backup password.</source>
        <translation>โปรแกรมสำรองฐานข้อมูลให้เองทุก %1 ชั่วโมงและทุกครั้งที่ปิดโปรแกรม โดยเก็บสำเนารายวัน %2 ชุดและรายสัปดาห์ %3 ชุดไว้ในเครื่องนี้ที่ %4 (โฟลเดอร์ที่เปิดได้เฉพาะบัญชี Windows ของคุณ สำเนาเหล่านี้ไม่ได้เข้ารหัส) ควรสำรองลงแฟลชไดรฟ์ด้วยตนเองเป็นประจำด้วย ไฟล์นั้นจะเข้ารหัสด้วยรหัสผ่านสำรองข้อมูลของสำนักงาน</translation>
    </message>
    <message>
        <source>Back up now to a folder or USB stick…</source>
        <translation>สำรองข้อมูลตอนนี้ลงโฟลเดอร์หรือแฟลชไดรฟ์…</translation>
    </message>
    <message>
        <source>Restore from a backup file…</source>
        <translation>กู้คืนจากไฟล์สำรอง…</translation>
    </message>
    <message>
        <source>Only the administrator may restore a backup.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่กู้คืนข้อมูลได้</translation>
    </message>
    <message>
        <source>Automatic backups (newest first)</source>
        <translation>ไฟล์สำรองอัตโนมัติ (ล่าสุดก่อน)</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>ยังไม่มีไฟล์สำรองอัตโนมัติ</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>โฟลเดอร์สำหรับเก็บไฟล์สำรอง</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>รหัสผ่านสำรองข้อมูล</translation>
    </message>
    <message>
        <source>The backup is encrypted with the office's backup password (set by the administrator):</source>
        <translation>ไฟล์สำรองจะเข้ารหัสด้วยรหัสผ่านสำรองข้อมูลของสำนักงาน (ตั้งโดยผู้ดูแลระบบ):</translation>
    </message>
    <message>
        <source>Type the backup password again:</source>
        <translation>พิมพ์รหัสผ่านสำรองข้อมูลอีกครั้ง:</translation>
    </message>
    <message>
        <source>The two passwords differ, so no backup was made.</source>
        <translation>รหัสผ่านสองครั้งไม่ตรงกัน จึงไม่ได้สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>สำรองข้อมูลแล้ว: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Nothing was written or replaced.</source>
        <translation>ไม่มีการเขียนหรือแทนที่ข้อมูลใด</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>สำรองและกู้คืน</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Backups (*.zip *.sqlite3)</source>
        <translation>ไฟล์สำรอง (*.zip *.sqlite3)</translation>
    </message>
    <message>
        <source>%1 is encrypted. The office's backup password:</source>
        <translation>ไฟล์ %1 เข้ารหัสไว้ รหัสผ่านสำรองข้อมูลของสำนักงาน:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืนข้อมูล</translation>
    </message>
    <message>
        <source>Replace the whole database with %1 (%2 households)? A copy of the current database is kept in the backups folder first.</source>
        <translation>แทนที่ฐานข้อมูลทั้งหมดด้วย %1 (%2 ครัวเรือน) หรือไม่ โปรแกรมจะเก็บสำเนาฐานข้อมูลปัจจุบันไว้ในโฟลเดอร์สำรองก่อน</translation>
    </message>
    <message>
        <source>Restored %1 (%2 households).</source>
        <translation>กู้คืนจาก %1 แล้ว (%2 ครัวเรือน)</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>ฐานข้อมูลเดิมเก็บไว้ที่ %1</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>กำลังกู้คืนข้อมูล…</translation>
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
    <name>CircularDialog</name>
    <message>
        <source>Register a circular</source>
        <translation>ลงทะเบียนหนังสือจากจังหวัด</translation>
    </message>
    <message>
        <source>Edit circular</source>
        <translation>แก้ไขหนังสือจากจังหวัด</translation>
    </message>
    <message>
        <source>The province asks for full national ID numbers</source>
        <translation>จังหวัดขอเลขประจำตัวประชาชนครบทุกหลัก</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(ไม่เกี่ยวกับการประชุม)</translation>
    </message>
    <message>
        <source>Number (ที่)</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Concerns meeting</source>
        <translation>เกี่ยวกับการประชุม</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>กำหนดส่งงาน</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>เพิ่มกำหนดส่ง</translation>
    </message>
    <message>
        <source>Households this circular concerns</source>
        <translation>ครัวเรือนที่หนังสือนี้เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Choose households…</source>
        <translation>เลือกครัวเรือน…</translation>
    </message>
    <message>
        <source>Linked households</source>
        <translation>ครัวเรือนที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>เอาออก</translation>
    </message>
</context>
<context>
    <name>CloseEscalationDialog</name>
    <message>
        <source>Close the escalation</source>
        <translation>ปิดเรื่องที่ส่งต่อ ศจพ.จ.</translation>
    </message>
    <message>
        <source>What the province did, or why the case is closed</source>
        <translation>จังหวัดช่วยเหลืออย่างไร หรือเหตุที่ปิดเรื่อง</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>วันที่ปิดเรื่อง</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>บันทึกการปิดเรื่อง</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved first</source>
        <translation>มีผู้อื่นบันทึกไปก่อนแล้ว</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Your version (not saved, v%1)</source>
        <translation>ฉบับของคุณ (ยังไม่บันทึก ฉบับที่ %1)</translation>
    </message>
    <message>
        <source>Saved now (v%1)</source>
        <translation>ที่บันทึกอยู่ตอนนี้ (ฉบับที่ %1)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ใช้ฉบับ</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>ของฉัน</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>ของอีกฝ่าย</translation>
    </message>
    <message>
        <source>Highlighted rows differ. Nothing was overwritten. Choose what to keep.</source>
        <translation>แถวที่เน้นสีมีค่าต่างกัน ยังไม่มีสิ่งใดถูกบันทึกทับ โปรดเลือกว่าจะใช้ฉบับใด</translation>
    </message>
    <message>
        <source>Highlighted rows differ. Nothing was overwritten: reload the record and edit again.</source>
        <translation>แถวที่ระบายสีคือส่วนที่ต่างกัน ไม่มีข้อมูลใดถูกเขียนทับ โปรดเปิดรายการนี้ใหม่แล้วแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>ใช้ของฉัน</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>ใช้ของอีกฝ่าย</translation>
    </message>
    <message>
        <source>Save my choice</source>
        <translation>บันทึกตามที่เลือก</translation>
    </message>
</context>
<context>
    <name>ConnectionLine</name>
    <message>
        <source>Cannot reach the database server… trying again</source>
        <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้ … กำลังลองใหม่</translation>
    </message>
    <message>
        <source>The connection broke while saving. Checked now: saved.</source>
        <translation>การเชื่อมต่อขาดระหว่างบันทึก ตรวจแล้ว: บันทึกแล้ว</translation>
    </message>
    <message>
        <source>The connection broke while saving. Checked now: not saved; please save again.</source>
        <translation>การเชื่อมต่อขาดระหว่างบันทึก ตรวจแล้ว: ยังไม่ได้บันทึก โปรดบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>Amphoe Desk</source>
        <translation>อำเภอเดสก์ (Amphoe Desk)</translation>
    </message>
    <message>
        <source>The database is in use by another program… waiting</source>
        <translation>ฐานข้อมูลกำลังถูกใช้งาน… กำลังรอ</translation>
    </message>
</context>
<context>
    <name>CoverLetter</name>
    <message>
        <source>Fields not filled in</source>
        <translation>ข้อมูลยังไม่ครบ</translation>
    </message>
    <message>
        <source>Go ahead anyway?</source>
        <translation>ทำต่อหรือไม่</translation>
    </message>
</context>
<context>
    <name>CoverLetterPreviewDialog</name>
    <message>
        <source>Cover letter: %1</source>
        <translation>หนังสือนำส่ง: %1</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>กำลังเตรียมหน้าเอกสาร…</translation>
    </message>
    <message>
        <source>Letter number %1 (taken earlier, kept until the letter is sent).</source>
        <translation>เลขที่หนังสือ %1 (ออกไว้แล้ว ใช้เลขนี้จนกว่าจะส่งหนังสือ)</translation>
    </message>
    <message>
        <source>No number yet: the register gives one when you save or print (next free number now: %1).</source>
        <translation>ยังไม่ออกเลข: ทะเบียนหนังสือส่งจะออกเลขให้เมื่อบันทึกหรือพิมพ์ (เลขถัดไปขณะนี้: %1)</translation>
    </message>
    <message>
        <source>Writing the cover letter…</source>
        <translation>กำลังจัดทำหนังสือนำส่ง…</translation>
    </message>
    <message>
        <source>Saved as letter number %1: %2</source>
        <translation>บันทึกเป็นหนังสือที่ %1: %2</translation>
    </message>
    <message>
        <source>Printed as letter number %1.</source>
        <translation>พิมพ์เป็นหนังสือที่ %1 แล้ว</translation>
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
    <name>DataPage</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>เข้าสู่ระบบในชื่อ %1 (%2)</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>เปลี่ยนรหัสผ่าน…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>สำรองและกู้คืน</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว</translation>
    </message>
</context>
<context>
    <name>DeadlineLine</name>
    <message>
        <source>What is due</source>
        <translation>สิ่งที่ต้องส่ง</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>ตัวอย่างก่อนพิมพ์: %1</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>กำลังเตรียมหน้าเอกสาร…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>Save as DOCX…</source>
        <translation>บันทึกเป็น DOCX…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 หน้า</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>จัดทำเอกสารไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>บันทึกเอกสาร</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>DueReminder</name>
    <message>
        <source>Deadlines</source>
        <translation>กำหนดส่งงาน</translation>
    </message>
    <message>
        <source>Submissions to the province that are due soon or overdue:</source>
        <translation>งานที่ต้องส่งจังหวัดซึ่งใกล้ครบกำหนดหรือเลยกำหนดแล้ว:</translation>
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
        <source>Close escalation…</source>
        <translation>ปิดเรื่อง…</translation>
    </message>
    <message>
        <source>The province has dealt with it: record the day and a note</source>
        <translation>จังหวัดดำเนินการแล้ว: บันทึกวันที่และผลการปิดเรื่อง</translation>
    </message>
    <message>
        <source>%1 households escalated to the province</source>
        <translation>ส่งต่อ ศจพ.จ. แล้ว %1 ครัวเรือน</translation>
    </message>
    <message>
        <source>Export the list for the province</source>
        <translation>ส่งออกบัญชีครัวเรือนที่ส่งต่อ ศจพ.จ.</translation>
    </message>
    <message>
        <source>%1 households exported to %2</source>
        <translation>ส่งออก %1 ครัวเรือนไปที่ %2 แล้ว</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
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
        <translation>ปรับปรุงข้อมูล</translation>
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
    <name>HouseholdCaseworkTabs</name>
    <message>
        <source>4T analysis</source>
        <translation>วิเคราะห์ ๔ ท</translation>
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
        <source>Programmes</source>
        <translation>โครงการพิเศษ</translation>
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
    <name>HouseholdDialog</name>
    <message>
        <source>Address and targeting</source>
        <translation>ที่อยู่และกลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <source>Village name</source>
        <translation>ชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>รหัสไปรษณีย์</translation>
    </message>
    <message>
        <source>House code</source>
        <translation>รหัสประจำบ้าน</translation>
    </message>
    <message>
        <source>Village no.</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>กลุ่มที่ %1</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Income per person per year (baht)</source>
        <translation>รายได้เฉลี่ยต่อคนต่อปี (บาท)</translation>
    </message>
    <message>
        <source>Holds a state welfare card</source>
        <translation>มีบัตรสวัสดิการแห่งรัฐ</translation>
    </message>
    <message>
        <source>Vulnerable household</source>
        <translation>ครัวเรือนเปราะบาง</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>หัวหน้า</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>กลุ่มเปราะบาง</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>เพิ่มสมาชิก…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>ลบสมาชิก</translation>
    </message>
    <message>
        <source>Remove %1 from this household?</source>
        <translation>ลบ %1 ออกจากครัวเรือนนี้หรือไม่</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้แก้ไข</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ค่าเดิม</translation>
    </message>
    <message>
        <source>After</source>
        <translation>ค่าใหม่</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>ครัวเรือน %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ยังไม่ตรวจสอบ</translation>
    </message>
    <message>
        <source>found</source>
        <translation>พบในระบบ</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>ไม่พบในระบบ</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>elderly</source>
        <translation>ผู้สูงอายุ</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ผู้พิการ</translation>
    </message>
    <message>
        <source>bedridden</source>
        <translation>ติดเตียง</translation>
    </message>
    <message>
        <source>child</source>
        <translation>เด็ก</translation>
    </message>
</context>
<context>
    <name>HouseholdNominations</name>
    <message>
        <source>Programme</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Checked in Logbook on</source>
        <translation>ตรวจสอบใน Logbook เมื่อ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Nominate for a programme…</source>
        <translation>เสนอชื่อเข้าโครงการ…</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <source>Choose households</source>
        <translation>เลือกครัวเรือน</translation>
    </message>
    <message>
        <source>Head's name, 13-digit national ID, house number or village</source>
        <translation>ชื่อหัวหน้าครัวเรือน เลขประจำตัวประชาชน ๑๓ หลัก บ้านเลขที่ หรือชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>House no. and village</source>
        <translation>บ้านเลขที่และหมู่บ้าน</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>Type at least part of a name, an ID or a house number.</source>
        <translation>พิมพ์ชื่อ เลขประจำตัวประชาชน หรือบ้านเลขที่ (บางส่วนก็ได้)</translation>
    </message>
    <message>
        <source>The first %1 households found; type more to narrow the list.</source>
        <translation>แสดง %1 ครัวเรือนแรกที่พบ พิมพ์เพิ่มเพื่อให้แคบลง</translation>
    </message>
    <message>
        <source>%1 households found</source>
        <translation>พบ %1 ครัวเรือน</translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation>โปรดเลือกครัวเรือนในรายการก่อน</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <source>Village no.</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Income/person/year</source>
        <translation>รายได้/คน/ปี</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ยังไม่ตรวจสอบ</translation>
    </message>
    <message>
        <source>found</source>
        <translation>พบในระบบ</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>ไม่พบในระบบ</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Loading households…</source>
        <translation>กำลังโหลดรายชื่อครัวเรือน…</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Import spreadsheet…</source>
        <translation>นำเข้าไฟล์…</translation>
    </message>
    <message>
        <source>Export list to Excel…</source>
        <translation>ส่งออกเป็น Excel…</translation>
    </message>
    <message>
        <source>Print list (PDF)…</source>
        <translation>พิมพ์รายชื่อ (PDF)…</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>เปิดครัวเรือน</translation>
    </message>
    <message>
        <source>Merged by address…</source>
        <translation>ครัวเรือนที่ถูกรวมตามที่อยู่…</translation>
    </message>
    <message>
        <source>Nominate for a programme…</source>
        <translation>เสนอชื่อเข้าโครงการ…</translation>
    </message>
    <message>
        <source>Import Logbook results…</source>
        <translation>นำเข้าผล Logbook…</translation>
    </message>
    <message>
        <source>Search name, national ID or house number</source>
        <translation>ค้นหาชื่อ เลขประจำตัวประชาชน หรือบ้านเลขที่</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <source>Loading households…</source>
        <translation>กำลังโหลดรายชื่อครัวเรือน…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Village %1</source>
        <translation>หมู่ %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>กลุ่มที่ %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ยังไม่ตรวจสอบ</translation>
    </message>
    <message>
        <source>found</source>
        <translation>พบในระบบ</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>ไม่พบในระบบ</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Filtered from the overview: %1</source>
        <translation>กรองจากหน้าหลัก: %1</translation>
    </message>
    <message>
        <source>no subdistrict</source>
        <translation>ไม่ระบุตำบล</translation>
    </message>
    <message>
        <source>programme no. %1</source>
        <translation>โครงการลำดับที่ %1</translation>
    </message>
    <message>
        <source>stage not assessed</source>
        <translation>ยังไม่ประเมินระดับการพัฒนา</translation>
    </message>
    <message>
        <source>stage: hardship</source>
        <translation>ระดับ: อยู่ลำบาก</translation>
    </message>
    <message>
        <source>stage: difficult</source>
        <translation>ระดับ: อยู่ยาก</translation>
    </message>
    <message>
        <source>stage: manageable</source>
        <translation>ระดับ: อยู่พอได้</translation>
    </message>
    <message>
        <source>stage: well</source>
        <translation>ระดับ: อยู่ดี</translation>
    </message>
    <message>
        <source>with open plan items</source>
        <translation>มีแผนที่ยังไม่เสร็จ</translation>
    </message>
    <message>
        <source>with plan items done</source>
        <translation>มีแผนที่ดำเนินการแล้ว</translation>
    </message>
    <message>
        <source>with overdue plan items</source>
        <translation>มีแผนที่ค้างเกินกำหนด</translation>
    </message>
    <message>
        <source>in fiscal year %1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>with an activity %1 – %2</source>
        <translation>มีกิจกรรมช่วยเหลือ %1 – %2</translation>
    </message>
    <message>
        <source>activity entered in Logbook</source>
        <translation>บันทึกใน Logbook แล้ว</translation>
    </message>
    <message>
        <source>activity not yet entered in Logbook</source>
        <translation>ยังไม่บันทึกใน Logbook</translation>
    </message>
    <message>
        <source>%1 households shown</source>
        <translation>แสดง %1 ครัวเรือน</translation>
    </message>
    <message>
        <source>%1 of %2 households shown</source>
        <translation>แสดง %1 จาก %2 ครัวเรือน</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>เลือกไว้ %1</translation>
    </message>
    <message>
        <source>Select the households to nominate first.</source>
        <translation>โปรดเลือกครัวเรือนที่จะเสนอชื่อก่อน</translation>
    </message>
    <message>
        <source>Export list to Excel</source>
        <translation>ส่งออกรายชื่อเป็น Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>กำลังเขียนรายชื่อ…</translation>
    </message>
    <message>
        <source>%1 households exported to %2</source>
        <translation>ส่งออก %1 ครัวเรือนไปที่ %2 แล้ว</translation>
    </message>
    <message>
        <source>Print list (PDF)</source>
        <translation>พิมพ์รายชื่อเป็น PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>กำลังสร้างไฟล์ PDF…</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Amphoe Desk (locked)</source>
        <translation>Amphoe Desk (ล็อกอยู่)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import households</source>
        <translation>นำเข้ารายชื่อครัวเรือน</translation>
    </message>
    <message>
        <source>An .xlsx, .xls or .csv file</source>
        <translation>ไฟล์ .xlsx .xls หรือ .csv</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>แผ่นงาน</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>การจับคู่ที่บันทึกไว้</translation>
    </message>
    <message>
        <source>What each column of the file holds (correct it if needed):</source>
        <translation>แต่ละคอลัมน์ในไฟล์คือข้อมูลอะไร (แก้ไขได้ถ้าไม่ถูกต้อง):</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>คอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>หมายถึง</translation>
    </message>
    <message>
        <source>Name for this mapping, e.g. TPMAP 2567</source>
        <translation>ตั้งชื่อการจับคู่นี้ เช่น TPMAP 2567</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>บันทึกการจับคู่</translation>
    </message>
    <message>
        <source>Import the valid rows and skip invalid ones</source>
        <translation>นำเข้าเฉพาะแถวที่ถูกต้อง ข้ามแถวที่ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Shape: decided from the columns</source>
        <translation>รูปแบบ: ตัดสินจากคอลัมน์</translation>
    </message>
    <message>
        <source>One row per household (the head)</source>
        <translation>หนึ่งแถวต่อหนึ่งครัวเรือน (หัวหน้าครัวเรือน)</translation>
    </message>
    <message>
        <source>One row per person</source>
        <translation>หนึ่งแถวต่อหนึ่งคน</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>แถวที่</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่าในไฟล์</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>ค่าในทะเบียน</translation>
    </message>
    <message>
        <source>In file</source>
        <translation>ค่าในไฟล์</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>หัวหน้า</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>One household</source>
        <translation>เป็นครัวเรือนเดียวกัน</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>ความแตกต่าง</translation>
    </message>
    <message>
        <source>Maybe the same household</source>
        <translation>อาจเป็นครัวเรือนเดียวกัน</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>บันทึกรายงาน…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตรวจสอบก่อนนำเข้า</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Automatic (by header names)</source>
        <translation>อัตโนมัติ (ตามชื่อหัวคอลัมน์)</translation>
    </message>
    <message>
        <source>Choose a household spreadsheet</source>
        <translation>เลือกไฟล์รายชื่อครัวเรือน</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>ไฟล์ตาราง (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>กำลังอ่านไฟล์…</translation>
    </message>
    <message>
        <source>Header found in row %1. Check the columns, then press Preview.</source>
        <translation>พบหัวตารางที่แถว %1 ตรวจสอบคอลัมน์ แล้วกด ตรวจสอบก่อนนำเข้า</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
        <source>Mapping saved as '%1'.</source>
        <translation>บันทึกการจับคู่คอลัมน์ชื่อ '%1' แล้ว</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>กำลังตรวจสอบไฟล์…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>Shape: decided from the columns (%1)</source>
        <translation>รูปแบบ: ตัดสินจากคอลัมน์ (%1)</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows listed under Problems, or tick 'skip invalid ones'.</source>
        <translation>ยังไม่ได้นำเข้า: แก้ไขแถวที่แสดงในแท็บ ปัญหา หรือเลือก ข้ามแถวที่ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>นำเข้าเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>Preview only: press Import to write these changes.</source>
        <translation>เป็นการตรวจสอบเท่านั้น กด นำเข้า เพื่อบันทึกการเปลี่ยนแปลงเหล่านี้</translation>
    </message>
    <message>
        <source>Nothing to change: the register already holds this file.</source>
        <translation>ไม่มีอะไรเปลี่ยนแปลง ทะเบียนมีข้อมูลตามไฟล์นี้ครบแล้ว</translation>
    </message>
    <message>
        <source>kept the clerk's edit</source>
        <translation>คงค่าที่แก้ไขในโปรแกรม</translation>
    </message>
    <message>
        <source>updated from the file</source>
        <translation>ปรับปรุงตามไฟล์</translation>
    </message>
    <message>
        <source>Press Import to write with your choice, or Preview to see the new counts first.</source>
        <translation>กดนำเข้าเพื่อบันทึกตามที่เลือก หรือกดตรวจสอบก่อนนำเข้าเพื่อดูจำนวนใหม่ก่อน</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>บันทึกรายงาน</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>บันทึกรายงานไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>ยกเลิกแล้ว ไม่มีการบันทึกข้อมูลใด</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>What the agenda says about this item</source>
        <translation>ข้อความในระเบียบวาระของเรื่องนี้</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>บันทึกข้อความ</translation>
    </message>
    <message>
        <source>Household list</source>
        <translation>บัญชีครัวเรือน</translation>
    </message>
    <message>
        <source>Build list</source>
        <translation>สร้างบัญชี</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Take selected households off the list</source>
        <translation>นำครัวเรือนที่เลือกออกจากบัญชี</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>บันทึกสำเนา…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>ลบไฟล์</translation>
    </message>
    <message>
        <source>Fiscal year </source>
        <translation>ปีงบประมาณ </translation>
    </message>
    <message>
        <source>Attach report</source>
        <translation>แนบรายงาน</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ยังไม่ตรวจสอบ</translation>
    </message>
    <message>
        <source>found</source>
        <translation>พบในระบบ</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>ไม่พบในระบบ</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Attach a file to this item</source>
        <translation>แนบไฟล์กับเรื่องนี้</translation>
    </message>
    <message>
        <source>Save a copy in</source>
        <translation>บันทึกสำเนาไว้ที่</translation>
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
    <name>LetterDialog</name>
    <message>
        <source>Take a letter number</source>
        <translation>ออกเลขหนังสือส่ง</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Due in the next 14 days and overdue</source>
        <translation>ครบกำหนดภายใน 14 วัน และเลยกำหนด</translation>
    </message>
    <message>
        <source>Register a circular…</source>
        <translation>ลงทะเบียนหนังสือจากจังหวัด…</translation>
    </message>
    <message>
        <source>Edit circular…</source>
        <translation>แก้ไขหนังสือ…</translation>
    </message>
    <message>
        <source>Close circular</source>
        <translation>ปิดเรื่อง</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>สิ่งที่ต้องส่ง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Circulars from the province</source>
        <translation>หนังสือจากจังหวัด</translation>
    </message>
    <message>
        <source>Take the next letter number…</source>
        <translation>ออกเลขหนังสือส่งถัดไป…</translation>
    </message>
    <message>
        <source>Void number…</source>
        <translation>ยกเลิกเลข…</translation>
    </message>
    <message>
        <source>Cover letter…</source>
        <translation>หนังสือนำส่ง…</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Outgoing letter register</source>
        <translation>ทะเบียนหนังสือส่ง</translation>
    </message>
    <message>
        <source>Nothing is due in the next 14 days.</source>
        <translation>ไม่มีงานที่ครบกำหนดส่งภายใน 14 วัน</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดเรื่องแล้ว</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>ยังไม่ส่ง</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>ยกเลิก: %1</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>ยกเลิกเลข</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>ออกเลขแล้ว</translation>
    </message>
    <message>
        <source>Letter number %1 voided; it will not be used again.</source>
        <translation>ยกเลิกเลขหนังสือ %1 แล้ว เลขนี้จะไม่นำไปใช้อีก</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>โปรดเลือกการประชุมก่อน</translation>
    </message>
    <message>
        <source>Select a circular to see its deadlines and households.</source>
        <translation>เลือกหนังสือเพื่อดูกำหนดส่งและครัวเรือนที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Reopen circular</source>
        <translation>เปิดเรื่องอีกครั้ง</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>ปิดเรื่องเมื่อ %1</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>กำหนดส่งงาน</translation>
    </message>
    <message>
        <source>Linked households (%1)</source>
        <translation>ครัวเรือนที่เกี่ยวข้อง (%1 ครัวเรือน)</translation>
    </message>
    <message>
        <source>Circular %1 registered.</source>
        <translation>ลงทะเบียนหนังสือที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Circular %1 saved.</source>
        <translation>บันทึกหนังสือที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Circular %1 closed.</source>
        <translation>ปิดเรื่องหนังสือที่ %1 แล้ว กำหนดส่งของหนังสือนี้จะไม่แจ้งเตือนอีก</translation>
    </message>
    <message>
        <source>Circular %1 reopened.</source>
        <translation>เปิดเรื่องหนังสือที่ %1 อีกครั้งแล้ว</translation>
    </message>
    <message>
        <source>Letter number %1 taken.</source>
        <translation>ออกเลขหนังสือที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>LogbookImportDialog</name>
    <message>
        <source>Import Logbook results</source>
        <translation>นำเข้าผล Logbook</translation>
    </message>
    <message>
        <source>Choose the household export from TPMAP Logbook. Every household with a member in it becomes found, every other one not found, and the open nominations of the households found become checked in Logbook; nothing changes until you apply.</source>
        <translation>เลือกไฟล์ครัวเรือนที่ส่งออกจากระบบ TPMAP Logbook ครัวเรือนที่มีสมาชิกอยู่ในไฟล์จะเป็น “พบในระบบ” ครัวเรือนอื่นเป็น “ไม่พบในระบบ” และการเสนอชื่อที่ยังรอตรวจสอบของครัวเรือนที่พบจะเป็น “ตรวจสอบใน Logbook แล้ว” ทะเบียนจะยังไม่เปลี่ยนจนกว่าจะกดบันทึกผล</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Logbook now</source>
        <translation>สถานะ Logbook ปัจจุบัน</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>จะเปลี่ยนเป็น</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>แถวในไฟล์</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>พบในระบบ</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>ไม่พบในระบบ</translation>
    </message>
    <message>
        <source>Rows matching no household</source>
        <translation>แถวที่ไม่ตรงกับครัวเรือนใด</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <source>Apply to the register</source>
        <translation>บันทึกผลลงทะเบียน</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Choose the Logbook export</source>
        <translation>เลือกไฟล์ที่ส่งออกจาก Logbook</translation>
    </message>
    <message>
        <source>Reading the Logbook export…</source>
        <translation>กำลังอ่านไฟล์ Logbook…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>ยกเลิกแล้ว ทะเบียนไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Writing the Logbook statuses…</source>
        <translation>กำลังบันทึกสถานะ Logbook…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Amphoe Desk</source>
        <translation>อำเภอเดสก์ (Amphoe Desk)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>กำลังเปิดฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>ปิดโปรแกรม</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>โปรดเข้าสู่ระบบเพื่อทำงานต่อ</translation>
    </message>
    <message>
        <source>The program's own backup copies of your data are in: %1</source>
        <translation>สำเนาสำรองข้อมูลที่โปรแกรมทำไว้เองอยู่ในโฟลเดอร์: %1</translation>
    </message>
    <message>
        <source>The program cannot start.</source>
        <translation>โปรแกรมเริ่มทำงานไม่ได้</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>งานช่วยเหลือ</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Letters and deadlines</source>
        <translation>หนังสือและกำหนดส่ง</translation>
    </message>
    <message>
        <source>Send to province</source>
        <translation>ส่งจังหวัด</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Data and users</source>
        <translation>ข้อมูลและผู้ใช้</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Choose a meeting from the list, or create one.</source>
        <translation>เลือกการประชุมจากรายการ หรือสร้างการประชุมใหม่</translation>
    </message>
    <message>
        <source>Agenda sent</source>
        <translation>ส่งระเบียบวาระแล้ว</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>กลับเป็นร่าง</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>ประชุมแล้ว</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Title of the new item</source>
        <translation>ชื่อเรื่องใหม่</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>เพิ่มเรื่อง</translation>
    </message>
    <message>
        <source>Adds the item at the end of the selected section</source>
        <translation>เพิ่มเรื่องต่อท้ายระเบียบวาระที่เลือก</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>เพิ่มระเบียบวาระ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>ผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>Minutes and resolutions</source>
        <translation>รายงานการประชุมและมติ</translation>
    </message>
    <message>
        <source>ended at</source>
        <translation>เลิกประชุมเวลา</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>เริ่มประชุมเวลา</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>ผู้จดรายงาน</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>ผู้ตรวจรายงาน</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>ข้อความเปิดประชุม</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>บันทึกรายละเอียด</translation>
    </message>
    <message>
        <source>Meeting no. %1</source>
        <translation>ครั้งที่ %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <source>(adopted at meeting %1)</source>
        <translation>(รับรองในการประชุมครั้งที่ %1)</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>Meeting no.</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>การประชุมใหม่</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>แม่แบบระเบียบวาระ</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>วันประชุม</translation>
    </message>
    <message>
        <source>Clone selected</source>
        <translation>คัดลอกการประชุมที่เลือก</translation>
    </message>
    <message>
        <source>A new draft with the selected meeting's agenda, on the date above</source>
        <translation>สร้างร่างการประชุมใหม่ตามระเบียบวาระของการประชุมที่เลือก ในวันที่ระบุข้างบน</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Committee roster</source>
        <translation>ทำเนียบคณะกรรมการ</translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation>แม่แบบระเบียบวาระ</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>แก้ไขสมาชิก</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>เพิ่มสมาชิก</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <source>female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <source>elderly</source>
        <translation>ผู้สูงอายุ</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ผู้พิการ</translation>
    </message>
    <message>
        <source>bedridden</source>
        <translation>ติดเตียง</translation>
    </message>
    <message>
        <source>child</source>
        <translation>เด็ก</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>ความสัมพันธ์กับหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>กลุ่มเปราะบาง</translation>
    </message>
</context>
<context>
    <name>MergedHouseholdsDialog</name>
    <message>
        <source>Households merged by address</source>
        <translation>ครัวเรือนที่ถูกรวมตามที่อยู่</translation>
    </message>
    <message>
        <source>An earlier import made rows of one address into one household. Each household below has members that came from separate rows with no relation recorded: split it so that each of them heads a household of their own, or keep it as one.</source>
        <translation>การนำเข้าครั้งก่อนรวมแถวที่มีที่อยู่เดียวกันเป็นครัวเรือนเดียว ครัวเรือนด้านล่างมีสมาชิกที่มาจากคนละแถวโดยไม่มีการบันทึกความสัมพันธ์ แยกให้แต่ละคนเป็นหัวหน้าครัวเรือนของตนเอง หรือยืนยันว่าเป็นครัวเรือนเดียวกัน</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>จากไฟล์</translation>
    </message>
    <message>
        <source>Split into separate households</source>
        <translation>แยกเป็นครัวเรือนต่างหาก</translation>
    </message>
    <message>
        <source>Keep as one household</source>
        <translation>ยืนยันเป็นครัวเรือนเดียวกัน</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>%1 households to review.</source>
        <translation>มี %1 ครัวเรือนให้ตรวจสอบ</translation>
    </message>
    <message>
        <source>No household looks merged by address.</source>
        <translation>ไม่พบครัวเรือนที่ดูเหมือนถูกรวมตามที่อยู่</translation>
    </message>
    <message>
        <source>Household %1 split: new households %2.</source>
        <translation>แยกครัวเรือนรหัส %1 แล้ว ครัวเรือนใหม่ %2</translation>
    </message>
    <message>
        <source>Household %1 kept as one.</source>
        <translation>ยืนยันครัวเรือนรหัส %1 เป็นครัวเรือนเดียวกันแล้ว</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Corrections to the previous minutes (if any)</source>
        <translation>การแก้ไขรายงานการประชุมครั้งที่แล้ว (ถ้ามี)</translation>
    </message>
    <message>
        <source>Adopt previous minutes</source>
        <translation>รับรองรายงานการประชุมครั้งที่แล้ว</translation>
    </message>
    <message>
        <source>What was said (pre-filled from the agenda)</source>
        <translation>สาระการประชุม (เติมจากระเบียบวาระไว้ให้แล้ว)</translation>
    </message>
    <message>
        <source>Save minutes text</source>
        <translation>บันทึกรายงานการประชุม</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>มติที่ประชุม</translation>
    </message>
    <message>
        <source>No previous meeting</source>
        <translation>ไม่มีการประชุมครั้งก่อน</translation>
    </message>
    <message>
        <source>Minutes of meeting %1: %2</source>
        <translation>รายงานการประชุมครั้งที่ %1: %2</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <source>Nominate for a programme</source>
        <translation>เสนอชื่อเข้าโครงการ</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 ครัวเรือน</translation>
    </message>
    <message>
        <source>Nominate: %1</source>
        <translation>เสนอชื่อ: %1</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>There is no programme yet: add one on the Casework page first.</source>
        <translation>ยังไม่มีโครงการ โปรดเพิ่มโครงการที่หน้า งานช่วยเหลือ ก่อน</translation>
    </message>
    <message>
        <source>Choose a programme first.</source>
        <translation>โปรดเลือกโครงการก่อน</translation>
    </message>
    <message>
        <source>%1 households nominated</source>
        <translation>เสนอชื่อ %1 ครัวเรือน</translation>
    </message>
    <message>
        <source>already nominated: %1</source>
        <translation>เสนอชื่อไว้แล้ว: %1</translation>
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
    <name>OverflowRow</name>
    <message>
        <source>More ▾</source>
        <translation>เพิ่มเติม ▾</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ปรับปรุงข้อมูล</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>พิมพ์รายงาน…</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>รายการแผน</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Household plans in the fiscal year</source>
        <translation>แผนพัฒนาครัวเรือนในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>สิ่งที่ต้องส่ง</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>หนังสือสั่งการ</translation>
    </message>
    <message>
        <source>Deadlines due</source>
        <translation>งานใกล้ถึงกำหนดส่ง</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>จำนวนที่ได้รับจัดสรร</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>เสนอชื่อแล้ว</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งจังหวัดแล้ว</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>โครงการพิเศษ</translation>
    </message>
    <message>
        <source>The latest figures are being counted…</source>
        <translation>กำลังนับข้อมูลล่าสุด…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>กำลังเปิดฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>ข้อมูล ณ %1</translation>
    </message>
    <message>
        <source>Counting the overview…</source>
        <translation>กำลังสรุปข้อมูลหน้าหลัก…</translation>
    </message>
    <message>
        <source>The latest figures could not be counted.</source>
        <translation>นับข้อมูลล่าสุดไม่สำเร็จ</translation>
    </message>
    <message>
        <source>This chart could not be drawn. The other figures are shown.</source>
        <translation>แสดงแผนภูมินี้ไม่ได้ ตัวเลขอื่นในหน้านี้แสดงตามปกติ</translation>
    </message>
    <message>
        <source>All households</source>
        <translation>ครัวเรือนทั้งหมด</translation>
    </message>
    <message>
        <source>Open plan items</source>
        <translation>แผนยังไม่เสร็จ</translation>
    </message>
    <message>
        <source>Overdue plan items</source>
        <translation>แผนเกินกำหนด</translation>
    </message>
    <message>
        <source>Activities this month</source>
        <translation>กิจกรรมเดือนนี้</translation>
    </message>
    <message>
        <source>Activities not in Logbook</source>
        <translation>ยังไม่บันทึก Logbook</translation>
    </message>
    <message>
        <source>Deadlines due (overdue)</source>
        <translation>ใกล้กำหนดส่ง (เกิน)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ยังไม่เสร็จ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
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
        <source>%1 (overdue)</source>
        <translation>%1 (เกินกำหนด)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf);;Word document (*.docx)</source>
        <translation>สมุดงาน Excel (*.xlsx);;PDF (*.pdf);;เอกสาร Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังบันทึก %1…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>กำลังจัดทำรายงาน…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>บันทึกรายงานแล้ว: %1</translation>
    </message>
    <message>
        <source>Show these households</source>
        <translation>แสดงรายชื่อครัวเรือนเหล่านี้</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <source>Change the password of %1. From now on, sign in with the new one.</source>
        <translation>เปลี่ยนรหัสผ่านของบัญชี %1 เมื่อเปลี่ยนแล้วให้ใช้รหัสผ่านใหม่เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>New password (at least %1 characters)</source>
        <translation>รหัสผ่านใหม่ (อย่างน้อย %1 ตัวอักษร)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>รหัสผ่านใหม่อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Remedy</source>
        <translation>เมนูแก้จน</translation>
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
    <name>PrintBar</name>
    <message>
        <source>Print agenda</source>
        <translation>พิมพ์ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Print sign sheet</source>
        <translation>พิมพ์ใบลงชื่อ</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>พิมพ์รายงานการประชุม</translation>
    </message>
    <message>
        <source>Preview agenda</source>
        <translation>ดูตัวอย่างระเบียบวาระ</translation>
    </message>
    <message>
        <source>Preview sign sheet</source>
        <translation>ดูตัวอย่างใบลงชื่อ</translation>
    </message>
    <message>
        <source>Preview minutes</source>
        <translation>ดูตัวอย่างรายงานการประชุม</translation>
    </message>
    <message>
        <source>Cover letter…</source>
        <translation>หนังสือนำส่ง…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>บันทึกสำเนา…</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>กำลังจัดทำเอกสาร</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>บันทึกสำเนา</translation>
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
        <source>Save rank and reason</source>
        <translation>บันทึกลำดับและเหตุผล</translation>
    </message>
    <message>
        <source>Nominate a household</source>
        <translation>เสนอชื่อครัวเรือน</translation>
    </message>
    <message>
        <source>No household chosen</source>
        <translation>ยังไม่ได้เลือกครัวเรือน</translation>
    </message>
    <message>
        <source>Choose households…</source>
        <translation>เลือกครัวเรือน…</translation>
    </message>
    <message>
        <source>Nominate</source>
        <translation>เสนอชื่อ</translation>
    </message>
    <message>
        <source>Export nominations to Excel…</source>
        <translation>ส่งออกรายชื่อที่เสนอเป็น Excel…</translation>
    </message>
    <message>
        <source>Resolution %1</source>
        <translation>มติที่ %1</translation>
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
        <source>already nominated: %1</source>
        <translation>เสนอชื่อไว้แล้ว: %1</translation>
    </message>
    <message>
        <source>Export nominations</source>
        <translation>ส่งออกรายชื่อที่เสนอ</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 nominations exported to %2</source>
        <translation>ส่งออกรายชื่อที่เสนอ %1 ครัวเรือนไปที่ %2</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>กำลังเขียนรายชื่อ…</translation>
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
        <translation>เมนูแก้จน</translation>
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
    <name>ResolutionPanel</name>
    <message>
        <source>Outcome</source>
        <translation>ผลการพิจารณา</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>มติ</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>คะแนนเสียง</translation>
    </message>
    <message>
        <source>for</source>
        <translation>เห็นด้วย</translation>
    </message>
    <message>
        <source>against</source>
        <translation>ไม่เห็นด้วย</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>งดออกเสียง</translation>
    </message>
    <message>
        <source>Action on the households</source>
        <translation>การดำเนินการกับครัวเรือน</translation>
    </message>
    <message>
        <source>Why it goes to the province</source>
        <translation>เหตุผลที่ส่งต่อจังหวัด</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>เมนูแก้จน</translation>
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
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Needs follow-up (carried over to the next meeting)</source>
        <translation>ต้องติดตาม (เป็นเรื่องสืบเนื่องในการประชุมครั้งถัดไป)</translation>
    </message>
    <message>
        <source>Record as new resolution</source>
        <translation>บันทึกเป็นมติใหม่</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>Apply to households</source>
        <translation>ดำเนินการกับครัวเรือน</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ยกเลิกการดำเนินการ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Resolution %1</source>
        <translation>มติที่ %1</translation>
    </message>
    <message>
        <source>(applied to %1 households)</source>
        <translation>(ดำเนินการแล้ว %1 ครัวเรือน)</translation>
    </message>
    <message>
        <source>This item has %1 households.</source>
        <translation>เรื่องนี้มี %1 ครัวเรือน</translation>
    </message>
    <message>
        <source>Applied: %1 households changed and linked to this resolution.</source>
        <translation>ดำเนินการแล้ว: ปรับปรุง %1 ครัวเรือนและผูกกับมตินี้</translation>
    </message>
    <message>
        <source>Not applied yet; this item has %1 households.</source>
        <translation>ยังไม่ได้ดำเนินการ เรื่องนี้มี %1 ครัวเรือน</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>New committee</source>
        <translation>คณะกรรมการใหม่</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <source>Appointment order</source>
        <translation>คำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <source>Quorum: more than</source>
        <translation>องค์ประชุม: มากกว่า</translation>
    </message>
    <message>
        <source>Save committee</source>
        <translation>บันทึกคณะกรรมการ</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>committee</comment>
        <translation>ชื่อคณะกรรมการ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ตำแหน่งในคณะกรรมการ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>Title, first and last name</source>
        <translation>คำนำหน้า ชื่อ และนามสกุล</translation>
    </message>
    <message>
        <source>Position outside the committee</source>
        <translation>ตำแหน่ง (นอกคณะกรรมการ)</translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation>ตำแหน่งในคณะกรรมการ</translation>
    </message>
    <message>
        <source>until</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>In office from</source>
        <translation>ดำรงตำแหน่งตั้งแต่</translation>
    </message>
    <message>
        <source>Add as new member</source>
        <translation>เพิ่มเป็นกรรมการใหม่</translation>
    </message>
    <message>
        <source>Save member</source>
        <translation>บันทึกกรรมการ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>ลบกรรมการ</translation>
    </message>
    <message>
        <source>New committee %1</source>
        <translation>คณะกรรมการใหม่ %1</translation>
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
        <source>Document font, regular face (TTF)</source>
        <translation>แบบอักษรของเอกสาร ตัวปกติ (TTF)</translation>
    </message>
    <message>
        <source>Document font, bold face (TTF)</source>
        <translation>แบบอักษรของเอกสาร ตัวหนา (TTF)</translation>
    </message>
    <message>
        <source>Document font, italic face (TTF)</source>
        <translation>แบบอักษรของเอกสาร ตัวเอียง (TTF)</translation>
    </message>
    <message>
        <source>Sarabun (bundled)</source>
        <translation>Sarabun (มากับโปรแกรม)</translation>
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
        <source>Document font</source>
        <translation>แบบอักษรของเอกสาร</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf)</source>
        <translation>แบบอักษร TrueType (*.ttf)</translation>
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
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Amphoe Desk</source>
        <translation>เข้าสู่ระบบ — อำเภอเดสก์</translation>
    </message>
    <message>
        <source>First start: create the administrator account. The administrator adds the other clerks and is the only one who may restore backups.</source>
        <translation>เริ่มใช้งานครั้งแรก: สร้างบัญชีผู้ดูแลระบบ ผู้ดูแลระบบเป็นผู้เพิ่มบัญชีเจ้าหน้าที่คนอื่น และเป็นผู้เดียวที่กู้คืนข้อมูลได้</translation>
    </message>
    <message>
        <source>The window was locked after a period without use. Enter the password of %1.</source>
        <translation>หน้าต่างถูกล็อกเพราะไม่มีการใช้งานระยะหนึ่ง โปรดใส่รหัสผ่านของ %1</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>เข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่าน</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>รหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>สร้างผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Loading the demo district…</source>
        <translation>กำลังโหลดข้อมูลตัวอย่าง (อำเภอเวียงทอง)…</translation>
    </message>
</context>
<context>
    <name>SubmissionsPage</name>
    <message>
        <source>Build and send</source>
        <translation>จัดชุดเอกสารและส่ง</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>ประวัติการส่ง</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>เปิดตรวจชุดเอกสาร</translation>
    </message>
    <message>
        <source>Province: district packages</source>
        <translation>ฝั่งจังหวัด: ชุดเอกสารจากอำเภอ</translation>
    </message>
    <message>
        <source>1. Build the package</source>
        <translation>๑. จัดชุดเอกสาร</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Add the minutes as a Word file (DOCX) too</source>
        <translation>แนบรายงานการประชุมเป็นไฟล์ Word (DOCX) ด้วย</translation>
    </message>
    <message>
        <source>Full national ID numbers (only when the province asks)</source>
        <translation>แสดงเลขประจำตัวประชาชนครบทุกหลัก (เฉพาะเมื่อจังหวัดขอ)</translation>
    </message>
    <message>
        <source>optional, for e-mail</source>
        <translation>ไม่บังคับ ใช้เมื่อส่งทางอีเมล</translation>
    </message>
    <message>
        <source>Password (AES)</source>
        <translation>รหัสผ่าน (AES)</translation>
    </message>
    <message>
        <source>Build package</source>
        <translation>จัดชุดเอกสาร</translation>
    </message>
    <message>
        <source>No package built yet.</source>
        <translation>ยังไม่ได้จัดชุดเอกสาร</translation>
    </message>
    <message>
        <source>2. Write to a USB stick</source>
        <translation>๒. บันทึกลงแฟลชไดรฟ์</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ค้นหาใหม่</translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation>แฟลชไดรฟ์</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>เลือกโฟลเดอร์…</translation>
    </message>
    <message>
        <source>Write into</source>
        <translation>บันทึกลงใน</translation>
    </message>
    <message>
        <source>Write and verify</source>
        <translation>บันทึกและตรวจสอบ</translation>
    </message>
    <message>
        <source>3. Or send by e-mail</source>
        <translation>๓. หรือส่งทางอีเมล</translation>
    </message>
    <message>
        <source>Writes an e-mail draft (.eml) addressed to the provincial office with the package attached; open it in your mail program and press Send.</source>
        <translation>สร้างร่างอีเมล (.eml) ถึงสำนักงานจังหวัดพร้อมแนบชุดเอกสาร เปิดด้วยโปรแกรมอีเมลแล้วกดส่ง</translation>
    </message>
    <message>
        <source>Write e-mail draft…</source>
        <translation>สร้างร่างอีเมล…</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>โปรดเลือกการประชุมก่อน</translation>
    </message>
    <message>
        <source>Not built: fill in the missing fields first.</source>
        <translation>ยังไม่ได้จัดชุดเอกสาร: โปรดกรอกข้อมูลที่ขาดก่อน</translation>
    </message>
    <message>
        <source>Building the package…</source>
        <translation>กำลังจัดชุดเอกสาร…</translation>
    </message>
    <message>
        <source>%1 — %2 files, %3 households, cover letter %4, %5 KB</source>
        <translation>%1 — %2 ไฟล์ %3 ครัวเรือน หนังสือนำส่งที่ %4 ขนาด %5 KB</translation>
    </message>
    <message>
        <source>Package built. Now write it to a USB stick or an e-mail draft.</source>
        <translation>จัดชุดเอกสารเสร็จแล้ว ขั้นต่อไปบันทึกลงแฟลชไดรฟ์หรือสร้างร่างอีเมล</translation>
    </message>
    <message>
        <source>%1 (%2 MB free)</source>
        <translation>%1 (ว่าง %2 MB)</translation>
    </message>
    <message>
        <source>No USB stick found: plug one in and press Refresh</source>
        <translation>ไม่พบแฟลชไดรฟ์ โปรดเสียบแล้วกด ค้นหาใหม่</translation>
    </message>
    <message>
        <source>Write the package into</source>
        <translation>บันทึกชุดเอกสารลงใน</translation>
    </message>
    <message>
        <source>Build a package and choose a USB stick first.</source>
        <translation>โปรดจัดชุดเอกสารและเลือกแฟลชไดรฟ์ก่อน</translation>
    </message>
    <message>
        <source>Writing to the USB stick…</source>
        <translation>กำลังบันทึกลงแฟลชไดรฟ์…</translation>
    </message>
    <message>
        <source>Written to %1 and read back: every file checked. It is safe to remove the stick.</source>
        <translation>บันทึกลง %1 และอ่านกลับมาตรวจครบทุกไฟล์แล้ว ถอดแฟลชไดรฟ์ได้อย่างปลอดภัย</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>บันทึกร่างอีเมล</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>อีเมล (*.eml)</translation>
    </message>
    <message>
        <source>E-mail draft to %1 written: %2. Open it in your mail program and send it.</source>
        <translation>สร้างร่างอีเมลถึง %1 แล้ว: %2 เปิดด้วยโปรแกรมอีเมลแล้วกดส่ง</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>หนังสือสั่งการ</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>ชุดเอกสาร</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ปลายทาง</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ผู้ส่ง</translation>
    </message>
    <message>
        <source>Open a package…</source>
        <translation>เปิดชุดเอกสาร…</translation>
    </message>
    <message>
        <source>password, if it has one</source>
        <translation>รหัสผ่าน (ถ้ามี)</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>ชุดเอกสาร (*.zip)</translation>
    </message>
    <message>
        <source>The package is complete and intact.</source>
        <translation>ชุดเอกสารถูกต้องครบถ้วน</translation>
    </message>
    <message>
        <source>%1 problem(s) found:</source>
        <translation>พบปัญหา %1 รายการ:</translation>
    </message>
    <message>
        <source>Import district packages…</source>
        <translation>นำเข้าชุดเอกสารจากอำเภอ…</translation>
    </message>
    <message>
        <source>password, if they have one</source>
        <translation>รหัสผ่าน (ถ้ามี)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>ชุดเอกสาร</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <source>Group 1</source>
        <translation>กลุ่ม ๑</translation>
    </message>
    <message>
        <source>Group 2</source>
        <translation>กลุ่ม ๒</translation>
    </message>
    <message>
        <source>Group 3</source>
        <translation>กลุ่ม ๓</translation>
    </message>
    <message>
        <source>Group 4</source>
        <translation>กลุ่ม ๔</translation>
    </message>
    <message>
        <source>Latest meeting</source>
        <translation>การประชุมล่าสุด</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Import district packages</source>
        <translation>นำเข้าชุดเอกสารจากอำเภอ</translation>
    </message>
    <message>
        <source>%1 package(s) imported, %2 households; %3 already imported.</source>
        <translation>นำเข้า %1 ชุด รวม %2 ครัวเรือน (%3 ชุดเคยนำเข้าแล้ว)</translation>
    </message>
    <message>
        <source>All districts, side by side</source>
        <translation>ทุกอำเภอ เทียบกัน</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>One agenda section a line, in order</source>
        <translation>ระเบียบวาระหลักบรรทัดละหนึ่งข้อ ตามลำดับ</translation>
    </message>
    <message>
        <source>Use for new meetings by default</source>
        <translation>ใช้เป็นค่าเริ่มต้นสำหรับการประชุมใหม่</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>ชื่อแม่แบบ</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ระเบียบวาระหลัก</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>บันทึกแม่แบบ</translation>
    </message>
    <message>
        <source>Saving under a new name adds a template</source>
        <translation>บันทึกด้วยชื่อใหม่เพื่อเพิ่มแม่แบบ</translation>
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
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>บัญชีผู้ใช้</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>รหัสผ่าน (อย่างน้อย ๘ ตัวอักษร)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <source>Give the selected user this role</source>
        <translation>กำหนดบทบาทนี้ให้ผู้ใช้ที่เลือก</translation>
    </message>
    <message>
        <source>Set the selected user's password</source>
        <translation>ตั้งรหัสผ่านให้ผู้ใช้ที่เลือก</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation>ระงับ / เปิดใช้บัญชี</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ใช้งานได้</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>ระงับแล้ว</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ถูกล็อก</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>เพิ่มผู้ใช้ %1 แล้ว</translation>
    </message>
    <message>
        <source>Select a user in the list first.</source>
        <translation>โปรดเลือกผู้ใช้ในรายการก่อน</translation>
    </message>
    <message>
        <source>Role of %1 changed.</source>
        <translation>เปลี่ยนบทบาทของ %1 แล้ว</translation>
    </message>
    <message>
        <source>Password of %1 set.</source>
        <translation>ตั้งรหัสผ่านของ %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 unlocked.</source>
        <translation>ปลดล็อก %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>เปลี่ยนสถานะ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>VoidLetterDialog</name>
    <message>
        <source>Void letter number %1</source>
        <translation>ยกเลิกเลขหนังสือ %1</translation>
    </message>
    <message>
        <source>Letter %1 (%2) will be marked void. The number is never given to another letter.</source>
        <translation>หนังสือที่ %1 (%2) จะถูกทำเครื่องหมายว่ายกเลิก เลขนี้จะไม่ออกให้หนังสือฉบับอื่นอีก</translation>
    </message>
    <message>
        <source>e.g. typed in error, letter not sent</source>
        <translation>เช่น ออกเลขผิด ไม่ได้ส่งหนังสือ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Void the number</source>
        <translation>ยกเลิกเลข</translation>
    </message>
</context>
<context>
    <name>_CatalogueEditor</name>
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
    <message>
        <source>Approve a nominee not checked in Logbook?</source>
        <translation>เห็นชอบครัวเรือนที่ยังไม่ได้ตรวจสอบใน Logbook?</translation>
    </message>
</context>
</TS>