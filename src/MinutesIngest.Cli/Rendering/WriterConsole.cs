using Spectre.Console;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Creates a Spectre console over a writer: coloured on an interactive terminal, plain and wide when redirected.</summary>
internal static class WriterConsole
{
    // Redirected output has no terminal width; Spectre would assume 80 and wrap the tables.
    private const int RedirectedWidth = 160;

    public static IAnsiConsole Create(TextWriter writer)
    {
        var interactive = writer == Console.Out && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive) console.Profile.Width = RedirectedWidth;
        return console;
    }
}
