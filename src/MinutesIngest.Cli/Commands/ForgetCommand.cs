using System.CommandLine;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes forget PATH…</c>: removes stored documents and everything derived from them.</summary>
internal static class ForgetCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "files as they were ingested, or folders (every document under them)" };
        var database = new DatabaseOptions();
        var cmd = new Command("forget",
            "Remove documents from the database with their meeting, attendees, items, actions, suggested actions and topic weights " +
            "(the files are not touched; ingesting them again brings them back)") { paths };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseQuery.RunAsync(database, parse, ct, async connection =>
        {
            var full = parse.GetValue(paths)!.Select(Path.GetFullPath).ToList();
            var result = await DocumentForgetter.ForgetAsync(connection, full, ct);
            foreach (var path in result.Unmatched) Console.Error.WriteLine($"error: {path}: no stored document at this path or under it");
            if (result.Documents.Count > 0)
                Console.Out.WriteLine($"forgot {Plural(result.Documents.Count, "document")}: {Plural(result.Meetings, "meeting")}, " +
                                      $"{Plural(result.Attendees, "attendee")}, {Plural(result.Items, "item")}, {Plural(result.Actions, "action")}, " +
                                      $"{Plural(result.SuggestedActions, "suggested action")}, {Plural(result.TopicWeights, "topic weight")}");
            foreach (var path in result.Documents) Console.Out.WriteLine($"  {path}");
            return result.Unmatched.Count > 0 ? 1 : 0;
        }));
        return cmd;
    }

    private static string Plural(long n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
