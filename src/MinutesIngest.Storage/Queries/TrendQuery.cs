using System.Globalization;
using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Per period, how many meetings mention a topic out of how many were held, and how many items match; periods without meetings included.</summary>
public static class TrendQuery
{
    private const string Q = $"q AS (SELECT {SearchTerms.StemmedQuery} AS tsq, {SearchTerms.ExactQuery} AS xq)";

    // The postings hold stemmed words only: the one-word shapes are for stemmed text.
    private static readonly SearchTerms Stemmed = new("word", "");

    // A series is the stored bodies one --body filter names (BodyMatcher), or with --series one body's meetings of one
    // committee; with neither there is one series of every meeting, joined to nothing. The mentions are materialised so
    // two series do not compute them twice.
    // Meetings are counted per series and month first (a few hundred groups, on the stored meeting_month), then rolled
    // up to the unit; generate_series fills the periods in which nothing was held, so a chart shows the gaps.
    private static string Sql(string mentions, bool bodies) => $"""
        WITH {Q},
        {SeriesLabels},
        {(bodies ? Named : "")}
        mentions AS MATERIALIZED ({mentions}),
        per_month AS (
            SELECT {(bodies ? "n.ord" : "1::bigint AS ord")}, m.meeting_month, count(*) AS held, count(mn.meeting_id) AS mentioning, coalesce(sum(mn.items), 0) AS items
            FROM meetings m {(bodies ? "JOIN named n ON left(m.body, 200) = left(n.body, 200) AND n.body = m.body AND (n.series IS NULL OR n.series = coalesce(m.series, ''))" : "")}
            LEFT JOIN mentions mn ON mn.meeting_id = m.id
            WHERE m.meeting_date IS NOT NULL
              AND (@From::date IS NULL OR m.meeting_date >= @From::date)
              AND (@To::date IS NULL OR m.meeting_date <= @To::date)
            GROUP BY 1, m.meeting_month),
        {Periods}
        """;

    // From months to the unit's periods, every period from the first to the last (or --from/--to), zeros included.
    private const string Periods = """
        per_period AS (
            SELECT ord, date_trunc(@Unit, meeting_month::timestamp)::date AS period, sum(held) AS held, sum(mentioning) AS mentioning, sum(items) AS items
            FROM per_month GROUP BY ord, date_trunc(@Unit, meeting_month::timestamp)::date),
        bounds AS (
            SELECT greatest(coalesce(date_trunc(@Unit, @From::date::timestamp)::date, min(period)), date_trunc(@Unit, @Earliest::date::timestamp)::date) AS lo,
                   least(coalesce(date_trunc(@Unit, @To::date::timestamp)::date, max(period)), @Latest::date) AS hi
            FROM per_period),
        periods AS (SELECT generate_series(lo::timestamp, hi::timestamp, @Step::interval)::date AS period FROM bounds)
        SELECT s.label AS series, to_char(p.period, 'YYYY-MM-DD') AS periodstart,
               coalesce(pp.mentioning, 0)::bigint AS meetingsmentioning, coalesce(pp.held, 0)::bigint AS meetingsheld, coalesce(pp.items, 0)::bigint AS itemsmatching
        FROM periods p CROSS JOIN series s
        LEFT JOIN per_period pp ON pp.period = p.period AND pp.ord = s.ord
        ORDER BY s.ord, p.period
        """;

    private const string SeriesLabels = "series AS (SELECT s.label, s.ord FROM unnest(@Labels::text[]) WITH ORDINALITY AS s(label, ord))";

    // The stored bodies (and with --series the series name, '' for none) of each series' ordinal.
    private const string Named = """
        named AS MATERIALIZED (SELECT n.body, n.series, n.ord FROM unnest(@NamedBodies::text[], @NamedSeries::text[], @NamedOrds::bigint[]) AS n(body, series, ord)),
        """;

