namespace MinutesIngest.Core.Parsing.Lexicon;

public static partial class ItemLabelGrammar
{
    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

    /// <summary>The value of a roman numeral up to XV in either case ("iv" → 4); 0 when it is not one.</summary>
    public static int RomanValue(string numeral) => Array.IndexOf(Romans, numeral.ToUpperInvariant()) + 1;

    /// <summary>The upper-case roman numeral for 1–15; null outside that range.</summary>
    public static string? RomanNumeralOf(int value) => value >= 1 && value <= Romans.Length ? Romans[value - 1] : null;

    /// <summary>
    /// The decimal numbers that may follow <paramref name="previous"/> in one numbering: the next number at each level
    /// ("2.3" → "2.4", "3") or a first sub-number ("2.3.1"); "1" opens a numbering.
    /// </summary>
    public static List<int[]> DecimalSuccessors(int[]? previous, int maxDepth = 4)
    {
        if (previous == null) return [[1]];
        var result = new List<int[]>();
        for (var k = previous.Length - 1; k >= 0; k--)
        {
            var s = previous[..(k + 1)];
            s[k]++;
            result.Add(s);
        }
        if (previous.Length < maxDepth) result.Add([.. previous, 1]);
        return result;
    }

    /// <summary>The number a label follows directly as a first or next sibling: "2" after "1", "4.1" after "4"; none before "1".</summary>
    public static int[]? DecimalPredecessor(int[] number)
    {
        if (number[^1] > 1) return [.. number[..^1], number[^1] - 1];
        return number.Length > 1 ? number[..^1] : null;
    }

    /// <summary>True when the letter or roman label <paramref name="next"/> follows <paramref name="previous"/> ("b" after "a", "iv" after "iii").</summary>
    public static bool FollowsSibling(string previous, string next)
    {
        if (RomanValue(previous) is > 0 and var p && RomanValue(next) is > 0 and var n && n == p + 1) return true;
        return previous.Length == 1 && next.Length == 1 && char.ToLowerInvariant(next[0]) == char.ToLowerInvariant(previous[0]) + 1;
    }
}
