using MinutesIngest.Core.Parsing;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>Documents extracted by older rules: reparse re-extracts them, and ingest gives old failures another chance.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ReparseTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Reparse_re_extracts_stale_documents_and_reports_vanished_ones_as_missing()
    {
        using var corpus = new TempFolder();
        var files = Enumerable.Range(0, 6).Select(i => corpus.Write($"m{i}.txt", GeneratedMinutes.Text(i))).ToList();
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, corpus.Path);
        await harness.ScalarAsync<int>("UPDATE documents SET parser_version = @old WHERE path <> @fresh RETURNING 0",
            new { old = ParserVersion.Current - 1, fresh = files[0] });
        File.Delete(files[5]);
        var before = await harness.TotalsAsync();

        var stale = await LoadIndexAsync(harness);
        var report = await new IngestPipeline(harness.Database, new LabelledLinesExtractor(), new IngestOptions { SkipUnchanged = false })
            .RunAsync(stale.OlderThan(ParserVersion.Current).Select(d => d.Path).ToList());

        Assert.Equal((4, 1), (report.Replaced, report.Missing));
        Assert.Equal(files[5], report.Results.Single(r => r.Outcome == FileOutcome.Missing).Path);
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT count(*) FROM documents WHERE parser_version < @current", new { current = ParserVersion.Current }));
        Assert.Equal(before, await harness.TotalsAsync());
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(0, true)]
    public async Task A_recorded_failure_is_retried_only_when_older_rules_recorded_it(int versionsBehind, bool reportedFromEarlierRun)
    {
        using var corpus = new TempFolder();
        corpus.Write("broken.txt", "no minutes here");
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, corpus.Path);
        await harness.ScalarAsync<int>("UPDATE documents SET parser_version = parser_version - @versionsBehind RETURNING 0", new { versionsBehind });

        var again = await harness.IngestAsync(null, corpus.Path);

        // Not retried, it is still reported as failed (from the earlier run), never as skipped.
        var result = Assert.Single(again.Results);
        Assert.Equal((FileOutcome.Failed, reportedFromEarlierRun), (result.Outcome, result.FromEarlierRun));
    }

    private static async Task<StoredDocumentIndex> LoadIndexAsync(IngestHarness harness)
    {
        await using var connection = await harness.Database.OpenConnectionAsync();
        return await StoredDocumentIndex.LoadAsync(connection);
    }
}
