<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Schedule activity</source>
        <translation>安排活動</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>主題是什麼？</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>On</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> 分鐘前</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Regarding:</source>
        <translation>主旨(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>時間(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>時長(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>優先順序(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;larm:</source>
        <translation>提醒(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>聯絡人(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>公司(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation>商機(&amp;P)：</translation>
    </message>
    <message>
        <source>De&amp;tails:</source>
        <translation>詳細資料(&amp;T)：</translation>
    </message>
    <message>
        <source>Say what the activity is about.</source>
        <translation>請說明這項活動的主題。</translation>
    </message>
</context>
<context>
    <name>AlarmDialog</name>
    <message>
        <source>Alarms</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} 分鐘</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>稍後提醒(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>開啟記錄(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>完成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>改期(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>關閉(&amp;D)</translation>
    </message>
    <message>
        <source>{time}  {kind} with {who}: {regarding}</source>
        <translation>{time}  與{who}的{kind}：{regarding}</translation>
    </message>
    <message>
        <source>{time}  {kind}: {regarding}</source>
        <translation>{time}  {kind}：{regarding}</translation>
    </message>
</context>
<context>
    <name>AlarmWatcher</name>
    <message>
        <source>crmdesk alarm</source>
        <extracomment>Emitted with the AlarmDialog when alarms are shown. Re-emitted from the dialog's "open record" (entity, id).</extracomment>
        <translation>crmdesk 提醒</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Compact Database…</source>
        <extracomment>The database was replaced by a backup (a ``RestoreResult``): reopen it and reload. The user asked to compact the database (from the free-space hint).</extracomment>
        <translation>壓縮資料庫…</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>變更資料夾…</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>使用預設資料夾</translation>
    </message>
    <message>
        <source>Also back up when crmdesk closes</source>
        <translation>關閉 crmdesk 時也備份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已驗證</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>還原…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>{0} of the database file ({1}%) is free space that every backup copies. Compacting the database gives it back to the disk.</source>
        <translation>資料庫檔案中有 {0}（{1}%）是每次備份都會複製的可用空間。壓縮資料庫可將其歸還給磁碟。</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>備份用資料夾</translation>
    </message>
    <message>
        <source>Backup folder: {0}</source>
        <translation>備份資料夾：{0}</translation>
    </message>
    <message>
        <source>No successful backup yet.</source>
        <translation>尚無成功的備份。</translation>
    </message>
    <message>
        <source>Last successful backup: {0}</source>
        <translation>上次成功備份：{0}</translation>
    </message>
    <message>
        <source>There is no backup yet. Back up now to protect your data.</source>
        <translation>目前還沒有備份。請立即備份以保護您的資料。</translation>
    </message>
    <message>
        <source>The last successful backup is more than 2 days old. Back up now, and check that the backup folder is available.</source>
        <translation>上次成功的備份已超過 2 天。請立即備份，並確認備份資料夾可以使用。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已損壞</translation>
    </message>
    <message>
        <source>Verifying {0}…</source>
        <translation>正在驗證 {0}…</translation>
    </message>
    <message>
        <source>{0} is complete and sound: it can be restored.</source>
        <translation>{0} 完整無誤，可以還原。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>已備份至 {0}。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Replace all current data by the backup of {0}? The current database is kept in the data folder first. crmdesk reloads afterwards.</source>
        <translation>要以 {0} 的備份取代目前所有資料嗎？目前的資料庫會先保留在資料資料夾中，之後 crmdesk 會重新載入。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在還原…</translation>
    </message>
    <message>
        <source>The backup was restored; crmdesk reloads.</source>
        <translation>備份已還原；crmdesk 將重新載入。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup failed: {0}</source>
        <extracomment>The Backup page warns when the newest good backup is older than this. A backup began (any thread; delivered on the UI thread). A backup succeeded: a ``BackupOutcome``. A backup failed: the message to show (the previous backups are untouched). A restore replaced the database (a ``RestoreResult``): the shell must reopen it.</extracomment>
        <translation>備份失敗：{0}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year} 年 {month}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>&amp;Schedule here…</source>
        <translation>在此安排(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>完成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>改期(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>{regarding} ({who})</source>
        <extracomment>An activity was dragged to a new start (activity id, aware datetime). An empty slot was double-clicked (aware datetime to schedule at). An activity was double-clicked (its ActivityRecord).</extracomment>
        <translation>{regarding}（{who}）</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>變更密語</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>目前的密語(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新密語(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Confirm new passphrase:</source>
        <translation>確認新密語(&amp;C)：</translation>
    </message>
    <message>
        <source>Only the key file is rewritten; your data stays as it is. Backups made before now still open with the old passphrase.</source>
        <translation>只會重寫金鑰檔，資料本身不變。先前的備份仍需用舊密語開啟。</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>變更(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please enter your current passphrase.</source>
        <translation>請輸入目前的密語。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密語不一致。</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>正在變更密語…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>密語不正確。請檢查 Caps Lock 後再試一次。</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {0}</source>
        <translation>無法變更密語：{0}</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Mark as won</source>
        <translation>標記為贏得</translation>
    </message>
    <message>
        <source>Why did we win “{0}”?</source>
        <translation>為什麼贏得「{0}」？</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Product fit</source>
        <translation>產品契合度</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客戶關係</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>標記為失去</translation>
    </message>
    <message>
        <source>Why did we lose “{0}”?</source>
        <translation>為什麼失去「{0}」？</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>沒有預算</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>未做決定</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>CompactDialog</name>
    <message>
        <source>Compact Database</source>
        <extracomment>The database was compacted (a ``CompactResult``).</extracomment>
        <translation>壓縮資料庫</translation>
    </message>
    <message>
        <source>Measuring the free space in the database…</source>
        <translation>正在計算資料庫中的可用空間…</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>壓縮</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The database file ({0}) has no free space to give back.</source>
        <translation>資料庫檔案（{0}）沒有可歸還的可用空間。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Compacting frees about {0} of the {1} database file ({2}% of it is free space that every backup copies). It rewrites the whole file and takes a while, about a minute for each GB; crmdesk cannot be used meanwhile. Compact now?</source>
        <translation>壓縮約可釋放 {1} 資料庫檔案中的 {0}（其中 {2}% 是每次備份都會複製的可用空間）。這會重寫整個檔案，需要一段時間，每 GB 約一分鐘；期間無法使用 crmdesk。要立即壓縮嗎？</translation>
    </message>
    <message>
        <source>A backup is being made. Compact the database after it has finished.</source>
        <translation>正在進行備份。請在備份完成後再壓縮資料庫。</translation>
    </message>
    <message>
        <source>Compacting the database…</source>
        <translation>正在壓縮資料庫…</translation>
    </message>
    <message>
        <source>The database was compacted: {0} before, {1} now ({2} given back to the disk).</source>
        <translation>資料庫已壓縮：原為 {0}，現為 {1}（歸還磁碟 {2}）。</translation>
    </message>
    <message>
        <source>Not enough free disk space to compact the database: it needs {0}, the disk has {1}. Free some space and try again; nothing was changed.</source>
        <translation>磁碟可用空間不足，無法壓縮資料庫：需要 {0}，磁碟只有 {1}。請釋放一些空間後再試；未做任何變更。</translation>
    </message>
    <message>
        <source>The database is already being compacted; wait until it is done.</source>
        <translation>資料庫正在壓縮中，請等待完成。</translation>
    </message>
    <message>
        <source>The database could not be compacted: {0}</source>
        <translation>無法壓縮資料庫：{0}</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>&amp;New Company…</source>
        <translation>新增公司(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation><numerusform>%n 家公司</numerusform></translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>刪除公司</translation>
    </message>
    <message>
        <source>Delete “%1”? Its contacts are kept.</source>
        <translation>要刪除「%1」嗎？其聯絡人會保留。</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit company</source>
        <translation>編輯公司</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>新增公司</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>產業(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>網站(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>街道地址(&amp;S)：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>國家／地區：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景資料(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>CompanyHeaderEditor</name>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>產業(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>網站(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
</context>
<context>
    <name>CompanyView</name>
    <message>
        <source>Edit &amp;here</source>
        <translation>就地編輯(&amp;H)</translation>
    </message>
    <message>
        <source>Change name, industry, website, phone and email here</source>
        <translation>在此修改名稱、產業、網站、電話與電子郵件</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>安排電話(&amp;C)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete activity</source>
        <translation>完成活動</translation>
    </message>
    <message>
        <source>What happened? (e.g. left a message)</source>
        <translation>結果如何？（例如：已留言）</translation>
    </message>
    <message>
        <source>Schedule a &amp;follow-up</source>
        <translation>安排後續跟進(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>完成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O)：</translation>
    </message>
    <message>
        <source>{kind} with {who}: {regarding}</source>
        <translation>與{who}的{kind}：{regarding}</translation>
    </message>
    <message>
        <source>{kind}: {regarding}</source>
        <translation>{kind}：{regarding}</translation>
    </message>
    <message>
        <source>Follow-up: {0}</source>
        <translation>後續跟進：{0}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Sync Conflicts</source>
        <translation>同步衝突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>對方的</translation>
    </message>
    <message>
        <source>Kept now</source>
        <translation>目前保留</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>保留對方的(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation>標記為已檢視(&amp;R)</translation>
    </message>
    <message>
        <source>Bring back the deleted record with your edits</source>
        <translation>以您的編輯還原已刪除的記錄</translation>
    </message>
    <message>
        <source>Both versions are kept; nothing to choose</source>
        <translation>兩個版本都會保留；無需選擇</translation>
    </message>
    <message>
        <source>Changes the office server refused:</source>
        <translation>辦公室伺服器拒絕的變更：</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation><numerusform>%n 項衝突待檢視</numerusform></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已刪除）</translation>
    </message>
    <message>
        <source>(edited, then deleted elsewhere)</source>
        <translation>（已編輯，但在別處被刪除）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <extracomment>Connected and pinned: the pinned fingerprint (shown form).</extracomment>
        <translation>連線至辦公室伺服器</translation>
    </message>
    <message>
        <source>https://server:8443</source>
        <translation>https://server:8443</translation>
    </message>
    <message>
        <source>Check &amp;Certificate</source>
        <translation>檢查憑證(&amp;C)</translation>
    </message>
    <message>
        <source>This fingerprint matches what my administrator sees</source>
        <translation>此指紋與管理員看到的相符</translation>
    </message>
    <message>
        <source>Only if your administrator replaced it: the new fingerprint</source>
        <translation>僅在管理員更換憑證時：新的指紋</translation>
    </message>
    <message>
        <source>You can close this window: the next sync finishes preparing your records.</source>
        <translation>您可以關閉此視窗：下次同步時會完成資料準備。</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>連線(&amp;O)</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>伺服器位址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Check the certificate to see its fingerprint before connecting.</source>
        <translation>連線前請先檢查憑證以查看其指紋。</translation>
    </message>
    <message>
        <source>Checking the server's certificate…</source>
        <translation>正在檢查伺服器憑證…</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):
{0}</source>
        <translation>憑證指紋（SHA-256）：
{0}</translation>
    </message>
    <message>
        <source>Warning: this server's certificate has changed. It was {0} and is now {1}. Someone may be intercepting the connection, so nothing was sent. Do not connect unless your administrator replaced the certificate and gave you the new fingerprint.</source>
        <translation>警告：此伺服器的憑證已變更，原為 {0}，現為 {1}。可能有人攔截連線，因此沒有傳送任何資料。除非管理員更換了憑證並提供新的指紋，否則請勿連線。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>Preparing your records for the office server… {0} of {1}</source>
        <translation>正在為辦公室伺服器準備您的資料…（{0} / {1}）</translation>
    </message>
    <message>
        <source>Connected; the certificate is pinned.</source>
        <translation>已連線；憑證已固定。</translation>
    </message>
    <message>
        <source>Warning: the server's certificate is not the one you checked or pinned. Someone may be intercepting the connection, so nothing was sent.</source>
        <translation>警告：伺服器的憑證不是您檢查或固定的那一個。可能有人攔截連線，因此沒有傳送任何資料。</translation>
    </message>
    <message>
        <source>This computer has no usable keyring to keep the sign-in in. Install or unlock one (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain), then connect again.</source>
        <translation>此電腦沒有可用的金鑰圈來保存登入資訊。請安裝或解鎖一個（GNOME Keyring、KWallet、Windows 認證管理員或 macOS 鑰匙圈），然後再次連線。</translation>
    </message>
    <message>
        <source>Connected, but preparing your records for the office server stopped because this computer's database was busy or full. Nothing is lost: the next sync goes on from where it stopped.</source>
        <translation>已連線，但這台電腦的資料庫忙碌中或已滿，為辦公室伺服器準備資料的作業已停止。資料不會遺失：下次同步會從停止處繼續。</translation>
    </message>
    <message>
        <source>Connecting stopped because this computer's database was busy or full; nothing was changed. Connect again once other crmdesk windows or imports are done or disk space is freed.</source>
        <translation>這台電腦的資料庫忙碌中或已滿，因此連線已停止，沒有任何變更。請在其他 crmdesk 視窗或匯入完成、或釋出磁碟空間後再連線。</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>發生錯誤：{0}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <extracomment>The user chose to open this existing contact instead of adding a look-alike. The new contact was saved and should be merged with this existing one: (existing, new).</extracomment>
        <translation>編輯聯絡人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>e.g. สมชาย ใจดี, 王小明, Jane Smith</source>
        <translation>例如：王小明、สมชาย ใจดี、Jane Smith</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>以逗號分隔</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>職稱(&amp;J)：</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>公司(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>Other email:</source>
        <translation>其他電子郵件：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手機(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>街道地址(&amp;S)：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Province / state:</source>
        <translation>縣市／州：</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>郵遞區號：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>國家／地區：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>標籤(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <source>Edit &amp;here</source>
        <translation>就地編輯(&amp;H)</translation>
    </message>
    <message>
        <source>Change name, job title, phones and emails here</source>
        <translation>在此修改姓名、職稱、電話與電子郵件</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>安排電話(&amp;C)…</translation>
    </message>
    <message>
        <source>Schedule &amp;meeting…</source>
        <translation>安排會議(&amp;M)…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自訂欄位</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新標籤</translation>
    </message>
    <message>
        <source>Add &amp;tag</source>
        <translation>加入標籤(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation>移除標籤(&amp;R)</translation>
    </message>
    <message>
        <source>call</source>
        <translation>撥打</translation>
    </message>
    <message>
        <source>Click a number to copy it</source>
        <translation>按一下號碼即可複製</translation>
    </message>
    <message>
        <source>No custom fields are defined (see Settings).</source>
        <translation>尚未定義自訂欄位（請見設定）。</translation>
    </message>
    <message>
        <source>Save fields</source>
        <translation>儲存欄位</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已複製 %1</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;New Contact…</source>
        <translation>新增聯絡人(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>加標籤(&amp;T)…</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>安排電話(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Saved lookup:</source>
        <translation>已儲存的查詢：</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有標籤</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>%n 位聯絡人</numerusform></translation>
    </message>
    <message>
        <source>Tag contacts</source>
        <translation>為聯絡人加標籤</translation>
    </message>
    <message>
        <source>Tags to add (comma separated):</source>
        <translation>要加入的標籤（以逗號分隔）：</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>刪除聯絡人</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? This cannot be undone here.</source>
        <translation><numerusform>要刪除 %n 位聯絡人嗎？此操作無法在此復原。</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>欄位名稱</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>核取方塊</translation>
    </message>
    <message>
        <source>Choices, separated by commas</source>
        <translation>選項，以逗號分隔</translation>
    </message>
    <message>
        <source>A&amp;dd field</source>
        <translation>新增欄位(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move field</source>
        <translation>移除欄位(&amp;M)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Fields for:</source>
        <translation>欄位適用於：</translation>
    </message>
    <message>
        <source>Changes to custom fields are saved at once.</source>
        <translation>自訂欄位的變更會立即儲存。</translation>
    </message>
    <message>
        <source>{label} ({type})</source>
        <translation>{label}（{type}）</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>請為欄位命名。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Pipeline by stage (million {currency})</source>
        <translation>各階段銷售管道（百萬 {currency}）</translation>
    </message>
    <message>
        <source>Pipeline by stage (thousand {currency})</source>
        <translation>各階段銷售管道（千 {currency}）</translation>
    </message>
    <message>
        <source>Pipeline by stage ({currency})</source>
        <translation>各階段銷售管道（{currency}）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加權</translation>
    </message>
    <message>
        <source>Won and lost per month</source>
        <translation>每月贏得與失去</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏得</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失去</translation>
    </message>
    <message>
        <source>Activities completed per week</source>
        <translation>每週完成的活動</translation>
    </message>
    <message>
        <source>Activities completed</source>
        <translation>已完成活動</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Top open opportunities</source>
        <translation>進行中的主要商機</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year} 年 {month}</translation>
    </message>
    <message>
        <source>{day}/{month}</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <source>Pipeline shown in {currency}; deals in {others} are not included.</source>
        <translation>銷售管道以 {currency} 顯示；不包含以 {others} 計價的商機。</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>{weekday} {day}</source>
        <translation>{day} {weekday}</translation>
    </message>
</context>
<context>
    <name>DealList</name>
    <message>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏得</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失去</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重複</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) like this one already exist. Is it the same person?</source>
        <translation><numerusform>已有 %n 位類似的聯絡人。是同一個人嗎？</numerusform></translation>
    </message>
    <message>
        <source>{contact} ({reason})</source>
        <translation>{contact}（{reason}）</translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation>開啟現有聯絡人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Merge with it</source>
        <translation>與其合併(&amp;M)</translation>
    </message>
    <message>
        <source>Add this contact, then combine it with the selected one field by field</source>
        <translation>先新增此聯絡人，再逐欄與所選聯絡人合併</translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation>仍要新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>返回編輯(&amp;B)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate contacts</source>
        <translation>重複的聯絡人</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>尋找重複項目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Take from</source>
        <translation>取自</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>交換左右</translation>
    </message>
    <message>
        <source>Merge into the kept contact</source>
        <translation>合併至保留的聯絡人</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>復原上次合併</translation>
    </message>
    <message>
        <source>Emails, phones, addresses, tags, notes, activities and deals of both contacts are kept on the merged contact.</source>
        <translation>兩位聯絡人的電子郵件、電話、地址、標籤、備註、活動與商機都會保留在合併後的聯絡人中。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>{0} groups of possible duplicates</source>
        <translation>{0} 組可能重複的項目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>kept contact</source>
        <translation>保留的聯絡人</translation>
    </message>
    <message>
        <source>other contact</source>
        <translation>另一位聯絡人</translation>
    </message>
    <message>
        <source>both kept</source>
        <translation>兩者皆保留</translation>
    </message>
    <message>
        <source>Merged. You can undo it.</source>
        <translation>已合併，您可以復原。</translation>
    </message>
    <message>
        <source>The merged contact was edited after the merge, so nothing was undone yet. Undoing the rest brings the other contacts back with their activities, deals and notes; the edited contact stays as it is now.</source>
        <translation>合併後的聯絡人在合併後經過編輯，因此尚未復原任何內容。復原其餘部分會帶回其他聯絡人及其活動、交易與備註；已編輯的聯絡人維持目前狀態。</translation>
    </message>
    <message>
        <source>edited after the merge</source>
        <translation>合併後經過編輯</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>正在復原合併…</translation>
    </message>
    <message>
        <source>The merge was undone; the edited contact was kept as it is now.</source>
        <translation>已復原合併；已編輯的聯絡人維持目前狀態。</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>已復原合併。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export contacts to vCard or CSV, or scheduled activities to iCalendar</source>
        <translation>將聯絡人匯出為 vCard 或 CSV，或將已排定的活動匯出為 iCalendar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf)</source>
        <translation>vCard 3.0（.vcf）</translation>
    </message>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0（.vcf）</translation>
    </message>
    <message>
        <source>CSV, Google Contacts layout (.csv, UTF-8)</source>
        <translation>CSV，Google 聯絡人格式（.csv，UTF-8）</translation>
    </message>
    <message>
        <source>CSV, Outlook layout (.csv, UTF-8)</source>
        <translation>CSV，Outlook 格式（.csv，UTF-8）</translation>
    </message>
    <message>
        <source>iCalendar: scheduled activities (.ics)</source>
        <translation>iCalendar：已排定的活動（.ics）</translation>
    </message>
    <message>
        <source>The {count} selected contacts</source>
        <translation>所選的 {count} 位聯絡人</translation>
    </message>
    <message>
        <source>Contacts a saved lookup finds:</source>
        <translation>已儲存查詢找到的聯絡人：</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>所有聯絡人</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要寫入的檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>匯出：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>匯出至</translation>
    </message>
    <message>
        <source>Export file (*{suffix})</source>
        <translation>匯出檔案（*{suffix}）</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>請選擇要匯出的檔案。</translation>
    </message>
    <message>
        <source>Choose a saved lookup.</source>
        <translation>請選擇已儲存的查詢。</translation>
    </message>
    <message>
        <source>Exported {count} activities to {file}.</source>
        <translation>已將 {count} 項活動匯出至 {file}。</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation>已將 {count} 位聯絡人匯出至 {file}。</translation>
    </message>
    <message>
        <source>The office server could not be reached; it was not told.</source>
        <translation>無法連線至辦公室伺服器，因此未通報此次匯出。</translation>
    </message>
    <message>
        <source>Your role does not allow exporting records. Nothing was exported.</source>
        <translation>您的角色不允許匯出紀錄，未匯出任何資料。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was exported.</source>
        <translation>磁碟已滿，未匯出任何資料。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to. Nothing was exported.</source>
        <translation>無法寫入資料夾 {folder}，未匯出任何資料。</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}). Nothing was exported.</source>
        <translation>無法寫入檔案（{reason}），未匯出任何資料。</translation>
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>發生錯誤：{reason}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to crmdesk</source>
        <extracomment>Phone regions offered first; the system's region is added when missing.</extracomment>
        <translation>歡迎使用 crmdesk</translation>
    </message>
    <message>
        <source>Your contacts are kept in an encrypted database on this computer. Choose a passphrase to protect it. Without it the data cannot be read, so keep it somewhere safe.</source>
        <translation>您的聯絡人保存在這台電腦上的加密資料庫中。請設定一組密語來保護它。沒有密語就無法讀取資料，請妥善保管。</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed)</source>
        <translation>在這台電腦上記住（不需輸入密語）(&amp;R)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>與系統相同</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data to try things out</source>
        <translation>填入示範資料以便試用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密語(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>確認密語(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>電話地區(&amp;R)：</translation>
    </message>
    <message>
        <source>Daily &amp;backup at:</source>
        <translation>每日備份時間(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;reate database</source>
        <translation>建立資料庫(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密語不一致。</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>正在建立加密資料庫…</translation>
    </message>
    <message>
        <source>The database could not be created: {0}</source>
        <translation>無法建立資料庫：{0}</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>Expected close</source>
        <translation>預計成交</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加權</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>無日期</translation>
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
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>職稱(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手機(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>Other email:</source>
        <translation>其他電子郵件：</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Completed</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>匯入聯絡人</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>A vCard (.vcf) or CSV file</source>
        <translation>vCard（.vcf）或 CSV 檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>請選擇要匯入的檔案。</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>編碼：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版面配置：</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>此對應的名稱</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>儲存對應</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>已儲存的對應：</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>新增自訂欄位</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>新增欄位</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前幾列</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>匯入至</translation>
    </message>
    <message>
        <source>Preview of the file:</source>
        <translation>檔案預覽：</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>對每個重複項目：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>復原此次匯入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.csv *.txt);;All (*)</source>
        <translation>聯絡人 (*.vcf *.csv *.txt);;全部 (*)</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>發生錯誤：{0}</translation>
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
        <translation>逗號</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <source>CSV, separated by {0}</source>
        <translation>CSV，以{0}分隔</translation>
    </message>
    <message>
        <source>Not sure about the encoding: it could also be {0}. Pick the one whose preview shows the names correctly.</source>
        <translation>無法確定編碼：也可能是 {0}。請選擇預覽中名稱顯示正確的那一個。</translation>
    </message>
    <message>
        <source>Recognised as a {0} export</source>
        <translation>識別為 {0} 匯出檔</translation>
    </message>
    <message>
        <source>Unknown layout: check the column mapping on the next page</source>
        <translation>無法識別的版面配置：請在下一頁檢查欄位對應</translation>
    </message>
    <message>
        <source>(keep in a note)</source>
        <translation>（保留在備註中）</translation>
    </message>
    <message>
        <source>custom field: {0}</source>
        <translation>自訂欄位：{0}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（請選擇）</translation>
    </message>
    <message>
        <source>{0} will be created, {1} updated, {2} skipped as duplicates, {3} companies created; {4} rows have errors.</source>
        <translation>將新增 {0}、更新 {1}、略過重複 {2}、建立 {3} 家公司；{4} 列有錯誤。</translation>
    </message>
    <message>
        <source>Only the first {0} of the {1} errors are listed.</source>
        <translation>僅列出 {1} 個錯誤中的前 {0} 個。</translation>
    </message>
    <message>
        <source>Only the first {0} of the {1} warnings are listed.</source>
        <translation>僅列出 {1} 個警告中的前 {0} 個。</translation>
    </message>
    <message>
        <source>Only the first {0} of the {1} duplicates are listed; the others follow the choice for every duplicate.</source>
        <translation>僅列出 {1} 個重複項目中的前 {0} 個；其餘的依照「每個重複項目」的選擇處理。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Update the existing contact</source>
        <translation>更新現有聯絡人</translation>
    </message>
    <message>
        <source>Create a new contact</source>
        <translation>建立新聯絡人</translation>
    </message>
    <message>
        <source>Merge (fill empty fields only)</source>
        <translation>合併（僅填入空白欄位）</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Imported: {0} created, {1} updated, {2} skipped, {3} errors.</source>
        <translation>已匯入：新增 {0}、更新 {1}、略過 {2}、錯誤 {3}。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：沒有匯入任何資料。</translation>
    </message>
    <message>
        <source>The import failed: nothing was imported.</source>
        <translation>匯入失敗：沒有匯入任何資料。</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>已復原此次匯入。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from this import were changed after it, so nothing was undone yet:</source>
        <translation><numerusform>此次匯入的 %n 筆紀錄在匯入後有所變更，因此尚未復原任何內容：</numerusform></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在復原匯入…</translation>
    </message>
    <message>
        <source>The import was undone: {0} records removed, {1} put back as they were, {2} changed records kept.</source>
        <translation>已復原匯入：移除 {0} 筆紀錄，{1} 筆恢復原狀，保留 {2} 筆已變更的紀錄。</translation>
    </message>
    <message>
        <source>The import was not undone.</source>
        <translation>匯入未被復原。</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <translation>還有 {0} 筆</translation>
    </message>
    <message>
        <source>Undo everything else and keep these records as they are now, or cancel and leave everything as it is.</source>
        <translation>復原其餘所有內容並保留這些紀錄的目前狀態，或取消並維持原狀。</translation>
    </message>
    <message>
        <source>Undo the rest, keep changed records</source>
        <translation>復原其餘部分，保留已變更的紀錄</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <source>Look up contacts, companies, deals… (Ctrl+K)</source>
        <extracomment>The typing pause before a search. Short, because a search takes under a millisecond even at 100,000 contacts and the issue's target is &lt;= 100 ms from keystroke to results.</extracomment>
        <translation>查詢聯絡人、公司、商機…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>找不到結果</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>New &amp;Contact…</source>
        <translation>新增聯絡人(&amp;C)…</translation>
    </message>
    <message>
        <source>New Co&amp;mpany…</source>
        <translation>新增公司(&amp;M)…</translation>
    </message>
    <message>
        <source>Schedule &amp;Call…</source>
        <translation>安排電話(&amp;C)…</translation>
    </message>
    <message>
        <source>Schedule &amp;Meeting…</source>
        <translation>安排會議(&amp;M)…</translation>
    </message>
    <message>
        <source>Schedule &amp;To-do…</source>
        <translation>安排待辦事項(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>立即鎖定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>變更密語(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>尋找重複項目(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Compact Database…</source>
        <translation>壓縮資料庫(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>關於 crmdesk(&amp;A)</translation>
    </message>
    <message>
        <source>Add a new contact</source>
        <translation>新增一位聯絡人</translation>
    </message>
    <message>
        <source>Schedule a call</source>
        <translation>安排一通電話</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>安排一場會議</translation>
    </message>
    <message>
        <source>Schedule a to-do</source>
        <translation>安排一項待辦事項</translation>
    </message>
    <message>
        <source>Give the free space inside the database file back to the disk</source>
        <translation>將資料庫檔案內的可用空間歸還給磁碟</translation>
    </message>
    <message>
        <source>Close the database until the passphrase is entered again</source>
        <translation>關閉資料庫，直到再次輸入密語</translation>
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
        <translation>就緒</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>活動(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>尋找重複項目</translation>
    </message>
    <message>
        <source>%1 is not available in this build yet.</source>
        <translation>此版本尚未提供%1。</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>密語已變更。</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>關於 crmdesk</translation>
    </message>
    <message>
        <source>crmdesk %1: contacts and sales, kept encrypted on this computer.</source>
        <translation>crmdesk %1：聯絡人與銷售資料，加密保存在這台電腦上。</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+{0} more</source>
        <translation>還有 {0} 項</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Write a note…</source>
        <translation>撰寫備註…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>新增備註(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OpportunityList</name>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏得</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失去</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何狀態</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>任何階段</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>階段(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>OpportunityTableModel</name>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>機率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏得</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失去</translation>
    </message>
</context>
<context>
    <name>OpportunityView</name>
    <message>
        <source>Stage:</source>
        <translation>階段：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>預計成交：</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>安排電話(&amp;C)…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏得</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失去</translation>
    </message>
    <message>
        <source>%1 at %2% probability</source>
        <translation>%1，機率 %2%</translation>
    </message>
</context>
<context>
    <name>OwnerLine</name>
    <message>
        <source>Owner: someone outside your directory</source>
        <translation>負責人：不在您通訊錄中的人</translation>
    </message>
    <message>
        <source>Owner: {name} (me)</source>
        <translation>負責人：{name}（我）</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>負責人：{name}</translation>
    </message>
</context>
<context>
    <name>OwnerScopeBox</name>
    <message>
        <source>S&amp;how:</source>
        <translation>顯示(&amp;H)：</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的團隊</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Move to stage</source>
        <translation>移至階段(&amp;M)</translation>
    </message>
    <message>
        <source>Mark as &amp;won…</source>
        <translation>標記為贏得(&amp;W)…</translation>
    </message>
    <message>
        <source>Mark as &amp;lost…</source>
        <translation>標記為失去(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>&amp;Board</source>
        <translation>看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>清單(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>預測(&amp;F)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>%1 is not available in this build yet.</source>
        <translation>此版本尚未提供%1。</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign</source>
        <extracomment>A reassignment moves the customer's whole tree: every kind of record may change owner.</extracomment>
        <translation>轉交</translation>
    </message>
    <message numerus="yes">
        <source>Give %n record(s), with their history, to:</source>
        <translation><numerusform>將 %n 筆紀錄連同其歷史轉交給：</numerusform></translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>轉交(&amp;R)</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name}（我）</translation>
    </message>
    <message>
        <source>Owns these records now</source>
        <translation>目前是這些紀錄的負責人</translation>
    </message>
    <message>
        <source>Could not reassign: {0}</source>
        <translation>無法轉交：{0}</translation>
    </message>
    <message>
        <source>Reassign &amp;to…</source>
        <translation>轉交給(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to find…</source>
        <translation>輸入以尋找…</translation>
    </message>
</context>
<context>
    <name>RefusedList</name>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已變更</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>時間(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ScheduledList</name>
    <message>
        <source>When</source>
        <extracomment>text whose line is as tall as any the records hold: Thai marks above and below, CJK</extracomment>
        <translation>時間</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>主旨</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The chosen language code ("" follows the system); the shell re-installs translators.</extracomment>
        <translation>設定</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>與系統相同</translation>
    </message>
    <message>
        <source>Year-month-day ({0})</source>
        <translation>年-月-日（{0}）</translation>
    </message>
    <message>
        <source>Day/month/year ({0})</source>
        <translation>日/月/年（{0}）</translation>
    </message>
    <message>
        <source>Month/day/year ({0})</source>
        <translation>月/日/年（{0}）</translation>
    </message>
    <message>
        <source>Day/month/Buddhist Era year ({0})</source>
        <translation>日/月/佛曆年（{0}）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Off (only Sync Now)</source>
        <translation>關閉（僅手動立即同步）</translation>
    </message>
    <message>
        <source>How often crmdesk syncs with the office server by itself.</source>
        <translation>crmdesk 自動與辦公室伺服器同步的頻率。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期格式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>幣別(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>閒置後鎖定(&amp;L)：</translation>
    </message>
    <message>
        <source>Daily &amp;backup at:</source>
        <translation>每日備份時間(&amp;B)：</translation>
    </message>
    <message>
        <source>Sync &amp;automatically every:</source>
        <translation>自動同步間隔(&amp;A)：</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>銷售階段</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自訂欄位</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as THB, TWD or USD.</source>
        <translation>幣別是三個字母的代碼，例如 THB、TWD 或 USD。</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>{stage} ({count})</source>
        <translation>{stage}（{count}）</translation>
    </message>
    <message>
        <source>{total}
weighted {weighted}</source>
        <translation>{total}
加權 {weighted}</translation>
    </message>
    <message>
        <source>No open deals</source>
        <translation>沒有進行中的商機</translation>
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
        <translation>階段</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>機率 %</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>新增階段(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新階段</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Not connected to an office server</source>
        <translation>未連線至辦公室伺服器</translation>
    </message>
    <message>
        <source>Office server not contacted yet</source>
        <translation>尚未聯絡辦公室伺服器</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent later</source>
        <translation>離線：變更會保留，稍後傳送</translation>
    </message>
    <message>
        <source>Certificate changed: sync stopped</source>
        <translation>憑證已變更：同步已停止</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失敗</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>上次同步：{0}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>從未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n 項變更等待傳送</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation><numerusform>%n 項衝突待檢視</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation><numerusform>%n 項變更遭拒</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The user name or password is wrong; nothing was changed.</source>
        <translation>使用者名稱或密碼錯誤；未做任何變更。</translation>
    </message>
    <message>
        <source>The office server no longer accepts this computer: its access was revoked. Connect to the office server again.</source>
        <translation>辦公室伺服器已不再接受這台電腦：其存取權已被撤銷。請重新連線到辦公室伺服器。</translation>
    </message>
    <message>
        <source>This computer is registered to another user on the office server, or its access was revoked. Connect to the office server again.</source>
        <translation>這台電腦在辦公室伺服器上已登記給其他使用者，或其存取權已被撤銷。請重新連線到辦公室伺服器。</translation>
    </message>
    <message>
        <source>Your user account on the office server is disabled; ask your administrator.</source>
        <translation>您在辦公室伺服器上的使用者帳戶已停用；請洽詢系統管理員。</translation>
    </message>
    <message>
        <source>The office server did not accept the sign-in; connect to it again.</source>
        <translation>辦公室伺服器不接受此登入；請重新連線。</translation>
    </message>
    <message>
        <source>This office server needs a newer crmdesk; please update crmdesk.</source>
        <translation>此辦公室伺服器需要較新版本的 crmdesk；請更新 crmdesk。</translation>
    </message>
    <message>
        <source>This computer is already syncing with the office server; try again in a moment.</source>
        <translation>這台電腦已在與辦公室伺服器同步；請稍後再試。</translation>
    </message>
    <message>
        <source>The sync was interrupted; it starts again at the next sync.</source>
        <translation>同步已中斷；將在下次同步時重新開始。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts; wait a few minutes, then try again.</source>
        <translation>登入嘗試次數過多；請稍候幾分鐘再試。</translation>
    </message>
    <message>
        <source>Your role on the office server does not allow this.</source>
        <translation>您在辦公室伺服器上的角色不允許此操作。</translation>
    </message>
    <message>
        <source>This database is older than what this computer already sent (it was restored from a backup); sync again to continue.</source>
        <translation>此資料庫比這台電腦已送出的資料舊（是從備份還原的）；請再次同步以繼續。</translation>
    </message>
    <message>
        <source>The office server answered with an error ({0}); try again later.</source>
        <translation>辦公室伺服器回應錯誤（{0}）；請稍後再試。</translation>
    </message>
    <message>
        <source>The office server address must start with https:// (sync never uses unencrypted connections).</source>
        <translation>辦公室伺服器位址必須以 https:// 開頭（同步絕不使用未加密的連線）。</translation>
    </message>
    <message>
        <source>The office server sent an answer crmdesk does not understand.</source>
        <translation>辦公室伺服器傳回了 crmdesk 無法理解的回應。</translation>
    </message>
    <message>
        <source>The certificate was not accepted; nothing was sent.</source>
        <translation>未接受此憑證；未送出任何資料。</translation>
    </message>
    <message>
        <source>The office server presented no certificate.</source>
        <translation>辦公室伺服器未提供憑證。</translation>
    </message>
    <message>
        <source>'{0}' is not a server address.</source>
        <translation>「{0}」不是伺服器位址。</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network and the server's address; your changes stay on this computer.</source>
        <translation>無法連線到辦公室伺服器。請檢查網路與伺服器位址；您的變更仍保留在這台電腦上。</translation>
    </message>
    <message>
        <source>The office server's certificate has changed, so nothing was sent: someone may be intercepting the connection. Connect again only if your administrator replaced it.</source>
        <translation>辦公室伺服器的憑證已變更，因此未送出任何資料：可能有人正在攔截連線。只有在系統管理員更換了憑證時才重新連線。</translation>
    </message>
    <message>
        <source>This computer has no usable keyring to keep the sign-in in. Install or unlock one (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain), then connect again.</source>
        <translation>此電腦沒有可用的金鑰圈來保存登入資訊。請安裝或解鎖一個（GNOME Keyring、KWallet、Windows 認證管理員或 macOS 鑰匙圈），然後再次連線。</translation>
    </message>
    <message>
        <source>This computer's database was busy or full, so sync stopped; nothing was changed. It goes on once other crmdesk windows or imports are done or disk space is freed.</source>
        <translation>這台電腦的資料庫忙碌中或已滿，因此同步已停止；未做任何變更。待其他 crmdesk 視窗或匯入完成，或釋出磁碟空間後，同步會繼續。</translation>
    </message>
    <message>
        <source>Sign in to the office server again: no sign-in is stored.</source>
        <translation>請重新登入辦公室伺服器：未儲存任何登入資訊。</translation>
    </message>
    <message>
        <source>This database is not connected to an office server.</source>
        <translation>此資料庫未連線到辦公室伺服器。</translation>
    </message>
    <message>
        <source>The database is being restored from a backup or compacted; try again in a moment.</source>
        <translation>資料庫正在從備份還原或正在壓縮；請稍後再試。</translation>
    </message>
    <message>
        <source>The database is open in another crmdesk window or command. Close it, then try again; nothing was changed.</source>
        <translation>資料庫已在另一個 crmdesk 視窗或命令中開啟。請先關閉它再試一次；未做任何變更。</translation>
    </message>
    <message>
        <source>The customer this belongs to was given to someone else, so it was not sent.</source>
        <translation>此項目所屬的客戶已轉交給其他人，因此未送出。</translation>
    </message>
    <message>
        <source>Your role does not allow giving records to someone else.</source>
        <translation>您的角色不允許將記錄轉交給其他人。</translation>
    </message>
    <message>
        <source>Your role does not allow deleting this many records at once.</source>
        <translation>您的角色不允許一次刪除這麼多筆記錄。</translation>
    </message>
    <message>
        <source>You may not change this record.</source>
        <translation>您不能變更此記錄。</translation>
    </message>
    <message>
        <source>Another change made together with this one was refused.</source>
        <translation>與此變更一起進行的另一項變更被拒絕。</translation>
    </message>
    <message>
        <source>The record is not on the office server (it was never sent, or was deleted long ago).</source>
        <translation>辦公室伺服器上沒有此記錄（從未送出，或很久以前已刪除）。</translation>
    </message>
    <message>
        <source>Your role does not allow deleting more than {0} records within {1} minutes; try again later or ask your manager.</source>
        <translation>您的角色不允許在 {1} 分鐘內刪除超過 {0} 筆記錄；請稍後再試或洽詢您的主管。</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Connect to Office Server…</source>
        <translation>連線至辦公室伺服器(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts…</source>
        <translation>檢視衝突(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Due</source>
        <extracomment>Rows with a Complete button; more would make the page slow to build (each is a widget).</extracomment>
        <translation>到期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>With</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>安排電話(&amp;C)…</translation>
    </message>
    <message>
        <source>Schedule &amp;meeting…</source>
        <translation>安排會議(&amp;M)…</translation>
    </message>
    <message>
        <source>Schedule &amp;to-do…</source>
        <translation>安排待辦事項(&amp;T)…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) due</source>
        <translation><numerusform>%n 項活動到期</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n 項已逾期</numerusform></translation>
    </message>
    <message>
        <source>Nothing due today. Enjoy!</source>
        <translation>今天沒有到期的事項，祝您愉快！</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2, oldest first.</source>
        <translation>顯示 %2 項中最早的 %1 項。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>UndoPrompt</name>
    <message>
        <source>edited after the import</source>
        <extracomment>How many changed records the prompt names; the rest are counted ("and 12 more").</extracomment>
        <translation>匯入後經過編輯</translation>
    </message>
    <message>
        <source>has activities</source>
        <translation>有活動</translation>
    </message>
    <message>
        <source>has deals</source>
        <translation>有交易</translation>
    </message>
    <message>
        <source>has notes written after the import</source>
        <translation>有匯入後寫的備註</translation>
    </message>
    <message>
        <source>has contacts from outside the import</source>
        <translation>有不屬於此次匯入的聯絡人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock crmdesk</source>
        <translation>解鎖 crmdesk</translation>
    </message>
    <message>
        <source>crmdesk was locked. Enter your passphrase to continue.</source>
        <translation>crmdesk 已鎖定。請輸入密語以繼續。</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your contacts.</source>
        <translation>請輸入密語以開啟您的聯絡人。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密語</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>在這台電腦上記住(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>請輸入您的密語。</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>正在檢查密語…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>密語不正確。請檢查 Caps Lock 後再試一次。</translation>
    </message>
    <message>
        <source>The database could not be opened: {0}</source>
        <translation>無法開啟資料庫：{0}</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>same email</source>
        <translation>電子郵件相同</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>電話號碼相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
</context>
<context>
    <name>field_checks</name>
    <message>
        <source>A name is required.</source>
        <translation>必須填寫名稱。</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>這不是有效的電子郵件地址（name@example.com）。</translation>
    </message>
    <message>
        <source>This is not a valid phone number (add the country code, e.g. +66).</source>
        <translation>這不是有效的電話號碼（請加上國碼，例如 +886）。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>The passphrase must be at least {0} characters long.</source>
        <translation>密語至少需要 {0} 個字元。</translation>
    </message>
    <message>
        <source>The passphrase cannot be only spaces.</source>
        <translation>密語不能只有空格。</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>太短：請至少使用 8 個字元。</translation>
    </message>
    <message>
        <source>Weak: a longer phrase of several words is safer.</source>
        <translation>弱：由數個詞組成的較長片語更安全。</translation>
    </message>
    <message>
        <source>Fair: longer is stronger.</source>
        <translation>普通：越長越安全。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>強。</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something went wrong: {0}</source>
        <extracomment>Emitted on the UI thread after any change was committed (a ``Changes`` value).</extracomment>
        <translation>發生錯誤：{0}</translation>
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
        <translation>今天</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>行事曆</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>Backup &amp; Restore</source>
        <translation>備份與還原</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Scheduling is not available yet.</source>
        <translation>目前尚無法安排活動。</translation>
    </message>
</context>
<context>
    <name>record_tabs</name>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>rights_gate</name>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Delete in bulk</source>
        <translation>大量刪除</translation>
    </message>
    <message>
        <source>Reassign records</source>
        <translation>轉交紀錄</translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation>團隊儀表板</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>管理使用者</translation>
    </message>
    <message>
        <source>Your role does not include the right “{right}”. The office admin can grant it.</source>
        <translation>您的角色沒有「{right}」權限，可請辦公室管理員授予。</translation>
    </message>
    <message>
        <source>Deleting more than {count} records at once needs the right “{right}”, which your role does not include.</source>
        <translation>一次刪除超過 {count} 筆紀錄需要「{right}」權限，您的角色沒有此權限。</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Demo data added.</source>
        <translation>已加入示範資料。</translation>
    </message>
    <message>
        <source>Demo data could not be added.</source>
        <translation>無法加入示範資料。</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自訂欄位</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Adding demo data…</source>
        <translation>正在加入示範資料…</translation>
    </message>
</context>
</TS>
