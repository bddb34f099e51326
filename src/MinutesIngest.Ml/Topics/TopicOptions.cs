namespace MinutesIngest.Ml.Topics;

/// <summary>Settings of a topic fit; the defaults are what <c>minutes topics build</c> uses.</summary>
public sealed record TopicOptions
{
    public int Topics { get; init; } = 20;
    /// <summary>Top terms kept per topic.</summary>
    public int TermsPerTopic { get; init; } = 10;
    public int Iterations { get; init; } = 200;
    /// <summary>Dirichlet prior on an item's topic mix, per topic; small because an item is usually about one or two things.</summary>
    public float AlphaPerTopic { get; init; } = 0.1f;
    /// <summary>Dirichlet prior on a topic's words.</summary>
    public float Beta { get; init; } = 0.01f;
    /// <summary>Words in a larger share of the items than this are dropped before the fit.</summary>
    public double MaxItemShare { get; init; } = 0.15;
    /// <summary>Fixed so a rebuild over the same texts gives the same topics.</summary>
    public int Seed { get; init; } = 20261126;
}
