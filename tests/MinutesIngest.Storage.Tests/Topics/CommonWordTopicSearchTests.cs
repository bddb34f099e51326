using Dapper;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Topics;

/// <summary>A topic filter on a word matching more items than <see cref="SearchQuery.RankWindow"/>: the walk over the newest meetings and the full ranking both keep only the topic's items.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CommonWordTopicSearchTests(PostgresFixture postgres)
{
    // 60 monthly meetings from January 2020, 10 items each mentioning the budget: 600 matches. Topic 1 carries the even
    // items (300), topic 2 only item 3 of the five oldest meetings (5), topic 3 carries items at 0.2 (below the 0.3 that counts).
    private const string Rows = """
        INSERT INTO documents (path, size_bytes, parser_version, status) SELECT '/generated/' || g || '.txt', 100, 1, 'stored' FROM generate_series(1, 60) g;
        INSERT INTO meetings (document_id, title, meeting_date) SELECT id, 'Parish Council', date '2020-01-01' + make_interval(months => id::int - 1) FROM documents;
        INSERT INTO items (meeting_id, position, number, title, body)
        SELECT m.id, p, p::text, 'Finance', 'The budget for item ' || p || ' was discussed.' FROM meetings m CROSS JOIN generate_series(1, 10) p;
        INSERT INTO topics (number, label, terms, term_weights) VALUES (1, 'even', '{even}', '{1}'), (2, 'rare', '{rare}', '{1}'), (3, 'faint', '{faint}', '{1}');
        INSERT INTO topic_builds (id, topic_count, items, include_body, seed, fit_seconds) VALUES (1, 3, 600, false, 1, 0);
        INSERT INTO item_topics (item_id, topic, weight)
        SELECT id, 1, 0.8 FROM items WHERE position % 2 = 0
        UNION ALL SELECT id, 2, 0.9 FROM items WHERE position = 3 AND meeting_id <= 5
        UNION ALL SELECT id, 3, 0.2 FROM items;
        """;

    [Fact]
    public async Task A_common_word_within_a_topic_walks_or_ranks_only_that_topics_items()
    {
        await using var database = await MinutesDatabase.OpenAsync(postgres.CreateDatabase());
        await using var connection = await database.OpenConnectionAsync();
        await connection.ExecuteAsync(Rows);

        var common = await SearchQuery.RunAsync(connection, new SearchRequest("budget", Limit: 100, TopicId: 1));
        var rare = await SearchQuery.RunAsync(connection, new SearchRequest("budget", Limit: 100, TopicId: 2));
        var faint = await SearchQuery.RunAsync(connection, new SearchRequest("budget", Limit: 100, TopicId: 3));

        // Topic 1: 300 matches, more than the window: the newest 100 (the even items of the newest 20 meetings).
        Assert.True(common.RankedRecentOnly);
        Assert.Equal(100, common.Hits.Count);
        Assert.All(common.Hits, h => Assert.Equal(0, int.Parse(h.ItemNumber!) % 2));
        Assert.All(common.Hits, h => Assert.True(string.CompareOrdinal(h.Date, "2023-05-01") >= 0, h.Date));
        // Topic 2: five matches in the oldest meetings, all found and counted (a walk would pass every meeting for them).
        Assert.False(rare.RankedRecentOnly);
        Assert.Equal(5, rare.Total);
        Assert.All(rare.Hits, h => Assert.Equal(("3", true), (h.ItemNumber, string.CompareOrdinal(h.Date, "2020-06-01") < 0)));
        // Topic 3 never reaches the weight at which an item counts as carrying it.
        Assert.Equal(0, faint.Total);
        Assert.Empty(faint.Hits);
    }
}
