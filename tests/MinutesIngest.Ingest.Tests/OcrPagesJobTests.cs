using Dapper;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Ingest.Jobs;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Scans;
using Npgsql;

namespace MinutesIngest.Ingest.Tests;

/// <summary>The page jobs of one scan decide among themselves, in the database, which one stores it: a scan a part cannot read fails once, with that part's reason.</summary>
public sealed class OcrPagesJobTests(ClusterDatabase database) : IClassFixture<ClusterDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("minutes-scan-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Reads every page but one, which it reports unreadable for a reason in the bytes; counts what it was asked.</summary>
    private sealed class OnePageCorrupt(int badPage) : IMinutesFileExtractor
    {
        public int Requests;

        public Task<ExtractionOutcome> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Requests);
            var pages = request.Work.RecognizePages ?? throw new InvalidOperationException("only page reading is expected");
            return Task.FromResult(pages.Contains(badPage)
                ? ExtractionOutcome.Failure("corrupt", $"page {badPage} cannot be rendered", "pdf")
                : new ExtractionOutcome { OcrPages = pages.Select(p => new OcrPage(p, 10, 10, [])).ToList() });
        }
    }

    [Fact]
    public async Task A_scan_with_a_page_that_cannot_be_read_is_stored_failed_once_and_later_parts_read_nothing()
    {
        var connectionString = database.CreateDatabase();
        await using var db = await MinutesDatabase.OpenAsync(connectionString);
        var file = Path.Combine(_folder, "scan.pdf");
        await File.WriteAllTextAsync(file, "%PDF-1.4 invented bytes: the fake reader never parses them");
        const string sha = "0011";
        await new OcrScanStore(db).BeginAsync(FileJobKey.For(file, sha), sha, file, [1, 2, 3], CancellationToken.None);
        var reader = new OnePageCorrupt(badPage: 2);
        var job = new OcrPagesJob(db, reader, new IngestOptions { Parallelism = 1 });

        await job.Run(file, sha, [1], null, CancellationToken.None);
        await job.Run(file, sha, [2], null, CancellationToken.None);
        await job.Run(file, sha, [3], null, CancellationToken.None);
        // A duplicate of the failing part (a retry after its server died) changes nothing.
        await job.Run(file, sha, [2], null, CancellationToken.None);

        Assert.Equal(2, reader.Requests);
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = (await connection.QueryAsync<(string Status, string Reason, string Message)>("SELECT status, error_reason, error_message FROM documents")).ToList();
        Assert.Equal([("failed", "corrupt", "page 2 cannot be rendered")], rows);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM ocr_scans WHERE assembled_at IS NOT NULL AND failure_reason = 'corrupt'"));
    }

    [Fact]
    public async Task Only_the_part_that_saves_the_last_page_is_named_to_assemble()
    {
        var connectionString = database.CreateDatabase();
        await using var db = await MinutesDatabase.OpenAsync(connectionString);
        var store = new OcrScanStore(db);
        await store.BeginAsync("k", "s", "/invented/scan.pdf", [1, 2, 3], CancellationToken.None);

        var first = await store.SavePagesAsync("k", "job-a", [(1, "{}"), (2, "{}")], CancellationToken.None);
        // Parts saved at once: exactly one of them completes the scan, the other finds a job already named.
        var last = await Task.WhenAll(store.SavePagesAsync("k", "job-b", [(3, "{}")], CancellationToken.None),
            store.SavePagesAsync("k", "job-c", [(3, "{}"), (2, "{}")], CancellationToken.None));
        var failedLater = await store.FailAsync("k", "job-d", "corrupt", "too late", CancellationToken.None);

        Assert.Null(first.Assembler);
        Assert.Single(new[] { "job-b", "job-c" }, j => j == last[0].Assembler);
        Assert.Equal(last[0].Assembler, last[1].Assembler);
        Assert.Equal((last[0].Assembler, null), (failedLater.Assembler, failedLater.FailureReason));
    }
}
