using Dapper;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>
/// Overdue means due before the as-of date and still open; an overdue or open list reads the newest candidates first
/// (ActionListSql.FirstPassPerRow per row asked for) and, when they do not fill it, the older ones after them, so the
/// list is the same however far back its rows lie.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OverdueListPassTests(PostgresFixture postgres)
{
    private const int Closed = 49;

    // One council meeting a day in January 2021, each with one action due in February that no later meeting repeats
    // (closed), the last with no due date; and one older meeting of another body whose action nobody followed up (open).
    private static readonly string Rows = $"""
        INSERT INTO documents (path, size_bytes, parser_version, status)
        SELECT '/invented/' || g || '.txt', 100, 1, 'stored' FROM generate_series(0, {Closed + 1}) g;
        INSERT INTO meetings (document_id, title, body, meeting_date)
        SELECT id, 'Minutes', 'Quillby Parish Council', date '2021-01-01' + n FROM (SELECT id, row_number() OVER (ORDER BY id)::int - 1 AS n FROM documents) d WHERE n <= {Closed};
        INSERT INTO meetings (document_id, title, body, meeting_date)
        SELECT id, 'Minutes', 'Wexby Town Council', date '2020-06-01' FROM documents WHERE path = '/invented/{Closed + 1}.txt';
        INSERT INTO actions (meeting_id, position, item_number, text, owner, due)
        SELECT m.id, 1, '1', 'Clerk to clear drain number ' || (m.meeting_date - date '2021-01-01'), 'Clerk',
               CASE WHEN m.meeting_date < date '2021-01-01' + {Closed} THEN date '2021-02-01' END
        FROM meetings m WHERE m.body = 'Quillby Parish Council';
        INSERT INTO actions (meeting_id, position, item_number, text, owner, due)
        SELECT id, 1, '1', 'Chair to order new benches', 'Chair', date '2020-07-01' FROM meetings WHERE body = 'Wexby Town Council';
        """;

    private static readonly DateOnly AsOf = new(2022, 1, 1);

    private async Task<Npgsql.NpgsqlConnection> SeededAsync()
    {
        var database = await MinutesDatabase.OpenAsync(postgres.CreateDatabase());
        var connection = await database.OpenConnectionAsync();
        await connection.ExecuteAsync(Rows);
        return connection;
    }

    [Theory]
    // More closed candidates than the first pass reads for one row: the open one is found past them.
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(100)]
    [InlineData(null)]
    public async Task An_overdue_list_finds_open_actions_past_the_newest_candidates(int? limit)
    {
        Assert.True(Closed > ActionListSql.FirstPassPerRow);
        await using var connection = await SeededAsync();

        var overdue = await ActionQuery.RunAsync(connection, new ActionFilter(Overdue: true, AsOf: AsOf, Limit: limit));

        Assert.Equal(["Chair to order new benches"], overdue.Actions.Select(a => a.Text));
        Assert.True(overdue.Actions.Single().Overdue);
    }

    [Theory]
    [InlineData(1, new[] { "Clerk to clear drain number 49" })]
    [InlineData(2, new[] { "Clerk to clear drain number 49", "Chair to order new benches" })]
    [InlineData(5, new[] { "Clerk to clear drain number 49", "Chair to order new benches" })]
    public async Task An_open_list_keeps_list_order_across_both_passes(int limit, string[] expected)
    {
        await using var connection = await SeededAsync();

        var open = await ActionQuery.RunAsync(connection, new ActionFilter(Open: true, AsOf: AsOf, Limit: limit));

        Assert.Equal(expected, open.Actions.Select(a => a.Text));
    }

    [Fact]
    public async Task An_action_not_yet_due_or_dropped_by_a_later_meeting_is_not_overdue()
    {
        await using var connection = await SeededAsync();

        // As of mid-January the February due dates have not passed; the benches were due in July 2020.
        var midJanuary = await ActionQuery.RunAsync(connection, new ActionFilter(Overdue: true, AsOf: new DateOnly(2021, 1, 15)));
        var all = await ActionQuery.RunAsync(connection, new ActionFilter(AsOf: AsOf));

        Assert.Equal(["Chair to order new benches"], midJanuary.Actions.Select(a => a.Text));
        Assert.Equal(Closed + 2, all.Actions.Count);
        Assert.Equal(["Chair to order new benches"], all.Actions.Where(a => a.Overdue).Select(a => a.Text));
    }
}
