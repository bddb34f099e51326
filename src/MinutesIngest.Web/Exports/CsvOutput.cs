using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;

namespace MinutesIngest.Web.Exports;

/// <summary>Writes rows as RFC 4180 CSV (CRLF, quoted where needed) under a header row, safe to open in a spreadsheet.</summary>
public static partial class CsvOutput
{
    // Minutes are public documents written by others: a cell starting with = + - @ must not run as a spreadsheet formula.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static void Write<T>(TextWriter writer, IReadOnlyList<(string Name, Func<T, string?> Value)> columns, IEnumerable<T> rows)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteHeader(columns.Select(c => c.Name).ToArray());
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                var value = column.Value(row);
                // A plain number is written as one, so a negative score stays "-0.17" instead of being escaped as text.
                if (value != null && PlainNumber().IsMatch(value)) csv.WriteField(decimal.Parse(value, CultureInfo.InvariantCulture), "G", CultureInfo.InvariantCulture);
                else csv.WriteField(value ?? "");
            }
            csv.EndRecord();
        }
    }

    [GeneratedRegex(@"^-?[0-9]{1,15}(?:\.[0-9]{1,12})?$")]
    private static partial Regex PlainNumber();
}
