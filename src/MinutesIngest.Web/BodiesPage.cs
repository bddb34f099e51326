using System.Text;
using MinutesIngest.Storage.Queries;
using static MinutesIngest.Web.Html;

namespace MinutesIngest.Web;

/// <summary>The bodies page (read only): each body with its meetings, first and last dates, committee series and other spellings, and the files naming no body.</summary>
internal static class BodiesPage
{
    public static string Render(IReadOnlyList<BodySummary> bodies)
    {
        var b = new StringBuilder($"<h1>Bodies</h1><p id=\"summary\">{bodies.Count(x => x.Body != null)} bodies, {bodies.Sum(x => x.Meetings)} meetings.</p>");
        b.Append("<table id=\"bodies\"><thead><tr><th>Body</th><th>Meetings</th><th>First</th><th>Last</th><th>Series</th><th>Also found as</th></tr></thead><tbody>");
        foreach (var x in bodies.Where(x => x.Body != null))
        {
            // The trend page compares the body's series: the way into "how often does a topic recur at this body".
            var trend = $"/trend?body={Uri.EscapeDataString(x.Body!)}&series=1";
            b.Append($"<tr><td class=\"body\">{E(x.Body)}</td><td class=\"meetings\">{x.Meetings}</td><td>{E(x.FirstDate ?? "—")}</td><td>{E(x.LastDate ?? "—")}</td>")
                .Append($"<td class=\"series\"><a href=\"{E(trend)}\">{x.SeriesCount}</a></td><td class=\"aliases\">{E(string.Join("; ", x.Aliases))}</td></tr>");
        }
        b.Append("</tbody></table>");
        b.Append("<p>").Append(CsvDownload.Link("csv", "/bodies.csv", "")).Append("</p>");
        if (bodies.FirstOrDefault(x => x.Body == null) is { } unstated)
        {
            b.Append($"<h2>Meetings naming no body ({unstated.Meetings})</h2><ul id=\"unstated\">");
            foreach (var path in unstated.Paths) b.Append($"<li>{E(path)}</li>");
            b.Append("</ul>");
        }
        return Page("Bodies", "Bodies", b.ToString());
    }
}
