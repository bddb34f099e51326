using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>A document read into the block model with its gold record, and the source (repository or authoring set) it belongs to.</summary>
public sealed record LabelledDocument(string Name, string Source, SourceDocument Document, MinutesRecord Gold);
