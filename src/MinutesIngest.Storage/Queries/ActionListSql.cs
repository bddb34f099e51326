using Dapper;
using MinutesIngest.Storage.Topics;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>
/// The action-list query over <c>actions</c> or <c>suggested_actions</c> (same columns, same indexes: migrations 0002 and
/// 0008), so explicit and suggested actions take the same filters and never share a list.
/// </summary>
internal static class ActionListSql
{
    // An owner matches on the action's own owner text, or through the attendee the owner stands for: the owner may be
    // written as initials ("SR", "JS/AB"), a role ("Clerk") or a first name, while the user types any of name, initials
    // or role. Words match as a phrase of whole words ('simple' text search: no stemming, so "SR" is not inside "Mrs").
    // owner_search holds those words, each attendee apart (migration 0016), so one index answers it, and the planner can
    // walk the newest meetings for an owner on thousands of actions or read the index for one on a few.
    private const string OwnerMatch = "a.owner_search @@ phraseto_tsquery('simple', translate(@Owner, '/&,;', '    '))";

    // The filtered rows of <from> (rows a of the table joined to their meetings m); columns the outer query needs for
    // ordering and progress come along (meeting_date, series_key, ...), and whether the row is already known to pass
    // ActionProgressSql.MayBeOpen.
    private static string Select(string from, bool prechecked, string extraColumns) => $"""
        SELECT m.document_id AS documentid, d.path AS documentpath, m.body_name AS body, m.title, to_char(m.meeting_date, 'YYYY-MM-DD') AS date,
               a.item_number AS itemnumber, a.text, a.owner, a.owner_name AS ownername,
               to_char(a.due, 'YYYY-MM-DD') AS due, a.due AS due_date, m.meeting_date, m.series_key, m.id AS meeting_id, a.position,
               {(prechecked ? "true" : "false")} AS prechecked{extraColumns}
        FROM {from}
        JOIN documents d ON d.id = m.document_id
        WHERE {BodyMatcher.SqlFilter}
          AND (@From::date IS NULL OR m.meeting_date >= @From::date)
          AND (@To::date IS NULL OR m.meeting_date <= @To::date)
          AND (@Query::text IS NULL OR a.search @@ websearch_to_tsquery('english', @Query))
          AND (NOT @Overdue OR a.due < @AsOf::date)
          -- An action recorded after the as-of date was not yet open, nor overdue, on it.
          AND (NOT (@Overdue OR @Open) OR m.meeting_date IS NULL OR m.meeting_date <= @AsOf::date)
          AND (@topic::int IS NULL OR {TopicFilterSql.ForActions("a")})
          AND (@Owner::text IS NULL OR
        """;

    private static string Filtered(string from, bool prechecked, string extraColumns) =>
        Select(from, prechecked, extraColumns) + "\n" + OwnerMatch + "\n)";

    private static string AllRows(string table) => $"{table} a JOIN meetings m ON m.id = a.meeting_id";

    // An open or overdue list of actions takes, in a series whose open_action_candidates are current at the as-of date
    // (migration 0020), only those candidates, already checked; in any other series (changed since, or with meetings
    // after the as-of date) every action, checked in the outer query. Every series has a series_follow row, so the two
    // parts together hold every action.
    private const string Candidates = """
        open_action_candidates c
        JOIN actions a ON a.id = c.action_id
        JOIN meetings m ON m.id = a.meeting_id
        JOIN series_follow f ON f.series_key = m.series_key AND f.latest <= @AsOf::date
        """;

    private const string NotCurrent = """
        (SELECT series_key FROM series_follow WHERE latest IS NULL OR latest > @AsOf::date) f
        JOIN meetings m ON m.series_key = f.series_key
        JOIN actions a ON a.meeting_id = m.id
        """;

    private const string InnerOrder = """
        ORDER BY meeting_date DESC NULLS LAST, meeting_id, position
        LIMIT @InnerLimit OFFSET @InnerOffset
        """;

    private static string Inner(string table, string extraColumns, bool fromCandidates) => fromCandidates
        ? $"({Filtered(Candidates, true, extraColumns)})\nUNION ALL\n({Filtered(NotCurrent, false, extraColumns)})\n{InnerOrder}"
        : $"{Filtered(AllRows(table), false, extraColumns)}\n{InnerOrder}";

    /// <summary>How many candidates, per row asked for, the first pass of an open or overdue list reads at most.</summary>
    /// <remarks>Open actions sit mostly in the newest meetings of each series, so the newest candidates usually fill the
    /// list; with a bound, the planner walks meetings newest first (an index scan stopping early) instead of gathering
    /// and sorting every candidate of the archive, which is what made "overdue" grow with it.</remarks>
    public const int FirstPassPerRow = 20;

