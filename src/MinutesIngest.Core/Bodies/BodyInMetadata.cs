namespace MinutesIngest.Core.Bodies;

/// <summary>A body named in a document's metadata: a front-matter field for the organisation, or a title the page or site
/// generator gives that the visible text does not repeat.</summary>
public static class BodyInMetadata
{
    // Site generators and note templates name the organisation in a field of its own; the values are names as written.
    private static readonly string[] StatedKeys =
        ["organisation", "organization", "org", "body", "council", "committee", "board", "group", "club", "society"];

    /// <summary>The value of a front-matter field that names the organisation ("organisation: X", org = "X"), or null.</summary>
    public static string? Stated(IReadOnlyDictionary<string, string> properties) =>
        StatedKeys.Select(k => properties.GetValueOrDefault("front_matter_" + k)?.Trim())
            // A taxonomy value ("group: minutes") or a flag is no name: names are capitalised.
            .FirstOrDefault(v => !string.IsNullOrEmpty(v) && v.Length <= 120 && char.IsUpper(v[0]));

    /// <summary>The body one of the document's metadata titles names, read as a heading line is, or null.</summary>
    public static string? FromTitles(IReadOnlyDictionary<string, string> properties) =>
        Extraction.PageTitleProperties.Of(properties).Select(BodyResolver.FromLine).FirstOrDefault(b => b != null);
}
