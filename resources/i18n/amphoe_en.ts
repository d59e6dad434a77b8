<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaTree</name>
    <message>
        <source>(%1 households)</source>
        <translation>(%1 households)</translation>
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
        <source>Attach a file to this item</source>
        <translation>Attach a file to this item</translation>
    </message>
    <message>
        <source>Save a copy in</source>
        <translation>Save a copy in</translation>
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
        <source>Why it goes to the province</source>
        <translation>Why it goes to the province</translation>
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