using System.Globalization;
using MinutesIngest.Storage.Topics;
using Spectre.Console;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Renders the stored topics and a topic's trend as tables.</summary>
internal static class TopicsRenderer
{
    public static void WriteList(TextWriter writer, TopicBuild? build, IReadOnlyList<TopicSummary> topics)
    {
        if (build == null || topics.Count == 0)
        {
            writer.WriteLine("no topics yet: run `minutes topics build`");
            return;
        }
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{topics.Count} topics over {build.Items} items ({(build.IncludeBody ? "titles and bodies" : "titles")}), fitted in {build.FitSeconds:0.0} s"));
        var table = new Table().AddColumns("#", "Label", "Top terms", "Items", "Meetings");
        foreach (var c in new[] { 0, 3, 4 }) table.Columns[c].RightAligned();
        foreach (var t in topics)
            table.AddRow(t.Number.ToString(CultureInfo.InvariantCulture), Markup.Escape(t.Label), Markup.Escape(string.Join(", ", t.Terms)),
                t.Items.ToString(CultureInfo.InvariantCulture), t.Meetings.ToString(CultureInfo.InvariantCulture));
        WriterConsole.Create(writer).Write(table);
    }

    public static void WriteTrend(TextWriter writer, TopicSummary topic, IReadOnlyList<TopicTrendRow> rows, string periodName)
    {
        writer.WriteLine($"topic {topic.Number}: {topic.Label} — prevalence = mean share of the topic over every item of the body in that {periodName}");
        var table = new Table().AddColumns("Body", periodName, "Items", "Meetings", "Prevalence", "");
        foreach (var c in new[] { 2, 3, 4 }) table.Columns[c].RightAligned();
        foreach (var r in rows)
            table.AddRow(Markup.Escape(r.Body ?? "(not stated)"), r.Period ?? "—", r.Items.ToString(CultureInfo.InvariantCulture),
                r.Meetings.ToString(CultureInfo.InvariantCulture), r.Prevalence.ToString("0.000", CultureInfo.InvariantCulture),
                new string('█', (int)Math.Round(r.Prevalence * 40)));
        WriterConsole.Create(writer).Write(table);
    }
}
