using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>Every meeting gets a body: from the document, else from the importer; spellings merge and `bodies merge` joins two.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BodyIngestTests(PostgresFixture postgres)
{
    private static string Minutes(string heading, string date) => $"""
        {heading}
        Held on {date} at 7pm
        Present: Ann Lee, Bob Ray, Cat Poe
        1. Apologies
        Apologies were received from Dan Orr.
        2. Water supply
        It was agreed to buy a second water butt.
        """;

    [Fact]
    public async Task Bodies_come_from_the_heading_else_the_folder_and_spellings_merge()
    {
        using var folder = new TempFolder();
        folder.Write("a/one.txt", Minutes("Minutes of the meeting of the Example PC", "4 March 2024"));
        folder.Write("a/two.txt", Minutes("EXAMPLE PARISH COUNCIL – Minutes", "8 April 2024"));
        var unnamed = folder.Write("Other Club/three.txt", Minutes("Minutes", "6 May 2024"));
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());

        await harness.IngestAsync(new IngestOptions { BodyForPath = ImporterBody.For([folder.Path], null, fromFolder: true) }, folder.Path);

        await using var connection = await harness.Database.OpenConnectionAsync();
        var bodies = await BodyQuery.ListAsync(connection);
        var council = Assert.Single(bodies, b => b.Body == "Example Parish Council");
        Assert.Equal((2L, "2024-03-04", "2024-04-08"), (council.Meetings, council.FirstDate, council.LastDate));
        Assert.Contains("Example PC", council.Aliases);
        Assert.Contains(bodies, b => b.Body == "Other Club" && b.Meetings == 1);
        Assert.DoesNotContain(bodies, b => b.Body == null);

        Assert.Equal(1, await BodyQuery.MergeAsync(connection, "Example Parish Council", "other club"));
        var merged = Assert.Single(await BodyQuery.ListAsync(connection));
        Assert.Equal(3, merged.Meetings);
        Assert.Contains("Other Club", merged.Aliases);
        Assert.Equal("Example Parish Council", await harness.ScalarAsync<string>(
            "SELECT m.body FROM meetings m JOIN documents d ON d.id = m.document_id WHERE d.path = @unnamed", new { unnamed }));
    }
}
