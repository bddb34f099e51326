namespace MinutesIngest.Scoring;

/// <summary>The score of one list of the contract (attendance, items or actions): matching counts plus per-field accuracy over matched entries.</summary>
public sealed record ListScore(MatchCounts Matches, IReadOnlyList<FieldScore> Fields)
{
    /// <summary>The accuracy counts of the named field.</summary>
    public FieldScore Field(string name) =>
        Fields.FirstOrDefault(f => f.Field == name) ?? throw new KeyNotFoundException($"no field '{name}'");

    /// <summary>Sums matching counts and field counts (micro aggregation); both scores must list the same fields.</summary>
    public static ListScore operator +(ListScore a, ListScore b) =>
        new(a.Matches + b.Matches, a.Fields.Zip(b.Fields, (x, y) => x + y).ToArray());
}
