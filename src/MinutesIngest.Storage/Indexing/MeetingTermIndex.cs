using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Indexing;

/// <summary>Keeps the meeting-level word postings (meeting_term_postings, and through <see cref="MeetingPairIndex"/> the
/// word-pair postings) up to date with the stored meetings.</summary>
public static class MeetingTermIndex
{
    /// <summary>Meetings per postings row; a word's rows are its meetings grouped by meeting_id / ChunkSize.</summary>
    public const int ChunkSize = 1024;

    // Meetings per transaction: bounds the memory of the grouping, lets a long first build keep what it did, and bounds
    // how long a writer replacing documents waits for the counts lock (a step of 5,000 took ~3 s under load).
    private const int MeetingsPerStep = 5_000;

    private const long LockKey = 0x4d494e5554455333; // "MINUTES3": one indexer at a time, so no two merge the same row.

    /// <summary>Held (per transaction) by an indexing step and by a writer deleting meetings: the per-month counts are
    /// added for a meeting by the one and taken away by the other, so the two must not interleave.</summary>
    public const long CountsLockKey = 0x4d494e5554455334; // "MINUTES4"

    /// <summary>SQL of (meeting_id, lexeme, items) for the meetings of CTE <paramref name="meetings"/> (column id): each word
    /// of a meeting's items and actions, and in how many of its items it is.</summary>
    internal static string WordsOf(string meetings) => $"""
        SELECT x.meeting_id, x.lexeme, sum(x.is_item)::int AS items
        FROM (SELECT i.meeting_id, 1 AS is_item, unnest(tsvector_to_array(i.search)) AS lexeme FROM items i JOIN {meetings} f ON f.id = i.meeting_id
              UNION ALL
              SELECT a.meeting_id, 0, unnest(tsvector_to_array(a.search)) FROM actions a JOIN {meetings} f ON f.id = a.meeting_id) x
        GROUP BY x.meeting_id, x.lexeme
        """;

    // Words come from the stored tsvectors, so a posting matches exactly what `search @@ 'word'` matches.
    private static readonly string AddPendingSql = $"""
        WITH fresh AS MATERIALIZED (
            SELECT id, meeting_month FROM meetings WHERE NOT terms_indexed ORDER BY id LIMIT {MeetingsPerStep}),
        words AS MATERIALIZED ({WordsOf("fresh")}),
        packed AS (
            SELECT lexeme, (meeting_id / {ChunkSize})::int AS chunk,
                   array_agg(meeting_id ORDER BY meeting_id) AS meeting_ids, array_agg(least(items, 32767)::smallint ORDER BY meeting_id) AS item_counts
            FROM words GROUP BY lexeme, meeting_id / {ChunkSize}),
        merged AS (
            INSERT INTO meeting_term_postings AS p (lexeme, chunk, meeting_ids, item_counts)
            SELECT lexeme, chunk, meeting_ids, item_counts FROM packed
            ON CONFLICT (lexeme, chunk) DO UPDATE
                SET meeting_ids = p.meeting_ids || excluded.meeting_ids, item_counts = p.item_counts || excluded.item_counts),
        monthly AS (
            INSERT INTO term_months AS t (lexeme, month, meetings, items)
            SELECT w.lexeme, f.meeting_month, count(*), sum(w.items) FROM words w JOIN fresh f ON f.id = w.meeting_id
            WHERE f.meeting_month IS NOT NULL
            GROUP BY w.lexeme, f.meeting_month
            ON CONFLICT (lexeme, month) DO UPDATE SET meetings = t.meetings + excluded.meetings, items = t.items + excluded.items),
        {AddWordSets("words")},
        marked AS (UPDATE meetings m SET terms_indexed = true FROM fresh f WHERE m.id = f.id RETURNING 1),
        counted AS (SELECT count(*) AS n FROM marked)
        UPDATE meeting_term_index_state SET meetings_posted = meetings_posted + (SELECT n FROM counted) RETURNING (SELECT n FROM counted)
        """;

    // Each meeting's word set (meeting_words) from rows (meeting_id, lexeme) of CTE <words>, one row per meeting and lexeme.
    private static string AddWordSets(string words) => $"""
        word_sets AS (
            INSERT INTO meeting_words (meeting_id, words)
            SELECT meeting_id, array_to_tsvector(array_agg(lexeme)) FROM {words} GROUP BY meeting_id
            ON CONFLICT (meeting_id) DO UPDATE SET words = excluded.words)
        """;

