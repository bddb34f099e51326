using CsvHelper;

namespace MinutesIngest.Cli.Tests.Queries;

/// <summary>Reads a command's CSV back into rows keyed by column name (RFC 4180, as a spreadsheet would).</summary>
internal static class CsvRows
{
    public static List<Dictionary<string, string>> Parse(string text)
    {
        using var reader = CsvReader.FromText(text);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(reader.Headers.Select((h, i) => (h, v: reader.GetString(i))).ToDictionary(p => p.h, p => p.v));
        Assert.NotEmpty(reader.Headers);
        return rows;
    }
}
