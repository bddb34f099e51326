namespace MinutesIngest.Storage.Queries;

/// <summary>The actions that pass the filter, or a message when the filter's words could not be searched.</summary>
public sealed record ActionListResult(IReadOnlyList<ActionRow> Actions, string? Message)
{
    public static ActionListResult Problem(string message) => new([], message);
}
