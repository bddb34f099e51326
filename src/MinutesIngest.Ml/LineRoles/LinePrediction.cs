using Microsoft.ML.Data;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>The classifier's output for one line: the predicted role's name and the probability of every role.</summary>
public sealed class LinePrediction
{
    [ColumnName("PredictedRole")]
    public string Role { get; set; } = "";

    public float[] Score { get; set; } = [];
}
