using System.Globalization;
using System.Text;
using MinutesIngest.Storage.Topics;
using static MinutesIngest.Web.Html;

namespace MinutesIngest.Web;

/// <summary>The topics page: every topic of the last build with its label, top terms, and the items and meetings it occurs in.</summary>
internal static class TopicsPage
{
    public static string Render(TopicBuild? build, IReadOnlyList<TopicSummary> topics)
    {
        var b = new StringBuilder("<h1>Topics</h1>");
        if (build == null || topics.Count == 0)
            return Page("Topics", "Topics", b.Append(Message("No topics have been built yet: run `minutes topics build`.")).ToString());
        b.Append(string.Create(CultureInfo.InvariantCulture,
            $"<p id=\"summary\">{topics.Count} topics fitted over {build.Items} items ({(build.IncludeBody ? "titles and bodies" : "titles")}). "));
        b.Append(string.Create(CultureInfo.InvariantCulture,
            $"An item carries a topic when at least {TopicStore.OccurrenceWeight:0%} of it is about the topic; a meeting, when one of its items does.</p>"));
        if (build.MeanCoherence is { } mean)
            b.Append(string.Create(CultureInfo.InvariantCulture,
                $"<p>Settings chosen by mean coherence {mean:0.000} ({E(build.Settings)}); coherence is the mean NPMI of a topic's top terms over the items, −1 (never together) to 1 (always together).</p>"));
        b.Append("<p>").Append(CsvDownload.Link("csv", "/topics.csv", "")).Append("</p>");
        b.Append("<table id=\"topics\"><thead><tr><th>#</th><th>Topic</th><th>Top terms</th><th>Items</th><th>Meetings</th><th>Coherence</th></tr></thead><tbody>");
        foreach (var t in topics)
            b.Append($"<tr><td>{t.Number}</td><td>{TopicLink(t.Number, t.Label)}</td><td class=\"terms\">{string.Concat(t.Terms.Select(term => $"<span>{E(term)}</span>"))}</td>")
             .Append($"<td>{t.Items}</td><td class=\"meetings\">{t.Meetings}</td><td class=\"coherence\">{t.Coherence?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—"}</td></tr>");
        b.Append("</tbody></table>");
        return Page("Topics", "Topics", b.ToString());
    }
}
