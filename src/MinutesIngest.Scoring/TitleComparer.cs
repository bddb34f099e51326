using MinutesIngest.Core.Text;

namespace MinutesIngest.Scoring;

/// <summary>Decides whether two titles agree: equal after normalisation, or word-token Jaccard overlap of at least 0.8.</summary>
public static class TitleComparer
{
    public const double Threshold = 0.8;

    /// <summary>True when the titles agree; null matches only null or blank.</summary>
    public static bool AreEquivalent(string? gold, string? predicted) =>
        TextNormalizer.AreEqual(gold, predicted) || TextTokens.Jaccard(gold, predicted) >= Threshold;
}
