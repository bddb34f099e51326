using MinutesIngest.Core.Parsing;
using MinutesIngest.Ingest.Triage;
using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Ingest.Tests.Triage;

/// <summary>Each cue the triage rules read, on one or two invented lines.</summary>
public sealed class TriageFeatureReaderTests
{
    private static TriageFeatures Read(params string[] blocks)
    {
        var document = Document(blocks);
        return TriageFeatureReader.Read(document, new MinutesParser().Parse(document));
    }

    public static TheoryData<string, string[], bool> MinutesHeadings() => new()
    {
        { "minutes of the meeting", ["# Minutes of the meeting of the Trustees"], true },
        { "body then minutes", ["# Example Board – Minutes"], true },
        { "meeting notes", ["# Meeting notes – Steering Group"], true },
        { "minutes taken by", ["Minutes taken by: Ann Lee"], true },
        { "approval of earlier minutes", ["# Agenda", "To approve the minutes of the last meeting"], false },
        { "minutes as part of a name", ["# minutes-bot"], false },
        { "a sentence mentioning minutes", ["Meeting minutes can be uploaded from the admin page."], false },
        { "a numbered agenda entry", ["# Agenda", "3. Minutes"], false },
        { "a command named minutes in a code span", ["Measured by `minutes eval set/x` on commit abc"], false },
        { "minutes joined to the body by a hyphen, in capitals", ["MINUTES-TOWN OF EXAMPLE, VA"], true },
        { "minutes joined to the body by a hyphen, in title case", ["Minutes-Example Board"], true },
        { "a wrapped line of prose mentioning minutes after a sentence ends", ["it was not read by the tool. That is a format defect, not a minutes rule;"], false },
        { "a title abbreviation is no sentence's end", ["Example Homes Inc. Board Minutes"], true },
    };

    [Theory]
    [MemberData(nameof(MinutesHeadings))]
    public void Reads_a_minutes_heading_only_where_the_document_names_itself(string name, string[] blocks, bool expected) =>
        Assert.True(Read(blocks).MinutesHeading == expected, name);

    public static TheoryData<string, string[], bool> AgendaHeadings() => new()
    {
        { "agenda title", ["# Agenda"], true },
        { "agenda for a date", ["# Example Board – Agenda for 24 July 2024"], true },
        { "order of business", ["# Order of Business"], true },
        { "notice of meeting", ["Notice is hereby given that a meeting of the council will take place on 3 May."], true },
        { "approval of the agenda in minutes", ["2. Approval of the agenda"], false },
        { "agenda item header of a paper", ["Agenda item 7"], false },
        { "agenda heading ending with a time of day", ["REGULAR MEETING AGENDA, MAY 4, 2024 @ 6:30 P.M."], true },
        { "a sentence about an agenda", ["The agenda was sent to members."], false },
    };

    [Theory]
    [MemberData(nameof(AgendaHeadings))]
    public void Reads_an_agenda_heading(string name, string[] blocks, bool expected) =>
        Assert.True(Read(blocks).AgendaHeading == expected, name);

    public static TheoryData<string, string[], bool> MinutesSections() => new()
    {
        { "notes of the meeting below an agenda", ["# Agenda", "[] Budget", "[] Website", "[] Events", "[] Roadmap", "Some prose.", "More prose.", "Still prose.", "Prose.", "# Notes of the meeting"], true },
        { "meeting minutes heading", ["Meeting minutes"], true },
        { "notes from the call", ["## Notes from the call:"], true },
        { "the bare word, as an agenda item title", ["Minutes"], false },
        { "the bare word under a meeting's date line, as a log of meetings heads each meeting", ["03/10/2024\nClub notes\nMinutes:\n1. Kit was ordered."], true },
        { "the bare word under a date that is not alone on its line", ["Meeting on 4 May 2024\nMinutes\n1. Kit was ordered."], false },
        { "approval of earlier minutes", ["Minutes of the previous meeting"], false },
        { "a sentence naming the notes", ["The notes of the meeting will be circulated by Friday."], false },
    };

    [Theory]
    [MemberData(nameof(MinutesSections))]
    public void Reads_a_line_naming_the_record_of_the_meeting_anywhere(string name, string[] blocks, bool expected) =>
        Assert.True(Read(blocks).MinutesSection == expected, name);

