using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Ingest.Workers;
using MinutesIngest.Storage.Tests.Support;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Storage.Tests.Hostile;

/// <summary>The hostile corpus mixed with the real one, ingested through worker processes into a real database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class HostileIngestTests(PostgresFixture postgres, HostileCorpusFixture hostile) : IClassFixture<HostileCorpusFixture>
{
    [Fact]
    public async Task Every_file_ends_in_its_exact_status_and_the_good_documents_are_stored_as_in_a_clean_run()
    {
        var corpus = ProjectCorpus.Folder;
        // Bounds the one file that never finishes. 20 s was ample for every real document on a quiet machine, but
        // three-page scans took over 45 s while other OCR ran beside the tests (load average ~25): 120 s leaves room,
        // and costs only the wait for the one endless file.
        var limit = TimeSpan.FromSeconds(120);
        // Rules only on both sides: the clean run below has no learned layer, and the workers would otherwise add its
        // attendees where the rules find none (the held-out real minutes have such documents).
        using var pool = new WorkerPoolMinutesFileExtractor(WorkerLaunches.Cli, new WorkerPoolOptions { Workers = 2, Timeout = limit, Extraction = new() { LearnedLineRoles = false } });
        await using var mixed = await IngestHarness.CreateAsync(postgres, pool);
        await using var clean = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());

        // Every document is stored (IncludeAll): this is about reading, not triage; junk must still be read to the end.
        var all = new IngestOptions { IncludeAll = true };
        var report = await mixed.IngestAsync(all, corpus, hostile.Folder);
        var cleanReport = await clean.IngestAsync(all, corpus);

        var corpusFiles = InputFileFinder.Find([corpus]);
        Assert.Equal(corpusFiles.Count + hostile.Files.Count, report.Total);
        foreach (var expected in hostile.Files)
        {
            var result = report.Results.Single(r => r.Path == hostile.PathOf(expected.Name));
            Assert.Equal((expected.Name, expected.Reason), (expected.Name, result.Reason));
            Assert.Equal(expected.Status == "stored" ? FileOutcome.Stored : FileOutcome.Failed, result.Outcome);
            var row = await mixed.ScalarAsync<string>("SELECT status || ':' || coalesce(error_reason, '-') FROM documents WHERE path = @path", new { path = hostile.PathOf(expected.Name) });
            Assert.Equal($"{expected.Status}:{expected.Reason ?? "-"}", row);
        }
        var corpusFailures = report.Failures.Where(r => r.Path.StartsWith(corpus, StringComparison.Ordinal)).Select(r => $"{r.Path}: {r.Reason}: {r.Message}");
        Assert.True(cleanReport.Stored == report.Results.Count(r => r.Outcome == FileOutcome.Stored && r.Path.StartsWith(corpus, StringComparison.Ordinal)),
            "corpus documents not stored beside the hostile ones:\n" + string.Join("\n", corpusFailures));
        const string counts = """
            SELECT count(*) || '/' || (SELECT count(*) FROM attendees a JOIN meetings m ON m.id = a.meeting_id JOIN documents d ON d.id = m.document_id WHERE d.path LIKE @prefix)
                || '/' || (SELECT count(*) FROM items i JOIN meetings m ON m.id = i.meeting_id JOIN documents d ON d.id = m.document_id WHERE d.path LIKE @prefix)
                || '/' || (SELECT count(*) FROM actions x JOIN meetings m ON m.id = x.meeting_id JOIN documents d ON d.id = m.document_id WHERE d.path LIKE @prefix)
            FROM documents WHERE status = 'stored' AND path LIKE @prefix
            """;
        var prefix = new { prefix = corpus + "/%" };
        Assert.Equal(await clean.ScalarAsync<string>(counts, prefix), await mixed.ScalarAsync<string>(counts, prefix));
        // Nothing ran past the limit: the endless file was cut off at it, and its worker replaced.
        Assert.All(report.Results, r => Assert.True((r.ExtractionTime ?? TimeSpan.Zero) < limit + TimeSpan.FromSeconds(5), r.Path));
        Assert.Equal(hostile.Files.Count(f => f.Reason == "timeout"), pool.WorkersReplaced);
    }
}
