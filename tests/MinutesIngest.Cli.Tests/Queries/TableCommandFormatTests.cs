using System.Text.Json;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Cli.Tests.Queries;

/// <summary>Every command that prints a table also writes it as CSV and JSON (and extract as Markdown) with the same rows.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TableCommandFormatTests(PostgresFixture postgres)
{
    private const string Parish = "parish-little-hadlow-2019-04";

    private static Task<string> Run(params string[] args) => MinutesProcess.StdoutAsync(args);

    private static List<Dictionary<string, string>> ParseCsv(string text) => CsvRows.Parse(text);

    [Fact]
    public async Task Extract_csv_and_markdown_carry_the_rows_of_the_contract_json()
    {
        var files = new[] { CorpusDatabase.PathOf(Parish + ".txt"), CorpusDatabase.PathOf("nhs-westvale-quality-2020-01.txt") };
        var records = new List<JsonElement>();
        foreach (var f in files) records.Add(JsonDocument.Parse(await Run("extract", "--json", "--no-suggestions", f)).RootElement);
        var csv = ParseCsv(await Run(["extract", "--format", "csv", "--no-suggestions", .. files]));
        var markdown = await Run("extract", "--format", "md", "--no-suggestions", files[0]);

        Assert.Equal(await Run("extract", "--json", "--no-suggestions", files[0]), await Run("extract", "--format", "json", "--no-suggestions", files[0]));
        Assert.Equal(["file", "section", "row", "field", "value"], csv[0].Keys);
        Assert.Equal(files, csv.Select(r => r["file"]).Distinct());
        foreach (var (section, firstField) in new[] { ("attendance", "name"), ("items", "number"), ("actions", "item") })
        {
            // One table for both files (one header), a row per entry of each file's record.
            Assert.Equal(records.Sum(r => r.GetProperty(section).GetArrayLength()), csv.Count(r => r["section"] == section && r["field"] == firstField));
            Assert.Contains($"### {char.ToUpperInvariant(section[0])}{section[1..]} ({records[0].GetProperty(section).GetArrayLength()})", markdown);
        }
        Assert.Equal(records.SelectMany(r => r.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("title").GetString() ?? ""),
            csv.Where(r => r["section"] == "items" && r["field"] == "title").Select(r => r["value"]));
        Assert.Equal(records.Select(r => r.GetProperty("meeting").GetProperty("title").GetString()),
            csv.Where(r => r["section"] == "meeting" && r["field"] == "title").Select(r => r["value"]));
        Assert.Contains("| name | role | abbreviation | status |", markdown);
    }

    [Fact]
    public async Task Eval_csv_has_one_row_of_scores_per_document_as_the_json()
    {
        using var json = JsonDocument.Parse(await Run("eval", "--format", "json", "--only", "parish-", CorpusDatabase.Folder));
        var csv = ParseCsv(await Run("eval", "--format", "csv", "--only", "parish-", CorpusDatabase.Folder));

        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.True(documents.Count >= 2);
        Assert.Equal(documents.Select(d => d.GetProperty("name").GetString()), csv.Select(r => r["document"]));
        Assert.Equal(documents.Select(d => Math.Round(d.GetProperty("overall").GetDouble(), 3)), csv.Select(r => Math.Round(double.Parse(r["overall"], System.Globalization.CultureInfo.InvariantCulture), 3)));
        Assert.Contains("items_f1", csv[0].Keys);
    }

    [Fact]
    public async Task Bodies_csv_and_json_list_the_same_bodies_and_meetings()
    {
        var db = await CorpusDatabase.ConnectionStringAsync(postgres);
        var csv = ParseCsv(await Run("bodies", "--format", "csv", "--db", db));
        using var json = JsonDocument.Parse(await Run("bodies", "--format", "json", "--db", db));
        var table = await Run("bodies", "--db", db);

        var bodies = json.RootElement.EnumerateArray().ToList();
        Assert.True(bodies.Count > 3);
        Assert.Equal(bodies.Select(b => b.GetProperty("meetings").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)), csv.Select(r => r["meetings"]));
        Assert.All(csv.Where(r => r["body"].Length > 0), r => Assert.Contains(r["body"] + "\t" + r["meetings"], table));
    }

    [Fact]
    public async Task Triage_csv_and_json_give_each_file_its_class()
    {
        var files = new[] { CorpusDatabase.PathOf(Parish + ".txt"), CorpusDatabase.PathOf("borough-ashworth-cabinet-2019-10.html") };
        var csv = ParseCsv(await Run(["triage", "--format", "csv", .. files]));
        using var json = JsonDocument.Parse(await Run(["triage", "--format", "json", .. files]));

        Assert.Equal(files, csv.Select(r => r["file"]));
        Assert.All(csv, r => Assert.Equal("minutes", r["class"]));
        Assert.Equal(csv.Select(r => r["reason"]), json.RootElement.EnumerateArray().Select(e => e.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Queue_status_prints_its_counts_as_json()
    {
        using var json = JsonDocument.Parse(await Run("queue", "status", "--format", "json", "--db", postgres.CreateDatabase()));

        Assert.Equal(0, json.RootElement.GetProperty("queue").GetProperty("queued").GetInt64());
        Assert.True(json.RootElement.GetProperty("queue").GetProperty("drained").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("throughput").GetProperty("documents").GetInt64());
    }
}