    // One word over every body and date: the per-month counts of term_months, plus the meetings not yet indexed read from
    // their items and actions; meetings held per month from the meeting_month index. No per-meeting join at all. (Per
    // body, such counts would be a row per word and meeting — as many as the postings hold meetings, at ~100 bytes each
    // rather than ~10 — so a trend by body reads the postings.)
    private static readonly string MonthlySql = $"""
        WITH {Q},
        {SeriesLabels},
        pending AS MATERIALIZED (SELECT id, meeting_month FROM meetings WHERE NOT terms_indexed AND meeting_month IS NOT NULL),
        pending_mentions AS (
            SELECT p.meeting_month AS month, count(*) AS meetings, sum(x.items) AS items
            FROM ({MatchesPerMeeting(Stemmed, "pending")}) x
            JOIN pending p ON p.id = x.meeting_id
            GROUP BY p.meeting_month),
        mentioned AS (
            SELECT month, sum(meetings) AS meetings, sum(items) AS items
            FROM (SELECT month, meetings, items FROM term_months WHERE lexeme = @Lexeme
                  UNION ALL
                  SELECT month, meetings, items FROM pending_mentions) u
            GROUP BY month),
        held AS (SELECT meeting_month, count(*) AS held FROM meetings WHERE meeting_month IS NOT NULL GROUP BY meeting_month),
        per_month AS (
            SELECT 1::bigint AS ord, h.meeting_month, h.held, coalesce(mn.meetings, 0) AS mentioning, coalesce(mn.items, 0) AS items
            FROM held h LEFT JOIN mentioned mn ON mn.month = h.meeting_month),
        {Periods}
        """;

    // The meetings whose items or actions match, with how many of their items do: among the meetings of relation
    // <within> (an id column), or, with none, through the GIN indexes of items and actions.
    private static string MatchesPerMeeting(SearchTerms terms, string? within = null) => $"""
        SELECT meeting_id, sum(is_item)::int AS items FROM (
            SELECT i.meeting_id, 1 AS is_item FROM {Among("items", "i", within)}, q WHERE {terms.Match("i", "q.tsq", "q.xq")}
            UNION ALL
            SELECT a.meeting_id, 0 FROM {Among("actions", "a", within)}, q WHERE {terms.Match("a", "q.tsq", "q.xq")}) x
        GROUP BY meeting_id
        """;

    private static string Among(string table, string alias, string? within) =>
        within is null ? $"{table} {alias}" : $"{within} w JOIN {table} {alias} ON {alias}.meeting_id = w.id";


    // One plain word: the meeting-level postings list the meetings and their item counts directly (a few hundred rows
    // for a word in every other meeting); meetings stored since the postings were last brought up to date are read
    // from their items and actions, so the answer is the same as MatchesPerMeeting's.
    private static readonly string PostedWord = $"""
        SELECT p.meeting_id, p.items::int AS items
        FROM meeting_term_postings t CROSS JOIN LATERAL unnest(t.meeting_ids, t.item_counts) AS p(meeting_id, items)
        WHERE t.lexeme = @Lexeme
        UNION ALL
        {MatchesPerMeeting(Stemmed, "(SELECT id FROM meetings WHERE NOT terms_indexed)")}
        """;

    // Meetings whose word pairs are not posted yet: read from their items and actions, as for single words.
    private const string PairsPending = "(SELECT id FROM meetings WHERE NOT pairs_indexed)";

    // Two words side by side: the pair postings list the meetings and their item counts directly, as one word's do.
    private static string PostedPair(SearchTerms terms) => $"""
        SELECT p.meeting_id, p.items::int AS items
        FROM meeting_pair_postings t CROSS JOIN LATERAL unnest(t.meeting_ids, t.item_counts) AS p(meeting_id, items)
        WHERE t.first = (@Firsts::text[])[1] AND t.second = (@Seconds::text[])[1]
        UNION ALL
        {MatchesPerMeeting(terms, PairsPending)}
        """;

