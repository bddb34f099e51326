using Microsoft.ML.Data;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>One line as the classifier sees it: its feature vector and, in training, its role from the gold.</summary>
public sealed class LineRow
{
    [VectorType(LineFeatures.Count)]
    public float[] Features { get; set; } = [];

    public string Label { get; set; } = "";
}
