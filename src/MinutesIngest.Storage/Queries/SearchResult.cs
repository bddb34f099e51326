namespace MinutesIngest.Storage.Queries;

/// <summary>The hits shown (best first), how many matched in all, or a message when the text could not be searched.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, long Total, string? Message)
{
    public static SearchResult Problem(string message) => new([], 0, message);
}
