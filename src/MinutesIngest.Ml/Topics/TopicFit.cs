namespace MinutesIngest.Ml.Topics;

/// <summary>The result of fitting topics: the topics and the topic weights of every text.</summary>
public sealed record TopicFit(IReadOnlyList<Topic> Topics, IReadOnlyList<TextTopicWeights> Texts, TimeSpan FitTime);
