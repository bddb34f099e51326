using MinutesIngest.Core.Parsing.Suggestions;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>Reads: lines, items, action tables, actions, owner resolver. Writes: <see cref="ParseContext.SuggestedActions"/>, the unmarked commitments a classifier accepts.</summary>
public sealed class SuggestedActionRule(ICommitmentClassifier classifier) : IParseRule
{
    private readonly SuggestedActionFinder _finder = new(classifier);

    public void Apply(ParseContext context)
    {
        // The slowest rule of the parse: `ingest --profile` shows finding the sentences apart from scoring them.
        IReadOnlyList<CandidateSentence> candidates;
        using (Profiling.StageClock.Time("parse: suggested actions: candidate sentences")) candidates = Candidates(context);
        context.SuggestedActions.Set(_finder.Find(candidates, context.Owners.Value, context.DueDate));
    }

    /// <summary>The sentences a commitment classifier is shown: prose that is not already a marked action.</summary>
    public static IReadOnlyList<CandidateSentence> Candidates(ParseContext context) =>
        CandidateSentenceFinder.Find(context.Lines.Value, context.Items.Value, context.ActionTableBlocks.Value,
            context.Actions.Value.Select(a => a.Text).ToList());
}
