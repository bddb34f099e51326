using System.Text;
using MinutesIngest.Storage.Queries;
using static MinutesIngest.Cli.Web.Html;

namespace MinutesIngest.Cli.Web;

/// <summary>The action list page: filters, a CSV download of the same selection, and the table.</summary>
internal static class ActionsPage
{
    public const int ShownRows = 500;

    public static string Render(ActionFilter filter, ActionListResult? result, string? problem, string queryString)
    {
        var b = new StringBuilder("<h1>Actions</h1><form method=\"get\" action=\"/actions\">");
        b.Append(Input("owner", "Owner (name, initials or role)", filter.Owner));
        b.Append(Input("body", "Body contains", filter.Body));
        b.Append(Input("q", "Words", filter.Query));
        b.Append(Input("from", "From", filter.From?.ToString("yyyy-MM-dd"), "date"));
        b.Append(Input("to", "To", filter.To?.ToString("yyyy-MM-dd"), "date"));
        b.Append($"<label><input type=\"checkbox\" name=\"overdue\" value=\"1\"{(filter.Overdue ? " checked" : "")}> Overdue only</label>");
        b.Append("<button type=\"submit\">Filter</button></form>");
        b.Append(Message(problem ?? result?.Message));
        if (result is { Message: null })
        {
            var more = result.Actions.Count > ShownRows;
            b.Append($"<p id=\"summary\">{(more ? $"More than {ShownRows}" : result.Actions.Count.ToString())} actions. ");
            b.Append($"<a id=\"csv\" href=\"/actions.csv{E(queryString)}\" download>Download all as CSV</a></p>");
            b.Append("<table id=\"actions\"><thead><tr><th>Date</th><th>Meeting</th><th>Item</th><th>Action</th><th>Owner</th><th>Due</th></tr></thead><tbody>");
            foreach (var a in result.Actions.Take(ShownRows))
            {
                var owner = a.OwnerName != null && a.OwnerName != a.Owner ? $"{E(a.Owner)} ({E(a.OwnerName)})" : E(a.Owner);
                b.Append($"<tr><td>{E(a.Date)}</td><td>{MeetingLink(a.DocumentId, a.Body ?? a.Title)}</td><td>{E(a.ItemNumber)} {E(a.ItemTitle)}</td>")
                 .Append($"<td>{E(a.Text)}</td><td>{owner}</td><td{(a.Overdue ? " class=\"overdue\"" : "")}>{E(a.Due)}</td></tr>");
            }
            b.Append("</tbody></table>");
        }
        return Page("Actions", "Actions", b.ToString());
    }
}
