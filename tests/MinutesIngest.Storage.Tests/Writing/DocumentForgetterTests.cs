using Dapper;
using MinutesIngest.Storage.Indexing;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Storage.Tests.Writing;

/// <summary>Forgetting removes documents with everything derived from them and leaves the word counts as a rebuild would make them.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DocumentForgetterTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_file_and_a_folder_are_forgotten_with_their_rows_and_the_rest_stays_whole()
    {
        using var corpus = GeneratedMinutes.Folder(30);
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, corpus.Path);
        var all = InputFileFinder.Find([corpus.Path]);
        var file = all.First(f => f.Contains($"{Path.DirectorySeparatorChar}2{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var folder = Path.Combine(corpus.Path, "0");
        var gone = all.Where(f => f == file || f.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        // A topic weight on every item, so the cascade to item_topics is seen.
        await harness.ScalarAsync<int>("""
            INSERT INTO topics (number, label, terms, term_weights) VALUES (0, 'budget', '{budget}', '{1}');
            INSERT INTO item_topics (item_id, topic, weight) SELECT id, 0, 0.5 FROM items;
            SELECT 0
            """);
        var expectedItems = await harness.ScalarAsync<long>(
            "SELECT count(*) FROM items i JOIN meetings m ON m.id = i.meeting_id JOIN documents d ON d.id = m.document_id WHERE d.path = ANY(@gone)",
            new { gone });

        await using var connection = await harness.Database.OpenConnectionAsync();
        var result = await DocumentForgetter.ForgetAsync(connection, [file, folder, Path.Combine(corpus.Path, "never-ingested.txt")]);

        Assert.Equal(gone.Order(StringComparer.Ordinal), result.Documents);
        Assert.Equal((gone.Count, expectedItems, expectedItems), (result.Meetings, result.Items, result.TopicWeights));
        Assert.Equal([Path.Combine(corpus.Path, "never-ingested.txt")], result.Unmatched);
        Assert.Equal(await harness.ExpectedTotalsAsync(all.Except(gone)), await harness.TotalsAsync());
        Assert.Equal(0L, await harness.ScalarAsync<long>(
            "SELECT count(*) FROM item_topics t WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.id = t.item_id)"));
        var counts = await TermMonthsAsync(connection);
        await MeetingTermIndex.RebuildAsync(connection);
        Assert.Equal(await TermMonthsAsync(connection), counts);
    }

    [Fact]
    public async Task A_path_matching_nothing_removes_nothing()
    {
        using var corpus = GeneratedMinutes.Folder(3);
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, corpus.Path);
        var before = await harness.TotalsAsync();

        await using var connection = await harness.Database.OpenConnectionAsync();
        // A sibling whose name starts like a stored folder's is not under it.
        var result = await DocumentForgetter.ForgetAsync(connection, [corpus.Path + "-other", Path.Combine(corpus.Path, "0", "minutes-")]);

        Assert.Empty(result.Documents);
        Assert.Equal(2, result.Unmatched.Count);
        Assert.Equal(before, await harness.TotalsAsync());
    }

    // Months with no meeting left are kept at zero by the writer; a rebuild drops them, so only non-zero counts compare.
    private static async Task<List<(string, DateTime, int, int)>> TermMonthsAsync(Npgsql.NpgsqlConnection connection) =>
        (await connection.QueryAsync<(string, DateTime, int, int)>(
            "SELECT lexeme, month, meetings, items FROM term_months WHERE meetings > 0 OR items > 0 ORDER BY lexeme, month")).ToList();
}
