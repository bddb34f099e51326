using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Ranked full-text search over items and actions (websearch_to_tsquery, ts_rank, ts_headline).</summary>
public static class SearchQuery
{
    public const int MaxLimit = 500;

    // Ranking reads every match (the best one may be the last found); snippets, the costly part, are cut for the kept rows only.
    // An item's body usually repeats its heading, so the title is prefixed only when the body lacks it; line breaks become spaces.
    private const string Sql = """
        WITH q AS (SELECT websearch_to_tsquery('english', @Query) AS tsq),
        hits AS (
            SELECT 'item' AS kind, i.id, i.meeting_id, ts_rank(i.search, q.tsq) AS rank FROM items i, q WHERE i.search @@ q.tsq
            UNION ALL
            SELECT 'action', a.id, a.meeting_id, ts_rank(a.search, q.tsq) FROM actions a, q WHERE a.search @@ q.tsq),
        kept AS (
            SELECT h.kind, h.id, h.rank, m.meeting_date, count(*) OVER () AS total
            FROM hits h JOIN meetings m ON m.id = h.meeting_id
            WHERE (@Body::text IS NULL OR m.body_name ILIKE @Body)
              AND (@From::date IS NULL OR m.meeting_date >= @From::date)
              AND (@To::date IS NULL OR m.meeting_date <= @To::date)
            ORDER BY h.rank DESC, m.meeting_date DESC NULLS LAST, h.kind DESC, h.id
            LIMIT @Limit)
        SELECT k.kind, k.rank::float8 AS rank, k.total, m.document_id AS documentid, d.path AS documentpath, m.body_name AS body, m.title,
               to_char(m.meeting_date, 'YYYY-MM-DD') AS date,
               coalesce(i.number, a.item_number) AS itemnumber, coalesce(i.title, ai.title) AS itemtitle, a.owner,
               ts_headline('english', regexp_replace(
                   CASE WHEN k.kind = 'action' THEN concat_ws(' — ', a.text, a.owner, a.owner_name)
                        WHEN i.body = '' THEN i.title
                        WHEN i.title IS NULL OR strpos(i.body, i.title) > 0 THEN i.body
                        ELSE i.title || '. ' || i.body END, '\s+', ' ', 'g'),
                   q.tsq, @Options) AS snippet
        FROM kept k CROSS JOIN q
        LEFT JOIN items i ON k.kind = 'item' AND i.id = k.id
        LEFT JOIN actions a ON k.kind = 'action' AND a.id = k.id
        JOIN meetings m ON m.id = coalesce(i.meeting_id, a.meeting_id)
        JOIN documents d ON d.id = m.document_id
        LEFT JOIN LATERAL (SELECT x.title FROM items x WHERE x.meeting_id = a.meeting_id AND x.number = a.item_number ORDER BY x.position LIMIT 1) ai ON true
        ORDER BY k.rank DESC, k.meeting_date DESC NULLS LAST, k.kind DESC, k.id
        """;

    public static async Task<SearchResult> RunAsync(NpgsqlConnection connection, SearchRequest request, CancellationToken cancellationToken = default)
    {
        var text = SearchText.Clean(request.Query);
        if (await SearchText.ProblemAsync(connection, text, cancellationToken) is { } problem) return SearchResult.Problem(problem);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Sql, new
        {
            Query = text,
            Body = ContainsPattern.From(request.Body),
            From = request.From?.ToDateTime(TimeOnly.MinValue),
            To = request.To?.ToDateTime(TimeOnly.MinValue),
            Limit = Math.Clamp(request.Limit, 1, MaxLimit),
            Options = Highlight.HeadlineOptions,
        }, cancellationToken: cancellationToken))).ToList();
        var hits = rows.Select(r => new SearchHit(r.Kind, r.Rank, r.DocumentId, r.DocumentPath, r.Body, r.Title, r.Date,
            r.ItemNumber, r.ItemTitle, r.Owner, r.Snippet)).ToList();
        return new SearchResult(hits, rows.Count == 0 ? 0 : rows[0].Total, null);
    }

    // Dapper maps the columns by name, case-insensitively; the extra total column keeps it from fitting the public record.
    private sealed class Row
    {
        public string Kind { get; init; } = "";
        public double Rank { get; init; }
        public long Total { get; init; }
        public long DocumentId { get; init; }
        public string DocumentPath { get; init; } = "";
        public string? Body { get; init; }
        public string? Title { get; init; }
        public string? Date { get; init; }
        public string? ItemNumber { get; init; }
        public string? ItemTitle { get; init; }
        public string? Owner { get; init; }
        public string Snippet { get; init; } = "";
    }
}
