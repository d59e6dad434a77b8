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
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ปรับปรุงข้อมูล</translation>
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
        <source>Overview</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <source>Counting the overview…</source>
        <translation>กำลังสรุปข้อมูลหน้าหลัก…</translation>
    </message>
    <message>
        <source>FY %1</source>
        <translation>ปีงบประมาณ %1</translation>
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
        <translation>เกินกำหนด</translation>
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
        <source>Show these households</source>
        <translation>แสดงรายชื่อครัวเรือนเหล่านี้</translation>
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