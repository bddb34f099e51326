namespace MinutesIngest.Scoring;

/// <summary>True/false positives and false negatives of matching a predicted list against a gold list, with P/R/F1.</summary>
/// <remarks>
/// Empty lists are scored by one rule for attendance, items and actions alike: precision is 1 when
/// nothing was predicted (nothing wrongly found) and recall is 1 when gold is empty (nothing to find).
/// So gold and prediction both empty give P = R = F1 = 1; an empty gold with a non-empty prediction
/// gives P = 0, R = 1, F1 = 0; a non-empty gold with an empty prediction gives P = 1, R = 0, F1 = 0.
/// Counts add up, so a set of documents can be micro-averaged by summing.
/// </remarks>
public sealed record MatchCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>No items on either side.</summary>
    public static readonly MatchCounts Zero = new(0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static MatchCounts operator +(MatchCounts a, MatchCounts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}
