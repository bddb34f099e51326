using System.Text.RegularExpressions;

namespace MinutesIngest.Ml.Topics;

/// <summary>
/// Scores a topic's top terms by how often they occur together in the same documents of a reference corpus: the mean
/// normalised pointwise mutual information (NPMI, −1 to 1) over pairs of terms. A topic whose terms are found together
/// (budget, precept, reserves) scores high; one made of words that merely share a rare document, or never meet, low.
/// A two-word term is present in a document holding both words; pairs sharing a word ("mental", "mental health") are
/// skipped, as they would score high for nothing. A pair with a term in fewer than <see cref="MinDocuments"/> documents
/// scores 0, no evidence either way: words of one long item always occur together, and would make a topic of that one
/// item look perfectly coherent.
/// </summary>
public sealed partial class TopicCoherence
{
    /// <summary>Fewer documents than this are too few to judge how two terms go together.</summary>
    public const int MinDocuments = 3;

    private readonly Dictionary<string, int[]> _postings;
    private readonly int _documents;

    /// <summary>Indexes the reference documents (each one text) by their lower-cased words of three letters or more.</summary>
    public TopicCoherence(IEnumerable<string> documents)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var n = 0;
        foreach (var document in documents)
        {
            foreach (var word in Words(document).Distinct(StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(word, out var list)) postings[word] = list = [];
                list.Add(n);
            }
            n++;
        }
        _documents = n;
        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The mean NPMI over the pairs of <paramref name="terms"/>; 0 when no pair can be scored.</summary>
    public double Score(IReadOnlyList<string> terms)
    {
        var sets = terms.Select(t => (Words: t.Split(' ', StringSplitOptions.RemoveEmptyEntries), Documents: DocumentsWith(t))).ToList();
        var total = 0.0;
        var pairs = 0;
        for (var i = 0; i < sets.Count; i++)
            for (var j = i + 1; j < sets.Count; j++)
            {
                if (sets[i].Words.Intersect(sets[j].Words).Any()) continue;
                var (a, b) = (sets[i].Documents.Length, sets[j].Documents.Length);
                total += Math.Min(a, b) < MinDocuments ? 0 : Npmi(a, b, Intersect(sets[i].Documents, sets[j].Documents).Length, _documents);
                pairs++;
            }
        return pairs == 0 ? 0 : total / pairs;
    }

    /// <summary>NPMI of two terms found in <paramref name="a"/> and <paramref name="b"/> of <paramref name="n"/> documents,
    /// <paramref name="both"/> of them together: −1 when they never meet, 1 when they only ever occur together.</summary>
    public static double Npmi(int a, int b, int both, int n)
    {
        if (both == 0 || n == 0) return -1;
        var pBoth = both / (double)n;
        if (pBoth >= 1) return 1;
        var pmi = Math.Log(pBoth / (a / (double)n * (b / (double)n)));
        return pmi / -Math.Log(pBoth);
    }

    private int[] DocumentsWith(string term)
    {
        int[]? found = null;
        foreach (var word in term.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var documents = _postings.GetValueOrDefault(word.ToLowerInvariant(), []);
            found = found == null ? documents : Intersect(found, documents);
        }
        return found ?? [];
    }

    private static int[] Intersect(int[] a, int[] b)
    {
        var result = new List<int>();
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { result.Add(a[i]); i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return [.. result];
    }

    private static IEnumerable<string> Words(string text) =>
        NonLetters().Split(text.ToLowerInvariant()).Where(w => w.Length > 2);

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex NonLetters();
}
