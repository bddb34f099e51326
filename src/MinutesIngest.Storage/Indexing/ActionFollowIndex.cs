using Dapper;
using MinutesIngest.Storage.Queries;
using Npgsql;

namespace MinutesIngest.Storage.Indexing;

/// <summary>Keeps open_action_candidates (the actions that may still be open after their series' latest meeting) current
/// for every series a run changed (migration 0020).</summary>
public static class ActionFollowIndex
{
    // A step commits on its own, so a long first build keeps what it did; a series is never split between steps.
    private const int SeriesPerStep = 20;

    private const long LockKey = 0x4d494e5554455335; // "MINUTES5": one builder at a time.

    private const string PendingSql = """
        SELECT series_key AS key, version FROM series_follow WHERE latest IS NULL AND (@After::text IS NULL OR series_key > @After) ORDER BY series_key LIMIT @Step
        """;

    // By each meeting's series now, so the rows of a meeting moved from another series go too (both are pending).
    private const string ForgetSql = """
        DELETE FROM open_action_candidates c USING actions a, meetings m
        WHERE c.action_id = a.id AND a.meeting_id = m.id AND m.series_key = ANY(@Keys)
        """;

    // With no as-of bound: the lists use these rows only when their as-of date is on or after the series' latest meeting.
    private static readonly string AddSql = $"""
        INSERT INTO open_action_candidates (action_id)
        SELECT a.id FROM meetings m JOIN actions a ON a.meeting_id = m.id
        WHERE m.series_key = ANY(@Keys) AND {ActionProgressSql.MayBeOpen("m", "a", "'infinity'::date")}
        ON CONFLICT DO NOTHING
        """;

    // A series changed since it was read as pending (its version moved on) stays pending for the next update.
    private const string MarkSql = """
        UPDATE series_follow f SET latest = coalesce((SELECT max(lm.meeting_date) FROM meetings lm WHERE lm.series_key = f.series_key), '-infinity')
        FROM unnest(@Keys, @Versions) AS t(key, version)
        WHERE f.series_key = t.key AND f.version = t.version
        """;

    private const string PendAllSql = """
        SELECT minutes_follow_pending(ARRAY(SELECT DISTINCT series_key FROM meetings));
        UPDATE series_follow SET latest = NULL, version = version + 1 WHERE latest IS NOT NULL;
        """;

    /// <summary>Computes the candidates of every pending series, each once.</summary>
    /// <returns>How many series were brought up to date.</returns>
    public static async Task<long> UpdateAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        // Waits as long as another run's update takes.
        await connection.ExecuteAsync(new CommandDefinition($"SELECT pg_advisory_lock({LockKey})", commandTimeout: 0, cancellationToken: cancellationToken));
        try
        {
            long done = 0;
            string? after = null;
            while (true)
            {
                // By key order from where the last step ended: a series a concurrent writer keeps changing is not retried here.
                var pending = (await connection.QueryAsync<(string Key, long Version)>(new CommandDefinition(PendingSql,
                    new { After = after, Step = SeriesPerStep }, cancellationToken: cancellationToken))).ToList();
                if (pending.Count == 0) return done;
                var keys = pending.Select(p => p.Key).ToArray();
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                // No command timeout: a step's time grows with its series' actions and the machine's load.
                await connection.ExecuteAsync(new CommandDefinition(ForgetSql, new { Keys = keys }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(AddSql, new { Keys = keys }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));
                done += await connection.ExecuteAsync(new CommandDefinition(MarkSql, new { Keys = keys, Versions = pending.Select(p => p.Version).ToArray() },
                    transaction, commandTimeout: 0, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                after = keys[^1];
            }
        }
        finally
        {
            // A session lock outlives a failed statement; a broken connection releases it anyway.
            if (connection.State == System.Data.ConnectionState.Open)
                await connection.ExecuteAsync(new CommandDefinition($"SELECT pg_advisory_unlock({LockKey})", cancellationToken: CancellationToken.None));
        }
    }

    /// <summary>Marks every series pending and computes them all again.</summary>
    /// <returns>How many series were computed.</returns>
    public static async Task<long> RebuildAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        await connection.ExecuteAsync(new CommandDefinition(PendAllSql, commandTimeout: 0, cancellationToken: cancellationToken));
        return await UpdateAsync(connection, cancellationToken);
    }
}
