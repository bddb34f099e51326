using System.Globalization;
using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Bodies;

/// <summary>Writes a body's name one way, so the spellings of one body ("The X PC", "X Parish Council", "X PARISH COUNCIL") merge.</summary>
public static partial class BodyNames
{
    /// <summary>The normalised name: spaces collapsed, a leading "The" dropped, "&amp;" as "and", common abbreviations
    /// of the kind of body spelled out, an all-capitals name in title case; null for an empty name.</summary>
    public static string? Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var s = SpacePattern().Replace(name, " ").Trim().Trim(',', ';', ':', '-', '–', '.').Trim();
        s = LeadingThePattern().Replace(s, "");
        s = s.Replace(" & ", " and ", StringComparison.Ordinal);
        s = ParishCouncilPattern().Replace(s, "Parish Council");
        s = TownCouncilPattern().Replace(s, "Town Council");
        // A one-word name in capitals is an acronym ("NAACL"), kept as written.
        if (s.Any(char.IsLetter) && !s.Any(char.IsLower) && (s.Contains(' ') || s.Length > MaxAcronymLength))
            s = JoiningWordPattern().Replace(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s.ToLowerInvariant()), m => m.Value.ToLowerInvariant());
        return s.Length == 0 ? null : s;
    }

    /// <summary>The key two names of one body share: the normalised name, lower-cased.</summary>
    /// <remarks>Read in capitals, so a typed "example pc" is keyed as "EXAMPLE PC" is.</remarks>
    public static string? Key(string? name) => Normalise(name?.ToUpperInvariant())?.ToLowerInvariant();

    private const int MaxAcronymLength = 6;

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();

    // Title case leaves joining words small after the first word: "TOWN OF EXAMPLE" → "Town of Example".
    [GeneratedRegex(@"(?<=\S\s+)\b(?:Of|The|And|For|In|On|At|To)\b")]
    private static partial Regex JoiningWordPattern();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThePattern();

    [GeneratedRegex(@"\bP\.?C\.?$")]
    private static partial Regex ParishCouncilPattern();

    // After a bracketed acronym "TC" is a technical committee ("Open Widget Format (OWF) TC"), not a town council.
    [GeneratedRegex(@"(?<!\)\s)\bT\.?C\.?$")]
    private static partial Regex TownCouncilPattern();
}
