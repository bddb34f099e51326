using Dapper;
using MinutesIngest.Cli.Commands;
using MinutesIngest.Ml.Topics;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Topics;

/// <summary>
/// A topic build fits item titles and text, leaves procedural items out, keeps attendees' names out of the terms, stores
/// each topic's coherence and the settings chosen by it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TopicBuildContentTests(PostgresFixture postgres)
{
    // Twelve invented meetings, each attended by one member whose surname recurs in the text of every item, with one
    // procedural item and two subject items (money in even meetings, roads in odd ones).
    private const string Rows = """
        INSERT INTO documents (path, size_bytes, parser_version, status, sha256) SELECT '/invented/' || g || '.txt', 100, 1, 'stored', md5(g::text) FROM generate_series(1, 12) g;
        INSERT INTO meetings (document_id, title, meeting_date) SELECT id, 'Fenbrook Parish Council', date '2021-01-01' + id::int * 20 FROM documents;
        INSERT INTO attendees (meeting_id, position, name, status) SELECT id, 1, 'Zebulon Quirrelby', 'present' FROM meetings;
        INSERT INTO items (meeting_id, position, number, title, body)
        SELECT m.id, 1, '1', 'Apologies for absence', 'Apologies were received from Quirrelby and others.' FROM meetings m
        UNION ALL
        SELECT m.id, 2, '2', CASE WHEN m.id % 2 = 0 THEN 'Budget' ELSE 'Potholes' END,
               CASE WHEN m.id % 2 = 0 THEN 'Quirrelby presented the precept, reserves and budget forecast; reserves cover the deficit.'
                    ELSE 'Quirrelby reported potholes, resurfacing and gully drainage on the carriageway.' END FROM meetings m
        UNION ALL
        SELECT m.id, 3, '3', CASE WHEN m.id % 2 = 0 THEN 'Precept' ELSE 'Drainage' END,
               CASE WHEN m.id % 2 = 0 THEN 'The precept and reserves were set against the budget forecast.'
                    ELSE 'Gully drainage and resurfacing of the carriageway were ordered after potholes.' END FROM meetings m;
        """;

    [Fact]
    public async Task Procedural_items_and_attendee_names_stay_out_and_coherence_is_stored()
    {
        await using var database = await MinutesDatabase.OpenAsync(postgres.CreateDatabase());
        await using var connection = await database.OpenConnectionAsync();
        await connection.ExecuteAsync(Rows);

        // A share above the half of the items a subject word reaches here, so only the name filter can keep the surname out.
        var baseline = new TopicOptions { Iterations = 60, MaxItemShare = 0.6 };
        var result = await TopicBuildRun.ExecuteAsync(connection, baseline, includeBody: true, CancellationToken.None,
            [baseline with { Topics = 2 }, baseline with { Topics = 3 }]);

        Assert.NotNull(result);
        Assert.Equal(12, result.ProceduralItems);
        Assert.Equal(24, result.Build.Items);
        var terms = (await connection.QueryAsync<string>("SELECT unnest(terms) FROM topics")).ToList();
        Assert.DoesNotContain(terms, t => t.Contains("quirrelby"));
        Assert.Contains(terms, t => t.Contains("precept") || t.Contains("reserves"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM item_topics it JOIN items i ON i.id = it.item_id WHERE i.title LIKE 'Apologies%'"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM topics WHERE coherence IS NULL"));
        Assert.Equal(2, result.Trials.Count);
        Assert.Equal(result.Trials.Max(t => t.MeanCoherence), result.Build.MeanCoherence!.Value, 5);
        Assert.StartsWith($"k={result.Chosen.Topics},", result.Build.Settings);
        var stored = await MinutesIngest.Storage.Topics.TopicStore.LoadBuildAsync(connection);
        Assert.Equal(result.Build.Settings, stored!.Settings);
        Assert.NotNull(stored.MeanCoherence);
    }
}
