using System.Net;
using System.Text.Json;
using CsvHelper;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Cli.Tests.Web;

/// <summary>The topic and suggested-action JSON of <c>minutes serve</c> over corpus/ with topics built, read as a client would.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TopicApiTests(PostgresFixture postgres)
{
    private static async Task<(HttpStatusCode Status, JsonElement Json)> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    [Fact]
    public async Task Topics_and_a_topic_trend_come_as_json_with_every_year_and_the_per_body_rows()
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };

        var (_, list) = await GetJsonAsync(client, "/api/topics");
        var topics = list.GetProperty("topics").EnumerateArray().ToList();
        Assert.Equal(20, list.GetProperty("build").GetProperty("topic_count").GetInt32());
        Assert.Equal(20, topics.Count);
        var busiest = topics.OrderByDescending(t => t.GetProperty("meetings").GetInt64()).First();
        var number = busiest.GetProperty("number").GetInt32();

        var (status, trend) = await GetJsonAsync(client, $"/api/topics/{number}/trend?by=year");
        Assert.Equal(HttpStatusCode.OK, status);
        var points = trend.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(["2019", "2020", "2021", "2022", "2023", "2024", "2025"], points.Select(p => p.GetProperty("period").GetString()));
        // An undated meeting has a per-body row (period null) but no place on the time axis.
        var byBody = trend.GetProperty("by_body").EnumerateArray().Where(r => r.GetProperty("period").ValueKind == JsonValueKind.String).ToList();
        Assert.Equal(byBody.Sum(r => r.GetProperty("items").GetInt64()), points.Sum(p => p.GetProperty("items").GetInt64()));
        // A year's prevalence is its bodies' prevalences weighted by their items.
        foreach (var p in points.Where(p => p.GetProperty("items").GetInt64() > 0))
        {
            var rows = byBody.Where(r => r.GetProperty("period").GetString() == p.GetProperty("period").GetString()).ToList();
            var weighted = rows.Sum(r => r.GetProperty("prevalence").GetDouble() * r.GetProperty("items").GetInt64()) / rows.Sum(r => r.GetProperty("items").GetInt64());
            Assert.Equal(weighted, p.GetProperty("prevalence").GetDouble(), 6);
        }
        Assert.Contains(points, p => p.GetProperty("prevalence").GetDouble() > 0);

        var (_, meetings) = await GetJsonAsync(client, $"/api/topics/{number}");
        Assert.Equal(busiest.GetProperty("meetings").GetInt64(), meetings.GetProperty("meetings").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/topics/zeppelin", HttpStatusCode.NotFound, "No topic matches")]
    [InlineData("/api/topics/1/trend?by=decade", HttpStatusCode.BadRequest, "by must be month, quarter or year")]
    [InlineData("/api/search?q=council&topic=zeppelin", HttpStatusCode.BadRequest, "No topic matches")]
    [InlineData("/api/actions?topic=999", HttpStatusCode.BadRequest, "No topic matches")]
    [InlineData("/api/actions?topic=%27%3B%20drop%20table%20topics%3B", HttpStatusCode.BadRequest, "No topic matches")]
    [InlineData("/api/search?q=council&topic=%25", HttpStatusCode.BadRequest, "No topic matches")]
    [InlineData("/api/topics/%E6%97%A5%E6%9C%AC", HttpStatusCode.NotFound, "No topic matches")]
    public async Task A_bad_topic_request_gets_an_error_message(string path, HttpStatusCode expected, string message)
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };

        var (status, json) = await GetJsonAsync(client, path);

        Assert.Equal(expected, status);
        Assert.Contains(message, json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Suggested_actions_have_their_own_key_and_their_csv_a_confidence_column()
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };

        var (_, suggested) = await GetJsonAsync(client, "/api/actions?suggested=1&body=Westcombe%20Parish%20Council");
        var (_, actions) = await GetJsonAsync(client, "/api/actions?body=Westcombe%20Parish%20Council");
        var csv = await client.GetStringAsync("/actions.csv?suggested=1&body=Westcombe%20Parish%20Council");

        Assert.False(suggested.TryGetProperty("actions", out _));
        Assert.False(actions.TryGetProperty("suggested_actions", out _));
        var rows = suggested.GetProperty("suggested_actions").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.InRange(r.GetProperty("confidence").GetDouble(), MinutesIngest.Core.Parsing.Suggestions.SuggestedActionFinder.DefaultThreshold, 1.0));
        using var reader = CsvReader.FromText(csv.TrimStart('\uFEFF'));
        var texts = new List<string>();
        while (reader.Read()) texts.Add(reader.GetString("action"));
        Assert.Equal("confidence", reader.Headers[^1]);
        Assert.Equal(rows.Select(r => r.GetProperty("text").GetString()), texts);
    }
}