    // A longer phrase (or one with stop words inside): only the meetings whose postings hold every adjacent pair of it can
    // hold it, so the phrase is checked in their items and actions alone (and in those of meetings not posted yet).
    private static string PairCandidates(SearchTerms terms) => $"""
        WITH links AS (SELECT DISTINCT first, second FROM unnest(@Firsts::text[], @Seconds::text[]) AS l(first, second)),
        candidates AS (
            SELECT p.meeting_id AS id
            FROM links l JOIN meeting_pair_postings t ON t.first = l.first AND t.second = l.second
            CROSS JOIN LATERAL unnest(t.meeting_ids) AS p(meeting_id)
            GROUP BY p.meeting_id HAVING count(*) = (SELECT count(*) FROM links)
            UNION ALL
            SELECT id FROM {PairsPending} pending)
        {MatchesPerMeeting(terms, "candidates")}
        """;

    // One word from the postings over every body: built once. A phrase reads the pair postings; any other text reads every
    // match (MatchesPerMeeting).
    private static readonly string PostedAllBodies = Sql(PostedWord, false);

    // The meetings of the named bodies (and series): what a trend per body counts.
    private const string NamedMeetings = "(SELECT m.id FROM meetings m JOIN named n ON left(m.body, 200) = left(n.body, 200) AND n.body = m.body AND (n.series IS NULL OR n.series = coalesce(m.series, '')))";

    // Per body, the matches are looked for among the named bodies' meetings: a common word's postings list most meetings
    // of the archive (~90,000 of 100,000 for "budget"), while a few bodies hold hundreds; for a rare word the planner
    // still starts from the word's index.
    private static string NamedShape(SearchTerms terms) => Sql(MatchesPerMeeting(terms, NamedMeetings), true);

    /// <summary>Most series (bodies) one trend compares: a chart of more is unreadable, and each multiplies the periods.</summary>
    public const int MaxSeries = 50;

    /// <summary>Most points (periods × series) one answer holds, which bounds the reply and the work behind it.</summary>
    public const int MaxPoints = 10_000;

