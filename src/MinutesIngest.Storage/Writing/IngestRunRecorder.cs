using MinutesIngest.Core.Extraction.Guards;
using Npgsql;
using NpgsqlTypes;

namespace MinutesIngest.Storage.Writing;

/// <summary>Stores a finished run and every file's final status in it (ingest_runs, ingest_run_files).</summary>
public static class IngestRunRecorder
{
    /// <summary>Writes the run in one transaction and returns its id.</summary>
    public static async Task<long> RecordAsync(MinutesDatabase database, DateTimeOffset startedAt, IngestReport report, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        long runId;
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO ingest_runs (started_at, files, stored, replaced, skipped, failed, missing, not_minutes, interrupted)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
            """, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = startedAt.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            foreach (var count in new[] { Math.Max(report.Total, report.Planned), report.Stored, report.Replaced, report.Skipped, report.Failed, report.Missing, report.NotMinutes })
                insert.Parameters.Add(new NpgsqlParameter { Value = count });
            insert.Parameters.Add(new NpgsqlParameter { Value = report.Interrupted });
            runId = (long)(await insert.ExecuteScalarAsync(ct))!;
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY ingest_run_files (run_id, path, outcome, reason, extraction_ms, document_class) FROM STDIN (FORMAT BINARY)", ct))
        {
            // A path given twice in one run is reported once per result; the table keeps the first.
            foreach (var result in report.Results.DistinctBy(r => r.Path))
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(runId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(Writing.SqlText.Path(result.Path)!, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(result.OutcomeCode, NpgsqlDbType.Text, ct);
                var reason = result.Outcome == FileOutcome.Failed ? result.Reason ?? FailureReasons.Unknown : null;
                if (reason is null) await copy.WriteNullAsync(ct); else await copy.WriteAsync(reason, NpgsqlDbType.Text, ct);
                if (result.ExtractionTime is { } t) await copy.WriteAsync((int)Math.Min(int.MaxValue, t.TotalMilliseconds), NpgsqlDbType.Integer, ct);
                else await copy.WriteNullAsync(ct);
                if (result.DocumentClass is { } c) await copy.WriteAsync(c, NpgsqlDbType.Text, ct); else await copy.WriteNullAsync(ct);
            }
            await copy.CompleteAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return runId;
    }
}
