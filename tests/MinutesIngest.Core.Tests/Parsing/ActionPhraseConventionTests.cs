using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>
/// Action conventions of running notes and kept action lists (markers inside a sentence, owners before a spaced dash, group
/// owners, bracketed statuses and initials, old actions as sub-headings, closing lists that restate), each over minimal
/// invented text, as "text|owner|owner_name|item|due" with "-" for null.
/// </summary>
public sealed class ActionPhraseConventionTests
{
    private const string Attendance = "Present: Alan Grey (Chair), Beth Lowe (Secretary), Carl Dunn (CD), Dana Ford (Treasurer), Eve Hart (EH)";

    public static TheoryData<string, string[], string[]> Owners() => new()
    {
        {
            "an attendee's name before a spaced dash is the owner; a topic before one is not",
            [Attendance, "1. Hall", "## Action items", "[] Carl - Talk to Dana about the rota", "[] Website - Update the page"],
            ["Carl - Talk to Dana about the rota|Carl|Carl Dunn|1|-", "Website - Update the page|-|-|1|-"]
        },
        {
            "group owners and a bracketed status before the task",
            [Attendance, "1. Standing items", "[] Action Item: (STANDING) Everyone to reread the constitution", "[] Action Item: (Pending) Carl to renew the domain",
             "[] Action: All members to bring a guest"],
            ["Everyone to reread the constitution|Everyone|-|1|-", "Carl to renew the domain|Carl|Carl Dunn|1|-", "All members to bring a guest|All members|-|1|-"]
        },
        {
            "owner initials in brackets after the marked sentence, and the lettered points stay items",
            [Attendance, "1. Secretary's report", "a. The minutes were approved.", "b. Action item: Complete the insurance form for the open day. (CD)",
             "c. Action item: Write to the regional office about the rules. (EH)"],
            ["Complete the insurance form for the open day|CD|Carl Dunn|1.b|-", "Write to the regional office about the rules|EH|Eve Hart|1.c|-"]
        },
        {
            "the article stays with a group and goes before an attendee's office",
            [Attendance, "1. Projects", "## Action Items", "[1.] The project office will send a letter to the applicants.", "[2.] The Secretary to circulate the minutes."],
            ["The project office will send a letter to the applicants|The project office|-|1|-", "The Secretary to circulate the minutes|Secretary|Beth Lowe|1|-"]
        },
    };

    public static TheoryData<string, string[], string[]> GerundOwners() => new()
    {
        {
            "a topic named by a gerund phrase is no owner; an office or a group named by its work is",
            [Attendance, "1. Roads", "Action: Moving the road survey to spring", "Action: Planning Manager to write to the highways office.",
             "Action: Planning committee to visit the site."],
            ["Moving the road survey to spring|-|-|1|-", "Planning Manager to write to the highways office|Planning Manager|-|1|-",
             "Planning committee to visit the site|Planning committee|-|1|-"]
        },
    };

    public static TheoryData<string, string[], string[]> Phrases() => new()
    {
        {
            "an owner who took, was assigned or has an action item inside a sentence",
            [Attendance, "1. Website", "[] The draft was approved.", ">[] Carl took Action Item to send the draft to the printer",
             ">[] Dana assigned action item to book the hall", "[] It was fine but Carl/Dana have action item for next meeting to check the permissions",
             "[] Eve took the action to ring the council."],
            ["Carl took Action Item to send the draft to the printer|Carl|Carl Dunn|1|-", "Dana assigned action item to book the hall|Dana|Dana Ford|1|-",
             "Carl/Dana have action item for next meeting to check the permissions|Carl/Dana|-|1|-"]
        },
        {
            "the name of the action table is no marker",
            [Attendance, "1. Report", "b. Action Item Table: Update the table with the fair results."],
            []
        },
    };

    public static TheoryData<string, string[], string[]> Lists() => new()
    {
        {
            "old actions as sub-headings with progress notes below them",
            [Attendance, "## Old Action Items", "### Links with other clubs", "[] Carl will send an email", "### Carl needs to refund the deposits", "[] most done",
             "### Moving the newsletter to email", "[] works well", "## Treasury", "The balance is fine."],
            ["Links with other clubs|-|-|-|-", "Carl needs to refund the deposits|Carl|Carl Dunn|-|-", "Moving the newsletter to email|-|-|-|-"]
        },
        {
            "sub-headings naming people group the entries below them",
            [Attendance, "## Actions", "### Carl", "[] Book the hall", "### Dana", "[] Print the flyers"],
            ["Book the hall|-|-|-|-", "Print the flyers|-|-|-|-"]
        },
        {
            "a closing list under a numeral heading restates actions taken earlier under the same owners",
            [Attendance, "## I. Welcome", "All were welcomed.", "## II. Website", "[] Carl took Action Item to submit the form for the domain renewal",
             "[] Eve to draft the FAQ on membership fees", "## III. Action Items", "[] Carl to submit the domain renewal form", "[] Eve to draft the FAQ on membership fees",
             "[] All to consider comments on the survey.", "## IV. Adjourn", "Closed at nine."],
            ["Carl took Action Item to submit the form for the domain renewal|Carl|Carl Dunn|II|-", "Eve to draft the FAQ on membership fees|Eve|Eve Hart|III|-",
             "All to consider comments on the survey|All|-|III|-"]
        },
        {
            "a numeral agenda entry naming actions opens no list",
            [Attendance, "## III. Agenda", "[] IX. Action Items", "[] X. Next Meeting", "[] XI. Adjourn"],
            []
        },
    };

    [Theory]
    [MemberData(nameof(Owners))]
    [MemberData(nameof(GerundOwners))]
    [MemberData(nameof(Phrases))]
    [MemberData(nameof(Lists))]
    public void Records_actions_by_convention(string name, string[] blocks, string[] expected)
    {
        var actions = RecordText.Actions(Parse(blocks));
        Assert.True(expected.SequenceEqual(actions), $"{name}: got [{string.Join("; ", actions)}]");
    }
}
