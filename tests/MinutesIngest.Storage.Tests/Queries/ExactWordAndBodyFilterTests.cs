using Dapper;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>
/// Exact words (<c>=planning</c>, Exact) match only the word as written while the default stems ("planning" finds "plan");
/// a body filter naming no stored body is a message naming the nearest bodies, not a table of zeros; a body filter names
/// whole bodies (or their aliases), never a body whose name merely contains it; trend rows carry the share of meetings held.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ExactWordAndBodyFilterTests(PostgresFixture postgres)
{
    // Four meetings of two invented bodies in 2022: "planning" in one item, "plan" and "planned" in others.
    private const string Rows = """
        INSERT INTO documents (path, size_bytes, parser_version, status) SELECT '/invented/' || g || '.txt', 100, 1, 'stored' FROM generate_series(1, 4) g;
        INSERT INTO meetings (document_id, title, body, meeting_date)
        SELECT id, 'Minutes', CASE WHEN id <= 2 THEN 'Fenbrook Parish Council' ELSE 'Library Trust Board' END, date '2022-01-10' + (id::int * 30) FROM documents;
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

        var trend = await TrendQuery.RunAsync(connection, new TrendRequest("plan", TrendUnit.Year, ["Fenbrook Parish Council", "library trust board"]));

        Assert.Equal([1.0, 0.5], trend.Points.Select(p => p.Share!.Value));
        Assert.Null(new TrendPoint(null, new DateOnly(2022, 1, 1), "2022", 0, 0, 0).Share);
    }

    [Fact]
    public async Task A_body_filter_matching_no_meeting_names_the_nearest_bodies()
    {
        await using var connection = await SeededAsync();

        var search = await SearchQuery.RunAsync(connection, new SearchRequest("plan", Body: "Fenbrok Parsh"));
        var trend = await TrendQuery.RunAsync(connection, new TrendRequest("plan", TrendUnit.Year, ["Fenbrook Parish Council", "Libary Trust"]));
        var known = await SearchQuery.RunAsync(connection, new SearchRequest("plan", Body: "the FENBROOK parish council"));
        var actions = await ActionQuery.RunAsync(connection, new ActionFilter(Body: "Fenbrok Parsh"));
        var knownActions = await ActionQuery.RunAsync(connection, new ActionFilter(Body: "Fenbrook PC"));

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

    // Three bodies whose names contain one another, and a spelling one of them was found under.
    private const string NestedBodies = """
        INSERT INTO documents (path, size_bytes, parser_version, status) SELECT '/invented/nested-' || g || '.txt', 100, 1, 'stored' FROM generate_series(1, 3) g;
        INSERT INTO meetings (document_id, title, body, body_as_found, meeting_date)
        SELECT id, 'Minutes', (ARRAY['Parish Council', 'Upper Parish Council Finance', 'Upper Fenbrook and District Council'])[n],
               (ARRAY[NULL, NULL, 'The Upper Fenbrook & District Council'])[n], date '2023-03-01' + n
        FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM documents WHERE path LIKE '/invented/nested-%') d;
        INSERT INTO items (meeting_id, position, number, title, body)
        SELECT m.id, 1, '1', 'Hedges', 'The hedges were cut.' FROM meetings m JOIN documents d ON d.id = m.document_id WHERE d.path LIKE '/invented/nested-%';
        INSERT INTO actions (meeting_id, position, item_number, text, owner)
        SELECT m.id, 1, '1', 'Clerk to book the hedge cutting', 'Clerk' FROM meetings m JOIN documents d ON d.id = m.document_id WHERE d.path LIKE '/invented/nested-%';
        """;

    [Theory]
    [InlineData("Parish Council", "Parish Council")]
    [InlineData("parish council", "Parish Council")]
    [InlineData("The Parish Council", "Parish Council")]
    [InlineData("Upper Parish Council Finance", "Upper Parish Council Finance")]
    [InlineData("Upper Fenbrook & District Council", "Upper Fenbrook and District Council")]
    [InlineData("the upper fenbrook and district council", "Upper Fenbrook and District Council")]
    public async Task Search_trend_and_actions_filter_by_the_whole_body_or_an_alias(string filter, string body)
    {
        await using var connection = await SeededAsync();
        await connection.ExecuteAsync(NestedBodies);

        var search = await SearchQuery.RunAsync(connection, new SearchRequest("hedges", Body: filter));
        var trend = await TrendQuery.RunAsync(connection, new TrendRequest("hedges", TrendUnit.Year, [filter]));
        var actions = await ActionQuery.RunAsync(connection, new ActionFilter(Body: filter));

        Assert.Equal([body], search.Hits.Select(h => h.Body).Distinct());
        Assert.Equal((1, 1), (trend.Points.Single().MeetingsMentioning, trend.Points.Single().MeetingsHeld));
        Assert.Equal([body], actions.Actions.Select(a => a.Body));
    }

    [Fact]
    public async Task A_piece_of_a_body_name_is_not_a_body()
    {
        await using var connection = await SeededAsync();
        await connection.ExecuteAsync(NestedBodies);

        var search = await SearchQuery.RunAsync(connection, new SearchRequest("hedges", Body: "Upper Parish"));

        Assert.Empty(search.Hits);
        Assert.Contains("No body is named “Upper Parish”", search.Message);
        Assert.Contains("“Upper Parish Council Finance”", search.Message);
    }
}
