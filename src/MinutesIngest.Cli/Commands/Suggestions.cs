using MinutesIngest.Core.Parsing.Suggestions;
using MinutesIngest.Ml.SuggestedActions;

namespace MinutesIngest.Cli.Commands;

/// <summary>The commitment classifier the commands hand to Core: the committed ML model, loaded once on first use.</summary>
internal static class Suggestions
{
    private static readonly Lazy<CommitmentModel> Model = new(() =>
    {
        using (Core.Profiling.StageClock.Time(Core.Profiling.StageNames.SuggestionModelLoad)) return CommitmentModel.LoadCommitted();
    });

    public static ICommitmentClassifier Classifier => Model.Value;
}
