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
        <source>Save analysis</source>
        <translation>Save analysis</translation>
    </message>
    <message>
        <source>Earlier analyses</source>
        <translation>Earlier analyses</translation>
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
    <message>
        <source>Casework</source>
        <translation>Casework</translation>
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
        <source>%1 households escalated to the province</source>
        <translation>%1 households escalated to the province</translation>
    </message>
    <message>
        <source>Export the list for the province</source>
        <translation>Export the list for the province</translation>
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
        <source>Nominate a household</source>
        <translation>Nominate a household</translation>
    </message>
    <message>
        <source>Household number (as in the register)</source>
        <translation>Household number (as in the register)</translation>
    </message>
    <message>
        <source>Nominate</source>
        <translation>Nominate</translation>
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