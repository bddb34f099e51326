namespace MinutesIngest.Storage.Topics;

/// <summary>What a topic build was made from and how long the fit took.</summary>
public sealed record TopicBuild(int TopicCount, int Items, bool IncludeBody, int Seed, double FitSeconds);
