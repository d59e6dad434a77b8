<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
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
        <source>When (UTC)</source>
        <translation>เวลา (UTC)</translation>
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
        <source>Before</source>
        <translation>ก่อนแก้ไข</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลังแก้ไข</translation>
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
        <source>The program backs up the database by itself every %1 hours and when it closes, keeping %2 daily and %3 weekly copies in %4. Make your own copy on a USB stick regularly too.</source>
        <translation>โปรแกรมสำรองฐานข้อมูลให้เองทุก %1 ชั่วโมงและทุกครั้งที่ปิดโปรแกรม โดยเก็บสำเนารายวัน %2 ชุดและรายสัปดาห์ %3 ชุดไว้ที่ %4 ควรสำรองลงแฟลชไดรฟ์ด้วยตนเองเป็นประจำด้วย</translation>
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
        <source>Backup file</source>
        <translation>ไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>ไฟล์สำรอง (*.sqlite3)</translation>
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
        <source>Highlighted rows differ. Nothing was overwritten: reload the record and edit again.</source>
        <translation>แถวที่ระบายสีคือส่วนที่ต่างกัน ไม่มีข้อมูลใดถูกเขียนทับ โปรดเปิดรายการนี้ใหม่แล้วแก้ไขอีกครั้ง</translation>
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
        <source>Data and users</source>
        <translation>ข้อมูลและผู้ใช้</translation>
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