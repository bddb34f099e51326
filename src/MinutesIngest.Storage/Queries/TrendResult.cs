namespace MinutesIngest.Storage.Queries;

/// <summary>Every period from the first to the last (zeros included) per series, or a message when the text could not be searched.</summary>
public sealed record TrendResult(TrendUnit Unit, IReadOnlyList<TrendPoint> Points, string? Message)
{
    /// <summary>What the reader should know about the series shown (some left out), else null.</summary>
    public string? Note { get; init; }

    public static TrendResult Problem(TrendUnit unit, string message) => new(unit, [], message);
}