    public static async Task<TrendResult> RunAsync(NpgsqlConnection connection, TrendRequest request, CancellationToken cancellationToken = default)
    {
        if (DateRange.Problem(request.From, request.To) is { } dates) return TrendResult.Problem(request.Unit, dates);
        var text = SearchText.Clean(request.Query);
        var (terms, problem) = await SearchTerms.ResolveAsync(connection, text, request.Exact, cancellationToken);
        if (problem != null) return TrendResult.Problem(request.Unit, problem);
        if (request.From is { } from && request.To is { } to && from > to)
            return TrendResult.Problem(request.Unit, $"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}.");
        // The cheap cap first: checking each of thousands of body filters against the stored names is itself the cost to avoid.
        var filters = (request.Bodies ?? []).Where(b => SearchText.Clean(b).Length > 0).ToList();
        if (filters.Count > MaxSeries) return TrendResult.Problem(request.Unit, $"At most {MaxSeries} bodies can be compared in one trend, not {filters.Count}.");
        var (matches, unknown) = await BodyMatcher.ResolveAsync(connection, filters, cancellationToken);
        if (unknown != null) return TrendResult.Problem(request.Unit, unknown);
        var (series, note) = request.BySeries
            ? await TrendSeries.OfCommitteesAsync(connection, matches, request.From, request.To, MaxSeries, cancellationToken)
            : (TrendSeries.OfBodies(matches), null);
        var periods = await PeriodCountAsync(connection, request, cancellationToken);
        if ((long)periods * Math.Max(1, series.Count) > MaxPoints)
            return TrendResult.Problem(request.Unit, $"{periods:N0} periods × {Math.Max(1, series.Count)} series is more than {MaxPoints:N0} points: choose a longer period, a shorter range or fewer bodies.");
        var named = series.SelectMany((s, i) => s.Members.Select(m => (m.Body, m.Series, Ord: (long)i + 1))).ToList();
        var filtered = request.BySeries || series.Count > 0;
        if (filtered && series.Count == 0) return new TrendResult(request.Unit, [], null) { Note = note };
        var labels = series.Count == 0 ? [null] : series.Select(s => (string?)s.Label).ToArray();
        var lexeme = request.UsePostings && !terms.HasExact ? await SingleWordQuery.LexemeAsync(connection, terms.Stemmed, cancellationToken) : null;
        var monthly = lexeme != null && !filtered && request.From is null && request.To is null;
        // Per body the matches are read among the bodies' meetings, which the pair postings would not narrow much further.
        var phrase = request.UsePostings && !terms.HasExact && lexeme == null && !filtered
            ? await WordPhrase.OfAsync(connection, terms.Stemmed, cancellationToken) : null;
        var sql = monthly ? MonthlySql : filtered ? NamedShape(terms) : lexeme != null ? PostedAllBodies
            : phrase != null ? Sql(phrase.IsOnePair ? PostedPair(terms) : PairCandidates(terms), false) : Sql(MatchesPerMeeting(terms), false);
        var pairs = phrase?.AdjacentPairs ?? [];
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, new
        {
            Query = terms.Stemmed,
            terms.Exact,
            Lexeme = lexeme,
            Firsts = pairs.Select(p => p.First).ToArray(),
            Seconds = pairs.Select(p => p.Second).ToArray(),
            Labels = labels,
            NamedBodies = named.Select(n => n.Body).ToArray(),
            NamedSeries = named.Select(n => n.Series).ToArray(),
            NamedOrds = named.Select(n => n.Ord).ToArray(),
            Unit = UnitName(request.Unit),
            Step = request.Unit switch { TrendUnit.Month => "1 month", TrendUnit.Quarter => "3 months", _ => "1 year" },
            From = request.From?.ToDateTime(TimeOnly.MinValue),
            To = request.To?.ToDateTime(TimeOnly.MinValue),
            Earliest = DateRange.Earliest.ToDateTime(TimeOnly.MinValue),
            Latest = DateRange.Latest.ToDateTime(TimeOnly.MinValue),
        }, cancellationToken: cancellationToken));
        var points = rows.Select(r =>
        {
            var start = DateOnly.ParseExact(r.PeriodStart, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new TrendPoint(r.Series, start, Label(request.Unit, start), r.MeetingsMentioning, r.MeetingsHeld, r.ItemsMatching);
        }).ToList();
        return new TrendResult(request.Unit, points, null) { Note = note };
    }

    public static string Label(TrendUnit unit, DateOnly start) => unit switch
    {
        TrendUnit.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TrendUnit.Quarter => $"{start.Year}-Q{(start.Month - 1) / 3 + 1}",
        _ => start.Year.ToString(CultureInfo.InvariantCulture),
    };

    private static string UnitName(TrendUnit unit) => unit switch { TrendUnit.Month => "month", TrendUnit.Quarter => "quarter", _ => "year" };

    // The periods the answer will list: from --from (else the first stored meeting) to --to (else the last), inside DateRange.
    private static async Task<int> PeriodCountAsync(NpgsqlConnection connection, TrendRequest request, CancellationToken cancellationToken)
    {
        var (first, last) = request.From is not null && request.To is not null ? (null, null)
            : await connection.QuerySingleAsync<(DateTime?, DateTime?)>(new CommandDefinition(
                "SELECT min(meeting_date)::timestamp, max(meeting_date)::timestamp FROM meetings", cancellationToken: cancellationToken));
        var from = request.From ?? (first is { } f ? DateOnly.FromDateTime(f) : null);
        var to = request.To ?? (last is { } l ? DateOnly.FromDateTime(l) : null);
        if (from is not { } lo || to is not { } hi) return 0;
        lo = lo < DateRange.Earliest ? DateRange.Earliest : lo;
        hi = hi > DateRange.Latest ? DateRange.Latest : hi;
        return lo > hi ? 0 : PeriodCount(request.Unit, lo, hi);
    }

    private static int PeriodCount(TrendUnit unit, DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month + 1;
        return unit switch { TrendUnit.Month => months, TrendUnit.Quarter => months / 3 + 1, _ => to.Year - from.Year + 1 };
    }

    private sealed class Row
    {
        public string? Series { get; init; }
        public string PeriodStart { get; init; } = "";
        public long MeetingsMentioning { get; init; }
        public long MeetingsHeld { get; init; }
        public long ItemsMatching { get; init; }
    }
}
