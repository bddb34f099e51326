namespace MinutesIngest.Scoring;

/// <summary>Why a gold entry and a predicted one disagree.</summary>
public enum MismatchKind
{
    /// <summary>In gold, not found in the prediction.</summary>
    Missing,
    /// <summary>In the prediction, not in gold.</summary>
    Extra,
    /// <summary>Matched (or a single field), but the value differs.</summary>
    WrongValue,
}
