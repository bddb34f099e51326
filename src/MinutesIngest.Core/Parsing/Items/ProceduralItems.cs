using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Items;

/// <summary>
/// Recognises the procedural items almost every set of minutes carries (apologies, declarations of interest, minutes of
/// the last meeting, matters arising, any other business, date of the next meeting, adjournment…): they say how the
/// meeting ran, not what it was about, so topic models and subject counts leave them out. The one list of them.
/// </summary>
public static partial class ProceduralItems
{
    /// <summary>True when the title is a procedural heading, or every part of it (split at commas, "and", "&amp;", "/", ";") is one.</summary>
    public static bool IsProcedural(string? title)
    {
        var normal = Normalise(title);
        if (normal.Length == 0) return false;
        if (Heading().IsMatch(normal)) return true;
        var parts = PartSeparator().Split(normal).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(p => Heading().IsMatch(p));
    }

    // Lower case, no leading item number, curly apostrophes straightened, bracketed asides and trailing punctuation dropped.
    private static string Normalise(string? title)
    {
        var text = (title ?? "").ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        text = Brackets().Replace(text, " ");
        text = LeadingNumber().Replace(text, "");
        return Spaces().Replace(text, " ").Trim(' ', '.', ':', '-', '–', '—');
    }

    [GeneratedRegex(@"\s*(?:,|;|/|&|\band\b)\s*")]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"^\s*(?:item\s+)?(?:[0-9]+(?:[./][0-9]+)*[.):]?|[a-z][.)]|[ivx]+[.)])\s+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // One alternative per convention; "to …" forms ("to receive apologies") are how many councils phrase an agenda.
    [GeneratedRegex("""
        ^(?:to\s+(?:receive|note|accept|approve|confirm|consider|agree|sign)\s+(?:the\s+)?)?
        (?:
            apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+(?:received|given|noted))?
          | absences?(?:\s+from\s+the\s+meeting)?
          | attendance(?:\s+list)?
          | (?:chair'?s?\s+)?welcome(?:\s+(?:to\s+)?(?:members|everyone|all))?
          | introductions?
          | (?:opening|open)(?:\s+of\s+(?:the\s+)?meeting)?
          | (?:call(?:ed)?\s+to\s+order|roll\s+call|quorum|quoracy)
          | declarations?\s+of\s+(?:[a-z-]+\s+){0,3}interests?(?:\s+\S+){0,4}
          | (?:[a-z-]+\s+)?interests?\s+declared
          | conflicts?\s+of\s+interests?
          | (?:approval|adoption|confirmation|acceptance)\s+of\s+(?:the\s+)?(?:agenda|minutes)(?:\s+.*)?
          | agenda
          | (?:the\s+)?minutes(?:\s+of\s+(?:the\s+)?(?:last|previous|prior)\s+meetings?)?(?:\s+(?:held|dated|of)\s+.*)?
          | (?:review\s+of\s+)?(?:outstanding\s+)?(?:matters|actions?)\s+arising(?:\s+from\s+(?:the\s+)?(?:last\s+|previous\s+)?(?:minutes|meeting))?
          | matters\s+arising.*
          | any\s+other\s+(?:competent\s+|urgent\s+)?business
          | a\.?\s?o\.?\s?c?\.?\s?b\.?
          | (?:general\s+|other\s+)business
          | dispensations?
          | (?:date|dates|time|place|venue)(?:(?:\s*,\s*|\s+and\s+|\s+)(?:date|time|place|venue))*\s+of\s+(?:the\s+)?(?:next|future|following)\s+meetings?.*
          | (?:next|future)\s+meetings?(?:\s+dates?)?
          | adjourn(?:ment|ed)?(?:\s+of\s+(?:the\s+)?meeting)?
          | (?:meeting\s+)?clos(?:e|ed|ure|ing)(?:\s+of\s+(?:the\s+)?meeting)?(?:\s+remarks)?
        )$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Heading();
}
