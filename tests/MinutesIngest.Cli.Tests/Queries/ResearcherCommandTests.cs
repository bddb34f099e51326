using System.Globalization;
using System.Text.Json;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Cli.Tests.Queries;

/// <summary>
/// What a researcher runs, as processes over corpus/: exact words, a body filter matching nothing, the share of meetings
/// held in trends, and --format on the commands that print tables.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ResearcherCommandTests(PostgresFixture postgres)
{
    private async Task<MinutesProcess.Output> Run(params string[] args) =>
        await MinutesProcess.RunAsync([.. args, "--db", await CorpusDatabase.ConnectionStringAsync(postgres)]);

    private async Task<string> Minutes(params string[] args)
    {
        var output = await Run(args);
        Assert.True(output.ExitCode == 0, $"exit {output.ExitCode}: {output.Stderr}");
        return output.Stdout;
    }

    private static List<Dictionary<string, string>> ParseCsv(string text) => CsvRows.Parse(text);

    [Fact]
    public async Task Exact_words_match_only_the_word_as_written()
    {
        using var stemmed = JsonDocument.Parse(await Minutes("search", "planning", "--limit", "200", "--format", "json"));
        using var flagged = JsonDocument.Parse(await Minutes("search", "planning", "--exact", "--limit", "200", "--format", "json"));
        using var marked = JsonDocument.Parse(await Minutes("search", "=planning", "--limit", "200", "--format", "json"));

        var exactWords = MarkedWords(flagged);
        var stemmedWords = MarkedWords(stemmed);
        Assert.Equal(["planning"], exactWords);
        Assert.Contains(stemmedWords, w => w != "planning");
        Assert.True(stemmed.RootElement.GetProperty("total").GetInt64() > flagged.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(flagged.RootElement.GetProperty("total").GetInt64(), marked.RootElement.GetProperty("total").GetInt64());
    }

    // The words a result marks in its snippets (**word** in JSON), lower-cased.
    private static List<string> MarkedWords(JsonDocument result) =>
        result.RootElement.GetProperty("hits").EnumerateArray()
            .SelectMany(h => System.Text.RegularExpressions.Regex.Matches(h.GetProperty("snippet").GetString()!, @"\*\*([^*]+)\*\*").Select(m => m.Groups[1].Value.ToLowerInvariant()))
            .Distinct().ToList();

    [Theory]
    [InlineData("search", "budget")]
    [InlineData("trend", "budget")]
    public async Task A_body_matching_no_meeting_exits_1_naming_the_nearest_bodies(string command, string query)
    {
        var output = await Run(command, query, "--body", "Highwys Transprt");

        Assert.Equal(1, output.ExitCode);
        Assert.Contains("Highwys Transprt", output.Stderr);
        Assert.Contains("Nearest bodies: “Highways and Transport", output.Stderr);
        Assert.Equal("", output.Stdout);
    }

    [Fact]
    public async Task Trend_rows_carry_the_share_of_meetings_held_in_every_format()
    {
        var csv = ParseCsv(await Minutes("trend", "\"mental health\"", "--by", "year", "--format", "csv"));
        using var json = JsonDocument.Parse(await Minutes("trend", "\"mental health\"", "--by", "year", "--format", "json"));
        var chart = await Minutes("trend", "\"mental health\"", "--by", "year");

        Assert.All(csv.Where(r => r["meetings_held"] != "0"), r => Assert.Equal(
            double.Parse(r["meetings_mentioning"], CultureInfo.InvariantCulture) / double.Parse(r["meetings_held"], CultureInfo.InvariantCulture),
            double.Parse(r["share"], CultureInfo.InvariantCulture), 3));
        Assert.All(json.RootElement.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("meetings_held").GetInt64() > 0),
            p => Assert.Equal(JsonValueKind.Number, p.GetProperty("share").ValueKind));
        Assert.Contains("6 of 25 meetings (24%)", chart);
        Assert.Matches(@"2021\s+2/3\s+67%", chart);
    }

    [Fact]
    public async Task Topics_topic_trend_and_summary_print_csv_and_json()
    {
        var topicsCsv = ParseCsv(await Minutes("topics", "--format", "csv"));
        using var topicsJson = JsonDocument.Parse(await Minutes("topics", "--format", "json"));
        var number = topicsCsv[0]["number"];
        var trendCsv = ParseCsv(await Minutes("topics", "trend", number, "--format", "csv"));
        using var trendJson = JsonDocument.Parse(await Minutes("topics", "trend", number, "--format", "json"));
        var summaryCsv = ParseCsv(await Minutes("summary", "--format", "csv"));
        using var summaryJson = JsonDocument.Parse(await Minutes("summary", "--format", "json"));

        Assert.Equal(topicsJson.RootElement.GetProperty("topics").GetArrayLength(), topicsCsv.Count);
        Assert.All(topicsCsv, r => Assert.InRange(double.Parse(r["coherence"], CultureInfo.InvariantCulture), -1, 1));
        Assert.Equal(trendJson.RootElement.GetProperty("rows").GetArrayLength(), trendCsv.Count);
        Assert.Contains("prevalence", trendCsv[0].Keys);
        Assert.Equal(summaryJson.RootElement.GetProperty("totals").GetProperty("meetings").GetInt64(), summaryCsv.Sum(r => long.Parse(r["meetings"])));
    }
}
