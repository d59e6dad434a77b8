<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
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
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
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
        <source>The program backs up the database by itself every %1 hours and when it closes, keeping %2 daily and %3 weekly copies in %4. Make your own copy on a USB stick regularly too.</source>
        <translation>The program backs up the database by itself every %1 hours and when it closes, keeping %2 daily and %3 weekly copies in %4. Make your own copy on a USB stick regularly too.</translation>
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
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Backups (*.sqlite3)</translation>
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
        <source>Highlighted rows differ. Nothing was overwritten: reload the record and edit again.</source>
        <translation>Highlighted rows differ. Nothing was overwritten: reload the record and edit again.</translation>
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
        <source>Data and users</source>
        <translation>Data and users</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Amphoe Desk</source>
        <translation>Amphoe Desk</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>The household register arrives with the next release.</source>
        <translation>The household register arrives with the next release.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Committee meetings arrive with the next release.</source>
        <translation>Committee meetings arrive with the next release.</translation>
    </message>
    <message>
        <source>Letters and deadlines</source>
        <translation>Letters and deadlines</translation>
    </message>
    <message>
        <source>Circulars, deadlines and letters arrive with the next release.</source>
        <translation>Circulars, deadlines and letters arrive with the next release.</translation>
    </message>
    <message>
        <source>Send to province</source>
        <translation>Send to province</translation>
    </message>
    <message>
        <source>Submission packages arrive with the next release.</source>
        <translation>Submission packages arrive with the next release.</translation>
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
    <name>OverviewPage</name>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>All households</source>
        <translation>All households</translation>
    </message>
    <message>
        <source>Target group %1</source>
        <translation>Target group %1</translation>
    </message>
    <message>
        <source>Not found in Logbook</source>
        <translation>Not found in Logbook</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
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
</context>
</TS>