using MinutesIngest.TestSupport;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>One meeting in several files (born-digital and scan, PDF/HTML/DOCX copies) is stored once, with every file as a source.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MeetingTwinIngestTests(PostgresFixture postgres)
{
    private static string Corpus(string relative) => Path.Combine(ProjectCorpus.Folder, relative);

    private static string Real(string name) => Path.Combine(SharedCorpora.Folder("corpus-real"), name);

    [SharedCorpusFact]
    public async Task Copies_of_a_meeting_are_stored_once_and_a_search_finds_it_once()
    {
        string[] scanTwins = [Corpus("parish-upper-wyndham-2025-09.pdf"), Corpus("scanned/parish-upper-wyndham-2025-09-scan.pdf")];
        string[] threeFormats = [Real("uk-campaign-no2id-agm-2004-print.pdf"), Real("uk-campaign-no2id-agm-2004-web.html"), Real("uk-campaign-no2id-agm-2004-word.docx")];
        var alone = Corpus("parish-little-hadlow-2019-04.txt");
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());

        var report = await harness.IngestAsync(null, [.. scanTwins, .. threeFormats, alone]);

        Assert.Equal(6, report.Stored);
        Assert.Equal(3, report.TwinsMerged);
        Assert.Equal(3, (await harness.TotalsAsync()).Meetings);
        Assert.Equal(6, await harness.ScalarAsync<long>("SELECT count(*) FROM documents WHERE status = 'stored'"));
        // The scan yields to the born-digital PDF.
        Assert.Equal(scanTwins[0], await harness.ScalarAsync<string>(
            "SELECT k.path FROM documents d JOIN documents k ON k.id = d.twin_of WHERE d.path = @scan", new { scan = scanTwins[1] }));
        Assert.Equal(2, await harness.ScalarAsync<long>("SELECT count(*) FROM documents WHERE path = ANY(@threeFormats) AND twin_of IS NOT NULL", new { threeFormats }));
        Assert.Null(await harness.ScalarAsync<long?>("SELECT twin_of FROM documents WHERE path = @alone", new { alone }));

        await using var connection = await harness.Database.OpenConnectionAsync();
        var hits = await SearchQuery.RunAsync(connection, new SearchRequest("allotments", Limit: 50));
        var meetingHits = hits.Hits.Where(h => h.DocumentPath.Contains("upper-wyndham", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(meetingHits);
        Assert.Single(meetingHits.Select(h => h.DocumentId).Distinct());

        var shown = (await MeetingQuery.FindAsync(connection, "parish-upper-wyndham-2025-09-scan.pdf")).Meeting;
        Assert.NotNull(shown);
        Assert.Equal(scanTwins, shown.Sources.Select(s => s.Path).ToArray());
        Assert.Equal(["kept", "copy"], shown.Sources.Select(s => s.Role).ToArray());
    }

    [SharedCorpusFact]
    public async Task A_rerun_keeps_one_meeting_and_skips_every_source()
    {
        string[] files = [Real("uk-campaign-no2id-agm-2004-web.html"), Real("uk-campaign-no2id-agm-2004-word.docx")];
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());
        await harness.IngestAsync(null, files);

        var again = await harness.IngestAsync(null, files);

        Assert.Equal((2, 0), (again.Skipped, again.TwinsMerged));
        Assert.Equal(1, (await harness.TotalsAsync()).Meetings);
    }

    [Fact]
    public async Task A_copy_ingested_by_a_later_run_joins_the_meeting_and_compared_meetings_are_not_read_again()
    {
        using var folder = new TempFolder();
        const string minutes = """
            Minutes of the Example Garden Club committee meeting held on 3 March 2021
            Present: Ann Quill (Chair), Ben Royle, Cat Poe
            1. Apologies
            None were received.
            2. Spring show
            It was agreed to book the hall for the spring show.
            Action: Ben Royle to book the hall.
            """;
        folder.Write("first/club-2021-03.txt", minutes);
        folder.Write("first/club-2021-04.txt", minutes.Replace("3 March 2021", "7 April 2021").Replace("spring show", "summer fair"));
        folder.Write("later/club-2021-03-copy.md", minutes);
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());

        var first = await harness.IngestAsync(null, Path.Combine(folder.Path, "first"));
        Assert.Equal((2, 0), (first.Stored, first.TwinsMerged));
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT count(*) FROM meetings WHERE NOT twins_checked"));

        var later = await harness.IngestAsync(null, Path.Combine(folder.Path, "later"));

        Assert.Equal((1, 1), (later.Stored, later.TwinsMerged));
        Assert.Equal(2, (await harness.TotalsAsync()).Meetings);
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT count(*) FROM meetings WHERE NOT twins_checked"));
    }
}
