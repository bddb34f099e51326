using System.Text;
using MinutesIngest.Core.Extraction.Text;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Ingest.Triage;
using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Ingest.Tests.Triage;

/// <summary>The class triage gives small invented documents of each kind, and the hard cases between the kinds.</summary>
public sealed class DocumentTriageTests
{
    public static TheoryData<string, string[], DocumentClass> Cases() => new()
    {
        { "notes in the present tense under the agenda they followed, the meeting recorded by a head count",
          ["# 4th regular meeting", "9 people attended", "## Agenda", "[1.] Website", "[2.] Conferences", "## 1. Website",
           "[] the new pages are live", "[] anyone can suggest changes", "## 2. Conferences", "[] two sessions planned"], DocumentClass.Minutes },
        { "notes under a heading that calls them the agenda, with the members present named",
          ["# 2018-09-17 Board Meeting Agenda", "Board members present (3/3) :", "[] Ann Lee", "[] Bob Ray", "[] Cat Poe", "## Newsletter",
           "[] send a message to the members", "[] Ann will draft it", "## Website", "[] Bob will fix the form"], DocumentClass.Minutes },
        { "an agenda listing the members invited stays an agenda",
          ["# Board Meeting Agenda", "Members: Ann Lee, Bob Ray, Cat Poe", "[1.] Apologies", "[2.] Newsletter", "[3.] Website"], DocumentClass.Agenda },
        { "an agenda with a quorum note stays an agenda",
          ["# Agenda", "4th regular meeting", "Quorum: 5 members present", "[1.] To receive apologies", "[2.] To approve the minutes"], DocumentClass.Agenda },
        { "a record of votes whose business includes approving the agenda (no word 'minutes', no attendance label)",
          ["## EXAMPLE TOWNSHIP BOARD MEETING", "## MAY 8, 2024", "Call to order: 5 p.m.",
           "Review and acceptance of the May 2024 Agenda; Ann made a motion and Bob seconded. 4 yea, 0 nay.",
           "Public comment on the May 2024 Agenda. None, closed.", "Review and paying of the bills; Cat made a motion and Ann seconded. 4 yea, 0 nay."],
          DocumentClass.Minutes },
        { "council minutes with a heading, attendance and resolutions",
          ["# Minutes of the meeting of Example Parish Council", "Held on 3 March 2024 at 7pm", "Present: Cllr A Smith, Cllr B Jones, Cllr C Brown",
           "1. Apologies", "Apologies were received from Cllr D Green.", "2. Footpaths", "It was agreed to write to the county council. RESOLVED: to obtain quotes."],
          DocumentClass.Minutes },
        { "meeting notes with no word 'minutes'",
          ["# 2024-04-12", "## Attendance", "Members: Ann, Bob, Cat", "## Notes", "[] Release: discussed the next release and agreed to ship it.",
           "[] Action item: Bob to draft the notes"], DocumentClass.Minutes },
        { "minutes whose opening also lists the agenda",
          ["Meeting Date: 2023-03-14", "Minutes taken by: Ann Lee", "Attendees:", "Ann Lee", "Bob Ray", "Agenda:", "[] Review actions", "[] Release",
           "Review actions: the release was approved."], DocumentClass.Minutes },
        { "US minutes: called to order, motions, adjourned",
          ["# EXAMPLE TOWNSHIP BOARD", "Regular Meeting", "Chair Ann Lee called the meeting to order at 7:00 PM.", "Members present: Ann Lee, Bob Ray, Cat Poe.",
           "Motion by Bob Ray, second by Cat Poe, to approve the budget. Motion carried.", "The meeting was adjourned at 8:10 PM."], DocumentClass.Minutes },
        { "letter-spaced minutes (a PDF that sets every glyph apart)",
          ["B O A R D O F D I R E C T O R S M E E T I N G", "T h e P r e s i d e n t c a l l e d t h e m e e t i n g t o o r d e r a t 5 p m .",
           "B o a r d M e m b e r s P r e s e n t : A n n L e e , B o b R a y", "T h e m i n u t e s w e r e u n a n i m o u s l y a p p r o v e d ."],
          DocumentClass.Minutes },
        { "summons and agenda of items to come",
          ["# Example Parish Council", "You are hereby summoned to attend the meeting to be held on 5 May 2024 at 7pm.", "## AGENDA",
           "1. To receive apologies for absence.", "2. To approve the minutes of the meeting held on 7 April 2024.", "3. To consider the footpath report."],
          DocumentClass.Agenda },
        { "agenda as a table with membership listed",
          ["# Example Library Board – Agenda for 24 July 2024", "Members: Ann Lee, Bob Ray, Cat Poe, Dan Orr",
           "|Item|Subject|Lead\n|1|Apologies|AL\n|2|Budget|BR\n|3|Events|CP"], DocumentClass.Agenda },
        { "committee report with report sections",
          ["# Report to the Planning Committee", "Report of the Head of Planning", "1. Purpose of the report", "This report sets out the options.",
           "2. Recommendations", "The committee is asked to note the report.", "3. Financial implications", "None."], DocumentClass.MeetingPaper },
        { "appendix to a report", ["# Appendix B: budget monitoring", "Supporting information for item 7", "|Line|Budget|Actual\n|Grass|100|90"],
          DocumentClass.MeetingPaper },
        { "letter that mentions the minutes of a meeting",
          ["Example Parish Council", "Dear Resident,", "The matter was discussed at the meeting of the council and it was agreed to consult residents. I enclose a copy of the minutes.",
           "Yours sincerely,", "Ann Lee, Clerk"], DocumentClass.NotMeeting },
        { "README of a tool named after minutes",
          ["# minutes-bot", "minutes-bot helps you publish documents.", "## Installation", "pip install minutes-bot", "## Usage", "Run `minutes-bot --help`.", "## License", "MIT"],
          DocumentClass.NotMeeting },
        { "catalogue of minutes files",
          ["# Real minutes: sources", "|file|repository|notes\n|a-2019.pdf|x/y|the attendance was listed and approved\n|b-2020.docx|x/z|actions were agreed\n|c.html|x/w|it was noted\n|d.md|v/w|present list\n|e.txt|u/w|motion carried"],
          DocumentClass.NotMeeting },
        { "minutes in another language, which the English cues cannot read (kept, not dropped)",
          ["Protokoll der Gründungsversammlung vom 3. Mai 2023 im Gemeindehaus", "1. Die Versammlung beschließt, den Verein zu gründen.",
           "2. Die Satzung wird einstimmig angenommen.", "3. Der Mitgliedsbeitrag beträgt 20 Euro im Jahr.",
           "4. Der Vorstand wird gewählt: Vorsitzende Anna Beispiel, Kassierer Bernd Muster, Schriftführerin Clara Probe.",
           "Die Sitzung endet um 20 Uhr. Nächste Sitzung im Herbst."], DocumentClass.Minutes },
        { "list of minutes files whose rows quote what each meeting recorded",
          ["# Example minutes from three clubs: sources", "Each file was copied from its club's site.",
           "|file|club|notes\n|a-2019.pdf|Example Chess Club|Present: Ann, Bob. The budget was approved and it was agreed to meet monthly.\n|b-2020.docx|Example Rowing Club|Action: Bob to book the hall. Motion carried.\n|c-2021.html|Example Choir|apologies were received\n|d-2022.md|Example Choir|it was noted\n|e-2023.txt|Example Allotments|it was agreed",
           "The meeting was adjourned at 9pm, one file says."], DocumentClass.NotMeeting },
        { "list of sources whose heading does not say minutes",
          ["# A labelled set of club papers (set/two): sources", "Twelve real minutes that no rule was written for. Each was copied from\na public repository byte for byte; the gold was written by hand.",
           "|file|repository|notes\n|a-2019.pdf|x/y|it was agreed to meet monthly; the budget was approved\n|b-2020.docx|x/z|actions were agreed; seconded by the chair\n|c.html|x/w|it was noted; apologies were received\n|d.md|v/w|the minutes were approved; it was resolved to act\n|e.txt|u/w|motion carried; the report was discussed",
           "Attendance: Ann Lee, Bob Ray, Cat Poe"],
          DocumentClass.NotMeeting },
        { "a Sources heading over a list of files",
          ["## Sources", "|file|where\n|a-2019.pdf|x/y\n|b-2020.docx|x/z\n|c.html|x/w\n|d.md|v/w\n|e.txt|u/w", "The minutes of each meeting were approved at the next."],
          DocumentClass.NotMeeting },
        { "a record of decisions headed as an agenda: every item closed by its outcome, all members present",
          ["Example City Permits Board", "Hearing Agenda, 4 May 2024", "All members were present.", "Hearings, 3 May 2024",
           "[1.] Example Cafe, 1 Main St, applied for a food permit.", "GRANTED", "[2.] Example Bar, 2 Main St, change of manager.", "GRANTED",
           "[3.] Example Shop, 3 Main St, later opening hours.", "DENIED", "[4.] Example Deli, 4 Main St, new permit.", "GRANTED (CONDITION: CLOSE BY 11PM)"],
          DocumentClass.Minutes },
        { "trustees' minutes whose decisions list links to their records (reStructuredText roles)",
          ["# Trustees' meeting, 4 May 2024", "## Attendance", "[] Ann Lee", "[] Bob Ray", "[] Cat Poe", "## Apologies", "[] Dan Orr",
           "## Decisions", "[] :doc:`../decisions/2024-05-04-budget`", "[] :doc:`../decisions/2024-05-04-venue`", "[] Adopted :doc:`../policies/volunteers`",
           "[] Revised :doc:`../policies/reserves`", "[] Adopted :doc:`../policies/mailboxes`", "[] Revised :doc:`../policies/ballots`"],
          DocumentClass.Minutes },
        { "minutes headed as an agenda whose attendance record is a table",
          ["Example User Group - Agenda", "12th meeting", "|Attendees|Apologies\n|Ann Lee (Chair)|Dan Orr\n|Bob Ray|Eve Poe\n|Cat Poe|", "Agenda",
           "|Item|Description|Lead\n|1|Welcome|AL\n|2|Roadmap|BR", "Roadmap: the draft roadmap was discussed.", "Cat Poe presented the data report."],
          DocumentClass.Minutes },
        { "a measurement report that quotes a command named minutes",
          ["# First look at set x", "Measured once by `minutes eval set/x` on commit abc (parser version 9)", "Rules alone gave 0.76 overall.",
           "|Document|Format|Overall\n|a-2019|pdf|0.80\n|b-2020|txt|0.72"],
          DocumentClass.NotMeeting },
        { "prose with no meeting in it", ["# Gardening tips", "Water the tomatoes in the evening.", "Prune roses in March."], DocumentClass.NotMeeting },
        { "a working group's page: the agenda first, a member's write-up, then the notes of the meeting with who came and the actions",
          ["## Agenda", "[] Update on the release plan", "[] Update on publicity", "[] Next steps", "### A proposal",
           "I (Ann) think the people we do this for are volunteers, so the release plan should cost them little.",
           "[] We keep meeting every two weeks.", "[] We collect upcoming changes in one place.", "What do you all think?",
           "## Notes of the meeting", "Present. Ann Lee, Bob Ray, Cat Poe, Dan Orr", "Actions",
           "[] Action Ann: set up a repository for the group's documents.", "[] Action Bob: announce the group on the forum.",
           "We talked through the release plan.", "[] Option A: keep it as it is."],
          DocumentClass.Minutes },
        { "a call report citing its papers by web address on every item, with resolutions and dated actions",
          ["Version: 4 May 2024", "|Identifier:|https://example.org/group/minutes/2024-05-04.report.html\n|Log:|https://example.org/group/minutes/index.html",
           "Example Group telecon - report", "Agenda: https://example.org/group/minutes/2024-05-04.agenda.txt.html",
           "1. Budget (Ann) https://example.org/group/docs/budget.html", "Discussed the draft budget.", "RESOLVED: the reserve stays as drafted.",
           "ACTION 2024-05-04 Bob: circulate the figures https://example.org/group/tasks/1.html",
           "2. Website (Bob) https://example.org/group/docs/website.html", "Please read https://example.org/group/drafts/2024-05-04.2.html for discussion.",
           "ACTION 2024-05-04 Cat: review the draft - DONE 2024-05-06"],
          DocumentClass.Minutes },
        { "town minutes in a clerk's present tense, headed MINUTES- in capitals, a roll call one member a line (as OCR reads a scan)",
          ["MINUTES-TOWN OF EXAMPLE, VA", "MAY 4, 2024 @ 6:30 P.M.", "### REGULAR SESSION OF COUNCIL",
           "Mayor Lee opened the regular session with the pledge of allegiance.", "ROLL CALL OF COUNCIL:", "Lee - Here", "Ray - Here", "Poe - Here",
           "Councilwoman Poe makes the motion to approve the consent calendar. Councilman Ray seconds.", "ROLL CALL VOTE:", "Lee - Yes", "Ray - Yes", "Poe -Yes",
           "### POLICE REPORT", "Chief Orr states it is business as usual for the department.", "ATTEST:", "ANN BEE, CLERK"],
          DocumentClass.Minutes },
        { "a US council agenda: roll call and motions to come under 'Action items', nothing recorded",
          ["# EXAMPLE TOWN COUNCIL", "REGULAR MEETING AGENDA, MAY 4, 2024 @ 6:30 P.M.", "[1.] Call to order", "[2.] Roll call of council",
           "[3.] Approval of the consent calendar", "## ACTION ITEMS", "[a.] Motion to approve the paving contract ($3,500)",
           "[b.] Consideration of the park slide repair ($980)", "[4.] Adjournment", "Posted by Ann Bee, Clerk, May 1, 2024."],
          DocumentClass.Agenda },
        { "an agenda page with its notes written in: attendees and the missing named, the last minutes adopted as written",
          ["# Agenda for the interim call", "Attendees:", "[] Ann Lee", "[] Bob Ray", "Missing: Cat Poe", "[1.] Minutes of the last call",
           ">[] Adopted as written.", "[2.] Draft status", ">[] no new issues"], DocumentClass.Minutes },
        { "an agenda listing those invited, with nothing adopted, stays an agenda",
          ["# Agenda for the interim call", "Attendees:", "[] Ann Lee", "[] Bob Ray", "[1.] Minutes of the last call", "[2.] Draft status"],
          DocumentClass.Agenda },
        { "notes kept on the agenda's numbering, signed off by the one who took them",
          ["# Agenda 15 May 2024", "### I. Call to order", "The president opened the meeting.", "### II. Last meeting",
           "The minutes were approved as read.", "### III. Season", "a) Check the kit", "### IV. Minutes submitted by: Ann Lee"], DocumentClass.Minutes },
        { "an agenda with a blank for the minute taker stays an agenda",
          ["# Agenda 15 May 2024", "### I. Call to order", "### II. Approval of the last minutes", "### III. Season", "Minutes taken by: ________"],
          DocumentClass.Agenda },
        { "a measurement note whose wrapped prose mentions a minutes rule",
          ["# Set x: first look", "Measured once on commit abc.\nThe run reported one file as failed:\nits text is drawn as outlines, which the reader did not see. That is a format defect, not a minutes rule;\nit was fixed next."],
          DocumentClass.NotMeeting },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classifies_the_document(string name, string[] blocks, DocumentClass expected)
    {
        var document = Document(blocks);
        var decision = DocumentTriage.Classify(document, new MinutesParser().Parse(document));
        Assert.True(decision.Class == expected, $"{name}: got {decision.Code} ({decision.Reason})");
    }

    public static TheoryData<string, TriageFeatures, DocumentClass> RecordsOfMeetingsHeld() => new()
    {
        { "agenda wording outweighs a roll called one member a line", new TriageFeatures { AgendaHeading = true, FutureBusinessCues = 6, RollCallLines = 5, PastRecordCues = 2 }, DocumentClass.Minutes },
        { "agenda wording outweighs the notes-of-the-meeting heading", new TriageFeatures { AgendaHeading = true, FutureBusinessCues = 6, MinutesSection = true }, DocumentClass.Minutes },
        { "a papers pack outweighs actions given and business recorded", new TriageFeatures { PaperHeading = true, ReportSections = 6, Actions = 3, PastRecordCues = 4 }, DocumentClass.Minutes },
        { "an agenda whose 'Action items' the parser reads as actions, nothing recorded", new TriageFeatures { AgendaHeading = true, FutureBusinessCues = 6, Actions = 4, AttendanceLabels = 1, Attendees = 2 }, DocumentClass.Agenda },
        { "a README listing files, whatever it quotes", new TriageFeatures { FileReferenceLines = 8, RollCallLines = 5, PastRecordCues = 4 }, DocumentClass.NotMeeting },
    };

    [Theory]
    [MemberData(nameof(RecordsOfMeetingsHeld))]
    public void A_record_of_a_meeting_held_is_kept_over_agenda_or_paper_wording(string name, TriageFeatures features, DocumentClass expected)
    {
        var decision = DocumentTriage.Decide(features);
        Assert.True(decision.Class == expected, $"{name}: got {decision.Code} ({decision.Reason})");
    }

    [Theory]
    // Few cues of a record and none of anything else: an unfamiliar house style of minutes, kept.
    [InlineData(2, 1, false, DocumentClass.Minutes)]     // two past-tense records and an attendance label
    [InlineData(0, 0, true, DocumentClass.Minutes)]      // an opening or close recorded, nothing more
    [InlineData(1, 0, false, DocumentClass.NotMeeting)]  // one stray past-tense verb in prose is no record
    [InlineData(0, 0, false, DocumentClass.NotMeeting)]  // nothing at all
    public void Weak_evidence_of_minutes_and_none_of_anything_else_keeps_the_document(int pastRecords, int attendanceLabels, bool openOrClose, DocumentClass expected)
    {
        var weak = new TriageFeatures { PastRecordCues = pastRecords, AttendanceLabels = attendanceLabels, OpenOrCloseRecorded = openOrClose, Words = 400 };
        Assert.Equal(expected, DocumentTriage.Decide(weak).Class);
    }

    [Theory]
    // The same weak record beside a document's own furniture (a README's sections, a letter's close) is not kept.
    [InlineData(2, 1)]
    public void Weak_evidence_of_minutes_beside_another_kind_of_document_is_not_kept(int pastRecords, int otherCues)
    {
        var features = new TriageFeatures { PastRecordCues = pastRecords, AttendanceLabels = 1, OtherCues = otherCues, Words = 400 };
        Assert.Equal(DocumentClass.NotMeeting, DocumentTriage.Decide(features).Class);
    }

    [Fact]
    public void Minutes_win_a_tie_so_a_minutes_document_is_not_dropped()
    {
        var tie = new TriageFeatures { MinutesHeading = true, PaperHeading = true };
        Assert.Equal(DocumentClass.Minutes, DocumentTriage.Decide(tie).Class);
    }

    // A wiki or a static site names each page by a slug and the page opens straight into the notes, with no heading.
    [Theory]
    [InlineData("minutes-2021-05-04", DocumentClass.Minutes)]
    [InlineData("Minutes 4 May 2021 | Example Garden Group", DocumentClass.Minutes)]
    [InlineData("agenda-2021-05-04", DocumentClass.NotMeeting)]
    [InlineData("Minutes and agendas | Example Garden Group", DocumentClass.NotMeeting)]
    [InlineData("garden-ideas", DocumentClass.NotMeeting)]
    [InlineData("minutes-helper", DocumentClass.NotMeeting)]
    public void A_page_titled_as_minutes_is_minutes(string title, DocumentClass expected)
    {
        var html = $"<html><head><title>{title}</title></head><body><p>Group meeting one: Ann, Bob, Cat</p>"
            + "<p>ann - a garden at the back, raised beds</p><p>bob - a quiet room for music practice</p><p>cat - a shared kitchen rota</p></body></html>";
        var document = new MinutesIngest.Core.Extraction.Html.HtmlExtractor().Extract(Encoding.UTF8.GetBytes(html), "page.html");
        var decision = DocumentTriage.Classify(document, new MinutesParser().Parse(document));
        Assert.True(decision.Class == expected, $"{title}: got {decision.Code} ({decision.Reason})");
    }

    // A gold file given to ingest by name was stored as a meeting: its values quote the minutes (names, "approved",
    // "present"), so they scored as minutes.
    [Theory]
    [InlineData("club.gold.json", "{\"meeting\": {\"title\": \"Minutes of the Example Club\", \"chair\": \"Ann Lee\"},\n \"attendance\": [{\"name\": \"Ann Lee\", \"status\": \"present\"}, {\"name\": \"Bob Ray\", \"status\": \"present\"}],\n \"items\": [{\"title\": \"Budget\", \"text\": \"It was agreed to approve the budget. Motion carried.\"}]}")]
    [InlineData("actions.csv", "meeting,owner,action\nMinutes of the Example Club,Ann Lee,It was agreed to book the hall\nMinutes of the Example Club,Bob Ray,Motion carried: buy chairs\n")]
    [InlineData("minutes.yaml", "title: Minutes of the Example Club\npresent: Ann Lee, Bob Ray\nresolved: It was agreed to approve the budget\n")]
    public void A_data_file_read_as_text_is_not_a_meeting_document(string name, string text)
    {
        var document = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), name);
        var decision = DocumentTriage.Classify(document, new MinutesParser().Parse(document));
        Assert.True(decision.Class == DocumentClass.NotMeeting, $"{name}: got {decision.Code} ({decision.Reason})");
    }
}
