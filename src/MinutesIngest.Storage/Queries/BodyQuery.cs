using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>The bodies meetings are filed under (<c>minutes bodies</c>) and merging two of them.</summary>
public static class BodyQuery
{
    private const string ListSql = """
        SELECT m.body, count(*) AS meetings, to_char(min(m.meeting_date), 'YYYY-MM-DD') AS firstdate, to_char(max(m.meeting_date), 'YYYY-MM-DD') AS lastdate,
               string_agg(DISTINCT m.body_as_found, E'\n') FILTER (WHERE m.body_as_found IS NOT NULL AND m.body_as_found IS DISTINCT FROM m.body) AS aliaslist,
               count(DISTINCT m.series) AS seriescount
        FROM meetings m GROUP BY m.body ORDER BY m.body NULLS LAST
        """;

    private const string UnstatedSql = "SELECT d.path FROM meetings m JOIN documents d ON d.id = m.document_id WHERE m.body IS NULL ORDER BY d.path";

    // The merged body's own name becomes an alias of the one it joins, so it is still listed.
    private const string MergeSql = """
        UPDATE meetings SET body_as_found = coalesce(body_as_found, body), body = @Into WHERE lower(body) = lower(@From) AND body IS DISTINCT FROM @Into
        """;

    public static async Task<IReadOnlyList<BodySummary>> ListAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        var rows = (await connection.QueryAsync<BodySummary>(new CommandDefinition(ListSql, cancellationToken: cancellationToken))).ToList();
        var unstated = rows.FindIndex(r => r.Body == null);
        if (unstated >= 0)
            rows[unstated] = rows[unstated] with { Paths = (await connection.QueryAsync<string>(new CommandDefinition(UnstatedSql, cancellationToken: cancellationToken))).ToList() };
        return rows;
    }

    /// <summary>Files every meeting of body <paramref name="from"/> (any case) under <paramref name="into"/>; returns how many meetings moved.</summary>
    public static Task<int> MergeAsync(NpgsqlConnection connection, string into, string from, CancellationToken cancellationToken = default) =>
        connection.ExecuteAsync(new CommandDefinition(MergeSql, new { Into = into, From = from }, cancellationToken: cancellationToken));
}
