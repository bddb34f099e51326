namespace MinutesIngest.Storage.Topics;

/// <summary>A meeting in which a topic occurs: the meeting, how many of its items carry the topic, and the strongest such item.</summary>
public sealed record TopicMeeting(long DocumentId, string? Body, string? Title, string? Date, long Items, string? TopItemNumber, string? TopItemTitle, double TopWeight);
