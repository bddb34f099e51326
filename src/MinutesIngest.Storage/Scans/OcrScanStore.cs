using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Scans;

/// <summary>
/// The saved pages of long scans read in parts by several job servers, and the one decision that matters: which job
/// assembles the document. That is decided under the scan's row lock, in the transaction that saves the last page (or
/// records the failure), so exactly one job is named whatever runs twice, retries or dies.
/// </summary>
public sealed class OcrScanStore(MinutesDatabase database)
{
    /// <summary>Records a scan to read in parts; a scan recorded before (a retried or re-queued file job) is left as it is and returned.</summary>
    public async Task<OcrScan> BeginAsync(string scanKey, string sha256, string path, IReadOnlyList<int> pages, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO ocr_scans (scan_key, sha256, path, pages) VALUES (@scanKey, @sha256, @path, @pages) ON CONFLICT (scan_key) DO NOTHING",
            new { scanKey, sha256, path, pages = pages.ToArray() }, cancellationToken: ct));
        return (await FindAsync(connection, scanKey, null, ct))!;
    }

    public async Task<OcrScan?> FindAsync(string scanKey, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await FindAsync(connection, scanKey, null, ct);
    }

    /// <summary>Which of <paramref name="pages"/> have no saved result yet (saved by any scan of the same bytes).</summary>
    public async Task<IReadOnlyList<int>> MissingPagesAsync(string sha256, IReadOnlyList<int> pages, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var saved = (await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT page FROM ocr_page_results WHERE sha256 = @sha256 AND page = ANY(@pages)", new { sha256, pages = pages.ToArray() }, cancellationToken: ct))).ToHashSet();
        return pages.Where(p => !saved.Contains(p)).ToList();
    }

    /// <summary>Saves pages' results; when that completes the scan and no job was named yet, names <paramref name="jobId"/>. Returns the scan as it now stands.</summary>
    public async Task<OcrScan> SavePagesAsync(string scanKey, string jobId, IReadOnlyList<(int Page, string Result)> results, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // The lock comes first, so whichever of two jobs saving the last pages goes second sees the other's rows.
        var scan = await FindAsync(connection, scanKey, transaction, ct) ?? throw new InvalidOperationException($"no scan {scanKey} was begun");
        foreach (var (page, result) in results)
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO ocr_page_results (sha256, page, result) VALUES (@Sha256, @page, @result) ON CONFLICT (sha256, page) DO NOTHING",
                new { scan.Sha256, page, result }, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE ocr_scans s SET assembler = @jobId
            WHERE s.scan_key = @scanKey AND s.assembler IS NULL
              AND NOT EXISTS (SELECT 1 FROM unnest(s.pages) p WHERE NOT EXISTS (SELECT 1 FROM ocr_page_results r WHERE r.sha256 = s.sha256 AND r.page = p))
            """, new { scanKey, jobId }, transaction, cancellationToken: ct));
        scan = (await FindAsync(connection, scanKey, transaction, ct))!;
        await transaction.CommitAsync(ct);
        return scan;
    }

    /// <summary>Records why the scan cannot be read and names <paramref name="jobId"/> to store that, unless a job was named already. Returns the scan as it now stands.</summary>
    public async Task<OcrScan> FailAsync(string scanKey, string jobId, string reason, string? message, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE ocr_scans SET assembler = @jobId, failure_reason = @reason, failure_message = @message WHERE scan_key = @scanKey AND assembler IS NULL",
            new { scanKey, jobId, reason, message }, cancellationToken: ct));
        return (await FindAsync(connection, scanKey, null, ct))!;
    }

    /// <summary>The saved results of the scan's pages, in page order.</summary>
    public async Task<IReadOnlyList<string>> LoadPagesAsync(OcrScan scan, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT result FROM ocr_page_results WHERE sha256 = @Sha256 AND page = ANY(@Pages) ORDER BY page", scan, cancellationToken: ct))).ToList();
    }

    /// <summary>Marks the scan assembled and drops its pages' results unless another scan of the same bytes still waits for them.</summary>
    public async Task FinishAsync(OcrScan scan, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE ocr_scans SET assembled_at = now() WHERE scan_key = @ScanKey AND assembled_at IS NULL;
            DELETE FROM ocr_page_results r WHERE r.sha256 = @Sha256
              AND NOT EXISTS (SELECT 1 FROM ocr_scans s WHERE s.sha256 = r.sha256 AND s.assembled_at IS NULL);
            """, scan, cancellationToken: ct));
    }

    private static async Task<OcrScan?> FindAsync(NpgsqlConnection connection, string scanKey, NpgsqlTransaction? transaction, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<OcrScan>(new CommandDefinition(
            "SELECT scan_key AS ScanKey, sha256, path, pages, assembler, failure_reason AS FailureReason, failure_message AS FailureMessage, assembled_at AS AssembledAt FROM ocr_scans WHERE scan_key = @scanKey"
            + (transaction != null ? " FOR UPDATE" : ""),
            new { scanKey }, transaction, cancellationToken: ct));
}
