namespace MinutesIngest.Ml.Topics;

/// <summary>A short label from a topic's top terms: the first three that add a word not already in the label ("mental health, crisis, triage").</summary>
public static class TopicLabel
{
    public static string From(IReadOnlyList<TopicTerm> terms)
    {
        var chosen = new List<string>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var termWords = term.Term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (termWords.All(words.Contains)) continue;
            chosen.Add(term.Term);
            words.UnionWith(termWords);
            if (chosen.Count == 3) break;
        }
        return string.Join(", ", chosen);
    }
}
