using MinutesIngest.Core.Text;
using System.Globalization;

namespace MinutesIngest.Scoring;

/// <summary>Turns a matching of two lists into a <see cref="ListScore"/> and the mismatches behind it.</summary>
internal static class ListComparer
{
    // Below this word overlap an unmatched prediction is no useful hint for a missing entry.
    private const double HintThreshold = 0.3;

    public static ListScore Compare<T>(
        string section, IReadOnlyList<T> gold, IReadOnlyList<T> predicted, ListMatching matching,
        Func<T, string> subject, IReadOnlyList<FieldRule<T>> rules, ICollection<Mismatch> mismatches)
    {
        var extras = matching.UnmatchedPredicted.ToArray();
        foreach (var g in matching.UnmatchedGold)
            mismatches.Add(new Mismatch(section, MismatchKind.Missing, subject(gold[g]), Closest: Closest(subject(gold[g]), extras.Select(p => subject(predicted[p])))));
        foreach (var p in extras) mismatches.Add(new Mismatch(section, MismatchKind.Extra, subject(predicted[p])));

        var correct = new int[rules.Count];
        foreach (var (g, p) in matching.Pairs)
            for (var r = 0; r < rules.Count; r++)
            {
                var goldValue = rules[r].Value(gold[g]);
                var predictedValue = rules[r].Value(predicted[p]);
                if (rules[r].Equal(goldValue, predictedValue)) correct[r]++;
                else mismatches.Add(new Mismatch(section, MismatchKind.WrongValue, subject(gold[g]), rules[r].Name, goldValue, predictedValue));
            }
        var fields = rules.Select((r, i) => new FieldScore(r.Name, correct[i], matching.Pairs.Count)).ToArray();
        return new ListScore(matching.Counts, fields);
    }

    private static string? Closest(string missing, IEnumerable<string> candidates)
    {
        var tokens = TextTokens.Of(missing);
        var best = candidates
            .Select(c => (Text: c, Score: TextTokens.Jaccard(tokens, TextTokens.Of(c))))
            .Where(c => c.Score >= HintThreshold)
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        return best.Text == null ? null : $"{best.Score.ToString("0.00", CultureInfo.InvariantCulture)} {best.Text}";
    }
}
