using System.Globalization;
using System.Text;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// Puts right the decimal item labels ("4.", "4.1", "4.1.2") OCR misread, from the order they stand in: each label
/// is expected to follow the one before it (the next number at some level, or a first sub-number), so a token that
/// fits none of those but looks like one of them is that one. Covers a dropped dot ("51" after "5." → "5.1"), a 7
/// read as 1 ("1." after "6." → "7."), letters for digits ("S51" → "5.1") and a label read as junk between two
/// readable ones ("ae" between "2." and "4." → "3.").
/// </summary>
internal static class DecimalLabelSequence
{
    /// <summary>The labels of a document in reading order; returns the corrected text for each one that needs it, else null.</summary>
    public static string?[] Repair(IReadOnlyList<string> tokens)
    {
        var parsed = tokens.Select(Parse).ToList();
        var result = new string?[tokens.Count];
        // Too few readable numbers to say the document is numbered this way.
        if (parsed.Count(p => p != null) < 2) return result;
        var topStop = StopOf(tokens, parsed, topLevel: true, fallback: ".");
        var subStop = StopOf(tokens, parsed, topLevel: false, fallback: "");

        int[]? previous = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var own = parsed[i];
            var candidates = ItemLabelGrammar.DecimalSuccessors(previous);
            if (own != null && candidates.Any(c => Same(c, own)))
            {
                previous = own;
                continue;
            }
            var nextIndex = parsed.FindIndex(i + 1, p => p != null);
            var next = nextIndex >= 0 ? parsed[nextIndex] : null;
            var unknownBetween = nextIndex > i + 1 || (nextIndex < 0 && i + 1 < tokens.Count);
            // A readable number below the last one starts a new run (the minutes after the agenda, an action log's
            // references): an unreadable label just before it opens that run, and a readable one is judged without it.
            // A readable number that starts its own run ("1." then "2." after "6.": a new list) is left as it is.
            var startsRun = own != null && next != null && !unknownBetween && ItemLabelGrammar.DecimalSuccessors(own).Any(s => Same(s, next));
            var restart = next != null && previous != null && Compare(next, previous) <= 0;
            if (restart && own == null && !unknownBetween && ItemLabelGrammar.DecimalPredecessor(next!) is { } opener) candidates = [opener];
            else if (restart) next = null;
            var fitting = candidates.Where(c => next == null || (unknownBetween ? Compare(c, next) < 0 : ItemLabelGrammar.DecimalSuccessors(c).Any(s => Same(s, next)))).ToList();

            int[]? pick = null;
            if (own != null)
            {
                var matches = fitting.Where(c => DigitsMatch(Digits(own), Digits(c), lenient: false)).ToList();
                if (!startsRun && matches.Count == 1) pick = matches[0];
                previous = pick ?? own;
            }
            else
            {
                var digits = LookAlikeDigits(tokens[i]);
                if (digits == null) continue;
                var matches = digits.Length == 0 ? [] : fitting.Where(c => DigitsMatch(digits, Digits(c), lenient: true)).ToList();
                if (matches.Count == 1) pick = matches[0];
                // Unreadable, but only one number can stand between its readable neighbours.
                // Only as a sibling of the label before: a lone "o" bullet under "2." is not "2.1".
                else if (matches.Count == 0 && next != null && !unknownBetween && fitting.Count == 1 && tokens[i].Length <= 3
                         && fitting[0].Length == (previous?.Length ?? 1)) pick = fitting[0];
                if (pick != null) previous = pick;
            }
            if (pick != null)
                result[i] = string.Join('.', pick.Select(n => n.ToString(CultureInfo.InvariantCulture))) + (pick.Length == 1 ? topStop : subStop);
        }
        return result;
    }

    private static int[]? Parse(string token)
    {
        return ItemLabelGrammar.OcrDecimalDigits(token) is { } digits ? ItemLabelGrammar.DecimalParts(digits) : null;
    }

    // The stop most labels of one depth are written with ("5." but "5.1"), so a restored label looks like its neighbours.
    private static string StopOf(IReadOnlyList<string> tokens, List<int[]?> parsed, bool topLevel, string fallback)
    {
        var stops = tokens.Where((t, i) => parsed[i] is { } p && (p.Length == 1) == topLevel)
            .Select(ItemLabelGrammar.OcrDecimalStop).ToList();
        return stops.Count == 0 ? fallback : stops.GroupBy(s => s).MaxBy(g => g.Count())!.Key;
    }

    private static bool Same(int[] a, int[] b) => a.AsSpan().SequenceEqual(b);

    private static int Compare(int[] a, int[] b)
    {
        for (var k = 0; k < Math.Min(a.Length, b.Length); k++)
            if (a[k] != b[k]) return a[k].CompareTo(b[k]);
        return a.Length.CompareTo(b.Length);
    }

    private static string Digits(int[] number) => string.Concat(number.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    // The same digits, 1 and 7 taken as one (the commonest digit confusion in OCR'd labels); leniently, the read
    // token may also carry one extra character ("S51": the 5 read twice).
    private static bool DigitsMatch(string read, string expected, bool lenient)
    {
        var a = read.Replace('7', '1');
        var b = expected.Replace('7', '1');
        if (a == b) return true;
        if (!lenient || a.Length != b.Length + 1) return false;
        var j = 0;
        foreach (var c in a) if (j < b.Length && c == b[j]) j++;
        return j == b.Length;
    }

    /// <summary>
    /// The digits a misread label stands for, letters taken for the digits they resemble ("S51" → "551", "l" → "1"),
    /// or "" for a short lower-case smudge ("ae"); null when the token does not look like a misread label at all.
    /// </summary>
    internal static string? LookAlikeDigits(string token)
    {
        var core = token.TrimEnd('.', ':', ',', ';');
        if (core.Length is 0 or > 4 || ItemLabelGrammar.IsLetterOrRomanToken(token)) return null;
        var sb = new StringBuilder();
        foreach (var c in core)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c,
                'S' or 's' => '5',
                'l' or 'I' or 'i' or '|' or '!' => '1',
                'O' or 'o' => '0',
                'Z' or 'z' => '2',
                'B' => '8',
                'G' or 'b' => '6',
                'g' or 'q' => '9',
                '.' => '.',
                _ => '?',
            };
            if (digit == '?')
            {
                // Two lower-case letters at most: a smudged label, not a word.
                if (core.Length <= 2 && core.All(char.IsLower)) return "";
                return null;
            }
            if (digit != '.') sb.Append(digit);
        }
        return sb.ToString();
    }
}