    // Without progress (suggested actions) every row is open and none carried forward.
    private const string NoProgress = "CROSS JOIN (SELECT false AS carried_forward, NULL::text AS closed_by, false AS repeated_as_action) p";

    // Progress is read per listed row, after the limit, unless --open or --overdue filter on it; then rows are read in
    // list order until enough pass. The item title is looked up for the listed rows only.
    private static string Outer(string inner, string outputColumns, bool progress) => $"""
        SELECT x.documentid, x.documentpath, x.body, x.title, x.date, x.itemnumber, it.title AS itemtitle, x.text, x.owner, x.ownername, x.due,
               coalesce(x.due_date < @AsOf::date AND p.closed_by IS NULL AND NOT p.repeated_as_action
                        AND (x.meeting_date IS NULL OR x.meeting_date <= @AsOf::date), false) AS overdue{outputColumns}
        FROM ({inner}) x
        {(progress ? ActionProgressSql.Lateral("x") : NoProgress)}
        LEFT JOIN LATERAL (SELECT t.title FROM items t WHERE t.meeting_id = x.meeting_id AND t.number = x.itemnumber ORDER BY t.position LIMIT 1) it ON true
        -- A row a later meeting lists again as an action is represented there: open or overdue, it is listed once.
        WHERE (NOT (@Overdue OR @Open) OR (p.closed_by IS NULL AND NOT p.repeated_as_action))
          -- On x alone, so it is checked on each row in list order before progress is read, which it spares most closed rows.
          AND (NOT (@Overdue OR @Open) OR x.prechecked OR {(progress ? ActionProgressSql.MayBeOpen("x", "x") : "true")})
        ORDER BY x.meeting_date DESC NULLS LAST, x.meeting_id, x.position
        LIMIT @Limit
        """;

    /// <summary>The rows of <paramref name="table"/> passing the filter (with <paramref name="extraColumns"/> selected), or a message when its words cannot be searched;
    /// <paramref name="outputColumns"/> are the extra columns of the result, read from the inner row x or the progress p.</summary>
    public static async Task<(IReadOnlyList<T> Rows, string? Message)> RunAsync<T>(NpgsqlConnection connection, ActionFilter filter, string table,
        string extraColumns, string outputColumns, bool progress, CancellationToken cancellationToken)
    {
        if (DateRange.Problem(filter.From, filter.To) is { } dates) return ([], dates);
        // A body no meeting has would list nothing, which reads as "no actions there"; name the nearest bodies instead.
        var (bodies, unknown) = await BodyMatcher.ResolveOneAsync(connection, filter.Body, cancellationToken);
        if (unknown != null) return ([], unknown);
        string? query = null;
        if (filter.Query != null && SearchText.Clean(filter.Query) is { Length: > 0 } text)
        {
            if (await SearchText.ProblemAsync(connection, text, cancellationToken) is { } problem) return ([], problem);
            query = text;
        }
        var owner = SearchText.Clean(filter.Owner);
        var limit = filter.Limit is { } n ? Math.Max(0, n) : (int?)null;
        // When progress filters the rows, the limit can only be applied after it.
        var filtersOnProgress = progress && (filter.Overdue || filter.Open);
        var sql = Outer(Inner(table, extraColumns, filtersOnProgress), outputColumns, progress);
        // Owner or words pick their candidates through an index, few enough to read at once; a second pass would read them twice.
        var firstPass = filtersOnProgress && limit is > 0 && owner.Length == 0 && query == null ? limit.Value * FirstPassPerRow : (int?)null;
        var asOf = (filter.AsOf ?? DateOnly.FromDateTime(DateTime.Now)).ToDateTime(TimeOnly.MinValue);
        var rows = (await QueryAsync(firstPass, 0, limit)).ToList();
        // Fewer than asked for: the candidates past those the first pass read may hold the rest, in list order after them.
        if (firstPass is { } read && rows.Count < limit)
            rows.AddRange(await QueryAsync(null, read, limit - rows.Count));
        return (rows, null);

        Task<IEnumerable<T>> QueryAsync(int? innerLimit, int innerOffset, int? outerLimit) => connection.QueryAsync<T>(new CommandDefinition(sql, new
        {
            Bodies = bodies,
            From = filter.From?.ToDateTime(TimeOnly.MinValue),
            To = filter.To?.ToDateTime(TimeOnly.MinValue),
            Query = query,
            filter.Overdue,
            filter.Open,
            AsOf = asOf,
            Owner = owner.Length == 0 ? null : owner,
            Limit = outerLimit,
            InnerLimit = filtersOnProgress ? innerLimit : outerLimit,
            InnerOffset = innerOffset,
            topic = filter.TopicId,
            topicWeight = TopicStore.OccurrenceWeight,
        }, cancellationToken: cancellationToken));
    }
}
