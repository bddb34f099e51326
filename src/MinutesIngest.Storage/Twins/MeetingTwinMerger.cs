using Dapper;
using MinutesIngest.Core.Twins;
using MinutesIngest.Storage.Indexing;
using MinutesIngest.Storage.Writing;
using Npgsql;

namespace MinutesIngest.Storage.Twins;

/// <summary>After a run: keeps one meeting per set of copies (best source's content) and points the other sources at it.</summary>
public static class MeetingTwinMerger
{
    // Only meetings that share a date with another, or undated ones sharing a title, can have a twin: the rest are never read.
    private const string CandidatesSql = """
        WITH dated AS (SELECT meeting_date FROM meetings WHERE meeting_date IS NOT NULL GROUP BY meeting_date HAVING count(*) > 1),
             undated AS (SELECT lower(title) AS t FROM meetings WHERE meeting_date IS NULL AND title IS NOT NULL GROUP BY lower(title) HAVING count(*) > 1)
        SELECT m.document_id AS documentid, d.path, d.format, m.body, m.title, m.meeting_date AS date,
               (SELECT string_agg(coalesce(i.title, ''), ' ') FROM items i WHERE i.meeting_id = m.id) AS itemtext,
               (SELECT string_agg(p.name, '|') FROM attendees p WHERE p.meeting_id = m.id) AS people,
               ((SELECT count(*) FROM items i WHERE i.meeting_id = m.id) + (SELECT count(*) FROM attendees p WHERE p.meeting_id = m.id)
                + (SELECT count(*) FROM actions a WHERE a.meeting_id = m.id))::int AS rows
        FROM meetings m JOIN documents d ON d.id = m.document_id
        WHERE m.meeting_date IN (SELECT meeting_date FROM dated) OR (m.meeting_date IS NULL AND lower(m.title) IN (SELECT t FROM undated))
        """;

    private static readonly string MergeSql = $"""
        SELECT pg_advisory_xact_lock({StagingSql.WriteLockKey});
        SELECT pg_advisory_xact_lock({MeetingTermIndex.CountsLockKey});
        {StagingSql.UncountMeetings("meetings m WHERE m.document_id = ANY(@Others)")}
        DELETE FROM meetings WHERE document_id = ANY(@Others);
        UPDATE documents SET twin_of = @Best WHERE id = ANY(@Others) OR twin_of = ANY(@Others);
        """;

    /// <summary>Merges every set of copies; returns how many documents lost their own meeting to a better source.</summary>
    public static async Task<int> MergeAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition(CandidatesSql, cancellationToken: cancellationToken));
        var copies = rows.Select(r => new MeetingCopy(r.DocumentId, r.Path, r.Format, r.Body, r.Title,
            r.Date, MeetingTwins.Words(r.ItemText), MeetingTwins.Names(r.People), r.Rows)).ToList();
        var merged = 0;
        foreach (var group in MeetingTwins.Group(copies, cancellationToken))
        {
            var others = group.Skip(1).Select(c => c.DocumentId).ToArray();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(MergeSql, new { Best = group[0].DocumentId, Others = others },
                transaction, commandTimeout: 300, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            merged += others.Length;
        }
        return merged;
    }

    private sealed record CandidateRow(long DocumentId, string Path, string? Format, string? Body, string? Title, DateOnly? Date,
        string? ItemText, string? People, int Rows);
}
