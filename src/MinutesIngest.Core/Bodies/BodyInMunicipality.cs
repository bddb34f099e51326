using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Bodies;

/// <summary>The municipality whose council met, when the heading names only the municipal organ ("Formal Meeting of City
/// Council") and the place appears in the text as "the City of X".</summary>
/// <remarks>US and Canadian city, town and village minutes title themselves by the organ alone, since the clerk's letterhead
/// or the web page carried the place; the place is then written out in resolutions and ordinances ("the Code of Ordinances
/// of the City of X"). The jurisdiction is the body, as when a letterhead gives "Town of X".</remarks>
public static partial class BodyInMunicipality
{
    /// <summary>"City of X" (the municipality the organ in <paramref name="headings"/> belongs to, named most often in
    /// <paramref name="lines"/>), or null when no heading names a municipal organ or the text never names the place.</summary>
    public static string? Find(IEnumerable<string?> headings, IEnumerable<string> lines)
    {
        var kind = headings.Select(h => h == null ? null : OrganPattern().Match(h)).FirstOrDefault(m => m is { Success: true })?.Groups["kind"].Value;
        if (kind == null) return null;
        var places = lines.SelectMany(l => PlacePattern().Matches(l))
            .Where(m => string.Equals(m.Groups["kind"].Value, kind, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Groups["place"].Value)
            .GroupBy(p => p, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        if (places == null) return null;
        var municipality = char.ToUpperInvariant(kind[0]) + kind[1..].ToLowerInvariant();
        return $"{municipality} of {places.First()}";
    }

    /// <summary>True when <paramref name="name"/> is a municipal organ without its place ("City Council", "the Town Board").</summary>
    public static bool IsOrganOnly(string name) => OrganOnlyPattern().IsMatch(name.Trim());

    [GeneratedRegex(@"^(?:the\s+)?(?:city|town|village|borough|township|county)\s+(?:council|commission|board)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrganOnlyPattern();

    // "City Council", "Town Board", "Village Board of Trustees", "Borough Council", "County Commission": the organ named by
    // the kind of municipality alone.
    [GeneratedRegex(@"\b(?<kind>city|town|village|borough|township|county)\s+(?:council|commission|board)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrganPattern();

    // "the City of Exampleton", "CITY OF EXAMPLE FALLS": the place is one to three capitalised words.
    [GeneratedRegex(@"\b(?<kind>(?i:city|town|village|borough|township|county))\s+(?i:of)\s+(?<place>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})")]
    private static partial Regex PlacePattern();
}
