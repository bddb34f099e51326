using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Writing;

/// <summary>Removes documents (a file's path, or every document under a folder) and everything derived from them, in one transaction.</summary>
public static class DocumentForgetter
{
    // Deleting the document cascades to its meeting and from there to attendees, items (and their topic weights), actions
    // and suggested actions. term_months is kept exact by taking the meetings out first, as a replace does; postings of
    // deleted meetings linger harmlessly (every query joins meetings) until the index is rebuilt.
    private static readonly string ForgetSql = $"""
        SELECT pg_advisory_xact_lock({StagingSql.WriteLockKey});
        CREATE TEMP TABLE forget_documents ON COMMIT DROP AS
            SELECT d.id AS document_id, d.path FROM documents d
            WHERE d.path = ANY (@Paths) OR EXISTS (SELECT 1 FROM unnest(@Folders) f WHERE starts_with(d.path, f));
        {StagingSql.TakeOutOfTermCounts("forget_documents")}
        """;

    private const string CountSql = """
        SELECT (SELECT count(*) FROM meetings m JOIN forget_documents f USING (document_id)) AS meetings,
               (SELECT count(*) FROM attendees x JOIN meetings m ON m.id = x.meeting_id JOIN forget_documents f USING (document_id)) AS attendees,
               (SELECT count(*) FROM items x JOIN meetings m ON m.id = x.meeting_id JOIN forget_documents f USING (document_id)) AS items,
               (SELECT count(*) FROM actions x JOIN meetings m ON m.id = x.meeting_id JOIN forget_documents f USING (document_id)) AS actions,
               (SELECT count(*) FROM suggested_actions x JOIN meetings m ON m.id = x.meeting_id JOIN forget_documents f USING (document_id)) AS suggested,
               (SELECT count(*) FROM item_topics t JOIN items x ON x.id = t.item_id JOIN meetings m ON m.id = x.meeting_id
                JOIN forget_documents f USING (document_id)) AS topics
        """;

    /// <summary>Forgets the documents at <paramref name="paths"/> (absolute file paths, or folders: every document under them).</summary>
    public static async Task<ForgetResult> ForgetAsync(NpgsqlConnection connection, IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        var exact = paths.Select(p => p.TrimEnd(Path.DirectorySeparatorChar)).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var folders = exact.Select(p => p + Path.DirectorySeparatorChar).ToArray();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ForgetSql, new { Paths = exact, Folders = folders }, transaction,
            commandTimeout: 0, cancellationToken: cancellationToken));
        var documents = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT path FROM forget_documents ORDER BY path", transaction: transaction, cancellationToken: cancellationToken))).ToList();
        var counts = await connection.QuerySingleAsync<(long Meetings, long Attendees, long Items, long Actions, long Suggested, long Topics)>(
            new CommandDefinition(CountSql, transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM documents d USING forget_documents f WHERE d.id = f.document_id", transaction: transaction, commandTimeout: 0,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        var unmatched = exact.Where(p => !documents.Any(d => d == p || d.StartsWith(p + Path.DirectorySeparatorChar, StringComparison.Ordinal))).ToList();
        return new ForgetResult(documents, counts.Meetings, counts.Attendees, counts.Items, counts.Actions, counts.Suggested, counts.Topics, unmatched);
    }
}
