using MinutesIngest.Scoring;
using Spectre.Console;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Prints a document's mismatches one per line: "- missing", "+ extra", "~ field: want X, got Y".</summary>
internal static class MismatchRenderer
{
    private const int MaxSubject = 90;

    /// <param name="console">Where to print.</param>
    /// <param name="doc">The document's score and mismatches.</param>
    /// <param name="failure">Why no prediction was made, if so: then every gold entry is missing and listing them says nothing new.</param>
    public static void Write(IAnsiConsole console, DocumentScore doc, string? failure)
    {
        console.MarkupLine(
            $"[bold]== {Markup.Escape(doc.Name)}[/] ({Markup.Escape(doc.Format)})  overall [bold]{ScoreText.Of(doc.Overall)}[/]  " +
            $"att {ScoreText.Of(doc.Attendance.Matches.F1)}  items {ScoreText.Of(doc.Items.Matches.F1)}  " +
            $"actions {ScoreText.Of(doc.Actions.Matches.F1)}  meeting {ScoreText.Of(doc.MeetingAccuracy)}");
        if (failure != null)
        {
            console.MarkupLine($"  [red]no prediction: {Markup.Escape(failure)}[/]; scored as empty " +
                $"({doc.Attendance.Matches.FalseNegatives} attendees, {doc.Items.Matches.FalseNegatives} items, " +
                $"{doc.Actions.Matches.FalseNegatives} actions missing)");
            return;
        }
        if (doc.Mismatches.Count == 0)
        {
            console.MarkupLine("  [green]no mismatches[/]");
            return;
        }
        foreach (var m in doc.Mismatches) console.MarkupLine(Line(m));
        console.WriteLine();
    }

    private static string Line(Mismatch m)
    {
        var section = Markup.Escape($"{m.Section,-12}");
        return m.Kind switch
        {
            MismatchKind.Missing when m.Closest != null =>
                $"  {section} [red]- {Markup.Escape(Shorten(m.Subject))}[/]  [dim](closest extra {Markup.Escape(Shorten(m.Closest))})[/]",
            MismatchKind.Missing => $"  {section} [red]- {Markup.Escape(Shorten(m.Subject))}[/]",
            MismatchKind.Extra => $"  {section} [yellow]+ {Markup.Escape(Shorten(m.Subject))}[/]",
            _ when m.Subject == m.Field => $"  {section} [blue]~[/] {Markup.Escape(Change(m))}",
            _ => $"  {section} [blue]~[/] {Markup.Escape(Shorten(m.Subject))}  {Markup.Escape(Change(m))}",
        };
    }

    private static string Change(Mismatch m) => $"{m.Field}: want {Quote(m.Gold)}, got {Quote(m.Predicted)}";

    private static string Quote(string? value) => value == null ? "null" : $"\"{Shorten(value)}\"";

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxSubject ? flat : flat[..(MaxSubject - 1)] + "…";
    }
}
