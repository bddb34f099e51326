using MinutesIngest.Core.Minutes;
using Spectre.Console;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Renders one extracted record as readable tables.</summary>
internal static class SummaryRenderer
{
    /// <summary>Writes the meeting, attendance, items and actions of <paramref name="r"/> read from <paramref name="file"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the tables go.</param>
    /// <param name="file">The file the record was read from, shown as the heading.</param>
    /// <param name="r">The extracted record.</param>
    /// <param name="ocrPageConfidence">Mean OCR confidence per page (null for text pages); empty when nothing was OCR'd.</param>
    public static void Write(TextWriter writer, string file, MinutesRecord r, IReadOnlyList<double?>? ocrPageConfidence = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = writer == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        console.Write(new Rule($"[bold]{Markup.Escape(file)}[/] ({r.Format})").LeftJustified());
        var m = r.Meeting;
        var meta = new Table().HideHeaders().AddColumn("field").AddColumn("value");
        void Row(string k, string? v) => meta.AddRow(Markup.Escape(k), Markup.Escape(v ?? "—"));
        Row("Title", m.Title); Row("Body", m.Body); Row("Date", m.Date); Row("Start", m.StartTime);
        Row("Venue", m.Venue); Row("Chair", m.Chair); Row("Minute taker", m.MinuteTaker);
        Row("Next meeting", r.NextMeeting == null ? null : $"{r.NextMeeting.Date} {r.NextMeeting.StartTime}".Trim());
        if (OcrConfidenceText.Describe(ocrPageConfidence ?? []) is { } ocr) Row("OCR confidence", ocr);
        console.Write(meta);

        var att = new Table().Title($"Attendance ({r.Attendance.Count})").AddColumns("Name", "Role", "Abbr.", "Status");
        foreach (var a in r.Attendance) att.AddRow(E(a.Name), E(a.Role), E(a.Abbreviation), E(a.Status));
        console.Write(att);

        var items = new Table().Title($"Items ({r.Items.Count})").AddColumns("No.", "Title");
        foreach (var i in r.Items) items.AddRow(E(i.Number), E(i.Title));
        console.Write(items);

        var actions = new Table().Title($"Actions ({r.Actions.Count})").AddColumns("Item", "Action", "Owner", "Owner name", "Due");
        foreach (var a in r.Actions) actions.AddRow(E(a.Item), E(a.Text), E(a.Owner), E(a.OwnerName), E(a.Due));
        console.Write(actions);
        if (r.SuggestedActions is { Count: > 0 } suggested)
        {
            var table = new Table().Title($"Suggested actions ({suggested.Count}, unmarked: not in the minutes' actions)")
                .AddColumns("Item", "Sentence", "Owner", "Owner name", "Due", "Confidence");
            foreach (var a in suggested)
                table.AddRow(E(a.Item), E(a.Text), E(a.Owner), E(a.OwnerName), E(a.Due), a.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            console.Write(table);
        }
        console.WriteLine();
    }

    private static string E(string? s) => Markup.Escape(s ?? "");
}
