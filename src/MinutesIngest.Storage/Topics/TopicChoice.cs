namespace MinutesIngest.Storage.Topics;

/// <summary>The topic a <c>--topic</c> filter names: its number, none (no filter), or a message saying why it names none.</summary>
public sealed record TopicChoice(int? Number, string? Message)
{
    public static TopicChoice None { get; } = new(null, null);

    public static TopicChoice Problem(string message) => new(null, message);
}
