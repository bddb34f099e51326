namespace MinutesIngest.Storage.Queries;

/// <summary>The hits shown (best first), how many matched in all, or a message when the text could not be searched.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, long Total, string? Message)
{
    /// <summary>More matched than <see cref="SearchQuery.RankWindow"/>: Total counts only the most recent ones, which were ranked.</summary>
    public bool RankedRecentOnly { get; init; }

    /// <summary>How the number of matches reads to a person.</summary>
    public string Summary => RankedRecentOnly
        ? $"More than {Total} matches; the {Total} most recent were ranked (add words or filters to narrow)."
        : $"{Total} matches.";

    public static SearchResult Problem(string message) => new([], 0, message);
}
