using System.Globalization;
using MinutesIngest.Storage.Queries;
using Spectre.Console;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Rendering;

/// <summary>A trend as a bar chart per series (meetings mentioning the topic per period), or as JSON or CSV rows.</summary>
internal static class TrendRenderer
{
    private static readonly Color[] SeriesColours = [Color.SteelBlue1, Color.Orange1, Color.MediumPurple1, Color.SeaGreen1, Color.IndianRed1];

    public static void Write(TextWriter writer, string format, string query, TrendResult result)
    {
        switch (format)
        {
            case "json":
                JsonOutput.Write(writer, new { Query = query, Unit = result.Unit.ToString().ToLowerInvariant(), result.Points });
                break;
            case "csv":
                CsvOutput.Write(writer, TrendColumns.Csv, result.Points);
                break;
            default:
                WriteChart(writer, query, result);
                break;
        }
    }



    private static void WriteChart(TextWriter writer, string query, TrendResult result)
    {
        if (result.Points.Count == 0)
        {
            writer.WriteLine("No dated meetings in the range.");
            return;
        }
        var console = WriterConsole.Create(writer);
        var series = result.Points.GroupBy(p => p.Series).ToList();
        for (var s = 0; s < series.Count; s++)
        {
            var points = series[s].ToList();
            var mentioning = points.Sum(p => p.MeetingsMentioning);
            var held = points.Sum(p => p.MeetingsHeld);
            var chart = new BarChart()
                .Label($"[bold]\"{Markup.Escape(query)}\"[/]{(series[s].Key is { } body ? $" in [bold]{Markup.Escape(body)}[/]" : "")}: " +
                       $"{mentioning} of {held} meetings ({TrendColumns.Percent(held == 0 ? null : (double)mentioning / held)}), {points.Sum(p => p.ItemsMatching)} items")
                .LeftAlignLabel()
                .ShowValues(false);
            foreach (var p in points)
                chart.AddItem($"{p.Period,-7} {p.MeetingsMentioning,4}/{p.MeetingsHeld,-4} {TrendColumns.Percent(p.Share),4} {p.ItemsMatching,4} items", p.MeetingsMentioning, SeriesColours[s % SeriesColours.Length]);
            console.Write(chart);
            console.WriteLine();
        }
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bars: meetings mentioning the topic per {result.Unit.ToString().ToLowerInvariant()} (mentioning/held, share of meetings held, matching items)"));
    }
}
