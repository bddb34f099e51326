using System.Text;
using MinutesIngest.Storage.Queries;
using static MinutesIngest.Web.Html;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Web;

/// <summary>The trend page: a form (topic, period, body filter, per meeting series) and the chart with a table of the counts.</summary>
internal static class TrendPage
{
    public static string Render(TrendRequest request, TrendResult? trend, string? problem, string queryString = "")
    {
        var b = new StringBuilder("<h1>Topic trend</h1><form method=\"get\" action=\"/trend\">");
        b.Append(Input("q", "Topic", request.Query == "" ? null : request.Query, extra: "autofocus"));
        b.Append(ExactBox(request.Exact));
        b.Append("<label>Per <select name=\"by\">");
        foreach (var unit in Enum.GetValues<TrendUnit>())
        {
            var name = unit.ToString().ToLowerInvariant();
            b.Append($"<option value=\"{name}\"{(unit == request.Unit ? " selected" : "")}>{name}</option>");
        }
        b.Append("</select></label>");
        b.Append(Input("body", "Body (several: separate with ;)", request.Bodies is { Count: > 0 } bodies ? string.Join("; ", bodies) : null));
        b.Append($"<label title=\"one series per committee of each body: Planning Committee, Full Council…\"><input type=\"checkbox\" name=\"series\" value=\"1\"{(request.BySeries ? " checked" : "")}> Per meeting series</label>");
        b.Append(Input("from", "From", request.From?.ToString("yyyy-MM-dd"), "date"));
        b.Append(Input("to", "To", request.To?.ToString("yyyy-MM-dd"), "date"));
        b.Append("<button type=\"submit\">Show</button></form>");
        b.Append(Message(problem ?? trend?.Message ?? trend?.Note));
        if (trend is { Message: null })
        {
            if (trend.Points.Count == 0) b.Append(Message("No dated meetings match the filters."));
            else
            {
                var groups = trend.Points.GroupBy(p => p.Series).ToList();
                b.Append("<p class=\"legend\">Dark bars: meetings mentioning the topic; pale bars: meetings held.");
                for (var s = 0; s < groups.Count; s++)
                    b.Append($"<span style=\"background:{TrendChartSvg.Colour(s)}\"></span>{E(groups[s].Key ?? "all meetings")}: {groups[s].Sum(p => p.MeetingsMentioning)} of {groups[s].Sum(p => p.MeetingsHeld)} meetings");
                b.Append("</p>").Append(TrendChartSvg.Render(trend));
                b.Append("<p>").Append(CsvDownload.Link("csv", "/trend.csv", queryString)).Append("</p>");
                b.Append("<table id=\"trend\"><thead><tr><th>Series</th><th>Period</th><th>Meetings mentioning</th><th>Meetings held</th><th>Share of meetings held</th><th>Items matching</th></tr></thead><tbody>");
                foreach (var p in trend.Points.Where(p => p.MeetingsHeld > 0))
                    b.Append($"<tr><td class=\"body\">{E(p.Series ?? "all")}</td><td>{E(p.Period)}</td><td>{p.MeetingsMentioning}</td><td>{p.MeetingsHeld}</td><td class=\"share\">{TrendColumns.Percent(p.Share)}</td><td>{p.ItemsMatching}</td></tr>");
                b.Append("</tbody></table>");
            }
        }
        return Page("Trend", "Trend", b.ToString());
    }
}
