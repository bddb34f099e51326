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
            "the owner before 'has to' or 'have to'",
            [Attendance, "1. Release", "Action: Carl has to update the changelog.", "Action: Dana and Beth have to check the build."],
            ["Carl has to update the changelog|Carl|Carl Dunn|1|-", "Dana and Beth have to check the build|Dana and Beth|-|1|-"]
        },
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
            "one name in square brackets; a link in square brackets is no owner",
            [Attendance, "## Action Items", "[] Book the hall [Carl]", "[] Read the guide [Handbook](https://example.org/guide)"],
            ["Book the hall|Carl|Carl Dunn|-|-", "Read the guide [Handbook](https://example.org/guide)|-|-|-|-"]
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
        {
            "a table of reference, task and owner with no column headings under a heading naming the actions; the reference is the item",
            [Attendance, "# 1. Reports", "# 9. New and Ongoing Actions", "|8.1|Send the accounts to the bank|CD\n|8.2|Book the hall for the summer fair|Treasurer",
             "# 10. Completed Actions", "Closed actions are shown once.", "|7.1|Order the new banners for the gate|CD\n|7.2|Ask the council about the parking|All\n|||"],
            ["Send the accounts to the bank|CD|Carl Dunn|8.1|-", "Book the hall for the summer fair|Treasurer|Dana Ford|8.2|-",
             "Order the new banners for the gate|CD|Carl Dunn|7.1|-", "Ask the council about the parking|All|-|7.2|-"]
        },
        {
            "owners' surnames in round brackets right after the marker",
            [Attendance, "1. Website", "ACTION ITEM: (Dunn, Ford) Draft the rota for the summer.", "ACTION: (Grey) Renew the insurance."],
            ["Draft the rota for the summer|Dunn, Ford|-|1|-", "Renew the insurance|Grey|Alan Grey|1|-"]
        },
    };

    public static TheoryData<string, string[], string[]> ListedOwners() => new()
    {
        {
            "initials of several owners parted by commas before the verb",
            [Attendance, "1. Issues", "ACTION: CD, BL, AG to review the open issues."],
            ["CD, BL, AG to review the open issues|CD, BL, AG|-|1|-"]
        },
        {
            "first names of several owners, the last joined by 'and'",
            [Attendance, "1. Issues", "Action: Carl, Dana and Beth to sort the archive."],
            ["Carl, Dana and Beth to sort the archive|Carl, Dana and Beth|-|1|-"]
        },
        {
            "owners with a first name in brackets to tell apart two people of the same initials, after a marker with no colon",
            [Attendance, "1. Training", "Action CD and DF (Dana) to prepare the training slides"],
            ["CD and DF (Dana) to prepare the training slides|CD and DF (Dana)|-|1|-"]
        },
        {
            "a sentence adverb before a comma is not an owner; the name after it is",
            [Attendance, "1. Issues", "Action: Meanwhile, Carl to check the lease."],
            ["Meanwhile, Carl to check the lease|Carl|Carl Dunn|1|-"]
        },
        {
            "a task opening with a verb in lower case, a word for anyone or 'Unassigned' names no owner",
            [Attendance, "1. Files", "ACTION: defer the matter to the next meeting", "ACTION: People to bring photos for the display.", "TODO: copy the summary to the website.", "ACTION ITEM: (Unassigned) Find a new venue."],
            ["defer the matter to the next meeting|-|-|1|-", "People to bring photos for the display|-|-|1|-", "copy the summary to the website|-|-|1|-", "(Unassigned) Find a new venue|-|-|1|-"]
        },
    };

    [Theory]
    [MemberData(nameof(Handles))]
    [MemberData(nameof(BracketedOwners))]
    [MemberData(nameof(ListedOwners))]
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
