using System.Net;
using System.Text.Json;
using Dapper;
using Hangfire;
using Hangfire.States;
using MinutesIngest.Cli.Commands;
using MinutesIngest.Ingest.Jobs;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Tests.Support;
using Npgsql;

namespace MinutesIngest.Cli.Tests.Web;

/// <summary>The queue page of <c>minutes serve</c> shows the Hangfire queue of the served database as <c>minutes queue status</c> counts it,
/// with failed jobs' files and reasons and the recent throughput, and offers nothing that changes the queue.</summary>
[Collection(PostgresCollection.Name)]
public sealed class QueuePageTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_queue_page_and_its_json_show_jobs_per_state_failures_and_throughput()
    {
        using var folder = new TempFolder();
        var files = new[] { "a.txt", "b.txt", "c.txt" }.Select(n => folder.Write(n, "Minutes of the meeting\n1. " + n + "\n")).ToList();
        var connectionString = postgres.CreateDatabase();
        var database = await MinutesDatabase.OpenAsync(connectionString);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            // Two documents written just now (3 + 5 pages) and one an hour ago that the window leaves out.
            await connection.ExecuteAsync("""
                INSERT INTO documents (path, sha256, size_bytes, pages, parser_version, status, updated_at) VALUES
                  ('/x/one.pdf', 'a', 1, 3, 1, 'stored', now()), ('/x/two.pdf', 'b', 1, 5, 1, 'stored', now()),
                  ('/x/old.pdf', 'c', 1, 100, 1, 'stored', now() - interval '1 hour')
                """);
        }
        var storage = JobQueueStorage.Use(connectionString);
        await new IngestJobEnqueuer(storage).EnqueueAsync(files);
        // Two jobs taken off the queue as a server takes them: one fails for good, one succeeds; the third waits.
        var taken = new List<string>();
        using (var hangfire = storage.GetConnection())
            for (var i = 0; i < 2; i++)
            {
                using var fetched = hangfire.FetchNextJob([JobQueueStorage.Queue], CancellationToken.None);
                fetched.RemoveFromQueue();
                taken.Add(fetched.JobId);
            }
        var client = new BackgroundJobClient(storage);
        using (var hangfire = storage.GetConnection())
            hangfire.SetJobParameter(taken[0], "RetryCount", "6");
        client.ChangeState(taken[0], new FailedState(new InvalidOperationException("the database was gone for too long")));
        client.ChangeState(taken[1], new SucceededState(null, 0, 0));
        var failedPath = (string)storage.GetMonitoringApi().JobDetails(taken[0]).Job.Args[0];

        await using var site = await ServedCorpus.StartAsync(database, new HangfireJobQueueSource(connectionString));
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var page = await http.GetStringAsync("/queue");
        using var json = JsonDocument.Parse(await http.GetStringAsync("/api/queue"));

        var queue = json.RootElement.GetProperty("queue");
        Assert.Equal((1, 0, 1, 1), (queue.GetProperty("queued").GetInt64(), queue.GetProperty("running").GetInt64(),
            queue.GetProperty("failed").GetInt64(), queue.GetProperty("succeeded").GetInt64()));
        var failed = queue.GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("state").GetString() == "failed");
        Assert.Equal(failedPath, failed.GetProperty("path").GetString());
        Assert.Contains("the database was gone for too long", failed.GetProperty("reason").GetString());
        var throughput = json.RootElement.GetProperty("throughput");
        Assert.Equal((2, 8), (throughput.GetProperty("documents").GetInt64(), throughput.GetProperty("pages").GetInt64()));
        Assert.Equal(8 / 300.0, throughput.GetProperty("pages_per_second").GetDouble(), 6);

        Assert.Contains("<td class=\"failed\">1</td>", page);
        Assert.Contains("<table id=\"failed\">", page);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(failedPath), page);
        Assert.Contains("the database was gone for too long", page);
        Assert.Contains("<table id=\"queued\">", page);
        Assert.Contains("<table id=\"succeeded\">", page);
        Assert.Contains("2 documents, 8 pages", page);
        // Read only: no form, and no verb but GET reaches the queue.
        Assert.DoesNotContain("<form", page);
        using var post = await http.PostAsync("/queue", new StringContent(""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task A_database_that_never_held_a_queue_says_so_and_gets_no_queue_tables()
    {
        var connectionString = postgres.CreateDatabase();
        var database = await MinutesDatabase.OpenAsync(connectionString);

        await using var site = await ServedCorpus.StartAsync(database, new HangfireJobQueueSource(connectionString));
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var page = await http.GetStringAsync("/queue");
        using var json = JsonDocument.Parse(await http.GetStringAsync("/api/queue"));

        Assert.Contains("holds no ingest queue", page);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("queue").ValueKind);
        await using var connection = new NpgsqlConnection(connectionString);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'hangfire'"));
    }
}
