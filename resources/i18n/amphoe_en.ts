<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityForm</name>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Value (baht)</source>
        <translation>Value (baht)</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Record an activity</source>
        <translation>Record an activity</translation>
    </message>
    <message>
        <source>Entered in TPMAP Logbook</source>
        <translation>Entered in TPMAP Logbook</translation>
    </message>
    <message>
        <source>For plan item</source>
        <translation>For plan item</translation>
    </message>
    <message>
        <source>Remedy menu</source>
        <translation>Remedy menu</translation>
    </message>
    <message>
        <source>Cash amount (baht)</source>
        <translation>Cash amount (baht)</translation>
    </message>
    <message>
        <source>In-kind value (baht)</source>
        <translation>In-kind value (baht)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation>Save activity</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(not from the plan)</source>
        <translation>(not from the plan)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Select an activity first.</source>
        <translation>Select an activity first.</translation>
    </message>
</context>
<context>
    <name>AgenciesEditor</name>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <source>(%1 households)</source>
        <translation>(%1 households)</translation>
    </message>
</context>
<context>
    <name>AnalysisForm</name>
    <message>
        <source>Household members who took part</source>
        <translation>Household members who took part</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Way out</source>
        <translation>Way out</translation>
    </message>
    <message>
        <source>New analysis</source>
        <translation>New analysis</translation>
    </message>
    <message>
        <source>Save analysis</source>
        <translation>Save analysis</translation>
    </message>
    <message>
        <source>Earlier analyses (choose one to edit it)</source>
        <translation>Earlier analyses (choose one to edit it)</translation>
    </message>
    <message>
        <source>Editing the analysis of %1</source>
        <translation>Editing the analysis of %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Human capital</source>
        <translation>Human capital</translation>
    </message>
    <message>
        <source>Physical capital</source>
        <translation>Physical capital</translation>
    </message>
    <message>
        <source>Economic capital</source>
        <translation>Economic capital</translation>
    </message>
    <message>
        <source>Natural capital</source>
        <translation>Natural capital</translation>
    </message>
    <message>
        <source>Social capital</source>
        <translation>Social capital</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>Please choose the household's stage.</source>
        <translation>Please choose the household's stage.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Representative's position</source>
        <translation>Representative's position</translation>
    </message>
    <message>
        <source>Save attendance</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <source>Guest's name</source>
        <translation>Guest's name</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <source>Remove selected guest</source>
        <translation>Remove selected guest</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>The audit log was changed</source>
        <translation>The audit log was changed</translation>
    </message>
    <message>
        <source>Someone changed the audit log outside the program. Keep a backup of the database as it is now, and ask who holds the database's owner password.</source>
        <translation>Someone changed the audit log outside the program. Keep a backup of the database as it is now, and ask who holds the database's owner password.</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>%1 entries shown (newest first)</source>
        <translation>%1 entries shown (newest first)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>%1 entries exported to %2</source>
        <translation>%1 entries exported to %2</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>The program backs up the database by itself every %1 hours and when it closes, keeping %2 daily and %3 weekly copies on this PC in %4 (a folder only your Windows account can read; these copies are not encrypted). Make your own copy on a USB stick regularly too: it is encrypted with the office's backup password.</source>
        <translation>The program backs up the database by itself every %1 hours and when it closes, keeping %2 daily and %3 weekly copies on this PC in %4 (a folder only your Windows account can read; these copies are not encrypted). Make your own copy on a USB stick regularly too: it is encrypted with the office's backup password.</translation>
    </message>
    <message>
        <source>Back up now to a folder or USB stick…</source>
        <translation>Back up now to a folder or USB stick…</translation>
    </message>
    <message>
        <source>Restore from a backup file…</source>
        <translation>Restore from a backup file…</translation>
    </message>
    <message>
        <source>Only the administrator may restore a backup.</source>
        <translation>Only the administrator may restore a backup.</translation>
    </message>
    <message>
        <source>Automatic backups (newest first)</source>
        <translation>Automatic backups (newest first)</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>No automatic backup yet.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <source>The backup is encrypted with the office's backup password (set by the administrator):</source>
        <translation>The backup is encrypted with the office's backup password (set by the administrator):</translation>
    </message>
    <message>
        <source>Type the backup password again:</source>
        <translation>Type the backup password again:</translation>
    </message>
    <message>
        <source>The two passwords differ, so no backup was made.</source>
        <translation>The two passwords differ, so no backup was made.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Nothing was written or replaced.</source>
        <translation>Nothing was written or replaced.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Backups (*.zip *.sqlite3)</source>
        <translation>Backups (*.zip *.sqlite3)</translation>
    </message>
    <message>
        <source>%1 is encrypted. The office's backup password:</source>
        <translation>%1 is encrypted. The office's backup password:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Replace the whole database with %1 (%2 households)? A copy of the current database is kept in the backups folder first.</source>
        <translation>Replace the whole database with %1 (%2 households)? A copy of the current database is kept in the backups folder first.</translation>
    </message>
    <message>
        <source>Restored %1 (%2 households).</source>
        <translation>Restored %1 (%2 households).</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>The previous database was kept as %1.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>CaseworkPage</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Logbook entry queue</source>
        <translation>Logbook entry queue</translation>
    </message>
    <message>
        <source>Escalated to province</source>
        <translation>Escalated to province</translation>
    </message>
    <message>
        <source>Programmes and nominations</source>
        <translation>Programmes and nominations</translation>
    </message>
    <message>
        <source>Agencies and remedy menu</source>
        <translation>Agencies and remedy menu</translation>
    </message>
</context>
<context>
    <name>CataloguesTab</name>
    <message>
        <source>Remedy menu</source>
        <translation>Remedy menu</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
