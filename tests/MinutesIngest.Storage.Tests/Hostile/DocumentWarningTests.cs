using MinutesIngest.Core.Minutes;
using MinutesIngest.Storage.Queries;
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

    [Theory]
    [InlineData("missing-parts.docx", DocumentResult.PartialSuccess, 3, 1)]
    [InlineData("whole.docx", DocumentResult.Success, 0, 0)]
    public async Task The_typed_result_reads_partial_success_when_the_document_has_warnings(string file, DocumentResult expected, int warnings, long partlyRead)
    {
        // One document per database: copies of one meeting would be merged into the better source.
        using var folder = new TempFolder();
        folder.Write(file, file.StartsWith("missing", StringComparison.Ordinal) ? DocxBytes.MissingParts() : DocxBytes.Valid());
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());
        await harness.IngestAsync(null, folder.Path);
        await using var connection = await harness.Database.OpenConnectionAsync();

        var meeting = (await MeetingQuery.FindAsync(connection, file)).Meeting!;
        var totals = (await DatabaseSummary.LoadAsync(connection)).Totals;

        Assert.Equal(expected, meeting.Result);
        Assert.Equal(warnings, meeting.Warnings.Count);
        Assert.Equal(partlyRead, totals.PartlyRead);
        Assert.Equal(1, totals.Stored);
    }
}
