<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
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
        <source>Household</source>
        <translation>ครัวเรือน</translation>
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
        <source>Open household</source>
        <translation>เปิดครัวเรือน</translation>
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
        <translation>หมู่</translation>
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
        <source>Households</source>
        <translation>ครัวเรือน</translation>
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
        <source>Export list to Excel</source>
        <translation>ส่งออกรายชื่อเป็น Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>%1 households exported to %2</source>
        <translation>ส่งออก %1 ครัวเรือนไปที่ %2 แล้ว</translation>
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
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>ความแตกต่าง</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Amphoe Desk</source>
        <translation>อำเภอเดสก์ (Amphoe Desk)</translation>
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
        <translation>คำนำหน้า</translation>
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