using Dapper;
using MinutesIngest.Storage.Topics;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Ranked full-text search over items and actions (websearch_to_tsquery, ts_rank, ts_headline).</summary>
public static class SearchQuery
{
    public const int MaxLimit = 500;

    /// <summary>When more items or actions match than this (or than the limit asked for, if larger), only that many of the
    /// most recent matches are ranked.</summary>
    /// <remarks>The window is what a common word costs: scripts/bench-query over 100,000 meetings walked ~3,000 of them
    /// (18,000 items) for the newest 500 matches of a two-word phrase, ~140 ms; 100 matches take a fifth of that.</remarks>
    public const int RankWindow = 100;

    private const string Filters = $"""
        {BodyMatcher.SqlFilter}
        AND (@From::date IS NULL OR m.meeting_date >= @From::date)
        AND (@To::date IS NULL OR m.meeting_date <= @To::date)
        """;

    // --topic (issue 7): an item carrying the topic, or an action under such an item.
    private static string TopicFilter(string kind) =>
        $"(@topic::int IS NULL OR {(kind == "item" ? TopicFilterSql.ForItems("x") : TopicFilterSql.ForActions("x"))})";

    /// <summary>Newest meetings (within the filters) whose matches the probe counts, to judge how far a walk would go.</summary>
    public const int ProbeMeetings = 200;

    /// <summary>A walk expected to pass more meetings than this to fill the window is slower than ranking every match.</summary>
    public const int MaxWalkMeetings = 2000;

    // Per table, how many matches are in the newest ProbeMeetings meetings: a word common overall but rare lately (or
    // within the filters) would send the walk through most meetings for a few matches.
    private static string RecentSql(SearchTerms t) => $"""
        SELECT {RecentCount(t, "items")} AS recentitems, {RecentCount(t, "actions")} AS recentactions
        """;

    // Per table, does more match than the window (counting stops at the window + 1). Only asked when the recent count
    // leaves it open: the word index hands over every match before the count can stop (15,000 for a phrase at 20,000
    // meetings), so this grows with the archive.
    private static string CountSql(SearchTerms t, bool items, bool actions) => $"""
        SELECT {(items ? $"(SELECT count(*) FROM (SELECT 1 FROM items x WHERE {t.Match("x")} LIMIT @Window + 1) i)" : "0::bigint")} AS items,
               {(actions ? $"(SELECT count(*) FROM (SELECT 1 FROM actions x WHERE {t.Match("x")} LIMIT @Window + 1) a)" : "0::bigint")} AS actions
        """;

    // Meeting by meeting (the lateral subquery, kept apart by OFFSET 0): misjudging a phrase as rare, the planner read
    // every match of it through the word index and hashed them against these meetings (44 ms for 7,500 matches at 10,000
    // meetings, growing with the archive), where the few items of 200 meetings are read by meeting.
    private static string RecentCount(SearchTerms t, string table) => $"""
        (SELECT count(*) FROM (SELECT m.id FROM meetings m WHERE {Filters} ORDER BY m.meeting_date DESC NULLS LAST, m.id DESC LIMIT {ProbeMeetings}) m
         CROSS JOIN LATERAL (SELECT 1 FROM {table} x WHERE x.meeting_id = m.id AND {t.Match("x")} AND {TopicFilter(table == "items" ? "item" : "action")} OFFSET 0) x)
        """;

    // Few matches in a table: rank them all (the best may be the last found).
    private static string AllMatches(SearchTerms t, string kind, string table) => $"""
        SELECT '{kind}' AS kind, x.id, x.meeting_id, m.meeting_date, {t.Rank("x", "q.tsq", "q.xq")} AS rank
        FROM {table} x CROSS JOIN q JOIN meetings m ON m.id = x.meeting_id WHERE {t.Match("x", "q.tsq", "q.xq")} AND {Filters} AND {TopicFilter(kind)}
        """;

    // Many matches: reading and ranking every one of hundreds of thousands is what makes a common word slow, so the
    // newest RankWindow are taken by walking meetings newest first (an index scan that stops early) and ranked among
    // themselves. Each table decides on its own: a word common in items may be rare in actions, where the walk would
    // read every meeting for nothing.
    // The lateral subquery (kept apart by OFFSET 0) makes the walk explicit: the planner, misjudging a phrase's matches,
    // otherwise read and hashed every match to sort them by date.
    private static string RecentMatches(SearchTerms t, string kind, string table) => $"""
        (SELECT '{kind}' AS kind, x.id, m.id AS meeting_id, m.meeting_date, x.rank
         FROM meetings m CROSS JOIN LATERAL (
             SELECT x.id, {t.Rank("x")} AS rank FROM {table} x
             WHERE x.meeting_id = m.id AND {t.Match("x")} AND {TopicFilter(kind)} OFFSET 0) x
         WHERE {Filters}
         ORDER BY m.meeting_date DESC NULLS LAST, m.id DESC LIMIT @Window)
        """;

