<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Schedule activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is it about?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Regarding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;larm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;tails:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what the activity is about.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlarmDialog</name>
    <message>
        <source>Alarms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{time}  {kind} with {who}: {regarding}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{time}  {kind}: {regarding}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlarmWatcher</name>
    <message>
        <source>crmdesk alarm</source>
        <extracomment>Emitted with the AlarmDialog when alarms are shown. Re-emitted from the dialog's "open record" (entity, id).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Compact Database…</source>
        <extracomment>The database was replaced by a backup (a ``RestoreResult``): reopen it and reload. The user asked to compact the database (from the free-space hint).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the default folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also back up when crmdesk closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} of the database file ({1}%) is free space that every backup copies. Compacting the database gives it back to the disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup folder: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No successful backup yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last successful backup: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no backup yet. Back up now to protect your data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last successful backup is more than 2 days old. Back up now, and check that the backup folder is available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying {0}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} is complete and sound: it can be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace all current data by the backup of {0}? The current database is kept in the data folder first. crmdesk reloads afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was restored; crmdesk reloads.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup failed: {0}</source>
        <extracomment>The Backup page warns when the newest good backup is older than this. A backup began (any thread; delivered on the UI thread). A backup succeeded: a ``BackupOutcome``. A backup failed: the message to show (the previous backups are untouched). A restore replaced the database (a ``RestoreResult``): the shell must reopen it.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Schedule here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>{regarding} ({who})</source>
        <extracomment>An activity was dragged to a new start (activity id, aware datetime). An empty slot was double-clicked (aware datetime to schedule at). An activity was double-clicked (its ActivityRecord).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confirm new passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the key file is rewritten; your data stays as it is. Backups made before now still open with the old passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please enter your current passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase could not be changed: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Mark as won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why did we win “{0}”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why did we lose “{0}”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompactDialog</name>
    <message>
        <source>Compact Database</source>
        <extracomment>The database was compacted (a ``CompactResult``).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measuring the free space in the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file ({0}) has no free space to give back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compacting frees about {0} of the {1} database file ({2}% of it is free space that every backup copies). It rewrites the whole file and takes a while, about a minute for each GB; crmdesk cannot be used meanwhile. Compact now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup is being made. Compact the database after it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compacting the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database was compacted: {0} before, {1} now ({2} given back to the disk).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough free disk space to compact the database: it needs {0}, the disk has {1}. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is already being compacted; wait until it is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be compacted: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>&amp;New Company…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation><numerusform>%n company</numerusform><numerusform>%n companies</numerusform></translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1”? Its contacts are kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompanyHeaderEditor</name>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompanyView</name>
    <message>
        <source>Edit &amp;here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change name, industry, website, phone and email here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened? (e.g. left a message)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule a &amp;follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind} with {who}: {regarding}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind}: {regarding}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;Reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring back the deleted record with your edits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both versions are kept; nothing to choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes the office server refused:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation><numerusform>%n conflict to review</numerusform><numerusform>%n conflicts to review</numerusform></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(edited, then deleted elsewhere)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Office Server</source>
        <extracomment>Connected and pinned: the pinned fingerprint (shown form).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://server:8443</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This fingerprint matches what my administrator sees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only if your administrator replaced it: the new fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can close this window: the next sync finishes preparing your records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the certificate to see its fingerprint before connecting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the server's certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):
{0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: this server's certificate has changed. It was {0} and is now {1}. Someone may be intercepting the connection, so nothing was sent. Do not connect unless your administrator replaced the certificate and gave you the new fingerprint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing your records for the office server… {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected; the certificate is pinned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: the server's certificate is not the one you checked or pinned. Someone may be intercepting the connection, so nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer has no usable keyring to keep the sign-in in. Install or unlock one (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain), then connect again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected, but preparing your records for the office server stopped because this computer's database was busy or full. Nothing is lost: the next sync goes on from where it stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting stopped because this computer's database was busy or full; nothing was changed. Connect again once other crmdesk windows or imports are done or disk space is freed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <extracomment>The user chose to open this existing contact instead of adding a look-alike. The new contact was saved and should be merged with this existing one: (existing, new).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. สมชาย ใจดี, 王小明, Jane Smith</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comma separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Province / state:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <source>Edit &amp;here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change name, job title, phones and emails here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule &amp;meeting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a number to copy it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No custom fields are defined (see Settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved lookup:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message>
        <source>Tag contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags to add (comma separated):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete contacts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? This cannot be undone here.</source>
        <translation><numerusform>Delete %n contact? This cannot be undone here.</numerusform><numerusform>Delete %n contacts? This cannot be undone here.</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choices, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes to custom fields are saved at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{label} ({type})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Pipeline by stage (million {currency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline by stage (thousand {currency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline by stage ({currency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won and lost per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities completed per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities completed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top open opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day}/{month}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline shown in {currency}; deals in {others} are not included.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>{weekday} {day}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DealList</name>
    <message>
        <source>Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n contact(s) like this one already exist. Is it the same person?</source>
        <translation><numerusform>A contact like this one already exists. Is it the same person?</numerusform><numerusform>%n contacts like this one already exist. Is it the same person?</numerusform></translation>
    </message>
    <message>
        <source>{contact} ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add this contact, then combine it with the selected one field by field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swap sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge into the kept contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo last merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails, phones, addresses, tags, notes, activities and deals of both contacts are kept on the merged contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} groups of possible duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>both kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged. You can undo it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The merged contact was edited after the merge, so nothing was undone yet. Undoing the rest brings the other contacts back with their activities, deals and notes; the edited contact stays as it is now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edited after the merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The merge was undone; the edited contact was kept as it is now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export contacts to vCard or CSV, or scheduled activities to iCalendar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vCard 3.0 (.vcf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vCard 4.0 (.vcf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, Google Contacts layout (.csv, UTF-8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, Outlook layout (.csv, UTF-8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar: scheduled activities (.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {count} selected contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts a saved lookup finds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export file (*{suffix})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a saved lookup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported {count} activities to {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server could not be reached; it was not told.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role does not allow exporting records. Nothing was exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full. Nothing was exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder {folder} cannot be written to. Nothing was exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be written ({reason}). Nothing was exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to crmdesk</source>
        <extracomment>Phone regions offered first; the system's region is added when missing.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your contacts are kept in an encrypted database on this computer. Choose a passphrase to protect it. Without it the data cannot be read, so keep it somewhere safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill with &amp;demo data to try things out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily &amp;backup at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;reate database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be created: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HeaderEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other email:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A vCard (.vcf) or CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New custom field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goes into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of the file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts (*.vcf *.csv *.txt);;All (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, separated by {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sure about the encoding: it could also be {0}. Pick the one whose preview shows the names correctly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recognised as a {0} export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown layout: check the column mapping on the next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(keep in a note)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>custom field: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} will be created, {1} updated, {2} skipped as duplicates, {3} companies created; {4} rows have errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the first {0} of the {1} errors are listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the first {0} of the {1} warnings are listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the first {0} of the {1} duplicates are listed; the others follow the choice for every duplicate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update the existing contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge (fill empty fields only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported: {0} created, {1} updated, {2} skipped, {3} errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import failed: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was undone.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) from this import were changed after it, so nothing was undone yet:</source>
        <translation><numerusform>%n record from this import was changed after it, so nothing was undone yet:</numerusform><numerusform>%n records from this import were changed after it, so nothing was undone yet:</numerusform></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was undone: {0} records removed, {1} put back as they were, {2} changed records kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was not undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeepChangedPrompt</name>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and {0} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo everything else and keep these records as they are now, or cancel and leave everything as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the rest, keep changed records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <source>Look up contacts, companies, deals… (Ctrl+K)</source>
        <extracomment>The typing pause before a search. Short, because a search takes under a millisecond even at 100,000 contacts and the issue's target is &lt;= 100 ms from keystroke to results.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>New &amp;Contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Co&amp;mpany…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule &amp;Call…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule &amp;Meeting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule &amp;To-do…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compact Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a new contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule a call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule a meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule a to-do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the free space inside the database file back to the disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the database until the passphrase is entered again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>crmdesk</source>
        <extracomment>The user chose another interface language ("" follows the system).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not available in this build yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About crmdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>crmdesk %1: contacts and sales, kept encrypted on this computer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+{0} more</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Write a note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityList</name>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityTableModel</name>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityView</name>
    <message>
        <source>Stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2% probability</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OwnerLine</name>
    <message>
        <source>Owner: someone outside your directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner: {name} (me)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OwnerScopeBox</name>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Move to stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;won…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;lost…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>%1 is not available in this build yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign</source>
        <extracomment>A reassignment moves the customer's whole tree: every kind of record may change owner.</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Give %n record(s), with their history, to:</source>
        <translation><numerusform>Give %n record, with its history, to:</numerusform><numerusform>Give %n records, with their history, to:</numerusform></translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} (me)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owns these records now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reassign: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reassign &amp;to…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to find…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefusedList</name>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScheduledList</name>
    <message>
        <source>When</source>
        <extracomment>text whose line is as tall as any the records hold: Thai marks above and below, CJK</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regarding</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The chosen language code ("" follows the system); the shell re-installs translators.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year-month-day ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day/month/year ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month/day/year ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day/month/Buddhist Era year ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off (only Sync Now)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How often crmdesk syncs with the office server by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily &amp;backup at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync &amp;automatically every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A currency is a three-letter code such as THB, TWD or USD.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>{stage} ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{total}
weighted {weighted}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{amount} · {probability}%</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StagesEditor</name>
    <message>
        <source>Stage</source>
        <extracomment>Minutes between automatic syncs with the office server; 0: only "Sync now".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to an office server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office server not contacted yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline: changes are kept and sent later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate changed: sync stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n change waiting to be sent</numerusform><numerusform>%n changes waiting to be sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation><numerusform>%n conflict to review</numerusform><numerusform>%n conflicts to review</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation><numerusform>%n change refused</numerusform><numerusform>%n changes refused</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The user name or password is wrong; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server no longer accepts this computer: its access was revoked. Connect to the office server again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer is registered to another user on the office server, or its access was revoked. Connect to the office server again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your user account on the office server is disabled; ask your administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server did not accept the sign-in; connect to it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This office server needs a newer crmdesk; please update crmdesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer is already syncing with the office server; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sync was interrupted; it starts again at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many sign-in attempts; wait a few minutes, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role on the office server does not allow this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database is older than what this computer already sent (it was restored from a backup); sync again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server answered with an error ({0}); try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server address must start with https:// (sync never uses unencrypted connections).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server sent an answer crmdesk does not understand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate was not accepted; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server presented no certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{0}' is not a server address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server cannot be reached. Check the network and the server's address; your changes stay on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server's certificate has changed, so nothing was sent: someone may be intercepting the connection. Connect again only if your administrator replaced it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer has no usable keyring to keep the sign-in in. Install or unlock one (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain), then connect again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer's database was busy or full, so sync stopped; nothing was changed. It goes on once other crmdesk windows or imports are done or disk space is freed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to the office server again: no sign-in is stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database is not connected to an office server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is being restored from a backup or compacted; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is open in another crmdesk window or command. Close it, then try again; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer this belongs to was given to someone else, so it was not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role does not allow giving records to someone else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role does not allow deleting this many records at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may not change this record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another change made together with this one was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record is not on the office server (it was never sent, or was deleted long ago).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role does not allow deleting more than {0} records within {1} minutes; try again later or ask your manager.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Connect to Office Server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Review Conflicts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message>
        <source>All day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Due</source>
        <extracomment>Rows with a Complete button; more would make the page slow to build (each is a widget).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule &amp;call…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule &amp;meeting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule &amp;to-do…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n activity(ies) due</source>
        <translation><numerusform>%n activity due</numerusform><numerusform>%n activities due</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message>
        <source>Nothing due today. Enjoy!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the first %1 of %2, oldest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoPrompt</name>
    <message>
        <source>edited after the import</source>
        <extracomment>How many changed records the prompt names; the rest are counted ("and 12 more").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has notes written after the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has contacts from outside the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock crmdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>crmdesk was locked. Enter your passphrase to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your passphrase to open your contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be opened: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>same email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>field_checks</name>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid phone number (add the country code, e.g. +66).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>The passphrase must be at least {0} characters long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase cannot be only spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weak: a longer phrase of several words is safer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fair: longer is stronger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Something went wrong: {0}</source>
        <extracomment>Emitted on the UI thread after any change was committed (a ``Changes`` value).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>crmdesk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup &amp; Restore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Scheduling is not available yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>record_tabs</name>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>rights_gate</name>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete in bulk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reassign records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manage users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role does not include the right “{right}”. The office admin can grant it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting more than {count} records at once needs the right “{right}”, which your role does not include.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Demo data added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo data could not be added.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Adding demo data…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
