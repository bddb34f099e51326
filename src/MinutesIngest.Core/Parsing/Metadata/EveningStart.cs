using System.Globalization;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Parsing.Metadata;

/// <summary>
/// Reads a start time written without am/pm ("called to order at 7:56") as evening when the document itself places the
/// meeting in the evening: it marks times near that hour pm ("Meeting 7:30pm-9pm", "(7:32pm)") and marks none am.
/// </summary>
public static class EveningStart
{
    public static string? Read(string? start, IReadOnlyList<DocLine> header, IReadOnlyList<DocLine> lines)
    {
        if (start == null) return null;
        var hour = int.Parse(start[..2], CultureInfo.InvariantCulture);
        // Bare hours 1-6 already read as afternoon (TimeFinder); 12 is noon either way.
        if (hour is < 7 or > 11) return start;
        // Only a time the header writes bare, never with "am" or in a 24-hour form, is open to reading.
        var written = header.SelectMany(l => TimeFinder.FindAllMarked(l.Text)).Where(t => t.Time == start).ToList();
        if (!written.Any(t => t.Meridiem == null) || written.Any(t => t.Meridiem is "am" or "24h")) return start;
        var marked = lines.SelectMany(l => TimeFinder.FindAllMarked(l.Text)).Where(t => t.Meridiem is "am" or "pm").ToList();
        if (marked.Count == 0 || marked.Any(t => t.Meridiem == "am")) return start;
        // The pm time must lie near the bare hour: a morning meeting may still close at "12:15pm" or "1:30pm".
        var nearby = marked.Any(t => int.Parse(t.Time[..2], CultureInfo.InvariantCulture) - 12 is var h && h >= hour - 1 && h <= hour + 3);
        return nearby ? $"{hour + 12:00}{start[2..]}" : start;
    }
}
