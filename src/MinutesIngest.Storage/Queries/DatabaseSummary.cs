using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>What the database holds: totals, and meetings with their rows per body and year.</summary>
public sealed record DatabaseSummary(DatabaseTotals Totals, IReadOnlyList<BodyYearCounts> ByBodyAndYear)
{
    public static async Task<DatabaseSummary> LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        var totals = await connection.QuerySingleAsync<DatabaseTotals>(new CommandDefinition("""
            SELECT (SELECT count(*) FROM documents) AS documents,
                   (SELECT count(*) FROM documents WHERE status = 'stored') AS stored,
                   (SELECT count(*) FROM documents WHERE status = 'failed') AS failed,
                   (SELECT count(*) FROM meetings) AS meetings,
                   (SELECT count(*) FROM attendees) AS attendees,
                   (SELECT count(*) FROM items) AS items,
                   (SELECT count(*) FROM actions) AS actions
            """, cancellationToken: cancellationToken));
        totals = totals with
        {
            PartlyRead = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT count(*) FROM documents WHERE status = 'stored' AND cardinality(warnings) > 0", cancellationToken: cancellationToken)),
            NotMinutes = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT count(*) FROM documents WHERE status = 'not_minutes'", cancellationToken: cancellationToken)),
            Agendas = await CountSetAsideAsync(connection, "agenda", cancellationToken),
            MeetingPapers = await CountSetAsideAsync(connection, "meeting_paper", cancellationToken),
            NotMeeting = await CountSetAsideAsync(connection, "not_meeting", cancellationToken),
        };
        var byBodyAndYear = await connection.QueryAsync<BodyYearCounts>(new CommandDefinition("""
            SELECT m.body AS body, extract(year FROM m.meeting_date)::int AS year, count(*) AS meetings,
                   coalesce(sum(a.n), 0)::bigint AS attendees, coalesce(sum(i.n), 0)::bigint AS items, coalesce(sum(x.n), 0)::bigint AS actions
            FROM meetings m
            CROSS JOIN LATERAL (SELECT count(*) AS n FROM attendees WHERE meeting_id = m.id) a
            CROSS JOIN LATERAL (SELECT count(*) AS n FROM items WHERE meeting_id = m.id) i
            CROSS JOIN LATERAL (SELECT count(*) AS n FROM actions WHERE meeting_id = m.id) x
            GROUP BY m.body, extract(year FROM m.meeting_date)
            ORDER BY m.body NULLS LAST, year NULLS LAST
            """, cancellationToken: cancellationToken));
        return new DatabaseSummary(totals, byBodyAndYear.ToList());
    }

    private static Task<long> CountSetAsideAsync(NpgsqlConnection connection, string documentClass, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM documents WHERE status = 'not_minutes' AND document_class = @documentClass", new { documentClass }, cancellationToken: ct));
}
