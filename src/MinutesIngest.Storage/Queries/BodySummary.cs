namespace MinutesIngest.Storage.Queries;

/// <summary>One body as stored: its meetings, first and last meeting dates, the other spellings it was found under, and how many committee series its meetings form.</summary>
public sealed record BodySummary(string? Body, long Meetings, string? FirstDate, string? LastDate, string? AliasList, long SeriesCount)
{
    /// <summary>The other spellings, in name order.</summary>
    public IReadOnlyList<string> Aliases => AliasList is { Length: > 0 } list ? list.Split('\n').Order(StringComparer.Ordinal).ToList() : [];

    /// <summary>For the "(not stated)" row: the source files of meetings filed under no body.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];
}
