using MinutesIngest.Scoring;
using Spectre.Console;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Renders an evaluation as tables: per document, per format, and a summary of every scored figure.</summary>
internal static class EvalTableRenderer
{
    public static void Write(TextWriter writer, EvalReport report)
    {
        var console = WriterConsole.Create(writer);
        var summary = report.Summary;
        if (report.Verbose)
        {
            var failures = report.Failures.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First().Reason);
            foreach (var doc in summary.Documents) MismatchRenderer.Write(console, doc, failures.GetValueOrDefault(doc.Name));
        }

        console.Write(DocumentTable(summary.Documents));
        console.Write(FormatTable(summary.ByFormat));
        console.Write(SummaryTable(summary.Overall));
        if (report.Failures.Count > 0)
        {
            console.MarkupLine($"[red]Failed ({report.Failures.Count}), scored as empty predictions:[/]");
            foreach (var f in report.Failures) console.MarkupLine($"  {Markup.Escape(f.Name)}: {Markup.Escape(f.Reason)}");
        }
    }

    private static Table DocumentTable(IEnumerable<DocumentScore> documents)
    {
        var table = NewTable("Per document", "Document", "Format", "Att F1", "Items F1", "Actions F1", "Meeting", "Overall");
        foreach (var d in documents)
            table.AddRow(E(d.Name), E(d.Format), ScoreText.Of(d.Attendance.Matches.F1), ScoreText.Of(d.Items.Matches.F1),
                ScoreText.Of(d.Actions.Matches.F1), ScoreText.Of(d.MeetingAccuracy), ScoreText.Of(d.Overall));
        return table;
    }

    private static Table FormatTable(IEnumerable<ScoreAggregate> formats)
    {
        var table = NewTable("Per format (means over documents)", "Format", "Docs", "Att F1", "Items F1", "Actions F1", "Meeting", "Overall");
        foreach (var f in formats)
            table.AddRow(E(f.Label), f.Documents.ToString(), ScoreText.Of(f.MacroAttendanceF1), ScoreText.Of(f.MacroItemsF1),
                ScoreText.Of(f.MacroActionsF1), ScoreText.Of(f.MacroMeetingAccuracy), ScoreText.Of(f.Overall));
        return table;
    }

    private static Table SummaryTable(ScoreAggregate all)
    {
        var table = NewTable($"Summary over {all.Documents} document(s) (micro: counts summed)", "Section", "Measure", "Score", "Counts");
        AddList(table, "attendance", all.Attendance, all.MacroAttendanceF1);
        AddList(table, "items", all.Items, all.MacroItemsF1);
        AddList(table, "actions", all.Actions, all.MacroActionsF1);
        if (all.SuggestedActions is { } suggested) AddSuggested(table, suggested, all.SuggestedActionDocuments);
        foreach (var f in all.Meeting)
        {
            var section = f.Field.StartsWith("next_meeting_", StringComparison.Ordinal) ? "next_meeting" : "meeting";
            var measure = f.Field.StartsWith("next_meeting_", StringComparison.Ordinal) ? f.Field["next_meeting_".Length..] : f.Field;
            table.AddRow(section, E(measure), ScoreText.Of(f.Accuracy), ScoreText.Count(f.Correct, f.Total));
        }
        table.AddRow("meeting", "[bold]accuracy (all fields)[/]", $"[bold]{ScoreText.Of(all.MeetingAccuracy)}[/]",
            ScoreText.Count(all.Meeting.Sum(f => f.Correct), all.Meeting.Sum(f => f.Total)));
        table.AddEmptyRow();
        table.AddRow("[bold]overall[/]", "mean of documents", $"[bold]{ScoreText.Of(all.Overall)}[/]", $"{all.Documents} docs");
        return table;
    }

    private static void AddList(Table table, string section, ListScore score, double macroF1)
    {
        var m = score.Matches;
        table.AddRow(section, "precision", ScoreText.Of(m.Precision), ScoreText.Count(m.TruePositives, m.TruePositives + m.FalsePositives));
        table.AddRow(section, "recall", ScoreText.Of(m.Recall), ScoreText.Count(m.TruePositives, m.TruePositives + m.FalseNegatives));
        table.AddRow(section, "[bold]F1[/]", $"[bold]{ScoreText.Of(m.F1)}[/]", $"macro {ScoreText.Of(macroF1)}");
        foreach (var f in score.Fields)
            table.AddRow(section, $"{E(f.Field)} accuracy", ScoreText.Of(f.Accuracy), ScoreText.Count(f.Correct, f.Total));
        table.AddEmptyRow();
    }

    // Outside the overall score: only documents whose gold lists suggested_actions count.
    private static void AddSuggested(Table table, ListScore score, int documents)
    {
        var m = score.Matches;
        const string section = "suggested_actions";
        table.AddRow(section, "precision", ScoreText.Of(m.Precision), ScoreText.Count(m.TruePositives, m.TruePositives + m.FalsePositives));
        table.AddRow(section, "recall", ScoreText.Of(m.Recall), ScoreText.Count(m.TruePositives, m.TruePositives + m.FalseNegatives));
        table.AddRow(section, "[bold]F1[/]", $"[bold]{ScoreText.Of(m.F1)}[/]", $"{documents} docs with gold");
        foreach (var f in score.Fields)
            table.AddRow(section, $"{E(f.Field)} accuracy", ScoreText.Of(f.Accuracy), ScoreText.Count(f.Correct, f.Total));
        table.AddEmptyRow();
    }

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table().Title(E(title)).AddColumns(columns.Select(c => new TableColumn(E(c))).ToArray());
        for (var i = 2; i < columns.Length; i++) table.Columns[i].RightAligned();
        return table;
    }

    private static string E(string text) => Markup.Escape(text);
}
