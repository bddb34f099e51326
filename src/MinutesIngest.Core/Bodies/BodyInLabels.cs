using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Bodies;

/// <summary>A body named by a header label of its own: "Organisation: X", "Group: X Working Group", "Club: X Radio Club".</summary>
public static partial class BodyInLabels
{
    /// <summary>The body a label line names, or null.</summary>
    public static string? FromLabel(string? line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > 160) return null;
        var m = LabelPattern().Match(line.Trim());
        if (!m.Success) return null;
        var value = m.Groups["value"].Value.Trim().TrimEnd('.', ',', ';');
        if (!NamePattern().IsMatch(value)) return null;
        // "Organisation:" names nothing but the organisation; "Group:" or "Board:" may hold a team's number or its members, so
        // there the value must itself be a body's name.
        return m.Groups["label"].Value.StartsWith("organi", StringComparison.OrdinalIgnoreCase) || BodyKindWords.EndsInKind(value)
            ? value : null;
    }

    [GeneratedRegex(@"^(?<label>(?i:organi[sz]ation(?:\s+name)?|group|club|society|association|council|board|body))\s*:\s*(?<value>\S.*)$")]
    private static partial Regex LabelPattern();

    // Capitalised words, linking words allowed inside; a list of names has commas and is no one name.
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:of|the|and|for|&|\p{Lu}[\p{L}\p{N}'’&.()-]*)){0,10}$")]
    private static partial Regex NamePattern();
}
