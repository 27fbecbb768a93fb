<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Schedule activity</source>
        <translation>นัดหมายกิจกรรม</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>เกี่ยวกับเรื่องอะไร?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>ทั้งวัน</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <source>On</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> นาทีก่อน</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ประเภท(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Regarding:</source>
        <translation>เรื่อง(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>เมื่อ(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>ระยะเวลา(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>ความสำคัญ(&amp;P):</translation>
    </message>
    <message>
        <source>A&amp;larm:</source>
        <translation>เตือน(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>ผู้ติดต่อ(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>บริษัท(&amp;O):</translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation>โอกาสการขาย(&amp;P):</translation>
    </message>
    <message>
        <source>De&amp;tails:</source>
        <translation>รายละเอียด(&amp;T):</translation>
    </message>
    <message>
        <source>Say what the activity is about.</source>
        <translation>โปรดระบุว่ากิจกรรมนี้เกี่ยวกับอะไร</translation>
    </message>
</context>
<context>
    <name>AlarmDialog</name>
    <message>
        <source>Alarms</source>
        <translation>การเตือน</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} นาที</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>เลื่อนเตือน(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>เปิดข้อมูล(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>ทำเสร็จ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>เลื่อนนัด(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>ปิด(&amp;D)</translation>
    </message>
    <message>
        <source>{time}  {kind} with {who}: {regarding}</source>
        <translation>{time}  {kind} กับ {who}: {regarding}</translation>
    </message>
    <message>
        <source>{time}  {kind}: {regarding}</source>
        <translation>{time}  {kind}: {regarding}</translation>
    </message>
</context>
<context>
    <name>AlarmWatcher</name>
    <message>
        <source>crmdesk alarm</source>
        <extracomment>Emitted with the AlarmDialog when alarms are shown. Re-emitted from the dialog's "open record" (entity, id).</extracomment>
        <translation>การเตือนของ crmdesk</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Compact Database…</source>
        <extracomment>The database was replaced by a backup (a ``RestoreResult``): reopen it and reload. The user asked to compact the database (from the free-space hint).</extracomment>
        <translation>บีบอัดฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>เปลี่ยนโฟลเดอร์…</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>ใช้โฟลเดอร์เริ่มต้น</translation>
    </message>
    <message>
        <source>Also back up when crmdesk closes</source>
        <translation>สำรองข้อมูลเมื่อปิด crmdesk ด้วย</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>ตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>สำรองข้อมูลตอนนี้</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>กู้คืน…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>{0} of the database file ({1}%) is free space that every backup copies. Compacting the database gives it back to the disk.</source>
        <translation>ไฟล์ฐานข้อมูลมีพื้นที่ว่าง {0} ({1}%) ซึ่งทุกการสำรองข้อมูลต้องคัดลอกด้วย การบีบอัดฐานข้อมูลจะคืนพื้นที่นี้ให้กับดิสก์</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>โฟลเดอร์สำหรับสำรองข้อมูล</translation>
    </message>
    <message>
        <source>Backup folder: {0}</source>
        <translation>โฟลเดอร์สำรองข้อมูล: {0}</translation>
    </message>
    <message>
        <source>No successful backup yet.</source>
        <translation>ยังไม่มีการสำรองข้อมูลที่สำเร็จ</translation>
    </message>
    <message>
        <source>Last successful backup: {0}</source>
        <translation>สำรองข้อมูลสำเร็จล่าสุด: {0}</translation>
    </message>
    <message>
        <source>There is no backup yet. Back up now to protect your data.</source>
        <translation>ยังไม่มีข้อมูลสำรอง สำรองข้อมูลตอนนี้เพื่อปกป้องข้อมูลของคุณ</translation>
    </message>
    <message>
        <source>The last successful backup is more than 2 days old. Back up now, and check that the backup folder is available.</source>
        <translation>การสำรองข้อมูลที่สำเร็จล่าสุดเก่ากว่า 2 วันแล้ว โปรดสำรองข้อมูลตอนนี้ และตรวจสอบว่าโฟลเดอร์สำรองข้อมูลใช้งานได้</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>เสียหาย</translation>
    </message>
    <message>
        <source>Verifying {0}…</source>
        <translation>กำลังตรวจสอบ {0}…</translation>
    </message>
    <message>
        <source>{0} is complete and sound: it can be restored.</source>
        <translation>{0} สมบูรณ์และใช้งานได้ สามารถกู้คืนได้</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>สำรองข้อมูลไปที่ {0} แล้ว</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Replace all current data by the backup of {0}? The current database is kept in the data folder first. crmdesk reloads afterwards.</source>
        <translation>แทนที่ข้อมูลปัจจุบันทั้งหมดด้วยข้อมูลสำรองของ {0}? ฐานข้อมูลปัจจุบันจะถูกเก็บไว้ในโฟลเดอร์ข้อมูลก่อน จากนั้น crmdesk จะโหลดใหม่</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>กำลังกู้คืน…</translation>
    </message>
    <message>
        <source>The backup was restored; crmdesk reloads.</source>
        <translation>กู้คืนข้อมูลสำรองแล้ว crmdesk จะโหลดใหม่</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup failed: {0}</source>
        <extracomment>The Backup page warns when the newest good backup is older than this. A backup began (any thread; delivered on the UI thread). A backup succeeded: a ``BackupOutcome``. A backup failed: the message to show (the previous backups are untouched). A restore replaced the database (a ``RestoreResult``): the shell must reopen it.</extracomment>
        <translation>สำรองข้อมูลไม่สำเร็จ: {0}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Day</source>
        <translation>วัน(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>สัปดาห์(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>เดือน(&amp;M)</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>วันนี้(&amp;T)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>&amp;Schedule here…</source>
        <translation>นัดหมายที่นี่(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>ทำเสร็จ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>เลื่อนนัด(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>{regarding} ({who})</source>
        <extracomment>An activity was dragged to a new start (activity id, aware datetime). An empty slot was double-clicked (aware datetime to schedule at). An activity was double-clicked (its ActivityRecord).</extracomment>
        <translation>{regarding} ({who})</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>รหัสผ่านปัจจุบัน(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>รหัสผ่านใหม่(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Confirm new passphrase:</source>
        <translation>ยืนยันรหัสผ่านใหม่(&amp;C):</translation>
    </message>
    <message>
        <source>Only the key file is rewritten; your data stays as it is. Backups made before now still open with the old passphrase.</source>
        <translation>เขียนใหม่เฉพาะไฟล์กุญแจ ข้อมูลของคุณไม่เปลี่ยน ข้อมูลสำรองที่ทำไว้ก่อนหน้านี้ยังต้องเปิดด้วยรหัสผ่านเดิม</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>เปลี่ยน(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Please enter your current passphrase.</source>
        <translation>กรุณาใส่รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>กำลังเปลี่ยนรหัสผ่าน…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>รหัสผ่านไม่ถูกต้อง ตรวจสอบปุ่ม Caps Lock แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {0}</source>
        <translation>เปลี่ยนรหัสผ่านไม่ได้: {0}</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Mark as won</source>
        <translation>ทำเครื่องหมายว่าได้งาน</translation>
    </message>
    <message>
        <source>Why did we win “{0}”?</source>
        <translation>ทำไมเราได้งาน “{0}”?</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Product fit</source>
        <translation>สินค้าตรงความต้องการ</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>ทำเครื่องหมายว่าไม่ได้งาน</translation>
    </message>
    <message>
        <source>Why did we lose “{0}”?</source>
        <translation>ทำไมเราไม่ได้งาน “{0}”?</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>คู่แข่ง</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>ไม่มีงบประมาณ</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>ไม่มีการตัดสินใจ</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>เหตุผล(&amp;R):</translation>
    </message>
</context>
<context>
    <name>CompactDialog</name>
    <message>
        <source>Compact Database</source>
        <extracomment>The database was compacted (a ``CompactResult``).</extracomment>
        <translation>บีบอัดฐานข้อมูล</translation>
    </message>
    <message>
        <source>Measuring the free space in the database…</source>
        <translation>กำลังวัดพื้นที่ว่างในฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>บีบอัด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The database file ({0}) has no free space to give back.</source>
        <translation>ไฟล์ฐานข้อมูล ({0}) ไม่มีพื้นที่ว่างที่จะคืนได้</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Compacting frees about {0} of the {1} database file ({2}% of it is free space that every backup copies). It rewrites the whole file and takes a while, about a minute for each GB; crmdesk cannot be used meanwhile. Compact now?</source>
        <translation>การบีบอัดจะคืนพื้นที่ประมาณ {0} จากไฟล์ฐานข้อมูลขนาด {1} (พื้นที่ว่าง {2}% ซึ่งทุกการสำรองข้อมูลต้องคัดลอกด้วย) ระบบจะเขียนไฟล์ใหม่ทั้งหมดและใช้เวลาสักครู่ ประมาณหนึ่งนาทีต่อ 1 GB ระหว่างนั้นจะใช้ crmdesk ไม่ได้ บีบอัดตอนนี้หรือไม่?</translation>
    </message>
    <message>
        <source>A backup is being made. Compact the database after it has finished.</source>
        <translation>กำลังสำรองข้อมูลอยู่ โปรดบีบอัดฐานข้อมูลหลังการสำรองเสร็จ</translation>
    </message>
    <message>
        <source>Compacting the database…</source>
        <translation>กำลังบีบอัดฐานข้อมูล…</translation>
    </message>
    <message>
        <source>The database was compacted: {0} before, {1} now ({2} given back to the disk).</source>
        <translation>บีบอัดฐานข้อมูลแล้ว: ก่อนหน้า {0} ตอนนี้ {1} (คืนให้ดิสก์ {2})</translation>
    </message>
    <message>
        <source>Not enough free disk space to compact the database: it needs {0}, the disk has {1}. Free some space and try again; nothing was changed.</source>
        <translation>พื้นที่ว่างในดิสก์ไม่พอสำหรับบีบอัดฐานข้อมูล: ต้องใช้ {0} แต่ดิสก์มี {1} โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>The database is already being compacted; wait until it is done.</source>
        <translation>กำลังบีบอัดฐานข้อมูลอยู่แล้ว โปรดรอจนเสร็จ</translation>
    </message>
    <message>
        <source>The database could not be compacted: {0}</source>
        <translation>บีบอัดฐานข้อมูลไม่ได้: {0}</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>&amp;New Company…</source>
        <translation>บริษัทใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>ลบ(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation><numerusform>บริษัท %n แห่ง</numerusform></translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>ลบบริษัท</translation>
    </message>
    <message>
        <source>Delete “%1”? Its contacts are kept.</source>
        <translation>ลบ “%1”? ผู้ติดต่อของบริษัทนี้จะยังคงอยู่</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit company</source>
        <translation>แก้ไขบริษัท</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>บริษัทใหม่</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>ชื่อบริษัท(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>อุตสาหกรรม(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>เว็บไซต์(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>อีเมล(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>โทรศัพท์(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>ที่อยู่(&amp;S):</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>เมือง:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>ข้อมูลเบื้องต้น(&amp;B):</translation>
    </message>
</context>
<context>
    <name>CompanyHeaderEditor</name>
    <message>
        <source>Company &amp;name:</source>
        <translation>ชื่อบริษัท(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>อุตสาหกรรม(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>เว็บไซต์(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>โทรศัพท์(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>อีเมล(&amp;E):</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>อุตสาหกรรม</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>อัปเดต</translation>
    </message>
</context>
<context>
    <name>CompanyView</name>
    <message>
        <source>Edit &amp;here</source>
        <translation>แก้ไขที่นี่(&amp;H)</translation>
    </message>
    <message>
        <source>Change name, industry, website, phone and email here</source>
        <translation>แก้ชื่อ อุตสาหกรรม เว็บไซต์ เบอร์โทร และอีเมลได้ที่นี่</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>นัดโทร(&amp;C)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete activity</source>
        <translation>ทำกิจกรรมให้เสร็จ</translation>
    </message>
    <message>
        <source>What happened? (e.g. left a message)</source>
        <translation>เกิดอะไรขึ้น? (เช่น ฝากข้อความไว้)</translation>
    </message>
    <message>
        <source>Schedule a &amp;follow-up</source>
        <translation>นัดติดตามผลต่อ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>เสร็จสิ้น(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>ผลลัพธ์(&amp;O):</translation>
    </message>
    <message>
        <source>{kind} with {who}: {regarding}</source>
        <translation>{kind} กับ {who}: {regarding}</translation>
    </message>
    <message>
        <source>{kind}: {regarding}</source>
        <translation>{kind}: {regarding}</translation>
    </message>
    <message>
        <source>Follow-up: {0}</source>
        <translation>ติดตามผล: {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Sync Conflicts</source>
        <translation>ข้อขัดแย้งในการซิงก์</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>ของฉัน</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>ของอีกฝั่ง</translation>
    </message>
    <message>
        <source>Kept now</source>
        <translation>ที่เก็บไว้ตอนนี้</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>ใช้ของฉัน(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>ใช้ของอีกฝั่ง(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>กู้คืน(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation>ทำเครื่องหมายว่าตรวจแล้ว(&amp;R)</translation>
    </message>
    <message>
        <source>Bring back the deleted record with your edits</source>
        <translation>นำข้อมูลที่ถูกลบกลับมาพร้อมการแก้ไขของคุณ</translation>
    </message>
    <message>
        <source>Both versions are kept; nothing to choose</source>
        <translation>เก็บไว้ทั้งสองเวอร์ชัน ไม่ต้องเลือก</translation>
    </message>
    <message>
        <source>Changes the office server refused:</source>
        <translation>การเปลี่ยนแปลงที่เซิร์ฟเวอร์สำนักงานปฏิเสธ:</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation><numerusform>ข้อขัดแย้ง %n รายการรอตรวจสอบ</numerusform></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(ถูกลบ)</translation>
    </message>
    <message>
        <source>(edited, then deleted elsewhere)</source>
        <translation>(แก้ไขแล้ว แต่ถูกลบที่อื่น)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ว่าง)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <extracomment>Connected and pinned: the pinned fingerprint (shown form).</extracomment>
        <translation>เชื่อมต่อเซิร์ฟเวอร์สำนักงาน</translation>
    </message>
    <message>
        <source>https://server:8443</source>
        <translation>https://server:8443</translation>
    </message>
    <message>
        <source>Check &amp;Certificate</source>
        <translation>ตรวจสอบใบรับรอง(&amp;C)</translation>
    </message>
    <message>
        <source>This fingerprint matches what my administrator sees</source>
        <translation>ลายนิ้วมือนี้ตรงกับที่ผู้ดูแลระบบของฉันเห็น</translation>
    </message>
    <message>
        <source>Only if your administrator replaced it: the new fingerprint</source>
        <translation>เฉพาะเมื่อผู้ดูแลระบบเปลี่ยนใบรับรอง: ลายนิ้วมือใหม่</translation>
    </message>
    <message>
        <source>You can close this window: the next sync finishes preparing your records.</source>
        <translation>ปิดหน้าต่างนี้ได้ การซิงก์ครั้งถัดไปจะเตรียมข้อมูลของคุณต่อจนเสร็จ</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>เชื่อมต่อ(&amp;O)</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>ที่อยู่เซิร์ฟเวอร์(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ชื่อผู้ใช้(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>Check the certificate to see its fingerprint before connecting.</source>
        <translation>ตรวจสอบใบรับรองเพื่อดูลายนิ้วมือก่อนเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Checking the server's certificate…</source>
        <translation>กำลังตรวจสอบใบรับรองของเซิร์ฟเวอร์…</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):
{0}</source>
        <translation>ลายนิ้วมือใบรับรอง (SHA-256):
{0}</translation>
    </message>
    <message>
        <source>Warning: this server's certificate has changed. It was {0} and is now {1}. Someone may be intercepting the connection, so nothing was sent. Do not connect unless your administrator replaced the certificate and gave you the new fingerprint.</source>
        <translation>คำเตือน: ใบรับรองของเซิร์ฟเวอร์นี้เปลี่ยนไป จากเดิม {0} เป็น {1} อาจมีผู้ดักฟังการเชื่อมต่อ จึงไม่ได้ส่งข้อมูลใด ๆ อย่าเชื่อมต่อ เว้นแต่ผู้ดูแลระบบเปลี่ยนใบรับรองและให้ลายนิ้วมือใหม่แก่คุณ</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>กำลังลงชื่อเข้าใช้…</translation>
    </message>
    <message>
        <source>Preparing your records for the office server… {0} of {1}</source>
        <translation>กำลังเตรียมข้อมูลของคุณสำหรับเซิร์ฟเวอร์สำนักงาน… {0} จาก {1}</translation>
    </message>
    <message>
        <source>Connected; the certificate is pinned.</source>
        <translation>เชื่อมต่อแล้ว และจดจำใบรับรองไว้แล้ว</translation>
    </message>
    <message>
        <source>Warning: the server's certificate is not the one you checked or pinned. Someone may be intercepting the connection, so nothing was sent.</source>
        <translation>คำเตือน: ใบรับรองของเซิร์ฟเวอร์ไม่ใช่ใบที่คุณตรวจสอบหรือจดจำไว้ อาจมีผู้ดักฟังการเชื่อมต่อ จึงไม่ได้ส่งข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>This computer has no usable keyring to keep the sign-in in. Install or unlock one (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain), then connect again.</source>
        <translation>เครื่องนี้ไม่มีที่เก็บรหัส (keyring) ที่ใช้ได้สำหรับเก็บการลงชื่อเข้าใช้ ติดตั้งหรือปลดล็อกก่อน (GNOME Keyring, KWallet, Windows Credential Manager หรือ macOS Keychain) แล้วเชื่อมต่ออีกครั้ง</translation>
    </message>
    <message>
        <source>Connected, but preparing your records for the office server stopped because this computer's database was busy or full. Nothing is lost: the next sync goes on from where it stopped.</source>
        <translation>เชื่อมต่อแล้ว แต่การเตรียมข้อมูลของคุณสำหรับเซิร์ฟเวอร์สำนักงานหยุดลง เพราะฐานข้อมูลในคอมพิวเตอร์เครื่องนี้ไม่ว่างหรือเต็ม ไม่มีข้อมูลใดสูญหาย การซิงก์ครั้งถัดไปจะทำต่อจากจุดที่หยุดไว้</translation>
    </message>
    <message>
        <source>Connecting stopped because this computer's database was busy or full; nothing was changed. Connect again once other crmdesk windows or imports are done or disk space is freed.</source>
        <translation>การเชื่อมต่อหยุดลงเพราะฐานข้อมูลในคอมพิวเตอร์เครื่องนี้ไม่ว่างหรือเต็ม ไม่มีสิ่งใดถูกเปลี่ยนแปลง ให้เชื่อมต่ออีกครั้งเมื่อหน้าต่าง crmdesk อื่นหรือการนำเข้าเสร็จแล้ว หรือเมื่อมีพื้นที่ดิสก์ว่างแล้ว</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>เกิดข้อผิดพลาด: {0}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <extracomment>The user chose to open this existing contact instead of adding a look-alike. The new contact was saved and should be merged with this existing one: (existing, new).</extracomment>
        <translation>แก้ไขผู้ติดต่อ</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>ผู้ติดต่อใหม่</translation>
    </message>
    <message>
        <source>e.g. สมชาย ใจดี, 王小明, Jane Smith</source>
        <translation>เช่น สมชาย ใจดี, 王小明, Jane Smith</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>ชื่อจริง(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>นามสกุล(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>ตำแหน่ง(&amp;J):</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>บริษัท(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>อีเมล(&amp;E):</translation>
    </message>
    <message>
        <source>Other email:</source>
        <translation>อีเมลอื่น:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>โทรศัพท์(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>มือถือ(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>ที่อยู่(&amp;S):</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>เมือง:</translation>
    </message>
    <message>
        <source>Province / state:</source>
        <translation>จังหวัด / รัฐ:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>รหัสไปรษณีย์:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>แท็ก(&amp;T):</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>อัปเดต</translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <source>Edit &amp;here</source>
        <translation>แก้ไขที่นี่(&amp;H)</translation>
    </message>
    <message>
        <source>Change name, job title, phones and emails here</source>
        <translation>แก้ชื่อ ตำแหน่ง เบอร์โทร และอีเมลได้ที่นี่</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>นัดโทร(&amp;C)…</translation>
    </message>
    <message>
        <source>Schedule &amp;meeting…</source>
        <translation>นัดประชุม(&amp;M)…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>ฟิลด์กำหนดเอง</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>แท็กใหม่</translation>
    </message>
    <message>
        <source>Add &amp;tag</source>
        <translation>เพิ่มแท็ก(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation>นำแท็กออก(&amp;R)</translation>
    </message>
    <message>
        <source>call</source>
        <translation>โทร</translation>
    </message>
    <message>
        <source>Click a number to copy it</source>
        <translation>คลิกที่หมายเลขเพื่อคัดลอก</translation>
    </message>
    <message>
        <source>No custom fields are defined (see Settings).</source>
        <translation>ยังไม่มีฟิลด์กำหนดเอง (ดูที่การตั้งค่า)</translation>
    </message>
    <message>
        <source>Save fields</source>
        <translation>บันทึกฟิลด์</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>คัดลอก %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;New Contact…</source>
        <translation>ผู้ติดต่อใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>ติดแท็ก(&amp;T)…</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>นัดโทร(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>ลบ(&amp;D)…</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>แท็ก:</translation>
    </message>
    <message>
        <source>Saved lookup:</source>
        <translation>การค้นหาที่บันทึกไว้:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>ทุกแท็ก</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>ผู้ติดต่อ %n ราย</numerusform></translation>
    </message>
    <message>
        <source>Tag contacts</source>
        <translation>ติดแท็กผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Tags to add (comma separated):</source>
        <translation>แท็กที่จะเพิ่ม (คั่นด้วยจุลภาค):</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>ลบผู้ติดต่อ</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? This cannot be undone here.</source>
        <translation><numerusform>ลบผู้ติดต่อ %n ราย? ไม่สามารถยกเลิกได้ที่นี่</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>ชื่อฟิลด์</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>ช่องทำเครื่องหมาย</translation>
    </message>
    <message>
        <source>Choices, separated by commas</source>
        <translation>ตัวเลือก คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <source>A&amp;dd field</source>
        <translation>เพิ่มฟิลด์(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move field</source>
        <translation>นำฟิลด์ออก(&amp;M)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ขึ้น</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ลง</translation>
    </message>
    <message>
        <source>Fields for:</source>
        <translation>ฟิลด์สำหรับ:</translation>
    </message>
    <message>
        <source>Changes to custom fields are saved at once.</source>
        <translation>การเปลี่ยนแปลงฟิลด์กำหนดเองจะบันทึกทันที</translation>
    </message>
    <message>
        <source>{label} ({type})</source>
        <translation>{label} ({type})</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>โปรดตั้งชื่อฟิลด์</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Pipeline by stage (million {currency})</source>
        <translation>ไปป์ไลน์ตามขั้นตอน (ล้าน {currency})</translation>
    </message>
    <message>
        <source>Pipeline by stage (thousand {currency})</source>
        <translation>ไปป์ไลน์ตามขั้นตอน (พัน {currency})</translation>
    </message>
    <message>
        <source>Pipeline by stage ({currency})</source>
        <translation>ไปป์ไลน์ตามขั้นตอน ({currency})</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>ถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <source>Won and lost per month</source>
        <translation>ได้งานและไม่ได้งานรายเดือน</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ได้งาน</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ไม่ได้งาน</translation>
    </message>
    <message>
        <source>Activities completed per week</source>
        <translation>กิจกรรมที่เสร็จแล้วรายสัปดาห์</translation>
    </message>
    <message>
        <source>Activities completed</source>
        <translation>กิจกรรมที่เสร็จแล้ว</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Opportunity</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <source>Top open opportunities</source>
        <translation>โอกาสการขายที่เปิดอยู่สูงสุด</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{day}/{month}</source>
        <translation>{day}/{month}</translation>
    </message>
    <message>
        <source>Pipeline shown in {currency}; deals in {others} are not included.</source>
        <translation>ไปป์ไลน์แสดงเป็น {currency} ไม่รวมดีลในสกุล {others}</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}</translation>
    </message>
</context>
<context>
    <name>DealList</name>
    <message>
        <source>Deal</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>คาดว่าจะปิด</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ได้งาน</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ไม่ได้งาน</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation>อาจซ้ำกับรายการเดิม</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) like this one already exist. Is it the same person?</source>
        <translation><numerusform>มีผู้ติดต่อที่คล้ายกัน %n ราย เป็นคนเดียวกันหรือไม่</numerusform></translation>
    </message>
    <message>
        <source>{contact} ({reason})</source>
        <translation>{contact} ({reason})</translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation>เปิดรายการเดิม(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Merge with it</source>
        <translation>รวมกับรายการเดิม(&amp;M)</translation>
    </message>
    <message>
        <source>Add this contact, then combine it with the selected one field by field</source>
        <translation>เพิ่มผู้ติดต่อนี้ แล้วรวมกับรายการที่เลือกทีละช่อง</translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation>เพิ่มต่อไป(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>กลับไปแก้ไข(&amp;B)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate contacts</source>
        <translation>ผู้ติดต่อซ้ำ</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>ค้นหารายการซ้ำ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Take from</source>
        <translation>ใช้ค่าจาก</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>สลับด้าน</translation>
    </message>
    <message>
        <source>Merge into the kept contact</source>
        <translation>รวมเข้ากับผู้ติดต่อที่เก็บไว้</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>ยกเลิกการรวมล่าสุด</translation>
    </message>
    <message>
        <source>Emails, phones, addresses, tags, notes, activities and deals of both contacts are kept on the merged contact.</source>
        <translation>อีเมล โทรศัพท์ ที่อยู่ แท็ก บันทึก กิจกรรม และดีลของทั้งสองรายการจะถูกเก็บไว้ในผู้ติดต่อที่รวมแล้ว</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <source>{0} groups of possible duplicates</source>
        <translation>รายการที่อาจซ้ำกัน {0} กลุ่ม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>ชื่อจริง</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>kept contact</source>
        <translation>ผู้ติดต่อที่เก็บไว้</translation>
    </message>
    <message>
        <source>other contact</source>
        <translation>ผู้ติดต่ออีกราย</translation>
    </message>
    <message>
        <source>both kept</source>
        <translation>เก็บไว้ทั้งคู่</translation>
    </message>
    <message>
        <source>Merged. You can undo it.</source>
        <translation>รวมแล้ว คุณสามารถยกเลิกได้</translation>
    </message>
    <message>
        <source>The merged contact was edited after the merge, so nothing was undone yet. Undoing the rest brings the other contacts back with their activities, deals and notes; the edited contact stays as it is now.</source>
        <translation>ผู้ติดต่อที่รวมแล้วถูกแก้ไขหลังการรวม จึงยังไม่ได้ยกเลิกสิ่งใด การยกเลิกส่วนที่เหลือจะนำผู้ติดต่ออื่นกลับมาพร้อมกิจกรรม ดีล และบันทึกของพวกเขา ส่วนผู้ติดต่อที่แก้ไขแล้วจะคงอยู่ตามที่เป็นตอนนี้</translation>
    </message>
    <message>
        <source>edited after the merge</source>
        <translation>แก้ไขหลังการรวม</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>กำลังยกเลิกการรวม…</translation>
    </message>
    <message>
        <source>The merge was undone; the edited contact was kept as it is now.</source>
        <translation>ยกเลิกการรวมแล้ว ผู้ติดต่อที่แก้ไขแล้วยังคงอยู่ตามที่เป็นตอนนี้</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>ยกเลิกการรวมแล้ว</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>ส่งออก(&amp;X)…</translation>
    </message>
    <message>
        <source>Export contacts to vCard or CSV, or scheduled activities to iCalendar</source>
        <translation>ส่งออกผู้ติดต่อเป็น vCard หรือ CSV หรือส่งออกกิจกรรมที่นัดไว้เป็น iCalendar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf)</source>
        <translation>vCard 3.0 (.vcf)</translation>
    </message>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <source>CSV, Google Contacts layout (.csv, UTF-8)</source>
        <translation>CSV รูปแบบ Google Contacts (.csv, UTF-8)</translation>
    </message>
    <message>
        <source>CSV, Outlook layout (.csv, UTF-8)</source>
        <translation>CSV รูปแบบ Outlook (.csv, UTF-8)</translation>
    </message>
    <message>
        <source>iCalendar: scheduled activities (.ics)</source>
        <translation>iCalendar: กิจกรรมที่นัดไว้ (.ics)</translation>
    </message>
    <message>
        <source>The {count} selected contacts</source>
        <translation>ผู้ติดต่อที่เลือก {count} ราย</translation>
    </message>
    <message>
        <source>Contacts a saved lookup finds:</source>
        <translation>ผู้ติดต่อที่การค้นหาที่บันทึกไว้พบ:</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>ผู้ติดต่อทั้งหมด</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>ไฟล์ที่จะเขียน</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>ส่งออก:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>ส่งออกไปที่</translation>
    </message>
    <message>
        <source>Export file (*{suffix})</source>
        <translation>ไฟล์ส่งออก (*{suffix})</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>เลือกไฟล์ที่จะส่งออกไป</translation>
    </message>
    <message>
        <source>Choose a saved lookup.</source>
        <translation>เลือกการค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Exported {count} activities to {file}.</source>
        <translation>ส่งออกกิจกรรม {count} รายการไปที่ {file} แล้ว</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation>ส่งออกผู้ติดต่อ {count} รายไปที่ {file} แล้ว</translation>
    </message>
    <message>
        <source>The office server could not be reached; it was not told.</source>
        <translation>ติดต่อเซิร์ฟเวอร์สำนักงานไม่ได้ จึงยังไม่ได้แจ้งการส่งออกนี้</translation>
    </message>
    <message>
        <source>Your role does not allow exporting records. Nothing was exported.</source>
        <translation>บทบาทของคุณไม่อนุญาตให้ส่งออกรายการ ไม่ได้ส่งออกข้อมูลใด</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was exported.</source>
        <translation>ดิสก์เต็ม ไม่ได้ส่งออกข้อมูลใด</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to. Nothing was exported.</source>
        <translation>เขียนลงโฟลเดอร์ {folder} ไม่ได้ ไม่ได้ส่งออกข้อมูลใด</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}). Nothing was exported.</source>
        <translation>เขียนไฟล์ไม่ได้ ({reason}) ไม่ได้ส่งออกข้อมูลใด</translation>
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>เกิดข้อผิดพลาด: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to crmdesk</source>
        <extracomment>Phone regions offered first; the system's region is added when missing.</extracomment>
        <translation>ยินดีต้อนรับสู่ crmdesk</translation>
    </message>
    <message>
        <source>Your contacts are kept in an encrypted database on this computer. Choose a passphrase to protect it. Without it the data cannot be read, so keep it somewhere safe.</source>
        <translation>ข้อมูลผู้ติดต่อของคุณเก็บอยู่ในฐานข้อมูลที่เข้ารหัสบนคอมพิวเตอร์เครื่องนี้ โปรดตั้งรหัสผ่านเพื่อป้องกันข้อมูล หากไม่มีรหัสผ่านจะไม่สามารถอ่านข้อมูลได้ จึงควรเก็บรหัสผ่านไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed)</source>
        <translation>จำไว้ในคอมพิวเตอร์เครื่องนี้ (ไม่ต้องใส่รหัสผ่าน)(&amp;R)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data to try things out</source>
        <translation>ใส่ข้อมูลตัวอย่างเพื่อทดลองใช้งาน(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>ยืนยันรหัสผ่าน(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>ภูมิภาคของหมายเลขโทรศัพท์(&amp;R):</translation>
    </message>
    <message>
        <source>Daily &amp;backup at:</source>
        <translation>สำรองข้อมูลทุกวันเวลา(&amp;B):</translation>
    </message>
    <message>
        <source>C&amp;reate database</source>
        <translation>สร้างฐานข้อมูล(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>กำลังสร้างฐานข้อมูลที่เข้ารหัส…</translation>
    </message>
    <message>
        <source>The database could not be created: {0}</source>
        <translation>สร้างฐานข้อมูลไม่ได้: {0}</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>Expected close</source>
        <translation>คาดว่าจะปิด</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>ถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ไม่มีวันที่</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}-{month:02d}</translation>
    </message>
</context>
<context>
    <name>HeaderEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>ตำแหน่ง(&amp;J):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>โทรศัพท์(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>มือถือ(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>อีเมล(&amp;E):</translation>
    </message>
    <message>
        <source>Other email:</source>
        <translation>อีเมลอื่น:</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Completed</source>
        <translation>เสร็จเมื่อ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>นำเข้าผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>A vCard (.vcf) or CSV file</source>
        <translation>ไฟล์ vCard (.vcf) หรือ CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>เลือกไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>การเข้ารหัสอักขระ:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>รูปแบบคอลัมน์:</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>ชื่อของการจับคู่นี้</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>บันทึกการจับคู่</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>การจับคู่ที่บันทึกไว้:</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>ฟิลด์กำหนดเองใหม่</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>เพิ่มฟิลด์</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>แถวแรก ๆ</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>นำไปใส่ใน</translation>
    </message>
    <message>
        <source>Preview of the file:</source>
        <translation>ตัวอย่างไฟล์:</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>สำหรับรายการซ้ำแต่ละรายการ:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>สาเหตุ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>ยกเลิกการนำเข้านี้</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.csv *.txt);;All (*)</source>
        <translation>ผู้ติดต่อ (*.vcf *.csv *.txt);;ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>เกิดข้อผิดพลาด: {0}</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>จุลภาค</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>อัฒภาค</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>แท็บ</translation>
    </message>
    <message>
        <source>CSV, separated by {0}</source>
        <translation>CSV คั่นด้วย{0}</translation>
    </message>
    <message>
        <source>Not sure about the encoding: it could also be {0}. Pick the one whose preview shows the names correctly.</source>
        <translation>ไม่แน่ใจเรื่องการเข้ารหัสอักขระ อาจเป็น {0} ก็ได้ เลือกแบบที่ตัวอย่างแสดงชื่อได้ถูกต้อง</translation>
    </message>
    <message>
        <source>Recognised as a {0} export</source>
        <translation>ตรวจพบว่าเป็นไฟล์ส่งออกจาก {0}</translation>
    </message>
    <message>
        <source>Unknown layout: check the column mapping on the next page</source>
        <translation>ไม่รู้จักรูปแบบคอลัมน์: ตรวจสอบการจับคู่คอลัมน์ในหน้าถัดไป</translation>
    </message>
    <message>
        <source>(keep in a note)</source>
        <translation>(เก็บไว้ในบันทึก)</translation>
    </message>
    <message>
        <source>custom field: {0}</source>
        <translation>ฟิลด์กำหนดเอง: {0}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(เลือก)</translation>
    </message>
    <message>
        <source>{0} will be created, {1} updated, {2} skipped as duplicates, {3} companies created; {4} rows have errors.</source>
        <translation>จะสร้าง {0} อัปเดต {1} ข้ามเพราะซ้ำ {2} สร้างบริษัท {3} แห่ง และมี {4} แถวที่ผิดพลาด</translation>
    </message>
    <message>
        <source>Only the first {0} of the {1} errors are listed.</source>
        <translation>แสดงเฉพาะข้อผิดพลาด {0} รายการแรกจากทั้งหมด {1} รายการ</translation>
    </message>
    <message>
        <source>Only the first {0} of the {1} warnings are listed.</source>
        <translation>แสดงเฉพาะคำเตือน {0} รายการแรกจากทั้งหมด {1} รายการ</translation>
    </message>
    <message>
        <source>Only the first {0} of the {1} duplicates are listed; the others follow the choice for every duplicate.</source>
        <translation>แสดงเฉพาะรายการซ้ำ {0} รายการแรกจากทั้งหมด {1} รายการ รายการที่เหลือจะใช้ตัวเลือกสำหรับรายการซ้ำทุกรายการ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Update the existing contact</source>
        <translation>อัปเดตผู้ติดต่อที่มีอยู่</translation>
    </message>
    <message>
        <source>Create a new contact</source>
        <translation>สร้างผู้ติดต่อใหม่</translation>
    </message>
    <message>
        <source>Merge (fill empty fields only)</source>
        <translation>รวม (เติมเฉพาะฟิลด์ที่ว่าง)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>Imported: {0} created, {1} updated, {2} skipped, {3} errors.</source>
        <translation>นำเข้าแล้ว: สร้าง {0} อัปเดต {1} ข้าม {2} ผิดพลาด {3}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>ยกเลิกแล้ว: ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>The import failed: nothing was imported.</source>
        <translation>นำเข้าไม่สำเร็จ: ไม่มีข้อมูลใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>ยกเลิกการนำเข้าแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from this import were changed after it, so nothing was undone yet:</source>
        <translation><numerusform>มี %n รายการจากการนำเข้านี้ถูกเปลี่ยนแปลงหลังการนำเข้า จึงยังไม่ได้ยกเลิกสิ่งใด:</numerusform></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>กำลังยกเลิกการนำเข้า…</translation>
    </message>
    <message>
        <source>The import was undone: {0} records removed, {1} put back as they were, {2} changed records kept.</source>
        <translation>ยกเลิกการนำเข้าแล้ว: ลบ {0} รายการ คืนค่าเดิม {1} รายการ เก็บรายการที่แก้ไขไว้ {2} รายการ</translation>
    </message>
    <message>
        <source>The import was not undone.</source>
        <translation>ยังไม่ได้ยกเลิกการนำเข้า</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>KeepChangedPrompt</name>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>และอีก {0} รายการ</translation>
    </message>
    <message>
        <source>Undo everything else and keep these records as they are now, or cancel and leave everything as it is.</source>
        <translation>ยกเลิกส่วนที่เหลือทั้งหมดและเก็บรายการเหล่านี้ไว้ตามที่เป็นอยู่ตอนนี้ หรือกดยกเลิกเพื่อไม่เปลี่ยนแปลงอะไรเลย</translation>
    </message>
    <message>
        <source>Undo the rest, keep changed records</source>
        <translation>ยกเลิกส่วนที่เหลือ เก็บรายการที่แก้ไขไว้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <source>Look up contacts, companies, deals… (Ctrl+K)</source>
        <extracomment>The typing pause before a search. Short, because a search takes under a millisecond even at 100,000 contacts and the issue's target is &lt;= 100 ms from keystroke to results.</extracomment>
        <translation>ค้นหาผู้ติดต่อ บริษัท ดีล… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>ไม่พบข้อมูล</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>New &amp;Contact…</source>
        <translation>ผู้ติดต่อใหม่(&amp;C)…</translation>
    </message>
    <message>
        <source>New Co&amp;mpany…</source>
        <translation>บริษัทใหม่(&amp;M)…</translation>
    </message>
    <message>
        <source>Schedule &amp;Call…</source>
        <translation>นัดโทร(&amp;C)…</translation>
    </message>
    <message>
        <source>Schedule &amp;Meeting…</source>
        <translation>นัดประชุม(&amp;M)…</translation>
    </message>
    <message>
        <source>Schedule &amp;To-do…</source>
        <translation>เพิ่มงานที่ต้องทำ(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>ค้นหา(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>ล็อกตอนนี้(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า(&amp;S)…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>เปลี่ยนรหัสผ่าน(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>นำเข้า(&amp;I)…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>ค้นหารายการซ้ำ(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Compact Database…</source>
        <translation>บีบอัดฐานข้อมูล(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>เกี่ยวกับ crmdesk(&amp;A)</translation>
    </message>
    <message>
        <source>Add a new contact</source>
        <translation>เพิ่มผู้ติดต่อใหม่</translation>
    </message>
    <message>
        <source>Schedule a call</source>
        <translation>นัดหมายการโทร</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>นัดหมายการประชุม</translation>
    </message>
    <message>
        <source>Schedule a to-do</source>
        <translation>เพิ่มงานที่ต้องทำ</translation>
    </message>
    <message>
        <source>Give the free space inside the database file back to the disk</source>
        <translation>คืนพื้นที่ว่างภายในไฟล์ฐานข้อมูลให้กับดิสก์</translation>
    </message>
    <message>
        <source>Close the database until the passphrase is entered again</source>
        <translation>ปิดฐานข้อมูลจนกว่าจะใส่รหัสผ่านอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>crmdesk</source>
        <extracomment>The user chose another interface language ("" follows the system).</extracomment>
        <translation>crmdesk</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>กิจกรรม(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>เครื่องมือ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>ค้นหารายการซ้ำ</translation>
    </message>
    <message>
        <source>%1 is not available in this build yet.</source>
        <translation>%1 ยังไม่มีในรุ่นนี้</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>เกี่ยวกับ crmdesk</translation>
    </message>
    <message>
        <source>crmdesk %1: contacts and sales, kept encrypted on this computer.</source>
        <translation>crmdesk %1: ผู้ติดต่อและงานขาย เก็บแบบเข้ารหัสไว้ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+{0} more</source>
        <translation>อีก {0} รายการ</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Write a note…</source>
        <translation>เขียนบันทึก…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>เพิ่มบันทึก(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OpportunityList</name>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ได้งาน</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ไม่ได้งาน</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>ทุกขั้นตอน</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>สถานะ(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>ขั้นตอน(&amp;T):</translation>
    </message>
</context>
<context>
    <name>OpportunityTableModel</name>
    <message>
        <source>Opportunity</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>ความน่าจะเป็น</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>คาดว่าจะปิด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ได้งาน</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ไม่ได้งาน</translation>
    </message>
</context>
<context>
    <name>OpportunityView</name>
    <message>
        <source>Stage:</source>
        <translation>ขั้นตอน:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>มูลค่า:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>คาดว่าจะปิด:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>บริษัท:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>ผู้ติดต่อ:</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>นัดโทร(&amp;C)…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>ได้งาน</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ไม่ได้งาน</translation>
    </message>
    <message>
        <source>%1 at %2% probability</source>
        <translation>%1 ที่ความน่าจะเป็น %2%</translation>
    </message>
</context>
<context>
    <name>OwnerLine</name>
    <message>
        <source>Owner: someone outside your directory</source>
        <translation>เจ้าของ: ผู้ที่ไม่อยู่ในรายชื่อของคุณ</translation>
    </message>
    <message>
        <source>Owner: {name} (me)</source>
        <translation>เจ้าของ: {name} (ฉัน)</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>เจ้าของ: {name}</translation>
    </message>
</context>
<context>
    <name>OwnerScopeBox</name>
    <message>
        <source>S&amp;how:</source>
        <translation>แสดง(&amp;H):</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>ของฉัน</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>ทีมของฉัน</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Move to stage</source>
        <translation>ย้ายไปขั้นตอน(&amp;M)</translation>
    </message>
    <message>
        <source>Mark as &amp;won…</source>
        <translation>ทำเครื่องหมายว่าได้งาน(&amp;W)…</translation>
    </message>
    <message>
        <source>Mark as &amp;lost…</source>
        <translation>ทำเครื่องหมายว่าไม่ได้งาน(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>&amp;Board</source>
        <translation>บอร์ด(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>รายการ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>พยากรณ์(&amp;F)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>%1 is not available in this build yet.</source>
        <translation>%1 ยังไม่มีในรุ่นนี้</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign</source>
        <extracomment>A reassignment moves the customer's whole tree: every kind of record may change owner.</extracomment>
        <translation>โอนความเป็นเจ้าของ</translation>
    </message>
    <message numerus="yes">
        <source>Give %n record(s), with their history, to:</source>
        <translation><numerusform>โอน %n รายการ พร้อมประวัติ ให้:</numerusform></translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>โอนความเป็นเจ้าของ(&amp;R)</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name} (ฉัน)</translation>
    </message>
    <message>
        <source>Owns these records now</source>
        <translation>เป็นเจ้าของรายการเหล่านี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>Could not reassign: {0}</source>
        <translation>โอนไม่สำเร็จ: {0}</translation>
    </message>
    <message>
        <source>Reassign &amp;to…</source>
        <translation>โอนให้(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to find…</source>
        <translation>พิมพ์เพื่อค้นหา…</translation>
    </message>
</context>
<context>
    <name>RefusedList</name>
    <message>
        <source>Record</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>added</source>
        <translation>เพิ่มแล้ว</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>เปลี่ยนแล้ว</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>ลบแล้ว</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>เลื่อนนัด</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>วันที่(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>เวลา(&amp;T):</translation>
    </message>
</context>
<context>
    <name>ScheduledList</name>
    <message>
        <source>When</source>
        <extracomment>text whose line is as tall as any the records hold: Thai marks above and below, CJK</extracomment>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>เรื่อง</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The chosen language code ("" follows the system); the shell re-installs translators.</extracomment>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Year-month-day ({0})</source>
        <translation>ปี-เดือน-วัน ({0})</translation>
    </message>
    <message>
        <source>Day/month/year ({0})</source>
        <translation>วัน/เดือน/ปี ({0})</translation>
    </message>
    <message>
        <source>Month/day/year ({0})</source>
        <translation>เดือน/วัน/ปี ({0})</translation>
    </message>
    <message>
        <source>Day/month/Buddhist Era year ({0})</source>
        <translation>วัน/เดือน/ปี พ.ศ. ({0})</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ไม่ล็อก</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Off (only Sync Now)</source>
        <translation>ปิด (ซิงก์เมื่อกดเท่านั้น)</translation>
    </message>
    <message>
        <source>How often crmdesk syncs with the office server by itself.</source>
        <translation>ความถี่ที่ crmdesk ซิงก์กับเซิร์ฟเวอร์สำนักงานเอง</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>รูปแบบวันที่(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>สกุลเงิน(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>ล็อกเมื่อไม่ได้ใช้งาน(&amp;L):</translation>
    </message>
    <message>
        <source>Daily &amp;backup at:</source>
        <translation>สำรองข้อมูลทุกวันเวลา(&amp;B):</translation>
    </message>
    <message>
        <source>Sync &amp;automatically every:</source>
        <translation>ซิงก์อัตโนมัติทุก(&amp;A):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>ขั้นตอนการขาย</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>ฟิลด์กำหนดเอง</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as THB, TWD or USD.</source>
        <translation>สกุลเงินคือรหัสสามตัวอักษร เช่น THB, TWD หรือ USD</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>{stage} ({count})</source>
        <translation>{stage} ({count})</translation>
    </message>
    <message>
        <source>{total}
weighted {weighted}</source>
        <translation>{total}
ถ่วงน้ำหนัก {weighted}</translation>
    </message>
    <message>
        <source>No open deals</source>
        <translation>ไม่มีดีลที่เปิดอยู่</translation>
    </message>
    <message>
        <source>{amount} · {probability}%</source>
        <translation>{amount} · {probability}%</translation>
    </message>
</context>
<context>
    <name>StagesEditor</name>
    <message>
        <source>Stage</source>
        <extracomment>Minutes between automatic syncs with the office server; 0: only "Sync now".</extracomment>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>ความน่าจะเป็น %</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>เพิ่มขั้นตอน(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>นำออก(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>เลื่อนลง(&amp;W)</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>ขั้นตอนใหม่</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Syncing…</source>
        <translation>กำลังซิงก์…</translation>
    </message>
    <message>
        <source>Not connected to an office server</source>
        <translation>ไม่ได้เชื่อมต่อกับเซิร์ฟเวอร์สำนักงาน</translation>
    </message>
    <message>
        <source>Office server not contacted yet</source>
        <translation>ยังไม่ได้ติดต่อเซิร์ฟเวอร์สำนักงาน</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent later</source>
        <translation>ออฟไลน์: การเปลี่ยนแปลงจะถูกเก็บไว้และส่งภายหลัง</translation>
    </message>
    <message>
        <source>Certificate changed: sync stopped</source>
        <translation>ใบรับรองเปลี่ยนไป: หยุดซิงก์แล้ว</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>ซิงก์ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>ซิงก์ล่าสุด: {0}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>ยังไม่เคยซิงก์</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>การเปลี่ยนแปลง %n รายการรอส่ง</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation><numerusform>ข้อขัดแย้ง %n รายการรอตรวจสอบ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation><numerusform>การเปลี่ยนแปลง %n รายการถูกปฏิเสธ</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The user name or password is wrong; nothing was changed.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The office server no longer accepts this computer: its access was revoked. Connect to the office server again.</source>
        <translation>เซิร์ฟเวอร์สำนักงานไม่ยอมรับคอมพิวเตอร์เครื่องนี้อีกต่อไป เนื่องจากสิทธิ์เข้าถึงถูกเพิกถอน โปรดเชื่อมต่อกับเซิร์ฟเวอร์สำนักงานอีกครั้ง</translation>
    </message>
    <message>
        <source>This computer is registered to another user on the office server, or its access was revoked. Connect to the office server again.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ลงทะเบียนไว้กับผู้ใช้อื่นบนเซิร์ฟเวอร์สำนักงาน หรือสิทธิ์เข้าถึงถูกเพิกถอน โปรดเชื่อมต่อกับเซิร์ฟเวอร์สำนักงานอีกครั้ง</translation>
    </message>
    <message>
        <source>Your user account on the office server is disabled; ask your administrator.</source>
        <translation>บัญชีผู้ใช้ของคุณบนเซิร์ฟเวอร์สำนักงานถูกปิดใช้งาน โปรดติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>The office server did not accept the sign-in; connect to it again.</source>
        <translation>เซิร์ฟเวอร์สำนักงานไม่ยอมรับการลงชื่อเข้าใช้ โปรดเชื่อมต่ออีกครั้ง</translation>
    </message>
    <message>
        <source>This office server needs a newer crmdesk; please update crmdesk.</source>
        <translation>เซิร์ฟเวอร์สำนักงานนี้ต้องใช้ crmdesk รุ่นใหม่กว่า โปรดอัปเดต crmdesk</translation>
    </message>
    <message>
        <source>This computer is already syncing with the office server; try again in a moment.</source>
        <translation>คอมพิวเตอร์เครื่องนี้กำลังซิงก์กับเซิร์ฟเวอร์สำนักงานอยู่แล้ว โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>The sync was interrupted; it starts again at the next sync.</source>
        <translation>การซิงก์ถูกขัดจังหวะ จะเริ่มใหม่ในการซิงก์ครั้งถัดไป</translation>
    </message>
    <message>
        <source>Too many sign-in attempts; wait a few minutes, then try again.</source>
        <translation>พยายามลงชื่อเข้าใช้หลายครั้งเกินไป โปรดรอสักครู่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Your role on the office server does not allow this.</source>
        <translation>บทบาทของคุณบนเซิร์ฟเวอร์สำนักงานไม่อนุญาตให้ทำสิ่งนี้</translation>
    </message>
    <message>
        <source>This database is older than what this computer already sent (it was restored from a backup); sync again to continue.</source>
        <translation>ฐานข้อมูลนี้เก่ากว่าข้อมูลที่คอมพิวเตอร์เครื่องนี้ส่งไปแล้ว (กู้คืนจากข้อมูลสำรอง) โปรดซิงก์อีกครั้งเพื่อดำเนินการต่อ</translation>
    </message>
    <message>
        <source>The office server answered with an error ({0}); try again later.</source>
        <translation>เซิร์ฟเวอร์สำนักงานตอบกลับด้วยข้อผิดพลาด ({0}) โปรดลองอีกครั้งภายหลัง</translation>
    </message>
    <message>
        <source>The office server address must start with https:// (sync never uses unencrypted connections).</source>
        <translation>ที่อยู่ของเซิร์ฟเวอร์สำนักงานต้องขึ้นต้นด้วย https:// (การซิงก์ไม่ใช้การเชื่อมต่อที่ไม่เข้ารหัส)</translation>
    </message>
    <message>
        <source>The office server sent an answer crmdesk does not understand.</source>
        <translation>เซิร์ฟเวอร์สำนักงานส่งคำตอบที่ crmdesk ไม่เข้าใจ</translation>
    </message>
    <message>
        <source>The certificate was not accepted; nothing was sent.</source>
        <translation>ไม่ได้ยอมรับใบรับรอง จึงไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>The office server presented no certificate.</source>
        <translation>เซิร์ฟเวอร์สำนักงานไม่ได้แสดงใบรับรอง</translation>
    </message>
    <message>
        <source>'{0}' is not a server address.</source>
        <translation>'{0}' ไม่ใช่ที่อยู่ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network and the server's address; your changes stay on this computer.</source>
        <translation>ไม่สามารถติดต่อเซิร์ฟเวอร์สำนักงานได้ โปรดตรวจสอบเครือข่ายและที่อยู่ของเซิร์ฟเวอร์ การเปลี่ยนแปลงของคุณยังอยู่ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>The office server's certificate has changed, so nothing was sent: someone may be intercepting the connection. Connect again only if your administrator replaced it.</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์สำนักงานเปลี่ยนไป จึงไม่มีการส่งข้อมูลใด ๆ อาจมีผู้ดักฟังการเชื่อมต่อ เชื่อมต่อใหม่เฉพาะเมื่อผู้ดูแลระบบของคุณเปลี่ยนใบรับรองเท่านั้น</translation>
    </message>
    <message>
        <source>This computer has no usable keyring to keep the sign-in in. Install or unlock one (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain), then connect again.</source>
        <translation>เครื่องนี้ไม่มีที่เก็บรหัส (keyring) ที่ใช้ได้สำหรับเก็บการลงชื่อเข้าใช้ ติดตั้งหรือปลดล็อกก่อน (GNOME Keyring, KWallet, Windows Credential Manager หรือ macOS Keychain) แล้วเชื่อมต่ออีกครั้ง</translation>
    </message>
    <message>
        <source>This computer's database was busy or full, so sync stopped; nothing was changed. It goes on once other crmdesk windows or imports are done or disk space is freed.</source>
        <translation>ฐานข้อมูลของคอมพิวเตอร์เครื่องนี้ไม่ว่างหรือเต็ม การซิงก์จึงหยุดลง ไม่มีสิ่งใดถูกเปลี่ยนแปลง การซิงก์จะดำเนินต่อเมื่อหน้าต่าง crmdesk อื่นหรือการนำเข้าเสร็จสิ้น หรือมีพื้นที่ดิสก์ว่าง</translation>
    </message>
    <message>
        <source>Sign in to the office server again: no sign-in is stored.</source>
        <translation>โปรดลงชื่อเข้าใช้เซิร์ฟเวอร์สำนักงานอีกครั้ง: ไม่มีการลงชื่อเข้าใช้ที่บันทึกไว้</translation>
    </message>
    <message>
        <source>This database is not connected to an office server.</source>
        <translation>ฐานข้อมูลนี้ไม่ได้เชื่อมต่อกับเซิร์ฟเวอร์สำนักงาน</translation>
    </message>
    <message>
        <source>The database is being restored from a backup or compacted; try again in a moment.</source>
        <translation>ฐานข้อมูลกำลังถูกกู้คืนจากข้อมูลสำรองหรือกำลังถูกบีบอัด โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>The database is open in another crmdesk window or command. Close it, then try again; nothing was changed.</source>
        <translation>ฐานข้อมูลเปิดอยู่ในหน้าต่าง crmdesk อื่นหรือคำสั่งอื่น โปรดปิดก่อนแล้วลองอีกครั้ง ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The customer this belongs to was given to someone else, so it was not sent.</source>
        <translation>ลูกค้าที่รายการนี้สังกัดอยู่ถูกโอนให้ผู้อื่นแล้ว จึงไม่ได้ส่งรายการนี้</translation>
    </message>
    <message>
        <source>Your role does not allow giving records to someone else.</source>
        <translation>บทบาทของคุณไม่อนุญาตให้โอนระเบียนให้ผู้อื่น</translation>
    </message>
    <message>
        <source>Your role does not allow deleting this many records at once.</source>
        <translation>บทบาทของคุณไม่อนุญาตให้ลบระเบียนจำนวนมากขนาดนี้ในครั้งเดียว</translation>
    </message>
    <message>
        <source>You may not change this record.</source>
        <translation>คุณไม่มีสิทธิ์เปลี่ยนแปลงระเบียนนี้</translation>
    </message>
    <message>
        <source>Another change made together with this one was refused.</source>
        <translation>การเปลี่ยนแปลงอื่นที่ทำพร้อมกับรายการนี้ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>The record is not on the office server (it was never sent, or was deleted long ago).</source>
        <translation>ไม่มีระเบียนนี้บนเซิร์ฟเวอร์สำนักงาน (ไม่เคยถูกส่ง หรือถูกลบไปนานแล้ว)</translation>
    </message>
    <message>
        <source>Your role does not allow deleting more than {0} records within {1} minutes; try again later or ask your manager.</source>
        <translation>บทบาทของคุณไม่อนุญาตให้ลบระเบียนเกิน {0} รายการภายใน {1} นาที โปรดลองอีกครั้งภายหลังหรือสอบถามผู้จัดการของคุณ</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Connect to Office Server…</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์สำนักงาน(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>ซิงก์ตอนนี้(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts…</source>
        <translation>ตรวจสอบข้อขัดแย้ง(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>ซิงก์(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message>
        <source>All day</source>
        <translation>ทั้งวัน</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Due</source>
        <extracomment>Rows with a Complete button; more would make the page slow to build (each is a widget).</extracomment>
        <translation>กำหนด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>With</source>
        <translation>กับ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>นัดโทร(&amp;C)…</translation>
    </message>
    <message>
        <source>Schedule &amp;meeting…</source>
        <translation>นัดประชุม(&amp;M)…</translation>
    </message>
    <message>
        <source>Schedule &amp;to-do…</source>
        <translation>เพิ่มงานที่ต้องทำ(&amp;T)…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>วันนี้ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) due</source>
        <translation><numerusform>มีกิจกรรมครบกำหนด %n รายการ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>เลยกำหนด %n รายการ</numerusform></translation>
    </message>
    <message>
        <source>Nothing due today. Enjoy!</source>
        <translation>วันนี้ไม่มีงานครบกำหนด ขอให้สนุก!</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2, oldest first.</source>
        <translation>แสดง %1 รายการแรกจาก %2 รายการ เรียงจากเก่าที่สุด</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>เสร็จสิ้น</translation>
    </message>
</context>
<context>
    <name>UndoPrompt</name>
    <message>
        <source>edited after the import</source>
        <extracomment>How many changed records the prompt names; the rest are counted ("and 12 more").</extracomment>
        <translation>แก้ไขหลังการนำเข้า</translation>
    </message>
    <message>
        <source>has activities</source>
        <translation>มีกิจกรรม</translation>
    </message>
    <message>
        <source>has deals</source>
        <translation>มีดีล</translation>
    </message>
    <message>
        <source>has notes written after the import</source>
        <translation>มีบันทึกที่เขียนหลังการนำเข้า</translation>
    </message>
    <message>
        <source>has contacts from outside the import</source>
        <translation>มีผู้ติดต่อที่ไม่ได้มาจากการนำเข้านี้</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock crmdesk</source>
        <translation>ปลดล็อก crmdesk</translation>
    </message>
    <message>
        <source>crmdesk was locked. Enter your passphrase to continue.</source>
        <translation>crmdesk ถูกล็อกไว้ ใส่รหัสผ่านเพื่อใช้งานต่อ</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your contacts.</source>
        <translation>ใส่รหัสผ่านเพื่อเปิดข้อมูลผู้ติดต่อของคุณ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>จำไว้ในคอมพิวเตอร์เครื่องนี้(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ปลดล็อก(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>โปรดใส่รหัสผ่าน</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>กำลังตรวจสอบรหัสผ่าน…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>รหัสผ่านไม่ถูกต้อง ตรวจสอบปุ่ม Caps Lock แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The database could not be opened: {0}</source>
        <translation>เปิดฐานข้อมูลไม่ได้: {0}</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <source>Call</source>
        <translation>โทร</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ประชุม</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>งานที่ต้องทำ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>จดหมาย</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>same email</source>
        <translation>อีเมลเดียวกัน</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>เบอร์โทรเดียวกัน</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ชื่อเดียวกัน</translation>
    </message>
</context>
<context>
    <name>field_checks</name>
    <message>
        <source>A name is required.</source>
        <translation>ต้องระบุชื่อ</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>นี่ไม่ใช่ที่อยู่อีเมล (name@example.com)</translation>
    </message>
    <message>
        <source>This is not a valid phone number (add the country code, e.g. +66).</source>
        <translation>หมายเลขโทรศัพท์ไม่ถูกต้อง (ใส่รหัสประเทศ เช่น +66)</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>The passphrase must be at least {0} characters long.</source>
        <translation>รหัสผ่านต้องยาวอย่างน้อย {0} ตัวอักษร</translation>
    </message>
    <message>
        <source>The passphrase cannot be only spaces.</source>
        <translation>รหัสผ่านจะเป็นช่องว่างอย่างเดียวไม่ได้</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>สั้นเกินไป: ใช้อย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>Weak: a longer phrase of several words is safer.</source>
        <translation>อ่อน: วลีที่ยาวขึ้นและมีหลายคำจะปลอดภัยกว่า</translation>
    </message>
    <message>
        <source>Fair: longer is stronger.</source>
        <translation>พอใช้: ยิ่งยาวยิ่งปลอดภัย</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>แข็งแรง</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something went wrong: {0}</source>
        <extracomment>Emitted on the UI thread after any change was committed (a ``Changes`` value).</extracomment>
        <translation>เกิดข้อผิดพลาด: {0}</translation>
    </message>
    <message>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <source>Backup &amp; Restore</source>
        <translation>สำรองและกู้คืน</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Scheduling is not available yet.</source>
        <translation>ยังไม่สามารถนัดหมายได้</translation>
    </message>
</context>
<context>
    <name>record_tabs</name>
    <message>
        <source>Call</source>
        <translation>โทร</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ประชุม</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>งานที่ต้องทำ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>จดหมาย</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <source>High</source>
        <translation>สูง</translation>
    </message>
</context>
<context>
    <name>rights_gate</name>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Delete in bulk</source>
        <translation>ลบทีละหลายรายการ</translation>
    </message>
    <message>
        <source>Reassign records</source>
        <translation>โอนรายการ</translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation>แดชบอร์ดของทีม</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>จัดการผู้ใช้</translation>
    </message>
    <message>
        <source>Your role does not include the right “{right}”. The office admin can grant it.</source>
        <translation>บทบาทของคุณไม่มีสิทธิ์ “{right}” ผู้ดูแลระบบของสำนักงานให้สิทธิ์นี้ได้</translation>
    </message>
    <message>
        <source>Deleting more than {count} records at once needs the right “{right}”, which your role does not include.</source>
        <translation>การลบมากกว่า {count} รายการในครั้งเดียวต้องมีสิทธิ์ “{right}” ซึ่งบทบาทของคุณไม่มี</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Demo data added.</source>
        <translation>เพิ่มข้อมูลตัวอย่างแล้ว</translation>
    </message>
    <message>
        <source>Demo data could not be added.</source>
        <translation>ไม่สามารถเพิ่มข้อมูลตัวอย่างได้</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>โอกาสการขาย</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>ฟิลด์กำหนดเอง</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Adding demo data…</source>
        <translation>กำลังเพิ่มข้อมูลตัวอย่าง…</translation>
    </message>
</context>
</TS>
