using MinutesIngest.Core.Parsing.Pipeline;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>The lines of one labelled document as training rows: features and the gold role of each line.</summary>
public sealed record LabelledLines(string Document, IReadOnlyList<float[]> Features, IReadOnlyList<LineRole> Roles);
