using Dapper;
using MinutesIngest.Storage.Indexing;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;
using Npgsql;

namespace MinutesIngest.Storage.Tests.Indexing;

/// <summary>
/// Open and overdue lists read from open_action_candidates (series unchanged since the last update) list exactly what
/// reading every action lists (series pending); a meeting stored, deleted or moved makes its series pending at once,
/// and progress read with the meetings' word sets equals progress read without them.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ActionFollowIndexTests(PostgresFixture postgres)
{
    private const string Gutter = "Clerk to clear the blocked gutter";
    private const string Grant = "Treasurer to apply for the grant";
    private const string Sign = "Chair to order the new sign";
    private const string Benches = "Clerk to paint the benches";
    private const string Loose = "Warden to check the loose railings";

    // One parish council's three meetings (its series, as stored: "Full Council"): February reports the gutter done, carries the grant and drops the sign;
    // March lists the grant again. Another body's single meeting leaves its benches open; an untitled meeting has no series.
    private static readonly (string Name, string Text)[] Minutes =
    [
        ("2021-01.txt", $"""
            MEETING: Parish Council meeting held on 11th January 2021
            BODY: Oxbury Parish Council
            DATE: 2021-01-11
            ACTION: 1 | {Gutter} | Clerk | | 2021-02-01
            ACTION: 1 | {Grant} | Treasurer | | 2021-02-01
            ACTION: 1 | {Sign} | Chair | | 2021-02-01
            """),
        ("2021-02.txt", $"""
            MEETING: Parish Council meeting held on 8th February 2021
            BODY: Oxbury Parish Council
            DATE: 2021-02-08
            ITEM: 1 | Matters arising | {Gutter}: done.
            ITEM: 2 | Finance | {Grant}: carried forward.
            """),
        ("2021-03.txt", $"""
            MEETING: Parish Council meeting held on 8th March 2021
            BODY: Oxbury Parish Council
            DATE: 2021-03-08
            ACTION: 1 | {Grant} | Treasurer | | 2021-04-01
            """),
        ("hall.txt", $"""
            MEETING: Village Hall Committee
            BODY: Pellow Village Hall Committee
            DATE: 2021-01-20
            ACTION: 1 | {Benches} | Clerk | | 2021-02-15
            """),
        ("untitled.txt", $"""
            MEETING:
            DATE: 2021-01-25
            ACTION: 1 | {Loose} | Warden | | 2021-02-20
            """),
    ];

    // as of, list (open or overdue), owner → the list, newest first
    [Theory]
    // After every meeting: the grant stands on March's row, the benches and railings were never followed up.
    [InlineData("2021-12-31", "open", null, $"2021-03-08 {Grant}|2021-01-25 {Loose}|2021-01-20 {Benches}")]
    [InlineData("2021-12-31", "overdue", null, $"2021-03-08 {Grant}|2021-01-25 {Loose}|2021-01-20 {Benches}")]
    [InlineData("2021-12-31", "overdue", "Treasurer", $"2021-03-08 {Grant}")]
    [InlineData("2021-12-31", "open", "Clerk", $"2021-01-20 {Benches}")]
    // On the day of the last meeting: the grant's new due date has not passed.
    [InlineData("2021-03-08", "overdue", null, $"2021-01-25 {Loose}|2021-01-20 {Benches}")]
    // Before the last meeting (the as-of date is before it, so its series is read action by action).
    [InlineData("2021-02-20", "open", null, $"2021-01-25 {Loose}|2021-01-20 {Benches}|2021-01-11 {Grant}")]
    [InlineData("2021-02-05", "overdue", null, $"2021-01-11 {Gutter}|2021-01-11 {Grant}|2021-01-11 {Sign}")]
    public async Task A_list_read_from_the_candidates_equals_the_list_read_from_every_action(string asOf, string list, string? owner, string expected)
    {
        await using var harness = await IngestedAsync();
        await using var connection = await harness.Database.OpenConnectionAsync();
        Assert.Equal(0L, await PendingAsync(connection));
        var filter = Filter(asOf, list) with { Owner = owner };

        var fromCandidates = await ListAsync(connection, filter);
        await connection.ExecuteAsync("UPDATE series_follow SET latest = NULL");
        var fromEveryAction = await ListAsync(connection, filter);

        Assert.Equal(expected, fromCandidates);
        Assert.Equal(fromEveryAction, fromCandidates);
    }

    private const string LaterMeeting = """
        INSERT INTO documents (path, size_bytes, parser_version, status) VALUES ('/invented/2021-04.txt', 100, 1, 'stored');
        INSERT INTO meetings (document_id, title, body, series, meeting_date)
        SELECT id, 'Parish Council meeting held on 12th April 2021', 'Oxbury Parish Council', 'Full Council', date '2021-04-12' FROM documents WHERE path = '/invented/2021-04.txt';
        INSERT INTO items (meeting_id, position, number, title, body)
        SELECT id, 1, '1', 'Correspondence', 'None received.' FROM meetings WHERE meeting_date = date '2021-04-12';
        """;

    // change → the open list as of 2021-12-31 right after it (series pending) and after the next update
    [Theory]
    // April's meeting does not repeat the grant: it is no longer open.
    [InlineData(LaterMeeting, $"2021-01-25 {Loose}|2021-01-20 {Benches}")]
    // Without March's meeting the grant stands on January's row again, carried forward by February.
    [InlineData("DELETE FROM meetings WHERE meeting_date = date '2021-03-08'", $"2021-01-25 {Loose}|2021-01-20 {Benches}|2021-01-11 {Grant}")]
    // The hall committee's meeting moved into the council's series is older than its latest meeting, which drops the benches.
    [InlineData("UPDATE meetings SET body = 'Oxbury Parish Council', series = 'Full Council' WHERE meeting_date = date '2021-01-20'",
        $"2021-03-08 {Grant}|2021-01-25 {Loose}")]
    public async Task A_change_to_a_series_is_listed_before_and_after_the_next_update(string change, string expected)
    {
        await using var harness = await IngestedAsync();
        await using var connection = await harness.Database.OpenConnectionAsync();
        var filter = Filter("2021-12-31", "open");

        await connection.ExecuteAsync(change);
        Assert.True(await PendingAsync(connection) > 0);
        var beforeUpdate = await ListAsync(connection, filter);
        await ActionFollowIndex.UpdateAsync(connection);
        var afterUpdate = await ListAsync(connection, filter);

        Assert.Equal(0L, await PendingAsync(connection));
        Assert.Equal(expected, beforeUpdate);
        Assert.Equal(expected, afterUpdate);
    }

    [Fact]
    public async Task Only_actions_that_may_still_be_open_are_candidates()
    {
        await using var harness = await IngestedAsync();
        await using var connection = await harness.Database.OpenConnectionAsync();

        var candidates = await connection.QueryAsync<string>(
            "SELECT a.text FROM open_action_candidates c JOIN actions a ON a.id = c.action_id ORDER BY a.text");

        // January's grant is repeated by the latest meeting's own action, so it may be open; the gutter and sign are not.
        Assert.Equal(new[] { Benches, Grant, Grant, Loose }.Order(StringComparer.Ordinal), candidates);
    }

    [Fact]
    public async Task Progress_read_with_the_word_sets_equals_progress_read_without_them()
    {
        await using var harness = await IngestedAsync();
        await using var connection = await harness.Database.OpenConnectionAsync();
        var filter = new ActionFilter(AsOf: new DateOnly(2021, 12, 31));
        Assert.Equal(5L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM meeting_words"));

        var withSets = await ProgressAsync(connection, filter);
        await connection.ExecuteAsync("TRUNCATE meeting_words");
        var withoutSets = await ProgressAsync(connection, filter);

        Assert.Contains($"2021-01-11 {Grant} carried open", withSets);
        Assert.Contains($"2021-01-11 {Gutter} carried status_word", withSets);
        Assert.Contains($"2021-01-11 {Sign} - not_carried_forward", withSets);
        Assert.Equal(withoutSets, withSets);
    }

    [Fact]
    public async Task A_meeting_word_set_holds_every_word_of_its_items_and_actions_and_is_backfilled()
    {
        await using var harness = await IngestedAsync();
        await using var connection = await harness.Database.OpenConnectionAsync();
        const string Sets = "SELECT meeting_id || ' ' || words::text FROM meeting_words ORDER BY meeting_id";
        const string Mismatches = """
            SELECT count(*) FROM meetings m
            WHERE (SELECT w.words FROM meeting_words w WHERE w.meeting_id = m.id) IS DISTINCT FROM
                  (SELECT array_to_tsvector(array_agg(DISTINCT l)) FROM (
                       SELECT unnest(tsvector_to_array(search)) AS l FROM items WHERE meeting_id = m.id
                       UNION ALL SELECT unnest(tsvector_to_array(search)) FROM actions WHERE meeting_id = m.id) x)
            """;
        var written = (await connection.QueryAsync<string>(Sets)).ToList();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>(Mismatches));

        // As after migration 0021 on a database indexed before it.
        await connection.ExecuteAsync("TRUNCATE meeting_words; UPDATE meeting_term_index_state SET words_backfilled = false");
        await MeetingTermIndex.UpdateAsync(connection);

        Assert.Equal(written, await connection.QueryAsync<string>(Sets));
        Assert.True(await connection.ExecuteScalarAsync<bool>("SELECT words_backfilled FROM meeting_term_index_state"));
    }

    private static ActionFilter Filter(string asOf, string list)
    {
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        return list == "open" ? new ActionFilter(AsOf: date, Open: true, Limit: 20) : new ActionFilter(AsOf: date, Overdue: true, Limit: 20);
    }

    private static async Task<string> ListAsync(NpgsqlConnection connection, ActionFilter filter) =>
        string.Join("|", (await ActionQuery.RunAsync(connection, filter)).Actions.Select(a => $"{a.Date} {a.Text}"));

    private static async Task<List<string>> ProgressAsync(NpgsqlConnection connection, ActionFilter filter) =>
        (await ActionQuery.RunAsync(connection, filter)).Actions
            .Select(a => $"{a.Date} {a.Text} {(a.CarriedForward ? "carried" : "-")} {a.ClosedBy ?? "open"}").ToList();

    private static Task<long> PendingAsync(NpgsqlConnection connection) =>
        connection.ExecuteScalarAsync<long>("SELECT count(*) FROM series_follow WHERE latest IS NULL");

    private Task<IngestHarness> IngestedAsync() => IngestHarness.IngestedAsync(postgres, Minutes);
}
