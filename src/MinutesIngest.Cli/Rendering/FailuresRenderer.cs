using System.Globalization;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Storage.Queries;
using Spectre.Console;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Rendering;

/// <summary>The failed files with what happened and what to do, as a table, CSV or JSON (JSON alone carries the raw message).</summary>
internal static class FailuresRenderer
{
    public static void Write(TextWriter writer, string format, IReadOnlyList<FailedDocument> failures)
    {
        switch (format)
        {
            case "csv": CsvOutput.Write(writer, CsvColumns, failures); break;
            case "json": JsonOutput.Write(writer, new { count = failures.Count, failures = failures.Select(JsonRow).ToList() }); break;
            default: WriteTable(writer, failures); break;
        }
    }

    private static readonly (string, Func<FailedDocument, string?>)[] CsvColumns =
    [
        ("path", f => f.Path), ("reason", f => f.Reason), ("explanation", f => FailureAdvice.For(f.Reason).Explanation),
        ("what_to_do", f => FailureAdvice.For(f.Reason).Remedy), ("format", f => f.Format),
        ("size_bytes", f => f.SizeBytes.ToString(CultureInfo.InvariantCulture)), ("last_attempt", f => Timestamp(f.LastAttempt)),
        ("failed_runs", f => f.FailedRuns.ToString(CultureInfo.InvariantCulture)), ("document_id", f => f.DocumentId.ToString(CultureInfo.InvariantCulture)),
    ];

    private static object JsonRow(FailedDocument f)
    {
        var advice = FailureAdvice.For(f.Reason);
        return new
        {
            document_id = f.DocumentId, path = f.Path, reason = f.Reason, explanation = advice.Explanation, what_to_do = advice.Remedy,
            message = f.Message, format = f.Format, size_bytes = f.SizeBytes, last_attempt = Timestamp(f.LastAttempt), failed_runs = f.FailedRuns,
        };
    }

    private static void WriteTable(TextWriter writer, IReadOnlyList<FailedDocument> failures)
    {
        if (failures.Count == 0)
        {
            writer.WriteLine("No failed files: every file's latest attempt was stored.");
            return;
        }
        writer.WriteLine($"{failures.Count} failed files (latest attempt of each): " + string.Join(", ",
            failures.GroupBy(f => f.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        var table = new Table().AddColumns("Reason", "File", "What happened", "What to do");
        foreach (var f in failures)
        {
            var advice = FailureAdvice.For(f.Reason);
            table.AddRow(Markup.Escape(f.Reason), Markup.Escape(f.Path), Markup.Escape(advice.Explanation), Markup.Escape(advice.Remedy));
        }
        WriterConsole.Create(writer).Write(table);
        writer.WriteLine("Raw messages: minutes failures --format json. Read them again: minutes ingest --retry-failed. Remove one: minutes forget PATH.");
    }

    private static string Timestamp(DateTime t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
