using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MinutesIngest.Web.Exports;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Topics;

namespace MinutesIngest.Web;

/// <summary>The server-rendered pages: search, trend, actions or suggested actions (and their CSV download), bodies, meeting; topics are in <see cref="TopicEndpoints"/>.</summary>
internal static class PageEndpoints
{
    public static void Map(WebApplication app, MinutesDatabase database)
    {
        app.MapGet("/", async (HttpRequest request, CancellationToken ct) =>
        {
            var filters = new WebFilters(request);
            await using var connection = await database.OpenConnectionAsync(ct);
            var choice = await TopicStore.ResolveAsync(connection, filters.Text("topic"), ct);
            var search = filters.Search() with { TopicId = choice.Number };
            SearchResult? result = null;
            if (filters.Problems.Count == 0 && choice.Message == null && filters.Text("q") != null)
                result = await SearchQuery.RunAsync(connection, search, ct);
            return HtmlResult(SearchPage.Render(search, result, Problem(filters) ?? choice.Message, await TopicStore.NamesAsync(connection, ct),
                request.QueryString.Value ?? ""));
        });

        app.MapGet("/trend", async (HttpRequest request, CancellationToken ct) =>
        {
            var filters = new WebFilters(request);
            var trend = filters.Trend();
            TrendResult? result = null;
            if (filters.Problems.Count == 0 && filters.Text("q") != null)
            {
                await using var connection = await database.OpenConnectionAsync(ct);
                result = await TrendQuery.RunAsync(connection, trend, ct);
            }
            return HtmlResult(TrendPage.Render(trend, result, Problem(filters), request.QueryString.Value ?? ""));
        });

        app.MapGet("/actions", async (HttpRequest request, CancellationToken ct) =>
        {
            var filters = new WebFilters(request);
            await using var connection = await database.OpenConnectionAsync(ct);
            var choice = await TopicStore.ResolveAsync(connection, filters.Text("topic"), ct);
            var filter = filters.Actions(ActionsPage.ShownRows + 1) with { TopicId = choice.Number };
            IReadOnlyList<ActionRow>? actions = null;
            IReadOnlyList<SuggestedActionRow>? suggestions = null;
            string? message = Problem(filters) ?? choice.Message;
            if (message == null && filters.Suggested)
            {
                var found = await SuggestedActionQuery.RunAsync(connection, filter, ct);
                (suggestions, message) = (found.Message == null ? found.Actions : null, found.Message);
            }
            else if (message == null)
            {
                var found = await ActionQuery.RunAsync(connection, filter, ct);
                (actions, message) = (found.Message == null ? found.Actions : null, found.Message);
            }
            return HtmlResult(ActionsPage.Render(filter, await TopicStore.NamesAsync(connection, ct), filters.Suggested, actions, suggestions, message,
                request.QueryString.Value ?? ""));
        });

        app.MapGet("/actions.csv", async (HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var filters = new WebFilters(request);
            var filter = filters.Actions(ListLimit.CsvDownload.Read(filters));
            if (filters.Problems.Count > 0) return Results.BadRequest(Problem(filters));
            await using var connection = await database.OpenConnectionAsync(ct);
            var choice = await TopicStore.ResolveAsync(connection, filters.Text("topic"), ct);
            if (choice.Message != null) return Results.BadRequest(choice.Message);
            filter = filter with { TopicId = choice.Number };
            if (filters.Suggested)
            {
                var found = await SuggestedActionQuery.RunAsync(connection, filter, ct);
                if (found.Message != null) return Results.BadRequest(found.Message);
                return CsvDownload.File("suggested-actions.csv", w => CsvOutput.Write(w, ActionColumns.SuggestedCsv, found.Actions));
            }
            var result = await ActionQuery.RunAsync(connection, filter, ct);
            if (result.Message != null) return Results.BadRequest(result.Message);
            return CsvDownload.File("actions.csv", w => CsvOutput.Write(w, ActionColumns.Csv, result.Actions));
        });

        app.MapGet("/search.csv", async (HttpRequest request, CancellationToken ct) =>
        {
            var filters = new WebFilters(request);
            var search = filters.Search() with { Limit = SearchQuery.MaxLimit };
            if (filters.Problems.Count > 0) return Results.BadRequest(Problem(filters));
            await using var connection = await database.OpenConnectionAsync(ct);
            var choice = await TopicStore.ResolveAsync(connection, filters.Text("topic"), ct);
            if (choice.Message != null) return Results.BadRequest(choice.Message);
            var result = await SearchQuery.RunAsync(connection, search with { TopicId = choice.Number }, ct);
            if (result.Message != null) return Results.BadRequest(result.Message);
            return CsvDownload.File("search.csv", w => CsvOutput.Write(w, SearchColumns.Csv, result.Hits.Select(SearchColumns.Emphasised)));
        });

        app.MapGet("/trend.csv", async (HttpRequest request, CancellationToken ct) =>
        {
            var filters = new WebFilters(request);
            var trend = filters.Trend();
            if (filters.Problems.Count > 0) return Results.BadRequest(Problem(filters));
            await using var connection = await database.OpenConnectionAsync(ct);
            var result = await TrendQuery.RunAsync(connection, trend, ct);
            if (result.Message != null) return Results.BadRequest(result.Message);
            return CsvDownload.File("trend.csv", w => CsvOutput.Write(w, TrendColumns.Csv, result.Points));
        });

        app.MapGet("/bodies", async (CancellationToken ct) =>
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            return HtmlResult(BodiesPage.Render(await BodyQuery.ListAsync(connection, ct)));
        });

        app.MapGet("/bodies.csv", async (CancellationToken ct) =>
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            var bodies = await BodyQuery.ListAsync(connection, ct);
            return CsvDownload.File("bodies.csv", w => CsvOutput.Write(w, BodyColumns.Csv, bodies));
        });

        app.MapGet("/meetings/{id}", async (string id, CancellationToken ct) =>
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            var found = await MeetingQuery.FindAsync(connection, id, ct);
            return found.Meeting is { } meeting
                ? HtmlResult(MeetingPage.Render(meeting))
                : HtmlResult(Html.Page("Not found", "", Html.Message(found.Message)), StatusCodes.Status404NotFound);
        });
        MapMeetingCsv(app, database);
    }

    private static void MapMeetingCsv(WebApplication app, MinutesDatabase database) =>
        app.MapGet("/meetings/{id}/{table}.csv", async (string id, string table, CancellationToken ct) =>
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            var found = await MeetingQuery.FindAsync(connection, id, ct);
            if (found.Meeting is not { } meeting) return Results.NotFound(found.Message);
            var csv = new StringWriter();
            if (!MeetingCsv.TryWrite(csv, table, meeting))
                return Results.NotFound($"no table \"{table}\" on the meeting page; one of: {string.Join(", ", MeetingCsv.Tables)}");
            return CsvDownload.File($"meeting-{meeting.DocumentId}-{table}.csv", w => w.Write(csv.ToString()));
        });

    public static IResult HtmlResult(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    private static string? Problem(WebFilters filters) => filters.Problems.Count == 0 ? null : string.Join(" ", filters.Problems);
}
