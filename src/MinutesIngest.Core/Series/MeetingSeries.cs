using System.Globalization;
using System.Text.RegularExpressions;
using MinutesIngest.Core.Bodies;

namespace MinutesIngest.Core.Series;

/// <summary>Which series of its body a meeting belongs to ("Planning Committee", "Full Council", "Board"): the title without
/// the body, dates, ordinals and the "Minutes of the (annual/extraordinary) meeting" furniture.</summary>
/// <remarks>A title naming nothing but the body (or nothing at all) is a meeting of the whole body: "Full Council" for a
/// council, "Board" for a board, else "Full meeting". Bodies publish one committee under many title shapes, so every
/// shape of one committee must give one name.</remarks>
public static partial class MeetingSeries
{
    private const int MaxWords = 6;

    /// <summary>The series name of a meeting with this title and stored (normalised) body; null when neither gives one.</summary>
    public static string? Of(string? title, string? body)
    {
        var whole = WholeBody(body);
        if (string.IsNullOrWhiteSpace(title) || title.Length > 300) return whole;
        var s = Furniture(title);
        if (body != null) s = WithoutBody(s, body);
        s = Tidy(s);
        if (s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
            s = CommitteePattern().Match(s) is { Success: true } m ? Tidy(m.Value) : "";
        // Normalised first: an abbreviated spelling of the body ("Example PC") is the body too.
        var named = BodyNames.Normalise(s);
        if (named == null || (body != null && (BodyNames.Key(named) == BodyNames.Key(body) || IsBodyItself(named, body)))) return whole;
        return named;
    }

    // Dates, times, numbers, parenthesised asides, "held …" and the words that say a document is minutes of a meeting.
    private static string Furniture(string title)
    {
        var s = HeldTailPattern().Replace(title, " ");
        s = AsidePattern().Replace(s, " ");
        s = s.Replace("&", " and ", StringComparison.Ordinal);
        // The abbreviations BodyNames spells out, so "Example PC" in a title is the body "Example Parish Council".
        s = ParishCouncilPattern().Replace(s, "Parish Council");
        s = TownCouncilPattern().Replace(s, "Town Council");
        s = DatePattern().Replace(s, " ");
        s = FurniturePattern().Replace(s, " ");
        return SpacePattern().Replace(s, " ").Trim();
    }

    // The body as written, else its first or last two or more words ("Parish Council" of "Example Parish Council").
    private static string WithoutBody(string s, string body)
    {
        var words = Words(BodyNames.Normalise(body) ?? body);
        for (var length = words.Length; length >= 2; length--)
        {
            foreach (var run in new[] { words[..length], words[^length..] })
            {
                var pattern = @"\b" + string.Join(@"\s+", run.Select(Regex.Escape)) + @"\b";
                var cut = Regex.Replace(s, pattern, " ", RegexOptions.IgnoreCase);
                if (cut != s) return SpacePattern().Replace(cut, " ").Trim();
            }
        }
        return s;
    }

    // What is left names the body itself: "Council" or "Full Council" of "Example Town Council", "Board of Trustees" of "Board of Trustees of X".
    private static bool IsBodyItself(string rest, string body)
    {
        var left = Words(FullPattern().Replace(rest, "")).Select(w => w.ToLowerInvariant()).ToArray();
        var words = Words(BodyNames.Normalise(body) ?? body).Select(w => w.ToLowerInvariant()).ToArray();
        if (left.Length == 0) return true;
        for (var start = 0; start + left.Length <= words.Length; start++)
            if (words.AsSpan(start, left.Length).SequenceEqual(left)) return true;
        return false;
    }

    private static string? WholeBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        if (CouncilEndPattern().IsMatch(body)) return "Full Council";
        return BoardPattern().IsMatch(body) ? "Board" : "Full meeting";
    }

    private static string Tidy(string s)
    {
        s = SpacePattern().Replace(s, " ").Trim();
        string before;
        do
        {
            before = s;
            s = EdgeWordPattern().Replace(s, "").Trim();
        } while (s != before);
        if (s.Any(char.IsLetter) && !s.Any(char.IsLower)) s = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s.ToLowerInvariant());
        return s;
    }

    private static string[] Words(string s) => s.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();

    [GeneratedRegex(@"\bP\.?C\.?(?=\s|$|[-–—:,])")]
    private static partial Regex ParishCouncilPattern();

    [GeneratedRegex(@"\bT\.?C\.?(?=\s|$|[-–—:,])")]
    private static partial Regex TownCouncilPattern();

    [GeneratedRegex(@"\b(?:held|convened|taking\s+place)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex HeldTailPattern();

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]")]
    private static partial Regex AsidePattern();

    // Numeric and written dates, times, years, ordinals, day and month names, "No. 12", "#3".
    [GeneratedRegex(@"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?![a-z])|\b(?:no\.?|number)\s*\d+\b|#\s*\d+|\b\d+(?:st|nd|rd|th)?\b|\bQ[1-4]\b|\b(?:(?:twenty|thirty|forty|fifty)(?:-|\s)?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?",
        RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    // The words that make a title a title of minutes rather than the committee's name.
    [GeneratedRegex(@"\b(?:draft|approved|unapproved|unconfirmed|confirmed|signed|minutes?|notes|record|summary|annual|extraordinary|special|ordinary|regular|monthly|quarterly|weekly|bi-monthly|general\s+meeting|AGM|EGM|meetings?|session|part\s+(?:i{1,3}|one|two|[ab])|of\s+proceedings)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex FurniturePattern();

    [GeneratedRegex(@"^(?:of|the|for|and|a|an|at|on|in|to|by|from|with)\b\s*|\s*\b(?:of|the|for|and|a|an|at|on|in|to|by|from|with)$|^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$",
        RegexOptions.IgnoreCase)]
    private static partial Regex EdgeWordPattern();

    [GeneratedRegex(@"(?:[\p{L}'’-]+\s+){0,4}(?:Sub-Committee|Committee|Board|Panel|Working\s+Group|Group|Forum|Council|Cabinet|Assembly|Executive)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommitteePattern();

    [GeneratedRegex(@"^\s*full\b", RegexOptions.IgnoreCase)]
    private static partial Regex FullPattern();

    [GeneratedRegex(@"\bcouncil$", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilEndPattern();

    [GeneratedRegex(@"^board\b|\bboard$", RegexOptions.IgnoreCase)]
    private static partial Regex BoardPattern();
}
