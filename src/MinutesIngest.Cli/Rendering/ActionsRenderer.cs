using System.Globalization;
using MinutesIngest.Storage.Queries;
using Spectre.Console;

namespace MinutesIngest.Cli.Rendering;

/// <summary>An action list as a table, CSV (RFC 4180), JSON or a Markdown table.</summary>
internal static class ActionsRenderer
{
    private static readonly string[] Headers = ["Date", "Body", "Item", "Action", "Owner", "Owner name", "Due"];

    public static void Write(TextWriter writer, string format, IReadOnlyList<ActionRow> actions)
    {
        switch (format)
        {
            case "csv": CsvOutput.Write(writer, CsvColumns, actions); break;
            case "json": JsonOutput.Write(writer, actions); break;
            case "md": WriteMarkdown(writer, actions); break;
            default: WriteTable(writer, actions); break;
        }
    }

    public static readonly (string, Func<ActionRow, string?>)[] CsvColumns =
    [
        ("date", a => a.Date), ("body", a => a.Body), ("title", a => a.Title), ("item_number", a => a.ItemNumber), ("item_title", a => a.ItemTitle),
        ("action", a => a.Text), ("owner", a => a.Owner), ("owner_name", a => a.OwnerName), ("due", a => a.Due),
        ("overdue", a => a.Overdue ? "yes" : "no"), ("document_id", a => a.DocumentId.ToString(CultureInfo.InvariantCulture)),
        ("document_path", a => a.DocumentPath),
    ];

    private static string[] Cells(ActionRow a) =>
        [a.Date ?? "", a.Body ?? "", $"{a.ItemNumber} {a.ItemTitle}".Trim(), a.Text, a.Owner ?? "", a.OwnerName ?? "", a.Due ?? ""];

    private static void WriteTable(TextWriter writer, IReadOnlyList<ActionRow> actions)
    {
        writer.WriteLine(actions.Count == 0 ? "No actions match." : $"{actions.Count} actions ({actions.Count(a => a.Overdue)} overdue).");
        if (actions.Count == 0) return;
        var table = new Table().AddColumns(Headers);
        foreach (var a in actions)
        {
            var cells = Cells(a).Select(Markup.Escape).ToArray();
            if (a.Overdue) cells[^1] = $"[red]{cells[^1]}[/]";
            table.AddRow(cells);
        }
        WriterConsole.Create(writer).Write(table);
    }

    private static void WriteMarkdown(TextWriter writer, IReadOnlyList<ActionRow> actions)
    {
        writer.WriteLine("| " + string.Join(" | ", Headers) + " |");
        writer.WriteLine("|" + string.Concat(Headers.Select(_ => " --- |")));
        foreach (var a in actions)
            writer.WriteLine("| " + string.Join(" | ", Cells(a).Select(MarkdownCell)) + " |");
    }

    // A pipe would end the cell and a line break the row.
    private static string MarkdownCell(string text) => text.Replace(@"\", @"\\").Replace("|", @"\|").ReplaceLineEndings(" ");
}
