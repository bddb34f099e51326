namespace MinutesIngest.Ml.Topics;

/// <summary>One setting of a topic fit tried while choosing, with the mean coherence its topics reached.</summary>
public sealed record TopicTrial(TopicOptions Options, double MeanCoherence, TimeSpan FitTime);
