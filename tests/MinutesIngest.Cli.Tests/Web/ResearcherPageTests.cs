using System.Net;
using System.Text.Json;
using CsvHelper;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Cli.Tests.Web;

/// <summary>Every web table offers its CSV, exact words and the share of meetings are on the pages, and a body filter matching
/// nothing is a message (page) or a 400 naming the nearest bodies (API).</summary>
[Collection(PostgresCollection.Name)]
public sealed class ResearcherPageTests(PostgresFixture postgres)
{
    private static async Task<List<string[]>> CsvAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var reader = CsvReader.FromText((await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.Headers.Count).Select(reader.GetString).ToArray());
        rows.Insert(0, reader.Headers.ToArray());
        return rows;
    }

    [Fact]
    public async Task Search_trend_and_topic_pages_link_to_their_csv()
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };

        var search = await client.GetStringAsync("/?q=budget");
        var trend = await client.GetStringAsync("/trend?q=budget&by=year");
        var topics = await client.GetStringAsync("/topics");
        var topic = await client.GetStringAsync("/topics/1");

        Assert.Contains("href=\"/search.csv?q=budget\"", search);
        Assert.Contains("href=\"/trend.csv?q=budget&amp;by=year\"", trend);
        Assert.Contains("<th>Share of meetings held</th>", trend);
        Assert.Contains("name=\"exact\"", trend);
        Assert.Contains("href=\"/topics.csv\"", topics);
        Assert.Contains("href=\"/topics/1/trend.csv\"", topic);
        Assert.Contains("href=\"/topics/1/meetings.csv\"", topic);
        // A long body name wraps in its own cell rather than pushing the figures off screen.
        Assert.Contains("<td class=\"body\" title=\"", topic);

        Assert.Contains("snippet", (await CsvAsync(client, "/search.csv?q=budget"))[0]);
        var trendCsv = await CsvAsync(client, "/trend.csv?q=budget&by=year");
        Assert.Contains("share", trendCsv[0]);
        Assert.True(trendCsv.Count > 1);
        Assert.Equal(JsonDocument.Parse(await client.GetStringAsync("/api/topics")).RootElement.GetProperty("topics").GetArrayLength() + 1,
            (await CsvAsync(client, "/topics.csv")).Count);
        Assert.Contains("prevalence", (await CsvAsync(client, "/topics/1/trend.csv"))[0]);
        Assert.Contains("top_item_title", (await CsvAsync(client, "/topics/1/meetings.csv"))[0]);
    }

    [Fact]
    public async Task The_bodies_page_links_to_its_csv_with_a_row_per_body()
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };

        var page = await client.GetStringAsync("/bodies");
        var csv = await CsvAsync(client, "/bodies.csv");

        Assert.Contains("href=\"/bodies.csv\"", page);
        Assert.Equal(["body", "meetings", "first_date", "last_date", "series", "aliases", "paths"], csv[0]);
        var rowsOnPage = System.Text.RegularExpressions.Regex.Matches(page, "<td class=\"body\">").Count;
        // The CSV also carries the row of meetings naming no body, when there is one.
        Assert.Equal(rowsOnPage, csv.Skip(1).Count(r => r[0].Length > 0));
    }

    [Fact]
    public async Task Every_table_of_the_meeting_page_links_to_its_csv_with_the_same_rows()
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var id = JsonDocument.Parse(await client.GetStringAsync("/api/actions?limit=1")).RootElement.GetProperty("actions")[0].GetProperty("document_id").GetInt64();
        using var contract = JsonDocument.Parse(await client.GetStringAsync($"/api/meetings/{id}"));

        var page = await client.GetStringAsync($"/meetings/{id}");

        foreach (var table in new[] { "meeting", "sources", "attendance", "items", "actions" })
            Assert.Contains($"href=\"/meetings/{id}/{table}.csv\"", page);
        Assert.Equal(2, (await CsvAsync(client, $"/meetings/{id}/meeting.csv")).Count);
        Assert.True((await CsvAsync(client, $"/meetings/{id}/sources.csv")).Count >= 2);
        foreach (var (table, key) in new[] { ("attendance", "attendance"), ("items", "items"), ("actions", "actions") })
        {
            var rows = await CsvAsync(client, $"/meetings/{id}/{table}.csv");
            Assert.Equal(contract.RootElement.GetProperty(key).GetArrayLength() + 1, rows.Count);
            Assert.Equal("document_id", rows[0][0]);
            Assert.All(rows.Skip(1), r => Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), r[0]));
        }
        Assert.Contains("text", (await CsvAsync(client, $"/meetings/{id}/items.csv"))[0]);
        using var unknown = await client.GetAsync($"/meetings/{id}/secrets.csv");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=budget&body=Highwys%20Transprt")]
    [InlineData("/api/trend?q=budget&body=Highwys%20Transprt")]
    [InlineData("/api/topics/1/trend?body=Highwys%20Transprt")]
    public async Task The_api_refuses_a_body_matching_no_meeting_with_the_nearest(string path)
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };

        using var response = await client.GetAsync(path);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nearest bodies: “Highways and Transport", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_pages_show_the_message_for_a_body_matching_no_meeting()
    {
        await using var site = await ServedCorpus.StartAsync(await CorpusDatabase.ConnectionStringAsync(postgres));
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };

        foreach (var path in new[] { "/?q=budget&body=Highwys+Transprt", "/trend?q=budget&body=Highwys+Transprt", "/topics/1?body=Highwys+Transprt" })
            Assert.Contains("Nearest bodies: “Highways and Transport", WebUtility.HtmlDecode(await client.GetStringAsync(path)));
    }
}
