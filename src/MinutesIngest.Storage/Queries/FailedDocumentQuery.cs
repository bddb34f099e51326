using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Every document whose latest status is failed (documents keeps the latest status of each path), by reason then path.</summary>
public static class FailedDocumentQuery
{
    public static async Task<IReadOnlyList<FailedDocument>> RunAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        var rows = await connection.QueryAsync<FailedDocument>(new CommandDefinition("""
            SELECT d.id AS documentid, d.path, d.format, d.size_bytes AS sizebytes, d.error_reason AS reason, d.error_message AS message,
                   d.updated_at AS lastattempt,
                   (SELECT count(*) FROM ingest_run_files f WHERE f.path = d.path AND f.outcome = 'failed') AS failedruns
            FROM documents d
            WHERE d.status = 'failed'
            ORDER BY d.error_reason, d.path
            """, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    /// <summary>The paths of the failed documents, for <c>ingest --retry-failed</c> without paths.</summary>
    public static async Task<IReadOnlyList<string>> PathsAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default) =>
        (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT path FROM documents WHERE status = 'failed' ORDER BY path", cancellationToken: cancellationToken))).ToList();
}
