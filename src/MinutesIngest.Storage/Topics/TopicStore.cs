using Dapper;
using Npgsql;
using NpgsqlTypes;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Storage.Topics;

/// <summary>Reads item texts for a topic fit, replaces the stored topics with a new build, and answers topic queries.</summary>
public static class TopicStore
{
    /// <summary>An item "is about" a topic, for counting items and meetings, when the topic has at least this share of it.</summary>
    public const float OccurrenceWeight = 0.3f;

    /// <summary>Weights below this are not stored.</summary>
    public const float StoredWeight = 0.05f;

    /// <summary>
    /// Item texts in content order: by the document's SHA-256, then the item's place in it. Not by id: ids follow the
    /// order in which parallel ingest stored the documents, and the fit's input order decides the topics, so the same
    /// files ingested again (or elsewhere) give the same topics. The title, and the body when asked; with each item the
    /// names of its meeting's attendees.
    /// </summary>
    public static async Task<IReadOnlyList<StoredItemText>> LoadTextsAsync(NpgsqlConnection connection, bool includeBody, CancellationToken ct = default)
    {
        var sql = $"""
            WITH names AS (SELECT meeting_id, array_agg(name ORDER BY position) AS names FROM attendees GROUP BY meeting_id)
            SELECT i.id, {(includeBody ? "concat_ws(E'\\n', i.title, i.body)" : "i.title")} AS text, i.title, coalesce(n.names, ARRAY[]::text[]) AS names
            FROM items i JOIN meetings m ON m.id = i.meeting_id JOIN documents d ON d.id = m.document_id
            LEFT JOIN names n ON n.meeting_id = i.meeting_id
            WHERE coalesce(i.title, '') <> '' {(includeBody ? "OR i.body <> ''" : "")}
            ORDER BY d.sha256, d.path, i.position
            """;
        return (await connection.QueryAsync<StoredItemText>(new CommandDefinition(sql, cancellationToken: ct))).ToList();
    }

    /// <summary>Replaces every topic and item weight with the new build in one transaction; weights of items deleted meanwhile are dropped.</summary>
    public static async Task ReplaceAsync(NpgsqlConnection connection, TopicBuild build, IReadOnlyList<StoredTopic> topics,
        IEnumerable<ItemTopicWeight> weights, CancellationToken ct = default)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            DELETE FROM topic_builds;
            DELETE FROM topics;
            CREATE TEMP TABLE IF NOT EXISTS stage_item_topics (item_id bigint, topic int, weight real) ON COMMIT DELETE ROWS;
            """, transaction: transaction, cancellationToken: ct));
        foreach (var t in topics)
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO topics (number, label, terms, term_weights, coherence) VALUES (@Number, @Label, @Terms, @Weights, @Coherence)",
                new { t.Number, t.Label, Terms = t.Terms.ToArray(), Weights = t.TermWeights.ToArray(), Coherence = (float?)t.Coherence }, transaction, cancellationToken: ct));
        await using (var copy = await connection.BeginBinaryImportAsync("COPY stage_item_topics (item_id, topic, weight) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var w in weights)
            {
                if (w.Weight < StoredWeight) continue;
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(w.ItemId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(w.Topic, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(Math.Min(w.Weight, 1f), NpgsqlDbType.Real, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO item_topics (item_id, topic, weight)
            SELECT s.item_id, s.topic, s.weight FROM stage_item_topics s JOIN items i ON i.id = s.item_id;
            INSERT INTO topic_builds (id, topic_count, items, include_body, seed, fit_seconds, mean_coherence, settings)
            VALUES (1, @TopicCount, @Items, @IncludeBody, @Seed, @FitSeconds, @MeanCoherence::real, @Settings);
            """, build, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    public static async Task<TopicBuild?> LoadBuildAsync(NpgsqlConnection connection, CancellationToken ct = default) =>
        await connection.QuerySingleOrDefaultAsync<TopicBuild>(new CommandDefinition(
            "SELECT topic_count AS TopicCount, items AS Items, include_body AS IncludeBody, seed AS Seed, fit_seconds AS FitSeconds, mean_coherence::float8 AS MeanCoherence, settings AS Settings FROM topic_builds",
            cancellationToken: ct));

    public static async Task<IReadOnlyList<TopicSummary>> ListAsync(NpgsqlConnection connection, CancellationToken ct = default) =>
        await SummariesAsync(connection, null, ct);

    /// <summary>One topic with its counts (null when there is no such topic): only its own weights are read.</summary>
    public static async Task<TopicSummary?> SummaryAsync(NpgsqlConnection connection, int number, CancellationToken ct = default) =>
        (await SummariesAsync(connection, number, ct)).SingleOrDefault();

    private static async Task<IReadOnlyList<TopicSummary>> SummariesAsync(NpgsqlConnection connection, int? only, CancellationToken ct) =>
        (await connection.QueryAsync<TopicSummary>(new CommandDefinition("""
            SELECT t.number, t.label, t.terms,
                   count(DISTINCT it.item_id) AS items, count(DISTINCT i.meeting_id) AS meetings, t.coherence::float8 AS coherence
            FROM topics t
            LEFT JOIN item_topics it ON it.topic = t.number AND it.weight >= @occurrence
            LEFT JOIN items i ON i.id = it.item_id
            WHERE @only::int IS NULL OR t.number = @only
            GROUP BY t.number, t.label, t.terms, t.coherence
            ORDER BY t.number
            """, new { occurrence = OccurrenceWeight, only }, cancellationToken: ct))).ToList();

