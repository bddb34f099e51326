using System.Text;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Topics;
using static MinutesIngest.Web.Html;

namespace MinutesIngest.Web;

/// <summary>The search page: a form (words, body, dates, topic) and the ranked results with the matched words marked.</summary>
internal static class SearchPage
{
    public static string Render(SearchRequest request, SearchResult? result, string? problem, IReadOnlyList<TopicName> topics, string queryString = "")
    {
        var b = new StringBuilder("<h1>Search the minutes</h1><form method=\"get\" action=\"/\">");
        b.Append(Input("q", "Words (\"exact phrase\", -exclude, or, =unstemmed)", request.Query == "" ? null : request.Query, extra: "autofocus"));
        b.Append(ExactBox(request.Exact));
        b.Append(Input("body", "Body contains", request.Body));
        b.Append(Input("from", "From", request.From?.ToString("yyyy-MM-dd"), "date"));
        b.Append(Input("to", "To", request.To?.ToString("yyyy-MM-dd"), "date"));
        b.Append(TopicSelect(topics, request.TopicId));
        b.Append("<button type=\"submit\">Search</button></form>");
        b.Append(Message(problem ?? result?.Message));
        if (result is { Message: null })
        {
            b.Append($"<p id=\"summary\">{E(result.Summary)}{(result.Total > result.Hits.Count ? $" The best {result.Hits.Count} are shown." : "")} ")
             .Append(CsvDownload.Link("csv", "/search.csv", queryString, $"Download the best {SearchQuery.MaxLimit} as CSV")).Append("</p>");
            foreach (var hit in result.Hits)
            {
                var where = hit.Kind == "action" ? $"Action under item {E(hit.ItemNumber ?? "?")}" : $"Item {E(hit.ItemNumber)} {E(hit.ItemTitle)}";
                b.Append("<div class=\"hit\"><div class=\"meta\">").Append(E(hit.Date ?? "undated")).Append(" · ")
                 .Append(MeetingLink(hit.DocumentId, hit.Body ?? hit.Title)).Append(" · ").Append(where).Append("</div>")
                 .Append("<div class=\"snippet\">").Append(Highlight.Html(hit.Snippet)).Append("</div></div>");
            }
        }
        return Page(request.Query == "" ? "Search" : request.Query, "Search", b.ToString());
    }
}
