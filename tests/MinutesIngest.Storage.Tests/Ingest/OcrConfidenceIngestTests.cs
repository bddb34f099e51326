using MinutesIngest.TestSupport;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>A scanned document's OCR confidence lands with its document row; a born-digital document has none.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OcrConfidenceIngestTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Scanned_documents_store_their_mean_and_per_page_ocr_confidence()
    {
        var corpus = RepositoryPaths.Corpus;
        using var input = new TempFolder();
        File.Copy(Path.Combine(corpus, "scanned", "csp-kelbrook-community-safety-2023-11-scan.pdf"), Path.Combine(input.Path, "scan.pdf"));
        File.Copy(Path.Combine(corpus, "district-brackley-planning-2020-10.pdf"), Path.Combine(input.Path, "typed.pdf"));
        var extractor = new InProcessMinutesFileExtractor();
        var expected = await extractor.ExtractAsync(new ExtractionRequest("scan.pdf", await File.ReadAllBytesAsync(Path.Combine(input.Path, "scan.pdf"))), CancellationToken.None);
        await using var harness = await IngestHarness.CreateAsync(postgres, extractor);

        await harness.IngestAsync(null, input.Path);

        var pageConfidence = Assert.Single(expected.OcrPageConfidence);
        Assert.InRange(pageConfidence!.Value, 50, 100);
        Assert.Equal("pdf-ocr", await harness.ScalarAsync<string>("SELECT format FROM documents WHERE path LIKE '%scan.pdf'"));
        Assert.Equal((float)pageConfidence.Value, await harness.ScalarAsync<float>("SELECT ocr_confidence FROM documents WHERE path LIKE '%scan.pdf'"), 0.01);
        Assert.Equal(1, await harness.ScalarAsync<int>("SELECT cardinality(ocr_page_confidence) FROM documents WHERE path LIKE '%scan.pdf'"));
        Assert.Equal((float)pageConfidence.Value, await harness.ScalarAsync<float>("SELECT ocr_page_confidence[1] FROM documents WHERE path LIKE '%scan.pdf'"), 0.01);
        Assert.Equal(2L, await harness.ScalarAsync<long>("SELECT count(*) FROM documents WHERE status = 'stored'"));
        Assert.True(await harness.ScalarAsync<bool>("SELECT ocr_confidence IS NULL AND ocr_page_confidence IS NULL FROM documents WHERE path LIKE '%typed.pdf'"));
    }

}
