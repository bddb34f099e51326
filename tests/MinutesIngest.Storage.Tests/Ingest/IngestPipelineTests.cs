using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Ingest;

[Collection(PostgresCollection.Name)]
public sealed class IngestPipelineTests(PostgresFixture postgres)
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 7)]
    [InlineData(2, 100)]
    public async Task A_folder_is_stored_with_the_rows_the_extractor_produced(int parallelism, int batchSize)
    {
        using var corpus = GeneratedMinutes.Folder(60);
        await using var harness = await IngestHarness.CreateAsync(postgres);

        var report = await harness.IngestAsync(new IngestOptions { Parallelism = parallelism, BatchSize = batchSize }, corpus.Path);

        Assert.Equal(60, report.Stored);
        Assert.Equal(0, report.Failed + report.Skipped + report.Replaced);
        Assert.Equal(await harness.ExpectedTotalsAsync(InputFileFinder.Find([corpus.Path])), await harness.TotalsAsync());
    }

    [Fact]
    public async Task Ingesting_again_skips_everything_and_adds_nothing()
    {
        using var corpus = GeneratedMinutes.Folder(25);
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, corpus.Path);
        var before = await harness.TotalsAsync();
        var lastUpdate = await harness.ScalarAsync<DateTime>("SELECT max(updated_at) FROM documents");

        var again = await harness.IngestAsync(null, corpus.Path);

        Assert.Equal(25, again.Skipped);
        Assert.Equal(25, again.Total);
        Assert.Equal(before, await harness.TotalsAsync());
        Assert.Equal(lastUpdate, await harness.ScalarAsync<DateTime>("SELECT max(updated_at) FROM documents"));
    }

    [Fact]
    public async Task A_changed_file_replaces_its_old_rows_and_keeps_its_identity()
    {
        using var corpus = GeneratedMinutes.Folder(10);
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, corpus.Path);
        var changed = InputFileFinder.Find([corpus.Path])[3];
        var id = await harness.ScalarAsync<long>("SELECT id FROM documents WHERE path = @changed", new { changed });
        await File.WriteAllTextAsync(changed, "MEETING: Rewritten\nITEM: 1 | only item | new body\nATTENDEE: New Person | | | present\n");

        var report = await harness.IngestAsync(null, corpus.Path);

        Assert.Equal((1, 9), (report.Replaced, report.Skipped));
        Assert.Equal(await harness.ExpectedTotalsAsync(InputFileFinder.Find([corpus.Path])), await harness.TotalsAsync());
        Assert.Equal(id, await harness.ScalarAsync<long>("SELECT id FROM documents WHERE path = @changed", new { changed }));
        Assert.Equal("only item", await harness.ScalarAsync<string>(
            "SELECT i.title FROM items i JOIN meetings m ON m.id = i.meeting_id WHERE m.document_id = @id", new { id }));
    }

    [Fact]
    public async Task A_corrupt_file_is_recorded_failed_while_the_good_ones_are_stored()
    {
        using var corpus = GeneratedMinutes.Folder(12);
        var corrupt = corpus.Write("broken.pdf", [0x25, 0x50, 0x44, 0x46, 0xFF, 0xFE, 0x00, 0x81]);
        await using var harness = await IngestHarness.CreateAsync(postgres);

        var report = await harness.IngestAsync(new IngestOptions { BatchSize = 50 }, corpus.Path);

        Assert.Equal((12, 1), (report.Stored, report.Failed));
        var failure = Assert.Single(report.Failures);
        Assert.Equal((corrupt, "corrupt"), (failure.Path, failure.Reason));
        Assert.Equal("failed", await harness.ScalarAsync<string>("SELECT status FROM documents WHERE path = @corrupt", new { corrupt }));
        Assert.Equal("corrupt", await harness.ScalarAsync<string>("SELECT error_reason FROM documents WHERE path = @corrupt", new { corrupt }));
        Assert.Equal(0, await harness.ScalarAsync<long>(
            "SELECT count(*) FROM meetings m JOIN documents d ON d.id = m.document_id WHERE d.path = @corrupt", new { corrupt }));
        Assert.Equal(12, (await harness.TotalsAsync()).Meetings);
    }

    [Fact]
    public async Task A_document_the_database_rejects_fails_alone_and_its_batch_is_stored()
    {
        using var corpus = GeneratedMinutes.Folder(8);
        var rejected = corpus.Write("bad-status.txt", "MEETING: Odd\nITEM: 1 | fine | fine\nATTENDEE: Someone | | | not-a-status\n");
        await using var harness = await IngestHarness.CreateAsync(postgres);

        var report = await harness.IngestAsync(new IngestOptions { BatchSize = 100, Parallelism = 1 }, corpus.Path);

        Assert.Equal((8, 1), (report.Stored, report.Failed));
        Assert.Equal("store_error", Assert.Single(report.Failures).Reason);
        Assert.Equal(0, await harness.ScalarAsync<long>(
            "SELECT count(*) FROM items i JOIN meetings m ON m.id = i.meeting_id JOIN documents d ON d.id = m.document_id WHERE d.path = @rejected", new { rejected }));
        Assert.Equal(8, (await harness.TotalsAsync()).Meetings);
    }

    [Fact]
    public async Task A_path_that_cannot_be_read_is_reported_not_skipped()
    {
        using var corpus = GeneratedMinutes.Folder(2);
        var missing = Path.Combine(corpus.Path, "vanished.txt");
        await using var harness = await IngestHarness.CreateAsync(postgres);

        var report = await harness.IngestAsync(null, corpus.Path, missing);

        Assert.Equal("unreadable", Assert.Single(report.Failures).Reason);
        Assert.Equal(3, (await harness.TotalsAsync()).Documents);
    }

    [Fact]
    public async Task Meeting_fields_arrive_typed_and_unreal_dates_become_null()
    {
        using var corpus = new TempFolder();
        var file = corpus.Write("m.txt", "MEETING: Typed\nDATE: 2021-04-27\nTIME: 14:00\nNEXT: 2021-02-30 | 10:30\nACTION: 1 | Do it | Clerk | | 2021-13-01\n");
        await using var harness = await IngestHarness.CreateAsync(postgres);

        await harness.IngestAsync(null, corpus.Path);

        Assert.Equal("2021-04-27 14:00 - 10:30", await harness.ScalarAsync<string>(
            "SELECT to_char(meeting_date, 'YYYY-MM-DD') || ' ' || to_char(start_time, 'HH24:MI') || ' ' || coalesce(to_char(next_meeting_date, 'YYYY-MM-DD'), '-') || ' ' || to_char(next_meeting_time, 'HH24:MI') FROM meetings"));
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT count(due) FROM actions"));
    }

    [Fact]
    public async Task Full_text_search_ranks_a_title_match_above_a_body_match()
    {
        using var corpus = new TempFolder();
        corpus.Write("m.txt", "MEETING: Search\nITEM: 1 | Drainage works | Nothing else was said.\nITEM: 2 | Any other business | The drainage ditch was mentioned.\nITEM: 3 | Budget | Figures agreed.\n");
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, corpus.Path);

        var best = await harness.ScalarAsync<string>(
            "SELECT number FROM items WHERE search @@ websearch_to_tsquery('english', 'drainage') ORDER BY ts_rank(search, websearch_to_tsquery('english', 'drainage')) DESC LIMIT 1");
        var hits = await harness.ScalarAsync<long>("SELECT count(*) FROM items WHERE search @@ websearch_to_tsquery('english', 'drainage')");

        Assert.Equal(("1", 2L), (best, hits));
    }

    [Fact]
    public async Task Two_ingests_of_the_same_folder_at_once_store_each_file_once()
    {
        using var corpus = GeneratedMinutes.Folder(150);
        await using var harness = await IngestHarness.CreateAsync(postgres);

        await Task.WhenAll(
            harness.IngestAsync(new IngestOptions { BatchSize = 5 }, corpus.Path),
            harness.IngestAsync(new IngestOptions { BatchSize = 7 }, corpus.Path));

        Assert.Equal(await harness.ExpectedTotalsAsync(InputFileFinder.Find([corpus.Path])), await harness.TotalsAsync());
    }
}
