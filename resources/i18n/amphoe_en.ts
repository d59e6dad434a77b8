<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
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
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Counting the overview…</source>
        <translation>Counting the overview…</translation>
    </message>
    <message>
        <source>FY %1</source>
        <translation>FY %1</translation>
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
        <source>Show these households</source>
        <translation>Show these households</translation>
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