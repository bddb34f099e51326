namespace MinutesIngest.Core.Twins;

/// <summary>What twin matching knows of one stored meeting: its document, the format it was read from, and its content in words.</summary>
public sealed record MeetingCopy(long DocumentId, string Path, string? Format, string? Body, string? Title, DateOnly? Date,
    IReadOnlySet<string> ItemWords, IReadOnlySet<string> People, int Rows);
