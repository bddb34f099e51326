using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>Attendance conventions shared by many bodies, as "name|role|abbreviation|status" with "-" for null.</summary>
public sealed class AttendanceConventionTests
{
    public static TheoryData<string, string[], string[]> Cases() => new()
    {
        {
            "a shared document's note to readers after the attendance label; bullets of names with their organisation",
            ["# 2024-03-05 Meeting", "Attendance (please add yourself)", "[] Ann Lee (Acme)", "[] Bob Ray (Widget Co) - need to leave at 10:30", "[] Cy Dee (Initech) - vice chair", "[] Di Fox (Acme, Board Chair)",
             "## Agenda", "[] Welcome"],
            ["Ann Lee|Acme|-|present", "Bob Ray|Widget Co|-|present", "Cy Dee|vice chair|-|present", "Di Fox|Board Chair|-|present"]
        },
        {
            "a country or member code in capitals before each participant, a bracketed role after some",
            ["Example committee meeting on 4 May 2024", "# List of participants", "[] XA: Ann Lee (chair)", "[] XB: Bob Ray", "[] QZ: Cy Dee",
             "[] XB: Di Fox (treasurer)", "[] QZ: Ed gray (secretary)", "[] XA: Fay Hill", "# Report on the year", "The year was reviewed."],
            ["Ann Lee|chair|-|present", "Bob Ray|XB|-|present", "Cy Dee|QZ|-|present", "Di Fox|treasurer|-|present", "Ed gray|secretary|-|present", "Fay Hill|XA|-|present"]
        },
        {
            "group headings under an attendees heading, over lines of an organisation and its people or a person and their organisation",
            ["# Example Widget Network", "# Board Meeting", "### ATTENDEES", "### Board Members", "Acme: Ann Lee (Primary), Bob Ray (Alternate), Cyril Dunn (Guest), Dan Orrington (Guest)",
             "Northco: Eve Hart (Primary, Fay Hill (Alternate)", "Cy Dee, Widget Co (Elected Participant)", "### Staff", "Di Fox, Programme Director",
             "### MINUTES", "### Welcome", "Di opened the call."],
            ["Ann Lee|Primary|-|present", "Bob Ray|Alternate|-|present", "Cyril Dunn|Guest|-|present", "Dan Orrington|Guest|-|present", "Eve Hart|Primary|-|present", "Fay Hill|Alternate|-|present",
             "Cy Dee|Elected Participant|-|present", "Di Fox|Programme Director|-|in_attendance"]
        },
        {
            "a roll numbered in the text, one paragraph a person, under attendees and regrets labels; an empty number ends it",
            ["Interim call", "Attendees:", "1. Ann Lee (chair)", "2. Bob Ray", "3. Cy Dee", "Regrets:", "1. Di Fox (travelling)", "2. Ed Gray", "3.",
             "Agenda:", "1. Note well.", "2. Minutes of the last call."],
            ["Ann Lee|chair|-|present", "Bob Ray|-|-|present", "Cy Dee|-|-|present", "Di Fox|travelling|-|apologies", "Ed Gray|-|-|apologies"]
        },
        {
            "a contents list opening with an attendees entry numbers sections, not people",
            ["Board meeting", "1. Attendees", "2. Previous Action Items", "3. Website Bios", "# Attendees", "[] Ann Lee", "[] Bob Ray", "# Previous Action Items", "[] none"],
            ["Ann Lee|-|-|present", "Bob Ray|-|-|present"]
        },
        {
            "a sentence ending in a colon introduces the list under a label standing alone",
            ["Minutes", "Present", "The following 4 members signed the attendance sheet: Ann Lee, Bob Hart, Cy Dee and Di Fox.", "1/ Apologies for Absence",
             "Apologies were received from Ed Gray."],
            ["Ann Lee|-|-|present", "Bob Hart|-|-|present", "Cy Dee|-|-|present", "Di Fox|-|-|present", "Ed Gray|-|-|apologies"]
        },
        {
            "a key of initials under the attendees label; the next label ends the group",
            ["Team meeting notes", "Attendees Initials", "[] AH = Ann Hill", "[] BK = Bob King", "Date: 11 March 2024", "[] Attendees Initials: AH, BK",
             "[] Discussion:", ">[] The schema was discussed."],
            ["Ann Hill|-|AH|present", "Bob King|-|BK|present"]
        },
        {
            "names each followed by their initials, parted by commas and semicolons alike; an initial run into the surname",
            ["# Committee meeting", "Attendees: Ann Lee AL, S.Quill SQ; Bob Hart BH, Sam Quince SQu", "1. Finance"],
            ["Ann Lee|-|AL|present", "S.Quill|-|SQ|present", "Bob Hart|-|BH|present", "Sam Quince|-|SQu|present"]
        },
        {
            "a roll numbered in the text under a label standing alone goes on past a name typed with a lower-case initial",
            ["Minutes of the annual meeting held on 3rd May 2024", "PRESENT", "1. Jo Bloggs, Treasurer", "2. Sam Rowe", "3. Ali b. Khan", "4. Bob Hart",
             "1. Opening", "The meeting opened."],
            ["Jo Bloggs|Treasurer|-|present", "Sam Rowe|-|-|present", "Ali b. Khan|-|-|present", "Bob Hart|-|-|present"]
        },
        {
            "a title and surname on lines of their own under a label standing alone; a dash spaced only before it sets the role",
            ["Minutes of the staff meeting held on 3rd May 2024", "MEMBERS PRESENT", "Mrs. Achieng -Chairperson", "Mr. Otieno", "Ms. Wanjiru",
             "MIN 1/2024 PRELIMINARIES", "The meeting opened with a prayer."],
            ["Mrs. Achieng|Chairperson|-|present", "Mr. Otieno|-|-|present", "Ms. Wanjiru|-|-|present"]
        },
        {
            "group names set as headings level with the attendance heading, each over its people",
            ["Joint meeting minutes", "### Those present", "### Tenants' Association", "Ann Quill, Chair", "Ben Royle, Secretary",
             "### Managing Agent", "Cara Sedgwick, Operations Director", "### Apologies", "Dev Tait, Treasurer", "### 1. Welcome", "Introductions made."],
            ["Ann Quill|Chair|-|present", "Ben Royle|Secretary|-|present", "Cara Sedgwick|Operations Director|-|present", "Dev Tait|Treasurer|-|apologies"]
        },
        {
            "a heading of one level after the attendance heading with prose below is an item, not a group",
            ["Meeting minutes", "### Present", "Ann Quill, Chair", "Ben Royle", "### Garden Report", "The garden was tidied in spring."],
            ["Ann Quill|Chair|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a heading level with the attendance heading ends the list when a label or prose follows it",
            ["Meeting minutes", "## Attendees:", "[] Ann Quill", "[] Ben Royle", "## Agenda", "Old Business:", "New Business: the new format."],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "an empty group written 'N.A' names nobody",
            ["Team meeting minutes", "|Attending:|Ann Quill, Ben Royle\n|Absent:|N.A\n|Recorder:|Ann Quill", "1. Progress"],
            ["Ann Quill|Recorder|-|present", "Ben Royle|-|-|present"]
        },
        {
            "initials and a colon before each name under a heading, organisations listed after them are no people",
            ["# Project council meeting", "## Present", "AQ: Ann Quill", "BR: Ben Royle (@broyle)", "CS: Cara Sedgwick",
             "[] Example Foundation Project Council", "[] Example Foundation Board of Directors", "## Agenda", "The chair opened the meeting."],
            ["Ann Quill|-|AQ|present", "Ben Royle|-|BR|present", "Cara Sedgwick|-|CS|present"]
        },
        {
            "a numbered roll printed as paragraphs, a group's name over each run, the numbers running on",
            ["Committee minutes", "Attendees:", "Board", "1. Ann Quill, Chair (Northway Ltd)", "2. Ben Royle, Treasurer (Eastfield Co)",
             "Partner firms", "3. Cara Sedgwick, Secretary (AQ Legal)", "Summary:", "The meeting was quorate."],
            ["Ann Quill|Chair|-|present", "Ben Royle|Treasurer|-|present", "Cara Sedgwick|Secretary|-|present"]
        },
        {
            "a head count in brackets after a heading label over a table of names",
            ["Annual meeting minutes", "1. Welcome", "The chair opened the meeting.", "# Members present (n=4):",
             "|Ann Quill|Cara Sedgwick\n|Ben Royle|Dev Tait"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present", "Dev Tait|-|-|present"]
        },
        {
            "a roll table under a heading whose word space was lost, its column headings set apart as headings",
            ["MINUTES OF MEETING", "# MEMBERSPRESENT", "# S.NO NAME", "# DESIGNATION", "|1 Ann Quill|Chairman\n|2. Ben Royle|Secretary\n|3. Cara Sedgwick|Member",
             "# 1. WELCOME BY CHAIRMAN", "The chairman welcomed the members."],
            ["Ann Quill|Chairman|-|present", "Ben Royle|Secretary|-|present", "Cara Sedgwick|Member|-|present"]
        },
        {
            "an attendees label over group names, each over its bulleted names",
            ["Team meeting minutes", "Attendees:", "Developers", "[] Ann Quill", "[] Ben Royle", "Client (Sponsor)", "[] Cara Sedgwick",
             "Method: Interview", "Agenda items:", "[1)] Questions"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present"]
        },
        {
            "a section label after the attendees over a bulleted label of its own is no group",
            ["Team meeting minutes", "Attendees:", "[] Ann Quill, Ben Royle, Cara Sedgwick", "Agenda:", "[] General Announcements:", ">[] The hall is booked."],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present"]
        },
        {
            "a line after a bulleted roll that titles a numbered list is not a person",
            ["Present/Absent", "[] Ann Quill ✓", "[] Ben Royle ✓", "Previous Issues", "[1.] Presentation - Went well"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a bulleted roll under a heading with a name typed in lower case",
            ["## Members Present", "[] Ann Quill", "[] Ben royle", "[] Cara Sedgwick", "## Members Absent", "[] Dev Tait", "## Business"],
            ["Ann Quill|-|-|present", "Ben royle|-|-|present", "Cara Sedgwick|-|-|present", "Dev Tait|-|-|absent"]
        },
        {
            "a note in lower case after the names under a heading is not a person",
            ["## Members Present", "[] Ann Quill", "[] Ben Royle", "[] Apologies noted", "## Business"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a roll call sentence wrapped after a comma and closed by 'were present', then an officer 'also present'",
            ["Present: Mayor Ann Quill, Council President Ben Royle, and Councilors Cara Sedgwick,",
             "Dev Tait, and Eve Upton were present. City Attorney Fay Orton was also present.", "1. Minutes"],
            ["Ann Quill|Mayor|-|present", "Ben Royle|Council President|-|present", "Cara Sedgwick|Councilor|-|present",
             "Dev Tait|Councilor|-|present", "Eve Upton|Councilor|-|present", "Fay Orton|City Attorney|-|present"]
        },
        {
            "a participants heading over a bulleted list",
            ["## Participants:", "[] Ann Quill", "[] Ben Royle", "## Activities", "[] Book the hall"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "owners listed by their unit numbers, couples sharing a surname, proxies given by those not there",
            ["Annual Meeting of the Owners", "Homeowners in Attendance:", "101 - Ann Quill", "103 – Ben Royle",
             "Proxies received from:", "105 – Cara Sedgwick", "Absent:", "107 – Dev and Eve Tait", "1. Election of the board"],
            ["Ann Quill|101|-|present", "Ben Royle|103|-|present", "Cara Sedgwick|105|-|absent", "Dev Tait|107|-|absent", "Eve Tait|107|-|absent"]
        },
        {
            "owners in attendance beside the board members present are observers",
            ["Present: Ann Quill, Ben Royle", "Homeowners in attendance: Cara Sedgwick", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|in_attendance"]
        },
        {
            "'In attendance' as the only list of those who came",
            ["In attendance: Ann Quill, Ben Royle", "Apologies: Cara Sedgwick", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|apologies"]
        },
        {
            "a label column with its first person on the label's line and the others one a line beneath it",
            ["PRESENT: Cllr A Quill Chairman", "Cllr B Royle", "Cllr C Sedgwick", "# 26 DECLARATIONS OF INTEREST", "None were made."],
            ["Cllr A Quill|Chairman|-|present", "Cllr B Royle|-|-|present", "Cllr C Sedgwick|-|-|present"]
        },
        {
            "a name written another way beside a label line (a letterhead's sidebar) is not one of its list",
            ["Present: A. Quill (Chair), B. Royle", "In Attendance: C. Sedgwick, Chief Executive Officer", "Dana Vine", "1. CALL TO ORDER", "Opened."],
            ["A. Quill|Chair|-|present", "B. Royle|-|-|present", "C. Sedgwick|Chief Executive Officer|-|in_attendance"]
        },
        {
            "a person on the label's line is not followed into a sentence beneath it",
            ["Present: Ann Quill", "Ben Royle reported that the hall was booked.", "1. Minutes"],
            ["Ann Quill|-|-|present"]
        },
        {
            "a roll table answering yes or no under a Present heading, the name column's bracket remark naming what each bracket holds",
            ["### Attendance:", "|Name (Affiliation)|Present\n|Ann Quill (Acme)|Yes\n|Ben Royle (Initech)|No\n|Cara Sedgwick (Acme)|Yes", "### Agenda:", "[] Budget"],
            ["Ann Quill|Acme|-|present", "Ben Royle|Initech|-|absent", "Cara Sedgwick|Acme|-|present"]
        },
        {
            "a label with the count of those present out of the members, a space before its colon",
            ["# Board meeting", "Board members present (2/3) :", "[] Ann Quill", "[] Ben Royle", "## Budget", "[] reviewed"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "apologies from named people, the label running into its names without a colon; who took the minutes or the chair attended",
            ["# Club AGM Minutes", "Taken by Ann Lee", "Meeting chaired by Bob Hart (sec) & Carl Ives in absence of Dee Moss.", "## Present",
             "Apologies from Dee Moss & Eve Nash", "## Elections", "[] reviewed"],
            ["Dee Moss|-|-|apologies", "Eve Nash|-|-|apologies", "Ann Lee|-|-|present", "Bob Hart|-|-|present", "Carl Ives|-|-|present"]
        },
        {
            "a name typed in lower case inside a bulleted list of attendees",
            ["Attendees", "[] Ann Quill (Acme)", "[] ben royle - Initech", "[] Cara Sedgwick (Acme)", "### Minutes", "[] Summary: the plan was agreed."],
            ["Ann Quill|Acme|-|present", "ben royle|Initech|-|present", "Cara Sedgwick|Acme|-|present"]
        },
        {
            "a title after a closing bracket opens the next entry though the comma was left out",
            ["Present Mr A Quill (AQ), Mr B Royle (BR), & Mr C Sedgwick (CS) Mrs D Tait Honorary Clerk (DT)", "1. Chair", "AQ opened the meeting."],
            ["Mr A Quill|-|AQ|present", "Mr B Royle|-|BR|present", "Mr C Sedgwick|-|CS|present", "Mrs D Tait|Honorary Clerk|DT|present"]
        },
        {
            "'In attendance' beside a list of those present",
            ["Present: Ann Quill", "In attendance: Ben Royle (Clerk)", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|Clerk|-|in_attendance"]
        },
        {
            "a roll of bulleted names ticked or crossed after each name",
            ["Present/Absent", "[] Ann Quill ✓", "[] Ben Royle ✔", "[] Cara Sedgwick ✗", "## Previous Issues", "[1.] Presentation - Went well"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|absent"]
        },
        {
            "a head count in a bullet is not a label over the bullets after it",
            ["# Spring meeting", "[] Workshop", ">[] 10 members", ">[] Ann, Ben and Cara drafted an outline which will be expanded"],
            []
        },
        {
            "a numbered first line of the minutes is not a unit number",
            ["Present:", "Ann Quill", "Ben Royle", "1 - Welcome and apologies", "The chair opened the meeting."],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a proxy line names who sent it",
            ["Owners present:", "Ann Quill", "Proxies:", "12 – Proxy sent by Ben Royle", "14 – Directed proxy given by Cara Sedgwick", "1. Budget"],
            ["Ann Quill|-|-|present", "Ben Royle|12|-|absent", "Cara Sedgwick|14|-|absent"]
        },
        {
            "an apology label without a colon before councillors' names",
            ["Present: Cllr Ann Quill", "2 Apology Cllr. B Royle & Cllr. Sedgwick", "3 Minutes"],
            ["Cllr Ann Quill|-|-|present", "Cllr. B Royle|-|-|apologies", "Cllr. Sedgwick|-|-|apologies"]
        },
        {
            "a list wrapped after an initial, the surname on the next line",
            ["1 Present: Cllr. Ann Quill (Chairman), Cllrs B Royle, D Tait and C", "Sedgwick, also E Upton (Clerk)", "2 Minutes"],
            ["Cllr. Ann Quill|Chairman|-|present", "B Royle|Councillor|-|present", "D Tait|Councillor|-|present", "C Sedgwick|Councillor|-|present", "E Upton|Clerk|-|present"]
        },
        {
            "a roll call of surnames in the opening sentence, with a head count of guests",
            ["The regular meeting was called to order by the Supervisor at 7 pm, with Abbot, Bexley, Corran and 4 guests present.", "1. Minutes"],
            ["Abbot|-|-|present", "Bexley|-|-|present", "Corran|-|-|present"]
        },
        {
            "a roll call sentence opened by a clause, its names one per line below it",
            ["The meeting was called to order at 7 pm.", "Roll was called and the following members were present:", "Ann Quill", "Ben Royle",
             "Ann Quill moved to approve the agenda.", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a roll call sentence after a comma, its names after the colon",
            ["Upon roll call, the following were absent: Ann Quill, Ben Royle", "1. Minutes"],
            ["Ann Quill|-|-|absent", "Ben Royle|-|-|absent"]
        },
        {
            "apologies received, the verb left out, with a full stop after the honorific",
            ["Present: Cllr Ann Quill", "1. Welcome and apologies", "The chair welcomed everyone to the meeting.",
             "Apologies received from Cllrs. Ben Royle and Dr. C. Sedgwick. The clerk read the notices.", "2. Minutes"],
            ["Cllr Ann Quill|-|-|present", "Ben Royle|Councillor|-|apologies", "Dr. C. Sedgwick|Councillor|-|apologies"]
        },
        {
            "a nickname in quotes between a person's names",
            ["Present:", "Ann Quill", "Olaf “Ole” Royle", "Cara 'Cee' Sedgwick", "1. Minutes"],
            ["Ann Quill|-|-|present", "Olaf “Ole” Royle|-|-|present", "Cara 'Cee' Sedgwick|-|-|present"]
        },
        {
            "another form of the given name in brackets between a person's names",
            ["Present:", "[] Ann Quill", "[] Toma (Tomasz) Royle - Treasurer", "[] Zed (Zedekiah) Hale", "1. Minutes"],
            ["Ann Quill|-|-|present", "Toma (Tomasz) Royle|Treasurer|-|present", "Zed (Zedekiah) Hale|-|-|present"]
        },
        {
            "after the person's dash an organisation in brackets, then offices parted by a comma",
            ["Present:", "[] Ann Quill - (Acme Ltd) Board Member, Vice Chair", "[] Ben Royle - (Bolt plc) Board Member", "[] Cara Sedgwick - Treasurer, Acme Ltd", "1. Minutes"],
            ["Ann Quill|Board Member, Vice Chair|-|present", "Ben Royle|Board Member|-|present", "Cara Sedgwick|Treasurer|-|present"]
        },
        {
            "a register of members over dated columns, its header cell opening with a group word, lists no people",
            ["Present: Ann Quill, Ben Royle", "1. Voting rights", "|Members⏎Eligible for⏎June⏎Meeting|May 2021|April 2021\n|Acme Ltd|Y|Y\n|Bolt plc|Y|", "2. Reports"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a run-together entry after a bracket: title, name and a two-word office, its short form on the next line",
            ["Present Mr A Quill (AQ), Mr B Royle (BR) & Mr C Sedgwick (CS) Mrs D Tait Honorary Clerk", "(DT)", "1. Chair"],
            ["Mr A Quill|-|AQ|present", "Mr B Royle|-|BR|present", "Mr C Sedgwick|-|CS|present", "Mrs D Tait|Honorary Clerk|DT|present"]
        },
        {
            "'present and voting' and 'present & reporting' labels, each person's group after a colon",
            ["Present and voting:", "[] Ann Quill", "[] Ben Royle", "# Present & Reporting:", "[] Cara: Monday Night Group | Positions: all filled", "[] Dev: Friday Group", "[] Eve: Saturday Morning Big Book | Positions: open", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara|Monday Night Group|-|present", "Dev|Friday Group|-|present", "Eve|Saturday Morning Big Book|-|present"]
        },
        {
            "each person's office after a colon, in a list on the label's line and as bullets under it",
            ["Attendees: Ann Quill: Chair, Ben Royle: Secretary", "Apologies:", "[] Cara Sedgwick: Treasurer", "[] Dev Tait: Vice Chair", "Venue: Room 4", "1. Minutes"],
            ["Ann Quill|Chair|-|present", "Ben Royle|Secretary|-|present", "Cara Sedgwick|Treasurer|-|apologies", "Dev Tait|Vice Chair|-|apologies"]
        },
        {
            "guest presenters listed under their own label",
            ["Present:", "[] Ann Quill", "[] Ben Royle", "Guest Presenters:", "[] Cara Sedgwick (Acme)", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|Acme|-|in_attendance"]
        },
        {
            "a board roster at the head of minutes that record attendance nowhere else",
            ["Regular Meeting", "Commissioner Ann Quill, Chair", "Commissioner Ben Royle", "Cara Sedgwick, District Clerk",
             "1) Call to order", "Commissioner Quill opened the meeting."],
            ["Ann Quill|Commissioner|-|present", "Ben Royle|Commissioner|-|present", "Cara Sedgwick|District Clerk|-|present"]
        },
        {
            "a roster at the head gives way to an attendance list",
            ["Commissioner Ann Quill, Chair", "Commissioner Ben Royle", "Cara Sedgwick, District Clerk", "Present: Ann Quill, Dev Tait",
             "1) Call to order"],
            ["Ann Quill|-|-|present", "Dev Tait|-|-|present"]
        },
        {
            "two officers at the head are a signature, not a roster",
            ["Commissioner Ann Quill, Chair", "Cara Sedgwick, District Clerk", "1) Call to order"],
            []
        },
        {
            "an absence stated in a report's paragraph",
            ["Present: Ann Quill, Ben Royle", "Treasurer's Report: Cara Sedgwick was not in attendance but sent the balance.", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|absent"]
        },
        {
            "a label and its names typed with dashes as lines of one paragraph",
            ["Present\n- Ann Quill\n- Ben\n- Cara Sedgwick (minuting)", "Apologies\n- Dev Tait", "Meeting opened: 6:20", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben|-|-|present", "Cara Sedgwick|minuting|-|present", "Dev Tait|-|-|apologies"]
        },
        {
            "first names parted by spaces alone after a label",
            ["Board members present: Ann Tom Raj Ken", "Others present: Cara Sedgwick", "1. Minutes"],
            ["Ann|-|-|present", "Tom|-|-|present", "Raj|-|-|present", "Ken|-|-|present", "Cara Sedgwick|-|-|in_attendance"]
        },
        {
            "board members 'in attendance' are present; one attending for an organisation is in attendance",
            ["The meeting was called to order at 5 pm. Board members in attendance were Ann Quill, Ben Royle and Cara Sedgwick. Dev Tait was in attendance for Acme Management Ltd.",
             "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present", "Dev Tait|Acme Management Ltd|-|in_attendance"]
        },
        {
            "one name after 'with' is not a roll call",
            ["The meeting opened with Abbot present for the first item only.", "1. Minutes"],
            []
        },
        {
            "a group label that says how its people attended",
            ["Residents in attendance via Zoom: Ann Quill, Ben Royle", "1. Minutes"],
            ["Ann Quill|-|-|in_attendance", "Ben Royle|-|-|in_attendance"]
        },
        {
            "a list of chat handles, where an underscore stands for a space",
            ["Present: ann, BobK, carol_smith, dave", "1. Welcome"],
            ["ann|-|-|present", "BobK|-|-|present", "carol smith|-|-|present", "dave|-|-|present"]
        },
        {
            "a roll kept as a task list under subgroup headings: ticked members attended, the others did not",
            ["## Attendance", "### Voting members", "[] [x] Ann Quill - Acme Ltd", "[] [ ] Ben Royle - Widget Co", "### Observers",
             "[] [x] Cara Sedgwick", "## 1. Welcome"],
            ["Ann Quill|Acme Ltd|-|present", "Ben Royle|Widget Co|-|absent", "Cara Sedgwick|-|-|present"]
        },
        {
            "a subheading that is an attendance label of its own opens its own group",
            ["## Attendance", "### Present", "[] Ann Quill", "[] Ben Royle", "### Apologies", "[] Cara Sedgwick"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|apologies"]
        },
        {
            "'members present were' and 'also present were' sentences",
            ["The meeting was called to order at 7 pm. Board members present were supervisors Abbot and Bexley, treasurer Ann Corran, and Clerk Dee Elstow. Also present were Fay Garrow and Hal Innes.",
             "1. Minutes"],
            ["Abbot|Supervisor|-|present", "Bexley|Supervisor|-|present", "Ann Corran|treasurer|-|present", "Dee Elstow|Clerk|-|present",
             "Fay Garrow|-|-|in_attendance", "Hal Innes|-|-|in_attendance"]
        },
        {
            "entries parted by semicolons, each a name and its descriptors, with how someone attended set apart",
            ["The chair opened the meeting. In attendance were, by telephone, Ann Quill of Ohio, member; Ben Royle, Executive Director; and Cara Sedgwick, Clerk.",
             "1. Minutes"],
            ["Ann Quill|member|-|in_attendance", "Ben Royle|Executive Director|-|in_attendance", "Cara Sedgwick|Clerk|-|in_attendance"]
        },
        {
            "'present were' followed by a verb is not a list",
            ["The members present were surveyed for conflicts of interest and none were found.", "1. Minutes"],
            []
        },
        {
            "a label line set as a heading, with its person on the same line",
            ["# Minutes of the council", "## Present: Cllr Ann Quill (Chairman)", "## 1. Minutes"],
            ["Cllr Ann Quill|Chairman|-|present"]
        },
        {
            "descriptors joined by slashes: the one naming a role wins over organisations",
            ["## Attendance", "[] Ann Quill - Acme Ltd / Chairperson / Widget Project", "[] Ben Royle - Acme Ltd / Widget Project", "## 1. Welcome"],
            ["Ann Quill|Chairperson|-|present", "Ben Royle|Acme Ltd / Widget Project|-|present"]
        },
        {
            "a plural office opens a roll call of surnames",
            ["Present: Trustees Abbot, Bexley and Corran", "1. Welcome"],
            ["Abbot|Trustee|-|present", "Bexley|Trustee|-|present", "Corran|Trustee|-|present"]
        },
        {
            "single offices before the plural one keep their own office",
            ["Present: Chair Dunmore, Vice Chair Elstow and Commissioners Fenby, Garrow and Halse"],
            ["Dunmore|Chair|-|present", "Elstow|Vice Chair|-|present", "Fenby|Commissioner|-|present", "Garrow|Commissioner|-|present",
             "Halse|Commissioner|-|present"]
        },
        {
            "a roll call of aldermen in the paragraph after the label",
            ["MEMBERS PRESENT:", "Aldermen Abbot, Bexley and Corran.", "ABSENT: Trustee Garrow"],
            ["Abbot|Alderman|-|present", "Bexley|Alderman|-|present", "Corran|Alderman|-|present", "Garrow|Trustee|-|absent"]
        },
        {
            "a label on its own line with a list of entries in the next paragraph",
            ["Present:", "Ann Quill (Biology); Ben Royle (History); Cara Sedgwick (Music)", "Absent:", "Dev Tait (Physics)"],
            ["Ann Quill|Biology|-|present", "Ben Royle|History|-|present", "Cara Sedgwick|Music|-|present", "Dev Tait|Physics|-|absent"]
        },
        {
            "X for Y: X attends in place of Y, who is absent; how someone attended is not a role",
            ["Present: Ann Quill (Biology); Ben Royle for Cara Sedgwick (History); Dev Tait by phone (Music)"],
            ["Ann Quill|Biology|-|present", "Ben Royle|History|-|present", "Cara Sedgwick|History|-|absent", "Dev Tait|Music|-|present"]
        },
        {
            "two people standing in for one share the seat's descriptor",
            ["Present: Ann Quill and Ben Royle for Cara Sedgwick (Chemistry); Dev Tait (Music)"],
            ["Ann Quill|Chemistry|-|present", "Ben Royle|Chemistry|-|present", "Cara Sedgwick|Chemistry|-|absent", "Dev Tait|Music|-|present"]
        },
        {
            "an organisation after a run of names joined by and belongs to the whole run",
            ["Other attendees: Ann Quill, Ben Royle and Cara Sedgwick (Treasury)"],
            ["Ann Quill|Treasury|-|in_attendance", "Ben Royle|Treasury|-|in_attendance", "Cara Sedgwick|Treasury|-|in_attendance"]
        },
        {
            "a role after the last name stays with that person",
            ["Present: Ann Quill, Ben Royle and Cara Sedgwick (Clerk)"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|Clerk|-|present"]
        },
        {
            "a sentence after the names is not a shared organisation",
            ["Apologies: were received from Cllr Quill and Cllr Royle. Cllr Sedgwick had not replied."],
            ["Cllr Quill|-|-|apologies", "Cllr Royle|-|-|apologies"]
        },
        {
            "officer lists written role first, wrapped over several lines",
            ["OFFICIALS IN ATTENDANCE:", "Director of Roads (Mr. T. Quill), Senior", "Engineer (Ms. A. Royle), Administrative Officer, Finance",
             "(Mr. B. Sedgwick).", "1. Minutes"],
            ["Mr. T. Quill|Director of Roads|-|in_attendance", "Ms. A. Royle|Senior Engineer|-|in_attendance",
             "Mr. B. Sedgwick|Administrative Officer, Finance|-|in_attendance"]
        },
        {
            "the label's own role: in the chair, secretariat",
            ["PRESENT IN THE CHAIR: Cllr Hal Yeo.", "Secretariat: Fay Vane and Gus Wray (HDT)."],
            ["Cllr Hal Yeo|Chair|-|present", "Fay Vane|Secretariat|-|in_attendance", "Gus Wray|Secretariat|-|in_attendance"]
        },
        {
            "side-by-side groups in a table, a label lower in a column opens a new group",
            ["|Present:|Officials:\n|Ann Quill (Chair)|Ben Royle (Treasury)\n|Cara Sedgwick|Guests:\n|Dev Tait|Eve Ulley"],
            ["Ann Quill|Chair|-|present", "Cara Sedgwick|-|-|present", "Dev Tait|-|-|present", "Ben Royle|Treasury|-|in_attendance",
             "Eve Ulley|-|-|in_attendance"]
        },
        {
            "side-by-side groups with short forms and lower labels",
            ["|Attendees|Officials\n|Ann Quill (AQ)|Ben Royle (BR)\n|Cara Sedgwick (CSe)|Apologies\n| |Dev Tait (DT)"],
            ["Ann Quill|-|AQ|present", "Cara Sedgwick|-|CSe|present", "Ben Royle|-|BR|in_attendance", "Dev Tait|-|DT|apologies"]
        },
        {
            "entries run together in one cell are split after each short form",
            ["|Present:|Apologies:\n|Ann Quill (AQ) CHAIR Ben Royle (BR) Cara Sedgwick (CS) CLERK|Dev Tait"],
            ["Ann Quill|CHAIR|AQ|present", "Ben Royle|-|BR|present", "Cara Sedgwick|CLERK|CS|present", "Dev Tait|-|-|apologies"]
        },
        {
            "entries run together without a space after the bracket",
            ["Present: Ann Quill (Biology)Ben Royle (History)"],
            ["Ann Quill|Biology|-|present", "Ben Royle|History|-|present"]
        },
        {
            "two entries run together under a heading; an office before a dash in the bracket is the role",
            ["## Present", "Ann Quill (Chair – Youth Club) Ben Royle (Drama Society)", "Cara Sedgwick (Film Society)", "## Apologies",
             "Dev Tait (Town Council) Eve Ulley (Parish Council)", "1. Welcome"],
            ["Ann Quill|Chair|-|present", "Ben Royle|Drama Society|-|present", "Cara Sedgwick|Film Society|-|present",
             "Dev Tait|Town Council|-|apologies", "Eve Ulley|Parish Council|-|apologies"]
        },
        {
            "a table after a label: names with brackets, a dash column, organisations",
            ["Attendees:", "|Ann Quill (AQ) (Chair)||-|Hollowmere Trust\n|Ben Royle (BR)||-|Eastvale Council\n|Cara Sedgwick (CS)||-|Westfield Trust"],
            ["Ann Quill|Chair|AQ|present", "Ben Royle|Eastvale Council|BR|present", "Cara Sedgwick|Westfield Trust|CS|present"]
        },
        {
            "columns of attendance marks are not roles",
            ["# GOVERNOR ATTENDANCE", "|Ann Quill|P|P\n|Ben Royle|P|A\n|Cara Sedgwick||P\n|Chaired by Ann Quill||Clerked by Dev Tait",
             "Agenda item 18/21 To record those present, accept any apologies and welcome any visitors"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present"]
        },
        {
            "a numbered list of names under an attendance heading",
            ["## Meeting Attendees", "[1.] Ann Quill", "[2.] Ben Royle", "## Agenda", "[1.] Discuss the plan"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a numbered roll call item followed by one name per line",
            ["1. Roll call", "Ann Quill\nBen Royle", "Regrets:", "Cara Sedgwick", "2. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|apologies"]
        },
        {
            "a note between a roll call heading and the names is not a person",
            ["## 2. Roll call", "All members recorded their attendance on the shared calendar before the meeting started.",
             "Ann Quill (Northwind)", "Ben Royle (Individual)", "## 3. Agenda"],
            ["Ann Quill|Northwind|-|present", "Ben Royle|Individual|-|present"]
        },
        {
            "markup left before a converted heading does not hide the label",
            ["## []()Attending", "[] Ann Quill (AQ)", "[] Ben Royle (BR)", "### []() Apologies", "[] Cara Sedgwick (CS)", "## Minutes"],
            ["Ann Quill|-|AQ|present", "Ben Royle|-|BR|present", "Cara Sedgwick|-|CS|apologies"]
        },
        {
            "an attendee list named after its meeting tool",
            ["Webinar Attendee List", "[] Ann Quill (Northwind)", "[] Ben Royle (Eastvale)", "Discussion started late."],
            ["Ann Quill|Northwind|-|present", "Ben Royle|Eastvale|-|present"]
        },
        {
            "a short form with a role in one bracket; acronyms that are not initials name an organisation",
            ["Present: Ann Quill (AQ, Chair), Ben Royle (NWL), Cara Sedgwick (CFO), Dev Tait (DT)"],
            ["Ann Quill|Chair|AQ|present", "Ben Royle|NWL|-|present", "Cara Sedgwick|-|CFO|present", "Dev Tait|-|DT|present"]
        },
        {
            "a short form introduced in the body belongs to a listed attendee when it is built from the initials",
            ["Attendees:", "|Ann Quill|Northwind Trust\n|Ben Royle|Eastvale Council", "1. Welcome", "Ann Quill (AQ) welcomed everyone. Ben Royle (EV) spoke."],
            ["Ann Quill|Northwind Trust|AQ|present", "Ben Royle|Eastvale Council|-|present"]
        },
        {
            "an officer block with dashes at the head of the minutes",
            ["# Quarterly Board Meeting", "Past President - Ann Quill", "President - Ben Royle", "Treasurer - Cara Sedgwick",
             "Attendees: Ben Royle, Cara Sedgwick, Dev Tait", "1. Welcome"],
            ["Ben Royle|President|-|present", "Cara Sedgwick|Treasurer|-|present", "Dev Tait|-|-|present", "Ann Quill|Past President|-|present"]
        },
        {
            "a role and a name with a dash after the attendance list is prose, not an officer block",
            ["Present: Ann Quill, Ben Royle", "1. Election of officers", "Chair – Ann Quill"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a roll call vote and its ayes are not attendance",
            ["Present: Ann Quill", "Roll call vote:", "Ayes – Ben Royle, Cara Sedgwick", "Motion carried"],
            ["Ann Quill|-|-|present"]
        },
        {
            "an agenda heading about recording attendance is not a label",
            ["## 1. To record those present", "Ann Quill welcomed the members and the minutes were approved."],
            []
        },
        {
            "a bracket role inside a plural-office roll call describes that person only",
            ["Present: Trustees A Abbot (Chair), B Bexley, C Corran and D Dunmore", "1. Welcome"],
            ["A Abbot|Chair|-|present", "B Bexley|Trustee|-|present", "C Corran|Trustee|-|present", "D Dunmore|Trustee|-|present"]
        },
        {
            "a name after a bracket without a comma is one more entry",
            ["Present: Councillors A Abbot (Chair) B Bexley, C Corran and D Dunmore\nClerk E Elstow", "1. Welcome"],
            ["A Abbot|Chair|-|present", "B Bexley|Councillor|-|present", "C Corran|Councillor|-|present", "D Dunmore|Councillor|-|present",
             "E Elstow|Clerk|-|present"]
        },
        {
            "members, guests and visitors labels",
            ["Members: Ann Quill, Ben Royle", "Guests: Cara Sedgwick", "Visitors: Dev Tait", "1. Welcome"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|in_attendance", "Dev Tait|-|-|in_attendance"]
        },
        {
            "a regrets label whose value says nobody gives no one",
            ["Present: Ann Quill, Ben Royle", "Regrets: Nil", "Apologies: None received.", "1. Welcome"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a regrets heading with a gloss after a slash",
            ["Present: Ann Quill, Ben Royle", "# Regrets / could not make it", "Cara Sedgwick", "1. Welcome"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|apologies"]
        },
        {
            "a group heading saying not in attendance lists absent people",
            ["Present: Ann Quill, Ben Royle", "# Voting members not in attendance", "Cara Sedgwick", "Dev Tait", "1. Welcome"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|absent", "Dev Tait|-|-|absent"]
        },
        {
            "a call sign after each name is the person's short form, not part of the name; two of one name with different codes are two people",
            ["Members: Ann Quill AB1CDE, Ben VE9XYZ, Cara Sedgwick K2ABC, Ben VA9QRS", "Guests: Dev Tait W1AW", "1. Welcome"],
            ["Ann Quill|-|AB1CDE|present", "Ben|-|VE9XYZ|present", "Cara Sedgwick|-|K2ABC|present", "Ben|-|VA9QRS|present", "Dev Tait|-|W1AW|in_attendance"]
        },
        {
            "a member number or handle after the name, with a bracketed role kept",
            ["Present: Ann Quill E10234 (Chair); Ben Royle @broyle; Cara Sedgwick", "1. Welcome"],
            ["Ann Quill|Chair|E10234|present", "Ben Royle|-|@broyle|present", "Cara Sedgwick|-|-|present"]
        },
        {
            "a list of nothing but call signs names each member by the code; a label with Nil and no colon gives no one",
            ["Present: AB1CDE, CD2EFG, EF3GHI and GH4IJK.\nRegrets Nil\nGuests: Nil\nMeeting called to order at 6:26 PM by AB1CDE", "1. Welcome"],
            ["AB1CDE|-|-|present", "CD2EFG|-|-|present", "EF3GHI|-|-|present", "GH4IJK|-|-|present"]
        },
        {
            "a list of handles",
            ["Attendees: @aquill, @broyle, @csedgwick", "1. Welcome"],
            ["@aquill|-|-|present", "@broyle|-|-|present", "@csedgwick|-|-|present"]
        },
        {
            "organisation acronyms without digits are not codes",
            ["Present: Ann Quill, Ben Royle", "Apologies: ABC, DEF", "1. Welcome"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "an absent-group label of three group words in a paragraph",
            ["Attendees", "Ann Quill", "Ben Royle", "Board Voting Members not in attendance", "Cara Sedgwick", "Dev Tait", "1. Welcome"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|absent", "Dev Tait|-|-|absent"]
        },
        {
            "an organisation acronym glued to the name by a hyphen is the descriptor; a double-barrelled surname stays whole",
            ["Attendees: Ann Quill-ABC, Ben Royle-Hart, Cara Sedgwick-DEFG, Dev Tait", "1. Welcome"],
            ["Ann Quill|ABC|-|present", "Ben Royle-Hart|-|-|present", "Cara Sedgwick|DEFG|-|present", "Dev Tait|-|-|present"]
        },
        {
            "an officer block without a list label: each officer attended in that role",
            ["# Garden Club committee meeting", "Chair: Ann Quill", "Secretary: Ben Royle", "Treasurer: Cara Sedgwick", "1. Welcome"],
            ["Ann Quill|Chair|-|present", "Ben Royle|Secretary|-|present", "Cara Sedgwick|Treasurer|-|present"]
        },
        {
            "an officer block on one line separated by slashes",
            ["# Garden Club committee meeting", "Chair: Ann Quill / Secretary: Ben Royle / Treasurer: Cara Sedgwick", "1. Welcome"],
            ["Ann Quill|Chair|-|present", "Ben Royle|Secretary|-|present", "Cara Sedgwick|Treasurer|-|present"]
        },
        {
            "an officer block with compound offices, and a list of the others (listed groups come first)",
            ["# Garden Club committee meeting", "Chairperson: Ann Quill", "Vice Chair: Ben Royle", "Membership Secretary: Cara Sedgwick",
             "Also present: Dev Tait", "1. Welcome"],
            ["Dev Tait|-|-|in_attendance", "Ann Quill|Chairperson|-|present", "Ben Royle|Vice Chair|-|present",
             "Cara Sedgwick|Membership Secretary|-|present"]
        },
        {
            "label cells with a head count beside office-prefixed surnames",
            ["# Commission meeting", "|Present (3):|Vice Chair Abbot, Commissioners Bexley, K. Corran\n|Excused (1):|Chair Dunmore\n|Absent (0):|", "1. Welcome"],
            ["Abbot|Vice Chair|-|present", "Bexley|Commissioner|-|present", "K. Corran|Commissioner|-|present", "Dunmore|Chair|-|apologies"]
        },
        {
            "a status-first group heading over one person per line with a role after a comma",
            ["# Association board meeting", "# Present Board Members:", "Ann Quill, President", "Ben Royle, Treasurer", "Cara Sedgwick",
             "# Absent Board Members:", "Dev Tait, Editor", "# Old Business", "Members discussed the newsletter."],
            ["Ann Quill|President|-|present", "Ben Royle|Treasurer|-|present", "Cara Sedgwick|-|-|present", "Dev Tait|Editor|-|absent"]
        },
        {
            "tables of bracketed initials beside 'Name - Role' under attendance headings",
            ["# Committee meeting", "# Attendees", "|(AQ)|Ann Quill - Chair\n|(BR)|Ben Royle - Secretary", "# Apologies", "|(CS)|Cara Sedgwick - Member",
             "# Minutes", "1. Welcome"],
            ["Ann Quill|Chair|AQ|present", "Ben Royle|Secretary|BR|present", "Cara Sedgwick|Member|CS|apologies"]
        },
        {
            "a label cell, then names beside a column of their initials, in pairs; the initials part names run together",
            ["|Present:|Ann Quill Ben Royle (County)|AQ BR|Cara Sedgwick Ravi Allan|CS RA", "1. Welcome"],
            ["Ann Quill|-|AQ|present", "Ben Royle|County|BR|present", "Cara Sedgwick|-|CS|present", "Ravi Allan|-|RA|present"]
        },
        {
            "a label row whose short cells are not the names' initials is read as a label and its value",
            ["|Present:|Ann Quill, Ben Royle|Chair"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a label closed by a full stop before a list of names",
            ["Present. Ann Quill, Ben Royle, Cara Sedgwick", "1. Welcome"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present"]
        },
        {
            "a full stop after a label that opens a sentence is no list",
            ["Present. The chair welcomed everyone, including new members.", "1. Welcome"],
            []
        },
        {
            "two people each with initials in brackets under an apologies item; braces mark an organisation like brackets",
            ["3 Apologies for Absence", "Ann Quill {County} (AQ), Ben Royle (BR)", "4 Minutes"],
            ["Ann Quill|County|AQ|apologies", "Ben Royle|-|BR|apologies"]
        },
        {
            "members known by their initials among first names are people too",
            ["Present: Gina, Nico, Will Myers, Lu, LJ, Val, Eric Teub, Cal, CJ, Hana", "1. Finances"],
            ["Gina|-|-|present", "Nico|-|-|present", "Will Myers|-|-|present", "Lu|-|-|present", "LJ|-|-|present", "Val|-|-|present",
             "Eric Teub|-|-|present", "Cal|-|-|present", "CJ|-|-|present", "Hana|-|-|present"]
        },
        {
            "letters after a name for an office or honour, and a police rank before one, are the role",
            ["In attendance: PC Ann Quill (AQ), Sgt Ben Royle", "Apologies: Cara Sedgwick MP, Dev Tait OBE", "1. Welcome"],
            ["Ann Quill|PC|AQ|present", "Ben Royle|Sgt|-|present", "Cara Sedgwick|MP|-|apologies", "Dev Tait|OBE|-|apologies"]
        },
        {
            "an office in square brackets before the initials, as Markdown pages write it",
            ["Present: Ann Quill (AQ), Ben Royle [Treasurer] (BR), Cara Sedgwick (CS)", "Apologies: Dev Tait [Chair], Eve Ulley \\[Head Teacher\\] (EU), Fay Orton", "1. Welcome"],
            ["Ann Quill|-|AQ|present", "Ben Royle|Treasurer|BR|present", "Cara Sedgwick|-|CS|present", "Dev Tait|Chair|-|apologies", "Eve Ulley|Head Teacher|EU|apologies", "Fay Orton|-|-|apologies"]
        },
        {
            "a roll call answered name by name: the answer is the status",
            ["ROLL CALL OF COUNCIL:", "Abbot - Here", "Bexley - Present", "Corran - Absent", "Mayor Abbot asked for approval of the agenda."],
            ["Abbot|-|-|present", "Bexley|-|-|present", "Corran|-|-|absent"]
        },
        {
            "members listed by their initials alone under an attendees heading",
            ["## Attendees", "People who attended:", "[] HA - Chair", "[] JC", "[] BD", "## Discussion", "The budget was agreed."],
            ["HA|Chair|-|present", "JC|-|-|present", "BD|-|-|present"]
        },
        {
            "a lone acronym among named attendees is not a person",
            ["## Attendees", "[] Ann Quill", "[] Ben Royle", "[] TBC", "## Discussion", "The budget was agreed."],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a bulleted attendee list noting in brackets who was not there",
            ["## Attendees:", "[] Ann Quill", "[] Ben Royle", "[] Cara Sedgwick ( Not present )", "[] Dev Tait (sent apologies)", "## Finance"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|absent", "Dev Tait|-|-|apologies"]
        },
        {
            "a label list closed by 'were present', with hyphenated offices before names",
            ["Commissioners Present: President Ann Quill, Vice-President Ben Royle, Co-Chair Cara Sedgwick and Dev Tait were present.", "I. CALL TO ORDER"],
            ["Ann Quill|President|-|present", "Ben Royle|Vice-President|-|present", "Cara Sedgwick|Co-Chair|-|present", "Dev Tait|-|-|present"]
        },
        {
            "staff listed with their post after a comma; a double-barrelled surname is no office",
            ["Management and Staff: Fay Orton, Port Manager", "Present: Ann Reid-Quill, Ben Royle", "1. Minutes"],
            ["Fay Orton|Port Manager|-|in_attendance", "Ann Reid-Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "apologies received from a list given after a colon, inside a paragraph of attendance sentences",
            ["1. Members present were: Ann Quill (chair), Ben Royle. Apologies were received from: Cara Sedgwick and Dev Tait.", "2. Minutes"],
            ["Cara Sedgwick|-|-|apologies", "Dev Tait|-|-|apologies", "Ann Quill|chair|-|present", "Ben Royle|-|-|present"]
        },
        {
            "an officer list written role first, then a dash and the name; a plural role is held by each name after it",
            ["# Garden club board meeting", "MEMBERS PRESENT:",
             "President – Ann Quill\nVice Chair - Ben Royle\nEvents Coordinator – Cara Sedgwick\nCaptains – Dev Tait, Eve Ulley",
             "MINUTES OF THE LAST MEETING: approved as posted."],
            ["Ann Quill|President|-|present", "Ben Royle|Vice Chair|-|present", "Cara Sedgwick|Events Coordinator|-|present",
             "Dev Tait|Captains|-|present", "Eve Ulley|Captains|-|present"]
        },
        {
            "name first, then a dash and the role, as before",
            ["Present:", "Ann Quill – Treasurer\nBen Royle - Coach", "1. Minutes"],
            ["Ann Quill|Treasurer|-|present", "Ben Royle|Coach|-|present"]
        },
        {
            "a singular role before the dash belongs to its own name only",
            ["Present: Secretary – Ann Quill, Ben Royle", "1. Minutes"],
            ["Ann Quill|Secretary|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a numbered roll under PRESENT / ABSENT / OTHER ATTENDEES headings, numbers running on, rows partly out of the table",
            ["# Attendance", "## PRESENT", "|1. Ann Quill|Chair\n|2. Ben Royle|Elected Member", "3. Cara Sedgwick Alternate Member",
             "4. Dev Tait Elected Member", "## ABSENT", "5. Eve Ulley Alternate Member", "## OTHER ATTENDEES",
             "|6. Fay Garrow|Office of the Budget\n|7. Hal Innes|General Services Agency", "# Meeting Minutes", "1. The board approved the budget.",
             "2. The board adjourned."],
            ["Ann Quill|Chair|-|present", "Ben Royle|Elected Member|-|present", "Fay Garrow|Office of the Budget|-|in_attendance",
             "Hal Innes|General Services Agency|-|in_attendance", "Cara Sedgwick|Alternate Member|-|present",
             "Dev Tait|Elected Member|-|present", "Eve Ulley|Alternate Member|-|absent"]
        },
        {
            "a name split into given and family name columns, a status column and group rows between the people",
            ["## Participants", "|Given Name|Family Name|Affiliation|Role|Present\n|Voting Members\n|Ann|Quill|Acme Ltd|Voting Member, Convenor|Present"
             + "\n|Ben|Royle|Widget Co|Voting Member|Absent\n|Non-Voting Members\n|Cara|Sedgwick|Gizmo Inc|non-voting Member|Absent"
             + "\n|Observers\n|Dev|van Tait|Gizmo Inc|Observer|Present", "## 1. Agenda"],
            ["Ann Quill|Voting Member, Convenor|-|present", "Ben Royle|Voting Member|-|absent", "Cara Sedgwick|non-voting Member|-|absent",
             "Dev van Tait|Observer|-|in_attendance"]
        },
        {
            "first and last name columns with apologies in the status column",
            ["|First Name|Last Name|Role|Status\n|Ann|Quill|Chair|Present\n|Ben|Royle|Treasurer|Apologies", "1. Welcome"],
            ["Ann Quill|Chair|-|present", "Ben Royle|Treasurer|-|apologies"]
        },
        {
            "forename and surname columns",
            ["|Forename|Surname|Position|Attendance\n|Ann|Quill|Clerk|Present\n|Ben|Royle|Councillor|Absent", "1. Welcome"],
            ["Ann Quill|Clerk|-|present", "Ben Royle|Councillor|-|absent"]
        },
        {
            "two groups run together on one line, as OCR joins them, with a space before each colon",
            ["Present : Ann Quill, Ben Royle Apologies : Cara Sedgwick, Dev Tait", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|apologies", "Dev Tait|-|-|apologies"]
        },
        {
            "a second group after a semicolon, its label led by group words",
            ["Present: Ann Quill; Board Members Absent: Ben Royle", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|absent"]
        },
        {
            "a chat handle in brackets, built from the name, is the person's short form; a word in brackets is not",
            ["Present: Kris Quill (kquill2), Ann Royle (ann-r), Ben Sedgwick (Ben), Cara Tait (late)", "1. Minutes"],
            ["Kris Quill|-|kquill2|present", "Ann Royle|-|ann-r|present", "Ben Sedgwick|-|Ben|present", "Cara Tait|late|-|present"]
        },
        {
            "a roll call written as a sentence, the list after its colon, an office before the first name",
            ["4. ROLL CALL", "The following members of Town Council were in attendance: Mayor Ann Quill, Ben Royle, and Cara Sedgwick.", "5. Minutes"],
            ["Ann Quill|Mayor|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present"]
        },
        {
            "staff named in a roll-call sentence are in attendance; a sentence naming those absent gives absent",
            ["The following staff were present: Dan Tait, Eve Ulley", "The following members were absent: Fay Orton", "1. Minutes"],
            ["Dan Tait|-|-|in_attendance", "Eve Ulley|-|-|in_attendance", "Fay Orton|-|-|absent"]
        },
        {
            "an officer block in a two-column table",
            ["# Garden Club committee meeting", "|Chair|Ann Quill\n|Secretary|Ben Royle\n|Treasurer|Cara Sedgwick", "1. Welcome"],
            ["Ann Quill|Chair|-|present", "Ben Royle|Secretary|-|present", "Cara Sedgwick|Treasurer|-|present"]
        },
        {
            "a short form in brackets, then a colon and where the person comes from",
            ["Present:", "[] Ann Quill (AQ): Example University", "[] Ben Royle (BR): Treasurer", "1. Minutes"],
            ["Ann Quill|Example University|AQ|present", "Ben Royle|Treasurer|BR|present"]
        },
        {
            "labels written as sentences before bulleted lists, in person and remotely",
            ["Were present in person:", "[] Ann Quill (AQ): Example University", "Participated remotely via video link:", "[] Ben Royle (BR): Example Ltd", "1. Minutes"],
            ["Ann Quill|Example University|AQ|present", "Ben Royle|Example Ltd|BR|present"]
        },
        {
            "a short form and an organisation in one bracket, parted by a colon",
            ["Present: Ann Quill (AQ: Example University), Ben Royle", "1. Minutes"],
            ["Ann Quill|Example University|AQ|present", "Ben Royle|-|-|present"]
        },
        {
            "one line of people per organisation, each label naming where they come from",
            ["Present from Northfield: Ann Quill, Ben Royle (Chair)", "Present from Southgate: Cara Sedgwick", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|Chair|-|present", "Cara Sedgwick|-|-|present"]
        },
        {
            "a paragraph whose last sentence counts those present opens the list in the next paragraph",
            ["The meeting was held at the town hall. There were 3 members present:", "Ann Quill (Northfield), Ben Royle (Southgate), Cara Sedgwick (Westbury)", "1. Minutes"],
            ["Ann Quill|Northfield|-|present", "Ben Royle|Southgate|-|present", "Cara Sedgwick|Westbury|-|present"]
        },
        {
            "members named together in a sentence as not present are absent",
            ["Present: Ann Quill, Ben Royle", "1. Membership", "Cara Sedgwick, Dev Tait and Eve Ulley were not present and sent no apologies."],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|absent", "Dev Tait|-|-|absent", "Eve Ulley|-|-|absent"]
        },
        {
            "a list whose line wrap parted a first name from its surname",
            ["Excused: Ann Quill, Ben Royle, Cara", "Sedgwick, Dev Tait.", "1. Minutes"],
            ["Ann Quill|-|-|apologies", "Ben Royle|-|-|apologies", "Cara Sedgwick|-|-|apologies", "Dev Tait|-|-|apologies"]
        },
        {
            "a subheading of people the minutes only mention ends the record of those who came",
            ["# Board meeting", "## Attendees", "[] Ann Quill (AQ)", "[] Ben Royle (BR)", "### Others mentioned in these minutes", "[] Cara Sedgwick (CS)", "## Reports"],
            ["Ann Quill|-|AQ|present", "Ben Royle|-|BR|present"]
        },
        {
            "people who came late, and one recorded absent after a report's name and a dash",
            ["Present: Ann Quill, Ben Royle", "1. Reports", "Garden team – Cara Sedgwick was absent.", "Dev Tait arrived at 7.40pm.", "Eve Ulley joined the meeting at item 2.", "Fay Orton arrived late, so no report was given."],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|absent", "Dev Tait|-|-|present", "Eve Ulley|-|-|present", "Fay Orton|-|-|present"]
        },
        {
            "a line holding only a colon is no label and breaks nothing",
            ["Present: Ann Quill, Ben Royle", ":", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "a list of names with their e-mail addresses gives no role",
            ["In attendance:", "|Ann Quill|ann.quill@example.org\n|Ben Royle|ben@example.org", "1. Minutes"],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|present"]
        },
        {
            "subgroups under an attendees heading: a note closing one does not end the record, and guests keep their own status",
            ["# Board meeting 2024-03-04", "## Attendees", "### Board Members", "[] [ ] Ann Quill - Acme", "[] [x] Ben Royle - Acme", "Quorum: yes",
             "### Observers and Non-Voting Guests", "[] Cara Sedgwick", "[] Dev Tait", "## Agenda", "[] Budget"],
            ["Ann Quill|Acme|-|absent", "Ben Royle|Acme|-|present", "Cara Sedgwick|-|-|in_attendance", "Dev Tait|-|-|in_attendance"]
        },
        {
            "subgroups under an apologies heading keep the apologies",
            ["# Board meeting 2024-03-04", "## Present", "[] Ann Quill", "## Apologies", "### Finance Committee", "[] Ben Royle", "## 1. Budget", "Agreed."],
            ["Ann Quill|-|-|present", "Ben Royle|-|-|apologies"]
        },
        {
            "people joining by video and excused absences, each a label over a list",
            ["Club committee meeting 14/3/2012", "People present:\nAnn\nBen", "Joining by video:\nCara\nDev", "Excused Absences:\nEve\nFay", "Gear", "The gear was counted."],
            ["Ann|-|-|present", "Ben|-|-|present", "Cara|-|-|present", "Dev|-|-|present", "Eve|-|-|apologies", "Fay|-|-|apologies"]
        },
        {
            "a clock time in brackets after a name is when the person came, not a role",
            ["# Club meeting", "Present:", "[] Ann Quill (Chair)", "[] Ben Royle (7:45PM)", "[] Cara Sedgwick (arrived 8.10pm)", "1. Budget"],
            ["Ann Quill|Chair|-|present", "Ben Royle|-|-|present", "Cara Sedgwick|-|-|present"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Records_attendance_written_the_common_ways(string name, string[] blocks, string[] expected)
    {
        var people = RecordText.People(Parse(blocks));
        Assert.True(expected.SequenceEqual(people), $"{name}: got [{string.Join("; ", people)}]");
    }

    [Theory]
    [InlineData("Board Members Present:", "present")]
    [InlineData("Members:", "present")]
    [InlineData("Also attending:", "in_attendance")]
    [InlineData("Visitors:", "in_attendance")]
    [InlineData("Regrets / could not attend:", "apologies")]
    [InlineData("Members not in attendance:", "absent")]
    [InlineData("Meeting Attendees:", "present")]
    [InlineData("Panel:", "present")]
    [InlineData("Roll call:", "present")]
    [InlineData("Board Members Absent:", "absent")]
    [InlineData("Excused:", "apologies")]
    [InlineData("Community Members Present:", "in_attendance")]
    [InlineData("Staff attending:", "in_attendance")]
    [InlineData("Public attending:", "in_attendance")]
    [InlineData("Officials in attendance:", "in_attendance")]
    [InlineData("Officials:", "in_attendance")]
    [InlineData("Other Attendees:", "in_attendance")]
    [InlineData("Members of the public:", "in_attendance")]
    [InlineData("Present Board Members:", "present")]
    [InlineData("Absent Trustees:", "absent")]
    [InlineData("Present (2):", "present")]
    [InlineData("Excused (2):", "apologies")]
    [InlineData("Members present (n=12):", "present")]
    [InlineData("Apologies (2 members):", "apologies")]
    [InlineData("Participants:", "present")]
    [InlineData("Homeowners in attendance:", "in_attendance")]
    [InlineData("Owners present:", "present")]
    [InlineData("Apology:", "apologies")]
    [InlineData("Proxies received from:", "absent")]
    [InlineData("Present from Northfield:", "present")]
    [InlineData("Attending for the County:", "present")]
    [InlineData("Joined via phone:", "present")]
    [InlineData("Dialled in:", "present")]
    [InlineData("Excused absences:", "apologies")]
    [InlineData("Absences:", "absent")]
    public void Group_labels_give_their_status(string label, string status)
    {
        // Members present are listed first, so that a group of others keeps its own status.
        var people = RecordText.People(Parse("# Committee meeting", "Present: Ann Quill", label + " Grace Vellacott, Yusuf Ibrahim", "1. Welcome"));
        Assert.Equal(["Ann Quill|-|-|present", $"Grace Vellacott|-|-|{status}", $"Yusuf Ibrahim|-|-|{status}"], people);
    }

    [Theory]
    [InlineData("President – Ann Quill", "President", "Ann Quill")]
    [InlineData("Vice Chair - Ben Royle", "Vice Chair", "Ben Royle")]
    [InlineData("Equipment Manager – Cara Sedgwick (CS)", "Equipment Manager", "Cara Sedgwick (CS)")]
    [InlineData("Ann Quill – Treasurer", null, null)]
    [InlineData("Finance report – Ann Quill", null, null)]
    [InlineData("Minutes – Ben Royle", null, null)]
    [InlineData("Treasurer – to be appointed", null, null)]
    public void Role_first_entries_put_the_person_after_the_dash(string text, string? role, string? name)
    {
        var lead = MinutesIngest.Core.Parsing.Attendance.PersonEntryParser.RoleFirst(text);
        Assert.Equal(role, lead?.Role);
        Assert.Equal(name, lead?.Name);
    }

    [Theory]
    [InlineData("Ann Quill, Ben Royle Apologies : Cara Sedgwick", "Apologies : Cara Sedgwick")]
    [InlineData("Ann Quill; Also present: Ben Royle", "Also present: Ben Royle")]
    [InlineData("Ann Quill (Chair: Finance), Ben Royle", null)]
    [InlineData("Ann Quill, Ben Royle", null)]
    public void A_second_label_inside_a_label_line_starts_where_its_words_do(string text, string? from)
    {
        var inline = MinutesIngest.Core.Parsing.Lexicon.AttendanceLabels.Inline(text);
        Assert.Equal(from, inline is { } i ? text[i.Index..] : null);
    }

    [Theory]
    [InlineData("Roll call vote:")]
    [InlineData("Motion to approve the agenda:")]
    [InlineData("Report from staff:")]
    [InlineData("Members of the public were invited to speak.")]
    [InlineData("Regrets received from the treasurer")]
    [InlineData("Present NIL members")]
    public void Lines_that_only_mention_attendance_words_are_not_labels(string line) =>
        Assert.Null(MinutesIngest.Core.Parsing.Lexicon.AttendanceLabels.Match(line));
}
