using System.Globalization;
using System.Text;

namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>Renders one list counter in a Word <c>numFmt</c> ("decimal", "lowerRoman", ...).</summary>
internal static class WordNumberFormat
{
    // 26 letters repeated at most 30 times: the longest letter label Word's list dialog offers ("zzz…", 780). Past
    // it the counter comes from numbering.xml, which a hostile file sets near int.MaxValue to build a label of
    // tens of millions of letters.
    private const int MaxLetterValue = 26 * 30;

    /// <summary>The counter as Word prints it; unknown formats fall back to decimal, as Word does for formats it cannot draw.</summary>
    public static string Format(int value, string? numFmt) => numFmt switch
    {
        "none" or "bullet" => "",
        "decimalZero" => value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : Decimal(value),
        "lowerLetter" => Letters(value, 'a'),
        "upperLetter" => Letters(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "ordinal" => Decimal(value) + OrdinalSuffix(value),
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Word's letter lists repeat the letter once the alphabet runs out: y, z, aa, bb, ..., zz, aaa.
    private static string Letters(int value, char first)
    {
        if (value is <= 0 or > MaxLetterValue) return Decimal(value);
        var letter = (char)(first + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return Decimal(value);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
            while (value >= values[i]) { sb.Append(symbols[i]); value -= values[i]; }
        return sb.ToString();
    }

    private static string OrdinalSuffix(int value) => (value % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };
}
