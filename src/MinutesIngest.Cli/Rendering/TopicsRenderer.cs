using System.Globalization;
using MinutesIngest.Ml.Topics;
using MinutesIngest.Storage.Topics;
using Spectre.Console;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Renders the stored topics, the settings a build tried and a topic's trend as tables, or as CSV or JSON.</summary>
internal static class TopicsRenderer
{
    public static void WriteList(TextWriter writer, string format, TopicBuild? build, IReadOnlyList<TopicSummary> topics)
    {
        switch (format)
        {
            case "json":
                JsonOutput.Write(writer, new { Build = build, Topics = topics });
                return;
            case "csv":
                CsvOutput.Write(writer, TopicColumns.List, topics);
                return;
        }
        if (build == null || topics.Count == 0)
        {
            writer.WriteLine("no topics yet: run `minutes topics build`");
            return;
        }
        var chosen = build.MeanCoherence is { } mean ? string.Create(CultureInfo.InvariantCulture, $"; mean coherence {mean:0.000} ({build.Settings})") : "";
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{topics.Count} topics over {build.Items} items ({(build.IncludeBody ? "titles and bodies" : "titles")}), fitted in {build.FitSeconds:0.0} s{chosen}"));
        var table = new Table().AddColumns("#", "Label", "Top terms", "Items", "Meetings", "Coherence");
        foreach (var c in new[] { 0, 3, 4, 5 }) table.Columns[c].RightAligned();
        foreach (var t in topics)
            table.AddRow(t.Number.ToString(CultureInfo.InvariantCulture), Markup.Escape(t.Label), Markup.Escape(string.Join(", ", t.Terms)),
                t.Items.ToString(CultureInfo.InvariantCulture), t.Meetings.ToString(CultureInfo.InvariantCulture), Coherence(t.Coherence));
        WriterConsole.Create(writer).Write(table);
    }

    /// <summary>The settings a build tried, best mean coherence marked: what the choice was made from.</summary>
    public static void WriteTrials(TextWriter writer, IReadOnlyList<TopicTrial> trials, TopicOptions chosen)
    {
        writer.WriteLine("settings tried (mean NPMI coherence of the top terms over the stored items; the highest is kept):");
        foreach (var t in trials)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(t.Options == chosen ? "*" : " ")} k={t.Options.Topics,-3} coherence {t.MeanCoherence,7:0.000}  ({t.FitTime.TotalSeconds:0.0} s)"));
    }




    public static void WriteTrend(TextWriter writer, string format, TopicSummary topic, IReadOnlyList<TopicTrendRow> rows, string periodName)
    {
        switch (format)
        {
            case "json":
                JsonOutput.Write(writer, new { Topic = topic, Unit = periodName, Rows = rows });
                return;
            case "csv":
                CsvOutput.Write(writer, TopicColumns.Trend, rows);
                return;
        }
        writer.WriteLine($"topic {topic.Number}: {topic.Label} — prevalence = mean share of the topic over every item of the body in that {periodName}");
        var table = new Table().AddColumns("Body", periodName, "Items", "Meetings", "Prevalence", "");
        foreach (var c in new[] { 2, 3, 4 }) table.Columns[c].RightAligned();
        foreach (var r in rows)
            table.AddRow(Markup.Escape(r.Body ?? "(not stated)"), r.Period ?? "—", r.Items.ToString(CultureInfo.InvariantCulture),
                r.Meetings.ToString(CultureInfo.InvariantCulture), r.Prevalence.ToString("0.000", CultureInfo.InvariantCulture),
                new string('█', (int)Math.Round(r.Prevalence * 40)));
        WriterConsole.Create(writer).Write(table);
    }

    private static string Coherence(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—";
}
