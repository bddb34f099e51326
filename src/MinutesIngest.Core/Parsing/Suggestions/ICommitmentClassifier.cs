namespace MinutesIngest.Core.Parsing.Suggestions;

/// <summary>Scores a sentence of minutes as a commitment someone took on ("The Clerk to write to…", "Cllr Smith will circulate…").</summary>
/// <remarks>Core knows only this seam; the trained model lives in MinutesIngest.Ml so Core carries no ML dependency.</remarks>
public interface ICommitmentClassifier
{
    /// <summary>Probability (0–1) that <paramref name="sentence"/> records a commitment.</summary>
    float Probability(string sentence);

    /// <summary>Probabilities of several sentences at once (a model can batch them).</summary>
    IReadOnlyList<float> Probabilities(IReadOnlyList<string> sentences) => sentences.Select(Probability).ToList();
}
