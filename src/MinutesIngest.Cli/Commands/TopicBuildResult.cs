using MinutesIngest.Ml.Topics;
using MinutesIngest.Storage.Topics;

namespace MinutesIngest.Cli.Commands;

/// <summary>A finished topic build: the fit stored, its settings, the build row, every setting tried with its mean coherence, and how many procedural items were left out.</summary>
internal sealed record TopicBuildResult(TopicFit Fit, TopicOptions Chosen, TopicBuild Build, IReadOnlyList<TopicTrial> Trials, int ProceduralItems);
