using Dapper;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;
using MinutesIngest.Storage.Topics;

namespace MinutesIngest.Storage.Tests.Topics;

/// <summary>A topic's per-body trend answers at most <see cref="TrendQuery.MaxPoints"/> body-and-period points, like every trend.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TopicTrendLimitTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_per_body_topic_trend_over_more_points_than_an_answer_holds_is_refused()
    {
        // One meeting of each of 10,001 bodies: an unfiltered trend by body has one point per body.
        await using var database = await MinutesDatabase.OpenAsync(postgres.CreateDatabase());
        await using var connection = await database.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO documents (path, size_bytes, parser_version, status) SELECT '/generated/' || g || '.txt', 100, 1, 'stored' FROM generate_series(1, 10001) g;
            INSERT INTO meetings (document_id, title, body, meeting_date) SELECT id, 'Meeting', 'Body ' || id, date '2020-01-01' FROM documents;
            INSERT INTO items (meeting_id, position, number, title, body) SELECT id, 1, '1', 'Budget', 'The budget was agreed.' FROM meetings;
            """);

        var all = await TopicStore.TrendAsync(connection, 1, TrendUnit.Year);
        var some = await TopicStore.TrendAsync(connection, 1, TrendUnit.Year, ["Body 12"]);

        Assert.Equal(TrendQuery.MaxPoints + 1, all.Count);
        Assert.Contains("points", TopicStore.TooManyPoints(all));
        Assert.Null(TopicStore.TooManyPoints(some));
    }
}
