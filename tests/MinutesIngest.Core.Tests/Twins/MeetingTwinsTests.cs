using MinutesIngest.Core.Twins;

namespace MinutesIngest.Core.Tests.Twins;

/// <summary>Which stored meetings are copies of one meeting, and which copy's content is kept.</summary>
public sealed class MeetingTwinsTests
{
    private static MeetingCopy Copy(long id, string? title, string? date, string items, string people = "", string? body = null,
        string format = "pdf", string path = "x.pdf", int rows = 10) =>
        new(id, path, format, body, title, date == null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            MeetingTwins.Words(items), MeetingTwins.Names(people), rows);

    private const string Items = "Apologies Minutes of the last meeting Footpaths Play area Budget";

    public static TheoryData<string, MeetingCopy, MeetingCopy, bool> Pairs() => new()
    {
        { "same date, title and items", Copy(1, "Parish Council meeting", "2024-03-04", Items), Copy(2, "Parish Council meeting", "2024-03-04", Items, format: "html"), true },
        { "an OCR'd title with a misread letter", Copy(1, "Minutes of the Parish Council meeting", "2024-03-04", Items),
          Copy(2, "Minutes of the Parish Counci1 meeting", "2024-03-04", Items, format: "pdf-ocr"), true },
        { "different dates", Copy(1, "Parish Council meeting", "2024-03-04", Items), Copy(2, "Parish Council meeting", "2024-04-01", Items), false },
        { "same date and title, different business", Copy(1, "Board meeting", "2024-03-04", Items),
          Copy(2, "Board meeting", "2024-03-04", "Strategy Recruitment Audit report Pensions"), false },
        { "bodies stated differently", Copy(1, "Board meeting", "2024-03-04", Items, body: "North Trust"), Copy(2, "Board meeting", "2024-03-04", Items, body: "South Trust"), false },
        { "undated, same title and content", Copy(1, "Annual General Meeting", null, Items, "Ann Lee|Bob Ray"), Copy(2, "Annual General Meeting", null, Items, "Ann Lee|Bob Ray"), true },
        { "undated and dated", Copy(1, "Annual General Meeting", null, Items), Copy(2, "Annual General Meeting", "2024-03-04", Items), false },
        { "numbered meetings of one body", Copy(1, "Parish Council meeting 3", "2024-03-04", Items), Copy(2, "Parish Council meeting 87", "2024-03-04", Items), false },
        { "same business, different people", Copy(1, "Board", "2024-03-04", Items, "Ann Lee|Bob Ray|Cat Poe"), Copy(2, "Board", "2024-03-04", Items, "Dan Orr|Eve Fox|Fay Holt"), false },
        { "one document is no twin of itself", Copy(1, "Board", "2024-03-04", Items), Copy(1, "Board", "2024-03-04", Items), false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Matches_copies_of_one_meeting(string name, MeetingCopy a, MeetingCopy b, bool expected) =>
        Assert.True(MeetingTwins.AreTwins(a, b) == expected, name);

    public static TheoryData<string, MeetingCopy[], long> Best() => new()
    {
        { "born-digital over OCR", [Copy(1, "Board", "2024-03-04", Items, format: "pdf-ocr", rows: 30), Copy(2, "Board", "2024-03-04", Items, format: "pdf", rows: 20)], 2 },
        { "approved over draft", [Copy(1, "Board", "2024-03-04", Items, path: "board-draft.docx", rows: 30), Copy(2, "Board", "2024-03-04", Items, path: "board.docx", rows: 20)], 2 },
        { "most complete otherwise", [Copy(1, "Board", "2024-03-04", Items, rows: 12), Copy(2, "Board", "2024-03-04", Items, format: "html", rows: 25)], 2 },
        { "first stored on a tie", [Copy(2, "Board", "2024-03-04", Items), Copy(1, "Board", "2024-03-04", Items)], 1 },
    };

    [Theory]
    [MemberData(nameof(Best))]
    public void Keeps_the_best_source_first(string name, MeetingCopy[] copies, long kept)
    {
        var group = Assert.Single(MeetingTwins.Group(copies));
        Assert.True(group[0].DocumentId == kept, $"{name}: kept {group[0].DocumentId}");
    }

    [Fact]
    public void A_meeting_without_copies_forms_no_group() =>
        Assert.Empty(MeetingTwins.Group([Copy(1, "Board", "2024-03-04", Items), Copy(2, "Council", "2024-05-06", "Other business entirely")]));

    [Fact]
    public void Copies_are_grouped_per_date_among_many_meetings()
    {
        // Two copies of each of three meetings, interleaved with one-off meetings of the same title on other dates.
        var copies = new List<MeetingCopy>();
        for (var i = 0; i < 30; i++) copies.Add(Copy(100 + i, "Parish Council meeting", $"2020-01-{1 + i:00}", Items));
        foreach (var (id, date) in new[] { (1L, "2020-01-02"), (2L, "2020-01-05"), (3L, "2020-01-09") }) copies.Add(Copy(id, "Parish Council meeting", date, Items, format: "html"));

        var groups = MeetingTwins.Group(copies);

        Assert.Equal([[1L, 101L], [2L, 104L], [3L, 108L]], groups.Select(g => g.Select(c => c.DocumentId).Order().ToArray()).OrderBy(g => g[0]).ToArray());
    }

    [Fact]
    public void Grouping_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => MeetingTwins.Group([Copy(1, "Board", "2024-03-04", Items), Copy(2, "Board", "2024-03-04", Items)], cancelled.Token));
    }
}
