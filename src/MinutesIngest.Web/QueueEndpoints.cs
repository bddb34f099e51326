using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Web;

/// <summary>The queue page and its JSON: read only (GET), nothing here can enqueue, retry or delete a job.</summary>
internal static class QueueEndpoints
{
    public static void Map(WebApplication app, MinutesDatabase database, IJobQueueSource? queue)
    {
        app.MapGet("/queue", async (CancellationToken ct) =>
        {
            var (snapshot, throughput) = await ReadAsync(database, queue, ct);
            return PageEndpoints.HtmlResult(QueuePage.Render(snapshot, throughput));
        });

        app.MapGet("/api/queue", async (CancellationToken ct) =>
        {
            var (snapshot, throughput) = await ReadAsync(database, queue, ct);
            return ApiEndpoints.Json(new
            {
                Queue = snapshot,
                Throughput = new
                {
                    WindowSeconds = throughput.Window.TotalSeconds, throughput.Documents, throughput.Pages,
                    throughput.DocumentsPerSecond, throughput.PagesPerSecond,
                },
            });
        });
    }

    private static async Task<(JobQueueSnapshot?, RecentThroughput)> ReadAsync(MinutesDatabase database, IJobQueueSource? queue, CancellationToken ct)
    {
        // The job engine's monitoring calls block: keep them off the request thread.
        var snapshot = queue == null ? null : await Task.Run(() => queue.Read(QueuePage.ListedPerState), ct);
        await using var connection = await database.OpenConnectionAsync(ct);
        return (snapshot, await RecentThroughput.ReadAsync(connection, cancellationToken: ct));
    }
}
