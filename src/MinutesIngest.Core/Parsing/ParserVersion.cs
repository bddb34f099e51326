namespace MinutesIngest.Core.Parsing;

/// <summary>The version of the extraction rules; stored with every document so <c>minutes reparse</c> knows what is stale.</summary>
public static class ParserVersion
{
    // Raise this whenever an extractor or parser change would give different results for documents already stored.
    public const int Current = 27;
}
