using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Core.Parsing;

/// <summary>Finds meeting metadata, attendance, items, actions and the next meeting in a block model.</summary>
public sealed class MinutesParser
{
    public MinutesRecord Parse(SourceDocument doc) => new() { Source = doc.Source, Format = doc.Format };
}
