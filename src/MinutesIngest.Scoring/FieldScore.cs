namespace MinutesIngest.Scoring;

/// <summary>How many compared values of one field were right, out of how many compared.</summary>
public sealed record FieldScore(string Field, int Correct, int Total)
{
    /// <summary>Correct / Total; null when nothing was compared (e.g. no attendee matched), so it is left out of means rather than counted as 0 or 1.</summary>
    public double? Accuracy => Total == 0 ? null : (double)Correct / Total;

    /// <summary>One comparison of this field.</summary>
    public static FieldScore Single(string field, bool correct) => new(field, correct ? 1 : 0, 1);

    public static FieldScore operator +(FieldScore a, FieldScore b)
    {
        if (a.Field != b.Field) throw new ArgumentException($"cannot add scores of '{a.Field}' and '{b.Field}'");
        return new FieldScore(a.Field, a.Correct + b.Correct, a.Total + b.Total);
    }
}
