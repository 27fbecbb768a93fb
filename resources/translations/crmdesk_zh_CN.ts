<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Schedule activity</source>
        <translation>安排活动</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>主题是什么？</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
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
        <translation>开启</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Regarding:</source>
        <translation>主题(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;larm:</source>
        <translation>提醒(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>公司(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation>商机(&amp;P)：</translation>
    </message>
    <message>
        <source>De&amp;tails:</source>
        <translation>详细信息(&amp;T)：</translation>
    </message>
    <message>
        <source>Say what the activity is about.</source>
        <translation>请说明这项活动的主题。</translation>
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
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>稍后提醒(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>打开记录(&amp;O)</translation>
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
        <translation>关闭(&amp;D)</translation>
    </message>
    <message>
        <source>{time}  {kind} with {who}: {regarding}</source>
        <translation>{time}  与{who}的{kind}：{regarding}</translation>
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
        <translation>压缩数据库…</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>更改文件夹…</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>使用默认文件夹</translation>
    </message>
    <message>
        <source>Also back up when crmdesk closes</source>
        <translation>关闭 crmdesk 时也备份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>还原…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>{0} of the database file ({1}%) is free space that every backup copies. Compacting the database gives it back to the disk.</source>
        <translation>数据库文件中有 {0}（{1}%）是每次备份都会复制的空闲空间。压缩数据库可将其归还给磁盘。</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份用文件夹</translation>
    </message>
    <message>
        <source>Backup folder: {0}</source>
        <translation>备份文件夹：{0}</translation>
    </message>
    <message>
        <source>No successful backup yet.</source>
        <translation>尚无成功的备份。</translation>
    </message>
    <message>
        <source>Last successful backup: {0}</source>
        <translation>上次成功备份：{0}</translation>
    </message>
    <message>
        <source>There is no backup yet. Back up now to protect your data.</source>
        <translation>目前还没有备份。请立即备份以保护您的数据。</translation>
    </message>
    <message>
        <source>The last successful backup is more than 2 days old. Back up now, and check that the backup folder is available.</source>
        <translation>上次成功的备份已超过 2 天。请立即备份，并确认备份文件夹可用。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Verifying {0}…</source>
        <translation>正在验证 {0}…</translation>
    </message>
    <message>
        <source>{0} is complete and sound: it can be restored.</source>
        <translation>{0} 完整无误，可以还原。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>已备份到 {0}。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>还原备份</translation>
    </message>
    <message>
        <source>Replace all current data by the backup of {0}? The current database is kept in the data folder first. crmdesk reloads afterwards.</source>
        <translation>要用 {0} 的备份替换当前所有数据吗？当前数据库会先保存在数据文件夹中，之后 crmdesk 会重新加载。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在还原…</translation>
    </message>
    <message>
        <source>The backup was restored; crmdesk reloads.</source>
        <translation>备份已还原；crmdesk 将重新加载。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup failed: {0}</source>
        <extracomment>The Backup page warns when the newest good backup is older than this. A backup began (any thread; delivered on the UI thread). A backup succeeded: a ``BackupOutcome``. A backup failed: the message to show (the previous backups are untouched). A restore replaced the database (a ``RestoreResult``): the shell must reopen it.</extracomment>
        <translation>备份失败：{0}</translation>
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
        <translation>周(&amp;W)</translation>
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
        <translation>上一页</translation>
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
        <translation>下一页</translation>
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
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>当前密码短语(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新密码短语(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Confirm new passphrase:</source>
        <translation>确认新密码短语(&amp;C)：</translation>
    </message>
    <message>
        <source>Only the key file is rewritten; your data stays as it is. Backups made before now still open with the old passphrase.</source>
        <translation>只会重写密钥文件，数据本身不变。此前的备份仍需用旧密码短语打开。</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>更改(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please enter your current passphrase.</source>
        <translation>请输入当前密码短语。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>正在更改密码短语…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>密码短语不正确。请检查 Caps Lock 后重试。</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {0}</source>
        <translation>无法更改密码短语：{0}</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Mark as won</source>
        <translation>标记为赢单</translation>
    </message>
    <message>
        <source>Why did we win “{0}”?</source>
        <translation>为什么赢得“{0}”？</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Product fit</source>
        <translation>产品契合度</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>标记为丢单</translation>
    </message>
    <message>
        <source>Why did we lose “{0}”?</source>
        <translation>为什么丢掉“{0}”？</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>未做决定</translation>
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
        <translation>压缩数据库</translation>
    </message>
    <message>
        <source>Measuring the free space in the database…</source>
        <translation>正在计算数据库中的空闲空间…</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The database file ({0}) has no free space to give back.</source>
        <translation>数据库文件（{0}）没有可归还的空闲空间。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Compacting frees about {0} of the {1} database file ({2}% of it is free space that every backup copies). It rewrites the whole file and takes a while, about a minute for each GB; crmdesk cannot be used meanwhile. Compact now?</source>
        <translation>压缩约可释放 {1} 数据库文件中的 {0}（其中 {2}% 是每次备份都会复制的空闲空间）。这会重写整个文件，需要一段时间，每 GB 约一分钟；期间无法使用 crmdesk。要立即压缩吗？</translation>
    </message>
    <message>
        <source>A backup is being made. Compact the database after it has finished.</source>
        <translation>正在进行备份。请在备份完成后再压缩数据库。</translation>
    </message>
    <message>
        <source>Compacting the database…</source>
        <translation>正在压缩数据库…</translation>
    </message>
    <message>
        <source>The database was compacted: {0} before, {1} now ({2} given back to the disk).</source>
        <translation>数据库已压缩：原为 {0}，现为 {1}（归还磁盘 {2}）。</translation>
    </message>
    <message>
        <source>Not enough free disk space to compact the database: it needs {0}, the disk has {1}. Free some space and try again; nothing was changed.</source>
        <translation>磁盘空闲空间不足，无法压缩数据库：需要 {0}，磁盘只有 {1}。请释放一些空间后再试；未做任何更改。</translation>
    </message>
    <message>
        <source>The database is already being compacted; wait until it is done.</source>
        <translation>数据库正在压缩中，请等待完成。</translation>
    </message>
    <message>
        <source>The database could not be compacted: {0}</source>
        <translation>无法压缩数据库：{0}</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>&amp;New Company…</source>
        <translation>新建公司(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation><numerusform>%n 家公司</numerusform></translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>删除公司</translation>
    </message>
    <message>
        <source>Delete “%1”? Its contacts are kept.</source>
        <translation>要删除“%1”吗？其联系人会保留。</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit company</source>
        <translation>编辑公司</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>新建公司</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
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
        <translation>国家／地区：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景资料(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>CompanyHeaderEditor</name>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
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
        <translation>行业</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
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
        <translation>就地编辑(&amp;H)</translation>
    </message>
    <message>
        <source>Change name, industry, website, phone and email here</source>
        <translation>在此修改名称、行业、网站、电话和电子邮件</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>安排电话(&amp;C)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete activity</source>
        <translation>完成活动</translation>
    </message>
    <message>
        <source>What happened? (e.g. left a message)</source>
        <translation>结果如何？（例如：已留言）</translation>
    </message>
    <message>
        <source>Schedule a &amp;follow-up</source>
        <translation>安排后续跟进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>完成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>{kind} with {who}: {regarding}</source>
        <translation>与{who}的{kind}：{regarding}</translation>
    </message>
    <message>
        <source>{kind}: {regarding}</source>
        <translation>{kind}：{regarding}</translation>
    </message>
    <message>
        <source>Follow-up: {0}</source>
        <translation>后续跟进：{0}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Sync Conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Kept now</source>
        <translation>当前保留</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation>标记为已查看(&amp;R)</translation>
    </message>
    <message>
        <source>Bring back the deleted record with your edits</source>
        <translation>以您的编辑恢复已删除的记录</translation>
    </message>
    <message>
        <source>Both versions are kept; nothing to choose</source>
        <translation>两个版本都会保留；无需选择</translation>
    </message>
    <message>
        <source>Changes the office server refused:</source>
        <translation>办公室服务器拒绝的更改：</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation><numerusform>%n 项冲突待查看</numerusform></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>(edited, then deleted elsewhere)</source>
        <translation>（已编辑，但在别处被删除）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <extracomment>Connected and pinned: the pinned fingerprint (shown form).</extracomment>
        <translation>连接到办公室服务器</translation>
    </message>
    <message>
        <source>https://server:8443</source>
        <translation>https://server:8443</translation>
    </message>
    <message>
        <source>Check &amp;Certificate</source>
        <translation>检查证书(&amp;C)</translation>
    </message>
    <message>
        <source>This fingerprint matches what my administrator sees</source>
        <translation>此指纹与管理员看到的一致</translation>
    </message>
    <message>
        <source>Only if your administrator replaced it: the new fingerprint</source>
        <translation>仅在管理员更换证书时：新的指纹</translation>
    </message>
    <message>
        <source>You can close this window: the next sync finishes preparing your records.</source>
        <translation>您可以关闭此窗口：下次同步时会完成数据准备。</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Check the certificate to see its fingerprint before connecting.</source>
        <translation>连接前请先检查证书以查看其指纹。</translation>
    </message>
    <message>
        <source>Checking the server's certificate…</source>
        <translation>正在检查服务器证书…</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):
{0}</source>
        <translation>证书指纹（SHA-256）：
{0}</translation>
    </message>
    <message>
        <source>Warning: this server's certificate has changed. It was {0} and is now {1}. Someone may be intercepting the connection, so nothing was sent. Do not connect unless your administrator replaced the certificate and gave you the new fingerprint.</source>
        <translation>警告：此服务器的证书已更改，原为 {0}，现为 {1}。可能有人拦截连接，因此没有发送任何数据。除非管理员更换了证书并提供新的指纹，否则请勿连接。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Preparing your records for the office server… {0} of {1}</source>
        <translation>正在为办公室服务器准备您的数据…（{0} / {1}）</translation>
    </message>
    <message>
        <source>Connected; the certificate is pinned.</source>
        <translation>已连接；证书已固定。</translation>
    </message>
    <message>
        <source>Warning: the server's certificate is not the one you checked or pinned. Someone may be intercepting the connection, so nothing was sent.</source>
        <translation>警告：服务器的证书不是您检查或固定的那一个。可能有人拦截连接，因此没有发送任何数据。</translation>
    </message>
    <message>
        <source>This computer has no usable keyring to keep the sign-in in. Install or unlock one (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain), then connect again.</source>
        <translation>此电脑没有可用的密钥环来保存登录信息。请安装或解锁一个（GNOME Keyring、KWallet、Windows 凭据管理器或 macOS 钥匙串），然后再次连接。</translation>
    </message>
    <message>
        <source>Connected, but preparing your records for the office server stopped because this computer's database was busy or full. Nothing is lost: the next sync goes on from where it stopped.</source>
        <translation>已连接，但这台电脑的数据库正忙或已满，为办公室服务器准备数据的操作已停止。数据不会丢失：下次同步会从停止处继续。</translation>
    </message>
    <message>
        <source>Connecting stopped because this computer's database was busy or full; nothing was changed. Connect again once other crmdesk windows or imports are done or disk space is freed.</source>
        <translation>这台电脑的数据库正忙或已满，因此连接已停止，没有任何更改。请在其他 crmdesk 窗口或导入完成、或释放磁盘空间后再连接。</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>发生错误：{0}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <extracomment>The user chose to open this existing contact instead of adding a look-alike. The new contact was saved and should be merged with this existing one: (existing, new).</extracomment>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>e.g. สมชาย ใจดี, 王小明, Jane Smith</source>
        <translation>例如：王小明、สมชาย ใจดี、Jane Smith</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>以逗号分隔</translation>
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
        <translation>职务(&amp;J)：</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>公司(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Other email:</source>
        <translation>其他电子邮件：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
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
        <translation>省／州：</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>邮政编码：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家／地区：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
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
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <translation>就地编辑(&amp;H)</translation>
    </message>
    <message>
        <source>Change name, job title, phones and emails here</source>
        <translation>在此修改姓名、职务、电话和电子邮件</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>安排电话(&amp;C)…</translation>
    </message>
    <message>
        <source>Schedule &amp;meeting…</source>
        <translation>安排会议(&amp;M)…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <source>Add &amp;tag</source>
        <translation>添加标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation>移除标签(&amp;R)</translation>
    </message>
    <message>
        <source>call</source>
        <translation>拨打</translation>
    </message>
    <message>
        <source>Click a number to copy it</source>
        <translation>单击号码即可复制</translation>
    </message>
    <message>
        <source>No custom fields are defined (see Settings).</source>
        <translation>尚未定义自定义字段（请参见设置）。</translation>
    </message>
    <message>
        <source>Save fields</source>
        <translation>保存字段</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;New Contact…</source>
        <translation>新建联系人(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>安排电话(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Saved lookup:</source>
        <translation>已保存的查询：</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>%n 位联系人</numerusform></translation>
    </message>
    <message>
        <source>Tag contacts</source>
        <translation>为联系人加标签</translation>
    </message>
    <message>
        <source>Tags to add (comma separated):</source>
        <translation>要添加的标签（以逗号分隔）：</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>删除联系人</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? This cannot be undone here.</source>
        <translation><numerusform>要删除 %n 位联系人吗？此操作无法在此撤销。</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>字段名称</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>复选框</translation>
    </message>
    <message>
        <source>Choices, separated by commas</source>
        <translation>选项，以逗号分隔</translation>
    </message>
    <message>
        <source>A&amp;dd field</source>
        <translation>添加字段(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move field</source>
        <translation>移除字段(&amp;M)</translation>
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
        <translation>字段适用于：</translation>
    </message>
    <message>
        <source>Changes to custom fields are saved at once.</source>
        <translation>自定义字段的更改会立即保存。</translation>
    </message>
    <message>
        <source>{label} ({type})</source>
        <translation>{label}（{type}）</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>请为字段命名。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Pipeline by stage (million {currency})</source>
        <translation>各阶段销售管道（百万 {currency}）</translation>
    </message>
    <message>
        <source>Pipeline by stage (thousand {currency})</source>
        <translation>各阶段销售管道（千 {currency}）</translation>
    </message>
    <message>
        <source>Pipeline by stage ({currency})</source>
        <translation>各阶段销售管道（{currency}）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <source>Won and lost per month</source>
        <translation>每月赢单与丢单</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Activities completed per week</source>
        <translation>每周完成的活动</translation>
    </message>
    <message>
        <source>Activities completed</source>
        <translation>已完成活动</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Top open opportunities</source>
        <translation>进行中的主要商机</translation>
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
        <translation>销售管道以 {currency} 显示；不包含以 {others} 计价的商机。</translation>
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
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) like this one already exist. Is it the same person?</source>
        <translation><numerusform>已有 %n 位类似的联系人。是同一个人吗？</numerusform></translation>
    </message>
    <message>
        <source>{contact} ({reason})</source>
        <translation>{contact}（{reason}）</translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation>打开现有联系人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Merge with it</source>
        <translation>与其合并(&amp;M)</translation>
    </message>
    <message>
        <source>Add this contact, then combine it with the selected one field by field</source>
        <translation>先添加此联系人，再逐字段与所选联系人合并</translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation>仍然添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>返回编辑(&amp;B)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate contacts</source>
        <translation>重复的联系人</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复项</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
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
        <translation>交换左右</translation>
    </message>
    <message>
        <source>Merge into the kept contact</source>
        <translation>合并到保留的联系人</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>撤销上次合并</translation>
    </message>
    <message>
        <source>Emails, phones, addresses, tags, notes, activities and deals of both contacts are kept on the merged contact.</source>
        <translation>两位联系人的电子邮件、电话、地址、标签、备注、活动和商机都会保留在合并后的联系人中。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>{0} groups of possible duplicates</source>
        <translation>{0} 组可能重复的项</translation>
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
        <translation>职务</translation>
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
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>kept contact</source>
        <translation>保留的联系人</translation>
    </message>
    <message>
        <source>other contact</source>
        <translation>另一位联系人</translation>
    </message>
    <message>
        <source>both kept</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <source>Merged. You can undo it.</source>
        <translation>已合并，您可以撤销。</translation>
    </message>
    <message>
        <source>The merged contact was edited after the merge, so nothing was undone yet. Undoing the rest brings the other contacts back with their activities, deals and notes; the edited contact stays as it is now.</source>
        <translation>合并后的联系人在合并后经过编辑，因此尚未撤销任何内容。撤销其余部分会恢复其他联系人及其活动、交易与备注；已编辑的联系人保持当前状态。</translation>
    </message>
    <message>
        <source>edited after the merge</source>
        <translation>合并后经过编辑</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>正在撤销合并…</translation>
    </message>
    <message>
        <source>The merge was undone; the edited contact was kept as it is now.</source>
        <translation>已撤销合并；已编辑的联系人保持当前状态。</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>已撤销合并。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export contacts to vCard or CSV, or scheduled activities to iCalendar</source>
        <translation>将联系人导出为 vCard 或 CSV，或将已安排的活动导出为 iCalendar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
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
        <translation>CSV，Google 通讯录格式（.csv，UTF-8）</translation>
    </message>
    <message>
        <source>CSV, Outlook layout (.csv, UTF-8)</source>
        <translation>CSV，Outlook 格式（.csv，UTF-8）</translation>
    </message>
    <message>
        <source>iCalendar: scheduled activities (.ics)</source>
        <translation>iCalendar：已安排的活动（.ics）</translation>
    </message>
    <message>
        <source>The {count} selected contacts</source>
        <translation>所选的 {count} 位联系人</translation>
    </message>
    <message>
        <source>Contacts a saved lookup finds:</source>
        <translation>已保存查询找到的联系人：</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>所有联系人</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Export file (*{suffix})</source>
        <translation>导出文件（*{suffix}）</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Choose a saved lookup.</source>
        <translation>请选择已保存的查询。</translation>
    </message>
    <message>
        <source>Exported {count} activities to {file}.</source>
        <translation>已将 {count} 项活动导出到 {file}。</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation>已将 {count} 位联系人导出到 {file}。</translation>
    </message>
    <message>
        <source>The office server could not be reached; it was not told.</source>
        <translation>无法连接办公室服务器，因此未上报此次导出。</translation>
    </message>
    <message>
        <source>Your role does not allow exporting records. Nothing was exported.</source>
        <translation>您的角色不允许导出记录，未导出任何数据。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was exported.</source>
        <translation>磁盘已满，未导出任何数据。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to. Nothing was exported.</source>
        <translation>无法写入文件夹 {folder}，未导出任何数据。</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}). Nothing was exported.</source>
        <translation>无法写入文件（{reason}），未导出任何数据。</translation>
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>出现错误：{reason}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to crmdesk</source>
        <extracomment>Phone regions offered first; the system's region is added when missing.</extracomment>
        <translation>欢迎使用 crmdesk</translation>
    </message>
    <message>
        <source>Your contacts are kept in an encrypted database on this computer. Choose a passphrase to protect it. Without it the data cannot be read, so keep it somewhere safe.</source>
        <translation>您的联系人保存在这台电脑上的加密数据库中。请设置一个密码短语来保护它。没有密码短语就无法读取数据，请妥善保管。</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed)</source>
        <translation>在这台电脑上记住（无需输入密码短语）(&amp;R)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>与系统相同</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data to try things out</source>
        <translation>填入演示数据以便试用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>确认密码短语(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>电话地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Daily &amp;backup at:</source>
        <translation>每日备份时间(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;reate database</source>
        <translation>创建数据库(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>正在创建加密数据库…</translation>
    </message>
    <message>
        <source>The database could not be created: {0}</source>
        <translation>无法创建数据库：{0}</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
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
        <translation>职务(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Other email:</source>
        <translation>其他电子邮件：</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A vCard (.vcf) or CSV file</source>
        <translation>vCard（.vcf）或 CSV 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>此映射的名称</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>已保存的映射：</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Preview of the file:</source>
        <translation>文件预览：</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>对每个重复项：</translation>
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
        <translation>操作</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销此次导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.csv *.txt);;All (*)</source>
        <translation>联系人 (*.vcf *.csv *.txt);;全部 (*)</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>发生错误：{0}</translation>
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
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>CSV, separated by {0}</source>
        <translation>CSV，以{0}分隔</translation>
    </message>
    <message>
        <source>Not sure about the encoding: it could also be {0}. Pick the one whose preview shows the names correctly.</source>
        <translation>无法确定编码：也可能是 {0}。请选择预览中名称显示正确的那一个。</translation>
    </message>
    <message>
        <source>Recognised as a {0} export</source>
        <translation>识别为 {0} 导出文件</translation>
    </message>
    <message>
        <source>Unknown layout: check the column mapping on the next page</source>
        <translation>无法识别的布局：请在下一页检查列映射</translation>
    </message>
    <message>
        <source>(keep in a note)</source>
        <translation>（保留在备注中）</translation>
    </message>
    <message>
        <source>custom field: {0}</source>
        <translation>自定义字段：{0}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>{0} will be created, {1} updated, {2} skipped as duplicates, {3} companies created; {4} rows have errors.</source>
        <translation>将新建 {0}、更新 {1}、跳过重复 {2}、创建 {3} 家公司；{4} 行有错误。</translation>
    </message>
    <message>
        <source>Only the first {0} of the {1} errors are listed.</source>
        <translation>仅列出 {1} 个错误中的前 {0} 个。</translation>
    </message>
    <message>
        <source>Only the first {0} of the {1} warnings are listed.</source>
        <translation>仅列出 {1} 个警告中的前 {0} 个。</translation>
    </message>
    <message>
        <source>Only the first {0} of the {1} duplicates are listed; the others follow the choice for every duplicate.</source>
        <translation>仅列出 {1} 个重复项中的前 {0} 个；其余的按照“每个重复项”的选择处理。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Update the existing contact</source>
        <translation>更新现有联系人</translation>
    </message>
    <message>
        <source>Create a new contact</source>
        <translation>创建新联系人</translation>
    </message>
    <message>
        <source>Merge (fill empty fields only)</source>
        <translation>合并（仅填充空字段）</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: {0} created, {1} updated, {2} skipped, {3} errors.</source>
        <translation>已导入：新建 {0}、更新 {1}、跳过 {2}、错误 {3}。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何数据。</translation>
    </message>
    <message>
        <source>The import failed: nothing was imported.</source>
        <translation>导入失败：没有导入任何数据。</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>已撤销此次导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from this import were changed after it, so nothing was undone yet:</source>
        <translation><numerusform>此次导入的 %n 条记录在导入后有所更改，因此尚未撤销任何内容：</numerusform></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <source>The import was undone: {0} records removed, {1} put back as they were, {2} changed records kept.</source>
        <translation>已撤销导入：删除 {0} 条记录，{1} 条恢复原状，保留 {2} 条已更改的记录。</translation>
    </message>
    <message>
        <source>The import was not undone.</source>
        <translation>导入未被撤销。</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
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
        <translation>还有 {0} 条</translation>
    </message>
    <message>
        <source>Undo everything else and keep these records as they are now, or cancel and leave everything as it is.</source>
        <translation>撤销其余所有内容并保留这些记录的当前状态，或取消并保持原状。</translation>
    </message>
    <message>
        <source>Undo the rest, keep changed records</source>
        <translation>撤销其余部分，保留已更改的记录</translation>
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
        <translation>查询联系人、公司、商机…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>未找到结果</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>New &amp;Contact…</source>
        <translation>新建联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>New Co&amp;mpany…</source>
        <translation>新建公司(&amp;M)…</translation>
    </message>
    <message>
        <source>Schedule &amp;Call…</source>
        <translation>安排电话(&amp;C)…</translation>
    </message>
    <message>
        <source>Schedule &amp;Meeting…</source>
        <translation>安排会议(&amp;M)…</translation>
    </message>
    <message>
        <source>Schedule &amp;To-do…</source>
        <translation>安排待办事项(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>更改密码短语(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>查找重复项(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Compact Database…</source>
        <translation>压缩数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>关于 crmdesk(&amp;A)</translation>
    </message>
    <message>
        <source>Add a new contact</source>
        <translation>新建一位联系人</translation>
    </message>
    <message>
        <source>Schedule a call</source>
        <translation>安排一通电话</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation>安排一场会议</translation>
    </message>
    <message>
        <source>Schedule a to-do</source>
        <translation>安排一项待办事项</translation>
    </message>
    <message>
        <source>Give the free space inside the database file back to the disk</source>
        <translation>将数据库文件内的空闲空间归还给磁盘</translation>
    </message>
    <message>
        <source>Close the database until the passphrase is entered again</source>
        <translation>关闭数据库，直到再次输入密码短语</translation>
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
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>活动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复项</translation>
    </message>
    <message>
        <source>%1 is not available in this build yet.</source>
        <translation>此版本尚未提供%1。</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>密码短语已更改。</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>关于 crmdesk</translation>
    </message>
    <message>
        <source>crmdesk %1: contacts and sales, kept encrypted on this computer.</source>
        <translation>crmdesk %1：联系人与销售数据，加密保存在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+{0} more</source>
        <translation>还有 {0} 项</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Write a note…</source>
        <translation>写备注…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>添加备注(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OpportunityList</name>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>任何阶段</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>阶段(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>OpportunityTableModel</name>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
</context>
<context>
    <name>OpportunityView</name>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>预计成交：</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>安排电话(&amp;C)…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>%1 at %2% probability</source>
        <translation>%1，概率 %2%</translation>
    </message>
</context>
<context>
    <name>OwnerLine</name>
    <message>
        <source>Owner: someone outside your directory</source>
        <translation>负责人：不在您通讯录中的人</translation>
    </message>
    <message>
        <source>Owner: {name} (me)</source>
        <translation>负责人：{name}（我）</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
</context>
<context>
    <name>OwnerScopeBox</name>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的团队</translation>
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
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Move to stage</source>
        <translation>移至阶段(&amp;M)</translation>
    </message>
    <message>
        <source>Mark as &amp;won…</source>
        <translation>标记为赢单(&amp;W)…</translation>
    </message>
    <message>
        <source>Mark as &amp;lost…</source>
        <translation>标记为丢单(&amp;L)…</translation>
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
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>预测(&amp;F)</translation>
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
        <translation>转交</translation>
    </message>
    <message numerus="yes">
        <source>Give %n record(s), with their history, to:</source>
        <translation><numerusform>将 %n 条记录连同其历史转交给：</numerusform></translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>转交(&amp;R)</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name}（我）</translation>
    </message>
    <message>
        <source>Owns these records now</source>
        <translation>目前是这些记录的负责人</translation>
    </message>
    <message>
        <source>Could not reassign: {0}</source>
        <translation>无法转交：{0}</translation>
    </message>
    <message>
        <source>Reassign &amp;to…</source>
        <translation>转交给(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
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
        <translation>输入以查找…</translation>
    </message>
</context>
<context>
    <name>RefusedList</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
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
        <translation>时间(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ScheduledList</name>
    <message>
        <source>When</source>
        <extracomment>text whose line is as tall as any the records hold: Thai marks above and below, CJK</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The chosen language code ("" follows the system); the shell re-installs translators.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>与系统相同</translation>
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
        <translation>日/月/佛历年（{0}）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off (only Sync Now)</source>
        <translation>关闭（仅手动立即同步）</translation>
    </message>
    <message>
        <source>How often crmdesk syncs with the office server by itself.</source>
        <translation>crmdesk 自动与办公室服务器同步的频率。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期格式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>空闲后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>Daily &amp;backup at:</source>
        <translation>每日备份时间(&amp;B)：</translation>
    </message>
    <message>
        <source>Sync &amp;automatically every:</source>
        <translation>自动同步间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as THB, TWD or USD.</source>
        <translation>币种是三个字母的代码，例如 THB、CNY 或 USD。</translation>
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
加权 {weighted}</translation>
    </message>
    <message>
        <source>No open deals</source>
        <translation>没有进行中的商机</translation>
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
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>概率 %</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>添加阶段(&amp;A)</translation>
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
        <translation>新阶段</translation>
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
        <translation>未连接到办公室服务器</translation>
    </message>
    <message>
        <source>Office server not contacted yet</source>
        <translation>尚未联系办公室服务器</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent later</source>
        <translation>离线：更改会保留，稍后发送</translation>
    </message>
    <message>
        <source>Certificate changed: sync stopped</source>
        <translation>证书已更改：同步已停止</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>上次同步：{0}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n 项更改等待发送</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation><numerusform>%n 项冲突待查看</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation><numerusform>%n 项更改被拒绝</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The user name or password is wrong; nothing was changed.</source>
        <translation>用户名或密码错误；未做任何更改。</translation>
    </message>
    <message>
        <source>The office server no longer accepts this computer: its access was revoked. Connect to the office server again.</source>
        <translation>办公室服务器已不再接受这台电脑：其访问权限已被撤销。请重新连接到办公室服务器。</translation>
    </message>
    <message>
        <source>This computer is registered to another user on the office server, or its access was revoked. Connect to the office server again.</source>
        <translation>这台电脑在办公室服务器上已登记给其他用户，或其访问权限已被撤销。请重新连接到办公室服务器。</translation>
    </message>
    <message>
        <source>Your user account on the office server is disabled; ask your administrator.</source>
        <translation>您在办公室服务器上的用户账户已停用；请咨询系统管理员。</translation>
    </message>
    <message>
        <source>The office server did not accept the sign-in; connect to it again.</source>
        <translation>办公室服务器不接受此登录；请重新连接。</translation>
    </message>
    <message>
        <source>This office server needs a newer crmdesk; please update crmdesk.</source>
        <translation>此办公室服务器需要较新版本的 crmdesk；请更新 crmdesk。</translation>
    </message>
    <message>
        <source>This computer is already syncing with the office server; try again in a moment.</source>
        <translation>这台电脑已在与办公室服务器同步；请稍后再试。</translation>
    </message>
    <message>
        <source>The sync was interrupted; it starts again at the next sync.</source>
        <translation>同步已中断；将在下次同步时重新开始。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts; wait a few minutes, then try again.</source>
        <translation>登录尝试次数过多；请等待几分钟后再试。</translation>
    </message>
    <message>
        <source>Your role on the office server does not allow this.</source>
        <translation>您在办公室服务器上的角色不允许此操作。</translation>
    </message>
    <message>
        <source>This database is older than what this computer already sent (it was restored from a backup); sync again to continue.</source>
        <translation>此数据库比这台电脑已发送的数据旧（是从备份还原的）；请再次同步以继续。</translation>
    </message>
    <message>
        <source>The office server answered with an error ({0}); try again later.</source>
        <translation>办公室服务器返回错误（{0}）；请稍后再试。</translation>
    </message>
    <message>
        <source>The office server address must start with https:// (sync never uses unencrypted connections).</source>
        <translation>办公室服务器地址必须以 https:// 开头（同步绝不使用未加密的连接）。</translation>
    </message>
    <message>
        <source>The office server sent an answer crmdesk does not understand.</source>
        <translation>办公室服务器返回了 crmdesk 无法理解的响应。</translation>
    </message>
    <message>
        <source>The certificate was not accepted; nothing was sent.</source>
        <translation>未接受此证书；未发送任何数据。</translation>
    </message>
    <message>
        <source>The office server presented no certificate.</source>
        <translation>办公室服务器未提供证书。</translation>
    </message>
    <message>
        <source>'{0}' is not a server address.</source>
        <translation>“{0}”不是服务器地址。</translation>
    </message>
    <message>
        <source>The office server cannot be reached. Check the network and the server's address; your changes stay on this computer.</source>
        <translation>无法连接到办公室服务器。请检查网络和服务器地址；您的更改仍保留在这台电脑上。</translation>
    </message>
    <message>
        <source>The office server's certificate has changed, so nothing was sent: someone may be intercepting the connection. Connect again only if your administrator replaced it.</source>
        <translation>办公室服务器的证书已更改，因此未发送任何数据：可能有人正在拦截连接。只有在系统管理员更换了证书时才重新连接。</translation>
    </message>
    <message>
        <source>This computer has no usable keyring to keep the sign-in in. Install or unlock one (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain), then connect again.</source>
        <translation>此电脑没有可用的密钥环来保存登录信息。请安装或解锁一个（GNOME Keyring、KWallet、Windows 凭据管理器或 macOS 钥匙串），然后再次连接。</translation>
    </message>
    <message>
        <source>This computer's database was busy or full, so sync stopped; nothing was changed. It goes on once other crmdesk windows or imports are done or disk space is freed.</source>
        <translation>这台电脑的数据库繁忙或已满，因此同步已停止；未做任何更改。待其他 crmdesk 窗口或导入完成，或释放磁盘空间后，同步会继续。</translation>
    </message>
    <message>
        <source>Sign in to the office server again: no sign-in is stored.</source>
        <translation>请重新登录办公室服务器：未保存任何登录信息。</translation>
    </message>
    <message>
        <source>This database is not connected to an office server.</source>
        <translation>此数据库未连接到办公室服务器。</translation>
    </message>
    <message>
        <source>The database is being restored from a backup or compacted; try again in a moment.</source>
        <translation>数据库正在从备份还原或正在压缩；请稍后再试。</translation>
    </message>
    <message>
        <source>The database is open in another crmdesk window or command. Close it, then try again; nothing was changed.</source>
        <translation>数据库已在另一个 crmdesk 窗口或命令中打开。请先关闭它再试一次；未做任何更改。</translation>
    </message>
    <message>
        <source>The customer this belongs to was given to someone else, so it was not sent.</source>
        <translation>此项目所属的客户已转交给其他人，因此未发送。</translation>
    </message>
    <message>
        <source>Your role does not allow giving records to someone else.</source>
        <translation>您的角色不允许将记录转交给其他人。</translation>
    </message>
    <message>
        <source>Your role does not allow deleting this many records at once.</source>
        <translation>您的角色不允许一次删除这么多条记录。</translation>
    </message>
    <message>
        <source>You may not change this record.</source>
        <translation>您不能更改此记录。</translation>
    </message>
    <message>
        <source>Another change made together with this one was refused.</source>
        <translation>与此更改一起进行的另一项更改被拒绝。</translation>
    </message>
    <message>
        <source>The record is not on the office server (it was never sent, or was deleted long ago).</source>
        <translation>办公室服务器上没有此记录（从未发送，或很久以前已删除）。</translation>
    </message>
    <message>
        <source>Your role does not allow deleting more than {0} records within {1} minutes; try again later or ask your manager.</source>
        <translation>您的角色不允许在 {1} 分钟内删除超过 {0} 条记录；请稍后再试或咨询您的经理。</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Connect to Office Server…</source>
        <translation>连接到办公室服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts…</source>
        <translation>查看冲突(&amp;R)…</translation>
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
        <translation>类型</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation>安排电话(&amp;C)…</translation>
    </message>
    <message>
        <source>Schedule &amp;meeting…</source>
        <translation>安排会议(&amp;M)…</translation>
    </message>
    <message>
        <source>Schedule &amp;to-do…</source>
        <translation>安排待办事项(&amp;T)…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) due</source>
        <translation><numerusform>%n 项活动到期</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n 项已逾期</numerusform></translation>
    </message>
    <message>
        <source>Nothing due today. Enjoy!</source>
        <translation>今天没有到期的事项，祝您愉快！</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2, oldest first.</source>
        <translation>显示 %2 项中最早的 %1 项。</translation>
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
        <translation>导入后经过编辑</translation>
    </message>
    <message>
        <source>has activities</source>
        <translation>有活动</translation>
    </message>
    <message>
        <source>has deals</source>
        <translation>有交易</translation>
    </message>
    <message>
        <source>has notes written after the import</source>
        <translation>有导入后写的备注</translation>
    </message>
    <message>
        <source>has contacts from outside the import</source>
        <translation>有不属于此次导入的联系人</translation>
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
        <translation>解锁 crmdesk</translation>
    </message>
    <message>
        <source>crmdesk was locked. Enter your passphrase to continue.</source>
        <translation>crmdesk 已锁定。请输入密码短语以继续。</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your contacts.</source>
        <translation>请输入密码短语以打开您的联系人。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>在这台电脑上记住(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>请输入您的密码短语。</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>正在检查密码短语…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>密码短语不正确。请检查 Caps Lock 后重试。</translation>
    </message>
    <message>
        <source>The database could not be opened: {0}</source>
        <translation>无法打开数据库：{0}</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>same email</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>电话号码相同</translation>
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
        <translation>必须填写名称。</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>这不是有效的电子邮件地址（name@example.com）。</translation>
    </message>
    <message>
        <source>This is not a valid phone number (add the country code, e.g. +66).</source>
        <translation>这不是有效的电话号码（请加上国家代码，例如 +86）。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>The passphrase must be at least {0} characters long.</source>
        <translation>密码短语至少需要 {0} 个字符。</translation>
    </message>
    <message>
        <source>The passphrase cannot be only spaces.</source>
        <translation>密码短语不能只有空格。</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>太短：请至少使用 8 个字符。</translation>
    </message>
    <message>
        <source>Weak: a longer phrase of several words is safer.</source>
        <translation>弱：由几个词组成的较长短语更安全。</translation>
    </message>
    <message>
        <source>Fair: longer is stronger.</source>
        <translation>一般：越长越安全。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something went wrong: {0}</source>
        <extracomment>Emitted on the UI thread after any change was committed (a ``Changes`` value).</extracomment>
        <translation>发生错误：{0}</translation>
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
        <translation>联系人</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Backup &amp; Restore</source>
        <translation>备份与还原</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Scheduling is not available yet.</source>
        <translation>目前尚无法安排活动。</translation>
    </message>
</context>
<context>
    <name>record_tabs</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
        <translation>导出</translation>
    </message>
    <message>
        <source>Delete in bulk</source>
        <translation>批量删除</translation>
    </message>
    <message>
        <source>Reassign records</source>
        <translation>转交记录</translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation>团队仪表板</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>Your role does not include the right “{right}”. The office admin can grant it.</source>
        <translation>您的角色没有“{right}”权限，可请办公室管理员授予。</translation>
    </message>
    <message>
        <source>Deleting more than {count} records at once needs the right “{right}”, which your role does not include.</source>
        <translation>一次删除超过 {count} 条记录需要“{right}”权限，您的角色没有此权限。</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Demo data added.</source>
        <translation>已添加演示数据。</translation>
    </message>
    <message>
        <source>Demo data could not be added.</source>
        <translation>无法添加演示数据。</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Adding demo data…</source>
        <translation>正在添加演示数据…</translation>
    </message>
</context>
</TS>
