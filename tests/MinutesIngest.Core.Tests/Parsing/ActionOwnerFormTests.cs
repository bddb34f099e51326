using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Actions;
using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>
/// Owner forms of open-source and board minutes over minimal invented text: a handle opening a marked action, and the owners
/// in brackets closing an entry of an action list; as "text|owner|owner_name|item|due" with "-" for null.
/// </summary>
public sealed class ActionOwnerFormTests
{
    private const string Attendance = "Present: Alan Grey (Chair), Beth Lowe (Secretary), Carl Dunn (CD), Dana Ford (Treasurer)";

    public static TheoryData<string, string[], string[]> Handles() => new()
    {
        {
            "an 'Action Item' marker before a handle",
            [Attendance, "1. Release", "Action Item: @bgrey will file a ticket for the fix."],
            ["@bgrey will file a ticket for the fix|@bgrey|-|1|-"]
        },
        {
            "'Action:' and 'AI:' before a handle, with and without 'to'",
            [Attendance, "1. Release", "Action: @dana-f to update the changelog.", "AI: @cd99 check the build settings."],
            ["@dana-f to update the changelog|@dana-f|-|1|-", "@cd99 check the build settings|@cd99|-|1|-"]
        },
        {
            "a handle given with an attendee's name resolves to that attendee; any other handle to nobody",
            ["Present: Ann Lee (@alee), Bob Rayne (@brayne), Carl Dunn", "1. Release", "Action: @alee will file a ticket for the fix.", "AI: @brayne check the build.", "Action: @carl to update the docs."],
            ["@alee will file a ticket for the fix|@alee|Ann Lee|1|-", "@brayne check the build|@brayne|Bob Rayne|1|-", "@carl to update the docs|@carl|-|1|-"]
        },
        {
            "two handles are several owners",
            [Attendance, "1. Release", "Action: @bgrey and @cd99 to review the release notes."],
            ["@bgrey and @cd99 to review the release notes|@bgrey and @cd99|-|1|-"]
        },
        {
            "a handle inside the task is not its owner",
            [Attendance, "1. Release", "Action: Carl to ask @bgrey about the release date."],
            ["Carl to ask @bgrey about the release date|Carl|Carl Dunn|1|-"]
        },
    };

    public static TheoryData<string, string[], string[]> BracketedOwners() => new()
    {
        {
            "one name in brackets",
            [Attendance, "## Action Items", "[] Book the hall (Carl)"],
            ["Book the hall|Carl|Carl Dunn|-|-"]
        },
        {
            "two names joined by an ampersand",
            [Attendance, "## Action Items", "[] Draft a budget for the fair (Carl & Dana)"],
            ["Draft a budget for the fair|Carl & Dana|-|-|-"]
        },
        {
            "a list of names with an initial",
            [Attendance, "## Action Items", "[] Cost the roof repairs (Carl, Dana, Eve G., Beth)"],
            ["Cost the roof repairs|Carl, Dana, Eve G., Beth|-|-|-"]
        },
        {
            "in a numbered list, initials and an office",
            [Attendance, "Actions", "[1.] Book the hall for June (CD/Treasurer)", "[2.] Order the flyers (Secretary)."],
            ["Book the hall for June|CD/Treasurer|-|-|-", "Order the flyers|Secretary|Beth Lowe|-|-"]
        },
        {
            "a remark, a status, a year or a lower-case note in brackets is part of the task",
            [Attendance, "## Action Items", "[] Update the guide (see minute 4)", "[] Write the policy (draft)", "[] Renew the lease (2024)", "[] Book the hall (Done)"],
            ["Update the guide (see minute 4)|-|-|-|-", "Write the policy (draft)|-|-|-|-", "Renew the lease (2024)|-|-|-|-", "Book the hall (Done)|-|-|-|-"]
        },
        {
            "an entry that opens with its owner keeps the brackets",
            [Attendance, "## Action Items", "[] Carl to draft the rules (Dana & Beth)"],
            ["Carl to draft the rules (Dana & Beth)|Carl|Carl Dunn|-|-"]
        },
    };

    [Theory]
    [MemberData(nameof(Handles))]
    [MemberData(nameof(BracketedOwners))]
    public void Records_the_owner_as_written(string name, string[] blocks, string[] expected)
    {
        var actions = RecordText.Actions(Parse(blocks));
        Assert.True(expected.SequenceEqual(actions), $"{name}: got [{string.Join("; ", actions)}]");
    }