</context>
<context>
    <name>CircularDialog</name>
    <message>
        <source>Register a circular</source>
        <translation>Register a circular</translation>
    </message>
    <message>
        <source>Edit circular</source>
        <translation>Edit circular</translation>
    </message>
    <message>
        <source>The province asks for full national ID numbers</source>
        <translation>The province asks for full national ID numbers</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(no meeting)</translation>
    </message>
    <message>
        <source>Number (ที่)</source>
        <translation>Number (ที่)</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Concerns meeting</source>
        <translation>Concerns meeting</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Add a deadline</translation>
    </message>
    <message>
        <source>Households this circular concerns</source>
        <translation>Households this circular concerns</translation>
    </message>
    <message>
        <source>Choose households…</source>
        <translation>Choose households…</translation>
    </message>
    <message>
        <source>Linked households</source>
        <translation>Linked households</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
</context>
<context>
    <name>CloseEscalationDialog</name>
    <message>
        <source>Close the escalation</source>
        <translation>Close the escalation</translation>
    </message>
    <message>
        <source>What the province did, or why the case is closed</source>
        <translation>What the province did, or why the case is closed</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved first</source>
        <translation>Someone else saved first</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Your version (not saved, v%1)</source>
        <translation>Your version (not saved, v%1)</translation>
    </message>
    <message>
        <source>Saved now (v%1)</source>
        <translation>Saved now (v%1)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <source>Highlighted rows differ. Nothing was overwritten. Choose what to keep.</source>
        <translation>Highlighted rows differ. Nothing was overwritten. Choose what to keep.</translation>
    </message>
    <message>
        <source>Highlighted rows differ. Nothing was overwritten: reload the record and edit again.</source>
        <translation>Highlighted rows differ. Nothing was overwritten: reload the record and edit again.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Save my choice</source>
        <translation>Save my choice</translation>
    </message>
</context>
<context>
    <name>ConnectionLine</name>
    <message>
        <source>Cannot reach the database server… trying again</source>
        <translation>Cannot reach the database server… trying again</translation>
    </message>
    <message>
        <source>The connection broke while saving. Checked now: saved.</source>
        <translation>The connection broke while saving. Checked now: saved.</translation>
    </message>
    <message>
        <source>The connection broke while saving. Checked now: not saved; please save again.</source>
        <translation>The connection broke while saving. Checked now: not saved; please save again.</translation>
    </message>
    <message>
        <source>Amphoe Desk</source>
        <translation>Amphoe Desk</translation>
    </message>
    <message>
        <source>The database is in use by another program… waiting</source>
        <translation>The database is in use by another program… waiting</translation>
    </message>
</context>
<context>
    <name>CoverLetter</name>
    <message>
        <source>Fields not filled in</source>
        <translation>Fields not filled in</translation>
    </message>
    <message>
        <source>Go ahead anyway?</source>
        <translation>Go ahead anyway?</translation>
    </message>
</context>
<context>
    <name>CoverLetterPreviewDialog</name>
    <message>
        <source>Cover letter: %1</source>
        <translation>Cover letter: %1</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Preparing the pages…</translation>
    </message>
    <message>
        <source>Letter number %1 (taken earlier, kept until the letter is sent).</source>
        <translation>Letter number %1 (taken earlier, kept until the letter is sent).</translation>
    </message>
    <message>
        <source>No number yet: the register gives one when you save or print (next free number now: %1).</source>
        <translation>No number yet: the register gives one when you save or print (next free number now: %1).</translation>
    </message>
    <message>
        <source>Writing the cover letter…</source>
        <translation>Writing the cover letter…</translation>
    </message>
    <message>
        <source>Saved as letter number %1: %2</source>
        <translation>Saved as letter number %1: %2</translation>
    </message>
    <message>
        <source>Printed as letter number %1.</source>
        <translation>Printed as letter number %1.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Amphoe Desk hit an error it did not expect. Your saved data is safe. Please copy this report and send it to whoever supports the program.</source>
        <translation>Amphoe Desk hit an error it did not expect. Your saved data is safe. Please copy this report and send it to whoever supports the program.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>DeadlineLine</name>
    <message>
        <source>What is due</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Preparing the pages…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as DOCX…</source>
        <translation>Save as DOCX…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>The document could not be prepared.</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>DueReminder</name>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Submissions to the province that are due soon or overdue:</source>
        <translation>Submissions to the province that are due soon or overdue:</translation>
    </message>
</context>
<context>
    <name>EscalatedTab</name>
    <message>
        <source>Export the list for the province…</source>
        <translation>Export the list for the province…</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Escalated on</source>
        <translation>Escalated on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>Close escalation…</source>
        <translation>Close escalation…</translation>
    </message>
    <message>
        <source>The province has dealt with it: record the day and a note</source>
        <translation>The province has dealt with it: record the day and a note</translation>
    </message>
    <message>
        <source>%1 households escalated to the province</source>
        <translation>%1 households escalated to the province</translation>
    </message>
    <message>
        <source>Export the list for the province</source>
        <translation>Export the list for the province</translation>
    </message>
    <message>
        <source>%1 households exported to %2</source>
        <translation>%1 households exported to %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Escalate to the provincial centre</source>
        <translation>Escalate to the provincial centre</translation>
    </message>
    <message>
        <source>The household goes on the list for the province. Say why the district cannot solve it.</source>
        <translation>The household goes on the list for the province. Say why the district cannot solve it.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>No assistance for</source>
        <translation>No assistance for</translation>
    </message>
    <message>
        <source>Households with open plan items that are past due, or without any assistance for this many days. Double-click a household to open its casework.</source>
        <translation>Households with open plan items that are past due, or without any assistance for this many days. Double-click a household to open its casework.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation>Overdue items</translation>
    </message>
    <message>
        <source>Last assistance</source>
        <translation>Last assistance</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 households</translation>
    </message>
    <message>
        <source>Finding households to follow up…</source>
        <translation>Finding households to follow up…</translation>
    </message>
