using System.Text.Json;
using CsvHelper;
using Dapper;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Storage.Tests.Support;
using MinutesIngest.Storage.Topics;
using Npgsql;

namespace MinutesIngest.Cli.Tests.Queries;

/// <summary><c>--topic</c> on search and actions, <c>topics</c> and <c>actions --suggested</c>, run as processes over corpus/ with topics built.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TopicAndSuggestedCommandTests(PostgresFixture postgres)
{
    // Its gold lists three suggested actions (items 3, 4 and 6) and no action is marked in it.
    private const string Westcombe = "parish-westcombe-2020-07";

    private static readonly string[] SuggestedHeader =
        ["date", "body", "title", "item_number", "item_title", "action", "owner", "owner_name", "due", "overdue", "document_id", "document_path", "confidence"];

    private async Task<MinutesProcess.Output> Run(params string[] args) =>
        await MinutesProcess.RunAsync([.. args, "--db", await CorpusDatabase.ConnectionStringAsync(postgres)]);

    private async Task<MinutesProcess.Output> Minutes(params string[] args)
    {
        var output = await Run(args);
        Assert.True(output.ExitCode == 0, $"exit {output.ExitCode}: {output.Stderr}");
        return output;
    }

    private static (string[] Header, List<Dictionary<string, string>> Rows) ParseCsv(string text)
    {
        using var reader = CsvReader.FromText(text);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(reader.Headers.Select((h, i) => (h, v: reader.GetString(i))).ToDictionary(p => p.h, p => p.v));
        return (reader.Headers.ToArray(), rows);
    }

    private async Task<IReadOnlyList<TopicSummary>> TopicsAsync()
    {
        await using var connection = new NpgsqlConnection(await CorpusDatabase.ConnectionStringAsync(postgres));
        await connection.OpenAsync();
        return await TopicStore.ListAsync(connection);
    }

    [Fact]
    public async Task Suggested_action_csv_has_the_action_columns_plus_confidence_and_the_gold_rows()
    {
        var gold = MinutesJson.Deserialize(await File.ReadAllTextAsync(CorpusDatabase.PathOf(Westcombe + ".gold.json")));
        var raw = (await Minutes("actions", "--suggested", "--body", "Westcombe Parish Council", "--format", "csv")).Stdout;
        var (header, rows) = ParseCsv(raw);
        using var json = JsonDocument.Parse((await Minutes("actions", "--suggested", "--body", "Westcombe Parish Council", "--format", "json")).Stdout);
        var explicitActions = ParseCsv((await Minutes("actions", "--body", "Westcombe Parish Council", "--format", "csv")).Stdout).Rows;

        Assert.Equal(SuggestedHeader, header);
        Assert.EndsWith("\r\n", raw);
        Assert.Equal(3, gold.SuggestedActions!.Count);
        Assert.Equal(gold.SuggestedActions.Select(s => s.Item), rows.Select(r => r["item_number"]));
        // The stored sentence may keep the item's heading before the gold's sentence.
        Assert.All(gold.SuggestedActions.Zip(rows), p => Assert.EndsWith(p.First.Text, p.Second["action"], StringComparison.OrdinalIgnoreCase));
        Assert.All(rows, r => Assert.Equal(CorpusDatabase.PathOf(Westcombe + ".html"), r["document_path"]));
        Assert.All(rows, r => Assert.InRange(double.Parse(r["confidence"], System.Globalization.CultureInfo.InvariantCulture), MinutesIngest.Core.Parsing.Suggestions.SuggestedActionFinder.DefaultThreshold, 1.0));
        Assert.Contains(rows, r => (r["owner"], r["owner_name"]) == ("Chairman", "Cllr Peter Hallam"));
        Assert.Contains(rows, r => r["action"] == "The Council will ask the county council for a speed survey." && r["owner"] == "Council");
        Assert.Equal(rows.Select(r => r["confidence"]),
            json.RootElement.EnumerateArray().Select(e => e.GetProperty("confidence").GetDouble().ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)));
        // Never mixed: the explicit list holds none of them.
        Assert.DoesNotContain(explicitActions, a => rows.Any(r => r["action"] == a["action"]));
    }

    [Theory]
    [InlineData("table", "suggested actions")]
    [InlineData("md", "| Date | Body | Item | Action | Owner | Owner name | Due | Confidence |")]
    public async Task Suggested_actions_print_as_a_table_and_markdown_with_the_confidence(string format, string expected)
    {
        var output = (await Minutes("actions", "--suggested", "--body", "Westcombe Parish Council", "--format", format)).Stdout;
        // The model's confidence as the JSON gives it, so retraining the model does not break the test.
        using var json = JsonDocument.Parse((await Minutes("actions", "--suggested", "--body", "Westcombe Parish Council", "--format", "json")).Stdout);
        var confidences = json.RootElement.EnumerateArray()
            .Select(e => e.GetProperty("confidence").GetDouble().ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Contains(expected, output);
        // Words only: a table wraps its cells on a narrow terminal.
        Assert.Contains("Chairman", output);
        Assert.NotEmpty(confidences);
        Assert.All(confidences, c => Assert.Contains(c, output));
    }

    [Fact]
    public async Task Search_and_actions_with_a_topic_list_only_what_its_items_carry()
    {
        var topic = (await TopicsAsync()).OrderByDescending(t => t.Meetings).First();
        var number = topic.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var connection = new NpgsqlConnection(await CorpusDatabase.ConnectionStringAsync(postgres));
        var carried = (await connection.QueryAsync<string>("""
            SELECT DISTINCT m.document_id::text || '|' || i.number FROM item_topics t JOIN items i ON i.id = t.item_id JOIN meetings m ON m.id = i.meeting_id
            WHERE t.topic = @topic AND t.weight >= @weight
            """, new { topic = topic.Number, weight = TopicStore.OccurrenceWeight })).ToHashSet();

        // The longest word of the title of the item carrying the topic most strongly: the search must find that item.
        var title = await connection.QuerySingleAsync<string>("""
            SELECT i.title FROM item_topics t JOIN items i ON i.id = t.item_id WHERE t.topic = @topic AND i.title IS NOT NULL
            ORDER BY t.weight DESC, i.id LIMIT 1
            """, new { topic = topic.Number });
        var word = System.Text.RegularExpressions.Regex.Matches(title, @"\p{L}{4,}").Select(m => m.Value).MaxBy(w => w.Length)!;

        var all = ParseCsv((await Minutes("search", word, "--limit", "500", "--format", "csv")).Stdout).Rows;
        var hits = ParseCsv((await Minutes("search", word, "--topic", number, "--limit", "500", "--format", "csv")).Stdout).Rows;
        var actions = ParseCsv((await Minutes("actions", "--topic", number, "--format", "csv")).Stdout).Rows;

        Assert.NotEmpty(hits);
        Assert.Equal(all.Count(h => carried.Contains(h["document_id"] + "|" + h["item_number"])), hits.Count);
        Assert.All(hits, h => Assert.Contains(h["document_id"] + "|" + h["item_number"], carried));
        Assert.All(actions, a => Assert.Contains(a["document_id"] + "|" + a["item_number"], carried));
    }

    [Fact]
    public async Task Topics_lists_every_topic_with_terms_and_meeting_counts()
    {
        var topics = await TopicsAsync();
        var output = (await Minutes("topics")).Stdout;

        Assert.Contains($"{topics.Count} topics over", output);
        Assert.All(topics, t => Assert.Contains(t.Label, output));
    }

    [Theory]
    [InlineData("search", "zeppelin", "No topic matches \"zeppelin\"")]
    [InlineData("actions", "zeppelin", "No topic matches \"zeppelin\"")]
    [InlineData("actions", "999", "No topic matches \"999\"")]
    public async Task An_unknown_topic_exits_1_with_a_message(string command, string topic, string message)
    {
        var output = await Run(command == "search" ? ["search", "council", "--topic", topic] : ["actions", "--topic", topic]);

        Assert.Equal(1, output.ExitCode);
        Assert.Contains(message, output.Stderr);
        Assert.Equal("", output.Stdout);
    }

    [Fact]
    public async Task A_topic_filter_before_any_topic_build_says_to_build_first()
    {
        var empty = postgres.CreateDatabase();
        var output = await MinutesProcess.RunAsync("actions", "--topic", "budget", "--db", empty);

        Assert.Equal(1, output.ExitCode);
        Assert.Contains("No topics have been built yet: run `minutes topics build`", output.Stderr);
    }
}
