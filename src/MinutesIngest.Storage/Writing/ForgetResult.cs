namespace MinutesIngest.Storage.Writing;

/// <summary>What <see cref="DocumentForgetter"/> removed, and which of the given paths matched no stored document.</summary>
public sealed record ForgetResult(
    IReadOnlyList<string> Documents, long Meetings, long Attendees, long Items, long Actions, long SuggestedActions, long TopicWeights,
    IReadOnlyList<string> Unmatched);
