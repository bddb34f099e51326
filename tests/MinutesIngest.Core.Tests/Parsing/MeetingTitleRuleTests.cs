using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Html;
using MinutesIngest.Core.Parsing;
using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>The minutes' own heading is the title; a letterhead above it is the body; chrome and captions never are.</summary>
public sealed class MeetingTitleRuleTests
{
    public static TheoryData<string, string[], string?, string?> Cases() => new()
    {
        { "letterhead above the meeting heading", ["HILLTOP HOUSING ASSOCIATION", "Board Meeting", "Present: Ann Lee, Bob Hart"], "Board Meeting", "HILLTOP HOUSING ASSOCIATION" },
        { "organisation name above the heading", ["Riverbend Network for Young Engineers", "March 2024 Board Meeting", "Attendees: Ann Lee"], "March 2024 Board Meeting", "Riverbend Network for Young Engineers" },
        { "a letterhead wrapped before its kind of organisation is one body", ["# Cedar Vale", "# Homeowners Association", "# ANNUAL MEETING OF MEMBERS", "Present: Ann Lee"], "ANNUAL MEETING OF MEMBERS", "Cedar Vale Homeowners Association" },
        { "the organ's line above the meeting it held is letterhead", ["# Cedar Vale", "# Homeowners Association", "# BOARD OF TRUSTEES", "# ANNUAL MEETING OF MEMBERS", "Present: Ann Lee"], "ANNUAL MEETING OF MEMBERS", "Cedar Vale Homeowners Association" },
        { "the organ's line with no meeting line below is the heading", ["# Cedar Vale", "# Homeowners Association", "# BOARD OF TRUSTEES", "Present: Ann Lee"], "BOARD OF TRUSTEES", "Cedar Vale Homeowners Association" },
        { "an organ's line above an unnamed record stays the heading", ["ELMSTEAD VILLAGE TRUST", "Board of Trustees", "Minutes of the meeting held on 3 March 2025", "Present: Ann Lee"], "Board of Trustees", "ELMSTEAD VILLAGE TRUST" },
        { "two letterhead lines are one body", ["### MAPLE COURT", "### OWNERS PLAN LMS9", "Owners Council Meeting", "Present: Ann Lee"], "Owners Council Meeting", "MAPLE COURT OWNERS PLAN LMS9" },
        { "a wrapped one-sentence heading is cut before its venue and date",
          ["MINUTES OF THE MEETING OF THE HARBOUR", "DISTRICT COMMITTEE HELD IN THE OLD MILL,", "QUAY STREET, ON MONDAY, 3RD", "MARCH, 2025, AT 7.00 P.M.", "Present: Ann Lee"],
          "MINUTES OF THE MEETING OF THE HARBOUR DISTRICT COMMITTEE", null },
        { "a heading complete on its line keeps its place", ["Minutes of Riverside Parish Council Meeting held in The Village Hall", "At 7.30pm on Wednesday 10 July 2024", "1. Apologies"],
          "Minutes of Riverside Parish Council Meeting held in The Village Hall", null },
        { "a classification banner is not a title", ["UNCLASSIFIED", "Finance Board Minutes", "12 March 2024"], "Finance Board Minutes", null },
        { "an approval stamp is not a title", ["Approved by the Hillside Library Board on February 17, 2011", "MINUTES OF REGULAR LIBRARY BOARD MEETING", "Present: Ann Lee"],
          "MINUTES OF REGULAR LIBRARY BOARD MEETING", null },
        { "a committee field in a header table names the meeting", ["### GREENFIELD SCHOOL BOARD OF GOVERNORS", "|COMMITTEE;|DATE;\n|Finance Committee|04/03/2024", "Present: Ann Lee"],
          "Finance Committee", "GREENFIELD SCHOOL BOARD OF GOVERNORS" },
        { "a heading that is only a date gives no title", ["# 16th September 2019", "Present: Ann Lee"], null, null },
        { "a date in brackets after the heading is not part of the title", ["# Standards Group Meeting Notes (2016-09-14)", "Present: Ann Lee"], "Standards Group Meeting Notes", null },
        { "words in brackets after the heading stay", ["# Standards Group Meeting Notes (draft for review)", "Present: Ann Lee"], "Standards Group Meeting Notes (draft for review)", null },
        { "a body's name above a heading that opens with the record's name",
          ["ELMSTEAD PARISH COUNCIL", "MINUTES OF THE PARISH COUNCIL MEETING HELD ON", "MONDAY, 3 MARCH 2025", "Present: Ann Lee"], "MINUTES OF THE PARISH COUNCIL MEETING", "ELMSTEAD PARISH COUNCIL" },
        { "a board's name above 'Meeting Minutes'", ["# Riverside Water Board", "# Meeting Minutes", "## Thursday, March 6, 2025", "## Attendance", "Ann Lee"], "Meeting Minutes", "Riverside Water Board" },
        { "a letterhead's registration number, address and date are passed over",
          ["# Hilltop Rowing Club Inc.", "ABN 12 345 678 901", "info@hilltop.example", "3rd March 2025", "Hilltop Rowing Club Meeting", "ATTENDANCE", "Ann Lee"], "Hilltop Rowing Club Meeting", "Hilltop Rowing Club Inc." },
        { "a committee's name above 'Minutes of the meeting' is the title", ["# Harbour Safety Committee", "## Minutes of the meeting held on 3 March 2025", "Present: Ann Lee"], "Harbour Safety Committee", null },
        { "a council's letterhead above 'Draft Minutes of the meeting'", ["ELMSTEAD PARISH COUNCIL", "Draft Minutes of the meeting held on 3 March 2025", "Present: Ann Lee"], "Draft Minutes of the meeting", "ELMSTEAD PARISH COUNCIL" },
        { "an organisation known by one name in capitals above 'Minutes of the meeting'", ["EXAMPLAR", "Minutes of the meeting Monday 10th December 2007 at the Hall", "Present: Ann Lee"], "Minutes of the meeting", "EXAMPLAR" },
        { "a copy's status in capitals above the heading is no letterhead", ["DRAFT", "Minutes of the meeting held on 3 May 2025", "Present: Ann Lee"], "Minutes of the meeting held on 3 May 2025", null },
        { "a body named in the sentence below is no letterhead", ["# Riverside Water Board", "The board met at the depot.", "Present: Ann Lee"], "Riverside Water Board", null },
        { "a 'What:' field names the meeting", ["## What: Garden Club Meeting", "## Venue: Room 4", "## Date: 2024-06-23", "## Attendance", "Ann Lee"], "Garden Club Meeting", null },
        { "a heading's clause opened by 'on' says when and is cut", ["# Minutes of the meeting of the Garden Club Committee on the 14th of June 2018", "Present: Ann Lee"], "Minutes of the meeting of the Garden Club Committee", null },
        { "a date standing in the heading by itself stays", ["# Garden Club Committee meeting – 14 June 2018", "Present: Ann Lee"], "Garden Club Committee meeting – 14 June 2018", null },
        { "a rule of characters above the heading names nothing", ["########################", "Garden Club committee meeting 14/3/2012", "Meeting Minutes", "People present:", "Ann Lee"], "Garden Club committee meeting 14/3/2012", null },
        { "an agenda printed above its minutes: the minutes' heading titles the record", ["2022-11-19", "# Robotics Society Proposed Agenda", "# Agenda", "1. Call to Order", "2. Approval of Minutes", "# Robotics Society Minutes", "## Approval of Minutes", "Carried."], "Robotics Society Minutes", null },
        { "an agenda's own entry about minutes is no title", ["# Club Proposed Agenda", "Date: 19 November 2022", "1. Welcome", "# Approval of previous minutes", "Carried."], "Club Proposed Agenda", null },
        { "a list of actions put first gives no title", ["Date and time: 2021-06-02 14:00", "# Action items", "1. AL: write the guide", "# Minutes", "Present: Ann Lee"], null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_title_and_body(string name, string[] blocks, string? title, string? body)
    {
        var meeting = Parse(blocks).Meeting;
        Assert.True(meeting.Title == title && meeting.Body == body, $"{name}: got {meeting.Title} / {meeting.Body}");
    }

    public static TheoryData<string, string[], string?> ChromeCases() => new()
    {
        { "a wiki macro is not a title", ["[[_TOC_]]", "[]()Attending", "Ann Lee (AL)"], null },
        { "a link-only line is not a title", ["[Original file](https://example.org/minutes.pdf)", "Minutes of the Finance Committee", "1. Apologies"], "Minutes of the Finance Committee" },
        { "a post's byline is not a title", ["Posted: October 8, 2020", "Committee Meeting Notes", "Present: Ann Lee"], "Committee Meeting Notes" },
    };

    [Theory]
    [MemberData(nameof(ChromeCases))]
    public void Site_and_converter_chrome_gives_no_title(string name, string[] paragraphs, string? title)
    {
        var doc = new SourceDocument("test.md", "txt", 1, paragraphs.Select(p => (Block)new ParagraphBlock(p)).ToList());
        var meeting = new MinutesParser().Parse(doc).Meeting;
        Assert.True(meeting.Title == title, $"{name}: got {meeting.Title}");
    }

    public static TheoryData<string, string[], string, string, string?> PageCases() => new()
    {
        { "a caption is not the minutes' heading: the article h1 is", ["Attendee List", "[] Ann Lee (Acme)", "Action Item: AL to circulate the draft."],
          HtmlExtractor.ArticleHeadingProperty, "Minutes 2024-01-05", "Minutes 2024-01-05" },
        { "the page title without its site name", ["Attendee List", "[] Ann Lee (Acme)"],
          HtmlExtractor.TitleProperty, "Minutes 2024-01-05 – Example Working Group", "Minutes 2024-01-05" },
        { "the minutes' own heading beats the article h1", ["# Steering Group Meeting", "Present: Ann Lee"],
          HtmlExtractor.ArticleHeadingProperty, "Minutes and notes", "Steering Group Meeting" },
        { "an article h1 without a meeting word is site chrome", ["Present: Ann Lee"], HtmlExtractor.ArticleHeadingProperty, "Welcome to our society", null },
    };

    [Theory]
    [MemberData(nameof(PageCases))]
    public void Uses_the_pages_heading_only_when_the_minutes_have_none(string name, string[] blocks, string property, string value, string? title)
    {
        var doc = Document(blocks) with { Properties = new Dictionary<string, string> { [property] = value } };
        var meeting = new MinutesParser().Parse(doc).Meeting;
        Assert.True(meeting.Title == title, $"{name}: got {meeting.Title}");
    }

    public static TheoryData<string, string[], string, string?, string?> RunningHeaderCases() => new()
    {
        { "a page header naming and dating the meeting titles minutes whose first page only says 'Minutes'", ["Minutes", "Present", "Ann Lee, Bob Cole", "1. Apologies", "None."],
          "Example Club Annual General Meeting 19th November 2012", "Example Club Annual General Meeting", "2012-11-19" },
        { "the minutes' own heading beats the page header", ["Minutes of the Committee meeting held on 3 May 2024", "Present: Ann Lee", "1. Apologies"],
          "Example Club Annual General Meeting 19th November 2012", "Minutes of the Committee meeting held on 3 May 2024", "2024-05-03" },
        { "a page header naming no meeting is a letterhead, not a title", ["Minutes", "Present: Ann Lee", "1. Apologies"],
          "Example Club, 1 High Street, 2012", "Minutes", null },
    };

    [Theory]
    [MemberData(nameof(RunningHeaderCases))]
    public void Takes_the_page_headers_title_when_the_minutes_only_say_minutes(string name, string[] blocks, string header, string? title, string? date)
    {
        var doc = Document(blocks) with { Properties = new Dictionary<string, string> { [MinutesIngest.Core.Extraction.Layout.RunningFurnitureFilter.HeaderProperty] = header } };
        var meeting = new MinutesParser().Parse(doc).Meeting;
        Assert.True(meeting.Title == title && meeting.Date == date, $"{name}: got {meeting.Title} / {meeting.Date}");
    }
}
