using System.Text.Json.Nodes;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Scoring;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Writes an evaluation as snake_case JSON carrying the same figures as the tables, plus the raw counts.</summary>
internal static class EvalJsonWriter
{
    public static void Write(TextWriter writer, EvalReport report)
    {
        var summary = report.Summary;
        var root = new JsonObject
        {
            ["documents"] = new JsonArray(summary.Documents.Select(d => (JsonNode)Document(d, report.Verbose)).ToArray()),
            ["by_format"] = new JsonArray(summary.ByFormat.Select(f => (JsonNode)Aggregate("format", f)).ToArray()),
            ["overall"] = Aggregate("label", summary.Overall),
            ["failures"] = new JsonArray(report.Failures.Select(f => (JsonNode)new JsonObject
            {
                ["name"] = f.Name,
                ["reason"] = f.Reason,
            }).ToArray()),
        };
        writer.WriteLine(root.ToJsonString(MinutesJson.Options));
    }

    private static JsonObject Document(DocumentScore d, bool withMismatches)
    {
        var json = new JsonObject
        {
            ["name"] = d.Name,
            ["format"] = d.Format,
            ["attendance"] = List(d.Attendance),
            ["items"] = List(d.Items),
            ["actions"] = List(d.Actions),
            ["meeting"] = Meeting(d.Meeting, d.MeetingAccuracy),
            ["overall"] = R(d.Overall),
        };
        if (d.SuggestedActions is { } suggested) json["suggested_actions"] = List(suggested);
        if (withMismatches)
            json["mismatches"] = new JsonArray(d.Mismatches.Select(m => (JsonNode)new JsonObject
            {
                ["section"] = m.Section,
                ["kind"] = m.Kind switch { MismatchKind.Missing => "missing", MismatchKind.Extra => "extra", _ => "wrong_value" },
                ["subject"] = m.Subject,
                ["field"] = m.Field,
                ["gold"] = m.Gold,
                ["predicted"] = m.Predicted,
                ["closest"] = m.Closest,
            }).ToArray());
        return json;
    }

    private static JsonObject Aggregate(string labelKey, ScoreAggregate a)
    {
        var attendance = List(a.Attendance);
        attendance["macro_f1"] = R(a.MacroAttendanceF1);
        var items = List(a.Items);
        items["macro_f1"] = R(a.MacroItemsF1);
        var actions = List(a.Actions);
        actions["macro_f1"] = R(a.MacroActionsF1);
        var meeting = Meeting(a.Meeting, a.MeetingAccuracy);
        meeting["macro_accuracy"] = R(a.MacroMeetingAccuracy);
        var json = new JsonObject
        {
            [labelKey] = a.Label,
            ["documents"] = a.Documents,
            ["attendance"] = attendance,
            ["items"] = items,
            ["actions"] = actions,
            ["meeting"] = meeting,
            ["overall"] = R(a.Overall),
        };
        if (a.SuggestedActions is { } suggested)
        {
            var list = List(suggested);
            list["documents"] = a.SuggestedActionDocuments;
            json["suggested_actions"] = list;
        }
        return json;
    }

    private static JsonObject List(ListScore score)
    {
        var m = score.Matches;
        var json = new JsonObject
        {
            ["precision"] = R(m.Precision),
            ["recall"] = R(m.Recall),
            ["f1"] = R(m.F1),
            ["tp"] = m.TruePositives,
            ["fp"] = m.FalsePositives,
            ["fn"] = m.FalseNegatives,
        };
        foreach (var f in score.Fields) json[f.Field] = Field(f);
        return json;
    }

    private static JsonObject Meeting(IReadOnlyList<FieldScore> fields, double accuracy)
    {
        var json = new JsonObject();
        foreach (var f in fields) json[f.Field] = Field(f);
        json["accuracy"] = R(accuracy);
        return json;
    }

    private static JsonObject Field(FieldScore f) => new()
    {
        ["correct"] = f.Correct,
        ["total"] = f.Total,
        ["accuracy"] = f.Accuracy is { } v ? R(v) : null,
    };

    // Four decimals keep the output stable and readable; the counts beside each figure are exact.
    private static double R(double value) => Math.Round(value, 4);
}
