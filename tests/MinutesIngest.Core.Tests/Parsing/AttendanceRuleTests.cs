using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>Who is recorded at the meeting, as "name|role|abbreviation|status" with "-" for null.</summary>
public sealed class AttendanceRuleTests
{
    public static TheoryData<string, string[], string[]> Cases() => new()
    {
        {
            "present list with roles in brackets",
            ["# Parish Council Minutes", "Present: Cllr J Smith (Chair), Mrs A Brown (Clerk), B Green"],
            ["Cllr J Smith|Chair|-|present", "Mrs A Brown|Clerk|-|present", "B Green|-|-|present"]
        },
        {
            "apologies joined by and",
            ["Present: Cllr J Smith, Cllr K Jones", "Apologies: Cllr P White and Mr T Black"],
            ["Cllr J Smith|-|-|present", "Cllr K Jones|-|-|present", "Cllr P White|-|-|apologies", "Mr T Black|-|-|apologies"]
        },
        {
            "in attendance",
            ["Present: Cllr J Smith", "In attendance: Mrs A Brown (Clerk)"],
            ["Cllr J Smith|-|-|present", "Mrs A Brown|Clerk|-|in_attendance"]
        },
        {
            "also present",
            ["Present: Cllr J Smith", "Also present: Dan Wright (PCSO)"],
            ["Cllr J Smith|-|-|present", "Dan Wright|-|PCSO|in_attendance"]
        },
        {
            "absent",
            ["Present: Cllr J Smith", "Absent: Cllr R Green"],
            ["Cllr J Smith|-|-|present", "Cllr R Green|-|-|absent"]
        },
        {
            "bracket initials are the abbreviation",
            ["Present: David Thompson (DT), Sarah Lee (SL), Alan Holzer (AHol)"],
            ["David Thompson|-|DT|present", "Sarah Lee|-|SL|present", "Alan Holzer|-|AHol|present"]
        },
        {
            "role and initials both given",
            ["Present: Mary Smith – Chair (MS), Alan Brown – Treasurer (AB)"],
            ["Mary Smith|Chair|MS|present", "Alan Brown|Treasurer|AB|present"]
        },
        {
            "name and role table with a bracketed short form",
            ["# Monthly Assurance Meeting", "|Name|Role\n|John Campion|Police and Crime Commissioner (PCC)\n|Jane Roe|Deputy Chief Constable (DCC)"],
            ["John Campion|Police and Crime Commissioner|PCC|present", "Jane Roe|Deputy Chief Constable|DCC|present"]
        },
        {
            "table names printed last-first",
            ["|Name|Role\n|Fridley, Troy|Chair\n|Santos, Omar|Secretary"],
            ["Troy Fridley|Chair|-|present", "Omar Santos|Secretary|-|present"]
        },
        {
            "a present person also under apologies is apologies",
            ["Present: A Smith, B Jones, C Brown", "Apologies: C Brown"],
            ["A Smith|-|-|present", "B Jones|-|-|present", "C Brown|-|-|apologies"]
        },
        {
            "apologies sentence in the body",
            ["1. Apologies", "Apologies were received from Cllr Hand and Cllr Pointer."],
            ["Cllr Hand|-|-|apologies", "Cllr Pointer|-|-|apologies"]
        },
        {
            "groups of people are not listed",
            ["Present: Cllr J Smith (Chair), Cllr K Jones (Vice Chair), 6 Members of the Public"],
            ["Cllr J Smith|Chair|-|present", "Cllr K Jones|Vice Chair|-|present"]
        },
        {
            "a group on its own line is not listed",
            ["Present: Cllr J Smith, Cllr K Jones", "Also present: 6 Members of the Public"],
            ["Cllr J Smith|-|-|present", "Cllr K Jones|-|-|present"]
        },
        {
            "one person per line after the label",
            ["Present:\nCllr J Smith (Chair)\nMrs A Brown (Clerk)", "1. Apologies", "None."],
            ["Cllr J Smith|Chair|-|present", "Mrs A Brown|Clerk|-|present"]
        },
        {
            "bulleted list after the label",
            ["Present:", "[] Cllr J Smith (Chair)", "[] Mrs A Brown (Clerk)", "1. Apologies", "None."],
            ["Cllr J Smith|Chair|-|present", "Mrs A Brown|Clerk|-|present"]
        },
        {
            "people only mentioned are not listed",
            ["Present: Cllr J Smith", "1. Finance", "Mr Price asked about the precept and Cllr Jones replied."],
            ["Cllr J Smith|-|-|present"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Records_the_people_at_the_meeting(string name, string[] blocks, string[] expected)
    {
        var people = RecordText.People(Parse(blocks));
        Assert.True(expected.SequenceEqual(people), $"{name}: got [{string.Join("; ", people)}]");
    }
}
