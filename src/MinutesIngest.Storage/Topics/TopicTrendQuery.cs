using System.Globalization;
using Dapper;
using MinutesIngest.Storage.Queries;
using Npgsql;

namespace MinutesIngest.Storage.Topics;

/// <summary>A topic's prevalence per period for each body series, every period from the first meeting to the last (gaps as zeros), for a chart.</summary>
public static class TopicTrendQuery
{
    // The shape of TrendQuery: a series per --body filter (the stored bodies it names; none = all meetings), periods filled by generate_series.
    private const string Sql = """
        WITH series AS (SELECT s.label, s.ord FROM unnest(@labels::text[]) WITH ORDINALITY AS s(label, ord)),
        named AS (SELECT n.body, n.ord FROM unnest(@bodies::text[], @ords::bigint[]) AS n(body, ord)),
        scope AS (
            SELECT m.id, date_trunc(@unit, m.meeting_date)::date AS period, s.ord
            FROM meetings m JOIN series s ON cardinality(@bodies::text[]) = 0
                OR EXISTS (SELECT 1 FROM named n WHERE n.ord = s.ord AND n.body = m.body)
            WHERE m.meeting_date IS NOT NULL),
        per_period AS (
            SELECT sc.ord, sc.period, count(DISTINCT sc.id) AS held,
                   count(DISTINCT sc.id) FILTER (WHERE it.weight >= @occurrence) AS carrying,
                   count(i.id) AS items, coalesce(sum(it.weight), 0)::float8 AS weight
            FROM scope sc
            LEFT JOIN items i ON i.meeting_id = sc.id
            LEFT JOIN item_topics it ON it.item_id = i.id AND it.topic = @topic
            GROUP BY sc.ord, sc.period),
        periods AS (SELECT generate_series(min(period), max(period), @step::interval)::date AS period FROM scope)
        SELECT s.label AS series, to_char(p.period, 'YYYY-MM-DD') AS periodstart, coalesce(pp.held, 0) AS meetingsheld,
               coalesce(pp.carrying, 0) AS meetingswithtopic, coalesce(pp.items, 0) AS items,
               CASE WHEN pp.items > 0 THEN pp.weight / pp.items ELSE 0 END AS prevalence
        FROM periods p CROSS JOIN series s
        LEFT JOIN per_period pp ON pp.period = p.period AND pp.ord = s.ord
        ORDER BY s.ord, p.period
        """;

    public static async Task<IReadOnlyList<TopicTrendPoint>> RunAsync(NpgsqlConnection connection, TopicTrendRequest request, CancellationToken ct = default)
    {
        // Unknown bodies are refused by the callers (BodyFilterCheck) before this runs.
        var (bodies, _) = await BodyMatcher.ResolveAsync(connection, request.Bodies, ct);
        var named = bodies.SelectMany((b, i) => b.Bodies.Select(name => (Body: name, Ord: (long)i + 1))).ToList();
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, new
        {
            labels = bodies.Count == 0 ? [null] : bodies.Select(b => (string?)b.Filter).ToArray(),
            bodies = named.Select(n => n.Body).ToArray(),
            ords = named.Select(n => n.Ord).ToArray(),
            unit = request.Unit switch { TrendUnit.Month => "month", TrendUnit.Quarter => "quarter", _ => "year" },
            step = request.Unit switch { TrendUnit.Month => "1 month", TrendUnit.Quarter => "3 months", _ => "1 year" },
            topic = request.Topic,
            occurrence = TopicStore.OccurrenceWeight,
        }, cancellationToken: ct));
        return rows.Select(r =>
        {
            var start = DateOnly.ParseExact(r.PeriodStart, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new TopicTrendPoint(r.Series, start, TrendQuery.Label(request.Unit, start), r.MeetingsHeld, r.MeetingsWithTopic, r.Items, r.Prevalence);
        }).ToList();
    }

    private sealed class Row
    {
        public string? Series { get; init; }
        public string PeriodStart { get; init; } = "";
        public long MeetingsHeld { get; init; }
        public long MeetingsWithTopic { get; init; }
        public long Items { get; init; }
        public double Prevalence { get; init; }
    }
}
