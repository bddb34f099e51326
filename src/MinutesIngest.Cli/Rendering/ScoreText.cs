using System.Globalization;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Formats scores for tables: three decimals, a dash when there was nothing to score.</summary>
internal static class ScoreText
{
    public static string Of(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Of(double? value) => value is { } v ? Of(v) : "—";

    /// <summary>"correct/total", the evidence behind an accuracy.</summary>
    public static string Count(int correct, int total) => $"{correct}/{total}";
}