    // Items and actions each walk newest first or rank every match; the terms decide which columns are matched.
    private static string Sql(SearchTerms t, bool recentItems, bool recentActions) => $"""
        WITH q AS (SELECT {SearchTerms.StemmedQuery} AS tsq, {SearchTerms.ExactQuery} AS xq),
        hits AS (
            {(recentItems ? RecentMatches(t, "item", "items") : AllMatches(t, "item", "items"))}
            UNION ALL
            {(recentActions ? RecentMatches(t, "action", "actions") : AllMatches(t, "action", "actions"))}),
        {KeepAndDescribe(t.Headline("q.tsq", "q.xq"))}
        """;

    // Snippets, the costly part, are cut for the kept rows only. An item's body usually repeats its heading, so the
    // title is prefixed only when the body lacks it; line breaks become spaces.
    private static string KeepAndDescribe((string Config, string Query) headline) => $"""
        kept AS (
            SELECT h.kind, h.id, h.rank, h.meeting_date, count(*) OVER () AS total,
                   greatest(count(*) FILTER (WHERE h.kind = 'item') OVER (), count(*) FILTER (WHERE h.kind = 'action') OVER ()) AS fullerhalf
            FROM hits h
            ORDER BY h.rank DESC, h.meeting_date DESC NULLS LAST, h.kind DESC, h.id
            LIMIT @Limit)
        SELECT k.kind, k.rank::float8 AS rank, k.total, k.fullerhalf, m.document_id AS documentid, d.path AS documentpath, m.body_name AS body, m.title,
               to_char(m.meeting_date, 'YYYY-MM-DD') AS date,
               coalesce(i.number, a.item_number) AS itemnumber, coalesce(i.title, ai.title) AS itemtitle, a.owner,
               ts_headline('{headline.Config}', regexp_replace(
                   CASE WHEN k.kind = 'action' THEN concat_ws(' — ', a.text, a.owner, a.owner_name)
                        WHEN i.body = '' THEN i.title
                        WHEN i.title IS NULL OR strpos(i.body, i.title) > 0 THEN i.body
                        ELSE i.title || '. ' || i.body END, '\s+', ' ', 'g'),
                   {headline.Query}, @Options) AS snippet
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
        if (DateRange.Problem(request.From, request.To) is { } dates) return SearchResult.Problem(dates);
        var text = SearchText.Clean(request.Query);
        var (terms, problem) = await SearchTerms.ResolveAsync(connection, text, request.Exact, cancellationToken);
        if (problem != null) return SearchResult.Problem(problem);
        var (bodies, unknown) = await BodyMatcher.ResolveOneAsync(connection, request.Body, cancellationToken);
        if (unknown != null) return SearchResult.Problem(unknown);
        var limit = Math.Clamp(request.Limit, 1, MaxLimit);
        var window = Math.Max(RankWindow, limit);
        var filters = new
        {
            Query = terms.Stemmed,
            terms.Exact,
            Window = window,
            Bodies = bodies,
            From = request.From?.ToDateTime(TimeOnly.MinValue),
            To = request.To?.ToDateTime(TimeOnly.MinValue),
            topic = request.TopicId,
            topicWeight = TopicStore.OccurrenceWeight,
        };
        var (recentItems, recentActions) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(RecentSql(terms), filters,
            cancellationToken: cancellationToken));
        bool? walkItems = WalksByRecent(recentItems, window), walkActions = WalksByRecent(recentActions, window);
        if (walkItems is null || walkActions is null)
        {
            var (items, actions) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
                CountSql(terms, walkItems is null, walkActions is null), filters, cancellationToken: cancellationToken));
            walkItems ??= Walks(items, recentItems, window);
            walkActions ??= Walks(actions, recentActions, window);
        }
        var recentOnly = walkItems.Value || walkActions.Value;
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Sql(terms, walkItems.Value, walkActions.Value), new
        {
            filters.Query,
            filters.Exact,
            filters.Window,
            filters.Bodies,
            filters.From,
            filters.To,
            Limit = limit,
            Options = Highlight.HeadlineOptions,
            filters.topic,
            filters.topicWeight,
        }, cancellationToken: cancellationToken))).ToList();
        var hits = rows.Select(r => new SearchHit(r.Kind, r.Rank, r.DocumentId, r.DocumentPath, r.Body, r.Title, r.Date,
            r.ItemNumber, r.ItemTitle, r.Owner, r.Snippet)).ToList();
        // The window is full when either half of it is: then more matched than were ranked.
        var full = recentOnly && rows.Count > 0 && rows[0].FullerHalf >= window;
        return new SearchResult(hits, rows.Count == 0 ? 0 : rows[0].Total, null) { RankedRecentOnly = full };
    }

    // Walk when more match than the window and the newest meetings hold enough of them to fill it within MaxWalkMeetings.
    private static bool Walks(long matches, long recent, int window) =>
        matches > window && recent * MaxWalkMeetings >= (long)window * ProbeMeetings;

    // What Walks answers from the recent count alone (null: the count of all matches decides): the recent matches are
    // some of all matches (these have no body, date or topic filter), so more recent ones than the window is more matches.
    private static bool? WalksByRecent(long recent, int window) =>
        recent * MaxWalkMeetings < (long)window * ProbeMeetings ? false : recent > window ? true : null;

    // Dapper maps the columns by name, case-insensitively; the extra total column keeps it from fitting the public record.
    private sealed class Row
    {
        public string Kind { get; init; } = "";
        public double Rank { get; init; }
        public long Total { get; init; }
        public long FullerHalf { get; init; }
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
