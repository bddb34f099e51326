using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>Triage in the ingest: only minutes become meetings; the rest keep a documents row with their class, and --include-all stores them.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TriageIngestTests(PostgresFixture postgres)
{
    private const string Minutes = """
        Minutes of the meeting of the Example Allotment Society
        Held on 4 March 2024 at 7pm in the Hall
        Present: Ann Lee, Bob Ray, Cat Poe
        1. Apologies
        Apologies were received from Dan Orr.
        2. Water supply
        Bob Ray reported that the tap had been repaired. It was agreed to buy a second water butt.
        """;

    private const string Agenda = """
        Example Allotment Society
        AGENDA
        Notice is hereby given that the annual meeting will be held on 8 April 2024 at 7pm.
        1. To receive apologies for absence.
        2. To approve the minutes of the meeting held on 4 March 2024.
        3. To consider the water supply.
        """;

    private const string Letter = """
        Example Allotment Society
        Dear Plot Holder,
        Thank you for your letter about the water supply. The committee has decided to buy a second water butt.
        Yours sincerely,
        Ann Lee, Secretary
        """;

    [Fact]
    public async Task Only_minutes_become_meetings_and_the_rest_are_counted_by_class()
    {
        using var folder = new TempFolder();
        var minutes = folder.Write("minutes.txt", Minutes);
        var agenda = folder.Write("agenda.txt", Agenda);
        var letter = folder.Write("letter.txt", Letter);
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());

        var report = await harness.IngestAsync(null, folder.Path);

        Assert.Equal((1, 2), (report.Stored, report.NotMinutes));
        Assert.Equal(new Dictionary<string, int> { ["agenda"] = 1, ["not_meeting"] = 1 }, report.NotMinutesByClass);
        Assert.Equal(1, (await harness.TotalsAsync()).Meetings);
        Assert.Equal("minutes", await harness.ScalarAsync<string>("SELECT document_class FROM documents WHERE path = @minutes", new { minutes }));
        Assert.Equal("not_minutes agenda", await harness.ScalarAsync<string>(
            "SELECT status || ' ' || document_class FROM documents WHERE path = @agenda", new { agenda }));
        Assert.Equal("not_minutes not_meeting", await harness.ScalarAsync<string>(
            "SELECT status || ' ' || document_class FROM documents WHERE path = @letter", new { letter }));
        Assert.Equal(2, await harness.ScalarAsync<long>("SELECT count(*) FROM ingest_run_files WHERE outcome = 'not_minutes' AND document_class IS NOT NULL"));
    }

    [Fact]
    public async Task A_rerun_skips_what_was_set_aside_and_include_all_stores_it()
    {
        using var folder = new TempFolder();
        folder.Write("minutes.txt", Minutes);
        folder.Write("agenda.txt", Agenda);
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());
        await harness.IngestAsync(null, folder.Path);

        var again = await harness.IngestAsync(null, folder.Path);
        var all = await harness.IngestAsync(new IngestOptions { IncludeAll = true }, folder.Path);

        Assert.Equal(2, again.Skipped);
        Assert.Equal((1, 1), (all.Replaced, all.Skipped));
        Assert.Equal(2, (await harness.TotalsAsync()).Meetings);
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT count(*) FROM documents WHERE status = 'not_minutes'"));
    }
}
