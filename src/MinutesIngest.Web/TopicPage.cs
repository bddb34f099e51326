using System.Globalization;
using System.Text;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Topics;
using static MinutesIngest.Web.Html;

namespace MinutesIngest.Web;

/// <summary>One topic: its terms, its trend (period and body filter) as a chart and per body, links to search and actions within it, and the meetings it occurs in.</summary>
internal static class TopicPage
{
    public const int ShownBodyRows = 300;

    public static string Render(TopicSummary topic, TopicTrendRequest request, IReadOnlyList<TopicTrendPoint> points,
        IReadOnlyList<TopicTrendRow> byBody, IReadOnlyList<TopicMeeting> meetings, string? problem, string queryString = "")
    {
        var b = new StringBuilder($"<h1>Topic {topic.Number}: {E(topic.Label)}</h1>");
        b.Append("<p class=\"terms\">Top terms: ").Append(string.Concat(topic.Terms.Select(t => $"<span>{E(t)}</span>"))).Append("</p>");
        b.Append($"<p>In {topic.Items} items of {topic.Meetings} meetings. <a id=\"topic-actions\" href=\"/actions?topic={topic.Number}\">Actions under these items</a> · ")
         .Append($"<a href=\"/actions?topic={topic.Number}&amp;suggested=1\">Suggested actions</a></p>");
        b.Append($"<form id=\"topic-search\" method=\"get\" action=\"/\"><input type=\"hidden\" name=\"topic\" value=\"{topic.Number}\">")
         .Append(Input("q", "Search within this topic", null)).Append("<button type=\"submit\">Search</button></form>");

        b.Append($"<h2>Trend</h2><form method=\"get\" action=\"/topics/{topic.Number}\"><label>Per <select name=\"by\">");
        foreach (var unit in Enum.GetValues<TrendUnit>())
        {
            var name = unit.ToString().ToLowerInvariant();
            b.Append($"<option value=\"{name}\"{(unit == request.Unit ? " selected" : "")}>{name}</option>");
        }
        b.Append("</select></label>");
        b.Append(Input("body", "Body contains (several: separate with ;)", request.Bodies is { Count: > 0 } bodies ? string.Join("; ", bodies) : null));
        b.Append("<button type=\"submit\">Show</button></form>");
        b.Append(Message(problem));
        if (points.Count == 0) b.Append(Message("No dated meetings match the filters."));
        else
        {
            var groups = points.GroupBy(p => p.Series).ToList();
            b.Append("<p class=\"legend\">Bar height: prevalence, the topic's mean share of every item in the period; pale columns: periods with meetings.");
            for (var s = 0; s < groups.Count; s++)
                b.Append($"<span style=\"background:{TrendChartSvg.Colour(s)}\"></span>{E(groups[s].Key ?? "all bodies")}: in {groups[s].Sum(p => p.MeetingsWithTopic)} of {groups[s].Sum(p => p.MeetingsHeld)} meetings");
            b.Append("</p>").Append(TopicTrendChartSvg.Render(points));
        }
        b.Append("<h3>Per body</h3>");
        // Years of hundreds of bodies make thousands of rows: the page shows the first ones, the API all.
        if (byBody.Count > ShownBodyRows)
            b.Append(Message($"The first {ShownBodyRows} of {byBody.Count} rows; filter by body to see others (/api/topics/{topic.Number}/trend lists all)."));
        b.Append("<p>").Append(CsvDownload.Link("by-body-csv", $"/topics/{topic.Number}/trend.csv", queryString)).Append("</p>");
        b.Append("<table id=\"by-body\"><thead><tr><th>Body</th><th>Period</th><th>Items</th><th>Meetings with the topic</th><th>Prevalence</th></tr></thead><tbody>");
        foreach (var r in byBody.Take(ShownBodyRows))
            b.Append($"<tr><td class=\"body\" title=\"{E(r.Body)}\">{E(r.Body ?? "(not stated)")}</td><td>{E(r.Period ?? "undated")}</td><td>{r.Items}</td><td>{r.Meetings}</td><td>{Percent(r.Prevalence)}</td></tr>");
        b.Append("</tbody></table>");

        b.Append($"<h2>Meetings it occurs in ({meetings.Count}{(meetings.Count < topic.Meetings ? $" most recent of {topic.Meetings}" : "")})</h2>");
        b.Append("<p>").Append(CsvDownload.Link("meetings-csv", $"/topics/{topic.Number}/meetings.csv", "")).Append("</p>");
        b.Append("<table id=\"topic-meetings\"><thead><tr><th>Date</th><th>Meeting</th><th>Items carrying it</th><th>Strongest item</th></tr></thead><tbody>");
        foreach (var m in meetings)
            b.Append($"<tr><td>{E(m.Date ?? "undated")}</td><td>{MeetingLink(m.DocumentId, m.Body ?? m.Title)}</td><td>{m.Items}</td>")
             .Append($"<td>{E(m.TopItemNumber)} {E(m.TopItemTitle)} ({Percent(m.TopWeight)})</td></tr>");
        b.Append("</tbody></table>");
        return Page($"Topic {topic.Number}", "Topics", b.ToString());
    }

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