    /// <summary>Every topic's number and label, without the counts <see cref="ListAsync"/> reads item weights for.</summary>
    public static async Task<IReadOnlyList<TopicName>> NamesAsync(NpgsqlConnection connection, CancellationToken ct = default) =>
        (await connection.QueryAsync<TopicName>(new CommandDefinition("SELECT number, label FROM topics ORDER BY number", cancellationToken: ct))).ToList();

    /// <summary>The topic a user named: its number, else the one whose label or terms contain the text (null when none or several do).</summary>
    public static async Task<int?> FindAsync(NpgsqlConnection connection, string topic, CancellationToken ct = default) =>
        await MatchAsync(connection, topic, ct) is [var only] ? only.Number : null;

    /// <summary>
    /// The topics a user's text names, closest first and only the closest kind: the topic with that number; else those
    /// whose whole label or one of whose terms is the text; else those whose label or a term contains it.
    /// </summary>
    public static async Task<IReadOnlyList<TopicMatch>> MatchAsync(NpgsqlConnection connection, string topic, CancellationToken ct = default)
    {
        var matches = (await connection.QueryAsync<TopicMatch>(new CommandDefinition("""
            SELECT number, label, closeness FROM (
                SELECT number, label,
                       CASE WHEN number::text = @topic THEN 1
                            WHEN lower(label) = lower(@topic) OR EXISTS (SELECT 1 FROM unnest(terms) x WHERE lower(x) = lower(@topic)) THEN 2
                            WHEN strpos(lower(label), lower(@topic)) > 0 OR EXISTS (SELECT 1 FROM unnest(terms) x WHERE strpos(lower(x), lower(@topic)) > 0) THEN 3
                       END AS closeness
                FROM topics) t
            WHERE closeness IS NOT NULL
            ORDER BY closeness, number
            """, new { topic = topic.Trim() }, cancellationToken: ct))).ToList();
        return matches.Count == 0 ? matches : matches.Where(m => m.Closeness == matches[0].Closeness).ToList();
    }

    /// <summary>
    /// What a <c>--topic</c> filter names: no filter for blank text; else the single matching topic, or a message when no
    /// topics were built, none matches, or several do (a filter must not quietly pick one of them).
    /// </summary>
    public static async Task<TopicChoice> ResolveAsync(NpgsqlConnection connection, string? topic, CancellationToken ct = default)
    {
        var text = SearchText.Clean(topic);
        if (text.Length == 0) return TopicChoice.None;
        if (await LoadBuildAsync(connection, ct) == null)
            return TopicChoice.Problem("No topics have been built yet: run `minutes topics build` first, then filter by topic.");
        var matches = await MatchAsync(connection, text, ct);
        return matches switch
        {
            [var only] => new TopicChoice(only.Number, null),
            [] => TopicChoice.Problem($"No topic matches \"{text}\": give a topic number, or a word of its label or terms (`minutes topics` lists them)."),
            _ => TopicChoice.Problem($"\"{text}\" matches {matches.Count} topics ({string.Join("; ", matches.Take(6).Select(m => $"{m.Number}: {m.Label}"))}{(matches.Count > 6 ? "; …" : "")}): give the topic number."),
        };
    }

    /// <summary>
    /// Prevalence of a topic per body name and period: its mean weight over every item of that body and period; bodies
    /// limited to the bodies <paramref name="bodies"/> name (BodyMatcher) when any are given.
    /// </summary>
    public static async Task<IReadOnlyList<TopicTrendRow>> TrendAsync(NpgsqlConnection connection, int topic, TrendUnit by,
        IReadOnlyList<string>? bodies = null, CancellationToken ct = default)
    {
        var named = (await BodyMatcher.ResolveAsync(connection, bodies, ct)).Matches.SelectMany(m => m.Bodies).ToArray();
        var filtered = named.Length > 0 || (bodies ?? []).Any(b => SearchText.Clean(b).Length > 0);
        return (await connection.QueryAsync<TopicTrendRow>(new CommandDefinition($"""
            SELECT m.body_name AS body, {PeriodLabel(by)} AS period, count(i.id) AS items,
                   count(DISTINCT m.id) FILTER (WHERE it.weight >= @occurrence) AS meetings,
                   coalesce(sum(it.weight), 0)::float8 / count(i.id) AS prevalence
            FROM items i
            JOIN meetings m ON m.id = i.meeting_id
            LEFT JOIN item_topics it ON it.item_id = i.id AND it.topic = @topic
            WHERE NOT @filtered OR m.body = ANY (@named::text[])
            GROUP BY 1, 2
            ORDER BY 1 NULLS LAST, 2 NULLS LAST
            LIMIT @limit
            """, new { topic, occurrence = OccurrenceWeight, named, filtered, limit = TrendQuery.MaxPoints + 1 }, cancellationToken: ct))).ToList();
    }

    /// <summary>A message when a per-body topic trend has more points than one answer may hold (as <see cref="TrendQuery.MaxPoints"/> for trends), else null.</summary>
    /// <remarks>One row per body and period: unfiltered, hundreds of bodies by month would make a reply of megabytes.</remarks>
    public static string? TooManyPoints(IReadOnlyList<TopicTrendRow> rows) => rows.Count > TrendQuery.MaxPoints
        ? $"More than {TrendQuery.MaxPoints:N0} body-and-period points: choose a longer period or name the bodies to compare."
        : null;

    /// <summary>The SQL label of a meeting's period, as <see cref="TrendQuery.Label"/> writes it (2021, 2021-Q2, 2021-06).</summary>
    internal static string PeriodLabel(TrendUnit by) => by switch
    {
        TrendUnit.Month => "to_char(m.meeting_date, 'YYYY-MM')",
        TrendUnit.Quarter => "to_char(m.meeting_date, 'YYYY\"-Q\"Q')",
        _ => "to_char(m.meeting_date, 'YYYY')",
    };
}
