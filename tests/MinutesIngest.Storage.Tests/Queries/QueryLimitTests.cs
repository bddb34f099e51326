using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;
using Npgsql;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>A request can only ask for bounded work: dates from 1800 to 2200, and a trend of at most MaxPoints periods × series.</summary>
[Collection(PostgresCollection.Name)]
public sealed class QueryLimitTests(PostgresFixture postgres)
{
    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await CorpusDatabase.ConnectionStringAsync(postgres));
        await connection.OpenAsync();
        return connection;
    }

    public static TheoryData<string?, string?> OutOfRange() => new()
    {
        // Year 1 reached PostgreSQL as -infinity: the period series never ended and wrote gigabytes of temporary files.
        { "0001-01-01", null },
        { "0500-01-01", null },
        { null, "9999-12-31" },
        { "1799-12-31", "2000-01-01" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task Dates_outside_1800_to_2200_are_refused_by_every_query(string? from, string? to)
    {
        var (f, t) = (Parse(from), Parse(to));
        await using var connection = await OpenAsync();

        var trend = await TrendQuery.RunAsync(connection, new TrendRequest("council", TrendUnit.Month, null, f, t));
        var byBody = await TrendQuery.RunAsync(connection, new TrendRequest("council budget", TrendUnit.Year, ["Westcombe Parish Council"], f, t));
        var search = await SearchQuery.RunAsync(connection, new SearchRequest("council", From: f, To: t));
        var actions = await ActionQuery.RunAsync(connection, new ActionFilter(From: f, To: t));

        Assert.All(new[] { trend.Message, byBody.Message, search.Message, actions.Message }, m => Assert.Contains("1800", m));
        Assert.Empty(trend.Points);
    }

    [Fact]
    public async Task A_trend_of_more_bodies_than_MaxSeries_is_refused()
    {
        await using var connection = await OpenAsync();
        var bodies = Enumerable.Range(0, TrendQuery.MaxSeries + 1).Select(i => $"body {i}").ToList();

        var result = await TrendQuery.RunAsync(connection, new TrendRequest("council", TrendUnit.Year, bodies));

        Assert.Contains($"{TrendQuery.MaxSeries}", result.Message);
    }

    // Four bodies of corpus/.
    private static readonly string[] FourBodies =
        ["Westcombe Parish Council", "Performance and Accountability Board", "Highways and Transport Scrutiny Committee", "Oakfield Primary School"];

    [Fact]
    public async Task A_trend_of_more_than_MaxPoints_periods_times_series_is_refused_without_a_to_date()
    {
        await using var connection = await OpenAsync();
        // 1800 to the corpus's last meeting by month is over 2,700 periods: four series are over 10,000 points.
        var result = await TrendQuery.RunAsync(connection, new TrendRequest("council", TrendUnit.Month, FourBodies, new DateOnly(1800, 1, 1)));
        var small = await TrendQuery.RunAsync(connection, new TrendRequest("council", TrendUnit.Year, FourBodies[..2], new DateOnly(1800, 1, 1)));
        var bySeries = await TrendQuery.RunAsync(connection, new TrendRequest("council", TrendUnit.Month, FourBodies, new DateOnly(1800, 1, 1), BySeries: true));

        Assert.Contains("points", result.Message);
        Assert.Contains("points", bySeries.Message);
        Assert.Null(small.Message);
        Assert.True(small.Points.Count <= TrendQuery.MaxPoints);
        Assert.Contains(small.Points, p => p.MeetingsHeld > 0);
    }

    private static DateOnly? Parse(string? date) => date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
}