    private static readonly Attendee[] HandleAttendance =
    [
        new() { Name = "Ann Lee", Role = "TSC", Abbreviation = "@alee", Status = "present" },
        new() { Name = "Bob Rayne", Role = "TSC", Abbreviation = "brayne", Status = "present" },
        new() { Name = "@cdunn", Status = "present" },
        new() { Name = "Alan Grey", Abbreviation = "AG", Status = "present" },
    ];

    [Theory]
    [InlineData("@alee", "Ann Lee")]         // the handle given for the attendee
    [InlineData("@ALee", "Ann Lee")]         // handles ignore case
    [InlineData("@brayne", "Bob Rayne")]     // a handle listed without its "@"
    [InlineData("@cdunn", "@cdunn")]         // an attendee known only by the handle
    [InlineData("@ann", null)]               // a first name is no handle
    [InlineData("@agrey", null)]             // nor is a name the handle resembles
    [InlineData("@zed", null)]               // a handle of nobody present
    [InlineData("@alee and @brayne", null)]  // several owners
    public void Resolves_a_handle_only_through_the_attendee_listed_with_it(string owner, string? expected) =>
        Assert.Equal(expected, new ActionOwnerResolver(HandleAttendance).Resolve(owner));
}

/// <summary>
/// An action table of a minutes template printed to PDF, which comes back as lines under its stacked column headings
/// ("PERSON" / "ACTION ITEMS DEADLINE" / "RESPONSIBLE"), over minimal invented text.
/// </summary>
public sealed class PrintedActionTableTests
{
    private const string Attendance = "Present: Alan Grey (Chair), Beth Lowe (Secretary), Carl Dunn (CD), Dana Ford (Treasurer)";
    private static readonly string[] Header = ["### PERSON", "### ACTION ITEMS DEADLINE", "### RESPONSIBLE"];

    public static TheoryData<string, string[], string[]> Tables() => new()
    {
        {
            "each row's first line closes with its owner; the row's text goes on below",
            [Attendance, "## HALL", "### CONCLUSIONS", .. Header, "[] Hall: Book the main hall for the summer Carl Dunn", "fair in June.", "[] Hall: Ask for the key. Dana Ford", "## GARDEN"],
            ["Hall: Book the main hall for the summer fair in June|Carl Dunn|Carl Dunn|-|-", "Hall: Ask for the key|Dana Ford|Dana Ford|-|-"]
        },
        {
            "an owner on a line of its own belongs to the next row, which has none",
            [Attendance, .. Header, "[] Hall: Ask for the key. Dana Ford", "Carl Dunn", "[] Hall: Check the fire exits with the", "Caretaker before the fair.", "## GARDEN"],
            ["Hall: Ask for the key|Dana Ford|Dana Ford|-|-", "Hall: Check the fire exits with the Caretaker before the fair|Carl Dunn|Carl Dunn|-|-"]
        },
        {
            "rows that came out as a table, a second owner in the owner column, and a group owner",
            [Attendance, .. Header, "|Hall: Write to the neighbours about|Carl Dunn\n|the parking.|Dana Ford\n|Hall: Print the tickets.|Beth Lowe", "[] Budget: Read the draft budget. All Board Members", "## GARDEN"],
            ["Hall: Write to the neighbours about the parking|Carl Dunn, Dana Ford|-|-|-", "Hall: Print the tickets|Beth Lowe|Beth Lowe|-|-", "Budget: Read the draft budget|All Board Members|-|-|-"]
        },
        {
            "the headings on one line; a name the attendance lacks closes the row",
            [Attendance, "Action Items Person Responsible Deadline", "[] Garden: Order the bulbs Emma Stone", "## GARDEN"],
            ["Garden: Order the bulbs|Emma Stone|-|-|-"]
        },
        {
            "an empty table, then the template's next section in capitals",
            [Attendance, .. Header, "MEETING ADJOURNED", "The meeting closed at nine."],
            []
        },
        {
            "an action heading without owner and deadline columns is no such table",
            [Attendance, "### ACTION ITEMS", "[] Book the hall"],
            ["Book the hall|-|-|-|-"]
        },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Reads_the_rows_under_the_column_headings(string name, string[] blocks, string[] expected)
    {
        var actions = RecordText.Actions(Parse(blocks));
        Assert.True(expected.SequenceEqual(actions), $"{name}: got [{string.Join("; ", actions)}]");
    }
}
