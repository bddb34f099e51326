namespace MinutesIngest.Storage.Topics;

/// <summary>What a topic build was made from, how long the fit took, and (when settings were chosen by coherence) the
/// topics' mean coherence and the settings chosen.</summary>
public sealed record TopicBuild(int TopicCount, int Items, bool IncludeBody, int Seed, double FitSeconds, double? MeanCoherence = null,
    string? Settings = null);
