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
        INSERT INTO meetings (document_id, title, body, meeting_date)
        SELECT id, 'Minutes', CASE WHEN id % 2 = 0 THEN 'Even Parish Council' ELSE 'Odd Town Council' END, date '2020-01-01' + make_interval(months => id::int - 1)
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
        var narrowed = await SearchQuery.RunAsync(connection, new SearchRequest("budget", Body: "odd town council", From: new DateOnly(2024, 1, 1)));
        var larger = await SearchQuery.RunAsync(connection, new SearchRequest("budget", Limit: 400));

        Assert.True(result.RankedRecentOnly);
        Assert.Equal(SearchQuery.RankWindow, result.Total);
        Assert.StartsWith($"More than {SearchQuery.RankWindow} matches", result.Summary);
        // The window (100 matches) holds the newest 10 meetings: the fifty before 2024-03 are outside it.
        Assert.Equal(100, result.Hits.Count);
        Assert.All(result.Hits, h => Assert.True(string.CompareOrdinal(h.Date, "2024-03-01") >= 0, h.Date));
        // Item 1 of each meeting says "budget" four times: those rank first.
        Assert.All(result.Hits.Take(10), h => Assert.Equal("1", h.ItemNumber));
        Assert.All(result.Hits.Skip(10), h => Assert.NotEqual("1", h.ItemNumber));
        // Filters narrow the window itself: the six odd-numbered meetings of 2024, 10 items each, every one ranked.
        // A larger limit widens the window with it: 400 matches, the newest 40 meetings.
        Assert.Equal((400, true), (larger.Hits.Count, larger.RankedRecentOnly));
        Assert.All(larger.Hits, h => Assert.True(string.CompareOrdinal(h.Date, "2021-09-01") >= 0, h.Date));
        Assert.False(narrowed.RankedRecentOnly);
        Assert.Equal(60, narrowed.Total);
        Assert.All(narrowed.Hits, h => Assert.Equal("Odd Town Council", h.Body));
    }

    [Fact]
    public async Task A_word_common_long_ago_but_absent_lately_is_ranked_in_full_rather_than_walked_for()
    {
        // 300 monthly meetings; only the oldest 50 mention heritage, three items each: 150 matches, none in the newest 200
        // meetings the probe looks at, so walking newest first would pass 250 meetings before the first match.
        await using var database = await MinutesDatabase.OpenAsync(postgres.CreateDatabase());
        await using var connection = await database.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO documents (path, size_bytes, parser_version, status) SELECT '/generated/' || g || '.txt', 100, 1, 'stored' FROM generate_series(1, 300) g;
            INSERT INTO meetings (document_id, title, meeting_date) SELECT id, 'Parish Council', date '2000-01-01' + make_interval(months => id::int - 1) FROM documents;
            INSERT INTO items (meeting_id, position, number, title, body)
            SELECT m.id, p, p::text, 'Item', CASE WHEN m.id <= 50 AND p <= 3 THEN 'The heritage trail was discussed.' ELSE 'Nothing of note.' END
            FROM meetings m CROSS JOIN generate_series(1, 6) p;
            """);

        var result = await SearchQuery.RunAsync(connection, new SearchRequest("heritage", Limit: SearchQuery.RankWindow));

        // Walked, the window would have filled with the newest 100 and said so; ranked in full, all 150 are counted.
        Assert.False(result.RankedRecentOnly);
        Assert.Equal((150L, SearchQuery.RankWindow), (result.Total, result.Hits.Count));
    }

    [Theory]
    // 600 meetings, every 4th mentioning heritage: 50 in the newest 200, too few to decide alone; 150 in all, so walked.
    [InlineData(600, true, 100L)]
    // 360 meetings: still 50 in the newest 200, but 90 in all, no more than the window: ranked in full.
    [InlineData(360, false, 90L)]
    public async Task Between_sparse_and_dense_lately_the_count_of_all_matches_decides(int meetings, bool walked, long total)
    {
        await using var database = await MinutesDatabase.OpenAsync(postgres.CreateDatabase());
        await using var connection = await database.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO documents (path, size_bytes, parser_version, status) SELECT '/generated/' || g || '.txt', 100, 1, 'stored' FROM generate_series(1, @Meetings) g;
            INSERT INTO meetings (document_id, title, meeting_date) SELECT id, 'Parish Council', date '1990-01-01' + make_interval(weeks => id::int) FROM documents;
            INSERT INTO items (meeting_id, position, number, title, body)
            SELECT m.id, 1, '1', 'Item', CASE WHEN m.id % 4 = 0 THEN 'The heritage trail was discussed.' ELSE 'Nothing of note.' END FROM meetings m;
            """, new { Meetings = meetings });

        var result = await SearchQuery.RunAsync(connection, new SearchRequest("heritage", Limit: SearchQuery.RankWindow));

        Assert.Equal((walked, total), (result.RankedRecentOnly, result.Total));
    }
}