</context>
<context>
    <name>HouseholdCaseworkDialog</name>
    <message>
        <source>Household casework</source>
        <translation>Household casework</translation>
    </message>
</context>
<context>
    <name>HouseholdCaseworkTabs</name>
    <message>
        <source>4T analysis</source>
        <translation>4T analysis</translation>
    </message>
    <message>
        <source>Household plan</source>
        <translation>Household plan</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
</context>
<context>
    <name>HouseholdCaseworkWidget</name>
    <message>
        <source>Escalate to province…</source>
        <translation>Escalate to province…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>4T analysis</source>
        <translation>4T analysis</translation>
    </message>
    <message>
        <source>Capitals and stage</source>
        <translation>Capitals and stage</translation>
    </message>
    <message>
        <source>Household plan</source>
        <translation>Household plan</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Escalated to the province</source>
        <translation>Escalated to the province</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Address and targeting</source>
        <translation>Address and targeting</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>House no.</translation>
    </message>
    <message>
        <source>Village name</source>
        <translation>Village name</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>House code</source>
        <translation>House code</translation>
    </message>
    <message>
        <source>Village no.</source>
        <translation>Village no.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Income per person per year (baht)</source>
        <translation>Income per person per year (baht)</translation>
    </message>
    <message>
        <source>Holds a state welfare card</source>
        <translation>Holds a state welfare card</translation>
    </message>
    <message>
        <source>Vulnerable household</source>
        <translation>Vulnerable household</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Remove %1 from this household?</source>
        <translation>Remove %1 from this household?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>elderly</source>
        <translation>elderly</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>bedridden</source>
        <translation>bedridden</translation>
    </message>
    <message>
        <source>child</source>
        <translation>child</translation>
    </message>
