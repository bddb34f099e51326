namespace MinutesIngest.Core.Minutes;

/// <summary>One person recorded at the meeting.</summary>
public sealed record Attendee
{
    public required string Name { get; init; }
    public string? Role { get; init; }
    public string? Abbreviation { get; init; }
    /// <summary>present | apologies | absent | in_attendance.</summary>
    public required string Status { get; init; }
}
