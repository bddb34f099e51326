using System.Text;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// Repairs the character confusions OCR makes in the words the parser keys on: letters for digits inside
/// numbers ("l.2" → "1.2", "2O21" → "2021"), digits for letters in words ("Acti0n" → "Action") and
/// look-alike letters in the parser's label words ("ACTlON" → "ACTION", "Apologles" → "Apologies").
/// Applied to OCR words only, so born-digital text is never touched.
/// </summary>
public static class OcrNoise
{
    // Words the parser recognises as labels or headings; a misread of one of these costs a whole section.
    private static readonly string[] Keywords =
    [
        "action", "actions", "actioned", "apologies", "apology", "present", "absent", "attendance", "attending", "attendees",
        "minutes", "minute", "agenda", "item", "items", "chair", "chairman", "chairperson", "chaired", "owner", "due",
        "deadline", "resolved", "noted", "agreed", "clerk", "members", "member", "also", "councillor", "councillors", "cllr",
        "officers", "officer", "ref", "date", "time", "venue", "next", "meeting", "meetings", "taker", "secretary",
        "governors", "trustees", "board", "committee", "council", "welcome", "introductions", "declarations", "interest",
        "matters", "arising", "previous", "approved", "finance", "report", "close", "closed", "business", "any", "other",
        "received", "none", "name", "role", "initials", "status", "title", "organisation", "in",
    ];

    private static readonly Dictionary<string, string> KeywordByFolded = Keywords
        .GroupBy(Fold).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static readonly string[] NumberSuffixes = ["am", "pm", "st", "nd", "rd", "th"];

    /// <summary>The word with OCR confusions repaired; unchanged when nothing looks misread.</summary>
    public static string Normalize(string word)
    {
        if (word.Length == 0) return word;
        var start = 0;
        var end = word.Length;
        while (start < end && IsEdgePunctuation(word[start])) start++;
        while (end > start && IsEdgePunctuation(word[end - 1])) end--;
        if (start == end) return word;
        var core = word[start..end];
        var bracketed = end < word.Length && word[end] == ')';
        var fixedCore = FixNumber(core) ?? FixRoman(core, bracketed) ?? FixKeyword(core) ?? FixDigitsInWord(core);
        return fixedCore == null ? word : word[..start] + fixedCore + word[end..];
    }

    /// <summary>
    /// Inside a run of capitalised words a word starting with a lower-case l is a capital I misread
    /// ("Cllr lan Marsh" → "Cllr Ian Marsh"); returns the index of each word changed in <paramref name="words"/>.
    /// </summary>
    public static IReadOnlyList<int> FixCapitalIInNames(IList<string> words)
    {
        var changed = new List<int>();
        for (var i = 1; i + 1 < words.Count; i++)
        {
            var w = words[i];
            if (w.Length < 2 || w[0] != 'l' || !w.Skip(1).All(char.IsLower) || LowerLWords.Contains(w)) continue;
            if (!StartsUpper(words[i - 1]) || !StartsUpper(words[i + 1])) continue;
            words[i] = "I" + w[1..];
            changed.Add(i);
        }
        return changed;
    }

    // Words that really start with l and may sit between capitalised words ("Kelbrook lane Depot").
    private static readonly HashSet<string> LowerLWords = new(StringComparer.Ordinal)
    {
        "la", "lab", "lack", "lady", "laid", "lake", "land", "lane", "large", "last", "late", "later", "law", "lay", "lead", "leader",
        "lease", "least", "leave", "led", "left", "legal", "lend", "less", "let", "letter", "level", "levy", "library", "licence",
        "life", "light", "like", "limit", "line", "link", "list", "little", "live", "loan", "local", "lodge", "long", "look",
        "lost", "lot", "low", "lower", "ltd",
    };

    private static bool StartsUpper(string w) => w.Length > 0 && char.IsUpper(w[0]);

    private static bool IsEdgePunctuation(char c) => c is ':' or ';' or ',' or '(' or ')' or '"' or '\'' or '‘' or '’' or '“' or '”' or '*';

    // "l.2", "I2.1", "2O21", "1O:3Opm": a token of digits and number punctuation with a look-alike letter in it.
    private static string? FixNumber(string core)
    {
        var body = core;
        var suffix = "";
        foreach (var s in NumberSuffixes)
            if (core.Length > s.Length && core.EndsWith(s, StringComparison.OrdinalIgnoreCase))
            {
                body = core[..^s.Length];
                suffix = core[^s.Length..];
                break;
            }
        var digits = 0;
        var lookAlikes = 0;
        foreach (var c in body)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (c is 'l' or 'I' or '|' or 'O' or 'o') lookAlikes++;
            else if (c is not ('.' or ':' or '/' or ',')) return null;
        }
        // A real digit is required: "I." and "l." alone are roman or lettered labels, not ones.
        if (digits == 0 || lookAlikes == 0) return null;
        var sb = new StringBuilder(body.Length + suffix.Length);
        foreach (var c in body) sb.Append(c switch { 'l' or 'I' or '|' => '1', 'O' or 'o' => '0', _ => c });
        return sb.Append(suffix).ToString();
    }

    // "Il." for "II.": a roman label whose capital I came through as a lower-case l or a bar. The closing dot or
    // bracket is required, so the word "Ill" is left alone.
    private static string? FixRoman(string core, bool bracketed)
    {
        var dotted = core.EndsWith('.');
        if (!dotted && !bracketed) return null;
        var letters = dotted ? core[..^1] : core;
        if (letters.Length is < 2 or > 4 || !letters.All(c => c is 'I' or 'l' or '|') || !letters.Contains('I') || letters.All(c => c == 'I')) return null;
        return new string('I', letters.Length) + (dotted ? "." : "");
    }

    private static string? FixKeyword(string core)
    {
        if (core.Length < 2 || core.Length > 16) return null;
        if (!KeywordByFolded.TryGetValue(Fold(core), out var keyword)) return null;
        if (string.Equals(core, keyword, StringComparison.OrdinalIgnoreCase)) return null;
        var letters = core.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.Count(char.IsUpper) * 3 >= letters.Count * 2) return keyword.ToUpperInvariant();
        if (char.IsUpper(core[0]) || core[0] is '0' or '1' or '|') return char.ToUpperInvariant(keyword[0]) + keyword[1..];
        return keyword;
    }

    // "rep0rt": a zero between letters is an o.
    private static string? FixDigitsInWord(string core)
    {
        if (!core.Contains('0') || core.Count(char.IsLetter) < 2 || core.Any(c => char.IsAsciiDigit(c) && c != '0')) return null;
        var chars = core.ToCharArray();
        var changed = false;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '0') continue;
            var before = i > 0 && char.IsLetter(chars[i - 1]);
            var after = i + 1 < chars.Length && char.IsLetter(chars[i + 1]);
            if (!before && !after) continue;
            var upper = (before && char.IsUpper(chars[i - 1])) && (!after || char.IsUpper(chars[i + 1]));
            chars[i] = upper ? 'O' : 'o';
            changed = true;
        }
        return changed ? new string(chars) : null;
    }

    // Both sides folded the same way, so "ACTlON", "Acti0n" and "Action" meet at one key.
    private static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s.ToLowerInvariant())
            sb.Append(ch switch { '0' => 'o', '1' or 'l' or '|' or '!' => 'i', '5' => 's', _ => ch });
        return sb.Replace("rn", "m").Replace("vv", "w").ToString();
    }
}
