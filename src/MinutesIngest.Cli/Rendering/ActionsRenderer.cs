using System.Globalization;
using MinutesIngest.Storage.Queries;
using Spectre.Console;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Rendering;

/// <summary>An action list, or a suggested-action list (the same columns plus confidence), as a table, CSV (RFC 4180), JSON or a Markdown table.</summary>
internal static class ActionsRenderer
{
    // The document id comes first: two meetings of one body on one date are otherwise indistinguishable rows.
    private static readonly string[] Headers = ["Doc", "Date", "Body", "Item", "Action", "Owner", "Owner name", "Due"];
    private static readonly string[] ActionHeaders = [.. Headers, "Follow-up"];
    private static readonly string[] SuggestedHeaders = [.. Headers, "Confidence"];

    public static void Write(TextWriter writer, string format, IReadOnlyList<ActionRow> actions)
    {
        switch (format)
        {
            case "csv": CsvOutput.Write(writer, ActionColumns.Csv, actions); break;
            case "json": JsonOutput.Write(writer, actions); break;
            case "md": MarkdownTable.Write(writer, ActionHeaders, actions.Select(ActionCells)); break;
            default:
                writer.WriteLine(actions.Count == 0
                    ? "No actions match."
                    : $"{actions.Count} actions ({actions.Count(a => a.Overdue)} overdue, {actions.Count(a => a.Open)} open, {actions.Count(a => a.CarriedForward)} carried forward).");
                WriteTable(writer, ActionHeaders, actions.Select(a => (ActionCells(a), a.Overdue)), dueColumn: ^2);
                break;
        }
    }

    public static void WriteSuggested(TextWriter writer, string format, IReadOnlyList<SuggestedActionRow> actions)
    {
        switch (format)
        {
            case "csv": CsvOutput.Write(writer, ActionColumns.SuggestedCsv, actions); break;
            case "json": JsonOutput.Write(writer, actions); break;
            case "md": MarkdownTable.Write(writer, SuggestedHeaders, actions.Select(SuggestedCells)); break;
            default:
                writer.WriteLine(actions.Count == 0
                    ? "No suggested actions match."
                    : $"{actions.Count} suggested actions (unmarked commitments found by the classifier; not in the minutes' actions).");
                WriteTable(writer, SuggestedHeaders, actions.Select(a => (SuggestedCells(a), a.Overdue)), dueColumn: ^2);
                break;
        }
    }





    private static string[] Cells(ActionRow a) =>
        [a.DocumentId.ToString(CultureInfo.InvariantCulture), a.Date ?? "", a.Body ?? "", $"{a.ItemNumber} {a.ItemTitle}".Trim(), a.Text, a.Owner ?? "",
         a.OwnerName ?? "", a.Due ?? ""];

    private static string[] ActionCells(ActionRow a) => [.. Cells(a), ActionColumns.FollowUp(a)];


    private static string[] SuggestedCells(SuggestedActionRow s) => [.. Cells(s.AsAction()), ActionColumns.Confidence(s.Confidence)];

    private static void WriteTable(TextWriter writer, string[] headers, IEnumerable<(string[] Cells, bool Overdue)> rows, Index? dueColumn = null)
    {
        var table = new Table().AddColumns(headers);
        foreach (var (cells, overdue) in rows)
        {
            var escaped = cells.Select(Markup.Escape).ToArray();
            var due = dueColumn ?? ^1;
            if (overdue) escaped[due] = $"[red]{escaped[due]}[/]";
            table.AddRow(escaped);
        }
        if (table.Rows.Count > 0) WriterConsole.Create(writer).Write(table);
    }
}
