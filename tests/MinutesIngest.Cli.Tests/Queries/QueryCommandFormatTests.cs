using System.Text.Json;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Cli.Tests.Queries;

/// <summary>search, trend, actions and show run as processes over corpus/: CSV parses back (RFC 4180), JSON is valid, tables and charts print.</summary>
[Collection(PostgresCollection.Name)]
public sealed class QueryCommandFormatTests(PostgresFixture postgres)
{
    private const string Harrowfield = "Highways and Transport Scrutiny Committee";

    private async Task<MinutesProcess.Output> Minutes(params string[] args)
    {
        var output = await MinutesProcess.RunAsync([.. args, "--db", await CorpusDatabase.ConnectionStringAsync(postgres)]);
        Assert.True(output.ExitCode == 0, $"exit {output.ExitCode}: {output.Stderr}");
        return output;
    }

    private static List<Dictionary<string, string>> ParseCsv(string text) => CsvRows.Parse(text);

    [Fact]
    public async Task Search_csv_parses_back_to_the_json_hits_with_marked_words()
    {
        var csv = ParseCsv((await Minutes("search", "\"street triage\"", "--limit", "50", "--format", "csv")).Stdout);
        using var json = JsonDocument.Parse((await Minutes("search", "\"street triage\"", "--limit", "50", "--format", "json")).Stdout);

        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(json.RootElement.GetProperty("total").GetInt64(), hits.Count);
        Assert.Equal(hits.Select(h => h.GetProperty("document_path").GetString()), csv.Select(r => r["document_path"]));
        Assert.Equal(hits.Select(h => h.GetProperty("snippet").GetString()), csv.Select(r => r["snippet"]));
        Assert.All(csv, r => Assert.Contains("**triage**", r["snippet"], StringComparison.OrdinalIgnoreCase));
        Assert.Equal(3, csv.Select(r => r["document_id"]).Distinct().Count());
    }

