namespace MinutesIngest.Core.Scoring;

/// <summary>Turns a matching of two lists into a <see cref="ListScore"/> and the mismatches behind it.</summary>
internal static class ListComparer
{
    public static ListScore Compare<T>(
        string section, IReadOnlyList<T> gold, IReadOnlyList<T> predicted, ListMatching matching,
        Func<T, string> subject, IReadOnlyList<FieldRule<T>> rules, ICollection<Mismatch> mismatches)
    {
        var correct = new int[rules.Count];
        foreach (var (g, p) in matching.Pairs)
            for (var r = 0; r < rules.Count; r++)
            {
                var goldValue = rules[r].Value(gold[g]);
                var predictedValue = rules[r].Value(predicted[p]);
                if (rules[r].Equal(goldValue, predictedValue)) correct[r]++;
                else mismatches.Add(new Mismatch(section, MismatchKind.WrongValue, subject(gold[g]), rules[r].Name, goldValue, predictedValue));
            }
        foreach (var g in matching.UnmatchedGold) mismatches.Add(new Mismatch(section, MismatchKind.Missing, subject(gold[g])));
        foreach (var p in matching.UnmatchedPredicted) mismatches.Add(new Mismatch(section, MismatchKind.Extra, subject(predicted[p])));
        var fields = rules.Select((r, i) => new FieldScore(r.Name, correct[i], matching.Pairs.Count)).ToArray();
        return new ListScore(matching.Counts, fields);
    }
}
