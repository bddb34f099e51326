using MinutesIngest.TestSupport;
using System.CommandLine;
using System.Text.Json;
using MinutesIngest.Cli.Commands;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Cli.Tests;

public sealed class SuggestedActionEvalTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("eval-suggested-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly MinutesRecord Gold = new()
    {
        Source = "m.txt", Format = "txt",
        Attendance = [new Attendee { Name = "Mrs Sandra Pike", Role = "Clerk", Status = AttendanceStatus.InAttendance }],
        Items = [new AgendaItem { Number = "1", Title = "Correspondence" }],
        Actions = [new ActionItem { Item = "1", Text = "Clerk to order the signs.", Owner = "Clerk", OwnerName = "Mrs Sandra Pike" }],
        SuggestedActions = [new SuggestedAction { Item = "1", Text = "The Clerk will reply to a resident about the bus shelter.", Owner = "Clerk", OwnerName = "Mrs Sandra Pike", Confidence = 1 }],
    };

    private static (int Exit, string Out) Eval(params string[] args)
    {
        var output = new StringWriter();
        var exit = EvalCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (exit, output.ToString());
    }

    [Fact]
    public void Suggested_actions_are_reported_beside_the_unchanged_scores()
    {
        var gold = Path.Combine(_root, "gold");
        var pred = Path.Combine(_root, "pred");
        Directory.CreateDirectory(gold);
        Directory.CreateDirectory(pred);
        File.WriteAllText(Path.Combine(gold, "m.gold.json"), MinutesJson.Serialize(Gold));
        var extra = new SuggestedAction { Text = "Work on the roof will start on 22 July.", Confidence = 0.7 };
        File.WriteAllText(Path.Combine(pred, "m.json"), MinutesJson.Serialize(Gold with { SuggestedActions = [.. Gold.SuggestedActions!, extra] }));
        File.WriteAllText(Path.Combine(gold, "plain.gold.json"), MinutesJson.Serialize(Gold with { SuggestedActions = null }));
        File.WriteAllText(Path.Combine(pred, "plain.json"), MinutesJson.Serialize(Gold with { SuggestedActions = [extra] }));

        var (exit, json) = Eval(gold, "--pred", pred, "--json");
        var (_, table) = Eval(gold, "--pred", pred);

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(json).RootElement;
        var docs = root.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        var scored = docs["m"].GetProperty("suggested_actions");
        Assert.Equal((1, 1, 0), (scored.GetProperty("tp").GetInt32(), scored.GetProperty("fp").GetInt32(), scored.GetProperty("fn").GetInt32()));
        Assert.False(docs["plain"].TryGetProperty("suggested_actions", out _));
        Assert.All(docs.Values, d => Assert.Equal(1.0, d.GetProperty("overall").GetDouble()));
        var overall = root.GetProperty("overall").GetProperty("suggested_actions");
        Assert.Equal(1, overall.GetProperty("documents").GetInt32());
        Assert.Equal(0.5, overall.GetProperty("precision").GetDouble());
        Assert.Contains("suggested_actions", table);
        Assert.Contains("1 docs with gold", table);
    }

    [Fact]
    public void Extraction_runs_the_committed_model_on_a_corpus_document()
    {
        var corpus = Path.Combine(RepositoryPaths.Root, "corpus");

        var (exit, json) = Eval(corpus, "--only", "parish-little-hadlow", "--json");

        Assert.Equal(0, exit);
        var suggested = JsonDocument.Parse(json).RootElement.GetProperty("overall").GetProperty("suggested_actions");
        Assert.Equal(1, suggested.GetProperty("tp").GetInt32());
        Assert.Equal(1.0, suggested.GetProperty("owner_name").GetProperty("accuracy").GetDouble());
    }
}
