namespace MinutesIngest.Core.Minutes;

/// <summary>An explicitly marked action.</summary>
public sealed record ActionItem
{
    public string? Item { get; init; }
    public required string Text { get; init; }
    public string? Owner { get; init; }
    public string? OwnerName { get; init; }
    /// <summary>ISO date yyyy-MM-dd.</summary>
    public string? Due { get; init; }
}
