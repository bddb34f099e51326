using CsvHelper;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Writes rows as RFC 4180 CSV (CRLF, quoted where needed) under a header row, safe to open in a spreadsheet.</summary>
internal static class CsvOutput
{
    // Minutes are public documents written by others: a cell starting with = + - @ must not run as a spreadsheet formula.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static void Write<T>(TextWriter writer, IReadOnlyList<(string Name, Func<T, string?> Value)> columns, IEnumerable<T> rows)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteHeader(columns.Select(c => c.Name).ToArray());
        foreach (var row in rows) csv.WriteRecord(columns.Select(c => c.Value(row)).ToArray());
    }
}