</context>
<context>
    <name>HouseholdNominations</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in Logbook on</source>
        <translation>Checked in Logbook on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nominate for a programme…</source>
        <translation>Nominate for a programme…</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <source>Choose households</source>
        <translation>Choose households</translation>
    </message>
    <message>
        <source>Head's name, 13-digit national ID, house number or village</source>
        <translation>Head's name, 13-digit national ID, house number or village</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>House no. and village</source>
        <translation>House no. and village</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Type at least part of a name, an ID or a house number.</source>
        <translation>Type at least part of a name, an ID or a house number.</translation>
    </message>
    <message>
        <source>The first %1 households found; type more to narrow the list.</source>
        <translation>The first %1 households found; type more to narrow the list.</translation>
    </message>
    <message>
        <source>%1 households found</source>
        <translation>%1 households found</translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation>Choose a household in the list first.</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>House no.</translation>
    </message>
    <message>
        <source>Village no.</source>
        <translation>Village no.</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Income/person/year</source>
        <translation>Income/person/year</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>Loading households…</source>
        <translation>Loading households…</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>Import spreadsheet…</source>
        <translation>Import spreadsheet…</translation>
    </message>
    <message>
        <source>Export list to Excel…</source>
        <translation>Export list to Excel…</translation>
    </message>
    <message>
        <source>Print list (PDF)…</source>
        <translation>Print list (PDF)…</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>Open household</translation>
    </message>
    <message>
        <source>Merged by address…</source>
        <translation>Merged by address…</translation>
    </message>
    <message>
        <source>Nominate for a programme…</source>
        <translation>Nominate for a programme…</translation>
    </message>
    <message>
        <source>Import Logbook results…</source>
        <translation>Import Logbook results…</translation>
    </message>
    <message>
        <source>Search name, national ID or house number</source>
        <translation>Search name, national ID or house number</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Loading households…</source>
        <translation>Loading households…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Village %1</source>
        <translation>Village %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>Filtered from the overview: %1</source>
        <translation>Filtered from the overview: %1</translation>
    </message>
    <message>
        <source>no subdistrict</source>
        <translation>no subdistrict</translation>
    </message>
    <message>
        <source>programme no. %1</source>
        <translation>programme no. %1</translation>
    </message>
    <message>
        <source>stage not assessed</source>
        <translation>stage not assessed</translation>
    </message>
    <message>
        <source>stage: hardship</source>
        <translation>stage: hardship</translation>
    </message>
    <message>
        <source>stage: difficult</source>
        <translation>stage: difficult</translation>
    </message>
    <message>
        <source>stage: manageable</source>
        <translation>stage: manageable</translation>
    </message>
    <message>
        <source>stage: well</source>
        <translation>stage: well</translation>
    </message>
    <message>
        <source>with open plan items</source>
        <translation>with open plan items</translation>
    </message>
    <message>
        <source>with plan items done</source>
        <translation>with plan items done</translation>
    </message>
    <message>
        <source>with overdue plan items</source>
        <translation>with overdue plan items</translation>
    </message>
    <message>
        <source>in fiscal year %1</source>
        <translation>in fiscal year %1</translation>
    </message>
    <message>
        <source>with an activity %1 – %2</source>
        <translation>with an activity %1 – %2</translation>
    </message>
    <message>
        <source>activity entered in Logbook</source>
        <translation>activity entered in Logbook</translation>
    </message>
    <message>
        <source>activity not yet entered in Logbook</source>
        <translation>activity not yet entered in Logbook</translation>
    </message>
    <message>
        <source>%1 households shown</source>
        <translation>%1 households shown</translation>
    </message>
    <message>
        <source>%1 of %2 households shown</source>
        <translation>%1 of %2 households shown</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 selected</translation>
    </message>
    <message>
        <source>Select the households to nominate first.</source>
        <translation>Select the households to nominate first.</translation>
    </message>
    <message>
        <source>Export list to Excel</source>
        <translation>Export list to Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>Writing the list…</translation>
    </message>
    <message>
        <source>%1 households exported to %2</source>
        <translation>%1 households exported to %2</translation>
    </message>
    <message>
        <source>Print list (PDF)</source>
        <translation>Print list (PDF)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Amphoe Desk (locked)</source>
        <translation>Amphoe Desk (locked)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import households</source>
        <translation>Import households</translation>
    </message>
    <message>
        <source>An .xlsx, .xls or .csv file</source>
        <translation>An .xlsx, .xls or .csv file</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Saved mapping</translation>
    </message>
    <message>
        <source>What each column of the file holds (correct it if needed):</source>
        <translation>What each column of the file holds (correct it if needed):</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Name for this mapping, e.g. TPMAP 2567</source>
        <translation>Name for this mapping, e.g. TPMAP 2567</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>Import the valid rows and skip invalid ones</source>
        <translation>Import the valid rows and skip invalid ones</translation>
    </message>
    <message>
        <source>Shape: decided from the columns</source>
        <translation>Shape: decided from the columns</translation>
    </message>
    <message>
        <source>One row per household (the head)</source>
        <translation>One row per household (the head)</translation>
    </message>
    <message>
        <source>One row per person</source>
        <translation>One row per person</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>In file</source>
        <translation>In file</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>One household</source>
        <translation>One household</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Maybe the same household</source>
        <translation>Maybe the same household</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Automatic (by header names)</source>
        <translation>Automatic (by header names)</translation>
    </message>
    <message>
        <source>Choose a household spreadsheet</source>
        <translation>Choose a household spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Header found in row %1. Check the columns, then press Preview.</source>
        <translation>Header found in row %1. Check the columns, then press Preview.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Mapping saved as '%1'.</source>
        <translation>Mapping saved as '%1'.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Shape: decided from the columns (%1)</source>
        <translation>Shape: decided from the columns (%1)</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows listed under Problems, or tick 'skip invalid ones'.</source>
        <translation>Nothing was imported: fix the rows listed under Problems, or tick 'skip invalid ones'.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>Preview only: press Import to write these changes.</source>
        <translation>Preview only: press Import to write these changes.</translation>
    </message>
    <message>
        <source>Nothing to change: the register already holds this file.</source>
        <translation>Nothing to change: the register already holds this file.</translation>
    </message>
    <message>
        <source>kept the clerk's edit</source>
        <translation>kept the clerk's edit</translation>
    </message>
    <message>
        <source>updated from the file</source>
        <translation>updated from the file</translation>
    </message>
    <message>
        <source>Press Import to write with your choice, or Preview to see the new counts first.</source>
        <translation>Press Import to write with your choice, or Preview to see the new counts first.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>What the agenda says about this item</source>
        <translation>What the agenda says about this item</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>Save text</translation>
    </message>
    <message>
        <source>Household list</source>
        <translation>Household list</translation>
    </message>
    <message>
        <source>Build list</source>
        <translation>Build list</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Take selected households off the list</source>
        <translation>Take selected households off the list</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>Fiscal year </source>
        <translation>Fiscal year </translation>
    </message>
    <message>
        <source>Attach report</source>
        <translation>Attach report</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>Attach a file to this item</source>
        <translation>Attach a file to this item</translation>
    </message>
    <message>
        <source>Save a copy in</source>
        <translation>Save a copy in</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Hardship</source>
        <translation>Hardship</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>Difficult</translation>
    </message>
    <message>
        <source>Manageable</source>
        <translation>Manageable</translation>
    </message>
    <message>
        <source>Living well</source>
        <translation>Living well</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Handed to the province</source>
        <translation>Handed to the province</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Living conditions</source>
        <translation>Living conditions</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Access to public services</source>
        <translation>Access to public services</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Nominated</translation>
    </message>
    <message>
        <source>Checked in Logbook</source>
        <translation>Checked in Logbook</translation>
    </message>
    <message>
        <source>Approved by resolution</source>
        <translation>Approved by resolution</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Take a letter number</source>
        <translation>Take a letter number</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Due in the next 14 days and overdue</source>
        <translation>Due in the next 14 days and overdue</translation>
    </message>
    <message>
        <source>Register a circular…</source>
        <translation>Register a circular…</translation>
    </message>
    <message>
        <source>Edit circular…</source>
        <translation>Edit circular…</translation>
    </message>
    <message>
        <source>Close circular</source>
        <translation>Close circular</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Circulars from the province</source>
        <translation>Circulars from the province</translation>
    </message>
    <message>
        <source>Take the next letter number…</source>
        <translation>Take the next letter number…</translation>
    </message>
    <message>
        <source>Void number…</source>
        <translation>Void number…</translation>
    </message>
    <message>
        <source>Cover letter…</source>
        <translation>Cover letter…</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Outgoing letter register</source>
        <translation>Outgoing letter register</translation>
    </message>
    <message>
        <source>Nothing is due in the next 14 days.</source>
        <translation>Nothing is due in the next 14 days.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>Numbered</translation>
    </message>
    <message>
        <source>Letter number %1 voided; it will not be used again.</source>
        <translation>Letter number %1 voided; it will not be used again.</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <source>Select a circular to see its deadlines and households.</source>
        <translation>Select a circular to see its deadlines and households.</translation>
    </message>
    <message>
        <source>Reopen circular</source>
        <translation>Reopen circular</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Linked households (%1)</source>
        <translation>Linked households (%1)</translation>
    </message>
    <message>
        <source>Circular %1 registered.</source>
        <translation>Circular %1 registered.</translation>
    </message>
    <message>
        <source>Circular %1 saved.</source>
        <translation>Circular %1 saved.</translation>
    </message>
    <message>
        <source>Circular %1 closed.</source>
        <translation>Circular %1 closed.</translation>
    </message>
    <message>
        <source>Circular %1 reopened.</source>
        <translation>Circular %1 reopened.</translation>
    </message>
    <message>
        <source>Letter number %1 taken.</source>
        <translation>Letter number %1 taken.</translation>
    </message>
