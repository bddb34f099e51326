using MinutesIngest.HostileCorpus;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Hostile;

/// <summary>A document read despite a missing optional part is stored, and what was skipped is kept beside it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DocumentWarningTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_docx_missing_parts_its_relationships_name_is_stored_with_a_warning_per_part()
    {
        using var folder = new TempFolder();
        folder.Write("missing-parts.docx", DocxBytes.MissingParts());
        folder.Write("whole.docx", DocxBytes.Valid());
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());

        var report = await harness.IngestAsync(null, folder.Path);

        Assert.Equal(2, report.Stored);
        var warnings = await harness.ScalarAsync<string>("SELECT array_to_string(warnings, '|') FROM documents WHERE path LIKE '%/missing-parts.docx'");
        Assert.Equal(3, warnings.Split('|').Length);
        Assert.All(new[] { "word/theme/theme1.xml", "word/footer1.xml", "docProps/app.xml" }, part => Assert.Contains(part, warnings));
        Assert.Null(await harness.ScalarAsync<string?>("SELECT array_to_string(warnings, '|') FROM documents WHERE path LIKE '%/whole.docx'"));
    }
}
