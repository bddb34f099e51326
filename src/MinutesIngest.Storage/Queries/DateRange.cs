using System.Globalization;

namespace MinutesIngest.Storage.Queries;

/// <summary>The dates a query accepts: minutes are from 1800 to 2200; anything else is a typing mistake or a probe.</summary>
/// <remarks>Year 1 reaches PostgreSQL as -infinity, and a period series from it never ends.</remarks>
public static class DateRange
{
    public static readonly DateOnly Earliest = new(1800, 1, 1);
    public static readonly DateOnly Latest = new(2200, 12, 31);

    /// <summary>Whether a date lies in the accepted range.</summary>
    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>A message naming the first of --from/--to outside the range, or null when both are absent or inside it.</summary>
    public static string? Problem(DateOnly? from, DateOnly? to)
    {
        foreach (var (name, date) in new[] { ("from", from), ("to", to) })
            if (date is { } d && !Contains(d))
                return $"--{name} {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is outside {Earliest.Year}–{Latest.Year}: give a date in that range.";
        if (from is { } f && to is { } t && f > t)
            return $"--from {f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is after --to {t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.";
        return null;
    }
}
