namespace MinutesIngest.Cli.Rendering;

/// <summary>Writes rows as a GitHub-flavoured Markdown table, escaping what would end a cell or a row.</summary>
internal static class MarkdownTable
{
    public static void Write(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        writer.WriteLine("| " + string.Join(" | ", headers) + " |");
        writer.WriteLine("|" + string.Concat(headers.Select(_ => " --- |")));
        foreach (var cells in rows)
            writer.WriteLine("| " + string.Join(" | ", cells.Select(c => Cell(c ?? ""))) + " |");
    }

    // A pipe would end the cell and a line break the row.
    private static string Cell(string text) => text.Replace(@"\", @"\\").Replace("|", @"\|").ReplaceLineEndings(" ");
}
