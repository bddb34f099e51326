using Dapper;
using MinutesIngest.Cli.Commands;
using MinutesIngest.Ml.Topics;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;
using MinutesIngest.Storage.Topics;

namespace MinutesIngest.Storage.Tests.Topics;

/// <summary>Topic rows written and queried on a real server, with weights made up so every figure can be checked by hand.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TopicStoreTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_build_replaces_the_last_one_and_trends_average_over_every_item_of_a_body_and_year()
    {
        using var folder = new TempFolder();
        // Two bodies over two years; GeneratedMinutes seeds 0/3 are a Parish Council, 1 a Library Trust.
        foreach (var seed in new[] { 0, 1, 3 }) folder.Write($"m{seed}.txt", System.Text.Encoding.UTF8.GetBytes(GeneratedMinutes.Text(seed)));
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, folder.Path);
        await using var connection = await harness.Database.OpenConnectionAsync();
        var texts = await TopicStore.LoadTextsAsync(connection, includeBody: true);
        Assert.Equal(await harness.ScalarAsync<long>("SELECT count(*) FROM items"), texts.Count);

        StoredTopic[] topics = [new(1, "budget", ["budget"], [0.9f]), new(2, "drainage", ["drainage", "gully"], [0.5f, 0.4f])];
        // Topic 1 gets 0.8 of items whose text says "budget", 0.02 (below the stored floor) of the rest.
        var weights = texts.SelectMany(t => t.Text.Contains("budget")
            ? new[] { new ItemTopicWeight(t.Id, 1, 0.8f), new ItemTopicWeight(t.Id, 2, 0.2f) }
            : [new ItemTopicWeight(t.Id, 1, 0.02f), new ItemTopicWeight(t.Id, 2, 0.98f)]).ToList();
        await TopicStore.ReplaceAsync(connection, new TopicBuild(2, texts.Count, true, 1, 0.5), [new(9, "old", ["old"], [1f])], []);
        await TopicStore.ReplaceAsync(connection, new TopicBuild(2, texts.Count, true, 1, 0.5), topics, weights);

        var listed = await TopicStore.ListAsync(connection);
        Assert.Equal([1, 2], listed.Select(t => t.Number));
        var budgetItems = texts.Where(t => t.Text.Contains("budget")).ToList();
        Assert.NotEmpty(budgetItems);
        Assert.Equal(budgetItems.Count, listed[0].Items);
        Assert.Equal(["drainage", "gully"], listed[1].Terms);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM item_topics WHERE weight < @w", new { w = TopicStore.StoredWeight }));
        Assert.Equal(1, await TopicStore.FindAsync(connection, "1"));
        Assert.Equal(2, await TopicStore.FindAsync(connection, "gully"));
        Assert.Null(await TopicStore.FindAsync(connection, "nothing like it"));
        // "g" is inside "budget", "drainage" and "gully": a filter must not pick one of two topics quietly.
        var ambiguous = await TopicStore.ResolveAsync(connection, "g");
        Assert.Null(ambiguous.Number);
        Assert.Equal("\"g\" matches 2 topics (1: budget; 2: drainage): give the topic number.", ambiguous.Message);
        // A whole term beats a term that merely contains the text.
        Assert.Equal(2, (await TopicStore.ResolveAsync(connection, "Gully")).Number);

        var filter = new { topic = 1, topicWeight = TopicStore.OccurrenceWeight };
        var filteredItems = await connection.QueryAsync<long>($"SELECT i.id FROM items i WHERE {TopicFilterSql.ForItems("i")} ORDER BY i.id", filter);
        Assert.Equal(budgetItems.Select(t => t.Id), filteredItems);
        var filteredActions = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM actions a WHERE {TopicFilterSql.ForActions("a")}", filter);
        Assert.Equal(await connection.ExecuteScalarAsync<long>("""
            SELECT count(*) FROM actions a JOIN items i ON i.meeting_id = a.meeting_id AND i.number = a.item_number
            WHERE i.title || i.body LIKE '%budget%'
            """), filteredActions);

        var trend = await TopicStore.TrendAsync(connection, 1, TrendUnit.Year);
        var expected = await connection.QueryAsync<(string Body, string Year, long Items, double Share)>("""
            SELECT coalesce(nullif(btrim(m.body), ''), m.title), to_char(m.meeting_date, 'YYYY'), count(*), avg(CASE WHEN i.title || i.body LIKE '%budget%' THEN 0.8 ELSE 0 END)
            FROM items i JOIN meetings m ON m.id = i.meeting_id GROUP BY 1, 2 ORDER BY 1, 2
            """);
        Assert.Equal(expected.Select(e => (e.Body, e.Year, e.Items)), trend.Select(t => (t.Body!, t.Period!, t.Items)));
        Assert.Equal(expected.Select(e => Math.Round(e.Share, 4)), trend.Select(t => Math.Round(t.Prevalence, 4)));
        Assert.True(trend.Select(t => t.Body).Distinct().Count() >= 2);

        // A body filter keeps that body's rows (named in any case); a quarter is labelled as the search trend labels it.
        var library = await TopicStore.TrendAsync(connection, 1, TrendUnit.Quarter, ["library trust"]);
        Assert.NotEmpty(library);
        Assert.All(library, r => Assert.Contains("Library", r.Body));
        Assert.All(library, r => Assert.Matches(@"^\d{4}-Q[1-4]$", r.Period));
        Assert.Equal(trend.Where(t => t.Body!.Contains("Library")).Sum(t => t.Items), library.Sum(r => r.Items));

        // The chart series: every year from the first meeting to the last, the same prevalence as the per-body rows.
        var series = await TopicTrendQuery.RunAsync(connection, new TopicTrendRequest(1, TrendUnit.Year));
        var years = expected.Select(e => int.Parse(e.Year)).ToList();
        Assert.Equal(Enumerable.Range(years.Min(), years.Max() - years.Min() + 1).Select(y => y.ToString()), series.Select(p => p.Period));
        foreach (var point in series.Where(p => p.Items > 0))
        {
            var rows = trend.Where(t => t.Period == point.Period).ToList();
            Assert.Equal(rows.Sum(r => r.Items), point.Items);
            Assert.Equal(Math.Round(rows.Sum(r => r.Prevalence * r.Items) / rows.Sum(r => r.Items), 4), Math.Round(point.Prevalence, 4));
        }
    }

    [Fact]
    public async Task The_same_files_ingested_in_another_order_give_the_same_topics()
    {
        // The born-digital corpus documents that extract fastest; ids follow the order in which they are stored.
        var files = RepositoryCorpus.Documents().Where(f => Path.GetExtension(f) is ".txt" or ".html" or ".md" or ".docx").ToList();
        Assert.True(files.Count >= 10);
        var extractor = new InProcessMinutesFileExtractor();
        var builds = new List<List<(int, string, string, string)>>();
        foreach (var order in new[] { files, Enumerable.Reverse(files).ToList() })
        {
            await using var harness = await IngestHarness.CreateAsync(postgres, extractor);
            foreach (var file in order) await harness.IngestAsync(null, file);
            await using var connection = await harness.Database.OpenConnectionAsync();
            Assert.Equal(Path.GetFileName(order[0]), Path.GetFileName(await connection.ExecuteScalarAsync<string>(
                "SELECT d.path FROM items i JOIN meetings m ON m.id = i.meeting_id JOIN documents d ON d.id = m.document_id ORDER BY i.id LIMIT 1")));
            await TopicBuildRun.ExecuteAsync(connection, new TopicOptions { Topics = 8, Iterations = 100 }, includeBody: false, CancellationToken.None);
            builds.Add((await connection.QueryAsync<(int, string, string, string)>("""
                SELECT t.number, t.label, array_to_string(t.terms, ','),
                       (SELECT string_agg(d.path || '#' || i.position || '=' || round(x.weight::numeric, 4), ';' ORDER BY d.path, i.position)
                        FROM item_topics x JOIN items i ON i.id = x.item_id JOIN meetings m ON m.id = i.meeting_id JOIN documents d ON d.id = m.document_id
                        WHERE x.topic = t.number)
                FROM topics t ORDER BY t.number
                """)).ToList());
        }

        Assert.Equal(8, builds[0].Count);
        Assert.Equal(builds[0], builds[1]);
    }
}
