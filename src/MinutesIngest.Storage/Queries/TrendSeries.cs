using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>One series a trend counts: its label and the stored bodies it covers, each with one committee series (null: every meeting of the body).</summary>
public sealed record TrendSeries(string Label, IReadOnlyList<(string Body, string? Series)> Members)
{
    // Dated meetings per body and series ('' for a meeting with no series), within the bodies and dates asked for.
    private const string CommitteesSql = """
        SELECT body, coalesce(series, '') AS series, count(*) AS meetings FROM meetings
        WHERE body IS NOT NULL AND meeting_date IS NOT NULL AND (@Bodies::text[] IS NULL OR body = ANY (@Bodies::text[]))
          AND (@From::date IS NULL OR meeting_date >= @From::date) AND (@To::date IS NULL OR meeting_date <= @To::date)
        GROUP BY 1, 2
        """;

    /// <summary>One series per --body filter: every meeting of the bodies it names.</summary>
    public static IReadOnlyList<TrendSeries> OfBodies(IReadOnlyList<BodyMatch> matches) =>
        matches.Select(m => new TrendSeries(m.Filter, m.Bodies.Select(b => (b, (string?)null)).ToList())).ToList();

    /// <summary>One series per body and committee series ("Body — Planning Committee"), of the bodies named (none: every body),
    /// by body then series; past <paramref name="max"/> only the busiest are kept and the note says so.</summary>
    public static async Task<(IReadOnlyList<TrendSeries> Series, string? Note)> OfCommitteesAsync(NpgsqlConnection connection, IReadOnlyList<BodyMatch> matches,
        DateOnly? from, DateOnly? to, int max, CancellationToken cancellationToken = default)
    {
        var bodies = matches.Count == 0 ? null : matches.SelectMany(m => m.Bodies).Distinct(StringComparer.Ordinal).ToArray();
        var rows = (await connection.QueryAsync<(string Body, string Series, long Meetings)>(new CommandDefinition(CommitteesSql, new
        {
            Bodies = bodies,
            From = from?.ToDateTime(TimeOnly.MinValue),
            To = to?.ToDateTime(TimeOnly.MinValue),
        }, cancellationToken: cancellationToken))).ToList();
        var kept = rows.OrderByDescending(r => r.Meetings).ThenBy(r => r.Body, StringComparer.Ordinal).ThenBy(r => r.Series, StringComparer.Ordinal).Take(max)
            .OrderBy(r => r.Body, StringComparer.Ordinal).ThenBy(r => r.Series, StringComparer.Ordinal)
            .Select(r => new TrendSeries(NameOf(r.Body, r.Series), [(r.Body, r.Series)])).ToList();
        var note = rows.Count > max
            ? $"The {max} series with the most meetings of {rows.Count}: name bodies with --body to compare the others."
            : null;
        return (kept, note);
    }

    /// <summary>How a body's committee series is written: "Body — Series", or "Body — (no series)".</summary>
    public static string NameOf(string body, string? series) => $"{body} — {(string.IsNullOrEmpty(series) ? "(no series)" : series)}";
}