    [Fact]
    public async Task Trend_csv_and_json_agree_and_the_table_draws_bars()
    {
        var csv = ParseCsv((await Minutes("trend", "\"mental health\"", "--by", "year", "--format", "csv")).Stdout);
        using var json = JsonDocument.Parse((await Minutes("trend", "\"mental health\"", "--by", "year", "--format", "json")).Stdout);
        var chart = (await Minutes("trend", "\"mental health\"", "--by", "year")).Stdout;

        Assert.Equal(["2019", "2020", "2021", "2022", "2023", "2024", "2025"], csv.Select(r => r["period"]));
        Assert.Equal(6, csv.Sum(r => int.Parse(r["meetings_mentioning"])));
        Assert.Equal(25, csv.Sum(r => int.Parse(r["meetings_held"])));
        Assert.Equal(csv.Select(r => r["meetings_mentioning"]),
            json.RootElement.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("meetings_mentioning").GetInt64().ToString()));
        Assert.Contains("6 of 25 meetings", chart);
        Assert.Contains("2021       2/3", chart);
        Assert.Contains("█", chart);
    }

    [Fact]
    public async Task Actions_csv_is_rfc_4180_and_parses_back_to_the_rows_json_gives()
    {
        var raw = (await Minutes("actions", "--body", Harrowfield, "--format", "csv")).Stdout;
        var csv = ParseCsv(raw);
        using var json = JsonDocument.Parse((await Minutes("actions", "--body", Harrowfield, "--format", "json")).Stdout);

        Assert.EndsWith("\r\n", raw);
        Assert.DoesNotContain("\n", raw.Replace("\r\n", ""));
        Assert.Equal(5, csv.Count);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(rows.Select(r => r.GetProperty("text").GetString()), csv.Select(r => r["action"]));
        Assert.Equal(rows.Select(r => r.GetProperty("due").GetString() ?? ""), csv.Select(r => r["due"]));
        Assert.Contains(csv, r => r["action"] == "Provide monthly figures for Category 1 defects made safe within 24 hours" && r["due"] == "2022-03-31");
    }

    [Fact]
    public async Task Actions_markdown_is_a_table_with_a_row_per_action()
    {
        var lines = (await Minutes("actions", "--body", Harrowfield, "--owner", "Sunita Rao", "--format", "md")).Stdout.TrimEnd().Split('\n');

        Assert.Equal(4, lines.Length);
        Assert.StartsWith("| Doc | Date | Body |", lines[0]);
        Assert.EndsWith("| Due | Follow-up |", lines[0]);
        Assert.All(lines, l => Assert.StartsWith("|", l));
        Assert.Contains("Share the list of villages that have asked for 20mph limits", lines[2] + lines[3]);
    }

    [Fact]
    public async Task Every_action_format_carries_the_document_id_and_the_follow_up()
    {
        using var json = JsonDocument.Parse((await Minutes("actions", "--body", Harrowfield, "--format", "json")).Stdout);
        var first = json.RootElement[0];
        var id = first.GetProperty("document_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(first.GetProperty("open").GetBoolean() || first.GetProperty("closed_by").GetString() != null);
        Assert.Equal(JsonValueKind.False, first.GetProperty("carried_forward").ValueKind);

        var csv = ParseCsv((await Minutes("actions", "--body", Harrowfield, "--format", "csv")).Stdout);
        var md = (await Minutes("actions", "--body", Harrowfield, "--format", "md")).Stdout.TrimEnd().Split('\n');
        var table = (await Minutes("actions", "--body", Harrowfield)).Stdout;

        Assert.All(csv, r => Assert.Equal(id, r["document_id"]));
        Assert.All(csv, r => Assert.Contains(r["open"], new[] { "yes", "no" }));
        Assert.All(md.Skip(2), l => Assert.StartsWith($"| {id} |", l));
        // A row's first line opens with its document id; the lines a long cell wraps onto open with an empty first cell.
        Assert.Equal(5, table.Split('\n').Count(l => l.StartsWith($"│ {id} ", StringComparison.Ordinal)));
        Assert.Contains("Follow-up", table);
    }

    [Fact]
    public async Task Open_and_overdue_are_judged_as_of_the_date_given()
    {
        // Before the meeting recorded them, none of its actions was open or overdue.
        Assert.Equal("[]", (await Minutes("actions", "--body", Harrowfield, "--open", "--as-of", "2022-01-01", "--format", "json")).Stdout.Trim());
        Assert.Equal("[]", (await Minutes("actions", "--body", Harrowfield, "--overdue", "--as-of", "2022-01-01", "--format", "json")).Stdout.Trim());
        using var open = JsonDocument.Parse((await Minutes("actions", "--body", Harrowfield, "--open", "--as-of", "2022-07-01", "--format", "json")).Stdout);
        Assert.Equal(5, open.RootElement.GetArrayLength());
        Assert.All(open.RootElement.EnumerateArray(), r => Assert.True(r.GetProperty("open").GetBoolean()));
        var bad = await MinutesProcess.RunAsync("actions", "--as-of", "July", "--db", await CorpusDatabase.ConnectionStringAsync(postgres));
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("--as-of expects a date as YYYY-MM-DD", bad.Stderr);
    }

    [Fact]
    public async Task Show_json_is_the_contract_record_of_the_stored_meeting()
    {
        var record = MinutesJson.Deserialize((await Minutes("show", "county-harrowfield-highways-2022-02.docx", "--format", "json")).Stdout);

        Assert.Equal(("Highways and Transport Scrutiny Committee", "2022-02-21"), (record.Meeting.Title, record.Meeting.Date));
        Assert.Equal(CorpusDatabase.PathOf("county-harrowfield-highways-2022-02.docx"), record.Source);
        Assert.Equal(5, record.Actions.Count);
        Assert.Contains(record.Attendance, a => a.Name == "Sunita Rao");
    }

    [Theory]
    [InlineData("search", "\"")]
    [InlineData("search", "")]
    [InlineData("trend", "--")]
    [InlineData("show", "no-such-meeting.pdf")]
    public async Task Unusable_input_exits_1_with_a_message_not_a_stack_trace(string command, string text)
    {
        var output = await MinutesProcess.RunAsync(command, text, "--db", await CorpusDatabase.ConnectionStringAsync(postgres));

        Assert.Equal(1, output.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(output.Stderr));
        Assert.DoesNotContain("   at ", output.Stderr);
        Assert.DoesNotContain("Exception", output.Stderr);
    }
}
