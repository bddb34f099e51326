namespace MinutesIngest.Storage.Queries;

/// <summary>One file a meeting was read from: the kept source (whose content is shown) or another copy of it.</summary>
public sealed record MeetingSource(long DocumentId, string Path, string? Format, string Status, bool Kept)
{
    /// <summary>"kept" for the source whose content is stored, else "copy".</summary>
    public string Role => Kept ? "kept" : "copy";
}
