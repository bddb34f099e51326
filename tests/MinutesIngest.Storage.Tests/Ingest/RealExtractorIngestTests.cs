using MinutesIngest.TestSupport;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>Ingest through the real extraction pipeline over the labelled plain-text documents: whatever it produces must land exactly.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RealExtractorIngestTests(PostgresFixture postgres)
{
    [SharedCorpusFact]
    public async Task The_labelled_text_documents_land_with_the_rows_the_extractor_produced_and_a_rerun_skips_them()
    {
        using var corpus = new TempFolder();
        foreach (var file in SharedFolder.TextDocuments()) File.Copy(file, Path.Combine(corpus.Path, Path.GetFileName(file)));
        corpus.Write("generated/binary.txt", [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]);
        corpus.Write("generated/empty.md", []);
        var files = InputFileFinder.Find([corpus.Path]);
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());

        var first = await harness.IngestAsync(null, corpus.Path);
        var second = await harness.IngestAsync(null, corpus.Path);

        var expected = await harness.ExpectedTotalsAsync(files);
        Assert.True(files.Count >= 6, $"only {files.Count} input files");
        Assert.Equal(expected, await harness.TotalsAsync());
        Assert.Equal((expected.Stored, expected.Failed), (first.Stored, first.Failed));
        // Failures recorded in the first run stay failures (reported, not skipped); the stored files are skipped.
        Assert.Equal(((int)expected.Stored, (int)expected.Failed, (int)expected.Failed), (second.Skipped, second.Failed, second.FailedEarlier));
    }
}
