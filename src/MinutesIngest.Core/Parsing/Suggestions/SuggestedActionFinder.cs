using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Actions;

namespace MinutesIngest.Core.Parsing.Suggestions;

/// <summary>Turns the candidate sentences a classifier accepts into suggested actions, with the owner read and resolved as for a marked action.</summary>
public sealed partial class SuggestedActionFinder(ICommitmentClassifier classifier, float threshold = SuggestedActionFinder.DefaultThreshold)
{
    /// <summary>Probability at or above which a sentence is suggested.</summary>
    public const float DefaultThreshold = 0.4f;

    public IReadOnlyList<SuggestedAction> Find(IReadOnlyList<CandidateSentence> candidates, ActionOwnerResolver resolver, Func<string, string?> dueDate)
    {
        if (candidates.Count == 0) return [];
        IReadOnlyList<float> probabilities;
        using (Profiling.StageClock.Time("parse: suggested actions: commitment model")) probabilities = classifier.Probabilities(candidates.Select(c => c.Text).ToList());
        var result = new List<SuggestedAction>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (probabilities[i] < threshold) continue;
            var c = candidates[i];
            var owner = CommitmentOwnerReader.FromText(c.Text);
            result.Add(new SuggestedAction
            {
                Item = c.Item,
                Text = c.Text,
                Owner = owner,
                OwnerName = resolver.Resolve(owner),
                Due = DueText(c.Text) is { } due ? dueDate(due) : null,
                Confidence = Math.Round(probabilities[i], 3),
            });
        }
        return result;
    }

    // Unlike an action log's due column, prose names many dates (the last meeting, a start date): only "by/before DATE" is a due date.
    private static string? DueText(string sentence)
    {
        var m = DueWord().Matches(sentence);
        return m.Count == 0 ? null : sentence[(m[^1].Index + m[^1].Length)..];
    }

    [GeneratedRegex(@"\b(?:by|before|no\s+later\s+than)\s+(?=(?:the\s+)?\d|(?:end\s+of\s+)?[A-Z])")]
    private static partial Regex DueWord();
}