</context>
<context>
    <name>LogbookImportDialog</name>
    <message>
        <source>Import Logbook results</source>
        <translation>Import Logbook results</translation>
    </message>
    <message>
        <source>Choose the household export from TPMAP Logbook. Every household with a member in it becomes found, every other one not found, and the open nominations of the households found become checked in Logbook; nothing changes until you apply.</source>
        <translation>Choose the household export from TPMAP Logbook. Every household with a member in it becomes found, every other one not found, and the open nominations of the households found become checked in Logbook; nothing changes until you apply.</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Logbook now</source>
        <translation>Logbook now</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>Row in the file</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Rows matching no household</source>
        <translation>Rows matching no household</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Apply to the register</source>
        <translation>Apply to the register</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose the Logbook export</source>
        <translation>Choose the Logbook export</translation>
    </message>
    <message>
        <source>Reading the Logbook export…</source>
        <translation>Reading the Logbook export…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Writing the Logbook statuses…</source>
        <translation>Writing the Logbook statuses…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Amphoe Desk</source>
        <translation>Amphoe Desk</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Close the program</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Sign in to continue.</translation>
    </message>
    <message>
        <source>The program's own backup copies of your data are in: %1</source>
        <translation>The program's own backup copies of your data are in: %1</translation>
    </message>
    <message>
        <source>The program cannot start.</source>
        <translation>The program cannot start.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>Casework</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Letters and deadlines</source>
        <translation>Letters and deadlines</translation>
    </message>
    <message>
        <source>Send to province</source>
        <translation>Send to province</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Data and users</source>
        <translation>Data and users</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Choose a meeting from the list, or create one.</source>
        <translation>Choose a meeting from the list, or create one.</translation>
    </message>
    <message>
        <source>Agenda sent</source>
        <translation>Agenda sent</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Meeting held</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Title of the new item</source>
        <translation>Title of the new item</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Adds the item at the end of the selected section</source>
        <translation>Adds the item at the end of the selected section</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Minutes and resolutions</source>
        <translation>Minutes and resolutions</translation>
    </message>
    <message>
        <source>ended at</source>
        <translation>ended at</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Save details</translation>
    </message>
    <message>
        <source>Meeting no. %1</source>
        <translation>Meeting no. %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>(adopted at meeting %1)</source>
        <translation>(adopted at meeting %1)</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>Meeting no.</source>
        <translation>Meeting no.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Agenda template</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Clone selected</source>
        <translation>Clone selected</translation>
    </message>
    <message>
        <source>A new draft with the selected meeting's agenda, on the date above</source>
        <translation>A new draft with the selected meeting's agenda, on the date above</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Committee roster</source>
        <translation>Committee roster</translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation>Agenda templates</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>elderly</source>
        <translation>elderly</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>bedridden</source>
        <translation>bedridden</translation>
    </message>
    <message>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Relation to the head</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
