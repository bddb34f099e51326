using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MinutesIngest.Web.Exports;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Topics;
using Npgsql;

namespace MinutesIngest.Web;

/// <summary>The topic pages (/topics, /topics/{id}) and their JSON (/api/topics, /api/topics/{id}, /api/topics/{id}/trend).</summary>
internal static class TopicEndpoints
{
    /// <summary>Meetings listed on a topic's page and in its JSON, most recent first.</summary>
    public const int ListedMeetings = 200;

    public static void Map(WebApplication app, MinutesDatabase database)
    {
        app.MapGet("/topics", async (CancellationToken ct) =>
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            return PageEndpoints.HtmlResult(TopicsPage.Render(await TopicStore.LoadBuildAsync(connection, ct), await TopicStore.ListAsync(connection, ct)));
        });

        app.MapGet("/topics/{id}", async (string id, HttpRequest request, CancellationToken ct) =>
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            var (topic, message) = await FindAsync(connection, id, ct);
            if (topic == null) return PageEndpoints.HtmlResult(Html.Page("Topic not found", "Topics", Html.Message(message)), StatusCodes.Status404NotFound);
            var filters = new WebFilters(request);
            var trend = new TopicTrendRequest(topic.Number, filters.Unit(), filters.Bodies());
            var problem = filters.Problems.Count == 0 ? await BodyFilterCheck.ProblemAsync(connection, filters.Bodies(), ct) : string.Join(" ", filters.Problems);
            // A body matching nothing shows the message and the topic over every body, not an empty chart.
            if (problem != null) trend = trend with { Bodies = [] };
            var byBody = await TopicStore.TrendAsync(connection, topic.Number, trend.Unit, trend.Bodies, ct);
            if (TopicStore.TooManyPoints(byBody) is { } tooMany) (problem, byBody) = (tooMany, []);
            return PageEndpoints.HtmlResult(TopicPage.Render(topic, trend, await TopicTrendQuery.RunAsync(connection, trend, ct),
                byBody,
                await TopicMeetingQuery.RunAsync(connection, topic.Number, ListedMeetings, ct), problem, request.QueryString.Value ?? ""));
        });

        app.MapGet("/topics.csv", async (CancellationToken ct) =>
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            var topics = await TopicStore.ListAsync(connection, ct);
            return CsvDownload.File("topics.csv", w => CsvOutput.Write(w, TopicColumns.List, topics));
        });

        app.MapGet("/topics/{id}/trend.csv", async (string id, HttpRequest request, CancellationToken ct) =>
        {
            var filters = new WebFilters(request);
            var unit = filters.Unit();
            if (filters.Problems.Count > 0) return Results.BadRequest(string.Join(" ", filters.Problems));
            await using var connection = await database.OpenConnectionAsync(ct);
            var (topic, message) = await FindAsync(connection, id, ct);
            if (topic == null) return Results.NotFound(message);
            if (await BodyFilterCheck.ProblemAsync(connection, filters.Bodies(), ct) is { } unknown) return Results.BadRequest(unknown);
            var rows = await TopicStore.TrendAsync(connection, topic.Number, unit, filters.Bodies(), ct);
            if (TopicStore.TooManyPoints(rows) is { } tooMany) return Results.BadRequest(tooMany);
            return CsvDownload.File($"topic-{topic.Number}-trend.csv", w => CsvOutput.Write(w, TopicColumns.Trend, rows));
        });

        app.MapGet("/topics/{id}/meetings.csv", async (string id, CancellationToken ct) =>
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            var (topic, message) = await FindAsync(connection, id, ct);
            if (topic == null) return Results.NotFound(message);
            var meetings = await TopicMeetingQuery.RunAsync(connection, topic.Number, ListedMeetings, ct);
            return CsvDownload.File($"topic-{topic.Number}-meetings.csv", w => CsvOutput.Write(w, TopicColumns.Meetings, meetings));
        });

        app.MapGet("/api/topics", async (CancellationToken ct) =>
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            return ApiEndpoints.Json(new { Build = await TopicStore.LoadBuildAsync(connection, ct), Topics = await TopicStore.ListAsync(connection, ct) });
        });

        app.MapGet("/api/topics/{id}", async (string id, CancellationToken ct) =>
        {
            await using var connection = await database.OpenConnectionAsync(ct);
            var (topic, message) = await FindAsync(connection, id, ct);
            if (topic == null) return NotFound(message);
            return ApiEndpoints.Json(new { Topic = topic, Meetings = await TopicMeetingQuery.RunAsync(connection, topic.Number, ListedMeetings, ct) });
        });

        app.MapGet("/api/topics/{id}/trend", async (string id, HttpRequest request, CancellationToken ct) =>
        {
            var filters = new WebFilters(request);
            var unit = filters.Unit();
            if (filters.Problems.Count > 0) return ApiEndpoints.Error(filters.Problems);
            await using var connection = await database.OpenConnectionAsync(ct);
            var (topic, message) = await FindAsync(connection, id, ct);
            if (topic == null) return NotFound(message);
            if (await BodyFilterCheck.ProblemAsync(connection, filters.Bodies(), ct) is { } unknown) return ApiEndpoints.Error([unknown]);
            var trend = new TopicTrendRequest(topic.Number, unit, filters.Bodies());
            var byBody = await TopicStore.TrendAsync(connection, topic.Number, unit, trend.Bodies, ct);
            if (TopicStore.TooManyPoints(byBody) is { } tooMany) return ApiEndpoints.Error([tooMany]);
            return ApiEndpoints.Json(new
            {
                Topic = topic,
                Unit = unit.ToString().ToLowerInvariant(),
                trend.Bodies,
                Points = await TopicTrendQuery.RunAsync(connection, trend, ct),
                ByBody = byBody,
            });
        });
    }

    // A topic in a URL is named like a --topic filter: its number, or a word of its label or terms.
    private static async Task<(TopicSummary? Topic, string? Message)> FindAsync(NpgsqlConnection connection, string id, CancellationToken ct)
    {
        var choice = await TopicStore.ResolveAsync(connection, id, ct);
        if (choice.Number is not { } number) return (null, choice.Message ?? "Name a topic by its number.");
        return (await TopicStore.SummaryAsync(connection, number, ct), null);
    }

    private static IResult NotFound(string? message) =>
        Results.Content(JsonOutput.Serialize(new { Error = message }), "application/json", null, StatusCodes.Status404NotFound);
}
