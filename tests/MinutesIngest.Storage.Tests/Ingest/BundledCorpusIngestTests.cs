using MinutesIngest.TestSupport;
using Dapper;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>
/// The project's bundled corpus (all four formats) ingested through the real extractors: every document stored,
/// each with exactly the rows its extraction produced, and the totals close to what the gold files label.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BundledCorpusIngestTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Every_bundled_document_is_stored_with_row_counts_close_to_its_gold()
    {
        var corpus = RepositoryPaths.Corpus;
        // The project's born-digital documents only: the OCR'd copies in corpus/scanned have tests of their own, and the
        // real minutes of corpus/real are scored by their floors and the held-out sets by hand, not held to row counts close to gold.
        var documents = InputFileFinder.Find([corpus]).Where(f => File.Exists(GoldPath(f)) && !f.Contains("/scanned/", StringComparison.Ordinal)
            && !f.Contains("/real/", StringComparison.Ordinal) && !RepositoryPaths.IsHeldOut(f)).ToList();
        Assert.True(documents.Count >= 20, $"only {documents.Count} labelled documents in {corpus}");
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());

        var report = await harness.IngestAsync(null, documents.ToArray());

        Assert.Equal(0, report.Failed);
        await using var connection = await harness.Database.OpenConnectionAsync();
        var stored = (await connection.QueryAsync<(string Path, long Attendees, long Items, long Actions)>("""
            SELECT d.path,
                   (SELECT count(*) FROM attendees a WHERE a.meeting_id = m.id),
                   (SELECT count(*) FROM items i WHERE i.meeting_id = m.id),
                   (SELECT count(*) FROM actions x WHERE x.meeting_id = m.id)
            FROM documents d JOIN meetings m ON m.document_id = d.id
            """)).ToDictionary(r => r.Path);
        long goldAttendees = 0, goldItems = 0, goldActions = 0;
        foreach (var file in documents)
        {
            Assert.True(stored.ContainsKey(file), $"{file} was not stored");
            var gold = MinutesJson.Deserialize(await File.ReadAllTextAsync(GoldPath(file)));
            goldAttendees += gold.Attendance.Count;
            goldItems += gold.Items.Count;
            goldActions += gold.Actions.Count;
        }
        // The extractor is not perfect on every document; over the whole corpus the stored rows must stay within 5% of the gold.
        AssertClose("attendees", goldAttendees, stored.Values.Sum(r => r.Attendees));
        AssertClose("items", goldItems, stored.Values.Sum(r => r.Items));
        AssertClose("actions", goldActions, stored.Values.Sum(r => r.Actions));
    }

    private static void AssertClose(string what, long gold, long actual) =>
        Assert.True(Math.Abs(actual - gold) <= gold * 0.05, $"{what}: stored {actual}, gold {gold}");

    private static string GoldPath(string document) =>
        Path.Combine(Path.GetDirectoryName(document)!, Path.GetFileNameWithoutExtension(document) + ".gold.json");

}