    [Theory]
    [InlineData("Present: Ann Lee, Bob Ray", 1)]
    [InlineData("Board Members Present:", 1)]
    [InlineData("Apologies", 1)]
    [InlineData("Apologies for absence", 0)]
    [InlineData("Membership: Ann Lee, Bob Ray", 0)]
    [InlineData("All members were present.", 1)]
    [InlineData("|Attendees|Observers\n|Ann Lee|Cat Poe\n|Bob Ray|", 2)]
    [InlineData("All members will be asked to attend.", 0)]
    [InlineData("Present. Ann Lee, Bob Ray, Cat Poe", 1)]
    [InlineData("Present - Ann Lee, Bob Ray", 1)]
    [InlineData("ROLL CALL OF COUNCIL:", 1)]
    [InlineData("ROLL CALL VOTE:", 1)]
    [InlineData("Attendance. The numbers grew this year, as hoped.", 0)]
    public void Counts_attendance_labels_not_item_titles(string line, int expected) =>
        Assert.Equal(expected, Read(line).AttendanceLabels);

    [Theory]
    [InlineData("RESOLVED: that the accounts be approved.", true)]
    [InlineData("It was agreed to write to the landowner.", true)]
    [InlineData("Motion carried unanimously.", true)]
    [InlineData("GRANTED", true)]
    [InlineData("Approved (condition: no sales after 11pm)", true)]
    [InlineData("Approval of the accounts", false)]
    [InlineData("To approve the accounts.", false)]
    [InlineData("The accounts will be approved next month.", false)]
    [InlineData("Councilwoman Lee makes the motion to approve the budget.", true)]
    [InlineData("Councilman Ray seconds.", true)]
    [InlineData("The motion carries.", true)]
    [InlineData("Mr. Poe states that the paving is done.", true)]
    [InlineData("The policy states that members must attend.", false)]
    [InlineData("Wait 30 seconds before trying again.", false)]
    public void Counts_past_tense_records_not_business_to_come(string line, bool expected) =>
        Assert.True(Read(line).PastRecordCues > 0 == expected, line);

    [Theory]
    [InlineData("1. To receive apologies for absence.", 1)]
    [InlineData("To consider the planning application.", 1)]
    [InlineData("Apologies were received from Ann Lee.", 0)]
    public void Counts_agenda_wording_of_items(string line, int expected) =>
        Assert.Equal(expected, Read(line).FutureBusinessCues);

    [Theory]
    [InlineData(new[] { "Lee - Here", "Ray - Here", "Poe -Yes", "Orr: No" }, 4)]
    [InlineData(new[] { "Budget - approved", "Item 3 - see report", "Lee - Chair" }, 0)]
    public void Counts_roll_call_lines_one_member_each(string[] lines, int expected) =>
        Assert.Equal(expected, Read(lines).RollCallLines);

    [Fact]
    public void A_file_named_in_a_web_address_is_a_link_not_a_file_reference()
    {
        var f = Read("Agenda: https://example.org/group/2024-05-04.agenda.html", "See http://www.example.org/docs/report.pdf for discussion.", "See report.pdf");
        Assert.Equal(1, f.FileReferenceLines);
    }

    [Fact]
    public void Counts_lines_naming_files()
    {
        var f = Read("See report.pdf", "and `script.sh`", "Ordinary prose line.", "Revised :doc:`../policies/reserves`", "Copy `docs/setup` first");
        Assert.Equal(3, f.FileReferenceLines);
    }

    [Fact]
    public void Code_names_quoted_in_software_minutes_are_not_file_references()
    {
        var f = Read("We agreed the `parser` option stays.", "The `RuleTester` change ships next.", "Set `maxDepth` to 3.",
            "Keep `strict` mode.", "Drop `legacyFlag`.", "Rename `Config#load()`.");
        Assert.Equal(0, f.FileReferenceLines);
    }

    [Theory]
    [InlineData("M I N U T E S O F T H E M E E T I N G", "minutes", 1)]
    [InlineData("Minutes of the meeting", "minutes", 0)]
    public void Squeezes_only_letter_spaced_lines(string line, string cue, int expected) =>
        Assert.Equal(expected, LetterSpacedText.Count(LetterSpacedText.Squeeze([line]), cue));
}