    // Meetings indexed before meeting_words existed (migration 0021) get their word sets in steps, in id order.
    private static readonly string BackfillWordsSql = $"""
        WITH fresh AS MATERIALIZED (
            SELECT id FROM meetings WHERE terms_indexed AND id > @After ORDER BY id LIMIT {MeetingsPerStep}),
        words AS ({WordsOf("fresh")}),
        {AddWordSets("words")}
        SELECT max(id) FROM fresh
        """;

    private const string WasteSql = """
        SELECT s.meetings_posted AS posted, (SELECT count(*) FROM meetings WHERE terms_indexed) AS live FROM meeting_term_index_state s
        """;

    private const string ClearSql = """
        TRUNCATE meeting_term_postings, term_months, meeting_words;
        UPDATE meetings SET terms_indexed = false WHERE terms_indexed;
        UPDATE meeting_term_index_state SET meetings_posted = 0, words_backfilled = true;
        """;

    /// <summary>Adds every meeting not yet in the postings; first rebuilds them when most of what they list was deleted since.</summary>
    /// <returns>How many meetings were added.</returns>
    public static Task<long> UpdateAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default) =>
        UnderLockAsync(connection, async () =>
        {
            var (posted, live) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(WasteSql, cancellationToken: cancellationToken));
            // Deleted meetings only cost space and reading time (queries join meetings, and ids are never reused), so the
            // postings are rebuilt only once they list more dead meetings than live ones — after a reparse, say.
            if (posted - live > Math.Max(live, 1000)) await ClearAsync(connection, cancellationToken);
            var added = await AddPendingAsync(connection, cancellationToken);
            await BackfillWordsAsync(connection, cancellationToken);
            await MeetingPairIndex.UpdateAsync(connection, cancellationToken);
            return added;
        }, cancellationToken);

    /// <summary>Drops the postings and builds them again from every stored meeting.</summary>
    /// <returns>How many meetings were added.</returns>
    public static Task<long> RebuildAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default) =>
        UnderLockAsync(connection, async () =>
        {
            await ClearAsync(connection, cancellationToken);
            var added = await AddPendingAsync(connection, cancellationToken);
            await MeetingPairIndex.RebuildAsync(connection, cancellationToken);
            return added;
        }, cancellationToken);

    private static async Task<long> UnderLockAsync(NpgsqlConnection connection, Func<Task<long>> work, CancellationToken cancellationToken)
    {
        // Waits as long as another run's update takes.
        await connection.ExecuteAsync(new CommandDefinition($"SELECT pg_advisory_lock({LockKey})", commandTimeout: 0, cancellationToken: cancellationToken));
        try
        {
            return await work();
        }
        finally
        {
            // A session lock outlives a failed statement; a broken connection releases it anyway.
            if (connection.State == System.Data.ConnectionState.Open)
                await connection.ExecuteAsync(new CommandDefinition($"SELECT pg_advisory_unlock({LockKey})", cancellationToken: CancellationToken.None));
        }
    }

    private static Task ClearAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(ClearSql, commandTimeout: 0, cancellationToken: cancellationToken));

    private static async Task BackfillWordsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT words_backfilled FROM meeting_term_index_state", cancellationToken: cancellationToken)))
            return;
        long after = 0;
        while (true)
        {
            // Under the counts lock, as a step of AddPendingAsync: a writer deleting meetings waits, so no word set
            // is written for a meeting deleted meanwhile.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition($"SELECT pg_advisory_xact_lock({CountsLockKey})", transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken));
            var last = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(BackfillWordsSql, new { After = after }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));
            if (last is null)
                await connection.ExecuteAsync(new CommandDefinition("UPDATE meeting_term_index_state SET words_backfilled = true", transaction: transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            if (last is not { } id) return;
            after = id;
        }
    }

    private static async Task<long> AddPendingAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        long total = 0;
        while (true)
        {
            // Each step commits on its own: an interrupted build keeps what it finished and the next update goes on from there.
            // The counts lock is taken by a statement of its own, so the step's statement (read committed) sees every
            // deletion committed before it.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition($"SELECT pg_advisory_xact_lock({CountsLockKey})", transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken));
            // No command timeout: a step's time grows with the words of its meetings and the machine's load (one took over
            // Npgsql's default 30 s at load average ~20); cancellation still stops it.
            var added = await connection.ExecuteScalarAsync<long>(new CommandDefinition(AddPendingSql, transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            total += added;
            if (added < MeetingsPerStep) return total;
        }
    }
}
