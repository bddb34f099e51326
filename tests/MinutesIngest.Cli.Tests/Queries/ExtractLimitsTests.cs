using System.CommandLine;
using System.Text;
using MinutesIngest.Cli.Commands;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Cli.Tests.Queries;

/// <summary>
/// <c>extract</c> and <c>eval</c> read documents in workers under the time and memory limits of <c>ingest</c>: an exhausted
/// limit is one clean <c>error: FILE: REASON</c> line (a listed failure for eval), never an unhandled exception.
/// </summary>
public sealed class ExtractLimitsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("extract-limits-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // About 3.5 MB of numbered minutes, under the text cap: fine for a default worker, far over a 40 MB heap.
    private string WriteLargeMinutes(string name)
    {
        var sb = new StringBuilder("Minutes of the Invented Committee\n\nPresent: Cllr Ann Lee (Chair), Bob Stone.\n\n");
        for (var i = 1; sb.Length < 3584 * 1024; i++)
            sb.Append($"{i}. Item {i}\nThe committee discussed matter {i} at length. Action: Bob Stone to report on matter {i}.\n\n");
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    [Theory]
    [InlineData("--worker-memory-mb", "40", "out_of_memory")]
    [InlineData("--timeout", "0.05", "timeout")]
    public async Task Extract_reports_an_exhausted_limit_as_one_error_line(string option, string value, string reason)
    {
        var large = WriteLargeMinutes("large.txt");

        var run = await MinutesProcess.RunAsync("extract", "--json", "--no-suggestions", option, value, large);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {large}: {reason}: ", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.DoesNotContain("Unhandled", run.Stderr);
    }

    [Fact]
    public void Eval_lists_a_document_over_the_memory_limit_and_scores_the_rest()
    {
        var large = WriteLargeMinutes("large.txt");
        File.WriteAllText(Path.Combine(_root, "large.gold.json"), MinutesJson.Serialize(new MinutesRecord { Source = "large.txt", Format = "txt" }));
        File.WriteAllText(Path.Combine(_root, "small.txt"), "Minutes of the Small Committee\n\n1. Apologies\nNone.\n");
        File.WriteAllText(Path.Combine(_root, "small.gold.json"), MinutesJson.Serialize(new MinutesRecord
        {
            Source = "small.txt", Format = "txt", Items = [new AgendaItem { Number = "1", Title = "Apologies" }],
        }));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = EvalCommand.Create().Parse([_root, "--verbose", "--worker-memory-mb", "40"]).Invoke(new InvocationConfiguration { Output = output, Error = error });

        Assert.True(exit == 0, error.ToString());
        Assert.Contains("out_of_memory", output.ToString());
        Assert.True(File.Exists(large));
    }
}
