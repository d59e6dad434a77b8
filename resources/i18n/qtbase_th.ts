<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>ใช่</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>ใช่ทั้งหมด</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>ไม่ใช่</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>ไม่ใช่ทั้งหมด</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>ยุติ</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>ข้าม</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>ไม่บันทึก</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>วิธีใช้</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>นำไปใช้</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>ตั้งค่าใหม่</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>คืนค่าเริ่มต้น</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>แสดงรายละเอียด…</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>ซ่อนรายละเอียด…</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>วิธีใช้</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>เกี่ยวกับ Qt</translation>
    </message>
  </context>
  <context>
    <name>QErrorMessage</name>
    <message>
      <source>Debug Message:</source>
      <translation>ข้อความตรวจแก้:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>คำเตือน:</translation>
    </message>
    <message>
      <source>Fatal Error:</source>
      <translation>ข้อผิดพลาดร้ายแรง:</translation>
    </message>
    <message>
      <source>&amp;Show this message again</source>
      <translation>แสดงข้อความนี้อีก</translation>
    </message>
    <message>
      <source>&amp;OK</source>
      <translation>ตกลง</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>ใส่ค่า:</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>Go Back</source>
      <translation>ย้อนกลับ</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>ต่อไป</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>ถัดไป</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>ถัดไป &gt;</translation>
    </message>
    <message>
      <source>Commit</source>
      <translation>ยืนยัน</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>เสร็จสิ้น</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>เสร็จสิ้น</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>วิธีใช้</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>วิธีใช้</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>ค้นหาใน:</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>ค้นหาใน:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>ย้อนกลับ</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>ย้อนกลับ</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>ไปข้างหน้า</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>ไปข้างหน้า</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>โฟลเดอร์ระดับบน</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>ไปยังโฟลเดอร์ระดับบน</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>มุมมองรายการ</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>เปลี่ยนเป็นมุมมองรายการ</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>เปลี่ยนเป็นมุมมองรายละเอียด</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>แถบด้านข้าง</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>รายการตำแหน่งและที่คั่นไว้</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>ไฟล์</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>เลือกโฟลเดอร์</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>บันทึกเป็น</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>โฟลเดอร์:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>ชื่อไฟล์:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>เลือก</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>แสดง </translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>แสดงไฟล์ที่ซ่อน</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>โฟลเดอร์</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
ไม่พบโฟลเดอร์นี้
โปรดตรวจสอบชื่อโฟลเดอร์</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>มี %1 อยู่แล้ว
ต้องการเขียนทับหรือไม่</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
ไม่พบไฟล์นี้
โปรดตรวจสอบชื่อไฟล์</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>'%1' ถูกป้องกันการเขียน
ต้องการลบหรือไม่</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>ต้องการลบ '%1' ใช่หรือไม่</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>ลบโฟลเดอร์ไม่ได้</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>ตำแหน่งล่าสุด</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>นำออก</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>ไดรฟ์</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>ไฟล์ %1</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ไฟล์</translation>
    </message>
    <message>
      <source>File Folder</source>
      <comment>Match Windows Explorer</comment>
      <translation>โฟลเดอร์</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>โฟลเดอร์</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <comment>All other platforms</comment>
      <translation>ทางลัด</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>ไม่ทราบ</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>%1 TB</source>
      <translation>%1 TB</translation>
    </message>
    <message>
      <source>%1 GB</source>
      <translation>%1 GB</translation>
    </message>
    <message>
      <source>%1 MB</source>
      <translation>%1 MB</translation>
    </message>
    <message>
      <source>%1 KB</source>
      <translation>%1 KB</translation>
    </message>
    <message>
      <source>%1 bytes</source>
      <translation>%1 ไบต์</translation>
    </message>
    <message>
      <source>%1 byte(s)</source>
      <translation>%1 ไบต์</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>ชื่อไฟล์ใช้ไม่ได้</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>ขนาด</translation>
    </message>
    <message>
      <source>Type</source>
      <comment>All other platforms</comment>
      <translation>ชนิด</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>วันที่แก้ไข</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>คอมพิวเตอร์</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>เลิกทำ</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ทำซ้ำ</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>ตัด</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>คัดลอก</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>วาง</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>เลือกทั้งหมด</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>เลิกทำ</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ทำซ้ำ</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>ตัด</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>คัดลอก</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>คัดลอกที่อยู่ลิงก์</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>วาง</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>เลือกทั้งหมด</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>เพิ่มขึ้น</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>ลดลง</translation>
    </message>
  </context>
</TS>