</context>
<context>
    <name>MergedHouseholdsDialog</name>
    <message>
        <source>Households merged by address</source>
        <translation>Households merged by address</translation>
    </message>
    <message>
        <source>An earlier import made rows of one address into one household. Each household below has members that came from separate rows with no relation recorded: split it so that each of them heads a household of their own, or keep it as one.</source>
        <translation>An earlier import made rows of one address into one household. Each household below has members that came from separate rows with no relation recorded: split it so that each of them heads a household of their own, or keep it as one.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>From file</translation>
    </message>
    <message>
        <source>Split into separate households</source>
        <translation>Split into separate households</translation>
    </message>
    <message>
        <source>Keep as one household</source>
        <translation>Keep as one household</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 households to review.</source>
        <translation>%1 households to review.</translation>
    </message>
    <message>
        <source>No household looks merged by address.</source>
        <translation>No household looks merged by address.</translation>
    </message>
    <message>
        <source>Household %1 split: new households %2.</source>
        <translation>Household %1 split: new households %2.</translation>
    </message>
    <message>
        <source>Household %1 kept as one.</source>
        <translation>Household %1 kept as one.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Corrections to the previous minutes (if any)</source>
        <translation>Corrections to the previous minutes (if any)</translation>
    </message>
    <message>
        <source>Adopt previous minutes</source>
        <translation>Adopt previous minutes</translation>
    </message>
    <message>
        <source>What was said (pre-filled from the agenda)</source>
        <translation>What was said (pre-filled from the agenda)</translation>
    </message>
    <message>
        <source>Save minutes text</source>
        <translation>Save minutes text</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <source>No previous meeting</source>
        <translation>No previous meeting</translation>
    </message>
    <message>
        <source>Minutes of meeting %1: %2</source>
        <translation>Minutes of meeting %1: %2</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <source>Nominate for a programme</source>
        <translation>Nominate for a programme</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 households</translation>
    </message>
    <message>
        <source>Nominate: %1</source>
        <translation>Nominate: %1</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>There is no programme yet: add one on the Casework page first.</source>
        <translation>There is no programme yet: add one on the Casework page first.</translation>
    </message>
    <message>
        <source>Choose a programme first.</source>
        <translation>Choose a programme first.</translation>
    </message>
    <message>
        <source>%1 households nominated</source>
        <translation>%1 households nominated</translation>
    </message>
    <message>
        <source>already nominated: %1</source>
        <translation>already nominated: %1</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverflowRow</name>
    <message>
        <source>More ▾</source>
        <translation>More ▾</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Reports…</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>Plan items</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Household plans in the fiscal year</source>
        <translation>Household plans in the fiscal year</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Deadlines due</source>
        <translation>Deadlines due</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Nominated</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>The latest figures are being counted…</source>
        <translation>The latest figures are being counted…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Figures as of %1.</translation>
    </message>
    <message>
        <source>Counting the overview…</source>
        <translation>Counting the overview…</translation>
    </message>
    <message>
        <source>The latest figures could not be counted.</source>
        <translation>The latest figures could not be counted.</translation>
    </message>
    <message>
        <source>This chart could not be drawn. The other figures are shown.</source>
        <translation>This chart could not be drawn. The other figures are shown.</translation>
    </message>
    <message>
        <source>All households</source>
        <translation>All households</translation>
    </message>
    <message>
        <source>Open plan items</source>
        <translation>Open plan items</translation>
    </message>
    <message>
        <source>Overdue plan items</source>
        <translation>Overdue plan items</translation>
    </message>
    <message>
        <source>Activities this month</source>
        <translation>Activities this month</translation>
    </message>
    <message>
        <source>Activities not in Logbook</source>
        <translation>Activities not in Logbook</translation>
    </message>
    <message>
        <source>Deadlines due (overdue)</source>
        <translation>Deadlines due (overdue)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Handed to the province</source>
        <translation>Handed to the province</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf);;Word document (*.docx)</source>
        <translation>Excel workbook (*.xlsx);;PDF (*.pdf);;Word document (*.docx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>Show these households</source>
        <translation>Show these households</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Change the password of %1. From now on, sign in with the new one.</source>
        <translation>Change the password of %1. From now on, sign in with the new one.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password (at least %1 characters)</source>
        <translation>New password (at least %1 characters)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Remedy</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Selected item:</source>
        <translation>Selected item:</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Add to the plan</translation>
    </message>
    <message>
        <source>Only when nothing in the menu fits</source>
        <translation>Only when nothing in the menu fits</translation>
    </message>
    <message>
        <source>Remedy menu</source>
        <translation>Remedy menu</translation>
    </message>
    <message>
        <source>Or a free remedy</source>
        <translation>Or a free remedy</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>Add to plan</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>(free remedy)</source>
        <translation>(free remedy)</translation>
    </message>
    <message>
        <source>(the remedy's usual agency)</source>
        <translation>(the remedy's usual agency)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Select a plan item first.</source>
        <translation>Select a plan item first.</translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <source>Print agenda</source>
        <translation>Print agenda</translation>
    </message>
    <message>
        <source>Print sign sheet</source>
        <translation>Print sign sheet</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>Print minutes</translation>
    </message>
    <message>
        <source>Preview agenda</source>
        <translation>Preview agenda</translation>
    </message>
    <message>
        <source>Preview sign sheet</source>
        <translation>Preview sign sheet</translation>
    </message>
    <message>
        <source>Preview minutes</source>
        <translation>Preview minutes</translation>
    </message>
    <message>
        <source>Cover letter…</source>
        <translation>Cover letter…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <source>New programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Quota (households)</source>
        <translation>Quota (households)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>Add programme</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Checked in Logbook</source>
        <translation>Checked in Logbook</translation>
    </message>
    <message>
        <source>Approve by resolution</source>
        <translation>Approve by resolution</translation>
    </message>
    <message>
        <source>Submitted to province</source>
        <translation>Submitted to province</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Save rank and reason</source>
        <translation>Save rank and reason</translation>
    </message>
    <message>
        <source>Nominate a household</source>
        <translation>Nominate a household</translation>
    </message>
    <message>
        <source>No household chosen</source>
        <translation>No household chosen</translation>
    </message>
    <message>
        <source>Choose households…</source>
        <translation>Choose households…</translation>
    </message>
    <message>
        <source>Nominate</source>
        <translation>Nominate</translation>
    </message>
    <message>
        <source>Export nominations to Excel…</source>
        <translation>Export nominations to Excel…</translation>
    </message>
    <message>
        <source>Resolution %1</source>
        <translation>Resolution %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Criteria: %2&lt;br&gt;Quota: %3 · approved %4 · deadline %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Criteria: %2&lt;br&gt;Quota: %3 · approved %4 · deadline %5</translation>
    </message>
    <message>
        <source>Select a nomination first.</source>
        <translation>Select a nomination first.</translation>
    </message>
    <message>
        <source>already nominated: %1</source>
        <translation>already nominated: %1</translation>
    </message>
    <message>
        <source>Export nominations</source>
        <translation>Export nominations</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 nominations exported to %2</source>
        <translation>%1 nominations exported to %2</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>Writing the list…</translation>
    </message>
    <message>
        <source>Choose the resolution that approved the nomination.</source>
        <translation>Choose the resolution that approved the nomination.</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <source>Export for keying in…</source>
        <translation>Export for keying in…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Mark selected as entered in Logbook</source>
        <translation>Mark selected as entered in Logbook</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Entered on</translation>
    </message>
    <message>
        <source>%1 activities not yet in Logbook</source>
        <translation>%1 activities not yet in Logbook</translation>
    </message>
    <message>
        <source>Reading the Logbook queue…</source>
        <translation>Reading the Logbook queue…</translation>
    </message>
    <message>
        <source>Export the Logbook queue</source>
        <translation>Export the Logbook queue</translation>
    </message>
    <message>
        <source>%1 activities exported to %2</source>
        <translation>%1 activities exported to %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>RemediesEditor</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <source>Usual agency</source>
        <translation>Usual agency</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ResolutionPanel</name>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <source>against</source>
        <translation>against</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>abstain</translation>
    </message>
    <message>
        <source>Action on the households</source>
        <translation>Action on the households</translation>
    </message>
    <message>
        <source>Why it goes to the province</source>
        <translation>Why it goes to the province</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Needs follow-up (carried over to the next meeting)</source>
        <translation>Needs follow-up (carried over to the next meeting)</translation>
    </message>
    <message>
        <source>Record as new resolution</source>
        <translation>Record as new resolution</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Apply to households</source>
        <translation>Apply to households</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Resolution %1</source>
        <translation>Resolution %1</translation>
    </message>
    <message>
        <source>(applied to %1 households)</source>
        <translation>(applied to %1 households)</translation>
    </message>
    <message>
        <source>This item has %1 households.</source>
        <translation>This item has %1 households.</translation>
    </message>
    <message>
        <source>Applied: %1 households changed and linked to this resolution.</source>
        <translation>Applied: %1 households changed and linked to this resolution.</translation>
    </message>
    <message>
        <source>Not applied yet; this item has %1 households.</source>
        <translation>Not applied yet; this item has %1 households.</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>New committee</source>
        <translation>New committee</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Appointment order</source>
        <translation>Appointment order</translation>
    </message>
    <message>
        <source>Quorum: more than</source>
        <translation>Quorum: more than</translation>
    </message>
    <message>
        <source>Save committee</source>
        <translation>Save committee</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>committee</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Title, first and last name</source>
        <translation>Title, first and last name</translation>
    </message>
    <message>
        <source>Position outside the committee</source>
        <translation>Position outside the committee</translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation>Role in the committee</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>In office from</source>
        <translation>In office from</translation>
    </message>
    <message>
        <source>Add as new member</source>
        <translation>Add as new member</translation>
    </message>
    <message>
        <source>Save member</source>
        <translation>Save member</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>New committee %1</source>
        <translation>New committee %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Office profile</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Letter code (e.g. พย ๐๐๑๙.๔)</source>
        <translation>Letter code (e.g. พย ๐๐๑๙.๔)</translation>
    </message>
    <message>
        <source>Address (printed on letters)</source>
        <translation>Address (printed on letters)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Owning unit (bottom of letters)</source>
        <translation>Owning unit (bottom of letters)</translation>
    </message>
    <message>
        <source>Provincial office</source>
        <translation>Provincial office</translation>
    </message>
    <message>
        <source>Provincial office e-mail</source>
        <translation>Provincial office e-mail</translation>
    </message>
    <message>
        <source>District chief officer</source>
        <translation>District chief officer</translation>
    </message>
    <message>
        <source>District development officer</source>
        <translation>District development officer</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Print Thai digits (๑๒๓) in documents</source>
        <translation>Print Thai digits (๑๒๓) in documents</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Database (takes effect at next start)</source>
        <translation>Database (takes effect at next start)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Garuda emblem for letters</source>
        <translation>Garuda emblem for letters</translation>
    </message>
    <message>
        <source>Document font, regular face (TTF)</source>
        <translation>Document font, regular face (TTF)</translation>
    </message>
    <message>
        <source>Document font, bold face (TTF)</source>
        <translation>Document font, bold face (TTF)</translation>
    </message>
    <message>
        <source>Document font, italic face (TTF)</source>
        <translation>Document font, italic face (TTF)</translation>
    </message>
    <message>
        <source>Sarabun (bundled)</source>
        <translation>Sarabun (bundled)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Could not save the settings: %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Document font</source>
        <translation>Document font</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf)</source>
        <translation>TrueType fonts (*.ttf)</translation>
    </message>
    <message>
        <source>Garuda emblem</source>
        <translation>Garuda emblem</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Amphoe Desk</source>
        <translation>Sign in — Amphoe Desk</translation>
    </message>
    <message>
        <source>First start: create the administrator account. The administrator adds the other clerks and is the only one who may restore backups.</source>
        <translation>First start: create the administrator account. The administrator adds the other clerks and is the only one who may restore backups.</translation>
    </message>
    <message>
        <source>The window was locked after a period without use. Enter the password of %1.</source>
        <translation>The window was locked after a period without use. Enter the password of %1.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Sign in with your user name and password.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Loading the demo district…</source>
        <translation>Loading the demo district…</translation>
    </message>
</context>
<context>
    <name>SubmissionsPage</name>
    <message>
        <source>Build and send</source>
        <translation>Build and send</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>What was sent</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>Open a package</translation>
    </message>
    <message>
        <source>Province: district packages</source>
        <translation>Province: district packages</translation>
    </message>
    <message>
        <source>1. Build the package</source>
        <translation>1. Build the package</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Add the minutes as a Word file (DOCX) too</source>
        <translation>Add the minutes as a Word file (DOCX) too</translation>
    </message>
    <message>
        <source>Full national ID numbers (only when the province asks)</source>
        <translation>Full national ID numbers (only when the province asks)</translation>
    </message>
    <message>
        <source>optional, for e-mail</source>
        <translation>optional, for e-mail</translation>
    </message>
    <message>
        <source>Password (AES)</source>
        <translation>Password (AES)</translation>
    </message>
    <message>
        <source>Build package</source>
        <translation>Build package</translation>
    </message>
    <message>
        <source>No package built yet.</source>
        <translation>No package built yet.</translation>
    </message>
    <message>
        <source>2. Write to a USB stick</source>
        <translation>2. Write to a USB stick</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation>Removable drive</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Write into</source>
        <translation>Write into</translation>
    </message>
    <message>
        <source>Write and verify</source>
        <translation>Write and verify</translation>
    </message>
    <message>
        <source>3. Or send by e-mail</source>
        <translation>3. Or send by e-mail</translation>
    </message>
    <message>
        <source>Writes an e-mail draft (.eml) addressed to the provincial office with the package attached; open it in your mail program and press Send.</source>
        <translation>Writes an e-mail draft (.eml) addressed to the provincial office with the package attached; open it in your mail program and press Send.</translation>
    </message>
    <message>
        <source>Write e-mail draft…</source>
        <translation>Write e-mail draft…</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <source>Not built: fill in the missing fields first.</source>
        <translation>Not built: fill in the missing fields first.</translation>
    </message>
    <message>
        <source>Building the package…</source>
        <translation>Building the package…</translation>
    </message>
    <message>
        <source>%1 — %2 files, %3 households, cover letter %4, %5 KB</source>
        <translation>%1 — %2 files, %3 households, cover letter %4, %5 KB</translation>
    </message>
    <message>
        <source>Package built. Now write it to a USB stick or an e-mail draft.</source>
        <translation>Package built. Now write it to a USB stick or an e-mail draft.</translation>
    </message>
    <message>
        <source>%1 (%2 MB free)</source>
        <translation>%1 (%2 MB free)</translation>
    </message>
    <message>
        <source>No USB stick found: plug one in and press Refresh</source>
        <translation>No USB stick found: plug one in and press Refresh</translation>
    </message>
    <message>
        <source>Write the package into</source>
        <translation>Write the package into</translation>
    </message>
    <message>
        <source>Build a package and choose a USB stick first.</source>
        <translation>Build a package and choose a USB stick first.</translation>
    </message>
    <message>
        <source>Writing to the USB stick…</source>
        <translation>Writing to the USB stick…</translation>
    </message>
    <message>
        <source>Written to %1 and read back: every file checked. It is safe to remove the stick.</source>
        <translation>Written to %1 and read back: every file checked. It is safe to remove the stick.</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Save the e-mail draft</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <source>E-mail draft to %1 written: %2. Open it in your mail program and send it.</source>
        <translation>E-mail draft to %1 written: %2. Open it in your mail program and send it.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Open a package…</source>
        <translation>Open a package…</translation>
    </message>
    <message>
        <source>password, if it has one</source>
        <translation>password, if it has one</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>Packages (*.zip)</translation>
    </message>
    <message>
        <source>The package is complete and intact.</source>
        <translation>The package is complete and intact.</translation>
    </message>
    <message>
        <source>%1 problem(s) found:</source>
        <translation>%1 problem(s) found:</translation>
    </message>
    <message>
        <source>Import district packages…</source>
        <translation>Import district packages…</translation>
    </message>
    <message>
        <source>password, if they have one</source>
        <translation>password, if they have one</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Group 1</source>
        <translation>Group 1</translation>
    </message>
    <message>
        <source>Group 2</source>
        <translation>Group 2</translation>
    </message>
    <message>
        <source>Group 3</source>
        <translation>Group 3</translation>
    </message>
    <message>
        <source>Group 4</source>
        <translation>Group 4</translation>
    </message>
    <message>
        <source>Latest meeting</source>
        <translation>Latest meeting</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>House no.</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Import district packages</source>
        <translation>Import district packages</translation>
    </message>
    <message>
        <source>%1 package(s) imported, %2 households; %3 already imported.</source>
        <translation>%1 package(s) imported, %2 households; %3 already imported.</translation>
    </message>
    <message>
        <source>All districts, side by side</source>
        <translation>All districts, side by side</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>One agenda section a line, in order</source>
        <translation>One agenda section a line, in order</translation>
    </message>
    <message>
        <source>Use for new meetings by default</source>
        <translation>Use for new meetings by default</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Saving under a new name adds a template</source>
        <translation>Saving under a new name adds a template</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>4T analysis</source>
        <translation>4T analysis</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Give the selected user this role</source>
        <translation>Give the selected user this role</translation>
    </message>
    <message>
        <source>Set the selected user's password</source>
        <translation>Set the selected user's password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation>Deactivate / activate</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>Select a user in the list first.</source>
        <translation>Select a user in the list first.</translation>
    </message>
    <message>
        <source>Role of %1 changed.</source>
        <translation>Role of %1 changed.</translation>
    </message>
    <message>
        <source>Password of %1 set.</source>
        <translation>Password of %1 set.</translation>
    </message>
    <message>
        <source>%1 unlocked.</source>
        <translation>%1 unlocked.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 changed.</translation>
    </message>
</context>
<context>
    <name>VoidLetterDialog</name>
    <message>
        <source>Void letter number %1</source>
        <translation>Void letter number %1</translation>
    </message>
    <message>
        <source>Letter %1 (%2) will be marked void. The number is never given to another letter.</source>
        <translation>Letter %1 (%2) will be marked void. The number is never given to another letter.</translation>
    </message>
    <message>
        <source>e.g. typed in error, letter not sent</source>
        <translation>e.g. typed in error, letter not sent</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Void the number</source>
        <translation>Void the number</translation>
    </message>
</context>
<context>
    <name>_CatalogueEditor</name>
    <message>
        <source>Add as new</source>
        <translation>Add as new</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Stop using / use again</source>
        <translation>Stop using / use again</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Amphoe Desk</source>
        <translation>Amphoe Desk</translation>
    </message>
    <message>
        <source>The database is empty. Load the demo district (อำเภอเวียงทอง, fictional) to try the program?</source>
        <translation>The database is empty. Load the demo district (อำเภอเวียงทอง, fictional) to try the program?</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Amphoe Desk</source>
        <translation>Amphoe Desk</translation>
    </message>
    <message>
        <source>Approve a nominee not checked in Logbook?</source>
        <translation>Approve a nominee not checked in Logbook?</translation>
    </message>
</context>
</TS>