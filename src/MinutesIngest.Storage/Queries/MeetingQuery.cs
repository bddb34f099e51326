using System.Globalization;
using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Finds one meeting by its document id or its source path (whole, trailing part, or a unique piece of it).</summary>
public static class MeetingQuery
{
    private const int MaxCandidates = 10;

    private const string MeetingSql = """
        SELECT m.document_id AS documentid, d.path AS documentpath, d.format, m.body, m.body_name AS bodyname, m.title,
               to_char(m.meeting_date, 'YYYY-MM-DD') AS date, to_char(m.start_time, 'HH24:MI') AS starttime, m.venue, m.chair,
               m.minute_taker AS minutetaker, to_char(m.next_meeting_date, 'YYYY-MM-DD') AS nextmeetingdate,
               to_char(m.next_meeting_time, 'HH24:MI') AS nextmeetingtime, m.series
        FROM meetings m JOIN documents d ON d.id = m.document_id
        WHERE m.document_id = @Id
        """;

    private const string RowsSql = """
        SELECT p.name, p.role, p.abbreviation, p.status FROM attendees p JOIN meetings m ON m.id = p.meeting_id WHERE m.document_id = @Id ORDER BY p.position;
        SELECT i.number, i.title, i.body FROM items i JOIN meetings m ON m.id = i.meeting_id WHERE m.document_id = @Id ORDER BY i.position;
        SELECT a.item_number AS itemnumber, a.text, a.owner, a.owner_name AS ownername, to_char(a.due, 'YYYY-MM-DD') AS due
        FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE m.document_id = @Id ORDER BY a.position;
        SELECT u.confidence FROM documents d CROSS JOIN LATERAL unnest(d.ocr_page_confidence) WITH ORDINALITY AS u(confidence, page)
        WHERE d.id = @Id ORDER BY u.page;
        SELECT d.id AS documentid, d.path, d.format, d.status, d.id = @Id AS kept FROM documents d
        WHERE d.id = @Id OR d.twin_of = @Id ORDER BY d.id = @Id DESC, d.path;
        SELECT u.warning FROM documents d CROSS JOIN LATERAL unnest(d.warnings) WITH ORDINALITY AS u(warning, n) WHERE d.id = @Id ORDER BY u.n;
        """;

    // A copy merged into another source's meeting is found as that meeting.
    private const string KeptSourceSql = "SELECT coalesce(twin_of, id) FROM documents WHERE id = @Id";

    // Exact path first, then a path ending in the key ("/name.pdf"), then any path containing it.
    private const string PathSql = """
        SELECT d.id, d.path FROM documents d JOIN meetings m ON m.document_id = coalesce(d.twin_of, d.id)
        WHERE d.path = @Key OR d.path LIKE @Suffix ESCAPE '\' OR d.path ILIKE @Contains
        ORDER BY (d.path = @Key) DESC, (d.path LIKE @Suffix ESCAPE '\') DESC, d.path
        LIMIT @Limit
        """;

    public static async Task<MeetingLookup> FindAsync(NpgsqlConnection connection, string key, CancellationToken cancellationToken = default)
    {
        var cleaned = SearchText.Clean(key);
        if (cleaned.Length == 0) return new MeetingLookup(null, [], "Name a meeting by its document id or its file path.");
        if (long.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return await LoadAsync(connection, id, cancellationToken) is { } byId
                ? new MeetingLookup(byId, [], null)
                : new MeetingLookup(null, [], $"No stored meeting has document id {id}.");

        var escaped = cleaned.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
        var found = (await connection.QueryAsync<(long Id, string Path)>(new CommandDefinition(PathSql, new
        {
            Key = cleaned, Suffix = "%/" + escaped, Contains = "%" + escaped + "%", Limit = MaxCandidates + 1,
        }, cancellationToken: cancellationToken))).ToList();
        if (found.Count == 0) return new MeetingLookup(null, [], $"No stored meeting's path contains \"{cleaned}\".");
        var exact = found[0].Path == cleaned || found[0].Path.EndsWith("/" + cleaned, StringComparison.Ordinal);
        var exactCount = found.Count(f => f.Path == cleaned || f.Path.EndsWith("/" + cleaned, StringComparison.Ordinal));
        if (found.Count == 1 || (exact && exactCount == 1))
            return new MeetingLookup(await LoadAsync(connection, found[0].Id, cancellationToken), [], null);
        return new MeetingLookup(null, found.Take(MaxCandidates).Select(f => $"{f.Id}\t{f.Path}").ToList(),
            $"\"{cleaned}\" names {(found.Count > MaxCandidates ? $"more than {MaxCandidates}" : found.Count.ToString(CultureInfo.InvariantCulture))} meetings; give its document id or more of its path.");
    }

    public static async Task<MeetingDetail?> LoadAsync(NpgsqlConnection connection, long documentId, CancellationToken cancellationToken = default)
    {
        documentId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(KeptSourceSql, new { Id = documentId }, cancellationToken: cancellationToken)) ?? documentId;
        var meeting = await connection.QuerySingleOrDefaultAsync<MeetingDetail>(new CommandDefinition(MeetingSql, new { Id = documentId }, cancellationToken: cancellationToken));
        if (meeting == null) return null;
        using var rows = await connection.QueryMultipleAsync(new CommandDefinition(RowsSql, new { Id = documentId }, cancellationToken: cancellationToken));
        return meeting with
        {
            Attendance = (await rows.ReadAsync<MeetingAttendee>()).ToList(),
            Items = (await rows.ReadAsync<MeetingItem>()).ToList(),
            Actions = (await rows.ReadAsync<MeetingAction>()).ToList(),
            OcrPageConfidence = (await rows.ReadAsync<float?>()).Select(c => (double?)c).ToList(),
            Sources = (await rows.ReadAsync<MeetingSource>()).ToList(),
            Warnings = (await rows.ReadAsync<string>()).ToList(),
        };
    }
}
