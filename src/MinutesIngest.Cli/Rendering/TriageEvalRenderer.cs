using System.Globalization;
using System.Text;
using MinutesIngest.Ingest.Triage;

namespace MinutesIngest.Cli.Rendering;

/// <summary>The triage evaluation as text: precision and recall per class, the confusion matrix, and the misclassified files.</summary>
internal static class TriageEvalRenderer
{
    /// <summary>The issue's bar: no minutes document dropped (recall at least 0.99) and few non-minutes kept (precision at least 0.95).</summary>
    public static bool MeetsTargets(IReadOnlyList<TriageEvalCase> cases)
    {
        var minutes = TriageScore.Of(cases).Single(s => s.Class == DocumentClass.Minutes);
        return minutes.Recall >= 0.99 && minutes.Precision >= 0.95;
    }

    public static string Render(IReadOnlyList<TriageEvalCase> cases, bool verbose)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"{"class",-14} {"labelled",8} {"predicted",9} {"correct",7} {"precision",9} {"recall",7}");
        foreach (var s in TriageScore.Of(cases))
            sb.AppendLine(inv, $"{DocumentClassCodes.Code(s.Class),-14} {s.Labelled,8} {s.Predicted,9} {s.Correct,7} {s.Precision,9:0.000} {s.Recall,7:0.000}");
        sb.AppendLine();
        sb.AppendLine("confusion (rows labelled, columns predicted):");
        sb.Append(inv, $"{"",-14}");
        foreach (var c in DocumentClassCodes.All) sb.Append(inv, $" {DocumentClassCodes.Code(c),13}");
        sb.AppendLine();
        foreach (var row in DocumentClassCodes.All)
        {
            sb.Append(inv, $"{DocumentClassCodes.Code(row),-14}");
            foreach (var col in DocumentClassCodes.All) sb.Append(inv, $" {cases.Count(x => x.Label == row && x.Predicted?.Class == col),13}");
            sb.AppendLine();
        }
        var wrong = cases.Where(c => c.Predicted?.Class != c.Label).ToList();
        sb.AppendLine();
        sb.AppendLine(inv, $"misclassified: {wrong.Count} of {cases.Count}");
        foreach (var c in verbose ? wrong : wrong.Take(15))
            sb.AppendLine(inv, $"  {DocumentClassCodes.Code(c.Label)} -> {c.Predicted?.Code ?? "unreadable"}: {c.Path} ({c.Predicted?.Reason})");
        var minutes = TriageScore.Of(cases).Single(s => s.Class == DocumentClass.Minutes);
        sb.AppendLine(inv, $"minutes recall {minutes.Recall:0.000} (target 0.99), precision {minutes.Precision:0.000} (target 0.95): {(MeetsTargets(cases) ? "met" : "NOT met")}");
        return sb.ToString();
    }
}
