using System.CommandLine;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes eval DIR…</c>: scores extraction against gold files.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var dirs = new Argument<string[]>("dirs") { Arity = ArgumentArity.OneOrMore };
        var cmd = new Command("eval", "Score extraction against NAME.gold.json files") { dirs };
        cmd.SetAction(_ => { Console.Error.WriteLine("eval: not implemented yet"); return 2; });
        return cmd;
    }
}
