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
            "an officer field under the first item is still the header",
            ["# Board meeting", "1. Attendance", "Chair: Ann Lee", "2. Minutes", "Approved."],
            ["Ann Lee|Chair|-|present"]
        },
        {
            "a slate of nominees under a later item is not the header",
            ["# Annual meeting", "Chair: Ann Lee", "1. Call to order", "Ann Lee opened the meeting.", "2. Nominations", "Treasurer: Bob Cole / River College", "Secretary: Cara Dunn / Hill School"],
            ["Ann Lee|Chair|-|present"]
        },
        {
            "a group of the public after the last name is not that person's role",
            ["Present: Cllr J Smith, Cllr K Jones, 6 Members of the Public"],
            ["Cllr J Smith|-|-|present", "Cllr K Jones|-|-|present"]
        },
        {
            "one paragraph per person after a Present label",
            ["# Parish Council Minutes", "Present:", "Cllr J Smith (Chair)", "Mrs A Brown (Clerk)", "1. Apologies"],
            ["Cllr J Smith|Chair|-|present", "Mrs A Brown|Clerk|-|present"]
        },
        {
            "an office before the name is the role",
            ["In attendance: County Councillor Dana Holt, Fire Chief Rob Dane"],
            ["Dana Holt|County Councillor|-|present", "Rob Dane|Fire Chief|-|present"]
        },
        {
            "a role after the name without brackets",
            ["1. Present: Robin Kerr Chairman, Nathan Allen"],
            ["Robin Kerr|Chairman|-|present", "Nathan Allen|-|-|present"]
        },
        {
            "apologies received sentence behind a label",
            ["Present: Cllr J Smith", "2. Apologies: Apologies were received from Messrs. B. Mooney & C. Williams"],
            ["Cllr J Smith|-|-|present", "Messrs. B. Mooney|-|-|apologies", "C. Williams|-|-|apologies"]
        },
        {
            "a section row inside an attendance table sets the status below it",
            ["|Name|Role\n|Members present\n|Cllr Diane Fox|Chair\n|Officers in attendance\n|Graham Pole|Highways Manager"],
            ["Cllr Diane Fox|Chair|-|present", "Graham Pole|Highways Manager|-|in_attendance"]
        },
        {
            "a roll-call table with the members in one cell and their marks beside them is no label-column layout",
            ["# Township Board", "|Roll Call|Board Members|Present\n||Ann Quill, Supervisor⏎Ben Royle, Clerk⏎Cara Sedgwick, Trustee|X⏎X⏎A⏎Public: 6 attendees",
             "1. Minutes", "Approved."],
            ["Ann Quill|Supervisor|-|present", "Ben Royle|Clerk|-|present", "Cara Sedgwick|Trustee|-|present"]
        },
        {
            "an attendance heading over a table ends at the first numbered item",
            ["## Attendance", "|Status|Name|Role\n|Present|Prof. Janet Okwu|Chair\n|Apologies|Gwen Tudor|Panel member",
             "I. Welcome and apologies", "The Chair welcomed members.", "II. Stop and search", "Officers did not give their name and station."],
            ["Prof. Janet Okwu|Chair|-|present", "Gwen Tudor|Panel member|-|apologies"]
        },
        {
            "a grid of names after an attendance heading",
            ["# ATTENDING", "|David Ackerman|Laura Gekeler\n|Cheryl Brown|John Lewis"],
            ["David Ackerman|-|-|present", "Cheryl Brown|-|-|present", "Laura Gekeler|-|-|present", "John Lewis|-|-|present"]
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
            ["Present: David Thompson (DT), Sarah Lee (SL), Ruth Oldman (ROld)"],
            ["David Thompson|-|DT|present", "Sarah Lee|-|SL|present", "Ruth Oldman|-|ROld|present"]
        },
        {
            "role and initials both given",
            ["Present: Mary Smith – Chair (MS), Alan Brown – Treasurer (AB)"],
            ["Mary Smith|Chair|MS|present", "Alan Brown|Treasurer|AB|present"]
        },
        {
            "name and role table with a bracketed short form",
            ["# Quarterly Scrutiny Meeting", "|Name|Role\n|Helen Marsh|Police and Crime Commissioner (PCC)\n|Jane Roe|Deputy Chief Constable (DCC)"],
            ["Helen Marsh|Police and Crime Commissioner|PCC|present", "Jane Roe|Deputy Chief Constable|DCC|present"]
        },
        {
            "table names printed last-first",
            ["|Name|Role\n|Okafor, Grace|Chair\n|Ibrahim, Yusuf|Secretary"],
            ["Grace Okafor|Chair|-|present", "Yusuf Ibrahim|Secretary|-|present"]
        },
        {
            "a present person also under apologies is apologies",
            ["Present: A Smith, B Jones, C Brown", "Apologies: C Brown"],
            ["A Smith|-|-|present", "B Jones|-|-|present", "C Brown|-|-|apologies"]
        },
        {
            "apologies sentence in the body",
            ["1. Apologies", "Apologies were received from Cllr Moss and Cllr Fenwick."],
            ["Cllr Moss|-|-|apologies", "Cllr Fenwick|-|-|apologies"]
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
            ["Present: Cllr J Smith", "1. Finance", "Mr Dunn asked about the precept and Cllr Jones replied."],
            ["Cllr J Smith|-|-|present"]
        },
        {
            "an office before the name is the role",
            ["Present: Mayor Jane Doe, Council Member John Smith, Vice Mayor Ann Lee"],
            ["Jane Doe|Mayor|-|present", "John Smith|Council Member|-|present", "Ann Lee|Vice Mayor|-|present"]
        },
        {
            "an organisation is the role when it is the only descriptor",
            ["Present:\nJane Doe, Oracle\nJohn Roe – Southwold"],
            ["Jane Doe|Oracle|-|present", "John Roe|Southwold|-|present"]
        },
        {
            "an acronym shared by several people is their organisation",
            ["Present: Amy Poe (SCC), Ben Cole (SCC), Jo Hart (Chair)"],
            ["Amy Poe|SCC|-|present", "Ben Cole|SCC|-|present", "Jo Hart|Chair|-|present"]
        },
        {
            "a status column",
            ["|Name|Role|Attendance\n|Grace Okafor|Chair|Present\n|Yusuf Ibrahim|Secretary|Apologies\n|Ann Lee|Treasurer|Absent"],
            ["Grace Okafor|Chair|-|present", "Yusuf Ibrahim|Secretary|-|apologies", "Ann Lee|Treasurer|-|absent"]
        },
        {
            "header role fields",
            ["# Project meeting", "Facilitator: Grace Okafor", "Note taker: Yusuf Ibrahim", "Attendees: Grace Okafor, Yusuf Ibrahim, Ann Lee"],
            ["Grace Okafor|Facilitator|-|present", "Yusuf Ibrahim|Note taker|-|present", "Ann Lee|-|-|present"]
        },
        {
            "apologies had been received",
            ["Present: Cllr J Smith", "1. Apologies", "The Chair reported that apologies had been received from Cllr Fenwick."],
            ["Cllr J Smith|-|-|present", "Cllr Fenwick|-|-|apologies"]
        },
        {
            "present for part of the meeting",
            ["Present: Cllr J Smith", "1. Policing", "PC Dan Wright was present for part of the meeting."],
            ["Cllr J Smith|-|-|present", "Dan Wright|PC|-|present"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Records_the_people_at_the_meeting(string name, string[] blocks, string[] expected)
    {
        var people = RecordText.People(Parse(blocks));
        Assert.True(expected.SequenceEqual(people), $"{name}: got [{string.Join("; ", people)}]");
    }

    [Theory]
    [InlineData("Present:", "present")]
    [InlineData("Those Attending:", "present")]
    [InlineData("Members present:", "present")]
    [InlineData("Attendees:", "present")]
    [InlineData("Apologies:", "apologies")]
    [InlineData("Apologies for absence:", "apologies")]
    [InlineData("Regrets:", "apologies")]
    [InlineData("Absent:", "absent")]
    [InlineData("Not present:", "absent")]
    [InlineData("In attendance:", "in_attendance")]
    [InlineData("Also in attendance:", "in_attendance")]
    [InlineData("Also present:", "in_attendance")]
    [InlineData("Guests:", "in_attendance")]
    [InlineData("Observers:", "in_attendance")]
    public void Each_attendance_label_gives_its_status(string label, string status)
    {
        // Members present are listed first, so that a group of others keeps its own status.
        var people = RecordText.People(Parse("# Committee meeting", "Present: Ann Quill", label + " Grace Okafor, Yusuf Ibrahim", "1. Welcome"));
        Assert.Equal(["Ann Quill|-|-|present", $"Grace Okafor|-|-|{status}", $"Yusuf Ibrahim|-|-|{status}"], people);
    }
}
