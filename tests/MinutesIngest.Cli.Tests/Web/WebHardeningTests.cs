using System.Net;
using System.Text.Json;
using MinutesIngest.Cli.Tests.Queries;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Tests.Support;
using Npgsql;

namespace MinutesIngest.Cli.Tests.Web;

/// <summary>What a hostile web client found in <c>minutes serve</c>: Host headers, errors, list sizes, server paths, network binding.</summary>
[Collection(PostgresCollection.Name)]
public sealed class WebHardeningTests(PostgresFixture postgres)
{
    private static async Task<(HttpStatusCode Status, string ContentType, string Body)> GetAsync(HttpClient client, string path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host != null) request.Headers.Host = host;
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", await response.Content.ReadAsStringAsync());
    }

    // DNS rebinding: a page served from an attacker's name that resolves to 127.0.0.1 sends its own name as Host.
    [Theory]
    [InlineData("attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("attacker.example:5080", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    public async Task Only_the_host_names_the_server_is_bound_to_are_answered(string host, HttpStatusCode expected)
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };

        var (status, _, _) = await GetAsync(client, "/api/actions?limit=1", host);

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task The_action_list_has_a_default_and_a_maximum_limit()
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };

        var (_, _, all) = await GetAsync(client, "/api/actions?limit=1000");
        var (_, _, unstated) = await GetAsync(client, "/api/actions");
        var (tooMany, type, error) = await GetAsync(client, "/api/actions?limit=1000000");

        Assert.True(Count(all) > 100, $"the corpus holds {Count(all)} actions; the default is only visible above 100");
        Assert.Equal(100, Count(unstated));
        Assert.Equal((HttpStatusCode.BadRequest, "application/json"), (tooMany, type));
        Assert.Contains("limit", JsonDocument.Parse(error).RootElement.GetProperty("error").GetString());

        static int Count(string json) => JsonDocument.Parse(json).RootElement.GetProperty("count").GetInt32();
    }

    [Fact]
    public async Task Meeting_candidates_name_paths_below_the_import_root_not_server_paths()
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };

        var (status, _, body) = await GetAsync(client, "/api/meetings/parish");

        Assert.Equal(HttpStatusCode.NotFound, status);
        var candidates = JsonDocument.Parse(body).RootElement.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.True(candidates.Count > 1);
        Assert.All(candidates, c => Assert.DoesNotContain(CorpusDatabase.Folder, c));
        Assert.All(candidates, c => Assert.False(c.Split('\t')[1].StartsWith('/'), c));
    }

    [Theory]
    [InlineData("/api/actions")]
    [InlineData("/api/search?q=budget")]
    [InlineData("/api/trend?q=budget")]
    public async Task A_database_error_on_the_api_is_json(string path)
    {
        var connectionString = postgres.CreateDatabase();
        var database = await MinutesDatabase.OpenAsync(connectionString);
        await using var site = await ServedCorpus.StartAsync(database);
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        await using (var admin = new NpgsqlConnection(postgres.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        var (status, type, body) = await GetAsync(client, path);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "application/json"), (status, type));
        Assert.Contains("database", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_unknown_api_path_is_json()
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };

        var (status, type, body) = await GetAsync(client, "/api/no-such-thing");

        Assert.Equal((HttpStatusCode.NotFound, "application/json"), (status, type));
        Assert.True(JsonDocument.Parse(body).RootElement.TryGetProperty("error", out _));
    }

    // Nothing in the server authenticates: reaching other machines must be asked for, and is said out loud.
    [Fact]
    public async Task Binding_beyond_this_machine_needs_a_flag_and_warns()
    {
        const string nowhere = "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2";

        var refused = await MinutesProcess.RunAsync("serve", "--host", "0.0.0.0", "--port", "0", "--db", nowhere);
        var allowed = await MinutesProcess.RunAsync("serve", "--host", "0.0.0.0", "--port", "0", "--allow-remote", "--db", nowhere);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("--allow-remote", refused.Stderr);
        Assert.Contains("warning:", allowed.Stderr);
        Assert.Contains("authentication", allowed.Stderr);
    }
}
