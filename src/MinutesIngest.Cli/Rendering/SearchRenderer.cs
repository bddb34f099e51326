using System.Globalization;
using MinutesIngest.Storage.Queries;
using Spectre.Console;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Search results as a table with the matched words highlighted, or as JSON or CSV with them in **double asterisks**.</summary>
internal static class SearchRenderer
{
    public static void Write(TextWriter writer, string format, SearchResult result)
    {
        switch (format)
        {
            case "json":
                JsonOutput.Write(writer, new { result.Total, result.RankedRecentOnly, Shown = result.Hits.Count, Hits = result.Hits.Select(SearchColumns.Emphasised) });
                break;
            case "csv":
                CsvOutput.Write(writer, SearchColumns.Csv, result.Hits.Select(SearchColumns.Emphasised));
                break;
            default:
                WriteTable(writer, result);
                break;
        }
    }



    private static void WriteTable(TextWriter writer, SearchResult result)
    {
        writer.WriteLine(result.Hits.Count == 0 ? "No matches." : $"{result.Summary} Showing the best {result.Hits.Count}.");
        if (result.Hits.Count == 0) return;
        var table = new Table().AddColumns("Date", "Meeting", "Item", "Passage", "Doc");
        foreach (var hit in result.Hits)
        {
            var item = hit.Kind == "action" ? $"action under {hit.ItemNumber ?? "?"}" : $"{hit.ItemNumber} {hit.ItemTitle}".Trim();
            table.AddRow(Markup.Escape(hit.Date ?? "—"), Markup.Escape(hit.Body ?? hit.Title ?? "—"), Markup.Escape(item), Marked(hit.Snippet),
                hit.DocumentId.ToString(CultureInfo.InvariantCulture));
        }
        WriterConsole.Create(writer).Write(table);
    }

    /// <summary>Matched words in bold yellow; shown as plain text on a redirected, colourless output.</summary>
    public static string Marked(string snippet) =>
        string.Concat(Highlight.Segments(snippet).Select(s => s.Matched ? $"[bold yellow]{Markup.Escape(s.Text)}[/]" : Markup.Escape(s.Text)));
}
