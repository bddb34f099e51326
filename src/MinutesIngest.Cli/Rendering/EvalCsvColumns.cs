using System.Globalization;
using MinutesIngest.Scoring;

namespace MinutesIngest.Cli.Rendering;

/// <summary>The per-document scores of <c>minutes eval --format csv</c>: one row per document, the table's figures plus precision and recall.</summary>
internal static class EvalCsvColumns
{
    public static (string Name, Func<DocumentScore, string?> Value)[] For(IReadOnlyList<EvalFailure> failures)
    {
        var reasons = failures.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First().Reason, StringComparer.Ordinal);
        return
        [
            ("document", d => d.Name), ("format", d => d.Format),
            .. List("attendance", d => d.Attendance), .. List("items", d => d.Items), .. List("actions", d => d.Actions),
            ("meeting_accuracy", d => Score(d.MeetingAccuracy)), ("overall", d => Score(d.Overall)),
            ("failure", d => reasons.GetValueOrDefault(d.Name)),
        ];
    }

    private static (string, Func<DocumentScore, string?>)[] List(string section, Func<DocumentScore, ListScore> score) =>
    [
        ($"{section}_precision", d => Score(score(d).Matches.Precision)), ($"{section}_recall", d => Score(score(d).Matches.Recall)),
        ($"{section}_f1", d => Score(score(d).Matches.F1)),
    ];

    private static string Score(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
