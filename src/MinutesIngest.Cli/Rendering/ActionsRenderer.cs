using System.Globalization;
using MinutesIngest.Storage.Queries;
using Spectre.Console;

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
            case "csv": CsvOutput.Write(writer, CsvColumns, actions); break;
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
            case "csv": CsvOutput.Write(writer, SuggestedCsvColumns, actions); break;
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

    private static readonly (string, Func<ActionRow, string?>)[] SharedCsvColumns =
    [
        ("date", a => a.Date), ("body", a => a.Body), ("title", a => a.Title), ("item_number", a => a.ItemNumber), ("item_title", a => a.ItemTitle),
        ("action", a => a.Text), ("owner", a => a.Owner), ("owner_name", a => a.OwnerName), ("due", a => a.Due),
        ("overdue", a => a.Overdue ? "yes" : "no"), ("document_id", a => a.DocumentId.ToString(CultureInfo.InvariantCulture)),
        ("document_path", a => a.DocumentPath),
    ];

    /// <summary>The columns of an action list: those shared with suggested actions, then whether it was carried forward, is open, and what closed it.</summary>
    public static readonly (string, Func<ActionRow, string?>)[] CsvColumns =
    [
        .. SharedCsvColumns,
        ("carried_forward", a => a.CarriedForward ? "yes" : "no"), ("open", a => a.Open ? "yes" : "no"), ("closed_by", a => a.ClosedBy),
    ];

    /// <summary>The action columns, then the confidence: a spreadsheet of suggested actions reads like one of actions.</summary>
    public static readonly (string, Func<SuggestedActionRow, string?>)[] SuggestedCsvColumns =
    [
        .. SharedCsvColumns.Select(c => (c.Item1, (Func<SuggestedActionRow, string?>)(s => c.Item2(s.AsAction())))),
        ("confidence", s => Confidence(s.Confidence)),
    ];

    private static string Confidence(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string[] Cells(ActionRow a) =>
        [a.DocumentId.ToString(CultureInfo.InvariantCulture), a.Date ?? "", a.Body ?? "", $"{a.ItemNumber} {a.ItemTitle}".Trim(), a.Text, a.Owner ?? "",
         a.OwnerName ?? "", a.Due ?? ""];

    private static string[] ActionCells(ActionRow a) => [.. Cells(a), FollowUp(a)];

    /// <summary>What later meetings of the series made of the action, in words.</summary>
    public static string FollowUp(ActionRow a) => (a.Open, a.CarriedForward, a.ClosedBy) switch
    {
        (true, true, _) => "open, carried forward",
        (true, false, _) => "open",
        (false, _, "status_word") => "reported done",
        _ => "done (not carried forward)",
    };

    private static string[] SuggestedCells(SuggestedActionRow s) => [.. Cells(s.AsAction()), Confidence(s.Confidence)];

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
