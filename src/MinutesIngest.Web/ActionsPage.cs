using System.Globalization;
using System.Text;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Topics;
using static MinutesIngest.Web.Html;

namespace MinutesIngest.Web;

/// <summary>
/// The action list page: filters (topic included), a CSV download of the same selection, and the table; with
/// "suggested" ticked it lists the suggested actions instead, with the classifier's confidence, never both at once.
/// </summary>
internal static class ActionsPage
{
    public const int ShownRows = 500;

    public static string Render(ActionFilter filter, IReadOnlyList<TopicName> topics, bool suggested, IReadOnlyList<ActionRow>? actions,
        IReadOnlyList<SuggestedActionRow>? suggestions, string? problem, string queryString)
    {
        var b = new StringBuilder($"<h1>{(suggested ? "Suggested actions" : "Actions")}</h1><form method=\"get\" action=\"/actions\">");
        b.Append(Input("owner", "Owner (name, initials or role)", filter.Owner));
        b.Append(Input("body", "Body contains", filter.Body));
        b.Append(Input("q", "Words", filter.Query));
        b.Append(Input("from", "From", filter.From?.ToString("yyyy-MM-dd"), "date"));
        b.Append(Input("to", "To", filter.To?.ToString("yyyy-MM-dd"), "date"));
        b.Append(TopicSelect(topics, filter.TopicId));
        b.Append($"<label><input type=\"checkbox\" name=\"overdue\" value=\"1\"{(filter.Overdue ? " checked" : "")}> Overdue only</label>");
        b.Append($"<label title=\"commitments written without an action marker, found by the classifier\"><input type=\"checkbox\" name=\"suggested\" value=\"1\"{(suggested ? " checked" : "")}> Suggested actions instead</label>");
        b.Append("<button type=\"submit\">Filter</button></form>");
        b.Append(Message(problem));
        if (suggested && suggestions != null)
        {
            b.Append("<p class=\"legend\">Suggested actions are sentences the classifier reads as commitments although the minutes do not mark them as actions; they are never part of the action list.</p>");
            Summary(b, suggestions.Count, "suggested actions", queryString, "Download all as CSV (with confidence)");
            Table(b, suggestions.Take(ShownRows).Select(s => (s.AsAction(), (double?)s.Confidence)), withConfidence: true);
        }
        else if (!suggested && actions != null)
        {
            Summary(b, actions.Count, "actions", queryString, "Download all as CSV");
            Table(b, actions.Take(ShownRows).Select(a => (a, (double?)null)), withConfidence: false);
        }
        return Page(suggested ? "Suggested actions" : "Actions", "Actions", b.ToString());
    }

    private static void Summary(StringBuilder b, int count, string noun, string queryString, string download)
    {
        b.Append($"<p id=\"summary\">{(count > ShownRows ? $"More than {ShownRows}" : count.ToString(CultureInfo.InvariantCulture))} {noun}. ");
        b.Append($"<a id=\"csv\" href=\"/actions.csv{E(queryString)}\" download>{E(download)}</a></p>");
    }

    private static void Table(StringBuilder b, IEnumerable<(ActionRow Action, double? Confidence)> rows, bool withConfidence)
    {
        b.Append("<table id=\"actions\"><thead><tr><th>Date</th><th>Meeting</th><th>Item</th><th>Action</th><th>Owner</th><th>Due</th>");
        b.Append(withConfidence ? "<th>Confidence</th></tr></thead><tbody>" : "</tr></thead><tbody>");
        foreach (var (a, confidence) in rows)
        {
            var owner = a.OwnerName != null && a.OwnerName != a.Owner ? $"{E(a.Owner)} ({E(a.OwnerName)})" : E(a.Owner);
            b.Append($"<tr><td>{E(a.Date)}</td><td>{MeetingLink(a.DocumentId, a.Body ?? a.Title)}</td><td>{E(a.ItemNumber)} {E(a.ItemTitle)}</td>")
             .Append($"<td>{E(a.Text)}</td><td>{owner}</td><td{(a.Overdue ? " class=\"overdue\"" : "")}>{E(a.Due)}</td>");
            if (confidence is { } c) b.Append($"<td class=\"confidence\">{c.ToString("0.000", CultureInfo.InvariantCulture)}</td>");
            b.Append("</tr>");
        }
        b.Append("</tbody></table>");
    }
}
