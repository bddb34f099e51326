namespace MinutesIngest.Core.Minutes;

/// <summary>A commitment the minutes record without an action marker, found by a classifier; never part of <c>actions</c>.</summary>
public sealed record SuggestedAction
{
    public string? Item { get; init; }
    public required string Text { get; init; }
    public string? Owner { get; init; }
    public string? OwnerName { get; init; }
    /// <summary>ISO date yyyy-MM-dd.</summary>
    public string? Due { get; init; }
    /// <summary>The classifier's probability (0–1) that the sentence is a commitment.</summary>
    public double Confidence { get; init; }
}
