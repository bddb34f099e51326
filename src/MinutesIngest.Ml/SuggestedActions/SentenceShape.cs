using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Suggestions;

namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>
/// The sentence with every capitalised word that is not a common function word replaced by "Name" and every number by
/// "0": "Cllr Vantreck will circulate the figures" reads "Name Name will circulate the figures", so the learner sees the
/// shape a commitment takes rather than the people of the documents it was trained on.
/// </summary>
internal static partial class SentenceShape
{
    private static readonly HashSet<string> Kept = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "i", "we", "he", "she", "they", "you", "our",
        "there", "all", "any", "no", "not", "if", "when", "once", "as", "after", "before", "following", "in", "on", "at",
        "for", "to", "of", "and", "or", "but", "with", "by", "from", "will", "would", "is", "are", "was", "were", "be",
        "agreed", "resolved", "noted", "action", "due", "please", "further", "some", "each", "every", "members",
    };

    private static readonly RuleCommitmentClassifier Rules = new();

    // The rules baseline's verdict rides along as one more word, so the learner can weigh the pattern it encodes.
    public static string Of(string sentence) => Word().Replace(sentence, m =>
        char.IsDigit(m.Value[0]) ? "0" : char.IsUpper(m.Value[0]) && !Kept.Contains(m.Value) ? "Name" : m.Value)
        + (Rules.Probability(sentence) >= 0.5f ? " rulematch" : "");

    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}’'.-]*[\p{L}\p{N}])?")]
    private static partial Regex Word();
}
