using System.Text.Json;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Cli.Tests.Queries;

/// <summary>An importer's loop as processes: ingest a folder with broken files, rerun, list the failures, retry, forget.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FailuresCommandTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Failures_stay_listed_with_what_to_do_until_they_are_fixed_or_forgotten()
    {
        using var folder = new TempFolder();
        var good = folder.Write("parish-2021-03.txt", "Minutes of the Parish Council\n\nDate: 4 March 2021\n\n1. Apologies\n\nNone.\n\n2. Footpaths\n\nThe footpath is repaired.\n");
        var empty = folder.Write("empty.txt", []);
        var truncated = folder.Write("cut-short.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa"u8.ToArray());
        var random = folder.Write("random.docx", Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 251)).ToArray());
        var db = postgres.CreateDatabase();

        var first = await MinutesProcess.RunAsync("ingest", folder.Path, "--quiet", "--jobs", "1", "--db", db);
        var second = await MinutesProcess.RunAsync("ingest", folder.Path, "--quiet", "--jobs", "1", "--db", db);

        Assert.Equal((1, 1), (first.ExitCode, second.ExitCode));
        Assert.Contains("0 stored, 1 skipped, 0 replaced, 3 failed (3 of them in an earlier run, unchanged since)", second.Stdout);
        Assert.Contains($"{empty}: empty: the file has no bytes (earlier run)", second.Stdout);

        var table = await MinutesProcess.RunAsync("failures", "--db", db);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("3 failed files", table.Stdout);
        Assert.Contains("What to do", table.Stdout);
        using (var json = JsonDocument.Parse((await MinutesProcess.RunAsync("failures", "--format", "json", "--db", db)).Stdout))
        {
            var rows = json.RootElement.GetProperty("failures").EnumerateArray().ToDictionary(r => r.GetProperty("path").GetString()!);
            Assert.Equal(new[] { empty, random, truncated }.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal).ToArray());
            Assert.Equal("corrupt", rows[truncated].GetProperty("reason").GetString());
            Assert.Contains("download", rows[truncated].GetProperty("what_to_do").GetString());
            Assert.False(string.IsNullOrEmpty(rows[truncated].GetProperty("message").GetString()));
            Assert.Equal(2, rows[truncated].GetProperty("failed_runs").GetInt64());
        }
        var csv = (await MinutesProcess.RunAsync("failures", "--format", "csv", "--db", db)).Stdout;
        Assert.StartsWith("path,reason,explanation,what_to_do,", csv);

        await File.WriteAllTextAsync(truncated, "Minutes of the Parish Council\n\nDate: 1 April 2021\n\n1. Apologies\n\nNone.\n");
        var retried = await MinutesProcess.RunAsync("ingest", "--retry-failed", "--quiet", "--db", db);
        Assert.Equal(1, retried.ExitCode);
        Assert.Contains("3 files", retried.Stdout);
        Assert.Contains("1 replaced, 2 failed", retried.Stdout);

        var forget = await MinutesProcess.RunAsync("forget", empty, random, good, "--db", db);
        Assert.Equal(0, forget.ExitCode);
        Assert.StartsWith("forgot 3 documents: 1 meeting, ", forget.Stdout);
        Assert.Contains("No failed files", (await MinutesProcess.RunAsync("failures", "--db", db)).Stdout);
        var again = await MinutesProcess.RunAsync("forget", good, "--db", db);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"{good}: no stored document", again.Stderr);
    }
}
