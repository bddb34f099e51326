using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>Carried forward, reported done and open are read from later meetings of the same series, as of a date.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ActionProgressTests(PostgresFixture postgres)
{
    private const string Shelter = "Clerk to repair the bus shelter";
    private const string Budget = "Treasurer to circulate the budget";
    private const string Letter = "Chair to write to the county";
    private const string Noted = "Noted";

    // Three meetings of one parish council (its titles carry their dates), one meeting of another body and one of a
    // committee of the same council, each repeating every action with "done": different series, so they change nothing.
    private static readonly (string Name, string Text)[] Minutes =
    [
        ("2020-01.txt", $"""
            MEETING: Parish Council meeting held on 10th January 2020
            BODY: Example Parish Council
            DATE: 2020-01-10
            ITEM: 1 | Bus shelter | The shelter is damaged.
            ACTION: 1 | {Shelter} | Clerk | | 2020-02-01
            ACTION: 1 | {Budget} | Treasurer | | 2020-02-01
            ACTION: 1 | {Letter} | Chair | | 2020-02-01
            ACTION: 1 | {Noted} | Clerk | | 2020-02-01
            """),
        ("2020-02.txt", $"""
            MEETING: Parish Council meeting held on 14th February 2020
            BODY: Example Parish Council
            DATE: 2020-02-14
            ITEM: 1 | Matters arising | {Shelter}: done.
            ITEM: 2 | Finance | {Budget}: carried forward to March.
            ITEM: 3 | Noted | Noted
            """),
        ("2020-03.txt", $"""
            MEETING: Parish Council meeting held on 13th March 2020
            BODY: Example Parish Council
            DATE: 2020-03-13
            ACTION: 1 | {Budget} | Treasurer | | 2020-04-01
            """),
        // No title and no body: no series, so neither a later meeting of the untitled one below nor of any other.
        ("untitled-1.txt", $"""
            MEETING:
            DATE: 2020-01-11
            ACTION: 1 | {Letter} | Chair | | 2020-02-01
            """),
        ("untitled-2.txt", $"""
            MEETING:
            DATE: 2020-05-01
            ITEM: 1 | Letters | Nothing to report.
            """),
        ("planning.txt", $"""
            MEETING: Planning Committee meeting held on 17th February 2020
            BODY: Example Parish Council
            DATE: 2020-02-17
            ITEM: 1 | Actions | {Shelter} done. {Budget} done. {Letter} done.
            """),
        ("other.txt", $"""
            MEETING: Village Hall Committee
            DATE: 2020-02-20
            ITEM: 1 | Actions | {Shelter} done. {Budget} done. {Letter} done.
            """),
    ];

    // action, as of → (carried forward, open, closed by, overdue)
    [Theory]
    // Before any later meeting every action is open; none is due yet.
    [InlineData(Shelter, "2020-01-31", false, true, null, false)]
    // Due, and no later meeting has reported on them: overdue.
    [InlineData(Shelter, "2020-02-10", false, true, null, true)]
    [InlineData(Letter, "2020-02-10", false, true, null, true)]
    // February repeats the shelter with "done", carries the budget without a status word, and drops the letter.
    [InlineData(Shelter, "2020-02-20", true, false, "status_word", false)]
    [InlineData(Budget, "2020-02-20", true, true, null, true)]
    [InlineData(Letter, "2020-02-20", false, false, "not_carried_forward", false)]
    // March lists the budget again as an action: still open, but overdue only on March's row; the letter stays closed.
    [InlineData(Budget, "2020-12-31", true, true, null, false)]
    [InlineData(Letter, "2020-12-31", false, false, "not_carried_forward", false)]
    // Too short to follow: never matched, so never carried; dropped like any action no later meeting repeats.
    [InlineData(Noted, "2020-12-31", false, false, "not_carried_forward", false)]
    public async Task Later_meetings_of_the_series_decide_what_is_carried_forward_and_open(
        string action, string asOf, bool carried, bool open, string? closedBy, bool overdue)
    {
        await using var harness = await DatabaseAsync();
        await using var connection = await harness.Database.OpenConnectionAsync();
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);

        var rows = (await ActionQuery.RunAsync(connection, new ActionFilter(Body: "Example Parish Council", AsOf: date))).Actions;

        var row = rows.Single(r => r.Text == action && r.Date == "2020-01-10");
        Assert.Equal((carried, open, closedBy, overdue), (row.CarriedForward, row.Open, row.ClosedBy, row.Overdue));
    }

    [Fact]
    public async Task A_meeting_without_body_or_title_has_no_series_so_its_actions_stay_open()
    {
        await using var harness = await DatabaseAsync();
        await using var connection = await harness.Database.OpenConnectionAsync();

        var rows = (await ActionQuery.RunAsync(connection, new ActionFilter(AsOf: new DateOnly(2020, 12, 31)))).Actions;

        var row = rows.Single(r => r.Date == "2020-01-11");
        Assert.Equal((false, true, null), (row.CarriedForward, row.Open, row.ClosedBy));
    }

    [Theory]
    [InlineData("2020-01-31", false, "")]
    [InlineData("2020-02-10", false, $"2020-01-10 {Letter}|2020-01-10 {Shelter}|2020-01-10 {Noted}|2020-01-10 {Budget}")]
    [InlineData("2020-02-20", false, $"2020-01-10 {Budget}")]
    // March's own row stands for the budget action; January's is not listed twice, open or overdue.
    [InlineData("2020-12-31", true, $"2020-03-13 {Budget}")]
    [InlineData("2020-03-20", false, "")]
    [InlineData("2020-04-02", false, $"2020-03-13 {Budget}")]
    public async Task Open_and_overdue_lists_follow_the_as_of_date(string asOf, bool openList, string expected)
    {
        await using var harness = await DatabaseAsync();
        await using var connection = await harness.Database.OpenConnectionAsync();
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var filter = openList ? new ActionFilter(Body: "Example Parish Council", AsOf: date, Open: true) : new ActionFilter(Body: "Example Parish Council", AsOf: date, Overdue: true);

        var rows = (await ActionQuery.RunAsync(connection, filter with { Limit = 10 })).Actions;

        Assert.Equal(expected, string.Join("|", rows.Select(r => $"{r.Date} {r.Text}").Order(StringComparer.Ordinal)));
    }

    private Task<IngestHarness> DatabaseAsync() => IngestHarness.IngestedAsync(postgres, Minutes);
}
