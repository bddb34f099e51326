using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MinutesIngest.Web.Exports;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Topics;

namespace MinutesIngest.Web;

/// <summary>The JSON API under /api: the same queries as the pages, snake_case like the contract; a bad request gets 400 and {"error": …}.</summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app, MinutesDatabase database)
    {
        app.MapGet("/api/search", async (HttpRequest request, CancellationToken ct) =>
        {
            var filters = new WebFilters(request);
            var search = filters.Search();
            if (filters.Problems.Count > 0) return Error(filters.Problems);
            await using var connection = await database.OpenConnectionAsync(ct);
            var choice = await TopicStore.ResolveAsync(connection, filters.Text("topic"), ct);
            if (choice.Message != null) return Error([choice.Message]);
            search = search with { TopicId = choice.Number };
            var result = await SearchQuery.RunAsync(connection, search, ct);
            if (result.Message != null) return Error([result.Message]);
            return Json(new
            {
                search.Query, Topic = search.TopicId, result.Total, result.RankedRecentOnly, Shown = result.Hits.Count,
                Hits = result.Hits.Select(h => new
                {
                    h.Kind, h.Rank, h.DocumentId, h.DocumentPath, h.Body, h.Title, h.Date, h.ItemNumber, h.ItemTitle, h.Owner,
                    Snippet = Highlight.Emphasised(h.Snippet), SnippetHtml = Highlight.Html(h.Snippet), Matched = Highlight.MatchedWords(h.Snippet),
                }),
            });
        });

        app.MapGet("/api/trend", async (HttpRequest request, CancellationToken ct) =>
        {
            var filters = new WebFilters(request);
            var trend = filters.Trend();
            if (filters.Problems.Count > 0) return Error(filters.Problems);
            await using var connection = await database.OpenConnectionAsync(ct);
            var result = await TrendQuery.RunAsync(connection, trend, ct);
            if (result.Message != null) return Error([result.Message]);
            return Json(new { trend.Query, Unit = result.Unit.ToString().ToLowerInvariant(), Bodies = trend.Bodies, result.Points });
        });

        app.MapGet("/api/actions", async (HttpRequest request, CancellationToken ct) =>
        {
            var filters = new WebFilters(request);
            var filter = filters.Actions(ListLimit.Actions.Read(filters));
            if (filters.Problems.Count > 0) return Error(filters.Problems);
            await using var connection = await database.OpenConnectionAsync(ct);
            var choice = await TopicStore.ResolveAsync(connection, filters.Text("topic"), ct);
            if (choice.Message != null) return Error([choice.Message]);
            filter = filter with { TopicId = choice.Number };
            if (filters.Suggested)
            {
                // Their own key: a client reading "actions" never gets suggested ones by mistake.
                var found = await SuggestedActionQuery.RunAsync(connection, filter, ct);
                if (found.Message != null) return Error([found.Message]);
                return Json(new { Count = found.Actions.Count, Topic = choice.Number, SuggestedActions = found.Actions });
            }
            var result = await ActionQuery.RunAsync(connection, filter, ct);
            if (result.Message != null) return Error([result.Message]);
            return Json(new { Count = result.Actions.Count, Topic = choice.Number, result.Actions });
        });

        app.MapGet("/api/meetings/{id}", async (string id, CancellationToken ct) =>
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            var found = await MeetingQuery.FindAsync(connection, id, ct);
            if (found.Meeting is not { } meeting)
            {
                // Server paths tell a client how the machine is laid out: candidates name files below the import root.
                var root = await DocumentRoot.FindAsync(connection, ct);
                var candidates = found.Candidates.Select(c => c.Split('\t', 2) is [var docId, var path] ? $"{docId}\t{DocumentRoot.Relative(root, path)}" : c);
                return Results.Content(JsonOutput.Serialize(new { Error = found.Message, Candidates = candidates }), "application/json", null, StatusCodes.Status404NotFound);
            }
            return Results.Content(MeetingJson.Serialize(meeting), "application/json");
        });
    }

    /// <summary>Any other path under /api: JSON like every API answer, not the framework's empty 404.</summary>
    public static void MapFallback(WebApplication app) =>
        app.MapFallback("/api/{**rest}", () => Results.Content(JsonOutput.Serialize(new { Error = "No such API endpoint." }), "application/json", null, StatusCodes.Status404NotFound));

    public static IResult Json<T>(T value) => Results.Content(JsonOutput.Serialize(value), "application/json");

    public static IResult Error(IReadOnlyList<string> problems) =>
        Results.Content(JsonOutput.Serialize(new { Error = string.Join(" ", problems) }), "application/json", null, StatusCodes.Status400BadRequest);
}
