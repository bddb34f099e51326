using Dapper;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>
/// Exact words (<c>=planning</c>, Exact) match only the word as written while the default stems ("planning" finds "plan");
/// a body filter matching no meeting is a message naming the nearest bodies, not a table of zeros; trend rows carry the
/// share of meetings held.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ExactWordAndBodyFilterTests(PostgresFixture postgres)
{
    // Four meetings of two invented bodies in 2022: "planning" in one item, "plan" and "planned" in others.
    private const string Rows = """
        INSERT INTO documents (path, size_bytes, parser_version, status) SELECT '/invented/' || g || '.txt', 100, 1, 'stored' FROM generate_series(1, 4) g;
        INSERT INTO meetings (document_id, title, meeting_date)
        SELECT id, CASE WHEN id <= 2 THEN 'Fenbrook Parish Council' ELSE 'Library Trust Board' END, date '2022-01-10' + (id::int * 30) FROM documents;
        INSERT INTO items (meeting_id, position, number, title, body) VALUES
            ((SELECT min(id) FROM meetings), 1, '1', 'Planning applications', 'A barn conversion was considered.'),
            ((SELECT min(id) FROM meetings) + 1, 1, '1', 'Village plan', 'The plan was adopted.'),
            ((SELECT min(id) FROM meetings) + 2, 1, '1', 'Opening hours', 'Volunteers planned a rota.'),
            ((SELECT min(id) FROM meetings) + 3, 1, '1', 'Book sale', 'Funds were counted.');
        """;

    private async Task<Npgsql.NpgsqlConnection> SeededAsync()
    {
        var database = await MinutesDatabase.OpenAsync(postgres.CreateDatabase());
        var connection = await database.OpenConnectionAsync();
        await connection.ExecuteAsync(Rows);
        return connection;
    }

    [Fact]
    public async Task An_exact_word_is_not_stemmed_in_search_or_trend()
    {
        await using var connection = await SeededAsync();

        var stemmed = await SearchQuery.RunAsync(connection, new SearchRequest("planning"));
        var marked = await SearchQuery.RunAsync(connection, new SearchRequest("=planning"));
        var flagged = await SearchQuery.RunAsync(connection, new SearchRequest("planning", Exact: true));
        var mixed = await SearchQuery.RunAsync(connection, new SearchRequest("=planned volunteer"));
        var excluded = await SearchQuery.RunAsync(connection, new SearchRequest("plan -=planning"));
        var trend = await TrendQuery.RunAsync(connection, new TrendRequest("=planning", TrendUnit.Year));
        var stemmedTrend = await TrendQuery.RunAsync(connection, new TrendRequest("planning", TrendUnit.Year));

        Assert.Equal(3, stemmed.Total);
        Assert.Equal(["Planning applications"], marked.Hits.Select(h => h.ItemTitle));
        Assert.Equal(["Planning applications"], flagged.Hits.Select(h => h.ItemTitle));
        Assert.Contains("Planning", Highlight.MatchedWords(marked.Hits[0].Snippet), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["Opening hours"], mixed.Hits.Select(h => h.ItemTitle));
        Assert.Equal(["Opening hours", "Village plan"], excluded.Hits.Select(h => h.ItemTitle).Order());
        Assert.Equal((1, 4), (trend.Points.Single().MeetingsMentioning, trend.Points.Single().MeetingsHeld));
        Assert.Equal(3, stemmedTrend.Points.Single().MeetingsMentioning);
    }

    [Fact]
    public async Task Trend_rows_carry_the_share_of_meetings_held()
    {
        await using var connection = await SeededAsync();

        var trend = await TrendQuery.RunAsync(connection, new TrendRequest("plan", TrendUnit.Year, ["parish", "library"]));

        Assert.Equal([1.0, 0.5], trend.Points.Select(p => p.Share!.Value));
        Assert.Null(new TrendPoint(null, new DateOnly(2022, 1, 1), "2022", 0, 0, 0).Share);
    }

    [Fact]
    public async Task A_body_filter_matching_no_meeting_names_the_nearest_bodies()
    {
        await using var connection = await SeededAsync();

        var search = await SearchQuery.RunAsync(connection, new SearchRequest("plan", Body: "Fenbrok Parsh"));
        var trend = await TrendQuery.RunAsync(connection, new TrendRequest("plan", TrendUnit.Year, ["parish", "Libary Trust"]));
        var known = await SearchQuery.RunAsync(connection, new SearchRequest("plan", Body: "fenbrook"));
        var actions = await ActionQuery.RunAsync(connection, new ActionFilter(Body: "Fenbrok Parsh"));
        var knownActions = await ActionQuery.RunAsync(connection, new ActionFilter(Body: "fenbrook"));

        Assert.Empty(actions.Actions);
        Assert.Contains("Nearest bodies: “Fenbrook Parish Council”", actions.Message);
        Assert.Null(knownActions.Message);
        Assert.Empty(search.Hits);
        Assert.Contains("Fenbrok Parsh", search.Message);
        Assert.Contains("Nearest bodies: “Fenbrook Parish Council”", search.Message);
        Assert.Empty(trend.Points);
        Assert.Contains("“Libary Trust”", trend.Message);
        Assert.Contains("“Library Trust Board”", trend.Message);
        Assert.Null(known.Message);
        Assert.Equal(2, known.Total);
    }
}
