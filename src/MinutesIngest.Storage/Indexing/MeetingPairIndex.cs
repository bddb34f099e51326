using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Indexing;

/// <summary>Keeps the meeting-level postings of adjacent word pairs (meeting_pair_postings) up to date with the stored meetings.</summary>
/// <remarks>Run by <see cref="MeetingTermIndex"/> under its lock, so one indexer at a time merges a pair's rows.</remarks>
internal static class MeetingPairIndex
{
    // Meetings per transaction: a meeting of ~400 words gives ~350 pairs, so a step groups ~700,000 rows.
    private const int MeetingsPerStep = 2_000;

    /// <summary>SQL of (meeting_id, first, second, items) for the meetings of CTE <paramref name="meetings"/> (column id):
    /// each pair of lexemes one position apart in a meeting's items and actions, and in how many of its items it is.</summary>
    /// <remarks>From the stored tsvectors' own positions, so a pair is listed exactly when <c>search @@ 'first' &lt;-&gt;
    /// 'second'</c> holds: a stop word keeps its position (two words with "of the" between make no pair), an item's title
    /// ends one position before its body begins, and positions a long text leaves out of its vector are out of both.</remarks>
    private static string PairsOf(string meetings) => $"""
        SELECT r.meeting_id, p.first, p.second, sum(r.is_item)::int AS items
        FROM (SELECT i.meeting_id, 1 AS is_item, i.search FROM items i JOIN {meetings} f ON f.id = i.meeting_id
              UNION ALL
              SELECT a.meeting_id, 0, a.search FROM actions a JOIN {meetings} f ON f.id = a.meeting_id) r
        CROSS JOIN LATERAL (
            SELECT DISTINCT x.lexeme AS first, y.lexeme AS second
            FROM (SELECT lexeme, unnest(positions) AS pos FROM unnest(r.search)) x
            JOIN (SELECT lexeme, unnest(positions) AS pos FROM unnest(r.search)) y ON y.pos = x.pos + 1) p
        GROUP BY r.meeting_id, p.first, p.second
        """;

    // A pair's meetings are added to its last row while that holds fewer than RowEntries, else start a new row: rows stay
    // full (a rare pair has one row, not one per range of meeting ids) and an append rewrites at most ~RowEntries.
    private const int RowEntries = 1024;

    private static readonly string AddPendingSql = $"""
        WITH fresh AS MATERIALIZED (
            SELECT id FROM meetings WHERE NOT pairs_indexed ORDER BY id LIMIT {MeetingsPerStep}),
        pairs AS ({PairsOf("fresh")}),
        packed AS (
            SELECT first, second, count(*)::int AS entries,
                   array_agg(meeting_id ORDER BY meeting_id) AS meeting_ids, array_agg(least(items, 32767)::smallint ORDER BY meeting_id) AS item_counts
            FROM pairs GROUP BY first, second),
        placed AS MATERIALIZED (
            SELECT k.*, l.seq AS last_seq, l.entries AS last_entries
            FROM packed k LEFT JOIN LATERAL (
                SELECT p.seq, p.entries FROM meeting_pair_postings p
                WHERE p.first = k.first AND p.second = k.second ORDER BY p.seq DESC LIMIT 1) l ON true),
        appended AS (
            UPDATE meeting_pair_postings p
            SET entries = p.entries + x.entries, meeting_ids = p.meeting_ids || x.meeting_ids, item_counts = p.item_counts || x.item_counts
            FROM placed x WHERE x.last_entries < {RowEntries} AND p.first = x.first AND p.second = x.second AND p.seq = x.last_seq),
        started AS (
            INSERT INTO meeting_pair_postings (first, second, seq, entries, meeting_ids, item_counts)
            SELECT first, second, coalesce(last_seq + 1, 0), entries, meeting_ids, item_counts FROM placed
            WHERE last_entries IS NULL OR last_entries >= {RowEntries}),
        marked AS (UPDATE meetings m SET pairs_indexed = true FROM fresh f WHERE m.id = f.id RETURNING 1),
        counted AS (SELECT count(*) AS n FROM marked)
        UPDATE meeting_term_index_state SET pairs_posted = pairs_posted + (SELECT n FROM counted) RETURNING (SELECT n FROM counted)
        """;

    private const string WasteSql = """
        SELECT s.pairs_posted AS posted, (SELECT count(*) FROM meetings WHERE pairs_indexed) AS live FROM meeting_term_index_state s
        """;

    private const string ClearSql = """
        TRUNCATE meeting_pair_postings;
        UPDATE meetings SET pairs_indexed = false WHERE pairs_indexed;
        UPDATE meeting_term_index_state SET pairs_posted = 0;
        """;

    /// <summary>Adds every meeting not yet posted; first rebuilds when most of what the postings list was deleted since.</summary>
    public static async Task<long> UpdateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var (posted, live) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(WasteSql, cancellationToken: cancellationToken));
        // As for single words: deleted meetings cost only space and reading time, so they are dropped once they outnumber the live.
        if (posted - live > Math.Max(live, 1000)) await ClearAsync(connection, cancellationToken);
        return await AddPendingAsync(connection, cancellationToken);
    }

    /// <summary>Drops the postings and builds them again from every stored meeting.</summary>
    public static async Task<long> RebuildAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await ClearAsync(connection, cancellationToken);
        return await AddPendingAsync(connection, cancellationToken);
    }

    private static Task ClearAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(ClearSql, commandTimeout: 0, cancellationToken: cancellationToken));

    private static async Task<long> AddPendingAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        long total = 0;
        while (true)
        {
            // Each step commits on its own, so an interrupted build keeps what it finished. A meeting deleted while its
            // step runs may still be posted: its id is never reused and every query joins meetings.
            var added = await connection.ExecuteScalarAsync<long>(new CommandDefinition(AddPendingSql, commandTimeout: 0, cancellationToken: cancellationToken));
            total += added;
            if (added < MeetingsPerStep) return total;
        }
    }
}
