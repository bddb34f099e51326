using Dapper;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>A word matching more items than <see cref="SearchQuery.RankWindow"/>: only the newest matches are ranked, and the result says so.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CommonWordSearchTests(PostgresFixture postgres)
{
    // 60 monthly meetings from January 2020, 10 items each mentioning the budget: 600 matches.
    private const string Rows = """
        INSERT INTO documents (path, size_bytes, parser_version, status) SELECT '/generated/' || g || '.txt', 100, 1, 'stored' FROM generate_series(1, 60) g;
        INSERT INTO meetings (document_id, title, meeting_date)
        SELECT id, CASE WHEN id % 2 = 0 THEN 'Even Parish Council' ELSE 'Odd Town Council' END, date '2020-01-01' + make_interval(months => id::int - 1)
        FROM documents;
        INSERT INTO items (meeting_id, position, number, title, body)
        SELECT m.id, p, p::text, 'Finance', 'The budget for item ' || p || ' was discussed. ' || CASE WHEN p = 1 THEN 'Budget budget budget.' ELSE '' END
        FROM meetings m CROSS JOIN generate_series(1, 10) p;
        """;

    [Fact]
    public async Task More_matches_than_the_window_rank_the_newest_and_say_so()
    {
        await using var database = await MinutesDatabase.OpenAsync(postgres.CreateDatabase());
        await using var connection = await database.OpenConnectionAsync();
        await connection.ExecuteAsync(Rows);

        var result = await SearchQuery.RunAsync(connection, new SearchRequest("budget", Limit: 100));
        var narrowed = await SearchQuery.RunAsync(connection, new SearchRequest("budget", Body: "odd town", From: new DateOnly(2024, 1, 1)));

        Assert.True(result.RankedRecentOnly);
        Assert.Equal(SearchQuery.RankWindow, result.Total);
        Assert.StartsWith($"More than {SearchQuery.RankWindow} matches", result.Summary);
        // The window holds the newest 50 meetings (500 items): the ten oldest, 2020-01 to 2020-10, are outside it.
        Assert.All(result.Hits, h => Assert.True(string.CompareOrdinal(h.Date, "2020-11-01") >= 0, h.Date));
        // Item 1 of each meeting says "budget" four times: those rank first.
        Assert.All(result.Hits.Take(50), h => Assert.Equal("1", h.ItemNumber));
        // Filters narrow the window itself: the six odd-numbered meetings of 2024, 10 items each, every one ranked.
        Assert.False(narrowed.RankedRecentOnly);
        Assert.Equal(60, narrowed.Total);
        Assert.All(narrowed.Hits, h => Assert.Equal("Odd Town Council", h.Body));
    }
}
