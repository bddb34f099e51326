using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Suggestions;

/// <summary>
/// The rules-only baseline the trained model must beat: a short subject followed by "to …" or "will …"
/// ("The Clerk to write…", "Cllr Smith will circulate…"), or "is/are to …" anywhere. Probability is 1 or 0.
/// </summary>
public sealed partial class RuleCommitmentClassifier : ICommitmentClassifier
{
    public float Probability(string sentence) => SubjectTo().IsMatch(sentence) || IsTo().IsMatch(sentence) ? 1f : 0f;

    [GeneratedRegex(@"^(?:the\s+)?[A-Z][\w’'./&-]*(?:\s+[\w’'./&-]+){0,5}?\s+(?:to|will)\s+[a-z]")]
    private static partial Regex SubjectTo();

    [GeneratedRegex(@"\b(?:is|are)\s+to\s+[a-z]")]
    private static partial Regex IsTo();
}
