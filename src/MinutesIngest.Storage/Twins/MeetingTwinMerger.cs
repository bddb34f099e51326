using Dapper;
using MinutesIngest.Core.Twins;
using MinutesIngest.Storage.Indexing;
using MinutesIngest.Storage.Writing;
using Npgsql;

namespace MinutesIngest.Storage.Twins;

/// <summary>After a run: keeps one meeting per set of copies (best source's content) and points the other sources at it.</summary>
public static class MeetingTwinMerger
{
    // Copies share a date (or, undated, a title): only the dates and titles of meetings not yet compared are read, a few
    // dates at a time, so a run costs what it added, not the archive, and memory holds one batch of dates.
    private const int DatesPerBatch = 200;

    private const string UncheckedSql = """
        SELECT id, meeting_date AS date, CASE WHEN meeting_date IS NULL THEN lower(title) END AS title
        FROM meetings WHERE NOT twins_checked
        """;

    private const string CandidateColumns = """
        SELECT m.id AS meetingid, m.document_id AS documentid, d.path, d.format, m.body, m.title, m.meeting_date AS date,
               (SELECT string_agg(coalesce(i.title, ''), ' ') FROM items i WHERE i.meeting_id = m.id) AS itemtext,
               (SELECT string_agg(p.name, '|') FROM attendees p WHERE p.meeting_id = m.id) AS people,
               ((SELECT count(*) FROM items i WHERE i.meeting_id = m.id) + (SELECT count(*) FROM attendees p WHERE p.meeting_id = m.id)
                + (SELECT count(*) FROM actions a WHERE a.meeting_id = m.id))::int AS rows
        FROM meetings m JOIN documents d ON d.id = m.document_id
        """;

    private const string DatedSql = CandidateColumns + " WHERE m.meeting_date = ANY(@Dates)";

    private const string UndatedSql = CandidateColumns + " WHERE m.meeting_date IS NULL AND lower(m.title) = ANY(@Titles)";

    private const string MarkSql = "UPDATE meetings SET twins_checked = true WHERE id = ANY(@Ids) AND NOT twins_checked";

    private static readonly string MergeSql = $"""
        SELECT pg_advisory_xact_lock({StagingSql.WriteLockKey});
        SELECT pg_advisory_xact_lock({MeetingTermIndex.CountsLockKey});
        {StagingSql.UncountMeetings("meetings m WHERE m.document_id = ANY(@Others)")}
        DELETE FROM meetings WHERE document_id = ANY(@Others);
        UPDATE documents SET twin_of = @Best WHERE id = ANY(@Others) OR twin_of = ANY(@Others);
        """;

    /// <summary>Merges every set of copies among the meetings not yet compared and those sharing their date (or, undated,
    /// their title); returns how many documents lost their own meeting to a better source.</summary>
    /// <remarks>A meeting stored while this runs is not in the list read first: it stays unchecked for the next run.</remarks>
    public static async Task<int> MergeAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        var fresh = (await connection.QueryAsync<UncheckedRow>(new CommandDefinition(UncheckedSql, cancellationToken: cancellationToken))).ToList();
        var merged = 0;
        foreach (var dates in fresh.Where(r => r.Date != null).GroupBy(r => r.Date!.Value).Chunk(DatesPerBatch))
        {
            var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition(DatedSql,
                new { Dates = dates.Select(d => d.Key).ToArray() }, cancellationToken: cancellationToken));
            merged += await MergeGroupsAsync(connection, rows, dates.SelectMany(d => d).Select(r => r.Id).ToArray(), cancellationToken);
        }
        foreach (var titles in fresh.Where(r => r.Date == null).Chunk(DatesPerBatch))
        {
            var named = titles.Where(r => r.Title != null).Select(r => r.Title!).Distinct().ToArray();
            var rows = named.Length == 0 ? [] : await connection.QueryAsync<CandidateRow>(new CommandDefinition(UndatedSql,
                new { Titles = named }, cancellationToken: cancellationToken));
            merged += await MergeGroupsAsync(connection, rows, titles.Select(r => r.Id).ToArray(), cancellationToken);
        }
        return merged;
    }

    private static async Task<int> MergeGroupsAsync(NpgsqlConnection connection, IEnumerable<CandidateRow> rows, long[] compared, CancellationToken cancellationToken)
    {
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
        await connection.ExecuteAsync(new CommandDefinition(MarkSql, new { Ids = compared }, cancellationToken: cancellationToken));
        return merged;
    }

    private sealed record UncheckedRow(long Id, DateOnly? Date, string? Title);

    private sealed record CandidateRow(long MeetingId, long DocumentId, string Path, string? Format, string? Body, string? Title, DateOnly? Date,
        string? ItemText, string? People, int Rows);
}
