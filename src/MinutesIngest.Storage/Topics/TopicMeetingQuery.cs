using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Topics;

/// <summary>The meetings a topic occurs in (an item carrying at least <see cref="TopicStore.OccurrenceWeight"/> of it), newest first.</summary>
public static class TopicMeetingQuery
{
    public static async Task<IReadOnlyList<TopicMeeting>> RunAsync(NpgsqlConnection connection, int topic, int limit, CancellationToken ct = default) =>
        (await connection.QueryAsync<TopicMeeting>(new CommandDefinition("""
            SELECT m.document_id AS documentid, m.body_name AS body, m.title, to_char(m.meeting_date, 'YYYY-MM-DD') AS date,
                   count(*) AS items, (array_agg(i.number ORDER BY it.weight DESC, i.position))[1] AS topitemnumber,
                   (array_agg(i.title ORDER BY it.weight DESC, i.position))[1] AS topitemtitle, max(it.weight)::float8 AS topweight
            FROM item_topics it
            JOIN items i ON i.id = it.item_id
            JOIN meetings m ON m.id = i.meeting_id
            WHERE it.topic = @topic AND it.weight >= @occurrence
            GROUP BY m.id
            ORDER BY m.meeting_date DESC NULLS LAST, m.id DESC
            LIMIT @limit
            """, new { topic, occurrence = TopicStore.OccurrenceWeight, limit }, cancellationToken: ct))).ToList();
}
