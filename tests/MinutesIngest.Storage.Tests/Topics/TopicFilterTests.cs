using Dapper;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;
using MinutesIngest.Storage.Topics;
using Npgsql;

namespace MinutesIngest.Storage.Tests.Topics;

/// <summary>
/// <c>--topic</c> over corpus/ with topics built as <c>minutes topics build</c> does: a filtered search or action list is
/// exactly the unfiltered one cut to the rows whose item (or the item an action sits under) carries the topic.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TopicFilterTests(PostgresFixture postgres)
{
    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await CorpusDatabase.ConnectionStringAsync(postgres));
        await connection.OpenAsync();
        return connection;
    }

    // Whether the meeting's item with this number carries the topic, read straight from item_topics.
    private static async Task<bool> CarriesAsync(NpgsqlConnection connection, long documentId, string? itemNumber, int topic) =>
        await connection.ExecuteScalarAsync<bool>("""
            SELECT EXISTS (SELECT 1 FROM items i JOIN meetings m ON m.id = i.meeting_id JOIN item_topics t ON t.item_id = i.id
                           WHERE m.document_id = @documentId AND i.number = @itemNumber AND t.topic = @topic AND t.weight >= @weight)
            """, new { documentId, itemNumber, topic, weight = TopicStore.OccurrenceWeight });

    [Fact]
    public async Task Search_with_a_topic_keeps_exactly_the_hits_under_items_carrying_it()
    {
        await using var connection = await OpenAsync();
        var topics = await TopicStore.ListAsync(connection);
        Assert.True(topics.Count >= 10, "topics were not built over the corpus");
        var narrowed = 0;
        foreach (var topic in topics.Where(t => t.Items > 0))
        {
            // The topic's own first term finds items about it and items that only mention the word.
            var query = topic.Terms[0];
            var all = await SearchQuery.RunAsync(connection, new SearchRequest(query, Limit: SearchQuery.MaxLimit));
            var filtered = await SearchQuery.RunAsync(connection, new SearchRequest(query, Limit: SearchQuery.MaxLimit, TopicId: topic.Number));
            Assert.Null(filtered.Message);

            var expected = new List<SearchHit>();
            foreach (var hit in all.Hits)
                if (await CarriesAsync(connection, hit.DocumentId, hit.ItemNumber, topic.Number)) expected.Add(hit);
            Assert.Equal(Keys(expected), Keys(filtered.Hits));
            Assert.Equal(filtered.Hits.Count, filtered.Total);
            if (filtered.Hits.Count > 0 && filtered.Hits.Count < all.Hits.Count) narrowed++;
        }
        Assert.True(narrowed >= 3, $"a topic filter narrowed only {narrowed} searches");
    }

    [Fact]
    public async Task Actions_and_suggested_actions_with_a_topic_are_those_under_items_carrying_it()
    {
        await using var connection = await OpenAsync();
        var allActions = (await ActionQuery.RunAsync(connection, new ActionFilter())).Actions;
        var allSuggested = (await SuggestedActionQuery.RunAsync(connection, new ActionFilter())).Actions;
        Assert.NotEmpty(allSuggested);
        int actionsFound = 0, suggestedFound = 0;
        foreach (var topic in await TopicStore.ListAsync(connection))
        {
            var actions = (await ActionQuery.RunAsync(connection, new ActionFilter(TopicId: topic.Number))).Actions;
            var expected = new List<ActionRow>();
            foreach (var a in allActions)
                if (await CarriesAsync(connection, a.DocumentId, a.ItemNumber, topic.Number)) expected.Add(a);
            Assert.Equal(expected, actions);
            actionsFound += actions.Count;

            var suggested = (await SuggestedActionQuery.RunAsync(connection, new ActionFilter(TopicId: topic.Number))).Actions;
            var expectedSuggested = new List<SuggestedActionRow>();
            foreach (var s in allSuggested)
                if (await CarriesAsync(connection, s.DocumentId, s.ItemNumber, topic.Number)) expectedSuggested.Add(s);
            Assert.Equal(expectedSuggested, suggested);
            suggestedFound += suggested.Count;
        }
        Assert.InRange(actionsFound, 1, allActions.Count * 3);
        Assert.True(suggestedFound > 0);
    }

    [Fact]
    public async Task A_topic_filter_combines_with_the_other_filters()
    {
        await using var connection = await OpenAsync();
        var topic = (await TopicStore.ListAsync(connection)).OrderByDescending(t => t.Meetings).First();
        var actions = (await ActionQuery.RunAsync(connection, new ActionFilter(TopicId: topic.Number))).Actions;
        Assert.NotEmpty(actions);
        var body = actions[0].Body!;

        var both = (await ActionQuery.RunAsync(connection, new ActionFilter(Body: body, TopicId: topic.Number))).Actions;
        Assert.Equal(actions.Where(a => a.Body == body), both);
    }

    [Fact]
    public async Task A_topic_is_named_by_number_or_word_and_anything_else_gets_a_message()
    {
        await using var connection = await OpenAsync();
        var topics = await TopicStore.ListAsync(connection);
        var first = topics[0];

        Assert.Equal(TopicChoice.None, await TopicStore.ResolveAsync(connection, "  "));
        Assert.Equal(first.Number, (await TopicStore.ResolveAsync(connection, first.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))).Number);
        // A term only one topic has names that topic.
        var unique = topics.SelectMany(t => t.Terms.Select(term => (t.Number, Term: term)))
            .GroupBy(p => p.Term, StringComparer.OrdinalIgnoreCase).First(g => g.Select(p => p.Number).Distinct().Count() == 1).First();
        Assert.Equal(unique.Number, (await TopicStore.ResolveAsync(connection, unique.Term.ToUpperInvariant())).Number);

        var unknown = await TopicStore.ResolveAsync(connection, "zeppelin");
        Assert.Null(unknown.Number);
        Assert.StartsWith("No topic matches \"zeppelin\"", unknown.Message);
        var missing = await TopicStore.ResolveAsync(connection, "999");
        Assert.Contains("No topic matches", missing.Message);
    }

    [Fact]
    public async Task Without_a_topic_build_a_topic_filter_says_to_build_first()
    {
        await using var database = await MinutesDatabase.OpenAsync(postgres.CreateDatabase());
        await using var connection = await database.OpenConnectionAsync();

        var choice = await TopicStore.ResolveAsync(connection, "budget");

        Assert.Null(choice.Number);
        Assert.Contains("minutes topics build", choice.Message);
    }

    private static List<(string, long, string?, string)> Keys(IEnumerable<SearchHit> hits) =>
        hits.Select(h => (h.Kind, h.DocumentId, h.ItemNumber, h.Snippet)).OrderBy(k => k).ToList();
}
