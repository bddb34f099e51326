namespace MinutesIngest.Storage.Queries;

/// <summary>
/// SQL conditions for a <c>--topic</c> filter, for queries over items or actions: true when the item (or the item an
/// action sits under, matched on meeting and item number) carries at least <c>Topics.TopicStore.OccurrenceWeight</c>
/// of the topic. The query must bind <c>@topic</c> (the topic number) and <c>@topicWeight</c> (<c>Topics.TopicStore.OccurrenceWeight</c>).
/// </summary>
public static class TopicFilterSql
{
    public static string ForItems(string itemAlias) =>
        $"EXISTS (SELECT 1 FROM item_topics tf WHERE tf.item_id = {itemAlias}.id AND tf.topic = @topic AND tf.weight >= @topicWeight)";

    public static string ForActions(string actionAlias) =>
        $"""
        EXISTS (SELECT 1 FROM items ti JOIN item_topics tf ON tf.item_id = ti.id
                WHERE ti.meeting_id = {actionAlias}.meeting_id AND ti.number = {actionAlias}.item_number
                  AND tf.topic = @topic AND tf.weight >= @topicWeight)
        """;
}
