namespace MinutesIngest.Storage.Queries;

/// <summary>
/// Whether an action was carried forward and whether it is still open, read from the later meetings of the same series
/// (meetings.series_key: the resolved body and its committee series, else the title, without dates) held on or before the
/// as-of date.
/// </summary>
/// <remarks>
/// Minutes follow an action up by repeating its text: in a "matters arising" item, an action log, or the next list of
/// actions, often with a status ("done", "complete", "closed"). So:
/// carried forward — a later meeting repeats the action's text (in an action, an item's title, or a line of an item's text);
/// reported done — a later meeting repeats it with a status word on the same line (done, complete(d), closed, actioned,
/// resolved, discharged, finished), or a later meeting is held after the last one that repeated it and does not carry it
/// forward (minutes drop what is finished);
/// open — not reported done: no later meeting yet, or every later meeting so far carried it forward without a status word.
/// A meeting with neither body nor title has no series. Texts are compared as lower-case words (punctuation ignored), whole words only; an action of fewer than three words
/// ("Noted") is never matched, as it would be found everywhere.
/// </remarks>
internal static class ActionProgressSql
{
    /// <summary>Words that report an action finished when they stand on the line that repeats it.</summary>
    public const string StatusWords = "done|complete|completed|closed|actioned|resolved|discharged|finished";

    private static string Words(string text) => $"(' ' || btrim(regexp_replace(lower(coalesce({text}, '')), '[^[:alnum:]]+', ' ', 'g')) || ' ')";

    private static string Repeats(string text) => $"position(k.words IN {Words(text)}) > 0";

    private static string ReportsDone(string text) => $"(replace({Words(text)}, k.words, ' ') ~ '\\m({StatusWords})\\M')";

    /// <summary>A LATERAL subquery over row <paramref name="x"/> (columns text, meeting_date, series_key) giving carried_forward,
    /// closed_by ('status_word', 'not_carried_forward' or null: open) and repeated_as_action, as of the date parameter @AsOf.</summary>
    public static string Lateral(string x) => $"""
        LEFT JOIN LATERAL (
            SELECT coalesce(r.carried, false) AS carried_forward,
                   CASE WHEN r.done_word THEN 'status_word'
                        WHEN {x}.meeting_date IS NOT NULL AND s.latest > coalesce(r.last_seen, {x}.meeting_date) THEN 'not_carried_forward' END AS closed_by,
                   coalesce(r.as_action, false) AS repeated_as_action
            FROM (SELECT {Words(x + ".text")} AS words, plainto_tsquery('english', {x}.text) AS query,
                         array_length(regexp_split_to_array(btrim({Words(x + ".text")}), ' '), 1) >= 3 AS followed
                  -- OFFSET 0 keeps this a subquery evaluated once per action, not expressions re-evaluated per compared row.
                  OFFSET 0) k
            CROSS JOIN LATERAL (
                SELECT max(lm.meeting_date) AS latest FROM meetings lm
                WHERE lm.series_key = {x}.series_key AND lm.series_key <> '' AND lm.meeting_date <= @AsOf::date) s
            CROSS JOIN LATERAL (
                -- The later meetings that may hold every word of the action, read once for both kinds of row.
                WITH later AS MATERIALIZED (
                    SELECT lm.id, lm.meeting_date FROM meetings lm
                    WHERE k.followed AND {LaterInSeries(x)} AND {MayHoldWords("lm")})
                SELECT bool_or(true) AS carried, coalesce(bool_or(hit.done), false) AS done_word, max(hit.meeting_date) AS last_seen,
                       bool_or(hit.is_action) AS as_action
                FROM (
                    -- The full-text match keeps the exact comparison to the few rows holding every word. It is checked on
                    -- the later meetings' own rows (IS TRUE, CASE: not through the word index, whose every-word probe over
                    -- the whole archive cost ~3 ms a meeting for an action of common words, and grows with the archive).
                    SELECT lm.meeting_date, {ReportsDone("la.text")} AS done, true AS is_action
                    FROM later lm JOIN actions la ON la.meeting_id = lm.id
                    WHERE CASE WHEN la.search @@ k.query THEN {Repeats("la.text")} ELSE false END
                    UNION ALL
                    SELECT lm.meeting_date, {ReportsDone("line")}, false
                    FROM later lm JOIN items li ON li.meeting_id = lm.id
                    CROSS JOIN LATERAL regexp_split_to_table(coalesce(li.title, '') || E'\n' || li.body, E'\n') AS line
                    WHERE (li.search @@ k.query) IS TRUE AND {Repeats("line")}) hit) r
        ) p ON true
        """;

    /// <summary>A condition every action still open at @AsOf meets (others may meet it too), checked before the full
    /// reading of <see cref="Lateral"/>: row <paramref name="a"/> (column text) of meeting <paramref name="m"/> has no later
    /// meeting in its series, or the latest one repeats its words; meetings after <paramref name="asOf"/> (SQL) do not count.</summary>
    /// <remarks>
    /// Open means no later meeting, or the last repeat is in the latest meeting (else closed: not carried forward). Listing
    /// only open or overdue actions reads every candidate until enough pass, and most have long been closed; the full
    /// reading compares each with every later meeting of its series (hundreds in a long series), this only with the latest.
    /// </remarks>
    public static string MayBeOpen(string m, string a, string asOf = "@AsOf::date") => $"""
        ({m}.meeting_date IS NULL
         OR NOT EXISTS (SELECT 1 FROM meetings lm WHERE {LaterInSeries(m, asOf)})
         OR EXISTS (
             -- The action's query and words once per action (OFFSET 0), not once per compared row.
             SELECT 1 FROM (SELECT plainto_tsquery('english', {a}.text) AS query, {Words(a + ".text")} AS words OFFSET 0) k
             JOIN meetings lm ON lm.series_key = {m}.series_key
               AND lm.meeting_date = (SELECT max(ll.meeting_date) FROM meetings ll
                                      WHERE ll.series_key = {m}.series_key AND ll.series_key <> '' AND ll.meeting_date <= {asOf})
             WHERE {MayHoldWords("lm")} AND (EXISTS (SELECT 1 FROM actions la WHERE la.meeting_id = lm.id AND {RepeatedIn("la.search", "la.text")})
                   -- The whole item rather than line by line: a line's words are also a run of the item's words.
                   OR EXISTS (SELECT 1 FROM items li WHERE li.meeting_id = lm.id AND {RepeatedIn("li.search", "coalesce(li.title, '') || ' ' || li.body")}))))
        """;

    // Whether meeting <lm> may hold a row with every word of query k.query: its word set (meeting_words, migration 0021)
    // holds them all, or it has no word set yet. One check of a meeting's ~200 words instead of its ~12 items and actions.
    private static string MayHoldWords(string lm) =>
        $"coalesce((SELECT w.words @@ k.query FROM meeting_words w WHERE w.meeting_id = {lm}.id), true)";

    // CASE keeps the order: the word match first, as the planner put the costlier exact comparison of every text first.
    private static string RepeatedIn(string search, string text) =>
        $"CASE WHEN {search} @@ k.query THEN position(k.words IN {Words(text)}) > 0 ELSE false END";

    private static string LaterInSeries(string x, string asOf = "@AsOf::date") =>
        $"lm.series_key = {x}.series_key AND lm.series_key <> '' AND lm.meeting_date > {x}.meeting_date AND lm.meeting_date <= {asOf}";
}
