namespace MinutesIngest.Storage.Queries;

/// <summary>The suggested actions that pass the filter, or a message when the filter's words could not be searched.</summary>
public sealed record SuggestedActionListResult(IReadOnlyList<SuggestedActionRow> Actions, string? Message)
{
    public static SuggestedActionListResult Problem(string message) => new([], message);
}
