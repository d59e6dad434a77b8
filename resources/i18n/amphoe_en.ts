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
        <source>Household</source>
        <translation>Household</translation>
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
        <source>Open household</source>
        <translation>Open household</translation>
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
        <source>Households</source>
        <translation>Households</translation>
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
        <source>Export list to Excel</source>
        <translation>Export list to Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 households exported to %2</source>
        <translation>%1 households exported to %2</translation>
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
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Amphoe Desk</source>
        <translation>Amphoe Desk</translation>
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