using System.Globalization;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Topics;

namespace MinutesIngest.Web.Exports;

/// <summary>The columns of the topic list, a topic's trend and its meetings, as CSV and the web export them.</summary>
public static class TopicColumns
{
    /// <summary>One row per topic.</summary>
    public static readonly (string, Func<TopicSummary, string?>)[] List =
    [
        ("number", t => t.Number.ToString(CultureInfo.InvariantCulture)), ("label", t => t.Label), ("terms", t => string.Join("; ", t.Terms)),
        ("items", t => t.Items.ToString(CultureInfo.InvariantCulture)), ("meetings", t => t.Meetings.ToString(CultureInfo.InvariantCulture)),
        ("coherence", t => t.Coherence?.ToString("0.####", CultureInfo.InvariantCulture)),
    ];

    /// <summary>One row per body and period.</summary>
    public static readonly (string, Func<TopicTrendRow, string?>)[] Trend =
    [
        ("body", r => r.Body), ("period", r => r.Period), ("items", r => r.Items.ToString(CultureInfo.InvariantCulture)),
        ("meetings_with_topic", r => r.Meetings.ToString(CultureInfo.InvariantCulture)),
        ("prevalence", r => r.Prevalence.ToString("0.####", CultureInfo.InvariantCulture)),
    ];

    /// <summary>One row per meeting where the topic is strong.</summary>
    public static readonly (string, Func<TopicMeeting, string?>)[] Meetings =
    [
        ("document_id", m => m.DocumentId.ToString(CultureInfo.InvariantCulture)), ("date", m => m.Date), ("body", m => m.Body), ("title", m => m.Title),
        ("items", m => m.Items.ToString(CultureInfo.InvariantCulture)), ("top_item_number", m => m.TopItemNumber), ("top_item_title", m => m.TopItemTitle),
        ("top_weight", m => m.TopWeight.ToString("0.####", CultureInfo.InvariantCulture)),
    ];
}
